"""The composer's widgets and their layout: the heading with the version
buttons, the toolbar (Add, Up, Down, Delete, Undo, Redo), the translation
bar, the banner about frozen versions, the outline above the editor of the
selected section or item (or, while translating, the translation panel),
and the status line.

Layout only, after TagStudio's convention: `ComposerPanel` (composer.py)
subclasses this view and wires it to the document and the undo stack. The
view keeps to what only shows: the Undo/Redo buttons follow the stack, and
the setters below fill in what the panel decides. The texts keep the
translation context "ComposerPanel" they were written in.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from signon.domain.compose import ORDINALS, Marker, Numbering, SectionKind, lead_ins
from signon.domain.languages import base_language
from signon.ui import labels
from signon.ui.i18n import translate
from signon.ui.statement.fields import StackLineEdit, StackTextEdit
from signon.ui.statement.outline import OutlineTree, section_title
from signon.ui.statement.translation_bar import TranslationBar
from signon.ui.statement.translation_panel import TranslationPanel

TEXT_KINDS = (SectionKind.INTRO, SectionKind.CLOSING, SectionKind.TEXT)
LIST_KINDS = (SectionKind.CONCERN, SectionKind.RECOMMENDATION, SectionKind.LIST)
#: What the Add menu adds (translated when shown, context "ComposerPanel").
ADD_LABELS = {
    SectionKind.INTRO: QT_TRANSLATE_NOOP("ComposerPanel", "Introduction paragraph"),
    SectionKind.CONCERN: QT_TRANSLATE_NOOP("ComposerPanel", "Concern list"),
    SectionKind.RECOMMENDATION: QT_TRANSLATE_NOOP("ComposerPanel", "Recommendation list"),
    SectionKind.CLOSING: QT_TRANSLATE_NOOP("ComposerPanel", "Closing paragraph"),
    SectionKind.TEXT: QT_TRANSLATE_NOOP("ComposerPanel", "Free text"),
    SectionKind.LIST: QT_TRANSLATE_NOOP("ComposerPanel", "Plain list (findings, conclusions)"),
}
#: What is drawn before each item (translated when shown, context "ComposerPanel").
MARKERS = (
    (Marker.BULLET, QT_TRANSLATE_NOOP("ComposerPanel", "• Bulleted")),
    (Marker.NONE, QT_TRANSLATE_NOOP("ComposerPanel", "Plain paragraphs")),
)


def numbering_label(style: Numbering, language: str) -> str:
    """The ordinal style shows the letter language's own words when there are some."""
    if style is Numbering.ORDINAL and base_language(language) in ORDINALS:
        first, second, last = lead_ins(3, Numbering.ORDINAL, language)
        return f"{first}, {second} … {last}"
    return labels.numbering_label(style.value)


