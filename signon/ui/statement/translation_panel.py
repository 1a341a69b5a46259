"""The side-by-side translation editor (`translationPanel`): the primary text
of the selected section or item, read-only, beside an editor for its
translation into the chosen language.

An outdated translation (its primary text changed after it was made) shows
the word diff of that change under the primary text until the translator
edits the translation or marks it as up to date. Right-to-left languages
get a right-to-left editor. The panel only displays and reports; the
composer turns its reports into undo commands.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QTextCursor, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from signon.domain.diff import Change, Span, WordDiff
from signon.domain.languages import is_rtl
from signon.domain.translations import (
    TranslationStatus,
    field_status,
    outdated_diff,
    translated_text,
)
from signon.ui import colours
from signon.ui.statement.document import ItemNode, SectionNode
from signon.ui.statement.fields import StackLineEdit, StackTextEdit
from signon.ui.statement.translation_status import (
    COLOURS,
    node_fields,
    status_label,
)
from signon.ui.statement.versions import ADDED_STYLE, REMOVED_STYLE

#: Below this width the primary text goes above the translation, not beside it.
SIDE_BY_SIDE_MIN = 460
DIFF_MIN_HEIGHT, DIFF_MAX_HEIGHT = 40, 150
COMPACT_HEIGHT = 90


def set_direction(widget: QWidget, language: str) -> None:
    """Lay a text field out for its language: right to left for Arabic,
    Hebrew, Persian, Urdu…, with the text itself aligned and ordered so."""
    rtl = is_rtl(language)
    direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    widget.setLayoutDirection(direction)
    if isinstance(widget, QPlainTextEdit):
        option = widget.document().defaultTextOption()
        option.setTextDirection(direction)
        option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        widget.document().setDefaultTextOption(option)
    elif isinstance(widget, (QLineEdit, QLabel)):
        widget.setAlignment(Qt.AlignmentFlag.AlignAbsolute
                            | (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft))


#: Unchanged words kept either side of a change in the diff: enough to find
#: the place in the translation, short enough to see every change at once.
CONTEXT_WORDS = 6


def _compact(run: tuple[Span, ...], context: int = CONTEXT_WORDS) -> list[Span]:
    """Shorten long unchanged stretches to their ends ("… calling for closing
    the digital divide"), keeping the changes and the words around them."""
    out = []
    last = len(run) - 1
    for n, span in enumerate(run):
        words = span.text.split()
        if span.change is not Change.SAME or len(words) <= 2 * context + 2:
            out.append(span)
            continue
        lead = " " if span.text[:1].isspace() else ""
        tail = " " if span.text[-1:].isspace() else ""
        head_part = " ".join(words[:context])
        end_part = " ".join(words[-context:])
        if n == 0:
            text = f"… {end_part}{tail}"
        elif n == last:
            text = f"{lead}{head_part} …"
        else:
            text = f"{lead}{head_part} … {end_part}{tail}"
        out.append(Span(text, Change.SAME))
    return out


def diff_html(diff: WordDiff, direction: str = "ltr") -> str:
    """"Was: …" with the removed words struck through, "Now: …" with the
    added words marked: what the translation has to catch up with. Long
    unchanged stretches are shortened to the words around the changes."""
    def spans(run: tuple[Span, ...]) -> str:
        out = []
        for span in _compact(run):
            text = escape(span.text).replace("\n", "<br>")
            style = {Change.REMOVED: REMOVED_STYLE, Change.ADDED: ADDED_STYLE}.get(span.change)
            out.append(f'<span style="{style}">{text}</span>' if style else text)
        return "".join(out)

    was = escape(QCoreApplication.translate("TranslationPanel", "Was:"))
    now = escape(QCoreApplication.translate("TranslationPanel", "Now:"))
    para = f'<p dir="{direction}" style="margin-top:0px; margin-bottom:4px;">'
    return (f"<html><body>{para}<b>{was}</b> {spans(diff.old)}</p>"
            f"{para}<b>{now}</b> {spans(diff.new)}</p>"
            f'<p style="margin-top:0px; color:{colours.MUTED};">{escape(diff.summary())}</p>'
            "</body></html>")


def item_hint(language: str) -> str:
    """Items are translated without their lead-in, like the primary text: the
    letter adds the lead-ins of the translation's own language."""
    from signon.domain.compose import ORDINALS, Numbering, lead_ins
    from signon.domain.languages import base_language

    translate = QCoreApplication.translate
    if base_language(language) in ORDINALS:
        first, _second, last = lead_ins(3, Numbering.ORDINAL, language)
        return translate("TranslationPanel",
                         "Translate it without its lead-in, as in the primary text: the "
                         "letter adds “{first}, …” … “{last}, …” itself.").format(
            first=first, last=last)
    return translate("TranslationPanel",
                     "Translate it without its lead-in, as in the primary text: the letter "
                     "numbers the items itself.")


class _CompactTextEdit(StackTextEdit):
    """A translation box that asks for little height and grows into what
    there is: the panel scrolls only when even that does not fit."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(200, COMPACT_HEIGHT)


class _CompactView(QPlainTextEdit):
    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(200, COMPACT_HEIGHT)


class FieldPane(QFrame):
    """One translatable field: primary text, translation editor, status, and
    the diff plus "Mark as up to date" while the translation is outdated."""

    edited = Signal(str, str)  # field name, text
    confirmed = Signal(str)  # field name

    def __init__(self, name: str, multiline: bool, stack: QUndoStack, object_name: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.name = name
        self.multiline = multiline
        self._loading = False
        self._wide: bool | None = None
        self.setObjectName(f"{object_name}Pane")
        self.caption = QLabel(objectName=f"{object_name}Caption")
        self.caption.setProperty("role", "caption")
        self.primary_header = QLabel()
        self.primary_header.setProperty("role", "muted")
        self.status = QLabel(objectName=f"{object_name}State")
        self.status.setTextFormat(Qt.TextFormat.RichText)
        if multiline:
            self.primary = _CompactView(objectName=f"{object_name}Primary")
            self.primary.setReadOnly(True)
            self.editor = _CompactTextEdit(stack, objectName=object_name)
            for box in (self.primary, self.editor):
                box.setMinimumHeight(64)
                box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            self.editor.textChanged.connect(
                lambda: self._report(self.editor.toPlainText()))
        else:
            self.primary = QLineEdit(objectName=f"{object_name}Primary")
            self.primary.setReadOnly(True)
            self.editor = StackLineEdit(stack, objectName=object_name)
            self.editor.textEdited.connect(self._report)
        self.primary.setProperty("role", "primary-text")
        self.diff = QTextBrowser(objectName=f"{object_name}Diff")
        self.diff.setAccessibleName(self.tr("What changed in the primary text"))
        self.diff.setOpenLinks(False)
        self.diff.document().setDocumentMargin(4)
        self.diff.setMinimumHeight(DIFF_MIN_HEIGHT)
        self.diff.setMaximumHeight(DIFF_MAX_HEIGHT)
        self.diff.setProperty("role", "diff")
        self.confirm_button = QPushButton(self.tr("Mark as up to date"),
                                          objectName=f"{object_name}Confirm")
        self.confirm_button.setToolTip(self.tr(
            "The primary change does not affect this translation: keep it as it is"))
        self.confirm_button.clicked.connect(lambda: self.confirmed.emit(self.name))
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 6)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(3)
        self._reflow(True)

    # -- layout -------------------------------------------------------------------------

    def _reflow(self, wide: bool) -> None:
        """Primary beside translation when there is room, above it otherwise."""
        if wide == self._wide:
            return
        self._wide = wide
        widgets = (self.caption, self.primary_header, self.status, self.primary,
                   self.editor, self.diff, self.confirm_button)
        for widget in widgets:
            self.grid.removeWidget(widget)
        button_row = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading
        if wide:
            self.grid.addWidget(self.caption, 0, 0, 1, 2)
            self.grid.addWidget(self.primary_header, 1, 0)
            self.grid.addWidget(self.status, 1, 1)
            self.grid.addWidget(self.primary, 2, 0)
            self.grid.addWidget(self.editor, 2, 1)
            self.grid.addWidget(self.diff, 3, 0)
            self.grid.addWidget(self.confirm_button, 3, 1, button_row)
            self.grid.setColumnStretch(0, 1)
            self.grid.setColumnStretch(1, 1)
        else:
            for row, widget in enumerate((self.caption, self.primary_header, self.primary,
                                          self.status, self.editor, self.diff)):
                self.grid.addWidget(widget, row, 0, 1, 2)
            self.grid.addWidget(self.confirm_button, 6, 0, 1, 2, button_row)
            self.grid.setColumnStretch(1, 0)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._reflow(event.size().width() >= SIDE_BY_SIDE_MIN)
        super().resizeEvent(event)
        if not self.diff.isHidden():
            self._fit_diff()

    def _fit_diff(self) -> None:
        """As tall as the shortened diff needs (within limits), so a one-line
        change does not take the room of a paragraph."""
        document = self.diff.document()
        document.setTextWidth(max(self.diff.viewport().width(), 80))
        height = int(document.size().height()) + 2 * self.diff.frameWidth() + 2
        self.diff.setFixedHeight(max(DIFF_MIN_HEIGHT, min(DIFF_MAX_HEIGHT, height)))

    # -- content ------------------------------------------------------------------------

    def show_field(self, caption: str, primary: str, entries: dict, language: str,
                   primary_language: str) -> None:
        """Show the field's primary text and its translation into `language`."""
        self._loading = True
        try:
            self.caption.setText(caption)
            self.primary_header.setText(self.tr("{language} · primary text").format(
                language=primary_language))
            set_direction(self.primary, primary_language)
            set_direction(self.editor, language)
            self._set_text(self.primary, primary)
            self._set_text(self.editor, translated_text(entries, language, self.name))
            self.editor.setPlaceholderText(self.tr("Translation into {language}").format(
                language=language))
        finally:
            self._loading = False
        self.update_status(primary, entries, language)

    def update_status(self, primary: str, entries: dict, language: str) -> None:
        status = field_status(primary, entries, language, self.name)
        if status is None:
            self.status.setText(f"{escape(language)}")
        else:
            colour = COLOURS[status]
            self.status.setText(f'{escape(language)} · <span style="color:{colour}; '
                                f'font-weight:600">{escape(status_label(status))}</span>')
        self.status.setAccessibleName(self.status.text())
        outdated = status is TranslationStatus.OUTDATED
        if outdated:
            diff = outdated_diff(primary, entries, language, self.name)
            self.diff.setHtml(diff_html(diff))
            self._fit_diff()
        self.diff.setVisible(outdated)
        self.confirm_button.setVisible(outdated)
        self.status.setToolTip(self.tr(
            "The primary text changed after this translation was made: update the "
            "translation, or mark it as up to date") if outdated else "")

    def sync_translation(self, text: str) -> None:
        """After an undo or redo: the editor shows the translation as it is now."""
        self._loading = True
        try:
            self._set_text(self.editor, text)
        finally:
            self._loading = False

    def sync_primary(self, text: str) -> None:
        self._set_text(self.primary, text)

    @staticmethod
    def _set_text(widget: QWidget, value: str) -> None:
        if isinstance(widget, QPlainTextEdit):
            if widget.toPlainText() == value:
                return
            position = widget.textCursor().position()
            widget.setPlainText(value)
            cursor = widget.textCursor()
            cursor.setPosition(min(position, len(value)), QTextCursor.MoveMode.MoveAnchor)
            widget.setTextCursor(cursor)
        elif widget.text() != value:
            widget.setText(value)

    def _report(self, text: str) -> None:
        if not self._loading:
            self.edited.emit(self.name, text)


class TranslationPanel(QWidget):
    """The translation side of the selected node (replaces the primary editor
    while a translation language is chosen)."""

    edited = Signal(str, str)  # field name, text
    confirmed = Signal(str)  # field name

    def __init__(self, stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("translationPanel")
        self.caption = QLabel(objectName="translationCaption")
        self.caption.setWordWrap(True)
        self.caption.setProperty("role", "muted")
        self.empty = QLabel(objectName="translationEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.empty.setProperty("role", "muted")
        self.title_pane = FieldPane("title", False, stack, "translationTitleEditor")
        self.lead_pane = FieldPane("lead", False, stack, "translationLeadEditor")
        self.text_pane = FieldPane("text", True, stack, "translationEditor")
        self.item_hint = QLabel(objectName="translationItemHint")
        self.item_hint.setWordWrap(True)
        self.item_hint.setProperty("role", "muted")
        self.panes = {"title": self.title_pane, "lead": self.lead_pane,
                      "text": self.text_pane}
        names = {"title": self.tr("Heading translation"),
                 "lead": self.tr("Lead sentence translation"),
                 "text": self.tr("Translation")}
        for name, pane in self.panes.items():
            pane.edited.connect(self.edited)
            pane.confirmed.connect(self.confirmed)
            pane.editor.setAccessibleName(names[name])
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(4)
        body_layout.addWidget(self.empty)
        body_layout.addWidget(self.title_pane)
        body_layout.addWidget(self.lead_pane)
        body_layout.addWidget(self.text_pane, 1)
        body_layout.addWidget(self.item_hint)
        scroll = QScrollArea(objectName="translationScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.section: SectionNode | None = None
        self.item: ItemNode | None = None
        self.language = ""
        self.primary_language = "en"

    def show_node(self, section: SectionNode | None, item: ItemNode | None, language: str,
                  primary_language: str, caption: str) -> None:
        self.section, self.item = section, item
        self.language, self.primary_language = language, primary_language
        self.caption.setText(caption)
        if section is None:
            for pane in self.panes.values():
                pane.hide()
            self.empty.setText(self.tr("Select a section or an item to translate it."))
            self.empty.show()
            self.item_hint.hide()
            return
        node = item if item is not None else section
        fields = node_fields(section, item)
        labels = {"title": self.tr("Heading"), "lead": self.tr("Lead sentence"),
                  "text": self.tr("Text") if item is None else self.tr("Item")}
        shown = []
        for name, pane in self.panes.items():
            primary = getattr(node, name) if name in fields else ""
            wanted = name in fields and (
                bool(primary.strip())
                or bool(translated_text(node.translations, language, name))
                or (name == "text"))
            pane.setVisible(wanted)
            if wanted:
                pane.show_field(labels[name], primary, node.translations, language,
                                primary_language)
                shown.append(name)
        self.empty.setVisible(not shown)
        self.item_hint.setVisible(item is not None)
        if item is not None:
            self.item_hint.setText(item_hint(language))
        if not shown:
            self.empty.setText(self.tr(
                "This list has no heading or lead sentence to translate: select one of "
                "its items."))

    def refresh(self) -> None:
        """Re-read the shown node (after undo, redo or a primary edit)."""
        if self.section is None:
            return
        node = self.item if self.item is not None else self.section
        for name, pane in self.panes.items():
            if pane.isHidden():
                continue
            primary = getattr(node, name)
            pane.sync_translation(translated_text(node.translations, self.language, name))
            pane.sync_primary(primary)
            pane.update_status(primary, node.translations, self.language)

    def editor_for(self, name: str) -> QWidget:
        return self.panes[name].editor

    def focus_editor(self) -> None:
        for name in ("text", "lead", "title"):
            pane = self.panes[name]
            if not pane.isHidden():
                pane.editor.setFocus()
                return

