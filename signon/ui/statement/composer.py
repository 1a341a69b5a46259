"""The composer: outline of the statement, an editor for the selected
section or item, and the statement's status (words, empty sections, version).

All edits become commands on the tab's QUndoStack; the panel applies what the
commands report (`structure_changed`, `field_changed`) and emits `edited`, on
which the tab schedules the preview and the autosave.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCursor, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from signon.domain.compose import (
    ORDINALS,
    Numbering,
    SectionKind,
    base_language,
    lead_ins,
    word_count,
)
from signon.ui import labels
from signon.ui.i18n import translate
from signon.ui.statement.commands import FieldCommand, get_field, structural
from signon.ui.statement.document import BlockRef, StatementDoc
from signon.ui.statement.fields import StackLineEdit, StackTextEdit
from signon.ui.statement.outline import OutlineTree, section_title
from signon.ui.statement.translation_bar import TranslationBar
from signon.ui.statement.translation_commands import TranslationCommand, get_translations
from signon.ui.statement.translation_panel import TranslationPanel
from signon.ui.statement.translation_status import summary_line

TEXT_KINDS = (SectionKind.INTRO, SectionKind.CLOSING, SectionKind.TEXT)
LIST_KINDS = (SectionKind.CONCERN, SectionKind.RECOMMENDATION)
TYPING_FIELDS = ("text", "lead", "title")
#: What the Add menu adds (translated when shown, context "ComposerPanel").
ADD_LABELS = {
    SectionKind.INTRO: QT_TRANSLATE_NOOP("ComposerPanel", "Introduction paragraph"),
    SectionKind.CONCERN: QT_TRANSLATE_NOOP("ComposerPanel", "Concern list"),
    SectionKind.RECOMMENDATION: QT_TRANSLATE_NOOP("ComposerPanel", "Recommendation list"),
    SectionKind.CLOSING: QT_TRANSLATE_NOOP("ComposerPanel", "Closing paragraph"),
    SectionKind.TEXT: QT_TRANSLATE_NOOP("ComposerPanel", "Free text"),
}


def item_caption(kind: SectionKind, index: int, count: int) -> str:
    """"Concern 2 of 5"."""
    if kind is SectionKind.RECOMMENDATION:
        return translate("ComposerPanel", "Recommendation {number} of {count}").format(
            number=labels.format_number(index + 1), count=labels.format_number(count))
    return translate("ComposerPanel", "Concern {number} of {count}").format(
        number=labels.format_number(index + 1), count=labels.format_number(count))


def numbering_label(style: Numbering, language: str) -> str:
    """The ordinal style shows the letter language's own words when there are some."""
    if style is Numbering.ORDINAL and base_language(language) in ORDINALS:
        first, second, last = lead_ins(3, Numbering.ORDINAL, language)
        return f"{first}, {second} … {last}"
    return labels.numbering_label(style.value)


