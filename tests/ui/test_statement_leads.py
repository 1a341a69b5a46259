"""Lead sentences in the composer (issue 21, "Incoherent letters"): a new
concern or recommendation list starts with the default lead of the
campaign's language, and the lead of the list shown stays in view and
editable above its items, before them in the Tab order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QTextBrowser, QTreeWidget

from signon.domain.compose import SectionDraft
from signon.store.campaigns import create_campaign
from signon.store.statements import load_sections, replace_sections
from signon.ui.statement.document import BlockRef
from signon.ui.statement_tab import StatementTab

CONCERNS = "We have the following concerns:"
ADDRESSEE = "To the Member States of the United Nations"
STATEMENT = [
    SectionDraft("intro", text="We, the undersigned organisations, write to you."),
    SectionDraft("concern", items=["the paragraphs on the digital divide",
                                   "the exemptions for military uses"]),
    SectionDraft("closing", text="Thank you."),
]


def make_campaign(db, language: str = "en", addressee: str = ADDRESSEE,
                  languages: str = "") -> int:
    with db.session() as session:
        c = create_campaign(session, "Joint statement", language=language,
                            addressee=addressee, languages=languages)
        replace_sections(session, c.id, [SectionDraft(**vars(s)) for s in STATEMENT])
        return c.id


def open_tab(qtbot, db, campaign_id: int) -> StatementTab:
    widget = StatementTab(db)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.set_campaign(campaign_id)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.campaign is not None, timeout=3000)
    return widget


@pytest.fixture
def tab(qtbot, db, answers) -> StatementTab:
    return open_tab(qtbot, db, make_campaign(db))


def find(tab, cls, name):
    widget = tab.findChild(cls, name)
    assert widget is not None, name
    return widget


def lead_field(tab) -> QLineEdit:
    return find(tab, QLineEdit, "sectionLead")


def add_list(tab, label: str) -> None:
    action = next(a for a in tab.composer.add_button.menu().actions() if a.text() == label)
    action.trigger()


def wait_preview(qtbot, tab, *fragments):
    browser = find(tab, QTextBrowser, "letterPreview")
    qtbot.waitUntil(lambda: all(f in browser.toPlainText() for f in fragments), timeout=3000)


def select_row(tab, section: int, item: int | None = None) -> None:
    tree = find(tab, QTreeWidget, "statementEditor")
    row = tree.topLevelItem(section)
    tree.setCurrentItem(row if item is None else row.child(item))


def test_a_new_concern_list_shows_its_default_lead_above_its_first_item(qtbot, tab):
    add_list(tab, "Concern list")
    item = find(tab, QPlainTextEdit, "itemText")
    lead = lead_field(tab)
    # the new list's first item is being written, and its lead is in view above it
    assert tab.composer.editor.currentWidget() is tab.composer.item_page
    assert item.hasFocus()
    assert lead.isVisible() and lead.text() == CONCERNS
    above = lead.mapTo(tab, lead.rect().bottomLeft()).y()
    assert above < item.mapTo(tab, item.rect().topLeft()).y()
    # the new list (after the selected introduction) opens with its lead; the
    # existing one is left as it was
    assert [s.lead for s in tab.composer.doc.sections if s.kind == "concern"] == [CONCERNS, ""]
    qtbot.keyClicks(item, "the silence on the environmental cost")
    wait_preview(qtbot, tab, CONCERNS, "The silence on the environmental cost.")


def test_the_lead_is_edited_from_an_item_and_comes_before_it_in_the_tab_order(qtbot, tab):
    add_list(tab, "Recommendation list")
    lead = lead_field(tab)
    assert lead.text() == "We call on the Member States of the United Nations to:"
    item = find(tab, QPlainTextEdit, "itemText")
    shown = tab.composer.selected_uid()
    # Shift+Tab from the item reaches the lead; Tab from the lead the item
    qtbot.keyClick(item, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert lead.hasFocus()
    qtbot.keyClick(lead, Qt.Key.Key_Tab)
    assert item.hasFocus()
    # typing in the lead while the item is selected edits the list's lead and
    # leaves the item selected
    lead.setFocus()
    lead.selectAll()
    qtbot.keyClicks(lead, "We urge states to:")
    assert tab.composer.selected_uid() == shown
    section = next(s for s in tab.composer.doc.sections if s.kind == "recommendation")
    assert section.lead == "We urge states to:"
    wait_preview(qtbot, tab, "We urge states to:")
    qtbot.keyClick(lead, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert section is not None
    section = next(s for s in tab.composer.doc.sections if s.kind == "recommendation")
    assert section.lead == "We call on the Member States of the United Nations to:"
    assert lead.text() == section.lead and tab.composer.selected_uid() == shown


def test_an_existing_list_keeps_no_lead_and_offers_one_as_a_placeholder(qtbot, db, tab):
    select_row(tab, 1, 0)
    lead = lead_field(tab)
    assert lead.isVisible() and lead.text() == ""
    assert lead.placeholderText() == f"Lead sentence, e.g. “{CONCERNS}”"
    select_row(tab, 0)  # a paragraph has no lead
    assert not lead.isVisible()
    # opening the campaign changed nothing in its statement
    assert not tab.has_unsaved_changes()
    with db.session() as session:
        assert load_sections(session, tab.campaign_id)[1].lead == ""


def test_a_library_block_that_starts_a_list_brings_the_default_lead(qtbot, tab):
    select_row(tab, 0)
    tab.composer.edits.insert_block(BlockRef(7, "recommendation", "prohibit emotion recognition",
                                             "Ban emotion recognition"))
    section = next(s for s in tab.composer.doc.sections if s.kind == "recommendation")
    assert section.lead == "We call on the Member States of the United Nations to:"
    assert [i.text for i in section.items] == ["prohibit emotion recognition"]
    # a second block of the kind joins that list, which keeps its lead
    tab.composer.edits.insert_block(BlockRef(8, "recommendation", "fund the digital divide"))
    assert [s.kind for s in tab.composer.doc.sections].count("recommendation") == 1
    # a concern joins the existing concern list, which is left without a lead
    tab.composer.edits.insert_block(BlockRef(9, "concern", "the missing remedy"))
    assert [s.lead for s in tab.composer.doc.sections if s.kind == "concern"] == [""]


def test_switching_a_list_kind_switches_a_default_lead_but_never_a_written_one(qtbot, tab):
    add_list(tab, "Concern list")
    select_row(tab, 1)  # the new list itself, after the selected introduction
    kind = find(tab, QComboBox, "listKind")
    kind.setCurrentIndex(kind.findData("recommendation"))
    kind.activated.emit(kind.currentIndex())
    section = tab.composer.doc.sections[1]
    assert section.kind == "recommendation"
    assert section.lead == lead_field(tab).text() == (
        "We call on the Member States of the United Nations to:")
    tab.composer.stack.undo()  # one step: kind and lead together
    assert (tab.composer.doc.sections[1].kind, tab.composer.doc.sections[1].lead) == (
        "concern", CONCERNS)
    # a lead someone wrote stays when the kind changes
    select_row(tab, 1)
    lead_field(tab).setFocus()
    lead_field(tab).selectAll()
    qtbot.keyClicks(lead_field(tab), "Our worries:")
    kind.setCurrentIndex(kind.findData("recommendation"))
    kind.activated.emit(kind.currentIndex())
    assert (tab.composer.doc.sections[1].kind, tab.composer.doc.sections[1].lead) == (
        "recommendation", "Our worries:")


def test_arabic_campaign_without_addressee_and_translated_leads(qtbot, db, answers):
    tab = open_tab(qtbot, db, make_campaign(db, language="ar", addressee="",
                                            languages="en,fr,de"))
    add_list(tab, "Recommendation list")
    section = next(s for s in tab.composer.doc.sections if s.kind == "recommendation")
    assert section.lead == lead_field(tab).text() == "ندعو صانعي القرار إلى:"
    # translated into every translation language with default leads (not German)
    assert {lang: entry["lead"] for lang, entry in section.translations.items()} == {
        "en": "We call on decision-makers to:", "fr": "Nous appelons les décideurs à :"}
    add_list(tab, "Concern list")
    section = next(s for s in tab.composer.doc.sections if s.kind == "concern" and s.lead)
    assert section.lead == "لدينا المخاوف التالية:"
    wait_preview(qtbot, tab, "لدينا المخاوف التالية:", "ندعو صانعي القرار إلى:")


def test_a_lead_naming_an_untranslated_addressee_is_left_to_translate(qtbot, db, answers):
    tab = open_tab(qtbot, db, make_campaign(db, languages="es"))
    add_list(tab, "Recommendation list")
    section = next(s for s in tab.composer.doc.sections if s.kind == "recommendation")
    assert section.lead == "We call on the Member States of the United Nations to:"
    assert section.translations == {}  # "Instamos a …" needs the addressee in Spanish
    add_list(tab, "Concern list")
    section = next(s for s in tab.composer.doc.sections if s.kind == "concern" and s.lead)
    assert section.translations["es"]["lead"] == "Nos preocupan los siguientes puntos:"
