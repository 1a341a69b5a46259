"""SIGKILL a 20,000-row `signon import-signatories` at random moments: the
import is all there or not there at all, and the database stays intact."""

from __future__ import annotations

import csv
import shutil
import string
from contextlib import redirect_stdout
from io import StringIO
from pathlib import Path
from random import Random

import pytest

from crash.checks import integrity, opens, scalar
from crash.harness import KILLS, child_env, measure, run_and_kill, series, signon_command

pytestmark = pytest.mark.slow

ROWS = 20_000
WORDS = ("Rights", "Digital", "Freedom", "Watch", "Network", "Alliance", "Forum", "Society",
         "Justice", "Open", "Voice", "Youth", "Women", "Media", "Labour", "Health", "Green",
         "Peace", "Data", "Privacy", "Access", "Human", "Civic", "Action")


def write_csv(path, rows: int) -> None:
    """Organisations with distinct names (few near-duplicates to report)."""
    rng = Random(7)
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["Organisation", "Country", "Email"])
        for i in range(rows):
            prefix = "".join(rng.choice(string.ascii_uppercase) for _ in range(3))
            out.writerow([f"{prefix}{i:05d} " + " ".join(rng.sample(WORDS, 3)),
                          rng.choice(("FR", "DE", "KE", "BR", "IN", "US")),
                          f"contact{i}@example{i % 97}.org"])


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    from signon.cli import main

    root = tmp_path_factory.mktemp("kill-import")
    table = root / "endorsements.csv"
    write_csv(table, ROWS)
    base = root / "base.db"
    campaign = str(Path(__file__).parents[1] / "data" / "campaigns" / "minimal.json")
    with redirect_stdout(StringIO()):
        assert main(["--db", str(base), "import-campaign", campaign]) == 0
    return root, table, base


def test_killed_import_is_all_or_nothing(setup):
    root, table, base = setup
    orgs_before = scalar(base, "SELECT count(*) FROM organisation")
    data = root / "data"
    data.mkdir()
    env = child_env(data)
    work = root / "work.db"

    def fresh() -> list[str]:
        for suffix in ("", "-wal", "-shm"):
            (root / f"work.db{suffix}").unlink(missing_ok=True)
        shutil.copy(base, work)
        return signon_command("--db", str(work), "import-signatories", "1", str(table),
                              "--status", "endorsed")

    duration = measure(fresh, env)
    assert scalar(work, "SELECT count(*) FROM signatory WHERE campaign_id = 1") == ROWS

    def one(after: float) -> tuple[bool, str]:
        killed = run_and_kill(fresh(), env, after)
        assert integrity(work) == "ok"
        signatories = scalar(work, "SELECT count(*) FROM signatory WHERE campaign_id = 1")
        organisations = scalar(work, "SELECT count(*) FROM organisation")
        events = scalar(work, "SELECT count(*) FROM signatoryevent")
        assert (signatories, organisations) in ((0, orgs_before), (ROWS, orgs_before + ROWS)), \
            f"killed after {after:.2f} s: {signatories} signatories, {organisations} orgs"
        assert events in (0, ROWS)
        opens(work)
        return killed, "imported" if signatories else "nothing"

    report = series("import 20,000 rows", duration, one)
    assert report.kills >= KILLS, report.line()
