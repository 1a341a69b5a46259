"""`signon export` warns, one stderr line per list, when a concern or
recommendation list prints without a lead sentence, and still writes the
file with exit 0 (issue 21); a letter whose lists have leads gets no such
line. The Export tab calls the same `leadless_lists`."""

from __future__ import annotations

from exchange.letter_fixtures import REFERENCE

from signon.cli import main
from signon.domain.compose import SectionDraft
from signon.domain.letter import build_letter
from signon.exchange.export import leadless_lists
from signon.store.campaigns import create_campaign
from signon.store.statements import replace_sections

WARNING = "signon: warning: section {n} ({what}) has no lead sentence"


def sections(*, leads: bool) -> list[SectionDraft]:
    """The reference statement (intro, five concerns, closing) with a
    recommendation list after the concerns; with or without their leads."""
    drafts = [SectionDraft(**s) for s in REFERENCE["sections"]]
    concerns = drafts[1]
    recommendations = SectionDraft(
        "recommendation", lead="We call on the Member States to:" if leads else "",
        items=["fund the closing of the digital divide", "reject blanket exemptions"])
    if not leads:
        concerns.lead = ""
    return [drafts[0], concerns, recommendations, *drafts[2:]]


def make_campaign(db, *, leads: bool) -> int:
    with db.session() as session:
        campaign = create_campaign(session, f"Leads {leads}", language="en")
        replace_sections(session, campaign.id, sections(leads=leads))
        return campaign.id


def export(capsys, db_path, campaign: int, fmt: str, out, *extra) -> tuple[int, str, str]:
    code = main(["--db", str(db_path), "export", str(campaign), "--format", fmt,
                 "-o", str(out), *extra])
    stdout, stderr = capsys.readouterr()
    return code, stdout, stderr


def test_lists_without_a_lead_are_named_on_stderr_and_the_letter_is_written(
        capsys, db, db_path, tmp_path):
    campaign = make_campaign(db, leads=False)
    out = tmp_path / "letter.txt"
    code, stdout, stderr = export(capsys, db_path, campaign, "txt", out)
    assert code == 0 and stdout.strip() == str(out)
    lines = stderr.splitlines()
    assert len(lines) == 2, stderr
    assert lines[0].startswith(WARNING.format(n=2, what="concerns"))
    assert lines[1].startswith(WARNING.format(n=3, what="recommendations"))
    text = out.read_text("utf-8")  # written all the same, the lists as they are
    assert "Finally, while the resolution" in text and "Second, reject blanket exemptions" in text


def test_lists_with_leads_export_without_a_warning(capsys, db, db_path, tmp_path):
    campaign = make_campaign(db, leads=True)
    for fmt in ("txt", "pdf"):
        out = tmp_path / f"letter.{fmt}"
        code, stdout, stderr = export(capsys, db_path, campaign, fmt, out)
        assert code == 0 and stderr == "" and out.exists(), (fmt, stderr)


def test_each_list_once_in_a_side_by_side_pdf_and_none_in_a_signatory_list(
        capsys, db, db_path, tmp_path):
    campaign = make_campaign(db, leads=False)
    with db.session() as session:
        from signon.store.campaigns import update_campaign

        update_campaign(session, campaign, languages="es")
    code, _, stderr = export(capsys, db_path, campaign, "pdf", tmp_path / "two.pdf",
                             "--bilingual", "es")
    assert code == 0 and (tmp_path / "two.pdf").exists()
    warnings = [line for line in stderr.splitlines() if "lead sentence" in line]
    assert len(warnings) == 2, stderr
    code, _, stderr = export(capsys, db_path, campaign, "csv", tmp_path / "list.csv")
    assert code == 0 and "lead sentence" not in stderr


def test_leadless_lists_is_for_the_formats_that_print_the_statement():
    letter = build_letter(title="T", signatories=[],
                          sections=[SectionDraft("concern", items=["a", "b"])])
    for fmt in ("pdf", "docx", "html", "md", "txt"):
        assert [x.number for x in leadless_lists(fmt, [letter])] == [1], fmt
    assert leadless_lists("csv", [letter]) == []
    assert leadless_lists("campaign", [letter]) == []
