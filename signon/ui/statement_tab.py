"""Statement tab of a campaign: block library | composer | live letter preview.

The tab owns the campaign's statement while it is open: one undo stack for
every edit, a preview re-rendered from the same `Letter` value the exporters
use (debounced, so typing never waits for it), and an autosave that writes
the whole statement in one transaction shortly after typing stops — and at
most a few seconds after the first unsaved keystroke, so neither closing the
app nor a crash loses more than that.

`StatementView` (statement/statement_view.py) lays the widgets out; this
class reads the campaign, renders the preview and wires the view to the
handlers that act on the store, one per thing a coordinator does:
`StatementSaver` (autosave and team conflicts, statement/saving.py),
`VersionActions` (freeze, compare, restore, statement/versioning.py) and
`TranslationActions` (translation languages and the campaign's translated
fields, statement/translating.py).

Opening a campaign is two reads off the GUI thread, one after the other:
the text (`read_opening`: the campaign, its sections, its version), then the
preview's context (`read_context`: every printable signatory, and the
letter built from them). The text is what a person waits for: the composer
can be typed into as soon as it is read, while the preview shows the text
with "Reading the signatories…" where the names go until its context
arrives (0.6 s later for 50,000 signatories). Only the text counts for
"loaded" (`when_loaded`: the window's title and `ready`); the context is
`background` work over what is already shown. The context is not read
beside the text: on SQLite both are Python holding the interpreter lock,
and a 50,000-signatory context read at the same time held the text back;
on a team server the names come a few round trips after a text that can
already be edited.
"""

from __future__ import annotations

from html import escape
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget
from sqlalchemy.exc import SQLAlchemyError

from signon.domain.errors import SignonError
from signon.domain.letter import Letter, LetterOptions, build_letter, with_sections
from signon.store import statements
from signon.store.blocks import ensure_starter_library, list_blocks
from signon.store.campaigns import get_campaign
from signon.store.database import Database
from signon.store.letters import signatory_entries
from signon.store.models import Campaign
from signon.ui.campaign_load import CampaignLoad
from signon.ui.labels import format_date, format_number
from signon.ui.statement.document import StatementDoc
from signon.ui.statement.saving import StatementSaver, single_shot
from signon.ui.statement.statement_view import StatementView
from signon.ui.statement.translating import TranslationActions
from signon.ui.statement.versioning import VersionActions

PREVIEW_DELAY_MS = 300
MESSAGE_MS = 8000


class StatementContext(NamedTuple):
    """What the preview shows around the text being edited, which other
    tabs change: the campaign's settings and its signatories."""

    campaign: Campaign
    entries: list
    exposure: object
    #: the letter without its text: `with_sections` puts the text being edited in
    letter: Letter


def read_context(db: Database, campaign_id: int) -> StatementContext:
    """The statement's context, read and its signatory list built off the GUI
    thread (`refresh_context`): a campaign with 6,000 endorsers took 0.5 s of
    a frozen window at every switch and every return to the tab."""
    with db.session() as session:
        campaign = get_campaign(session, campaign_id)
        entries = signatory_entries(session, campaign_id, campaign.language)
        exposure = statements.endorsement_exposure(session, campaign_id)
    return StatementContext(campaign, entries, exposure, base_letter(campaign, entries))


def base_letter(campaign: Campaign, entries: list) -> Letter:
    """The campaign's letter in its own language, with no text yet."""
    return build_letter(
        title=campaign.title, addressee=campaign.addressee, language=campaign.language,
        sections=[], signatories=entries, signatory_heading=campaign.signatory_heading,
        options=LetterOptions(order=campaign.list_order,
                              keep_reconfirmation=campaign.keep_reconfirmation),
    )


class StatementOpening(NamedTuple):
    """A campaign's statement as the editor opens it: everything the
    composer shows (the text, its version and who endorsed which), not the
    preview's signatories, which `read_context` reads after it."""

    campaign: Campaign
    drafts: list
    #: `context_state` when it was read
    context: tuple
    #: the version status and banner over the text, and what Freeze asks,
    #: are right from the first moment the text can be edited
    exposure: statements.EndorsementExposure
    #: `base_letter` without signatories: the preview until the context is read
    bare_letter: Letter


