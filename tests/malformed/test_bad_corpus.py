"""The malformed-input corpus (tests/data/bad, EXPECTED.json): each file is
imported cleanly or refused with its one line naming the file, row or
field and the reason, and after a refusal the database is byte for byte
what it was. Database files are tried the three ways a coordinator meets
them: a command, `signon check`, and the app's start-up dialog."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import sys
from pathlib import Path

import pytest

from signon.cli import main

BAD = Path(__file__).resolve().parents[1] / "data" / "bad"
CAMPAIGNS_BAD = BAD.parent / "campaigns" / "bad"
EXPECTED: dict[str, dict] = json.loads((BAD / "EXPECTED.json").read_text(encoding="utf-8"))
sys.path.insert(0, str(BAD))
import make_bad  # noqa: E402


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def matches(pattern: str, text: str) -> bool:
    """`*` in an expected line stands for a number that varies (sizes)."""
    return re.fullmatch(".*".join(map(re.escape, pattern.split("*"))), text) is not None


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("bad-generated")
    for name, make in make_bad.GENERATED.items():
        make(folder / name)
    return folder


@pytest.fixture(scope="module")
def base_db(tmp_path_factory) -> Path:
    """A database with one campaign (id 1), closed so it is one file."""
    path = tmp_path_factory.mktemp("bad-base") / "base.db"
    campaign = BAD.parent / "campaigns" / "minimal.json"
    assert main(["--db", str(path), "import-campaign", str(campaign)]) == 0
    return path


def corpus_file(name: str, generated: Path) -> Path:
    spec = EXPECTED[name]
    return generated / name if spec.get("generated") else BAD / name


def test_committed_files_are_what_the_generator_writes():
    for name, data in make_bad.committed().items():
        assert (BAD / name).read_bytes() == data, f"run python {BAD / 'make_bad.py'}"
        assert name in EXPECTED
    for name, spec in EXPECTED.items():
        assert bool(spec.get("generated")) == (name in make_bad.GENERATED), name


def run(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("signon: "), err
    assert "Traceback" not in err
    return lines[0][len("signon: "):]


IMPORTS = ("import-signatories", "import-campaign")


@pytest.mark.parametrize("name", [n for n, s in EXPECTED.items() if s["run"] in IMPORTS])
def test_import(name, generated, base_db, tmp_path, capsys):
    spec = EXPECTED[name]
    path = corpus_file(name, generated)
    target = tmp_path / "target.db"
    shutil.copy(base_db, target)
    before = digest(target)
    if spec["run"] == "import-signatories":
        code, out, err = run(capsys, "--db", str(target), "import-signatories", "1", str(path))
    else:
        code, out, err = run(capsys, "--db", str(target), "import-campaign", str(path))
    if spec["result"] == "rejected":
        assert code == 1 and out == ""
        message = one_line(err)
        assert matches(spec["message"].format(name=path.name), message), message
        assert digest(target) == before
        assert not target.with_name(target.name + "-wal").exists()
        return
    assert code == 0, err
    campaign = "1"
    if spec["run"] == "import-campaign":
        campaign = out.strip()
    else:
        assert f"added: {spec['added']} " in out
    if "warnings" in spec:
        assert f"warnings: {spec['warnings']}" in out
    code, listed, _ = run(capsys, "--db", str(target), "list", "signatories", campaign, "--json")
    names = sorted(row["name"] for row in json.loads(listed))
    assert names == sorted(spec["names"])
    if "export" in spec:  # what was imported exports, and holds only text
        out_file = tmp_path / f"letter.{spec['export']}"
        code, _, err = run(capsys, "--db", str(target), "export", campaign,
                           "--format", spec["export"], "-o", str(out_file))
        assert code == 0, err
        text = exported_text(out_file)
        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", text), text


def exported_text(path: Path) -> str:
    if path.suffix == ".docx":
        import docx

        document = docx.Document(str(path))
        return "\n".join(p.text for p in document.paragraphs)
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", [n for n, s in EXPECTED.items() if s["run"] == "import-library"])
def test_block_library(name, generated, base_db, tmp_path):
    """Block libraries are opened in the app (Statement → Library → Import…):
    the same one line, the library unchanged."""
    from signon.domain.errors import ValidationError
    from signon.store import blocks
    from signon.store.database import open_database

    spec = EXPECTED[name]
    path = corpus_file(name, generated)
    target = tmp_path / "target.db"
    shutil.copy(base_db, target)
    db = open_database(f"sqlite:///{target}")
    try:
        with db.session() as session:
            before = [b.id for b in blocks.list_blocks(session)]
        with pytest.raises(ValidationError) as refused, db.session() as session:
            blocks.import_library(session, path)
        assert matches(spec["message"].format(path=path), str(refused.value)), refused.value
        with db.session() as session:
            assert [b.id for b in blocks.list_blocks(session)] == before
    finally:
        db.close()


@pytest.mark.parametrize("name", [n for n, s in EXPECTED.items() if s["run"] == "open"])
def test_database_file(name, generated, tmp_path, capsys, monkeypatch, qapp):
    from signon.ui import dialogs, instance_lock, opening

    spec = EXPECTED[name]
    folder = tmp_path / "files"
    folder.mkdir()
    path = folder / name
    shutil.copy(corpus_file(name, generated), path)
    before = digest(path)
    expected = spec["message"].format(path=path)
    for command in (["list", "campaigns"], ["import-campaign",
                                            str(BAD.parent / "campaigns" / "minimal.json")]):
        code, out, err = run(capsys, "--db", str(path), *command)
        assert code == 1 and out == ""
        assert matches(expected, one_line(err)), err
    code, out, err = run(capsys, "--db", str(path), "check")
    assert code == 1 and matches(spec["check"].format(path=path), one_line(err)), err
    asked = []
    monkeypatch.setattr(dialogs, "ask_database_error",
                        lambda _p, message, backup, quit_label="": asked.append(message)
                        or dialogs.Recovery.QUIT)
    assert opening.open_with_recovery(f"sqlite:///{path}") is None
    assert len(asked) == 1 and matches(expected, asked[0]), asked
    assert not instance_lock.holds(path)
    assert digest(path) == before
    # no lock left; SQLite's own -wal/-shm of a read-only look at a file in WAL
    # mode may appear, but hold nothing
    left = {p.name: p.stat().st_size for p in folder.iterdir()}
    assert left.pop(name) and not any(n.endswith(".lock") for n in left), left
    assert left.get(f"{name}-wal", 0) == 0, left


@pytest.mark.parametrize("path", sorted(CAMPAIGNS_BAD.glob("*.json")), ids=lambda p: p.name)
def test_every_bad_campaign_file_leaves_the_database_unchanged(path, base_db, tmp_path,
                                                               capsys):
    """The schema errors one by one (their exact lines are checked in
    tests/exchange/test_campaign_file.py); here: one line naming the file and
    where, and not a byte of the database changed."""
    target = tmp_path / "target.db"
    shutil.copy(base_db, target)
    before = digest(target)
    code, out, err = run(capsys, "--db", str(target), "import-campaign", str(path))
    assert code == 1 and out == ""
    message = one_line(err)
    assert message.startswith(f"{path.name}: ") and len(message) > len(path.name) + 10
    assert digest(target) == before