class ComposerView(QWidget):
    """The composer's widgets (see the module docstring); `stack` is the
    undo stack every edit goes on, `editor` shows one of `empty_page`,
    `text_page`, `list_page` and `item_page`."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("composerPanel")
        # the panel's first child, so it is destroyed before the buttons that
        # show its state (its last signals must not reach deleted buttons)
        self.stack = QUndoStack(self)
        header = self._build_header()
        toolbar = self._build_toolbar()
        self._build_banner()
        self.outline = OutlineTree(self)
        self.outline.undo_stack = self.stack
        self.editor = QStackedWidget(objectName="sectionEditor")
        self._build_pages()
        self._build_editor_area()
        self.translation_bar = TranslationBar(self)
        self.translation_panel = TranslationPanel(self.stack, self)
        self.translation_panel.hide()
        self._build_split()
        status = self._build_status()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(3, 6, 3, 6)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addLayout(toolbar)
        layout.addWidget(self.translation_bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.split, 1)
        layout.addLayout(status)
        self._build_shortcuts()

    def _build_header(self) -> QLayout:
        """Title, version status, version actions."""
        heading = QLabel(translate("ComposerPanel", "<b>Statement</b>"))
        self.version_label = QLabel(objectName="versionStatus")
        self.version_label.setTextFormat(Qt.TextFormat.PlainText)  # may quote names and titles
        self.version_label.setProperty("role", "muted")
        self.version_label.setWordWrap(True)
        self.versions_button = QPushButton(translate("ComposerPanel", "Versions"),
                                           objectName="versionsButton")
        self.versions_button.setToolTip(
            translate("ComposerPanel", "Compare frozen versions, restore an old one"))
        self.freeze_button = QPushButton(translate("ComposerPanel", "Freeze…"),
                                         objectName="freezeVersionButton")
        self.freeze_button.setToolTip(translate(
            "ComposerPanel", "Keep the current text as a numbered version that never "
                             "changes; each endorsement records the version it agreed to"))
        header = QHBoxLayout()
        header.addWidget(heading, 1)
        header.addWidget(self.versions_button)
        header.addWidget(self.freeze_button)
        return header

    def _build_toolbar(self) -> QLayout:
        """Add (a menu), Up, Down, Delete; Undo and Redo at the other end."""
        self.add_button = QToolButton(objectName="addSectionButton")
        self.add_button.setText(translate("ComposerPanel", "Add"))
        self.add_button.setToolTip(translate("ComposerPanel", "Add a section or an item"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_button.setMenu(self._build_add_menu())
        self.up_button = self._tool("moveUpButton", translate("ComposerPanel", "Up"),
                                    translate("ComposerPanel", "Move up"), "Alt+Up")
        self.down_button = self._tool("moveDownButton", translate("ComposerPanel", "Down"),
                                      translate("ComposerPanel", "Move down"), "Alt+Down")
        self.delete_button = self._tool(
            "deleteNodeButton", translate("ComposerPanel", "Delete"),
            translate("ComposerPanel", "Delete the selected section or item"), "Delete")
        for button, icon in ((self.up_button, QStyle.StandardPixmap.SP_ArrowUp),
                             (self.down_button, QStyle.StandardPixmap.SP_ArrowDown),
                             (self.delete_button, QStyle.StandardPixmap.SP_TrashIcon)):
            button.setIcon(self.style().standardIcon(icon))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self._build_undo_buttons()
        toolbar = QHBoxLayout()
        toolbar.setSpacing(2)
        for button in (self.add_button, self.up_button, self.down_button, self.delete_button):
            toolbar.addWidget(button)
        toolbar.addStretch(1)
        toolbar.addWidget(self.undo_button)
        toolbar.addWidget(self.redo_button)
        return toolbar

    def _build_add_menu(self) -> QMenu:
        """An item in the selected list (`add_item_action`), or a section of
        each kind (`add_section_actions`)."""
        menu = QMenu(self.add_button)
        self.add_item_action = menu.addAction(
            translate("ComposerPanel", "Item in the selected list"))
        self.add_item_action.setShortcut(QKeySequence("Ctrl+Shift+Return"))
        menu.addSeparator()
        self.add_section_actions = {
            kind: menu.addAction(translate("ComposerPanel", ADD_LABELS[kind]))
            for kind in (SectionKind.INTRO, SectionKind.CONCERN, SectionKind.RECOMMENDATION,
                         SectionKind.LIST, SectionKind.CLOSING, SectionKind.TEXT)}
        return menu

    def _build_undo_buttons(self) -> None:
        """Undo and Redo, enabled and described by the stack."""
        stack = self.stack
        self.undo_button = self._tool("undoButton", translate("ComposerPanel", "Undo"),
                                      translate("ComposerPanel", "Undo"), "Ctrl+Z")
        self.redo_button = self._tool("redoButton", translate("ComposerPanel", "Redo"),
                                      translate("ComposerPanel", "Redo"), "Ctrl+Shift+Z")
        self.undo_button.clicked.connect(stack.undo)
        self.redo_button.clicked.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo_button.setEnabled)
        stack.canRedoChanged.connect(self.redo_button.setEnabled)
        stack.undoTextChanged.connect(self._undo_tip)
        stack.redoTextChanged.connect(self._redo_tip)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)

    def _undo_tip(self, text: str) -> None:
        tip = translate("ComposerPanel", "Undo {action}").format(action=text) if text \
            else translate("ComposerPanel", "Undo")
        self.undo_button.setToolTip(f"{tip} (Ctrl+Z)")

    def _redo_tip(self, text: str) -> None:
        tip = translate("ComposerPanel", "Redo {action}").format(action=text) if text \
            else translate("ComposerPanel", "Redo")
        self.redo_button.setToolTip(f"{tip} (Ctrl+Shift+Z)")

    @staticmethod
    def _tool(name: str, text: str, tip: str, keys: str) -> QToolButton:
        button = QToolButton(objectName=name)
        button.setText(text)
        button.setToolTip(f"{tip} ({keys})")
        button.setAccessibleName(tip)
        return button

    def _build_banner(self) -> None:
        """Editing after a frozen version: what it means for endorsements."""
        self.banner = QFrame(objectName="reconfirmBanner")
        self.banner.setProperty("role", "banner")
        self.banner_text = QLabel(objectName="reconfirmText")
        self.banner_text.setTextFormat(Qt.TextFormat.PlainText)  # may quote names and titles
        self.banner_text.setWordWrap(True)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(8, 6, 8, 6)
        banner_layout.addWidget(self.banner_text)
        self.banner.hide()

    # -- editor pages ---------------------------------------------------------------

    def _build_pages(self) -> None:
        self.empty_page = QLabel(
            translate("ComposerPanel", "Select a section or an item to edit it. Insert wording "
                                       "from the block library with Enter or by dragging it "
                                       "here, or add a section with Add."),
            objectName="composerEmptyPage")
        self.empty_page.setWordWrap(True)
        self.empty_page.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.empty_page.setProperty("role", "muted")
        self._build_text_page()
        self._build_list_page()
        self._build_item_page()
        for page in (self.empty_page, self.text_page, self.list_page, self.item_page):
            self.editor.addWidget(page)
        for widget, name in ((self.text_kind, translate("ComposerPanel", "Section type")),
                             (self.text_title, translate("ComposerPanel", "Heading")),
                             (self.text_body, translate("ComposerPanel", "Section text")),
                             (self.list_kind, translate("ComposerPanel", "List type")),
                             (self.list_title, translate("ComposerPanel", "List heading")),
                             (self.lead, translate("ComposerPanel", "Lead sentence")),
                             (self.numbering, translate("ComposerPanel", "Numbering")),
                             (self.item_body, translate("ComposerPanel", "Item text"))):
            widget.setAccessibleName(name)

    def _build_text_page(self) -> None:
        """A paragraph section: its kind, heading, text and library source."""
        self.text_page = QWidget()
        self.text_kind = QComboBox(objectName="sectionKind")
        for kind in TEXT_KINDS:
            self.text_kind.addItem(section_title(kind), kind.value)
        self.text_title = StackLineEdit(self.stack, objectName="sectionTitle")
        self.text_title.setPlaceholderText(translate("ComposerPanel", "Optional heading"))
        self.text_body = StackTextEdit(self.stack, objectName="sectionText")
        self.text_body.setPlaceholderText(
            translate("ComposerPanel", "Paragraphs, separated by a blank line"))
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

    def _build_list_page(self) -> None:
        """A list (concerns, recommendations, or a plain list of findings):
        kind, heading, numbering, the marker before each item, and a button
        for one more item (its lead sentence is above every page of the
        list: `lead_row`). A plain list is bulleted as typed: it has no
        numbering to choose (`show_list_kind`)."""
        self.list_page = QWidget()
        self.list_kind = QComboBox(objectName="listKind")
        for kind in LIST_KINDS:
            self.list_kind.addItem(section_title(kind), kind.value)
        self.list_title = StackLineEdit(self.stack, objectName="listTitle")
        self.list_title.setPlaceholderText(translate("ComposerPanel", "Optional heading"))
        self.lead = StackLineEdit(self.stack, objectName="sectionLead")
        self.lead.setToolTip(translate(
            "ComposerPanel", "Printed above the items. Without it the list follows the text "
                             "before it directly (“… Finally, … First, …”)."))
        self.numbering = QComboBox(objectName="numberingStyle")
        self.marker = QComboBox(objectName="listMarker")
        self.marker.setAccessibleName(translate("ComposerPanel", "Marker before each item"))
        for marker, label in MARKERS:
            self.marker.addItem(translate("ComposerPanel", label), marker.value)
        self.marker.setToolTip(translate(
            "ComposerPanel", "Without a marker the items print as plain paragraphs "
                             "(“First, …”, “Second, …”, “Finally, …”), as event reports do"))
        self.add_item_button = QPushButton(translate("ComposerPanel", "Add item"),
                                           objectName="addItemButton")
        self.list_hint = list_hint = QLabel()
        list_hint.setWordWrap(True)
        list_hint.setProperty("role", "muted")
        form = QFormLayout(self.list_page)
        form.setContentsMargins(0, 0, 0, 0)
        # a narrow composer (1100×720) puts a field under its label rather
        # than cutting the label ("Nu" for "Numbering")
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.list_kind)
        kind_row.addWidget(self.list_title, 1)
        form.addRow(translate("ComposerPanel", "List"), kind_row)
        # the numbering and the marker drawn before it side by side: one row
        # more left the list's hint under the status line at 1100×720
        numbering_row = QHBoxLayout()
        numbering_row.addWidget(self.numbering, 3)
        numbering_row.addWidget(self.marker, 2)
        # a row whose field is a layout gets no buddy: without one the label
        # printed its "&" ("&Numbering", "ال&ترقيم") and Alt+N did nothing
        numbering_label = QLabel(translate("ComposerPanel", "&Numbering"))
        numbering_label.setBuddy(self.numbering)
        form.addRow(numbering_label, numbering_row)
        hint_row = QHBoxLayout()
        hint_row.addWidget(list_hint, 1)
        hint_row.addWidget(self.add_item_button, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(hint_row)

    def _build_item_page(self) -> None:
        """One item of a list, written without its lead-in."""
        self.item_page = QWidget()
        self.item_caption = QLabel(objectName="itemCaption")
        self.item_caption.setTextFormat(Qt.TextFormat.PlainText)  # may quote names and titles
        self.item_caption.setProperty("role", "caption")
        self.item_body = StackTextEdit(self.stack, objectName="itemText")
        self.item_body.setPlaceholderText(
            translate("ComposerPanel", "the paragraphs calling for …"))
        self.item_hint = item_hint = QLabel()
        item_hint.setWordWrap(True)
        item_hint.setProperty("role", "muted")
        item_layout = QVBoxLayout(self.item_page)
        item_layout.setContentsMargins(0, 0, 0, 0)
        item_layout.addWidget(self.item_caption)
        item_layout.addWidget(self.item_body, 1)
        item_layout.addWidget(item_hint)

    def _build_editor_area(self) -> None:
        """The lead sentence of the selected list (`lead_row`: shown whether
        the list or one of its items is selected, so a list's opening is in
        view while its items are written) above the editor pages. Tab goes
        from the outline to the lead, then to the page's fields (`_build_split`
        sets the order, once the area is in the panel)."""
        self.editor_area = QWidget(objectName="editorArea")
        self.lead_row = QWidget(objectName="leadRow")
        self.lead_label = QLabel(translate("ComposerPanel", "&Lead sentence"),
                                 objectName="leadLabel")
        self.lead_label.setBuddy(self.lead)
        # the label above the field: beside it, the field had a third of
        # the composer's width and showed only a sentence's end
        row = QVBoxLayout(self.lead_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.lead_label)
        row.addWidget(self.lead)
        area = QVBoxLayout(self.editor_area)
        area.setContentsMargins(0, 0, 0, 0)
        area.setSpacing(4)
        area.addWidget(self.lead_row)
        area.addWidget(self.editor, 1)
        self.lead_row.hide()

    def _build_split(self) -> None:
        """The outline above the editor (and its list's lead sentence), or
        above the translation panel."""
        self.split = split = QSplitter(Qt.Orientation.Vertical, objectName="composerSplitter")
        split.addWidget(self.outline)
        split.addWidget(self.editor_area)
        split.addWidget(self.translation_panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setStretchFactor(2, 2)
        split.setChildrenCollapsible(False)
        chain = (self.outline, self.lead, self.list_kind, self.list_title, self.numbering,
                 self.marker,
                 self.add_item_button, self.item_body, self.text_kind, self.text_title,
                 self.text_body)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _build_status(self) -> QLayout:
        """Word count and version status; a warning about empty sections."""
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
        return status

    def _build_shortcuts(self) -> None:
        """Alt+Up/Down (`move_up_action`, `move_down_action`) and Add item,
        anywhere in the composer."""
        self.move_up_action, self.move_down_action = (QAction(self), QAction(self))
        for action, keys in ((self.move_up_action, "Alt+Up"),
                             (self.move_down_action, "Alt+Down")):
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.addAction(self.add_item_action)
        self.add_item_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- what the panel fills in ---------------------------------------------------------

    def show_list_shape(self, kind: SectionKind, numbering: Numbering) -> None:
        """What the list page offers for this list: a plain list has no
        numbering (its items are bulleted as typed); the marker means
        something before ordinal words and bullets, not before numbers."""
        plain = kind is SectionKind.LIST
        self.numbering.setEnabled(not plain)
        self.marker.setEnabled(plain or numbering in (Numbering.ORDINAL, Numbering.BULLET))
        self.list_hint.setText(translate(
            "ComposerPanel", "The items print as typed, without lead-ins: select an item to "
                             "edit it, Alt+Up/Down to move it.") if plain else translate(
            "ComposerPanel", "Lead-ins are computed from the order of the items: select an "
                             "item to edit it, Alt+Up/Down to move it."))

    def show_item_hint(self, kind: SectionKind) -> None:
        """How to write an item: as it prints in a plain list, without its
        lead-in in the others."""
        self.item_hint.setText(translate(
            "ComposerPanel", "Write it as it should print: a plain list adds a bullet and "
                             "nothing else.") if kind is SectionKind.LIST else translate(
            "ComposerPanel", "Write it without its lead-in (“the paragraphs calling for …”): "
                             "the letter adds “First, …”, “Second, …”, “Finally, …” and "
                             "renumbers when items move."))

    def fill_numbering(self, language: str) -> None:
        """The numbering styles, the ordinal one in `language`'s words."""
        current = self.numbering.currentData()
        self.numbering.blockSignals(True)
        self.numbering.clear()
        for style in Numbering:
            self.numbering.addItem(numbering_label(style, language), style.value)
        if current is not None:
            self.numbering.setCurrentIndex(max(0, self.numbering.findData(current)))
        self.numbering.blockSignals(False)

    def show_lead(self, shown: bool, lead: str = "", example: str = "") -> None:
        """The lead row for a list (`shown`), with its lead sentence; when
        it is empty the placeholder offers `example`."""
        self.lead_row.setVisible(shown)
        if self.lead.text() != lead:
            self.lead.setText(lead)
            self.lead.setCursorPosition(0)  # the sentence's start, not its end
        self.lead.setPlaceholderText(
            translate("ComposerPanel", "Lead sentence, e.g. “{example}”").format(
                example=example) if example else translate("ComposerPanel", "Lead sentence"))

    def set_banner(self, text: str | None) -> None:
        self.banner_text.setText(text or "")
        self.banner.setVisible(bool(text))

    def set_version_status(self, text: str) -> None:
        self.version_label.setText(text)

    def set_enabled_for_campaign(self, enabled: bool) -> None:
        for widget in (self.outline, self.editor_area, self.add_button, self.freeze_button,
                       self.versions_button, self.translation_bar, self.translation_panel):
            widget.setEnabled(enabled)
        if not enabled:
            for button in (self.up_button, self.down_button, self.delete_button):
                button.setEnabled(False)