def read_opening(db: Database, campaign_id: int) -> StatementOpening:
    """The campaign, its statement and its context state, read off the GUI
    thread as three reads at the same time (`store.parallel`): six queries
    one after the other took 0.55 s on a team server 100 ms away; on SQLite
    the signatories' fingerprint (0.1-0.3 s at 200,000) no longer holds the
    text back. The bare letter is built here too: the first letter of a run
    loads the date's locale data, 0.03-0.1 s the GUI thread would wait."""
    from signon.store.parallel import read_together

    def text(session) -> tuple:
        return get_campaign(session, campaign_id), statements.load_sections(session, campaign_id)

    (campaign, sections), state, exposure = read_together(
        db, text, lambda session: context_state(session, campaign_id),
        lambda session: statements.endorsement_exposure(session, campaign_id))
    return StatementOpening(campaign, sections, state, exposure, base_letter(campaign, []))


def context_state(session, campaign_id: int) -> tuple:
    """A few cheap values that change whenever `refresh_context` would show
    something else: campaign settings, signatories, versions."""
    from signon.store.campaigns import EDITABLE_FIELDS
    from signon.store.signatories import table_fingerprint

    campaign = get_campaign(session, campaign_id)
    latest = statements.latest_version(session, campaign_id)
    return (tuple(getattr(campaign, f) for f in EDITABLE_FIELDS), campaign.languages,
            campaign.translations, table_fingerprint(session, campaign_id),
            latest.number if latest else None)


class LibraryRead(NamedTuple):
    """The block library as the tab opens it."""

    blocks: list
    #: starter blocks added now (a new database's first start)
    added: int
    seeding_error: str


def read_library(db: Database) -> LibraryRead:
    """Seed a new database's library with the starter blocks, then list the
    blocks, off the GUI thread: seeding a team database 100 ms away froze
    the first window for 8 s, and every start spent two round trips here."""
    added, error = 0, ""
    try:
        with db.session() as session:
            added = ensure_starter_library(session)
    except (SignonError, SQLAlchemyError, OSError) as exc:
        error = str(exc)
    with db.session() as session:
        return LibraryRead(list_blocks(session), added, error)


class StatementChanges(NamedTuple):
    """What a teammate's commit may have changed, as `read_changes` found it."""

    campaign_id: int
    revision: int
    context: tuple
    #: the stored text, when its revision is not the one the editor holds
    stored: list | None


def read_changes(db: Database, campaign_id: int, revision_seen: int | None) -> StatementChanges:
    """The statement's revision and context state, and the text itself when
    a teammate saved a newer one, read off the GUI thread: on a team server
    100 ms away this check froze the window 0.4 s at every change and every
    return to the tab."""
    with db.session() as session:
        revision = get_campaign(session, campaign_id).statement_revision
        context = context_state(session, campaign_id)
        stored = (statements.load_sections(session, campaign_id)
                  if revision != revision_seen else None)
    return StatementChanges(campaign_id, revision, context, stored)


