"""Export tab: the published letter, previewed live and written to a file.

On the left the choices that shape the letter (format, language and an
optional second language side by side, statement version, order, paper,
columns, title, date, counts and edition lines, place after the name); on
the right the letter itself, rendered from the same `Letter` value the
exporters write, so what the preview shows is what the file holds. The
signatories are read once per campaign (`LetterSource`); changing an option
rebuilds the letter from memory, without a query.

The tab is split by what a person does, and this class wires the parts:
- `export.view.ExportView`, which this class subclasses: the widgets and
  layout;
- `export.letterhead.Letterhead`: choosing the campaign's letterhead image;
- `export.writing.LetterExport`: writing the file off the GUI thread (the
  missing-characters check, the file dialog, progress and Cancel) and
  copying the HTML snippet;
- `export.letter_settings.LetterSettings`: the campaign's letter date,
  layout of the signers and withdrawals, saved as they change;
- `export.editions.EditionsPanel`, the Editions page: Publish edition…
  (`export.publish_dialog`) and the published editions, each exported
  again exactly as published;
and keeps what they share: reading the campaign, the options, the preview.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import QWidget

from signon.domain.errors import ValidationError
from signon.domain.letter import Letter, LetterOptions
from signon.exchange.export import LOGO_FORMATS, leadless_lists, letter_options
from signon.store.database import Database
from signon.ui import colours
from signon.ui.campaign_load import CampaignLoad
from signon.ui.export.editions import EditionsPanel
from signon.ui.export.letterhead import Letterhead, read_stored
from signon.ui.export.view import ORDERS, ExportView
from signon.ui.export.writing import LetterExport, last_export_folder
from signon.ui.i18n import current_language
from signon.ui.labels import format_date, format_number

#: Names shown in the preview: enough for the first pages; the file has all.
PREVIEW_LIMIT = 300
#: Delay before the preview follows an option (several clicks, one rebuild).
PREVIEW_DELAY_MS = 120

#: Which options mean something for which format.
PAGE_FORMATS = frozenset({"pdf", "docx", "html"})
TEXT_FORMATS = frozenset({"pdf", "docx", "html", "md", "txt"})
LIST_FORMATS = TEXT_FORMATS | {"csv"}


class ExportRead(NamedTuple):
    """What the Export tab shows of a campaign, read in one go."""

    #: (number, created_at, note) of each frozen version, oldest first
    versions: list[tuple]
    #: the version read (None: the current text)
    version: int | None
    source: object  # store.letters.LetterSource
    letterhead: str
    #: the letter with the options and language the tab had when the read
    #: started (`matches`): built here, as sorting 6,000 names takes 0.2 s
    letter: Letter
    language: str
    options: LetterOptions
    #: the published editions, newest first (`store.editions.EditionSummary`)
    editions: list = ()

    def matches(self, language: str | None, options: LetterOptions) -> bool:
        return (language or self.source.campaign.language) == self.language \
            and options == self.options


def read_export(db: Database, campaign_id: int, version: int | None, language: str | None,
                choices: dict) -> ExportRead:
    """The campaign's versions, the letter source of `version` (the current
    text when the campaign has no such version), its letterhead, and the
    letter with the tab's `choices` (`letter_options`) in `language` (the
    campaign's own when it has no such language), off the GUI thread: the
    Export tab of a 6,000-endorser campaign froze the window half a second
    at every switch and every return to the tab."""
    from signon.store.editions import edition_summaries
    from signon.store.letters import letter_source, read_letter_source
    from signon.store.parallel import read_together
    from signon.store.statements import versions

    def listed(session) -> tuple[list[tuple], str]:
        return ([(v.number, v.created_at, v.note) for v in versions(session, campaign_id)],
                (read_stored(session, campaign_id), edition_summaries(session, campaign_id)))

    def text(session):
        """The version asked for, read while the versions are: None when it
        is gone (the current text is read then)."""
        try:
            return letter_source(session, campaign_id, version=version)
        except ValidationError:
            return None

    if db.is_sqlite:  # a current file is read with sqlite3 alone (store/letters.py)
        with db.session() as session:
            rows, (letterhead, editions) = listed(session)
        source = None
    else:  # a team server: both at once, half the round trips
        (rows, (letterhead, editions)), source = read_together(db, listed, text)
    if version is not None and version not in {number for number, _created, _note in rows}:
        version, source = None, None  # gone: the current text
    if source is None and db.is_sqlite:
        source = read_letter_source(db.url, str(campaign_id), version=version)
    elif source is None:
        with db.session() as session:
            source = letter_source(session, campaign_id)
    if language not in source.campaign.letter_languages:
        language = source.campaign.language
    options = letter_options(source.campaign, **choices)
    return ExportRead(rows, version, source, letterhead,
                      source.letter(options, language=language), language, options, editions)


class ExportTab(ExportView):
    """The letter's export options, live preview and export button."""

    OBJECT_NAME = "exportTab"
    ACCESSIBLE_NAME = QT_TRANSLATE_NOOP("ExportTab", "Export the letter")
    EMPTY_TEXT = QT_TRANSLATE_NOOP("ExportTab", "Choose a campaign to see its letter.")

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.source = None  # LetterSource of the campaign and chosen version
        self.letter: Letter | None = None
        # where the file dialogs start: the folder of the last export, this
        # run or an earlier one
        self.last_dir = last_export_folder()
        self.letterhead = Letterhead(self)
        self.reading = CampaignLoad(read_export, self)
        self.reading.shown.connect(self._show_read)
        self.reading.failed.connect(self._unreadable)
        self.reading.loading_changed.connect(self._loading)
        self.exporting = LetterExport(self)
        self.editions = EditionsPanel(self)
        self.pages.addTab(self.editions, self.tr("Editions"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._wire()
        self.sync_enabled()
        self._show_empty()

    def _wire(self) -> None:
        """Every option rebuilds the preview; the buttons go to their handlers."""
        for combo in (self.format_combo, self.version_combo, self.order_combo,
                      self.paper_combo, self.columns_combo, self.language_combo,
                      self.bilingual_combo):
            combo.currentIndexChanged.connect(self._option_changed)
        for box in (self.title_check, self.date_check, self.counts_check, self.place_check,
                    self.separate_check, self.edition_check):
            box.toggled.connect(self._option_changed)
        self.edition_date.dateChanged.connect(self._option_changed)
        self.logo_button.clicked.connect(self.letterhead.choose_logo)
        self.logo_clear.clicked.connect(lambda: self.letterhead.set_logo(None))
        self.export_button.clicked.connect(self.exporting.export)
        self.copy_button.clicked.connect(self.exporting.copy_html_snippet)
        self.cancel_button.clicked.connect(self.exporting.cancel)
        self.letter_settings.saved.connect(self._letter_settings_saved)
        self.editions.published.connect(self._published)
        self.privacy.changed.connect(self._option_changed)
        self.translation_link.linkActivated.connect(
            lambda _link: self.language and self.translation_requested.emit(self.language))

    # -- campaign and options -------------------------------------------------

    def panes(self) -> list[QWidget]:
        """The options, then the preview."""
        return [self.findChild(QWidget, "exportOptions"), self.preview]

    def defers(self) -> bool:
        """Any hidden Export tab, even one on its own never shown, only
        keeps the id: reading 10,000 signatories waits until it is shown."""
        return not self.isVisible()

    def unload(self) -> None:
        self.reading.drop()
        self.source = self.letter = None
        self._show_editions([])
        self.sync_enabled()

    def shown(self, event) -> None:
        """Other tabs changed the text or the signatories meanwhile
        (`note_change`): read again (not while an export is being written)."""
        if self.campaign_id is not None and self.exporting.worker is None \
                and self.take_change():
            self.reload()

    def load(self) -> None:
        """Read the campaign again (versions, text, signatories, letterhead)
        in the background; the preview follows when it is read."""
        if self.campaign_id is None:
            self.reading.drop()
            self.source = self.letter = None
            self._show_empty()
            self._show_editions([])
            self.sync_enabled()
            return
        self.letter_settings.flush()  # a date typed for the campaign shown until now
        self.reading.start(self.db, self.campaign_id, self.version_combo.currentData(),
                           self.language, self.choices())

    def _show_read(self, read: ExportRead) -> None:
        self._fill_versions(read.versions, read.version)
        self.source = read.source
        self._update_order_label()
        self._fill_languages()
        self.letterhead.show_stored(read.letterhead)
        self._show_editions(read.editions)
        self.letter_settings.show_campaign(read.source.campaign,
                                           read.letter.organisations + read.letter.individuals)
        built = read.letter if read.matches(self.language, self.options()) else None
        self.refresh_preview(built)

    def _unreadable(self, message: str) -> None:
        self.source = self.letter = None
        self._show_empty(message)
        self._show_editions([])
        self.sync_enabled()

    def _show_editions(self, summaries) -> None:
        """The Editions page, its tab saying how many there are."""
        self.editions.show_editions(summaries)
        index = self.pages.indexOf(self.editions)
        self.pages.setTabText(index, self.tr("Editions ({count})").format(
            count=format_number(len(summaries))) if summaries else self.tr("Editions"))

    def _letter_settings_saved(self, values: dict) -> None:
        """The campaign's letter date, layout or withdrawals changed: the
        preview follows at once (the letter is rebuilt from memory)."""
        if self.source is None:
            return
        self.source = replace(self.source, campaign=replace(self.source.campaign, **values))
        self._timer.start()

    def _published(self, _number: int) -> None:
        """An edition was stored: the campaign is published, its text may
        have been frozen as a new version; the window and the other tabs
        follow, and this tab reads the campaign again (its editions)."""
        self.changed.emit()
        self.reload()

    def _loading(self, busy: bool) -> None:
        """While the campaign is read, Export waits and the summary says so."""
        if busy:
            self.export_button.setEnabled(False)
            self.summary.setText(self.tr("Reading the letter…"))

    def _fill_languages(self) -> None:
        """The campaign's languages, primary first, named in themselves; the
        choice is kept when the new campaign has the same language."""
        from signon.domain.translations import language_name

        languages = self.source.campaign.letter_languages if self.source else ()
        for combo, first in ((self.language_combo, None),
                             (self.bilingual_combo, self.tr("None"))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            if first is not None:
                combo.addItem(first, None)
            for code in languages:
                combo.addItem(f"{language_name(code, current_language())} ({code})", code)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    @property
    def logo(self) -> Path | None:
        """The letterhead for this export: only for printed formats, and only
        while the file is still there (a moved file is shown as missing)."""
        if self.fmt in LOGO_FORMATS and self.letterhead.path is not None \
                and self.letterhead.path.is_file():
            return self.letterhead.path
        return None

    @property
    def language(self) -> str | None:
        return self.language_combo.currentData()

    @property
    def bilingual(self) -> str | None:
        """The second language of a side-by-side PDF, or None."""
        second = self.bilingual_combo.currentData()
        first = self.language or (self.source.campaign.language if self.source else None)
        if self.fmt != "pdf" or second is None or second == first:
            return None
        return second

    def _fill_versions(self, rows: list[tuple], current: int | None) -> None:
        """The version choice: the current text, then the newest version first."""
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        self.version_combo.addItem(self.tr("Current text"), None)
        for number, created, note in reversed(rows):
            label = self.tr("Version {number}").format(number=format_number(number))
            if created:
                label += f" ({format_date(created)})"
            if note:
                label += f" — {note}"
            self.version_combo.addItem(label, number)
        index = self.version_combo.findData(current)
        self.version_combo.setCurrentIndex(max(index, 0))
        self.version_combo.blockSignals(False)

    def _update_order_label(self) -> None:
        if self.source is None:
            return
        own = dict(ORDERS).get(self.source.campaign.list_order, ORDERS[0][1])
        self.order_combo.setItemText(0, self.tr("Campaign's order ({order})").format(
            order=self.tr(own).lower()))

    @property
    def fmt(self) -> str:
        return self.format_combo.currentData()

    def options(self) -> LetterOptions:
        """The letter as the options on screen describe it."""
        return letter_options(self.source.campaign if self.source else None, **self.choices())

    def choices(self) -> dict:
        """The options on screen, as `letter_options` takes them."""
        edition = None
        if self.edition_check.isChecked():
            qd = self.edition_date.date()
            edition = date(qd.year(), qd.month(), qd.day())
        return {"order": self.order_combo.currentData(),
                "delivery_copy": self.privacy.options().get("delivery_copy", False),
                "separate_individuals": self.separate_check.isChecked(),
                "show_place": self.place_check.isChecked(),
                "show_counts": self.counts_check.isChecked(),
                "edition_date": edition,
                "show_title": self.title_check.isChecked(),
                "show_date": self.date_check.isChecked()}

    def _option_changed(self, *_args) -> None:
        self.sync_enabled()
        if self.sender() is self.version_combo and self.campaign_id is not None:
            self.reload()  # another version's text: read in the background
            return
        self._timer.start()

    def sync_enabled(self) -> None:
        """Enable the options that mean something for the chosen format, and
        Export while there is a letter and no export runs."""
        fmt = self.fmt
        has_letter = self.source is not None
        running = self.exporting.worker is not None
        for widget in (self.paper_combo, self.columns_combo):
            widget.setEnabled(fmt in PAGE_FORMATS)
        self.logo_button.setEnabled(fmt in LOGO_FORMATS and self.campaign_id is not None)
        self.logo_clear.setEnabled(self.letterhead.path is not None)
        for widget in (self.title_check, self.date_check, self.counts_check,
                       self.edition_check, self.version_combo):
            widget.setEnabled(fmt in TEXT_FORMATS)
        self.edition_date.setEnabled(fmt in TEXT_FORMATS and self.edition_check.isChecked())
        for widget in (self.order_combo, self.place_check, self.separate_check,
                       self.language_combo):
            widget.setEnabled(fmt in LIST_FORMATS)
        self.bilingual_combo.setEnabled(fmt == "pdf" and self.bilingual_combo.count() > 2)
        self.export_button.setEnabled(has_letter and not running and not self.reading.loading)
        self.copy_button.setEnabled(has_letter)
        self.format_combo.setEnabled(not running)
        self.privacy.blockSignals(True)  # its own change is this one
        self.privacy.set_format(fmt)
        self.privacy.blockSignals(False)
        self.show_privacy()
        self.editions.sync_enabled()

    # -- preview --------------------------------------------------------------

    def _show_empty(self, why: str = "") -> None:
        self.letter = None
        self.summary.setText("")
        self.translation_link.hide()
        self.privacy.set_private_count(0)
        self.show_privacy()
        self._show_warning("")
        self.letter_settings.show_campaign(None, 0)
        text = self.empty_text(why)
        self.preview.setHtml(f"<p style='color:{colours.EMPTY_GREY}'>{_escape(text)}</p>")

    def build_letter(self) -> Letter | None:
        if self.source is None:
            return None
        self.letter = self.source.letter(self.options(), language=self.language)
        return self.letter

    def refresh_preview(self, built: Letter | None = None) -> None:
        """Render the letter as it will be exported (the first names only);
        `built`: the letter as the options on screen describe it, already
        built (`read_export`)."""
        from signon.exchange.html_export import render_html

        if built is not None:
            self.letter = built
        letter = built or self.build_letter()
        self.sync_enabled()
        if letter is None:
            self._show_empty()
            return
        bar = self.preview.verticalScrollBar()
        position = bar.value()
        self.preview.setHtml(render_html(letter, limit=PREVIEW_LIMIT))
        bar.setValue(position)
        summary = self._summary(letter)
        own_gap, other_gap = map(self._translation_gap, (self.language, self.bilingual))
        gaps = [gap for gap in (own_gap, other_gap) if gap]
        self.summary.setText(" ".join([summary, *gaps]))
        self.translation_link.setText("<a href='translate'>{}</a>".format(
            self.tr("Translate the missing texts in the Statement tab")))
        self.translation_link.setVisible(bool(own_gap))
        # a new count unticks the delivery copy: the letter is built again
        self.privacy.set_private_count(self.source.private_count(self.options()))
        self.show_privacy()
        self._show_warning(self._leadless_warning(letter))
        self.letter_settings.show_hint(letter.organisations + letter.individuals)

    def _show_warning(self, text: str) -> None:
        self.warning.setText(text)
        self.warning.setVisible(bool(text))

    def _leadless_warning(self, letter: Letter) -> str:
        """"⚠ 1 list without a lead sentence (section 3, Recommendations): …"
        for the lists the chosen format prints without one, or "" (the
        check `signon export` makes, `leadless_lists`)."""
        from signon.ui.statement.outline import section_title

        found = leadless_lists(self.fmt, [letter])
        if not found:
            return ""
        sections = ", ".join(
            self.tr("section {number}, {kind}").format(number=format_number(leadless.number),
                                                     kind=section_title(leadless.kind))
            for leadless in found)
        return "⚠ " + self.tr("%Ln lists without a lead sentence ({sections}): their items "
                              "follow the text before them directly. Add one in the Statement "
                              "tab.", "", len(found)).format(sections=sections)

    def _translation_gap(self, language: str | None) -> str:
        """"Español: 2 texts not translated yet (printed in en)." or ""."""
        from signon.domain.translations import language_name

        if self.source is None or not language:
            return ""
        missing, outdated = self.source.translation_gaps(language)
        parts = []
        if missing:
            parts.append(self.tr("%Ln texts not translated yet (printed in {language})", "",
                                 missing).format(language=self.source.campaign.language))
        if outdated:
            parts.append(self.tr("%Ln outdated translations", "", outdated))
        if not parts:
            return ""
        return self.tr("{language}: {gaps}.").format(
            language=language_name(language, current_language()), gaps=", ".join(parts))

    def _summary(self, letter: Letter) -> str:
        """"Endorsed by 9 organisations from 5 countries; the letter uses
        version 2." in the interface language (the letter has its own)."""
        who = [text for n, text in (
            (letter.organisations, self.tr("%Ln organisations", "", letter.organisations)),
            (letter.individuals, self.tr("%Ln individuals", "", letter.individuals))) if n]
        if not who:
            return self.tr("No endorsed signatory yet: the letter has no signatory list.")
        signatories = who[0] if len(who) == 1 else self.tr("{organisations} and {individuals}"
                                                           ).format(organisations=who[0],
                                                                    individuals=who[1])
        if letter.countries:
            counts = self.tr("Endorsed by {signatories} from %Ln countries", "",
                             letter.countries).format(signatories=signatories)
        else:
            counts = self.tr("Endorsed by {signatories}").format(signatories=signatories)
        if letter.version:
            return self.tr("{counts}; the letter uses version {number}.").format(
                counts=counts, number=letter.version)
        return self.tr("{counts}; the letter uses the current text.").format(counts=counts)


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
