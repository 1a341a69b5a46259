"""The Export tab warns, under its summary, about concern and
recommendation lists the letter prints without a lead sentence (issue 21),
the check `signon export` makes on stderr; the letter can still be
exported."""

from __future__ import annotations

import pytest
from exchange.letter_fixtures import reference_campaign

from signon.domain.compose import SectionDraft
from signon.store.statements import load_sections, replace_sections
from signon.ui.export_tab import ExportTab


@pytest.fixture
def campaign(db) -> int:
    """The reference letter: its concern list has a lead sentence."""
    with db.session() as session:
        return reference_campaign(session)


@pytest.fixture
def tab(qtbot, db, campaign, answers):
    widget = ExportTab(db)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    widget.set_campaign(campaign)
    qtbot.waitUntil(lambda: widget.letter is not None, timeout=3000)
    return widget


def warning(tab):
    label = tab.findChild(type(tab.summary), "exportWarning")
    assert label is not None
    return label


def drop_leads_and_add_recommendations(db, campaign: int) -> None:
    with db.session() as session:
        sections = load_sections(session, campaign)
        sections[1].lead = ""
        sections.insert(2, SectionDraft("recommendation", title="Our asks",
                                        items=["fund the divide", "reject exemptions"]))
        replace_sections(session, campaign, sections)


def select(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_no_warning_while_every_list_has_a_lead(tab):
    assert not warning(tab).isVisible() and warning(tab).text() == ""


def test_lists_without_a_lead_are_named_under_the_summary(qtbot, db, campaign, tab):
    drop_leads_and_add_recommendations(db, campaign)
    tab.load()
    qtbot.waitUntil(lambda: warning(tab).isVisible(), timeout=3000)
    text = warning(tab).text()
    assert text.startswith("⚠ 2 lists without a lead sentence (section 2, Concerns, section "
                           "3, Recommendations)"), text
    assert "Add one in the Statement tab." in text
    assert "Endorsed by 9 organisations" in tab.summary.text()  # the summary stays
    assert tab.export_button.isEnabled()  # a warning, not a refusal
    # the CSV holds no statement: nothing to warn about
    select(tab.format_combo, "csv")
    qtbot.waitUntil(lambda: not warning(tab).isVisible(), timeout=3000)
    select(tab.format_combo, "docx")
    qtbot.waitUntil(lambda: warning(tab).isVisible(), timeout=3000)


def test_one_list_reads_in_the_singular(qtbot, db, campaign, tab):
    with db.session() as session:
        sections = load_sections(session, campaign)
        sections[1].lead = ""
        replace_sections(session, campaign, sections)
    tab.load()
    qtbot.waitUntil(lambda: warning(tab).isVisible(), timeout=3000)
    assert warning(tab).text().startswith(
        "⚠ 1 list without a lead sentence (section 2, Concerns): its items follow the text "
        "before it directly."), warning(tab).text()
