"""The backup periods a person can change (issue 19): how many daily and
weekly backups the folder keeps, and how long the safety copies — in the
folder and the before-upgrade copies beside the database — are kept. Every
date is given (`now`), never read from the clock."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from signon import config
from signon.cli import main
from signon.domain.errors import ValidationError
from signon.store.backup import (
    BackupPeriods,
    backup_database,
    backup_periods,
    list_backups,
    prune_upgrade_copies,
    set_backup_periods,
)
from signon.store.database import open_database

NOW = datetime(2026, 3, 1, 12, 0)


def touch(folder, *names):
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_bytes(b"x")


def test_the_defaults_until_the_person_changes_them(isolated_env):
    assert backup_periods() == BackupPeriods(14, 8, 30)
    set_backup_periods(BackupPeriods(daily=7, weekly=4, safety_days=10))
    assert backup_periods() == BackupPeriods(7, 4, 10)
    stored = json.loads((isolated_env / "settings.json").read_text(encoding="utf-8"))
    assert list(stored.values()) == [{"daily": 7, "weekly": 4, "safety_days": 10}]
    set_backup_periods(BackupPeriods())  # back to the defaults: the setting is forgotten
    assert json.loads((isolated_env / "settings.json").read_text(encoding="utf-8")) == {}


@pytest.mark.parametrize("periods", [BackupPeriods(daily=0), BackupPeriods(weekly=-1),
                                     BackupPeriods(safety_days=0),
                                     BackupPeriods(safety_days=5000)])
def test_periods_out_of_bounds_are_refused(isolated_env, periods):
    with pytest.raises(ValidationError, match="backup periods: .* is not a whole number"):
        set_backup_periods(periods)
    assert not (isolated_env / "settings.json").exists()


def test_a_hand_edited_value_out_of_bounds_is_its_default(isolated_env):
    (isolated_env / "settings.json").write_text(json.dumps(
        {"backup_periods": {"daily": 0, "weekly": 3, "safety_days": "ten"}}), encoding="utf-8")
    assert backup_periods() == BackupPeriods(daily=14, weekly=3, safety_days=30)


def test_before_upgrade_copies_beside_the_database_go_but_the_newest(tmp_path):
    touch(tmp_path,
          "signon.db",
          "signon.before-upgrade-20251001-090000.db",  # old
          "signon.before-upgrade-20251101-090000.db",  # old, and the newest: kept
          "other.before-upgrade-20251001-090000.db",  # another database's: not ours
          "signon.before-delete-20251001-090000.db")  # not written beside the database
    removed = prune_upgrade_copies(tmp_path / "signon.db", NOW, days=30)
    assert [p.name for p in removed] == ["signon.before-upgrade-20251001-090000.db"]
    assert sorted(p.name for p in tmp_path.glob("*.db")) == [
        "other.before-upgrade-20251001-090000.db", "signon.before-delete-20251001-090000.db",
        "signon.before-upgrade-20251101-090000.db", "signon.db"]


def test_the_safety_period_counts_from_now(tmp_path):
    touch(tmp_path, "signon.db", "signon.before-upgrade-20260215-090000.db",
          "signon.before-upgrade-20260101-090000.db")
    assert prune_upgrade_copies(tmp_path / "signon.db", NOW, days=60) == []
    assert [p.name for p in prune_upgrade_copies(tmp_path / "signon.db", NOW, days=30)] == [
        "signon.before-upgrade-20260101-090000.db"]


def test_a_backup_into_the_folder_applies_the_periods_set(tmp_path, isolated_env):
    database = tmp_path / "signon.db"
    open_database(f"sqlite:///{database}").close()
    folder = isolated_env / "backups"
    days = [NOW - timedelta(days=d) for d in range(1, 6)]
    touch(folder, *(f"signon-{t:%Y%m%d-%H%M%S}.db" for t in days),
          "signon.before-delete-20260225-090000.db",  # 4 days before NOW
          "signon.before-restore-20260210-090000.db")  # 19 days
    touch(tmp_path, "signon.before-upgrade-20260201-090000.db",
          "signon.before-upgrade-20260101-090000.db")
    set_backup_periods(BackupPeriods(daily=2, weekly=0, safety_days=7))

    written = backup_database(f"sqlite:///{database}", now=NOW)

    assert written.name == "signon-20260301-120000.db"
    assert [b.path.name for b in list_backups(folder)] == [
        "signon-20260301-120000.db", f"signon-{days[0]:%Y%m%d-%H%M%S}.db"]
    assert (folder / "signon.before-delete-20260225-090000.db").exists()
    assert not (folder / "signon.before-restore-20260210-090000.db").exists()
    assert (tmp_path / "signon.before-upgrade-20260201-090000.db").exists()  # the newest
    assert not (tmp_path / "signon.before-upgrade-20260101-090000.db").exists()


def test_signon_backup_applies_the_periods(tmp_path, isolated_env, capsys):
    """The command writes into the folder with the clock's date, so the
    files it must prune are dated long before any day it can run on."""
    database = tmp_path / "signon.db"
    open_database(f"sqlite:///{database}").close()
    folder = isolated_env / "backups"
    touch(folder, "signon-20000101-090000.db", "signon-20000102-090000.db",
          "signon.before-delete-20000101-090000.db")
    set_backup_periods(BackupPeriods(daily=1, weekly=0, safety_days=1))
    assert main(["--db", str(database), "backup"]) == 0
    written = capsys.readouterr().out.strip()
    assert sorted(p.name for p in folder.iterdir()) == [written.rsplit("/", 1)[-1]]
    assert config.backups_dir() == folder
