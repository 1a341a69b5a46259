"""The text export of a campaign holding the example letter reads exactly like
that letter: the app must be able to produce the real thing."""

from __future__ import annotations

from exchange.letter_fixtures import (
    ABSENT_NAMES,
    EXPECTED_NAMES,
    example_paragraphs,
    paragraphs_of,
    reference_campaign,
)

from signon.cli import main
from signon.domain.letter import LetterOptions
from signon.exchange.export import export_letter
from signon.store.letters import load_letter


def test_text_export_equals_the_example_letter(db, tmp_path):
    with db.session() as session:
        cid = reference_campaign(session)
        letter = load_letter(session, cid, LetterOptions(show_title=False, show_date=False))
    out = export_letter(letter, "txt", tmp_path / "letter.txt")
    text = out.read_text("utf-8")

    got, want = paragraphs_of(text), example_paragraphs()
    for i, (g, w) in enumerate(zip(got, want, strict=False)):
        assert g == w, f"paragraph {i + 1} differs"
    assert len(got) == len(want)
    # blocks are separated by exactly one blank line, items indented like the example
    assert "\n\n\n" not in text
    assert "\n  • First, the paragraphs calling" in text
    assert "@" not in text
    for name in ABSENT_NAMES:
        assert name not in text


def test_each_signatory_once_in_example_order(db, tmp_path):
    with db.session() as session:
        cid = reference_campaign(session)
        letter = load_letter(session, cid)
    assert letter.signatory_lines == EXPECTED_NAMES
    assert letter.organisations == 9


def test_cli_writes_the_same_letter(db, db_path, tmp_path, capsys):
    with db.session() as session:
        cid = reference_campaign(session)
    out = tmp_path / "cli.txt"
    code = main(["--db", str(db_path), "export", str(cid), "--format", "txt", "-o", str(out),
                 "--no-title", "--no-date"])
    assert code == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert paragraphs_of(out.read_text("utf-8")) == example_paragraphs()
