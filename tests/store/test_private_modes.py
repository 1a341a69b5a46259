"""What Sign-on keeps is its owner's only, whatever the umask (issue 19):
the data and backup folders 0700; the database, its WAL, its backups and
safety copies, the settings files 0600; and what older versions left
readable to others is put right at start-up."""

from __future__ import annotations

import os
import stat

import pytest

from signon import config
from signon.cli import main
from signon.store.backup import backup_database
from signon.store.campaigns import create_campaign
from signon.store.database import open_database

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX's")


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_database_its_wal_and_backups_are_private(tmp_path, monkeypatch, umask_022):
    data = tmp_path / "fresh-data"
    monkeypatch.setenv("SIGNON_DATA_DIR", str(data))
    db_file = config.default_db_path()
    assert mode(data) == 0o700
    db = open_database(f"sqlite:///{db_file}")
    try:
        with db.session() as s:
            create_campaign(s, "Private letter")
        assert mode(db_file) == 0o600
        assert mode(db_file.with_name(db_file.name + "-wal")) == 0o600
        backup = backup_database(db)
    finally:
        db.close()
    assert mode(backup.parent) == 0o700 and mode(backup) == 0o600
    config.set_backups_dir(None)  # writes settings.json
    assert mode(data / config.SETTINGS_FILE) == 0o600


def test_start_up_puts_right_what_was_left_readable(tmp_path, monkeypatch, umask_022,
                                                     capsys):
    data = tmp_path / "old-data"
    (data / "backups").mkdir(parents=True)
    for folder in (data, data / "backups"):
        folder.chmod(0o755)
    old_db = data / "signon.db"
    open_database(f"sqlite:///{old_db}").close()
    old_db.chmod(0o644)
    old_backup = data / "backups" / "signon-20260101-000000.db"
    old_backup.write_bytes(old_db.read_bytes())
    old_backup.chmod(0o644)
    monkeypatch.setenv("SIGNON_DATA_DIR", str(data))
    assert main(["--db", str(old_db), "list", "campaigns"]) == 0
    assert mode(data) == 0o700 and mode(data / "backups") == 0o700
    assert mode(old_db) == 0o600 and mode(old_backup) == 0o600


def test_the_window_settings_file_is_private(qapp, umask_022):
    from signon.ui.settings import RECENT_DATABASES, settings_path, ui_settings

    settings = ui_settings()
    settings.put(RECENT_DATABASES, ["sqlite:////tmp/x.db"])
    settings.sync()
    ui_settings()  # the next use puts right what Qt wrote
    assert mode(settings_path()) == 0o600