class ComposerPanel(QWidget):
    edited = Signal()
    freeze_requested = Signal()
    versions_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("composerPanel")
        # the panel's first child, so it is destroyed before the buttons that
        # show its state (its last signals must not reach deleted buttons)
        self.stack = stack = QUndoStack(self)
        self.doc = StatementDoc()
        self.language = "en"
        self._loading = False
        self._shown_uid: int | None = None
        #: Title of a library block by id, for "copied from …" (set by the tab).
        self.block_title: Callable[[int], str | None] = lambda _id: None
        #: The language being translated beside the primary text (None: off),
        #: the campaign's translation languages, and its title/addressee
        #: fields for the status summary (set by the tab).
        self.translation_language: str | None = None
        self.translation_languages: list[str] = []
        self.campaign_fields: dict | None = None

        # header: title, version status, version actions
        heading = QLabel(self.tr("<b>Statement</b>"))
        self.version_label = QLabel(objectName="versionStatus")
        self.version_label.setTextFormat(Qt.TextFormat.PlainText)  # may quote names and titles
        self.version_label.setProperty("role", "muted")
        self.version_label.setWordWrap(True)
        self.versions_button = QPushButton(self.tr("Versions"), objectName="versionsButton")
        self.versions_button.setToolTip(self.tr("Compare frozen versions, restore an old one"))
        self.freeze_button = QPushButton(self.tr("Freeze…"), objectName="freezeVersionButton")
        self.freeze_button.setToolTip(
            self.tr("Make the current text an immutable numbered version that endorsements "
                    "point at"))
        self.versions_button.clicked.connect(self.versions_requested)
        self.freeze_button.clicked.connect(self.freeze_requested)
        header = QHBoxLayout()
        header.addWidget(heading, 1)
        header.addWidget(self.versions_button)
        header.addWidget(self.freeze_button)

        # toolbar: add, move, delete, undo/redo
        self.add_button = QToolButton(objectName="addSectionButton")
        self.add_button.setText(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add a section or an item"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.add_button)
        self.add_item_action = menu.addAction(self.tr("Item in the selected list"), self.add_item)
        self.add_item_action.setShortcut(QKeySequence("Ctrl+Shift+Return"))
        menu.addSeparator()
        for kind in (SectionKind.INTRO, SectionKind.CONCERN, SectionKind.RECOMMENDATION,
                     SectionKind.CLOSING, SectionKind.TEXT):
            menu.addAction(self.tr(ADD_LABELS[kind]), lambda k=kind: self.add_section(k))
        self.add_button.setMenu(menu)
        self.up_button = self._tool("moveUpButton", self.tr("Up"), self.tr("Move up"), "Alt+Up",
                                    lambda: self.move_selected(-1))
        self.down_button = self._tool("moveDownButton", self.tr("Down"), self.tr("Move down"),
                                      "Alt+Down", lambda: self.move_selected(1))
        self.delete_button = self._tool("deleteNodeButton", self.tr("Delete"),
                                        self.tr("Delete the selected section or item"), "Delete",
                                        self.delete_selected)
        for button, icon in ((self.up_button, QStyle.StandardPixmap.SP_ArrowUp),
                             (self.down_button, QStyle.StandardPixmap.SP_ArrowDown),
                             (self.delete_button, QStyle.StandardPixmap.SP_TrashIcon)):
            button.setIcon(self.style().standardIcon(icon))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.undo_button = self._tool("undoButton", self.tr("Undo"), self.tr("Undo"), "Ctrl+Z",
                                      stack.undo)
        self.redo_button = self._tool("redoButton", self.tr("Redo"), self.tr("Redo"),
                                      "Ctrl+Shift+Z", stack.redo)
        stack.canUndoChanged.connect(self.undo_button.setEnabled)
        stack.canRedoChanged.connect(self.redo_button.setEnabled)
        stack.undoTextChanged.connect(self._undo_tip)
        stack.redoTextChanged.connect(self._redo_tip)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        toolbar = QHBoxLayout()
        toolbar.setSpacing(2)
        for button in (self.add_button, self.up_button, self.down_button, self.delete_button):
            toolbar.addWidget(button)
        toolbar.addStretch(1)
        toolbar.addWidget(self.undo_button)
        toolbar.addWidget(self.redo_button)

        # banner: editing after a frozen version
        self.banner = QFrame(objectName="reconfirmBanner")
        self.banner.setProperty("role", "banner")
        self.banner_text = QLabel(objectName="reconfirmText")
        self.banner_text.setTextFormat(Qt.TextFormat.PlainText)  # may quote names and titles
        self.banner_text.setWordWrap(True)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(8, 6, 8, 6)
        banner_layout.addWidget(self.banner_text)
        self.banner.hide()

        self.outline = OutlineTree(self)
        self.outline.undo_stack = stack
        self.outline.currentItemChanged.connect(lambda *_: self._load_editor())
        self.outline.move_requested.connect(self.move_uid)
        self.outline.delete_requested.connect(self.delete_uid)
        self.outline.edit_requested.connect(self.focus_editor)
        self.outline.node_dropped.connect(self.drop_node)

        self.editor = QStackedWidget(objectName="sectionEditor")
        self._build_pages(stack)
        self.translation_bar = TranslationBar(self)
        self.translation_bar.language_changed.connect(self.set_translation_language)
        self.translation_panel = TranslationPanel(stack, self)
        self.translation_panel.edited.connect(self._edit_translation)
        self.translation_panel.confirmed.connect(self._confirm_translation)
        self.translation_panel.hide()

        self.split = split = QSplitter(Qt.Orientation.Vertical, objectName="composerSplitter")
        split.addWidget(self.outline)
        split.addWidget(self.editor)
        split.addWidget(self.translation_panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setStretchFactor(2, 2)
        split.setChildrenCollapsible(False)

        self.word_label = QLabel(objectName="wordCount")
        self.empty_label = QLabel(objectName="emptyWarning")
        self.empty_label.setProperty("role", "error")
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        status_row = QHBoxLayout()
        status_row.addWidget(self.word_label)
        status_row.addWidget(self.version_label, 1)
        status = QVBoxLayout()
        status.setSpacing(2)
        status.addLayout(status_row)
        status.addWidget(self.empty_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(3, 6, 3, 6)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addLayout(toolbar)
        layout.addWidget(self.translation_bar)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)
        layout.addLayout(status)

        for keys, delta in (("Alt+Up", -1), ("Alt+Down", 1)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, d=delta: self.move_selected(d))
            self.addAction(action)
        self.addAction(self.add_item_action)
        self.add_item_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._load_editor()

    def _undo_tip(self, text: str) -> None:
        tip = self.tr("Undo {action}").format(action=text) if text else self.tr("Undo")
        self.undo_button.setToolTip(f"{tip} (Ctrl+Z)")

    def _redo_tip(self, text: str) -> None:
        tip = self.tr("Redo {action}").format(action=text) if text else self.tr("Redo")
        self.redo_button.setToolTip(f"{tip} (Ctrl+Shift+Z)")

    def _tool(self, name: str, text: str, tip: str, keys: str, slot: Callable) -> QToolButton:
        button = QToolButton(objectName=name)
        button.setText(text)
        button.setToolTip(f"{tip} ({keys})")
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    # -- editor pages ---------------------------------------------------------------

    def _build_pages(self, stack: QUndoStack) -> None:
        self.empty_page = QLabel(
            self.tr("Select a section or an item to edit it. Insert wording from the block library "
                    "with Enter or by dragging it here, or add a section with Add."),
            objectName="composerEmptyPage")
        self.empty_page.setWordWrap(True)
        self.empty_page.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.empty_page.setProperty("role", "muted")

        # a paragraph section
        self.text_page = QWidget()
        self.text_kind = QComboBox(objectName="sectionKind")
        for kind in TEXT_KINDS:
            self.text_kind.addItem(section_title(kind), kind.value)
        self.text_title = StackLineEdit(stack, objectName="sectionTitle")
        self.text_title.setPlaceholderText(self.tr("Optional heading"))
        self.text_body = StackTextEdit(stack, objectName="sectionText")
        self.text_body.setPlaceholderText(self.tr("Paragraphs, separated by a blank line"))
        self.text_source = QLabel(objectName="sectionSource")
        self.text_source.setTextFormat(Qt.TextFormat.PlainText)  # may quote names and titles
        self.text_source.setProperty("role", "muted")
        row = QHBoxLayout()
        row.addWidget(self.text_kind)
        row.addWidget(self.text_title, 1)
        text_layout = QVBoxLayout(self.text_page)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.addLayout(row)
        text_layout.addWidget(self.text_body, 1)
        text_layout.addWidget(self.text_source)

        # a concern or recommendation list
        self.list_page = QWidget()
        self.list_kind = QComboBox(objectName="listKind")
        for kind in LIST_KINDS:
            self.list_kind.addItem(section_title(kind), kind.value)
        self.list_title = StackLineEdit(stack, objectName="listTitle")
        self.list_title.setPlaceholderText(self.tr("Optional heading"))
        self.lead = StackLineEdit(stack, objectName="sectionLead")
        self.lead.setPlaceholderText(self.tr("Optional, e.g. “Nonetheless, there are concerns "
                                             "with the resolution:”"))
        self.numbering = QComboBox(objectName="numberingStyle")
        self.add_item_button = QPushButton(self.tr("Add item"), objectName="addItemButton")
        self.add_item_button.clicked.connect(self.add_item)
        list_hint = QLabel(self.tr("Lead-ins are computed from the order of the items: select an "
                                   "item to edit it, Alt+Up/Down to move it."))
        list_hint.setWordWrap(True)
        list_hint.setProperty("role", "muted")
        form = QFormLayout(self.list_page)
        form.setContentsMargins(0, 0, 0, 0)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.list_kind)
        kind_row.addWidget(self.list_title, 1)
        form.addRow(self.tr("List"), kind_row)
        form.addRow(self.tr("&Lead sentence"), self.lead)
        numbering_row = QHBoxLayout()
        numbering_row.addWidget(self.numbering, 1)
        numbering_row.addWidget(self.add_item_button)
        form.addRow(self.tr("&Numbering"), numbering_row)
        form.addRow(list_hint)

        # one item
        self.item_page = QWidget()
        self.item_caption = QLabel(objectName="itemCaption")
        self.item_caption.setTextFormat(Qt.TextFormat.PlainText)  # may quote names and titles
        self.item_caption.setProperty("role", "caption")
        self.item_body = StackTextEdit(stack, objectName="itemText")
        self.item_body.setPlaceholderText(self.tr("the paragraphs calling for …"))
        item_hint = QLabel(self.tr("Write it without its lead-in (“the paragraphs calling for "
                                   "…”): the letter adds “First, …”, “Second, …”, “Finally, …” "
                                   "and renumbers when items move."))
        item_hint.setWordWrap(True)
        item_hint.setProperty("role", "muted")
        item_layout = QVBoxLayout(self.item_page)
        item_layout.setContentsMargins(0, 0, 0, 0)
        item_layout.addWidget(self.item_caption)
        item_layout.addWidget(self.item_body, 1)
        item_layout.addWidget(item_hint)

        for page in (self.empty_page, self.text_page, self.list_page, self.item_page):
            self.editor.addWidget(page)

        for widget, name in ((self.text_kind, self.tr("Section type")),
                             (self.text_title, self.tr("Heading")),
                             (self.text_body, self.tr("Section text")),
                             (self.list_kind, self.tr("List type")),
                             (self.list_title, self.tr("List heading")),
                             (self.lead, self.tr("Lead sentence")),
                             (self.numbering, self.tr("Numbering")),
                             (self.item_body, self.tr("Item text"))):
            widget.setAccessibleName(name)

        self.text_body.textChanged.connect(
            lambda: self._edit("text", self.text_body.toPlainText()))
        self.item_body.textChanged.connect(
            lambda: self._edit("text", self.item_body.toPlainText()))
        self.text_title.textEdited.connect(lambda t: self._edit("title", t))
        self.list_title.textEdited.connect(lambda t: self._edit("title", t))
        self.lead.textEdited.connect(lambda t: self._edit("lead", t))
        self.numbering.activated.connect(
            lambda _i: self._edit("numbering", self.numbering.currentData()))
        self.text_kind.activated.connect(
            lambda _i: self._edit("kind", self.text_kind.currentData()))
        self.list_kind.activated.connect(
            lambda _i: self._edit("kind", self.list_kind.currentData()))
        self._fill_numbering()

    def _fill_numbering(self) -> None:
        current = self.numbering.currentData()
        self.numbering.blockSignals(True)
        self.numbering.clear()
        for style in Numbering:
            self.numbering.addItem(numbering_label(style, self.language), style.value)
        if current is not None:
            self.numbering.setCurrentIndex(max(0, self.numbering.findData(current)))
        self.numbering.blockSignals(False)

    # -- document in and out ------------------------------------------------------------

    def set_document(self, doc: StatementDoc, language: str) -> None:
        self.doc = doc
        self.set_language(language, rebuild=False)
        first = doc.sections[0].uid if doc.sections else None
        self.outline.rebuild(doc, self.language, first)
        self._load_editor()

    def set_language(self, language: str, rebuild: bool = True) -> None:
        self.language = language or "en"
        self._fill_numbering()
        if rebuild:
            self.outline.rebuild(self.doc, self.language, self.outline.current_uid())

    def selected_uid(self) -> int | None:
        return self.outline.current_uid()

    # called by undo commands ----------------------------------------------------------

    def structure_changed(self, select_uid: int | None) -> None:
        self.outline.rebuild(self.doc, self.language, select_uid)
        self._load_editor()
        self.edited.emit()

    def field_changed(self, uid: int, name: str, value: str) -> None:
        section, _ = self.doc.find(uid)
        if section is not None:
            self.outline.refresh_section(section.uid)
        if uid != self._shown_uid:
            self.outline.select_uid(uid)  # undo brings the edited text into view
        else:
            self._sync_widget(name, value)
            self._update_caption()
            if self.translation_language:
                self.translation_panel.refresh()
        self.edited.emit()

    # -- editor <-> document ------------------------------------------------------------

    def _load_editor(self) -> None:
        uid = self.outline.current_uid()
        section, item = self.doc.find(uid)
        self._loading = True
        try:
            self._shown_uid = uid if section is not None else None
            if section is None:
                self.editor.setCurrentWidget(self.empty_page)
            elif item is not None:
                self._set_text(self.item_body, item.text)
                self._update_caption()
                self.editor.setCurrentWidget(self.item_page)
            elif section.kind.is_list:
                self.list_kind.setCurrentIndex(self.list_kind.findData(section.kind.value))
                self.list_title.setText(section.title)
                self.lead.setText(section.lead)
                self.numbering.setCurrentIndex(self.numbering.findData(section.numbering.value))
                self.editor.setCurrentWidget(self.list_page)
            else:
                self.text_kind.setCurrentIndex(self.text_kind.findData(section.kind.value))
                self.text_title.setText(section.title)
                self._set_text(self.text_body, section.text)
                title = self.block_title(section.source_block_id) \
                    if section.source_block_id else None
                self.text_source.setText(self.tr("Copied from library block “{title}”").format(
                    title=title) if title else "")
                self.text_source.setVisible(bool(title))
                self.editor.setCurrentWidget(self.text_page)
        finally:
            self._loading = False
        if self.translation_language:
            self._load_translation()
        self._update_actions()

    def _update_caption(self) -> None:
        section, item = self.doc.find(self._shown_uid)
        if section is None or item is None:
            return
        index = section.item_index(item.uid)
        caption = item_caption(section.kind, index, len(section.items))
        title = self.block_title(item.source_block_id) if item.source_block_id else None
        if title:
            caption += "  ·  " + self.tr("copied from “{title}”").format(title=title)
        self.item_caption.setText(caption)

    def _sync_widget(self, name: str, value: str) -> None:
        section, item = self.doc.find(self._shown_uid)
        if section is None:
            return
        self._loading = True
        try:
            if item is not None:
                self._set_text(self.item_body, value)
            elif name == "text":
                self._set_text(self.text_body, value)
            elif name == "title":
                widget = self.list_title if section.kind.is_list else self.text_title
                if widget.text() != value:
                    widget.setText(value)
            elif name == "lead" and self.lead.text() != value:
                self.lead.setText(value)
            elif name == "numbering":
                self.numbering.setCurrentIndex(self.numbering.findData(value))
            elif name == "kind":
                combo = self.list_kind if section.kind.is_list else self.text_kind
                combo.setCurrentIndex(combo.findData(value))
        finally:
            self._loading = False

    @staticmethod
    def _set_text(widget: StackTextEdit, value: str) -> None:
        """Replace the text only if it differs, leaving the cursor where the
        change was (so undo puts you back at the undone words)."""
        old = widget.toPlainText()
        if old == value:
            return
        prefix = 0
        for a, b in zip(old, value, strict=False):
            if a != b:
                break
            prefix += 1
        widget.setPlainText(value)
        cursor = widget.textCursor()
        cursor.setPosition(min(prefix + max(0, len(value) - len(old)), len(value)),
                           QTextCursor.MoveMode.MoveAnchor)
        widget.setTextCursor(cursor)

    def _edit(self, name: str, value: str) -> None:
        if self._loading or self._shown_uid is None:
            return
        old = get_field(self.doc, self._shown_uid, name)
        if old == value:
            return
        self.stack.push(FieldCommand(self, self._shown_uid, name, old, value,
                                     typing=name in TYPING_FIELDS))

    def focus_editor(self, _uid: int | None = None) -> None:
        if self.translation_language:
            self.translation_panel.focus_editor()
            return
        page = self.editor.currentWidget()
        target = {self.item_page: self.item_body, self.text_page: self.text_body,
                  self.list_page: self.lead}.get(page)
        if target is not None:
            target.setFocus()

    def _update_actions(self) -> None:
        section, item = self.doc.find(self._shown_uid)
        has = section is not None
        self.up_button.setEnabled(has)
        self.down_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.add_item_action.setEnabled(has and section.kind.is_list)

    # -- structural edits -------------------------------------------------------------------

    def _push_structural(self, text: str, change: Callable[[StatementDoc], int | None]) -> bool:
        command = structural(self, text, change, self.selected_uid())
        if command is None:
            return False
        self.stack.push(command)
        return True

    def insert_block(self, block: BlockRef,
                     position: tuple[int, int | None] | None = None) -> bool:
        selected = self.selected_uid()
        label = self.tr("Insert “{title}”").format(title=block.title) if block.title \
            else self.tr("Insert block")
        return self._push_structural(
            label, lambda d: d.insert_block(block, selected, position))

    def insert_blocks(self, blocks: list[BlockRef], position: tuple[int, int | None]) -> bool:
        """Several blocks dropped at once land in order, as one undo step."""

        def change(doc: StatementDoc) -> int | None:
            uid = None
            section_index, item_index = position
            for block in blocks:
                before = len(doc.sections)
                uid = doc.insert_block(block, None, (section_index, item_index))
                if item_index is not None and len(doc.sections) == before:
                    item_index += 1
                else:
                    section_index = doc.section_index(doc.find(uid)[0].uid) + 1
                    item_index = None
            return uid

        return self._push_structural(self.tr("Insert blocks"), change)

    def add_section(self, kind: SectionKind) -> None:
        selected = self.selected_uid()

        def change(doc: StatementDoc) -> int:
            section, _ = doc.find(selected)
            position = doc.section_index(section.uid) + 1 if section is not None else None
            node = doc.add_section(kind, position)
            if kind.is_list:
                return doc.add_item(node.uid).uid
            return node.uid

        if self._push_structural(self.tr("Add {what}").format(
                what=self.tr(ADD_LABELS[kind]).lower()), change):
            self.focus_editor()

    def add_item(self) -> None:
        selected = self.selected_uid()
        section, item = self.doc.find(selected)
        if section is None or not section.kind.is_list:
            return
        index = section.item_index(item.uid) + 1 if item is not None else None
        if self._push_structural(
                self.tr("Add item"), lambda d: d.add_item(section.uid, index).uid):
            self.focus_editor()

    def move_selected(self, delta: int) -> None:
        uid = self.selected_uid()
        if uid is not None:
            self.move_uid(uid, delta)

    def move_uid(self, uid: int, delta: int) -> None:
        had_focus = self.focusWidget()
        label = self.tr("Move up") if delta < 0 else self.tr("Move down")
        self._push_structural(label, lambda d: uid if d.move(uid, delta) else uid)
        if had_focus is not None and had_focus.isVisible():
            had_focus.setFocus()

    def delete_selected(self) -> None:
        uid = self.selected_uid()
        if uid is not None:
            self.delete_uid(uid)

    def delete_uid(self, uid: int) -> None:
        section, item = self.doc.find(uid)
        if section is None:
            return
        label = self.tr("Delete item") if item is not None else self.tr("Delete {section}").format(
            section=section_title(section.kind))
        self._push_structural(label, lambda d: d.remove(uid))

    def drop_node(self, uid: int, target: tuple[int, int | None]) -> None:
        self._push_structural(self.tr("Move"), lambda d: uid if d.move_to(uid, *target) else uid)

    def replace_document(self, doc: StatementDoc, label: str) -> None:
        """Replace the whole text (restoring a version) as one undoable step."""

        def change(current: StatementDoc) -> int | None:
            current.sections = doc.snapshot()
            return current.sections[0].uid if current.sections else None

        self._push_structural(label, change)

    # -- status ---------------------------------------------------------------------------

    def refresh_status(self) -> None:
        drafts = self.doc.to_drafts()
        words = word_count(drafts)
        self.word_label.setText(self.tr("%Ln words", "", words))
        empty = [section_title(s.kind) for s in self.doc.sections
                 if (s.kind.is_list and not any(i.text.strip() for i in s.items))
                 or (not s.kind.is_list and not s.text.strip())]
        blank_items = sum(1 for s in self.doc.sections for i in s.items if not i.text.strip()
                          and any(j.text.strip() for j in s.items))
        if not self.doc.sections:
            warning = self.tr("The statement is empty: insert blocks from the library or use "
                              "Add.")
        elif empty:
            warning = "⚠ " + self.tr("Empty sections: {names} (not printed; write them or "
                                     "delete them)", "", len(empty)).format(
                names=", ".join(empty))
        elif blank_items:
            warning = "⚠ " + self.tr("%Ln empty items (not printed)", "", blank_items)
        else:
            warning = ""
        self.empty_label.setText(warning)
        self.empty_label.setVisible(bool(warning))
        if self.translation_languages:
            self.translation_bar.set_summary(
                summary_line(self.doc, self.translation_languages, self.campaign_fields))

    def set_banner(self, text: str | None) -> None:
        self.banner_text.setText(text or "")
        self.banner.setVisible(bool(text))

    def set_version_status(self, text: str) -> None:
        self.version_label.setText(text)

    def set_enabled_for_campaign(self, enabled: bool) -> None:
        for widget in (self.outline, self.editor, self.add_button, self.freeze_button,
                       self.versions_button, self.translation_bar, self.translation_panel):
            widget.setEnabled(enabled)
        if not enabled:
            for button in (self.up_button, self.down_button, self.delete_button):
                button.setEnabled(False)

    # -- translations ---------------------------------------------------------------------

    def set_translation_languages(self, languages: list[str]) -> None:
        """The campaign's translation languages (the bar keeps the chosen one
        while it is still among them)."""
        self.translation_languages = list(languages)
        self.translation_bar.set_languages(self.language, self.translation_languages)
        if not self.translation_languages:
            self.translation_bar.status.setToolTip("")

    def set_translation_language(self, language: str | None) -> None:
        """Translate into `language` beside the primary text, or (None) edit
        the primary text. The outline shows each node's status in it."""
        language = language or None
        if language is not None and language not in self.translation_languages:
            return
        if self.translation_bar.language() != language:
            self.translation_bar.set_language(language)  # emits back here once
            return
        if language == self.translation_language:
            return
        self.translation_language = language
        self.editor.setVisible(language is None)
        self.translation_panel.setVisible(language is not None)
        if language is not None:
            # two texts side by side (or stacked) need more room than one
            total = sum(self.split.sizes())
            self.split.setSizes([total * 2 // 5, 0, total - total * 2 // 5])
        self.outline.status_language = language
        self.outline.rebuild(self.doc, self.language, self.outline.current_uid())
        self._load_editor()

    def _load_translation(self) -> None:
        section, item = self.doc.find(self._shown_uid)
        language = self.translation_language or ""
        if section is None:
            caption = ""
        elif item is not None:
            index = section.item_index(item.uid)
            caption = (item_caption(section.kind, index, len(section.items))
                       + f" · {self.language} → {language}")
        else:
            caption = f"{section_title(section.kind)} · {self.language} → {language}"
        self.translation_panel.show_node(section, item, language, self.language, caption)

    def translation_changed(self, uid: int, language: str, name: str) -> None:
        """Called by translation commands (do, undo, redo)."""
        section, _ = self.doc.find(uid)
        if section is not None:
            self.outline.refresh_section(section.uid)
        if language != self.translation_language:
            self.translation_bar.set_language(language)
        if uid != self._shown_uid:
            self.outline.select_uid(uid)
        else:
            self.translation_panel.refresh()
        self.edited.emit()

    def _edit_translation(self, name: str, text: str) -> None:
        self._push_translation(name, text, typing=True)

    def _confirm_translation(self, name: str) -> None:
        self._push_translation(name, None, typing=False)

    def _push_translation(self, name: str, text: str | None, typing: bool) -> None:
        """A keystroke in a translation (`text`), or "Mark as up to date"
        (None), as one command on the composer's undo stack."""
        from signon.domain.translations import mark_current, with_translation

        uid, language = self._shown_uid, self.translation_language
        if uid is None or language is None:
            return
        section, item = self.doc.find(uid)
        if section is None:
            return
        primary = getattr(item if item is not None else section, name)
        old = get_translations(self.doc, uid)
        if text is None:
            new = mark_current(old, language, name, primary)
            label = self.tr("Mark translation as up to date")
        else:
            new = with_translation(old, language, name, text, primary)
            label = self.tr("Edit translation")
        if new == old:
            return
        self.stack.push(TranslationCommand(self, uid, language, name, old, new, label,
                                           typing=typing))
