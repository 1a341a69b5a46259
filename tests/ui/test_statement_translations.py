"""Translating the statement in the Statement tab, driven through its widgets:
translation languages, the side-by-side editor, statuses and diffs, undo and
autosave, the freeze warning, the preview in each language, and library
blocks inserted in every language at once.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
)

from signon.domain.compose import SectionDraft
from signon.domain.errors import ValidationError
from signon.store import blocks as library
from signon.store.campaigns import create_campaign, get_campaign, update_campaign
from signon.store.models import Block
from signon.store.signatories import add_signatory
from signon.store.statements import load_sections, replace_sections, versions
from signon.ui.campaign_dialog import CampaignSettingsDialog
from signon.ui.statement.outline import STATUS_ROLE
from signon.ui.statement.translation_dialogs import (
    AddLanguageDialog,
    CampaignTranslationDialog,
)
from signon.ui.statement.versions import FreezeDialog
from signon.ui.statement_tab import StatementTab

REFERENCE = json.loads((Path(__file__).resolve().parents[1] / "data"
                        / "un-ai-resolution.json").read_text("utf-8"))
FIRST_CONCERN = REFERENCE["sections"][1]["items"][0]
ES_FIRST = "los párrafos que piden cerrar la brecha digital, planteados como alianzas"


def make_campaign(db, languages: str = "es,ar", language: str = "en") -> int:
    with db.session() as session:
        c = create_campaign(session, REFERENCE["campaign"]["title"], language=language,
                            addressee="To the Member States of the United Nations",
                            languages=languages)
        replace_sections(session, c.id, [SectionDraft(**s) for s in REFERENCE["sections"]])
        for s in REFERENCE["signatories"]:
            add_signatory(session, c.id, kind=s["type"], name=s["name"],
                          acronym=s.get("acronym", ""), country=s.get("country", ""),
                          status=s["status"])
        return c.id


@pytest.fixture
def campaign(db) -> int:
    return make_campaign(db)


def open_tab(qtbot, db, campaign_id: int, size=(1280, 800)) -> StatementTab:
    widget = StatementTab(db)
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.set_campaign(campaign_id)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def tab(qtbot, db, campaign, answers) -> StatementTab:
    return open_tab(qtbot, db, campaign)


def find(widget, cls, name):
    child = widget.findChild(cls, name)
    assert child is not None, name
    return child


def outline(tab) -> QTreeWidget:
    return find(tab, QTreeWidget, "statementEditor")


def choose_language(tab, code: str | None) -> None:
    combo = find(tab, QComboBox, "translationLanguage")
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def select_row(tab, section: int, item: int | None = None) -> None:
    tree = outline(tab)
    row = tree.topLevelItem(section)
    tree.setCurrentItem(row if item is None else row.child(item))


def row_status(tab, section: int, item: int | None = None) -> str | None:
    row = outline(tab).topLevelItem(section)
    return (row if item is None else row.child(item)).data(0, STATUS_ROLE)


def editor(tab) -> QPlainTextEdit:
    return find(tab, QPlainTextEdit, "translationEditor")


def type_text(widget, text: str) -> None:
    """Key presses carrying each character (QTest's keyClicks only knows the
    keys of a Latin keyboard; translators type Arabic too)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def type_translation(qtbot, tab, text: str) -> None:
    box = editor(tab)
    box.setFocus()
    type_text(box, text)


def wait_saved(qtbot, tab) -> None:
    """The autosave runs on its own timer, shortly after typing stops."""
    qtbot.waitUntil(lambda: not tab.has_unsaved_changes(), timeout=8000)


def edit_primary_item(qtbot, tab, section: int, item: int, suffix: str) -> None:
    choose_language(tab, None)
    select_row(tab, section, item)
    body = find(tab, QPlainTextEdit, "itemText")
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, suffix)


def preview_text(tab) -> str:
    tab.render_preview()
    return find(tab, QTextBrowser, "letterPreview").toPlainText()


# -- campaign languages -------------------------------------------------------------------


