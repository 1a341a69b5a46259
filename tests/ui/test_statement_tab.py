"""The Statement tab driven through its real widgets: library, composer,
preview, undo, autosave, versions. Modal dialogs go through
`signon.ui.dialogs`, answered by the `answers` fixture (tests/ui/conftest.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QTextBrowser, QTreeWidget
from sqlmodel import select

from signon.domain.compose import SectionDraft, SectionKind
from signon.store import blocks as library
from signon.store.campaigns import create_campaign, get_campaign
from signon.store.models import Block, SectionItem, Signatory, StatementVersion
from signon.store.signatories import add_signatory
from signon.store.statements import load_sections, replace_sections, versions
from signon.ui.statement.document import BlockRef, StatementDoc, drop_target
from signon.ui.statement.library_tree import BLOCK_MIME
from signon.ui.statement.outline import OUTLINE_MIME
from signon.ui.statement.versions import CURRENT, VersionDialog
from signon.ui.statement_tab import StatementTab

REFERENCE = json.loads((Path(__file__).resolve().parents[1] / "data"
                        / "un-ai-resolution.json").read_text("utf-8"))
ORDINALS = ["First, ", "Second, ", "Third, ", "Fourth, ", "Finally, "]


@pytest.fixture
def campaign(db) -> int:
    """The example letter: intro, five concerns with a lead sentence, closing,
    and its signatories (only the endorsed ones may show)."""
    with db.session() as session:
        c = create_campaign(session, REFERENCE["campaign"]["title"],
                            addressee="To the Member States of the United Nations")
        replace_sections(session, c.id, [SectionDraft(**s) for s in REFERENCE["sections"]])
        for s in REFERENCE["signatories"]:
            add_signatory(session, c.id, kind=s["type"], name=s["name"],
                          acronym=s.get("acronym", ""), country=s.get("country", ""),
                          status=s["status"])
        return c.id


@pytest.fixture
def tab(qtbot, db, campaign, answers) -> StatementTab:
    widget = StatementTab(db)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.set_campaign(campaign)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def find(tab, cls, name):
    widget = tab.findChild(cls, name)
    assert widget is not None, name
    return widget


def preview_text(tab) -> str:
    return find(tab, QTextBrowser, "letterPreview").toPlainText()


def wait_preview(qtbot, tab, *fragments, absent=()):
    """The preview is debounced: wait until it shows (and hides) the texts."""
    def shown():
        text = preview_text(tab)
        assert all(f in text for f in fragments), text[:2000]
        assert not any(f in text for f in absent)
    qtbot.waitUntil(shown, timeout=3000)


def format_of(browser: QTextBrowser, phrase: str, word: str):
    """The character format of `word` inside the first occurrence of `phrase`."""
    from PySide6.QtGui import QTextCursor

    found = browser.document().find(phrase)
    assert not found.isNull(), phrase
    cursor = QTextCursor(browser.document())
    cursor.setPosition(found.selectionStart() + phrase.index(word) + 1)
    return cursor.charFormat()


def concern_lines(tab) -> list[str]:
    return [line for line in preview_text(tab).splitlines()
            if line.startswith(tuple(ORDINALS)) or line.startswith(("Fifth, ", "Sixth, "))]


def outline(tab) -> QTreeWidget:
    return find(tab, QTreeWidget, "statementEditor")


def select_row(tab, section: int, item: int | None = None) -> None:
    tree = outline(tab)
    row = tree.topLevelItem(section)
    tree.setCurrentItem(row if item is None else row.child(item))
    tree.setFocus()


def test_preview_shows_the_example_letter_with_lead_ins(tab):
    text = preview_text(tab)
    lines = concern_lines(tab)
    assert [line[:len(lead)] for line, lead in zip(lines, ORDINALS, strict=True)] == ORDINALS
    assert lines[0].startswith("First, the paragraphs calling for closing the digital divide")
    assert lines[1].startswith("Second, we are deeply concerned with how the resolution")
    assert lines[4].startswith("Finally, while the resolution focuses on the impact")
    assert "Nonetheless, there are concerns with the resolution:" in text
    assert "To the Member States of the United Nations" in text
    signatories = text.split("\nSignatories\n", 1)[1].splitlines()
    assert signatories[:len(REFERENCE["expected_signatories"])] == \
        REFERENCE["expected_signatories"]
    for s in REFERENCE["signatories"]:
        if s["status"] != "endorsed":
            assert s["name"] not in signatories
    assert "campaigns@" not in text


def test_starter_library_is_seeded_and_searched_as_you_type(qtbot, tab):
    tree = find(tab, QTreeWidget, "blockLibrary")
    search = find(tab, QLineEdit, "blockSearch")
    with tab.db.session() as session:
        assert len(session.exec(select(Block)).all()) >= 20
    assert tab.library.language_filter.currentData() == "en"  # the campaign's language
    qtbot.keyClicks(search, "ÉMOTION")
    shown = [tree.topLevelItem(i).child(j).text(0) for i in range(tree.topLevelItemCount())
             for j in range(tree.topLevelItem(i).childCount())]
    assert "No ban on emotion recognition or biometric categorisation" in shown
    assert "Ban emotion recognition and biometric categorisation" in shown
    assert all("motion" in t.lower() or "biometric" in t.lower() for t in shown)
    # accent-insensitive the other way round, in another language
    search.clear()
    tab.library.language_filter.setCurrentIndex(0)
    qtbot.keyClicks(search, "emocion")
    assert [tree.topLevelItem(0).child(j).text(0)
            for j in range(tree.topLevelItem(0).childCount())] == [
        "Sin prohibición del reconocimiento de emociones"]
    # filters by kind and tag
    search.clear()
    kind = find(tab, QComboBox, "blockKindFilter")
    kind.setCurrentIndex(kind.findData("recommendation"))
    tag = find(tab, QComboBox, "blockTagFilter")
    tag.setCurrentIndex(tag.findData("spyware"))
    assert tree.topLevelItemCount() == 1
    assert tree.topLevelItem(0).child(0).text(0) == "Moratorium on commercial spyware"
    assert find(tab, type(tab.library.count_label), "blockCount").text().startswith("1 of ")


def test_enter_in_the_library_inserts_a_copy_and_renumbers(qtbot, tab, db, campaign):
    search = find(tab, QLineEdit, "blockSearch")
    tree = find(tab, QTreeWidget, "blockLibrary")
    qtbot.keyClicks(search, "commercial spyware left")
    qtbot.keyClick(search, Qt.Key.Key_Return)  # jumps to the first result
    assert tree.hasFocus() or tree.currentItem() is not None
    assert tree.currentItem().text(0) == "Commercial spyware left unaddressed"
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    wait_preview(qtbot, tab, "Finally, the failure to address commercial spyware",
                 "Fifth, while the resolution focuses")
    assert len(concern_lines(tab)) == 6
    # a missing full stop is added in the letter, not in the stored text
    assert "have not stopped its spread." in preview_text(tab)
    tab.flush()
    with db.session() as session:
        block = session.exec(select(Block).where(
            Block.title == "Commercial spyware left unaddressed")).one()
        linked = session.exec(select(SectionItem).where(
            SectionItem.source_block_id == block.id)).all()
        assert [r.text for r in linked] == [block.body]
        drafts = load_sections(session, campaign)
    assert drafts[1].items[-1] == block.body


def test_alt_down_reorders_preview_renumbers_and_undo_restores(qtbot, tab):
    select_row(tab, 1, 0)
    qtbot.keyClick(outline(tab), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    wait_preview(qtbot, tab, "First, we are deeply concerned",
                 "Second, the paragraphs calling for closing the digital divide")
    assert outline(tab).currentItem().text(0).startswith("Second, the paragraphs calling")
    # the outline shows lead-ins as they will print
    assert outline(tab).topLevelItem(1).child(0).text(0).startswith("First, we are deeply")
    qtbot.keyClick(outline(tab), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_preview(qtbot, tab, "First, the paragraphs calling for closing",
                 "Second, we are deeply concerned")
    qtbot.keyClick(outline(tab), Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    wait_preview(qtbot, tab, "First, we are deeply concerned")
    # Alt+Up at the top does nothing and records nothing
    select_row(tab, 0)
    count = tab.stack.count()
    qtbot.keyClick(outline(tab), Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert tab.stack.count() == count


def test_delete_numbering_and_lead_sentence(qtbot, tab):
    select_row(tab, 1, 4)
    qtbot.keyClick(outline(tab), Qt.Key.Key_Delete)
    wait_preview(qtbot, tab, "Finally, the resolution echoes other global conversations",
                 absent=["while the resolution focuses on the impact"])
    select_row(tab, 1)
    numbering = find(tab, QComboBox, "numberingStyle")
    numbering.setCurrentIndex(numbering.findData("number"))
    numbering.activated.emit(numbering.currentIndex())
    wait_preview(qtbot, tab, "The paragraphs calling for closing the digital divide",
                 absent=["First, the paragraphs"])
    assert "1.\nThe paragraphs calling" in preview_text(tab) or \
        "1.\tThe paragraphs calling" in preview_text(tab)
    lead = find(tab, QLineEdit, "sectionLead")
    lead.clear()
    qtbot.keyClicks(lead, "We are concerned that:")
    wait_preview(qtbot, tab, "We are concerned that:",
                 absent=["Nonetheless, there are concerns"])
    # one Ctrl+Z undoes the whole burst of typing in the lead sentence
    qtbot.keyClick(lead, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert lead.text() == "Nonetheless, there are concerns with the resolution:"


def test_typing_updates_preview_autosaves_and_undoes_per_burst(qtbot, tab, db, campaign):
    select_row(tab, 1, 2)
    editor = find(tab, QPlainTextEdit, "itemText")
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Indigenous peoples must be heard")
    wait_preview(qtbot, tab, "Indigenous peoples must be heard.")
    # autosaved within a few seconds, without any explicit save
    def saved():
        with db.session() as session:
            assert load_sections(session, campaign)[1].items[2].endswith(
                "Indigenous peoples must be heard")
    qtbot.waitUntil(saved, timeout=6000)
    assert not tab.has_unsaved_changes()
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not editor.toPlainText().endswith("heard")
    wait_preview(qtbot, tab, absent=["Indigenous peoples must be heard"])


def test_switching_campaign_saves_at_once(qtbot, tab, db, campaign):
    with db.session() as session:
        other = create_campaign(session, "Another letter", language="fr").id
    select_row(tab, 0)
    body = find(tab, QPlainTextEdit, "sectionText")
    body.moveCursor(body.textCursor().MoveOperation.Start)
    qtbot.keyClicks(body, "Dear colleagues. ")
    assert tab.has_unsaved_changes()
    tab.set_campaign(other)
    with db.session() as session:
        assert load_sections(session, campaign)[0].text.startswith("Dear colleagues. We,")
    assert tab.stack.count() == 0  # each campaign has its own history
    assert outline(tab).topLevelItemCount() == 0
    assert "empty" in find(tab, type(tab.composer.empty_label), "emptyWarning").text()
    # French campaign: ordinals in French
    tab.composer.edits.insert_block(BlockRef(None, "concern", "la première"))
    tab.composer.edits.insert_block(BlockRef(None, "concern", "la deuxième"))
    tab.composer.edits.insert_block(BlockRef(None, "concern", "la dernière"))
    wait_preview(qtbot, tab, "Premièrement, la première.", "Deuxièmement, la deuxième.",
                 "Enfin, la dernière.")


def test_word_count_and_empty_section_warning(qtbot, tab):
    words = find(tab, type(tab.composer.word_label), "wordCount")
    qtbot.waitUntil(lambda: words.text().endswith("words"))
    before = int(words.text().split()[0].replace(",", ""))
    assert before > 900
    add = next(a for a in tab.composer.add_button.menu().actions()
               if a.text() == "Recommendation list")
    add.trigger()
    warning = find(tab, type(tab.composer.empty_label), "emptyWarning")
    qtbot.waitUntil(lambda: "Recommendations" in warning.text())
    assert warning.isVisible()
    editor = find(tab, QPlainTextEdit, "itemText")
    assert editor.hasFocus()
    qtbot.keyClicks(editor, "fund the closing of the digital divide")
    qtbot.waitUntil(lambda: warning.text() == "")
    # Ctrl+Shift+Enter adds the next item of the list
    qtbot.keyClick(editor, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert editor.toPlainText() == "" and editor.hasFocus()
    qtbot.keyClicks(editor, "protect civic space")
    # the new list opens with its default lead, naming the campaign's addressee
    lead = "We call on the Member States of the United Nations to:"
    wait_preview(qtbot, tab, lead, "First, fund the closing of the digital divide.",
                 "Second, protect civic space.")
    assert int(words.text().split()[0].replace(",", "")) == before + 10 + len(lead.split())


def test_freeze_edit_banner_and_diff(qtbot, tab, db, campaign, answers):
    def freeze(note):
        def fill(dialog):
            assert dialog.objectName() == "freezeDialog"
            dialog.findChild(QLineEdit, "freezeNote").setText(note)
            return True
        answers.on_dialog = fill
        qtbot.mouseClick(tab.composer.freeze_button, Qt.MouseButton.LeftButton)

    freeze("sent to partners")
    with db.session() as session:
        assert [(v.number, v.note) for v in versions(session, campaign)] == [
            (1, "sent to partners")]
        assert get_campaign(session, campaign).status == "collecting"
        assert session.exec(select(StatementVersion)).one().number == 1
        # the endorsements were collected on version 1
        for row in session.exec(select(Signatory).where(Signatory.status == "endorsed")):
            row.endorsed_version = 1
    tab.refresh_context()
    banner = tab.composer.banner
    assert not banner.isVisible()
    assert not tab.composer.freeze_button.isEnabled()  # nothing changed since version 1

    select_row(tab, 1, 1)
    editor = find(tab, QPlainTextEdit, "itemText")
    editor.selectAll()
    qtbot.keyClicks(editor, "we are deeply concerned by blanket military exemptions")
    endorsed = sum(1 for s in REFERENCE["signatories"] if s["status"] == "endorsed")
    qtbot.waitUntil(banner.isVisible, timeout=3000)
    text = find(tab, type(tab.composer.banner_text), "reconfirmText").text()
    assert "after version 1 was frozen" in text
    assert f"{endorsed} endorsements of the earlier text will need reconfirmation" in text
    freeze("military wording")
    with db.session() as session:
        assert [v.number for v in versions(session, campaign)] == [1, 2]

    seen = {}

    def compare(dialog: VersionDialog):
        assert dialog.objectName() == "versionDiff"
        dialog.select(1, 2)
        old = dialog.findChild(QTextBrowser, "diffOld")
        new = dialog.findChild(QTextBrowser, "diffNew")
        seen["old_html"], seen["new_html"] = old.toHtml(), new.toHtml()
        seen["summary"] = dialog.summary.text()
        seen["old"], seen["new"] = old.toPlainText(), new.toPlainText()
        seen["by"] = format_of(new, "concerned by blanket", "by")
        seen["differentiates"] = format_of(old, "resolution differentiates", "differentiates")
        seen["concerned"] = format_of(new, "concerned by blanket", "concerned")
        dialog.select(2, CURRENT)
        seen["same"] = dialog.summary.text()
        dialog.select(1, CURRENT)
        dialog.restore_button.click()  # restore version 1 as the current text
        return True

    answers.on_dialog = compare
    qtbot.mouseClick(tab.composer.versions_button, Qt.MouseButton.LeftButton)
    assert "Second, we are deeply concerned with how the resolution" in seen["old"]
    assert "Second, we are deeply concerned by blanket military exemptions." in seen["new"]
    assert "line-through" in seen["old_html"] and "#ccffd8" in seen["new_html"]
    # "blanket", "military" and "exemptions" were already in the old wording
    assert seen["summary"] == "92 words removed, 1 word added"
    assert seen["by"].background().color().name() == "#ccffd8"
    assert seen["differentiates"].fontStrikeOut()
    assert seen["concerned"].background().style() == Qt.BrushStyle.NoBrush
    assert seen["same"] == "No differences"
    wait_preview(qtbot, tab, "Second, we are deeply concerned with how the resolution")
    with db.session() as session:
        assert load_sections(session, campaign)[1].items[1].startswith(
            "we are deeply concerned with how the resolution differentiates")
        assert len(versions(session, campaign)) == 2  # history never rewritten
    # restoring is one undo step
    qtbot.keyClick(outline(tab), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_preview(qtbot, tab, "Second, we are deeply concerned by blanket military")


def test_block_dialogs_create_edit_duplicate_tag_delete(qtbot, tab, db, answers):
    def fill_new(dialog):
        assert dialog.objectName() == "blockDialog"
        dialog.findChild(QComboBox, "blockKind").setCurrentIndex(
            dialog.findChild(QComboBox, "blockKind").findData("recommendation"))
        dialog.findChild(QLineEdit, "blockTitle").setText("Protect encryption")
        dialog.findChild(QPlainTextEdit, "blockBody").setPlainText(
            "refrain from mandating backdoors in end-to-end encryption")
        dialog.findChild(QLineEdit, "blockTags").setText("Encryption, privacy")
        dialog.accept()
        return dialog.result() == 1

    answers.on_dialog = fill_new
    qtbot.mouseClick(tab.library.new_button, Qt.MouseButton.LeftButton)
    assert tab.library.selected_block().title == "Protect encryption"
    with db.session() as session:
        block = session.exec(select(Block).where(Block.title == "Protect encryption")).one()
        assert (block.kind, block.tags) == ("recommendation", "encryption,privacy")

    def rename(dialog):
        dialog.findChild(QLineEdit, "blockTitle").setText("Protect strong encryption")
        dialog.accept()
        return True

    answers.on_dialog = rename
    library_tree = find(tab, QTreeWidget, "blockLibrary")
    library_tree.setFocus()
    qtbot.keyClick(library_tree, Qt.Key.Key_F2)
    assert tab.library.selected_block().title == "Protect strong encryption"

    tab.library.duplicate_action.trigger()
    assert tab.library.selected_block().title == "Protect strong encryption (copy)"

    def tags(dialog):
        dialog.setTextValue("encryption, security")
        return True

    answers.on_dialog = tags
    tab.library.tags_action.trigger()
    assert tab.library.selected_block().tags == "encryption,security"

    # an incomplete block keeps the dialog open with the reason
    def empty_body(dialog):
        dialog.findChild(QPlainTextEdit, "blockBody").setPlainText("  ")
        dialog.accept()
        seen.append(dialog.error.text())
        return False
    seen: list[str] = []
    answers.on_dialog = empty_body
    tab.library.handlers.edit_selected()
    assert seen == ["this block: field 'body': a block needs some text"]

    answers.confirm = True
    qtbot.keyClick(find(tab, QTreeWidget, "blockLibrary"), Qt.Key.Key_Delete)
    assert "Delete “Protect strong encryption (copy)”" in answers.questions[-1]
    with db.session() as session:
        titles = [b.title for b in session.exec(select(Block))]
    assert "Protect strong encryption (copy)" not in titles
    assert "Protect strong encryption" in titles


def test_library_import_and_export(qtbot, tab, tmp_path, answers):
    out = tmp_path / "shared.json"
    tab.library.search.setText("spyware")
    assert tab.library.handlers.export_file(out, only_visible=True) == 2
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {b["title"] for b in data["blocks"]} == {
        "Commercial spyware left unaddressed", "Moratorium on commercial spyware"}
    data["blocks"][0]["title"] = "Spyware, a coalition's wording"
    data["blocks"][0]["body"] = "the sale of spyware to governments that abuse it"
    out.write_text(json.dumps(data), encoding="utf-8")
    result = tab.library.handlers.import_file(out)
    assert (result.added, result.skipped) == (1, 1)
    assert "1 block added, 1 already in the library" in tab.message_label.text()
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "signon-blocks/1", "blocks": [{"kind": "x", "body": "y"}]}')
    assert tab.library.handlers.import_file(bad) is None
    assert answers.errors == [f"{bad}: block 1: field 'kind': 'x' is not one of intro, "
                              "concern, recommendation, closing"]


def test_drop_from_library_and_drag_reorder(qtbot, tab):
    tree = outline(tab)
    with tab.db.session() as session:
        block = session.exec(select(Block).where(
            Block.title == "Internet shutdowns not mentioned")).one()
    first_item = tree.topLevelItem(1).child(0)
    rect = tree.visualItemRect(first_item)
    mime = QMimeData()
    mime.setData(BLOCK_MIME, json.dumps([block.id]).encode())
    event = QDropEvent(QPointF(rect.center().x(), rect.top() + 2),
                       Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    tree.dropEvent(event)
    assert event.isAccepted() and event.dropAction() == Qt.DropAction.CopyAction
    wait_preview(qtbot, tab, "First, the omission of internet shutdowns",
                 "Second, the paragraphs calling for closing")
    # dragging an item within the outline moves it (one undo step)
    last = tree.topLevelItem(1).child(5)
    first = tree.topLevelItem(1).child(0)
    rect = tree.visualItemRect(first)
    mime = QMimeData()
    mime.setData(OUTLINE_MIME, json.dumps(last.data(0, Qt.ItemDataRole.UserRole)).encode())
    event = QDropEvent(QPointF(rect.center().x(), rect.top() + 2),
                       Qt.DropAction.MoveAction | Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    tree.dropEvent(event)
    assert event.dropAction() == Qt.DropAction.CopyAction  # Qt must not delete rows itself
    wait_preview(qtbot, tab, "First, while the resolution focuses",
                 "Second, the omission of internet shutdowns")
    # an item cannot be dropped into a paragraph section
    intro = tree.visualItemRect(tree.topLevelItem(0))
    assert tree._target(intro.center(), mime) is None
    # a dropped intro block becomes a section, not an item
    target = drop_target(tab.composer.doc, tree.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole),
                         "above", wants_item=False)
    assert target == (0, None)
    assert tree.itemAt(QPoint(rect.center().x(), rect.center().y())) is not None


def test_document_rules_for_inserting_and_moving():
    doc = StatementDoc.from_drafts([SectionDraft("intro", text="Hi."),
                                    SectionDraft("closing", text="Bye.")])
    uid = doc.insert_block(BlockRef(1, "recommendation", "act now"))
    assert [s.kind for s in doc.sections] == [SectionKind.INTRO, SectionKind.RECOMMENDATION,
                                              SectionKind.CLOSING]
    doc.insert_block(BlockRef(2, "concern", "the gap"))
    assert [s.kind.value for s in doc.sections] == ["intro", "concern", "recommendation",
                                                    "closing"]
    second = doc.insert_block(BlockRef(3, "recommendation", "fund it"), selected_uid=uid)
    assert [i.text for i in doc.sections[2].items] == ["act now", "fund it"]
    doc.insert_block(BlockRef(4, "recommendation", "between"), selected_uid=uid)
    assert [i.text for i in doc.sections[2].items] == ["act now", "between", "fund it"]
    assert doc.move(second, -1) and [i.text for i in doc.sections[2].items][1] == "fund it"
    assert not doc.move(doc.sections[0].uid, -1)
    assert doc.move_to(doc.sections[3].uid, 0, None)
    assert doc.sections[0].kind is SectionKind.CLOSING
    item = doc.sections[2].items[0].uid
    assert doc.move_to(item, 3, 0)  # an item into another list
    assert [i.text for i in doc.sections[3].items] == ["the gap", "act now", "fund it",
                                                       "between"]
    assert doc.sections[2].items == []
    assert not doc.move_to(item, 0, 0)  # not into a paragraph section
    drafts = doc.to_drafts()
    assert drafts[3].provenance() == (None, (2, 1, 3, 4))


def test_screenshots_at_two_sizes(qtbot, tab, tmp_path):
    """The three panes fit at 1280×800 and at a small 900×600 window."""
    for width, height in ((1280, 800), (900, 600)):
        tab.resize(width, height)
        qtbot.wait(50)
        select_row(tab, 1, 1)
        tab.render_preview()
        image = tab.grab()
        path = tmp_path / f"statement-{width}x{height}.png"
        assert image.save(str(path))
        assert image.width() == width and image.height() == height
        sizes = tab.splitter.sizes()
        assert all(size >= 200 for size in sizes), sizes
        for button in (tab.composer.freeze_button, tab.composer.versions_button,
                       tab.library.insert_button, tab.library.new_button,
                       tab.library.more_button,
                       tab.composer.add_button, tab.composer.delete_button,
                       tab.composer.redo_button):
            assert button.isVisible()
            assert button.width() >= button.minimumSizeHint().width()


def test_no_campaign_and_rtl_preview(qtbot, db, answers):
    widget = StatementTab(db)
    qtbot.addWidget(widget)
    assert "Choose a campaign" in widget.preview.toPlainText()
    assert not widget.library.insert_button.isEnabled()
    with db.session() as session:
        c = create_campaign(session, "بيان مشترك", language="ar")
        replace_sections(session, c.id, [SectionDraft(
            "concern", items=["الفقرات الأولى", "الفقرات الثانية", "الفقرات الثالثة"])])
    widget.set_campaign(c.id)
    text = widget.preview.toPlainText()
    assert "أولاً، الفقرات الأولى." in text and "وأخيراً، الفقرات الثالثة." in text
    assert 'dir="rtl"' in widget.preview.toHtml() or \
        widget.preview.document().firstBlock().textDirection() == Qt.LayoutDirection.RightToLeft
    widget.set_campaign(None)
    assert widget.campaign_id is None
    with db.session() as session:
        assert len(library.list_blocks(session)) >= 20


def test_quitting_saves_and_ctrl_z_is_not_ambiguous(qtbot, tab, db, campaign):
    """The app's own Ctrl+Z (undo a campaign deletion) may be enabled at the
    same time: the composer's keys still undo the statement edit."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QAction, QKeySequence

    window_undo = QAction("Undo delete", tab)
    window_undo.setShortcut(QKeySequence.StandardKey.Undo)
    window_undo.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    fired = []
    window_undo.triggered.connect(lambda: fired.append(True))
    tab.addAction(window_undo)

    select_row(tab, 1, 0)
    qtbot.keyClick(outline(tab), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    wait_preview(qtbot, tab, "First, we are deeply concerned")
    qtbot.keyClick(outline(tab), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_preview(qtbot, tab, "First, the paragraphs calling")
    assert fired == []

    editor = find(tab, QPlainTextEdit, "itemText")
    select_row(tab, 1, 0)
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.Start)
    qtbot.keyClicks(editor, "Today, ")
    assert tab.has_unsaved_changes()
    QCoreApplication.instance().aboutToQuit.emit()
    assert not tab.has_unsaved_changes()
    with db.session() as session:
        assert load_sections(session, campaign)[1].items[0].startswith("Today, the paragraphs")


def test_campaign_deleted_while_editing_is_not_an_error(qtbot, tab, db, campaign):
    from signon.store.campaigns import delete_campaign

    select_row(tab, 0)
    qtbot.keyClicks(find(tab, QPlainTextEdit, "sectionText"), "Unsaved ")
    with db.session() as session:
        delete_campaign(session, campaign)
    tab.set_campaign(None)
    assert "failed" not in tab.message_label.text()
    assert tab.campaign_id is None


def test_library_titles_get_the_width_and_the_whole_block_is_read(qtbot, tab):
    """Titles were cut to "Before the fi…" by a language column as wide as
    they were; the selected block's text showed three lines of it."""
    from signon.ui.statement.library_tree import BODY_ROLE

    tree = tab.library.tree
    tab.library.language_filter.setCurrentIndex(0)  # all languages: the column shows
    assert not tree.isColumnHidden(1)
    item = tree.topLevelItem(0).child(0)
    assert tree.columnWidth(0) >= 3 * tree.columnWidth(1)
    assert item.text(1) in {"en", "es", "fr"} or "+" in item.text(1)
    assert item.toolTip(0).startswith(item.text(0) + "\n\n")  # the whole title, then the text
    assert item.data(0, BODY_ROLE) in item.toolTip(0)
    tree.setCurrentItem(item)
    details = tab.library.details
    document_height = details.document().size().height()
    assert document_height <= details.viewport().height() + 1, "the block is read whole"
    mime = tree.mimeData([item])
    assert mime.text() == item.data(0, BODY_ROLE)  # a drag carries the text, not the title
