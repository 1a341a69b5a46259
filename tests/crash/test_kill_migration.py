"""SIGKILL a schema upgrade: at random moments of opening a large schema-0001
database (backup first, then the migration), and once at every SQL statement
of the upgrade transaction. The file is left at the old revision with its
data, or fully upgraded; either way Sign-on opens it."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from crash.checks import integrity, opens, scalar
from crash.harness import (
    KILLS,
    REPORTS,
    SEED,
    KillReport,
    child_env,
    measure,
    run_and_kill,
    series,
    signon_command,
)

pytestmark = pytest.mark.slow

OLD = Path(__file__).parents[1] / "data" / "db" / "schema-0001.db"
EXTRA = 30_000
COUNTED = ("organisation", "signatory", "signatoryevent", "campaign", "section")


def enlarge(path: Path, n: int) -> None:
    """Add n endorsed organisations with their events to a schema-0001 file."""
    with closing(sqlite3.connect(path)) as con:
        stamp = "2026-01-01 10:00:00"
        con.executemany(
            "INSERT INTO organisation (name, acronym, country, org_type, website, norm_key, "
            "created_at, updated_at) VALUES (?, '', 'FR', '', '', ?, ?, ?)",
            ((f"Organisation {i} for digital rights", f"organisation {i} digital rights",
              stamp, stamp) for i in range(n)))
        con.execute(
            "INSERT INTO signatory (campaign_id, kind, organisation_id, name, title, "
            "affiliation, country, status, channel, notes, position, created_at, updated_at) "
            "SELECT 1, 'organisation', id, '', '', '', '', 'endorsed', '', '', 0, created_at, "
            "updated_at FROM organisation WHERE id NOT IN "
            "(SELECT organisation_id FROM signatory WHERE organisation_id IS NOT NULL)")
        con.execute(
            "INSERT INTO signatoryevent (signatory_id, at, from_status, to_status, channel, "
            "note) SELECT id, created_at, NULL, 'endorsed', '', '' FROM signatory "
            "WHERE id > (SELECT coalesce(max(signatory_id), 0) FROM signatoryevent)")
        con.commit()


def counts(path: Path) -> dict[str, int]:
    return {t: scalar(path, f"SELECT count(*) FROM {t}") for t in COUNTED}


def revision(path: Path) -> str:
    return scalar(path, "SELECT version_num FROM alembic_version")


def fresh_copy(source: Path, work: Path) -> Path:
    for old in work.parent.glob(f"{work.stem}*"):
        old.unlink()
    shutil.copy(source, work)
    return work


def check(work: Path, expected: dict[str, int], head: str) -> str:
    """The state a killed upgrade left, after the common checks."""
    assert integrity(work) == "ok"
    rev = revision(work)
    assert rev in ("0001", head), rev
    assert counts(work) == expected
    before = rev
    opens(work)
    assert revision(work) == head and counts(work) == expected
    return "upgraded" if before == head else "old revision"


@pytest.fixture(scope="module")
def large_old(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("kill-migration") / "large-0001.db"
    shutil.copy(OLD, path)
    enlarge(path, EXTRA)
    assert revision(path) == "0001"
    return path


def test_killed_upgrade_at_random_moments(large_old):
    from signon.store.database import head_revision

    root = large_old.parent
    data = root / "data"
    data.mkdir()
    env = child_env(data)
    work = root / "work" / "coalition.db"
    work.parent.mkdir()
    expected = counts(large_old)

    def command() -> list[str]:
        fresh_copy(large_old, work)
        return signon_command("--db", str(work), "list", "campaigns")

    duration = measure(command, env)
    assert revision(work) == head_revision()

    def one(after: float) -> tuple[bool, str]:
        killed = run_and_kill(command(), env, after)
        return killed, check(work, expected, head_revision())

    report = series(f"upgrade 0001→{head_revision()} ({expected['signatory']:,} signatories)",
                    duration, one)
    assert report.kills >= KILLS, report.line()


def test_killed_upgrade_at_every_other_statement(tmp_path):
    """Deterministic: a SIGKILL as a statement of the upgrade transaction
    starts (random moments rarely land inside this short window). Every
    other statement and the COMMIT, odd or even ones by the run's seed, to
    stay within the time budget; SIGNON_CRASH_EVERY=1 tries them all."""
    from signon.store.database import head_revision

    script = Path(__file__).with_name("kill_at_statement.py")
    (tmp_path / "child-data").mkdir()
    env = child_env(tmp_path / "child-data")
    work = tmp_path / "db" / "old.db"
    work.parent.mkdir()
    expected = counts(OLD)

    def run(k: int) -> subprocess.CompletedProcess:
        fresh_copy(OLD, work)
        return subprocess.run([sys.executable, str(script), str(work), str(k)], env=env,
                              capture_output=True, text=True, timeout=60)

    start = time.perf_counter()
    done = run(0)
    elapsed = time.perf_counter() - start
    assert done.returncode == 0, done.stderr
    statements = int(done.stdout)
    assert statements > 10 and revision(work) == head_revision()
    every = int(os.environ.get("SIGNON_CRASH_EVERY") or 2)
    chosen = sorted(set(range(1 + SEED % every, statements + 1, every)) | {statements})
    report = KillReport(f"upgrade, SIGKILL at {len(chosen)} of its {statements} SQL "
                        "statements", elapsed)
    REPORTS.append(report)
    for k in chosen:
        killed = run(k)
        assert killed.returncode == -9, killed.stderr
        report.kills += 1
        report.count(check(work, expected, head_revision()))
        report.survived += 1
    assert report.outcomes.get("old revision") == len(chosen)