class StatementTab(StatementView):
    """Draft the campaign's statement; emits `changed` after it writes data."""

    OBJECT_NAME = "statementTab"
    ACCESSIBLE_NAME = QT_TRANSLATE_NOOP("StatementTab", "The campaign's statement")
    EMPTY_TEXT = QT_TRANSLATE_NOOP("StatementTab", "Choose a campaign to draft its statement.")

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        #: the campaign shown, the signatories its preview lists, and who
        #: endorsed which version (read again by `refresh_context`)
        self.campaign: Campaign | None = None
        #: a translation language the Export tab asked to show (`show_translation`)
        self._wanted_language: str | None = None
        self.entries: list = []
        self.exposure: statements.EndorsementExposure | None = None
        self._context_seen: tuple | None = None
        #: a check for teammates' changes ended while the text was on its way
        #: (`_changes_read`): it runs again once the text is shown
        self._check_when_opened = False
        #: the letter without its text, from the context; None until it is read
        self._base_letter: Letter | None = None
        #: the same without signatories, which the text comes with (`StatementOpening`)
        self._bare_letter: Letter | None = None
        #: what the preview says where the names go while it has no context
        #: (reading them, or why they could not be read); "" once it has one
        self._names_note = ""
        self.opening = CampaignLoad(read_opening, self)
        self.opening.shown.connect(self._opened)
        self.opening.failed.connect(self._not_opened)
        # the preview's names follow the text: not waited for (see the module docstring)
        self.context_reading = CampaignLoad(read_context, self, background=True)
        self.context_reading.shown.connect(self._show_context)
        self.context_reading.failed.connect(self._context_unreadable)
        self.change_check = CampaignLoad(read_changes, self, background=True)
        self.change_check.shown.connect(self._changes_read)
        self.change_check.failed.connect(self.notify)
        self.saver = StatementSaver(self)
        self.versions = VersionActions(self)
        self.translations = TranslationActions(self)
        self._preview_timer = single_shot(self, PREVIEW_DELAY_MS, self.render_preview)
        self._message_timer = single_shot(self, MESSAGE_MS, self.message_label.clear)
        self._connect()

        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)

        self.library_reading = CampaignLoad(read_library, self)
        self.library_reading.shown.connect(self._library_read)
        self.library_reading.failed.connect(self.notify)
        self.library_reading.start(db)
        self._show_no_campaign()

    def _connect(self) -> None:
        """The view's signals to the tab and its handlers."""
        composer = self.composer
        self.preview_language.currentIndexChanged.connect(lambda _i: self.render_preview())
        composer.edited.connect(self._on_edited)
        composer.freeze_requested.connect(self.versions.ask_freeze)
        composer.versions_requested.connect(self.versions.show_versions)
        composer.outline.blocks_dropped.connect(self._drop_blocks)
        composer.block_title = self._block_title
        composer.outline.block_kind = self._block_kind
        bar = composer.translation_bar
        bar.language_changed.connect(self.translations.preview_in)
        bar.add_language_requested.connect(self.translations.ask_add_language)
        bar.campaign_fields_requested.connect(self.translations.edit_campaign_translations)
        self.library.insert_requested.connect(composer.edits.insert_block)
        self.library.wrote.connect(self.changed)
        self.library.message.connect(self.notify)
        self.reload_requested.connect(self.saver.reload_their_text)
        self.copy_requested.connect(self.saver.copy_my_text)
        self.keep_mine_requested.connect(self.saver.keep_mine)

    def _library_read(self, read: LibraryRead) -> None:
        self.library.show_blocks(read.blocks)
        if read.seeding_error:
            self.notify(self.tr("Starter block library not added: {error}").format(
                error=read.seeding_error))
        elif read.added:
            self.notify(self.tr("Block library started with %Ln starter blocks", "", read.added))

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
        self.saver.leave()
        self.campaign_id = None
        self.stack.clear()
        super().set_campaign(campaign_id)

    def load(self) -> None:
        if self.campaign_id is None:
            self._show_no_campaign()
        else:
            # nothing can be typed into the previous text while the next is read
            self.composer.set_enabled_for_campaign(False)
            # the text first, its context once it is shown (`_opened`): a
            # context still being read for the previous campaign is forgotten
            self.context_reading.drop()
            self.opening.start(self.db, self.campaign_id)

    def unload(self) -> None:
        self._show_no_campaign()

    def _not_opened(self, message: str) -> None:
        self.campaign_id = None
        self._show_no_campaign(message)

    def _opened(self, opening: StatementOpening) -> None:
        """The text is read: shown and editable now, the preview with it,
        waiting for the names its context reads next."""
        campaign, drafts = opening.campaign, opening.drafts
        if campaign.id != self.campaign_id:
            return  # read for a campaign left since
        self._context_seen = opening.context
        self.campaign = campaign
        self.exposure = opening.exposure
        self.entries, self._base_letter = [], None  # until the context is read
        self._bare_letter = opening.bare_letter
        self._names_note = self.tr("Reading the signatories…")
        self.composer.set_enabled_for_campaign(True)
        self.composer.set_document(StatementDoc.from_drafts(drafts), campaign.language)
        self.saver.opened(campaign, drafts)
        self.library.set_can_insert(True)
        self.library.set_preferred_language(campaign.language)
        self._show_languages(campaign)
        self.refresh_context()
        if self._base_letter is None:  # names on their way (tests read them at once)
            self.render_preview()
        if self._check_when_opened:
            self._check_when_opened = False
            self.reload_if_changed()

    def _show_no_campaign(self, reason: str = "") -> None:
        self.opening.drop()
        self.context_reading.drop()
        self._check_when_opened = False
        self._base_letter, self._bare_letter, self._names_note = None, None, ""
        self.campaign = None
        self.entries = []
        self.exposure = None
        self.saver.saved = []
        self.composer.set_document(StatementDoc(), "en")
        self.composer.set_enabled_for_campaign(False)
        self.composer.set_banner(None)
        self.composer.set_version_status("")
        self.library.set_can_insert(False)
        self.preview.show_message(self.empty_text(reason))

    def refresh_context(self) -> None:
        """Re-read what other tabs change (title, language, signatories,
        versions) without touching the text being edited, in the background;
        the preview follows when it is read. While the text is being read
        nothing is: its context is read once the text is shown."""
        if self.campaign_id is not None and not self.opening.loading:
            self.context_reading.start(self.db, self.campaign_id)

    def _show_context(self, context: StatementContext) -> None:
        campaign = context.campaign
        if campaign.id != self.campaign_id:
            return  # read for a campaign the editor has left since
        self.entries, self.exposure = context.entries, context.exposure
        self._base_letter, self._names_note = context.letter, ""
        if self.campaign is None or campaign.language != self.campaign.language:
            self.composer.set_language(campaign.language)
        self.campaign = campaign
        self._show_languages(campaign)
        self.render_preview()

    def _context_unreadable(self, message: str) -> None:
        """The context could not be read: said under the preview, and in it
        where the names go when it has none to show (never "no endorsed
        signatories yet", which would not be true)."""
        self.notify(message)
        if self._base_letter is None and self.campaign is not None:
            self._names_note = message
            self.render_preview()

    def show_translation(self, language: str) -> None:
        """Translate into `language` (the Export tab asked): the composer's
        translation bar on it now, or once the campaign is read."""
        bar = self.composer.translation_bar
        bar.set_language(language)
        self._wanted_language = None if bar.language() == language else language

    def _show_languages(self, campaign: Campaign) -> None:
        """Offer the campaign's translation languages to the composer, the
        library (insert variants) and the preview's language switch."""
        from signon.ui.statement.translation_dialogs import campaign_fields, languages_of

        languages = languages_of(campaign)
        self.composer.campaign_fields = campaign_fields(campaign)
        self.composer.set_translation_languages(languages)
        wanted, self._wanted_language = self._wanted_language, None
        if wanted in languages:
            self.composer.translation_bar.set_language(wanted)
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

    def panes(self) -> list[QWidget]:
        """The block library, the statement, the letter preview."""
        return [self.library, self.composer, self.preview]

    def main_pane(self) -> QWidget:
        return self.composer

    def shown(self, event) -> None:
        """Back in view: what other tabs changed meanwhile, if they did."""
        if self.take_change():
            self.refresh_context()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.flush()
        super().hideEvent(event)

    # -- editing, preview, autosave -------------------------------------------------------

    def _on_edited(self) -> None:
        self._preview_timer.start()
        self.saver.schedule()

    def current_letter(self, language: str | None = None) -> Letter | None:
        """The letter from the text being edited, in the campaign's language
        or (`language`) one of its translation languages."""
        campaign = self.campaign
        if campaign is None:
            return None
        if language and language != campaign.language:
            from signon.ui.statement.translation_dialogs import translated_letter

            return translated_letter(campaign, self.composer.doc.to_drafts(), self.entries,
                                     language)
        # while the context is read, the text alone
        base = self._base_letter or self._bare_letter
        return with_sections(base, self.composer.doc.to_drafts())

    def render_preview(self) -> None:
        self._preview_timer.stop()
        language = self.preview_language.currentData()
        letter = self.current_letter(language)
        if letter is None:
            return
        self.preview.show_letter(letter, self._names_note)
        translated = bool(language) and language != self.campaign.language
        if translated:
            from signon.ui.statement.translation_dialogs import preview_note

            self.preview_note.setText(preview_note(
                self.campaign, self.composer.doc.to_drafts(), language))
        self.preview_note.setVisible(translated)
        self.composer.refresh_status()
        self._update_version_state()

    def _update_version_state(self) -> None:
        exposure = self.exposure
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
        return self.saver.save_now()

    def flush(self) -> None:
        """Save now: before a campaign switch, a tab switch or quit."""
        self.saver.flush()

    def has_unsaved_changes(self) -> bool:
        return self.saver.has_unsaved_changes()

    # -- team mode: another coordinator saved the statement ----------------------------------

    def reload_if_changed(self) -> None:
        """Another coordinator may have saved: read what moved in the
        background (`read_changes`); `_changes_read` shows their text when
        ours has no unsaved edits, else says so now (the next save would be
        refused)."""
        if self.campaign_id is not None:
            self.change_check.start(self.db, self.campaign_id, self.saver.revision)

    def _changes_read(self, changes: StatementChanges) -> None:
        if changes.campaign_id != self.campaign_id:
            return  # read for a campaign the editor has left since
        if self.opening.loading:
            # the text is still on its way (the window's first check for
            # changes often ends before it): compared with no text, the check
            # would read the context again and hand the saver a revision for
            # a text not shown yet; it looks again once the text is shown
            self._check_when_opened = True
            return
        if changes.context != self._context_seen:  # settings, signatories or versions moved
            self._context_seen = changes.context
            self.refresh_context()
        self.saver.follow(changes.revision, changes.stored)

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
            self.composer.edits.insert_block(refs[0], target)
        elif refs:
            self.composer.edits.insert_blocks(refs, target)
