"""SIGKILL `signon export --format pdf` of a 10,000-signatory letter over an
existing output file: the target is the old file or a complete new PDF."""

from __future__ import annotations

import hashlib
from contextlib import redirect_stdout
from io import StringIO
from pathlib import Path

import pytest

from crash.checks import integrity, leftovers
from crash.harness import KILLS, child_env, measure, run_and_kill, series, signon_command
from crash.test_kill_import import write_csv

pytestmark = pytest.mark.slow

SIGNATORIES = 10_000


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def complete_pdf(path: Path) -> int:
    """Pages of a PDF that ends properly and parses; raises otherwise."""
    from pypdf import PdfReader

    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    return len(PdfReader(path).pages)


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    from signon.cli import main

    root = tmp_path_factory.mktemp("kill-export")
    db = root / "letter.db"
    table = root / "endorsed.csv"
    write_csv(table, SIGNATORIES)
    campaign = Path(__file__).parents[1] / "data" / "campaigns" / "minimal.json"
    with redirect_stdout(StringIO()):
        assert main(["--db", str(db), "import-campaign", str(campaign)]) == 0
        assert main(["--db", str(db), "import-signatories", "1", str(table),
                     "--status", "endorsed"]) == 0
    return root, db


def test_killed_export_leaves_the_old_file_or_a_complete_one(setup):
    root, db = setup
    data = root / "data"
    data.mkdir()
    env = child_env(data)
    out = root / "letter.pdf"
    # the previous edition: same letter on US Letter paper, so it differs
    old = root / "previous.pdf"
    assert run_and_kill(signon_command("--db", str(db), "export", "1", "--format", "pdf",
                                       "--paper", "letter", "-o", str(old)), env, 60) is False
    old_hash = digest(old)
    old_pages = complete_pdf(old)
    new_hash: list[str] = []

    def command() -> list[str]:
        out.write_bytes(old.read_bytes())
        return signon_command("--db", str(db), "export", "1", "--format", "pdf",
                              "-o", str(out))

    duration = measure(command, env)
    new_hash.append(digest(out))
    new_pages = complete_pdf(out)
    assert new_hash[0] != old_hash and new_pages > 20

    def one(after: float) -> tuple[bool, str]:
        killed = run_and_kill(command(), env, after)
        found = digest(out)
        if found == old_hash:
            assert complete_pdf(out) == old_pages
            return killed, "old file"
        assert complete_pdf(out) == new_pages, f"killed after {after:.2f} s: not a whole PDF"
        return killed, "new file"

    report = series("export PDF of 10,000 signatories", duration, one)
    assert report.kills >= KILLS, report.line()
    assert integrity(db) == "ok"
    stray = leftovers(root, ".letter.pdf.*.part")
    # a killed writer cannot delete its temp file; it never takes the target's name
    assert all(p.name.endswith(".part") for p in stray)
    report.outcomes["temp files left"] = len(stray)
    # ... and the next export to the same file removes them
    assert run_and_kill(command(), env, 60) is False
    assert leftovers(root, ".letter.pdf.*.part") == []