def test_campaign_settings_take_translation_languages(qtbot, db, answers):
    dialog = CampaignSettingsDialog({"title": "T", "language": "en", "languages": "es,ar"})
    qtbot.addWidget(dialog)
    field = find(dialog, QLineEdit, "translationLanguagesEdit")
    assert field.text() == "es, ar"
    field.setText("es, AR, en, es, pt_BR")
    assert dialog.values()["languages"] == "es,ar,pt-br"  # once each, not the primary
    ok = find(dialog, QPushButton, "okButton")
    assert ok.isEnabled()
    field.setText("es, Spanish!")
    assert not ok.isEnabled()
    assert "“Spanish!” is not a language code" in find(dialog, QLabel,
                                                         "validationLabel").text()

    with db.session() as session:
        c = create_campaign(session, "T", **{k: v for k, v in dialog.values().items()
                                             if k not in ("title", "languages")})
        update_campaign(session, c.id, languages="fr, AR, en")
        assert get_campaign(session, c.id).languages == "fr,ar"
        with pytest.raises(ValidationError, match="'fr!' is not a language code"):
            update_campaign(session, c.id, languages="es, fr!")
        assert get_campaign(session, c.id).languages == "fr,ar"


def test_a_language_added_from_the_tab_is_offered_at_once(qtbot, db, tab, answers):
    def pick(dialog):
        assert isinstance(dialog, AddLanguageDialog)
        combo = find(dialog, QComboBox, "newLanguageCode")
        combo.setEditText("ar")  # already a translation language: refused
        assert "already translated" in dialog.problem_text()
        combo.setEditText("FR")
        assert dialog.problem_text() == ""
        return True

    answers.on_dialog = pick
    find(tab, QToolButton, "addTranslationLanguageButton").click()
    with db.session() as session:
        assert get_campaign(session, tab.campaign_id).languages == "es,ar,fr"
    assert tab.composer.translation_language == "fr"
    assert find(tab, QComboBox, "previewLanguage").findData("fr") >= 0


# -- the side-by-side editor ----------------------------------------------------------------


def test_translate_an_item_autosave_and_reload(qtbot, db, tab, campaign):
    assert tab.composer.translation_panel.isHidden()
    choose_language(tab, "es")
    assert not tab.composer.translation_panel.isHidden()
    assert tab.composer.editor_area.isHidden()  # the primary editor (and lead) make way
    select_row(tab, 1, 0)
    assert find(tab, QPlainTextEdit, "translationEditorPrimary").toPlainText() == FIRST_CONCERN
    assert find(tab, QPlainTextEdit, "translationEditorPrimary").isReadOnly()
    assert row_status(tab, 1, 0) == "missing"
    status = find(tab, QLabel, "translationStatus")
    assert "es: 0 of 10 current, 10 missing" in status.text()

    type_translation(qtbot, tab, ES_FIRST)
    assert row_status(tab, 1, 0) == "current"
    assert "current" in find(tab, QLabel, "translationEditorState").text()
    qtbot.waitUntil(lambda: "es: 1 of 10 current, 9 missing" in status.text(), timeout=3000)
    wait_saved(qtbot, tab)
    with db.session() as session:
        stored = load_sections(session, campaign)[1].item_translation(0)
    assert stored["es"]["text"] == ES_FIRST
    assert stored["es"]["source"]["text"] == FIRST_CONCERN

    again = open_tab(qtbot, db, campaign)
    choose_language(again, "es")
    select_row(again, 1, 0)
    assert editor(again).toPlainText() == ES_FIRST
    assert row_status(again, 1, 0) == "current"


def test_primary_change_makes_the_translation_outdated_with_its_diff(qtbot, tab):
    choose_language(tab, "es")
    select_row(tab, 1, 0)
    type_translation(qtbot, tab, ES_FIRST)
    edit_primary_item(qtbot, tab, 1, 0, " and dedicated funding")
    choose_language(tab, "es")
    select_row(tab, 1, 0)
    assert row_status(tab, 1, 0) == "outdated"
    state = find(tab, QLabel, "translationEditorState")
    assert "outdated" in state.text()
    diff = find(tab, QTextBrowser, "translationEditorDiff")
    assert not diff.isHidden()
    assert "and dedicated funding" in diff.toPlainText()
    assert "3 words added" in diff.toPlainText()
    html = diff.toHtml()
    assert "#ccffd8" in html  # the added words are marked
    qtbot.waitUntil(lambda: "1 outdated" in find(tab, QLabel, "translationStatus").text(),
                    timeout=3000)

    confirm = find(tab, QPushButton, "translationEditorConfirm")
    assert not confirm.isHidden()
    confirm.click()
    assert row_status(tab, 1, 0) == "current"
    assert diff.isHidden() and confirm.isHidden()
    assert editor(tab).toPlainText() == ES_FIRST  # kept as it was

    # undo brings the outdated state back; editing the translation updates it too
    tab.stack.undo()
    assert row_status(tab, 1, 0) == "outdated"
    type_translation(qtbot, tab, " y financiación")
    assert row_status(tab, 1, 0) == "current"
    assert editor(tab).toPlainText() == ES_FIRST + " y financiación"


