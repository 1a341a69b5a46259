"""Permissions of written files: a public letter follows the umask (or the
file it replaces); files with private contacts are 0600 whatever the umask."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from signon.atomic import atomic_write_text, current_umask
from signon.cli import main

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
DEMO = Path(__file__).resolve().parents[1] / "data" / "campaigns" / "full.json"


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_current_umask_is_read_without_changing_it(umask_022):
    assert current_umask() == 0o022
    os.umask(0o027)
    assert current_umask() == 0o027
    assert os.umask(0o022) == 0o027  # still what was set


def test_a_new_public_file_follows_the_umask(tmp_path, umask_022):
    atomic_write_text(tmp_path / "letter.txt", "text")
    assert mode(tmp_path / "letter.txt") == 0o644
    os.umask(0o077)
    atomic_write_text(tmp_path / "strict.txt", "text")
    assert mode(tmp_path / "strict.txt") == 0o600


def test_a_replaced_file_keeps_its_mode(tmp_path, umask_022):
    target = tmp_path / "letter.txt"
    target.write_text("old")
    target.chmod(0o664)  # a folder shared with the team on purpose
    atomic_write_text(target, "new")
    assert (target.read_text(), mode(target)) == ("new", 0o664)


def test_private_files_are_0600(tmp_path, umask_022):
    target = tmp_path / "campaign.json"
    target.write_text("old")
    target.chmod(0o644)
    atomic_write_text(target, "new", private=True)
    assert mode(target) == 0o600


def test_exports_through_the_command_line(tmp_path, umask_022, capsys):
    db = tmp_path / "c.db"
    assert main(["--db", str(db), "import-campaign", str(DEMO)]) == 0
    campaign = capsys.readouterr().out.strip()
    for fmt in ("txt", "md", "html", "csv", "pdf", "docx"):
        out = tmp_path / f"letter.{fmt}"
        assert main(["--db", str(db), "export", campaign, "--format", fmt, "-o", str(out)]) == 0
        assert mode(out) == 0o644, fmt
    private = tmp_path / "campaign.json"
    assert main(["--db", str(db), "export", campaign, "--format", "campaign",
                 "-o", str(private)]) == 0
    assert mode(private) == 0o600
    emls = tmp_path / "eml"
    assert main(["--db", str(db), "outbox", campaign, "--template", "thank_you",
                 "--status", "endorsed", "--eml", str(emls)]) == 0
    written = list(emls.glob("*.eml"))
    assert written and all(mode(p) == 0o600 for p in written)
