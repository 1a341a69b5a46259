"""Statement tab of a campaign: block library | composer | live letter preview.

The tab owns the campaign's statement while it is open: one undo stack for
every edit, a preview re-rendered from the same `Letter` value the exporters
use (debounced, so typing never waits for it), and an autosave that writes
the whole statement in one transaction shortly after typing stops — and at
most a few seconds after the first unsaved keystroke, so neither closing the
app nor a crash loses more than that.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from signon.domain.compose import SectionDraft
from signon.domain.errors import SignonError
from signon.domain.letter import Letter, LetterOptions, build_letter
from signon.store import statements
from signon.store.blocks import ensure_starter_library
from signon.store.campaigns import get_campaign
from signon.store.concurrency import ConflictError
from signon.store.database import Database
from signon.store.letters import signatory_entries
from signon.store.models import Campaign
from signon.ui import dialogs
from signon.ui.campaign_tab import CampaignTab
from signon.ui.labels import format_date, format_number
from signon.ui.statement import saved_history
from signon.ui.statement.composer import ComposerPanel
from signon.ui.statement.document import StatementDoc
from signon.ui.statement.library import LibraryPanel
from signon.ui.statement.preview import LetterPreview
from signon.ui.statement.versions import VersionDialog, VersionInfo

PREVIEW_DELAY_MS = 300
SAVE_DELAY_MS = 1500
SAVE_MAX_WAIT_MS = 4000
MESSAGE_MS = 8000


def _differ(a: list[SectionDraft], b: list[SectionDraft]) -> bool:
    """Text, links to library blocks or translations differ (drafts compare
    by their primary text only)."""
    return (a != b or [d.provenance() for d in a] != [d.provenance() for d in b]
            or _translations(a) != _translations(b))


def _translations(drafts: list[SectionDraft]) -> list:
    return [(d.translations or {}, [d.item_translation(i) for i in range(len(d.items))])
            for d in drafts]


class FreezeDialog(QDialog):
    """Confirms a freeze and takes its note (e.g. "sent to partners 12 May")."""

    def __init__(self, number: int, reconfirm: int, parent: QWidget | None = None,
                 translation_warnings: list[str] | None = None):
        super().__init__(parent)
        self.setObjectName("freezeDialog")
        self.setWindowTitle(self.tr("Freeze version {number}").format(number=format_number(number)))
        text = self.tr("Version {number} will be an immutable snapshot of the current text, "
                       "with its date and a content hash. Endorsements record the version "
                       "they endorsed. A campaign still drafting moves to collecting."
                       ).format(number=format_number(number))
        if reconfirm:
            text += "\n\n" + self.tr("%Ln endorsements of earlier text will need "
                                     "reconfirmation.", "", reconfirm)
        explanation = QLabel(text)
        explanation.setWordWrap(True)
        self.note = QLineEdit(objectName="freezeNote")
        self.note.setPlaceholderText(self.tr("Note (optional), e.g. “text agreed with partners”"))
        self.note.setAccessibleName(self.tr("Version note"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Freeze version {number}").format(number=format_number(number)))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        if translation_warnings:
            from signon.ui.statement.translation_dialogs import freeze_warning_label

            layout.addWidget(freeze_warning_label(translation_warnings, self))
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        # a window is sized from its size hint, not from the height its
        # wrapped paragraphs need at the width it gets: ask for that height
        self.setMinimumHeight(layout.totalHeightForWidth(self.minimumWidth()))


class StatementTab(CampaignTab):
    """Draft the campaign's statement; emits `changed` after it writes data."""

    OBJECT_NAME = "statementTab"
    ACCESSIBLE_NAME = QT_TRANSLATE_NOOP("StatementTab", "The campaign's statement")
    EMPTY_TEXT = QT_TRANSLATE_NOOP("StatementTab", "Choose a campaign to draft its statement.")

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        self._campaign: Campaign | None = None
        self._entries: list = []
        self._exposure: statements.EndorsementExposure | None = None
        self._saved: list[SectionDraft] = []
        #: where autosaves are journaled so undo outlives the app (saved_history)
        self._journal = None
        #: the campaign's statement_revision this text is based on (team mode:
        #: a save based on an older one is refused instead of overwriting)
        self._revision: int | None = None
        self._conflict = False
        self._context_seen: tuple | None = None
        self.library = LibraryPanel(db, self)
        self.composer = ComposerPanel(self)
        self.stack = self.composer.stack
        self.preview = LetterPreview(self)
        self.message_label = QLabel(objectName="statementMessage")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)  # may quote names and titles
        self.message_label.setProperty("role", "muted")
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        preview_box = QWidget(objectName="previewPanel")
        self.message_label.setWordWrap(True)
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(3, 6, 6, 6)
        preview_layout.setSpacing(4)
        self.preview_language = QComboBox(objectName="previewLanguage")
        self.preview_language.setAccessibleName(self.tr("Preview language"))
        self.preview_language.setToolTip(self.tr("Preview the letter in this language"))
        self.preview_language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.preview_language.hide()
        self.preview_language.currentIndexChanged.connect(lambda _i: self.render_preview())
        preview_header = QHBoxLayout()
        preview_header.addWidget(QLabel(self.tr("<b>Letter preview</b>")), 1)
        preview_header.addWidget(self.preview_language)
        preview_layout.addLayout(preview_header)
        preview_layout.addWidget(self.preview, 1)
        self.preview_note = QLabel(objectName="previewLanguageNote")
        self.preview_note.setTextFormat(Qt.TextFormat.PlainText)  # may quote names and titles
        self.preview_note.setWordWrap(True)
        self.preview_note.hide()
        preview_layout.addWidget(self.preview_note)
        preview_layout.addWidget(self.message_label)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="statementSplitter")
        self.splitter.addWidget(self.library)
        self.splitter.addWidget(self.composer)
        self.splitter.addWidget(preview_box)
        # on a small screen the library or the preview can be dragged shut;
        # the composer always stays
        self.splitter.setCollapsible(1, False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setSizes([290, 500, 490])
        self.library.setMinimumWidth(175)
        self.composer.setMinimumWidth(240)
        preview_box.setMinimumWidth(165)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._build_conflict_banner()
        layout.addWidget(self.conflict_banner)
        layout.addWidget(self.splitter)

        undo = QAction(self.tr("Undo"), self, objectName="undoAction")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.triggered.connect(self.stack.undo)
        redo = QAction(self.tr("Redo"), self, objectName="redoAction")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        redo.triggered.connect(self.stack.redo)
        for action in (undo, redo):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

        self._preview_timer = self._timer(PREVIEW_DELAY_MS, self.render_preview)
        self._save_timer = self._timer(SAVE_DELAY_MS, self.save_now)
        self._max_wait_timer = self._timer(SAVE_MAX_WAIT_MS, self.save_now)
        self._message_timer = self._timer(MESSAGE_MS, self.message_label.clear)

        self.composer.edited.connect(self._on_edited)
        self.composer.freeze_requested.connect(self.ask_freeze)
        self.composer.versions_requested.connect(self.show_versions)
        self.composer.outline.blocks_dropped.connect(self._drop_blocks)
        self.composer.block_title = self._block_title
        self.composer.outline.block_kind = self._block_kind
        bar = self.composer.translation_bar
        bar.language_changed.connect(self._translation_language_chosen)
        bar.add_language_requested.connect(self.ask_add_language)
        bar.campaign_fields_requested.connect(self.edit_campaign_translations)
        self.library.insert_requested.connect(self.composer.insert_block)
        self.library.wrote.connect(self.changed)
        self.library.message.connect(self.notify)

        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)

        self._seed_library()
        self.library.reload()
        self._show_no_campaign()

    def _timer(self, ms: int, slot) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    def _seed_library(self) -> None:
        try:
            with self.db.session() as session:
                added = ensure_starter_library(session)
        except (SignonError, SQLAlchemyError, OSError) as exc:
            self.notify(self.tr("Starter block library not added: {error}").format(error=exc))
            return
        if added:
            self.notify(self.tr("Block library started with %Ln starter blocks", "", added))

    # -- campaign ------------------------------------------------------------------------

    @property
    def campaign_id(self) -> int | None:
        """The campaign whose text the editor holds: None while a campaign
        given out of view is not read yet (`stale`), so nothing is ever saved
        to a campaign that is not loaded."""
        return None if self.stale else self._campaign_id

    @campaign_id.setter
    def campaign_id(self, campaign_id: int | None) -> None:
        self._campaign_id = campaign_id

    def set_campaign(self, campaign_id: int | None) -> None:
        """Show a campaign's statement, saving the previous one first (out
        of view, the campaign is read when the tab is shown). The campaign
        already in the editor again only re-reads what other tabs change."""
        if campaign_id is not None and campaign_id == self.campaign_id:
            if not self.out_of_view():  # else it re-reads the context when shown
                self.refresh_context()
            return
        self.flush()
        if self._conflict and self.has_unsaved_changes():
            self.copy_my_text()  # refused by the conflict: not lost with the switch
        self._set_conflict(False)
        self.campaign_id = None
        self.stack.clear()
        super().set_campaign(campaign_id)

    def load(self) -> None:
        if self.campaign_id is None:
            self._show_no_campaign()
        else:
            self._load_campaign(self.campaign_id)

    def unload(self) -> None:
        self._show_no_campaign()

    def _load_campaign(self, campaign_id: int) -> None:
        try:
            with self.db.session() as session:
                campaign = get_campaign(session, campaign_id)
                drafts = statements.load_sections(session, campaign_id)
                self.campaign_id = campaign_id
                self._context_seen = self._context_state(session)
        except SignonError as exc:
            self.campaign_id = None
            self._show_no_campaign(str(exc))
            return
        self.campaign_id = campaign_id
        self._campaign = campaign
        self._saved = drafts
        self._revision = campaign.statement_revision
        self._set_conflict(False)
        self.composer.set_enabled_for_campaign(True)
        self.composer.set_document(StatementDoc.from_drafts(drafts), campaign.language)
        self._journal = saved_history.restore(self.composer, self.db, campaign, drafts)
        self.library.set_can_insert(True)
        self.library.set_preferred_language(campaign.language)
        self._show_languages(campaign)
        self.refresh_context()

    def _show_no_campaign(self, reason: str = "") -> None:
        self._campaign = None
        self._entries = []
        self._exposure = None
        self._saved = []
        self.composer.set_document(StatementDoc(), "en")
        self.composer.set_enabled_for_campaign(False)
        self.composer.set_banner(None)
        self.composer.set_version_status("")
        self.library.set_can_insert(False)
        self.preview.show_message(self.empty_text(reason))

    def refresh_context(self) -> None:
        """Re-read what other tabs change (title, language, signatories,
        versions) without touching the text being edited."""
        if self.campaign_id is None:
            return
        try:
            with self.db.session() as session:
                campaign = get_campaign(session, self.campaign_id)
                self._entries = signatory_entries(session, self.campaign_id, campaign.language)
                self._exposure = statements.endorsement_exposure(session, self.campaign_id)
        except SignonError as exc:
            self.notify(str(exc))
            return
        if self._campaign is None or campaign.language != self._campaign.language:
            self.composer.set_language(campaign.language)
        self._campaign = campaign
        self._show_languages(campaign)
        self.render_preview()

    def _show_languages(self, campaign: Campaign) -> None:
        """Offer the campaign's translation languages to the composer, the
        library (insert variants) and the preview's language switch."""
        from signon.ui.statement.translation_dialogs import campaign_fields, languages_of

        languages = languages_of(campaign)
        self.composer.campaign_fields = campaign_fields(campaign)
        self.composer.set_translation_languages(languages)
        self.library.set_campaign_languages(campaign.language, languages)
        combo = self.preview_language
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for code in (campaign.language, *languages):
            combo.addItem(code, code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
        combo.setVisible(bool(languages))

    def shown(self, event) -> None:
        """Back in view: what other tabs may have changed meanwhile."""
        self.refresh_context()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.flush()
        super().hideEvent(event)

    # -- editing, preview, autosave -------------------------------------------------------

    def _on_edited(self) -> None:
        self._preview_timer.start()
        self._save_timer.start()
        if not self._max_wait_timer.isActive():
            self._max_wait_timer.start()

    def current_letter(self, language: str | None = None) -> Letter | None:
        """The letter from the text being edited, in the campaign's language
        or (`language`) one of its translation languages."""
        campaign = self._campaign
        if campaign is None:
            return None
        if language and language != campaign.language:
            from signon.ui.statement.translation_dialogs import translated_letter

            return translated_letter(campaign, self.composer.doc.to_drafts(), self._entries,
                                     language)
        return build_letter(
            title=campaign.title, addressee=campaign.addressee, language=campaign.language,
            sections=self.composer.doc.to_drafts(), signatories=self._entries,
            signatory_heading=campaign.signatory_heading,
            options=LetterOptions(order=campaign.list_order,
                                  keep_reconfirmation=campaign.keep_reconfirmation),
        )

    def render_preview(self) -> None:
        self._preview_timer.stop()
        language = self.preview_language.currentData()
        letter = self.current_letter(language)
        if letter is None:
            return
        self.preview.show_letter(letter)
        translated = bool(language) and language != self._campaign.language
        if translated:
            from signon.ui.statement.translation_dialogs import preview_note

            self.preview_note.setText(preview_note(
                self._campaign, self.composer.doc.to_drafts(), language))
        self.preview_note.setVisible(translated)
        self.composer.refresh_status()
        self._update_version_state()

    def _update_version_state(self) -> None:
        exposure = self._exposure
        if exposure is None or exposure.latest is None:
            self.composer.set_version_status("· " + self.tr("draft, not frozen yet"))
            self.composer.set_banner(None)
            self.composer.freeze_button.setEnabled(self.campaign_id is not None)
            return
        n = exposure.latest
        edited = statements.content_hash(self.composer.doc.to_drafts()) != exposure.latest_hash
        self.composer.freeze_button.setEnabled(edited)
        if edited:
            self.composer.set_version_status(
                "· " + self.tr("edited since version {number}").format(number=format_number(n)))
            k = exposure.needing_reconfirmation(True)
            consequence = (
                self.tr("%Ln endorsements of the earlier text will need reconfirmation once "
                        "you freeze the new text.", "", k) if k else
                self.tr("No endorsement is affected yet: nobody has endorsed an earlier "
                        "version."))
            self.composer.set_banner(
                "<b>" + escape(self.tr("You are editing the text after version {number} was "
                                       "frozen.").format(number=format_number(n)))
                + f"</b> {escape(consequence)}")
            return
        if exposure.latest_at:
            status = self.tr("version {number}, frozen {date}").format(
                number=n, date=format_date(exposure.latest_at))
        else:
            status = self.tr("version {number}").format(number=format_number(n))
        self.composer.set_version_status("· " + status)
        k = exposure.needing_reconfirmation(False)
        self.composer.set_banner(
            escape(self.tr("%Ln endorsements are of a version before {number} and need "
                           "reconfirmation.", "", k).format(number=format_number(n)))
            if k else None)

    def save_now(self) -> bool:
        """Write the statement if it changed since the last save; True when the
        database holds the current text."""
        self._save_timer.stop()
        self._max_wait_timer.stop()
        if self.campaign_id is None:
            return True
        drafts = self.composer.doc.to_drafts()
        if not _differ(drafts, self._saved):
            return True
        if self._conflict:  # waits for Reload or Keep mine
            return False
        try:
            with self.db.session() as session:
                if session.get(Campaign, self.campaign_id) is None:
                    self._saved = drafts  # deleted meanwhile: nothing left to save to
                    return True
                revision = statements.replace_sections(session, self.campaign_id, drafts,
                                                       expected_revision=self._revision)
        except ConflictError:
            self._set_conflict(True)
            return False
        except (SignonError, SQLAlchemyError) as exc:
            self.notify(self.tr("Autosave failed, retrying: {error}").format(
                error=str(exc).splitlines()[0]))
            self._save_timer.start()
            return False
        self._saved = drafts
        self._revision = revision
        saved_history.remember(self._journal, drafts)
        self.changed.emit()
        return True

    def flush(self) -> None:
        """Save now and render: before a campaign switch, a tab switch or quit."""
        if self.campaign_id is not None:
            self.save_now()

    def has_unsaved_changes(self) -> bool:
        return self.campaign_id is not None and _differ(self.composer.doc.to_drafts(),
                                                        self._saved)

    # -- team mode: another coordinator saved the statement ----------------------------------

    def _build_conflict_banner(self) -> None:
        from signon.ui.conflict_banner import ConflictBanner

        self.conflict_banner = banner = ConflictBanner(self)
        banner.add_button("conflictReloadButton", self.tr("&Reload their text"),
                          self.reload_their_text,
                          self.tr("Show the text as it is now saved (Ctrl+Z brings yours back)"))
        banner.add_button("conflictCopyButton", self.tr("&Copy my text"), self.copy_my_text,
                          self.tr("Put your version of the statement on the clipboard"))
        banner.add_button("conflictKeepMineButton", self.tr("&Keep mine"), self.keep_mine,
                          self.tr("Save your text over theirs"))

    def _set_conflict(self, conflict: bool) -> None:
        self._conflict = conflict
        if not conflict:
            self.conflict_banner.hide()
            return
        self._save_timer.stop()
        self._max_wait_timer.stop()
        self.conflict_banner.show_message(self.tr(
            "<b>The statement was changed by someone else</b> since you opened it; your "
            "latest edits are not saved. Reload?"))

    def _stored(self) -> tuple[list[SectionDraft], int]:
        with self.db.session() as session:
            campaign = get_campaign(session, self.campaign_id)
            return statements.load_sections(session, self.campaign_id), \
                campaign.statement_revision

    def _context_state(self, session) -> tuple:
        """A few cheap values that change whenever `refresh_context` would
        show something else: campaign settings, signatories, versions."""
        from signon.store.campaigns import EDITABLE_FIELDS
        from signon.store.signatories import table_fingerprint

        campaign = get_campaign(session, self.campaign_id)
        latest = statements.latest_version(session, self.campaign_id)
        return (tuple(getattr(campaign, f) for f in EDITABLE_FIELDS), campaign.languages,
                campaign.translations, table_fingerprint(session, self.campaign_id),
                latest.number if latest else None)

    def reload_if_changed(self) -> None:
        """Another coordinator may have saved: show their text when ours has no
        unsaved edits, else say so now (the next save would be refused)."""
        if self.campaign_id is None:
            return
        try:
            with self.db.session() as session:
                revision = get_campaign(session, self.campaign_id).statement_revision
                context = self._context_state(session)
        except SignonError:
            return
        if context != self._context_seen:  # settings, signatories or versions moved
            self._context_seen = context
            self.refresh_context()
        if revision == self._revision or self._conflict:
            return
        if self.has_unsaved_changes():
            self._set_conflict(True)
            return
        drafts, self._revision = self._stored()
        self._saved = drafts
        self.composer.replace_document(StatementDoc.from_drafts(drafts),
                                       self.tr("Text saved by someone else"))
        self.render_preview()
        self.notify(self.tr("The statement was updated by someone else"))

    def reload_their_text(self) -> None:
        """Show the saved text; one undoable step, so Ctrl+Z brings back ours."""
        if self.campaign_id is None:
            return
        drafts, self._revision = self._stored()
        self._saved = drafts
        self._set_conflict(False)
        self.composer.replace_document(StatementDoc.from_drafts(drafts),
                                       self.tr("Reload their text"))
        self.render_preview()
        self.notify(self.tr("Their text is shown; Ctrl+Z brings yours back"))

    def copy_my_text(self) -> None:
        from PySide6.QtWidgets import QApplication

        from signon.domain.compose import statement_text

        language = self._campaign.language if self._campaign else "en"
        QApplication.clipboard().setText(statement_text(self.composer.doc.to_drafts(),
                                                        language))
        self.notify(self.tr("Your text is on the clipboard"))

    def keep_mine(self) -> None:
        """Save our text over theirs: a deliberate overwrite."""
        if self.campaign_id is None:
            return
        _drafts, self._revision = self._stored()
        self._set_conflict(False)
        if self.save_now():
            self.notify(self.tr("Your text is saved"))

    def notify(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setToolTip(text)
        self._message_timer.start()

    # -- library links ----------------------------------------------------------------------

    def _block_title(self, block_id: int | None) -> str | None:
        block = self.library._blocks.get(block_id) if block_id is not None else None
        return block.title if block is not None else None

    def _block_kind(self, block_id: int) -> str | None:
        block = self.library._blocks.get(block_id)
        return block.kind if block is not None else None

    def _drop_blocks(self, ids: list[int], target: tuple[int, int | None]) -> None:
        if self.campaign_id is None:
            return
        refs = self.library.block_refs(ids)
        if len(refs) == 1:
            self.composer.insert_block(refs[0], target)
        elif refs:
            self.composer.insert_blocks(refs, target)

    # -- versions ------------------------------------------------------------------------

    def ask_freeze(self) -> None:
        if self.campaign_id is None:
            return
        self.render_preview()
        exposure = self._exposure
        number = (exposure.latest or 0) + 1 if exposure else 1
        reconfirm = exposure.needing_reconfirmation(True) if exposure else 0
        dialog = FreezeDialog(number, reconfirm, self, self.freeze_warnings())
        if dialogs.exec_dialog(dialog):
            self.freeze_version(dialog.note.text())

    def freeze_version(self, note: str = "") -> int | None:
        """Save, then freeze the current text; returns the new version number."""
        if self.campaign_id is None or not self.save_now():
            return None
        try:
            with self.db.session() as session:
                version = statements.freeze_version(session, self.campaign_id, note.strip())
                number = version.number
        except SignonError as exc:
            self.notify(self.tr("Not frozen: {error}").format(error=exc))
            return None
        self.changed.emit()
        self.refresh_context()
        self.notify(self.tr("Version {number} frozen").format(number=format_number(number)))
        return number

    # -- translations ---------------------------------------------------------------------

    def freeze_warnings(self) -> list[str]:
        """Outdated and missing translations, named, as stored after a save
        (freezing is allowed: endorsers sign the primary text)."""
        from signon.store.translations import freeze_warnings

        if self.campaign_id is None or not self.save_now():
            return []
        try:
            with self.db.session() as session:
                return freeze_warnings(session, self.campaign_id)
        except SignonError as exc:
            self.notify(str(exc))
            return []

    def _translation_language_chosen(self, language: str | None) -> None:
        """The preview follows the language being translated."""
        if self._campaign is None:
            return
        index = self.preview_language.findData(language or self._campaign.language)
        if index >= 0:
            self.preview_language.setCurrentIndex(index)

    def ask_add_language(self) -> None:
        from signon.ui.statement.translation_dialogs import ask_language

        if self.campaign_id is None or self._campaign is None:
            return
        code = ask_language(self, self._campaign.language,
                            self.composer.translation_languages)
        if code:
            self.add_language(code)

    def add_language(self, code: str) -> bool:
        """Add a translation language to the campaign and start translating
        into it."""
        from signon.store.translations import add_language

        if self.campaign_id is None:
            return False
        try:
            with self.db.session() as session:
                add_language(session, self.campaign_id, code)
        except SignonError as exc:
            self.notify(str(exc))
            return False
        self.changed.emit()
        self.refresh_context()
        self.composer.set_translation_language(code.strip().lower())
        return True

    def edit_campaign_translations(self) -> None:
        """Translate the title, addressee and signatory heading (campaign
        fields, stored at once: they are not part of the statement's text)."""
        from signon.ui.statement.translation_dialogs import CampaignTranslationDialog

        language = self.composer.translation_language
        if self.campaign_id is None or self._campaign is None or not language:
            return
        dialog = CampaignTranslationDialog(self._campaign, language, self)
        if dialogs.exec_dialog(dialog):
            self.save_campaign_translations(language, dialog.changes())
        dialog.deleteLater()

    def save_campaign_translations(self, language: str, changes: dict[str, str | None]) -> None:
        """`changes`: field → new translation, or None to mark it up to date."""
        from signon.domain.translations import CAMPAIGN, FieldRef
        from signon.store import translations

        if self.campaign_id is None or not changes:
            return
        try:
            with self.db.session() as session:
                for name, text in changes.items():
                    if text is None:
                        translations.confirm_translation(
                            session, self.campaign_id, FieldRef(CAMPAIGN, name), language)
                    else:
                        translations.set_campaign_translation(
                            session, self.campaign_id, language, name, text)
        except SignonError as exc:
            self.notify(str(exc))
            return
        self.changed.emit()
        self.refresh_context()

    def version_infos(self) -> list[VersionInfo]:
        if self.campaign_id is None:
            return []
        with self.db.session() as session:
            rows = statements.versions(session, self.campaign_id)
            return [VersionInfo(r.number, r.created_at, r.note, r.content_hash,
                                statements.version_sections(r)) for r in rows]

    def show_versions(self) -> None:
        if self.campaign_id is None or self._campaign is None:
            return
        infos = self.version_infos()
        letter = self.current_letter()
        dialog = VersionDialog(infos, self.composer.doc.to_drafts(), self._campaign.language,
                               letter.direction if letter else "ltr", self)
        dialog.restore_requested.connect(self.restore_version)
        dialogs.exec_dialog(dialog)
        dialog.deleteLater()

    def restore_version(self, number: int) -> None:
        """The old wording becomes the current text (one undo step); the
        versions themselves never change."""
        if self.campaign_id is None:
            return
        try:
            with self.db.session() as session:
                drafts = statements.version_sections(
                    statements.get_version(session, self.campaign_id, number))
        except SignonError as exc:
            self.notify(str(exc))
            return
        label = self.tr("Restore version {number}").format(number=format_number(number))
        self.composer.replace_document(StatementDoc.from_drafts(drafts), label)
        self.save_now()
        self.render_preview()
        self.notify(self.tr("Version {number} restored as the current text; freeze it to make "
                            "it a new version").format(number=format_number(number)))
