"""The letter's shapes in the Statement editor (issue 20): a coordinator adds
a plain bulleted list (findings, conclusions: no lead-ins, no numbering to
choose), and chooses the marker before a list's items where its kind is
chosen ("none": ordinal items print as plain "First, …" paragraphs). Both
are saved and printed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QTextBrowser

from signon.domain.compose import Marker, SectionDraft, SectionKind
from signon.store.campaigns import create_campaign
from signon.store.statements import load_sections, replace_sections
from signon.ui.statement_tab import StatementTab


@pytest.fixture
def campaign(db) -> int:
    with db.session() as s:
        cid = create_campaign(s, "Event report").id
        replace_sections(s, cid, [
            SectionDraft(kind="intro", text="The participants met."),
            SectionDraft(kind="concern", lead="They agreed:",
                         items=["the first point", "the second point", "the last point"])])
        return cid


@pytest.fixture
def tab(qtbot, db, campaign, answers) -> StatementTab:
    widget = StatementTab(db)
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.set_campaign(campaign)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def composer(tab):
    return tab.composer


def choose(combo: QComboBox, data) -> None:
    combo.setCurrentIndex(combo.findData(data))
    combo.activated.emit(combo.currentIndex())  # as a person's choice does


def preview(qtbot, tab, *fragments) -> str:
    browser = tab.findChild(QTextBrowser, "letterPreview")
    qtbot.waitUntil(lambda: all(f in browser.toPlainText() for f in fragments), timeout=3000)
    return browser.toPlainText()


def test_the_marker_is_chosen_with_the_list(qtbot, db, campaign, tab):
    panel = composer(tab)
    panel.outline.select_uid(panel.doc.sections[1].uid)
    marker = panel.findChild(QComboBox, "listMarker")
    assert marker.isEnabled() and marker.currentData() == Marker.BULLET.value
    choose(marker, Marker.NONE.value)
    tab.flush()
    with db.session() as s:
        assert [d.marker for d in load_sections(s, campaign)][1] == Marker.NONE
    panel.stack.undo()
    assert marker.currentData() == Marker.BULLET.value
    # numbers are their own marker: nothing to choose
    choose(panel.findChild(QComboBox, "numberingStyle"), "number")
    assert not marker.isEnabled()


def test_a_plain_list_is_added_bulleted_as_typed(qtbot, db, campaign, tab):
    panel = composer(tab)
    panel.outline.select_uid(panel.doc.sections[1].uid)
    panel.add_section_actions[SectionKind.LIST].trigger()
    section = panel.doc.sections[2]
    assert section.kind is SectionKind.LIST
    item = section.items[0]
    panel.outline.select_uid(item.uid)
    panel.item_body.setPlainText("Funding is short")
    panel.outline.select_uid(section.uid)
    kind = panel.findChild(QComboBox, "listKind")
    assert kind.currentData() == SectionKind.LIST.value
    assert not panel.findChild(QComboBox, "numberingStyle").isEnabled()
    assert "without lead-ins" in panel.list_hint.text()
    text = preview(qtbot, tab, "Funding is short")
    assert "First, funding" not in text and "Finally, funding" not in text
    tab.flush()
    with db.session() as s:
        saved = load_sections(s, campaign)[2]
    assert (saved.kind, saved.items) == (SectionKind.LIST, ["Funding is short"])


def test_a_list_becomes_a_plain_list_where_its_kind_is_chosen(qtbot, db, campaign, tab):
    panel = composer(tab)
    panel.outline.select_uid(panel.doc.sections[1].uid)
    choose(panel.findChild(QComboBox, "listKind"), SectionKind.LIST.value)
    tab.flush()
    with db.session() as s:
        assert load_sections(s, campaign)[1].kind is SectionKind.LIST
    preview(qtbot, tab, "The first point")
