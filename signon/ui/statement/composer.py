"""The composer: outline of the statement, an editor for the selected
section or item, and the statement's status (words, empty sections, version).

All edits become commands on the tab's QUndoStack; the panel applies what the
commands report (`structure_changed`, `field_changed`) and emits `edited`, on
which the tab schedules the preview and the autosave.

`ComposerView` (composer_view.py) lays the widgets out; this class wires
them to the document: what the editor shows and writes back, the status
line, translating beside the primary text. Structural edits (insert, add,
move, delete, replace) are `StructureEdits` (structure_edits.py), `edits`
here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QWidget

from signon.domain.compose import SectionKind, default_lead, word_count
from signon.ui import labels
from signon.ui.i18n import translate
from signon.ui.statement.commands import FieldCommand, get_field
from signon.ui.statement.composer_view import ComposerView
from signon.ui.statement.document import LeadContext, StatementDoc
from signon.ui.statement.fields import StackTextEdit
from signon.ui.statement.outline import section_title
from signon.ui.statement.structure_edits import StructureEdits
from signon.ui.statement.translation_commands import TranslationCommand, get_translations
from signon.ui.statement.translation_status import summary_line

TYPING_FIELDS = ("text", "lead", "title")


def item_caption(kind: SectionKind, index: int, count: int) -> str:
    """"Concern 2 of 5"."""
    if kind is SectionKind.LIST:
        return translate("ComposerPanel", "Item {number} of {count}").format(
            number=labels.format_number(index + 1), count=labels.format_number(count))
    if kind is SectionKind.RECOMMENDATION:
        return translate("ComposerPanel", "Recommendation {number} of {count}").format(
            number=labels.format_number(index + 1), count=labels.format_number(count))
    return translate("ComposerPanel", "Concern {number} of {count}").format(
        number=labels.format_number(index + 1), count=labels.format_number(count))


class ComposerPanel(ComposerView):
    """Edits the statement's `doc` through the undo stack; emits `edited`
    after every change, and the version buttons' requests to the tab."""

    edited = Signal()
    freeze_requested = Signal()
    versions_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
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
        self.edits = StructureEdits(self)
        self.fill_numbering(self.language)
        self._connect()
        self._load_editor()

    def _connect(self) -> None:
        """The view's buttons, shortcuts and outline to the edits they make."""
        edits = self.edits
        self.versions_button.clicked.connect(self.versions_requested)
        self.freeze_button.clicked.connect(self.freeze_requested)
        self.add_item_action.triggered.connect(edits.add_item)
        self.add_item_button.clicked.connect(edits.add_item)
        for kind, action in self.add_section_actions.items():
            action.triggered.connect(lambda _=False, k=kind: edits.add_section(k))
        for widget, delta in ((self.up_button, -1), (self.down_button, 1)):
            widget.clicked.connect(lambda _=False, d=delta: edits.move_selected(d))
        for action, delta in ((self.move_up_action, -1), (self.move_down_action, 1)):
            action.triggered.connect(lambda _=False, d=delta: edits.move_selected(d))
        self.delete_button.clicked.connect(edits.delete_selected)
        self.outline.currentItemChanged.connect(lambda *_: self._load_editor())
        self.outline.move_requested.connect(edits.move_uid)
        self.outline.delete_requested.connect(edits.delete_uid)
        self.outline.edit_requested.connect(self.focus_editor)
        self.outline.node_dropped.connect(edits.drop_node)
        self.translation_bar.language_changed.connect(self.set_translation_language)
        self.translation_panel.edited.connect(self._edit_translation)
        self.translation_panel.confirmed.connect(self._confirm_translation)
        self._connect_fields()

    def _connect_fields(self) -> None:
        """Typing and choosing in the editor become commands (`_edit`)."""
        self.text_body.textChanged.connect(
            lambda: self._edit("text", self.text_body.toPlainText()))
        self.item_body.textChanged.connect(
            lambda: self._edit("text", self.item_body.toPlainText()))
        self.text_title.textEdited.connect(lambda t: self._edit("title", t))
        self.list_title.textEdited.connect(lambda t: self._edit("title", t))
        self.lead.textEdited.connect(self._edit_lead)
        self.numbering.activated.connect(
            lambda _i: self._edit("numbering", self.numbering.currentData()))
        self.marker.activated.connect(lambda _i: self._edit("marker", self.marker.currentData()))
        self.text_kind.activated.connect(
            lambda _i: self._edit("kind", self.text_kind.currentData()))
        self.list_kind.activated.connect(lambda _i: self._change_list_kind())

    # -- document in and out ------------------------------------------------------------

    def set_document(self, doc: StatementDoc, language: str) -> None:
        self.doc = doc
        self.set_language(language, rebuild=False)
        first = doc.sections[0].uid if doc.sections else None
        self.outline.rebuild(doc, self.language, first)
        self._load_editor()

    def set_language(self, language: str, rebuild: bool = True) -> None:
        self.language = language or "en"
        self.fill_numbering(self.language)
        if rebuild:
            self.outline.rebuild(self.doc, self.language, self.outline.current_uid())

    def selected_uid(self) -> int | None:
        return self.outline.current_uid()

    def lead_context(self) -> LeadContext:
        """What a new list's default lead is made of: the letter's language,
        the campaign's addressee and its translations (`campaign_fields`)."""
        from signon.domain.translations import translated_text

        fields = self.campaign_fields or {}
        entries = fields.get("translations") or {}
        return LeadContext(
            language=self.language, addressee=fields.get("addressee") or "",
            translations=tuple((language, translated_text(entries, language, "addressee"))
                               for language in self.translation_languages))

    # called by undo commands ----------------------------------------------------------

    def structure_changed(self, select_uid: int | None) -> None:
        self.outline.rebuild(self.doc, self.language, select_uid)
        self._load_editor()
        self.edited.emit()

    def field_changed(self, uid: int, name: str, value: str) -> None:
        section, _ = self.doc.find(uid)
        if section is not None:
            self.outline.refresh_section(section.uid)
        shown, _ = self.doc.find(self._shown_uid)
        if name == "lead" and shown is not None and shown.uid == uid:
            # the lead row shows above the list's items too: stay on the item
            self._sync_widget(name, value)
            if self.translation_language:
                self.translation_panel.refresh()
        elif uid != self._shown_uid:
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
            self._show_lead(section)
            if section is None:
                self.editor.setCurrentWidget(self.empty_page)
            elif item is not None:
                self._set_text(self.item_body, item.text)
                self._update_caption()
                self.show_item_hint(section.kind)
                self.editor.setCurrentWidget(self.item_page)
            elif section.kind.is_list:
                self.list_kind.setCurrentIndex(self.list_kind.findData(section.kind.value))
                self.list_title.setText(section.title)
                self.numbering.setCurrentIndex(self.numbering.findData(section.numbering.value))
                self.marker.setCurrentIndex(self.marker.findData(section.marker.value))
                self.show_list_shape(section.kind, section.numbering)
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

    def _show_lead(self, section) -> None:
        """The lead row of the list shown (a section or one of its items),
        with its kind's default lead as the example when it is empty."""
        if section is None or not section.kind.is_list:
            self.show_lead(False)
            return
        context = self.lead_context()
        example = default_lead(section.kind, context.language, context.addressee) or (
            self.tr("We have the following concerns:") if section.kind is SectionKind.CONCERN
            else self.tr("The participants concluded:") if section.kind is SectionKind.LIST
            else self.tr("We call on decision-makers to:"))
        self.show_lead(True, section.lead, example)

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
            if name == "lead":  # shown above the list's items too
                self._show_lead(section)
            elif item is not None:
                self._set_text(self.item_body, value)
            elif name == "text":
                self._set_text(self.text_body, value)
            elif name == "title":
                widget = self.list_title if section.kind.is_list else self.text_title
                if widget.text() != value:
                    widget.setText(value)
            elif name == "numbering":
                self.numbering.setCurrentIndex(self.numbering.findData(value))
                self.show_list_shape(section.kind, section.numbering)
            elif name == "marker":
                self.marker.setCurrentIndex(self.marker.findData(value))
            elif name == "kind":
                combo = self.list_kind if section.kind.is_list else self.text_kind
                combo.setCurrentIndex(combo.findData(value))
                self._show_lead(section)  # the example follows the kind
                if section.kind.is_list:
                    self.show_list_shape(section.kind, section.numbering)
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

    def _edit_lead(self, value: str) -> None:
        """Typing in the lead row edits the lead of the list shown, whether
        the list or one of its items is selected."""
        if self._loading:
            return
        section, _ = self.doc.find(self._shown_uid)
        if section is None or not section.kind.is_list or section.lead == value:
            return
        self.stack.push(FieldCommand(self, section.uid, "lead", section.lead, value,
                                     typing=True))

    def _change_list_kind(self) -> None:
        """Concerns ↔ recommendations; a lead still the old kind's default
        becomes the new kind's, in one undo step (`StructureEdits`)."""
        kind = SectionKind(self.list_kind.currentData())
        section, _ = self.doc.find(self._shown_uid)
        if self._loading or section is None or section.kind is kind:
            return
        context = self.lead_context()
        if section.lead and section.lead == context.lead(section.kind)[0]:
            self.edits.change_list_kind(section.uid, kind)
        else:
            self._edit("kind", kind.value)

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
        self.editor_area.setVisible(language is None)  # the lead row with it
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