def test_translation_typing_is_undone_and_redone_with_the_keys(qtbot, tab):
    choose_language(tab, "es")
    select_row(tab, 0)
    box = editor(tab)
    type_translation(qtbot, tab, "Nosotras, las organizaciones")
    assert row_status(tab, 0) == "current"
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert box.toPlainText() == ""
    assert row_status(tab, 0) == "missing"
    qtbot.keyClick(box, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert box.toPlainText() == "Nosotras, las organizaciones"
    assert tab.has_unsaved_changes()


def test_arabic_is_edited_right_to_left(qtbot, tab):
    choose_language(tab, "ar")
    select_row(tab, 1, 0)
    box = editor(tab)
    assert box.layoutDirection() == Qt.LayoutDirection.RightToLeft
    option = box.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    assert option.alignment() & Qt.AlignmentFlag.AlignRight
    primary = find(tab, QPlainTextEdit, "translationEditorPrimary")
    assert primary.layoutDirection() == Qt.LayoutDirection.LeftToRight
    type_translation(qtbot, tab, "الفقرات التي تدعو إلى سد الفجوة الرقمية")
    assert row_status(tab, 1, 0) == "current"
    choose_language(tab, "es")  # back to a left-to-right language
    assert editor(tab).layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert tab.current_letter("ar").direction == "rtl"


def test_lead_sentence_and_heading_of_a_list(qtbot, tab):
    choose_language(tab, "es")
    select_row(tab, 1)
    lead = find(tab, QLineEdit, "translationLeadEditor")
    assert lead.isVisible() and not editor(tab).isVisible()
    assert find(tab, QLineEdit, "translationLeadEditorPrimary").text().startswith(
        "Nonetheless")
    assert not find(tab, QLineEdit, "translationTitleEditor").isVisible()  # no heading
    lead.setFocus()
    type_text(lead, "No obstante, la resolución nos preocupa:")
    assert row_status(tab, 1) == "current"
    letter = tab.current_letter("es")
    assert letter.sections[1].lead == "No obstante, la resolución nos preocupa:"


def test_freeze_with_an_outdated_translation_warns_and_names_it(qtbot, db, tab, answers):
    choose_language(tab, "es")
    select_row(tab, 1, 0)
    type_translation(qtbot, tab, ES_FIRST)
    edit_primary_item(qtbot, tab, 1, 0, " now")
    seen = []

    def freeze(dialog):
        assert isinstance(dialog, FreezeDialog)
        seen.append(find(dialog, QLabel, "freezeTranslationWarning").text())
        return True

    answers.on_dialog = freeze
    find(tab, QPushButton, "freezeVersionButton").click()
    assert "es: 1 outdated (section 2 (concern) item 1)" in seen[0]
    assert "ar: " in seen[0] and "missing" in seen[0]
    with db.session() as session:  # the warning does not stop the freeze
        assert [v.number for v in versions(session, tab.campaign_id)] == [1]


def test_preview_in_a_translation_language(qtbot, tab, answers):
    choose_language(tab, "es")
    select_row(tab, 1, 0)
    type_translation(qtbot, tab, ES_FIRST)
    preview_language = find(tab, QComboBox, "previewLanguage")
    assert preview_language.currentData() == "es"  # follows the language being translated

    def title(dialog):
        assert isinstance(dialog, CampaignTranslationDialog)
        find(dialog, QLineEdit, "titleTranslation").setText("Declaración conjunta")
        return True

    answers.on_dialog = title
    find(tab, QToolButton, "campaignTranslationButton").click()
    text = preview_text(tab)
    assert text.startswith("Declaración conjunta")
    assert "En primer lugar, los párrafos que piden cerrar la brecha digital" in text
    # not translated yet: the primary text, with its own language's lead-in (issue 23)
    assert "Second, we are deeply concerned" in text
    note = find(tab, QLabel, "previewLanguageNote")
    assert not note.isHidden() and "not translated yet (shown in en)" in note.text()

    preview_language.setCurrentIndex(preview_language.findData("en"))
    assert preview_text(tab).startswith(REFERENCE["campaign"]["title"])
    assert note.isHidden()


# -- library blocks in several languages -------------------------------------------------


def starter_block(tab, language: str, title: str) -> Block:
    return next(b for b in tab.library._blocks.values()
                if b.language == language and b.title == title)


def test_a_block_with_variants_is_inserted_in_every_language(qtbot, db, answers):
    campaign = make_campaign(db, languages="es,fr")
    tab = open_tab(qtbot, db, campaign)
    remedy = starter_block(tab, "en", "No effective remedy")
    tab.library.language_filter.setCurrentIndex(0)
    assert tab.library.select_block(remedy.id)
    item = tab.library.tree.currentItem()
    assert item.text(1) == "en+2"  # short, so that titles get the width (issue 21)
    assert "Also in es, fr" in item.toolTip(1)
    select_row(tab, 1, 4)
    find(tab, QPushButton, "insertBlockButton").click()

    section, item = tab.composer.doc.find(tab.composer.selected_uid())
    assert item.text == remedy.body and section.items.index(item) == 5
    es = starter_block(tab, "es", "Sin reparación efectiva")
    fr = starter_block(tab, "fr", "Pas de recours effectif")
    assert item.translations["es"]["text"] == es.body
    assert item.translations["fr"]["text"] == fr.body
    choose_language(tab, "fr")
    assert row_status(tab, 1, 5) == "current"
    assert editor(tab).toPlainText() == fr.body
    wait_saved(qtbot, tab)
    with db.session() as session:
        stored = load_sections(session, campaign)[1].item_translation(5)
    assert set(stored) == {"es", "fr"}
    tab.stack.undo()  # one step takes the block out in every language
    assert len(tab.composer.doc.sections[1].items) == 5


def test_a_campaign_in_spanish_gets_the_spanish_variant_as_its_text(qtbot, db, answers):
    campaign = make_campaign(db, languages="en", language="es")
    tab = open_tab(qtbot, db, campaign)
    english = starter_block(tab, "en", "Ban emotion recognition and biometric categorisation")
    spanish = starter_block(tab, "es", "Prohibir el reconocimiento de emociones y la "
                                       "categorización biométrica")
    ref = tab.library.block_refs([english.id])[0]
    assert (ref.id, ref.body) == (spanish.id, spanish.body)
    assert ref.translations["en"]["text"] == english.body
    assert tab.composer.edits.insert_block(ref)
    section, item = tab.composer.doc.find(tab.composer.selected_uid())
    assert section.kind.value == "recommendation" and item.text == spanish.body


def test_translate_a_library_block_into_another_language(qtbot, db, tab, answers):
    remedy = starter_block(tab, "en", "No effective remedy")
    tab.library.language_filter.setCurrentIndex(0)
    assert tab.library.select_block(remedy.id)
    tab.library._fill_translate_menu()
    offered = [a.objectName() for a in tab.library.translate_menu.actions()]
    assert "translateInto_ar" in offered and "translateInto_es" not in offered

    def translate(dialog):
        assert dialog.language.currentText() == "ar"
        assert dialog.body.toPlainText() == remedy.body  # prefilled to translate
        assert not dialog.kind.isEnabled()
        dialog.title.setText("غياب سبل الانتصاف الفعالة")
        dialog.body.setPlainText("غياب سبل الانتصاف الفعالة للأشخاص المتضررين")
        dialog.accept()
        return True

    answers.on_dialog = translate
    tab.library.handlers.translate_selected("ar")
    with db.session() as session:
        assert [b.language for b in library.list_variants(session, remedy.id)] == [
            "ar", "en", "es", "fr"]
    assert tab.library.select_block(remedy.id)
    assert tab.library.tree.currentItem().text(1) == "en+3"
    assert "Also in ar, es, fr" in tab.library.tree.currentItem().toolTip(1)
    # the campaign translates into Arabic: inserting brings the new variant
    ref = tab.library.block_refs([remedy.id])[0]
    assert ref.translations["ar"]["text"] == "غياب سبل الانتصاف الفعالة للأشخاص المتضررين"


# -- the tab at its usual sizes ----------------------------------------------------------


@pytest.mark.parametrize("size", [(1280, 800), (900, 600)])
def test_translation_mode_fits_the_window(qtbot, db, campaign, answers, tmp_path, size):
    tab = open_tab(qtbot, db, campaign, size)
    choose_language(tab, "es")
    select_row(tab, 1, 0)
    type_translation(qtbot, tab, ES_FIRST)
    edit_primary_item(qtbot, tab, 1, 0, " and dedicated funding")
    choose_language(tab, "ar")
    select_row(tab, 1, 0)
    tab.render_preview()
    qtbot.wait(50)
    tab.grab().save(str(tmp_path / f"translation-{size[0]}x{size[1]}.png"))
    window = QRect(QPoint(0, 0), tab.size())
    for cls, name in ((QComboBox, "translationLanguage"), (QPlainTextEdit, "translationEditor"),
                      (QPlainTextEdit, "translationEditorPrimary"),
                      (QTreeWidget, "statementEditor"), (QTextBrowser, "letterPreview")):
        widget = find(tab, cls, name)
        assert widget.isVisible(), name
        rect = QRect(widget.mapTo(tab, QPoint(0, 0)), widget.size())
        assert window.contains(rect), (name, rect, window)
        assert widget.width() >= 120 and widget.height() >= 24, (name, widget.size())
    assert editor(tab).visibleRegion().boundingRect().height() >= 40  # not scrolled away


def test_an_outdated_title_translation_is_marked_up_to_date(qtbot, db, campaign, answers):
    from signon.store.translations import set_campaign_translation, translation_status

    with db.session() as session:
        set_campaign_translation(session, campaign, "es", "title", "Declaración conjunta")
        update_campaign(session, campaign, title="Joint statement on the AI resolution")
    tab = open_tab(qtbot, db, campaign)
    choose_language(tab, "es")
    status = find(tab, QLabel, "translationStatus")
    qtbot.waitUntil(lambda: "es: 1 of 10 current" not in status.text()
                    and "1 outdated" in status.text(), timeout=3000)

    def confirm(dialog):
        assert isinstance(dialog, CampaignTranslationDialog)
        assert "outdated" in find(dialog, QLabel, "titleStatus").text()
        find(dialog, QPushButton, "titleConfirm").click()
        assert "current" in find(dialog, QLabel, "titleStatus").text()
        return True

    answers.on_dialog = confirm
    find(tab, QToolButton, "campaignTranslationButton").click()
    with db.session() as session:
        assert translation_status(session, campaign)["es"].outdated == 0
    qtbot.waitUntil(lambda: "outdated" not in status.text().split("·")[0], timeout=3000)


def test_link_and_unlink_existing_blocks_as_translations(qtbot, db, tab, answers):
    english = starter_block(tab, "en", "Guarantee meaningful participation")
    spanish = starter_block(tab, "es", "Participación significativa")
    tab.library.language_filter.setCurrentIndex(0)
    assert tab.library.select_block(english.id)
    assert not tab.library.unlink_action.isEnabled()  # nothing linked yet

    def link(dialog):
        listing = find(dialog, QListWidget, "linkVariantList")
        rows = [listing.item(i).text() for i in range(listing.count())]
        assert rows and all(not r.startswith("en ·") for r in rows)  # other languages only
        find(dialog, QLineEdit, "linkVariantSearch").setText("participacion")
        shown = [listing.item(i) for i in range(listing.count())
                 if not listing.item(i).isHidden()]
        assert [r.text() for r in shown] == ["es · Participación significativa"]
        assert dialog.chosen_id() == spanish.id
        return True

    answers.on_dialog = link
    tab.library.handlers.link_selected()
    assert tab.library.tree.currentItem().text(1) == "en+1"
    assert tab.library.unlink_action.isEnabled()
    ref = tab.library.block_refs([english.id])[0]
    assert ref.translations["es"]["text"] == spanish.body  # the campaign translates into es

    tab.library.handlers.unlink_selected()
    assert tab.library.tree.currentItem().text(1) == "en"
    with db.session() as session:
        assert library.list_variants(session, spanish.id)[0].variant_group == ""
