"""Export tab: the published letter, previewed live and written to a file.

On the left the choices that shape the letter (format, language and an
optional second language side by side, statement version, order, paper,
columns, title, date, counts and edition lines, place after the name); on
the right the letter itself, rendered from the same `Letter` value the
exporters write, so what the preview shows is what the file holds. The
signatories are read once per campaign (`LetterSource`); changing an option
rebuilds the letter from memory, without a query.

Before a PDF, DOCX or HTML letter is written, the tab asks the export
dispatcher (`signon.exchange.export`, which `signon export` uses too: the
options over the campaign's, the file name, writing each format) whether any
signatory's name holds characters no bundled font can draw, and if so shows
one line per signatory (`confirm_missing_glyphs`): the coordinator can fix
the names first or export anyway (the PDF then prints U+FFFD in their place).

Exporting runs off the GUI thread (`Worker`) with a progress bar and Cancel;
files are written atomically by the exporters, so a cancelled or failed export
leaves no half file. The file dialog and the success message are module
functions (`choose_output`, `exported_message`, `open_folder`) that tests
replace.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from signon.domain.errors import SignonError
from signon.domain.letter import Letter, LetterOptions
from signon.exchange.export import (
    EXTENSIONS,
    LOGO_FORMATS,
    check_logo,
    file_name,
    letter_options,
    missing_glyphs,
    write_export,
)
from signon.exchange.missing_glyphs import REPLACEMENT, MissingGlyphs, printable
from signon.store.database import Database
from signon.ui import colours, dialogs
from signon.ui.campaign_tab import CampaignTab
from signon.ui.fitting import VerticalScrollArea
from signon.ui.i18n import current_language, translate
from signon.ui.labels import format_date, format_number, long_date_format
from signon.ui.worker import Worker

# Lines of the missing-characters warning shown at once (the rest under
# "Show Details…").
MISSING_SHOWN = 12
#: Names shown in the preview: enough for the first pages; the file has all.
PREVIEW_LIMIT = 300
#: Delay before the preview follows an option (several clicks, one rebuild).
PREVIEW_DELAY_MS = 120

#: (format, name); names are translated when shown (context "ExportTab").
FORMATS: tuple[tuple[str, str], ...] = (
    ("pdf", QT_TRANSLATE_NOOP("ExportTab", "PDF document")),
    ("docx", QT_TRANSLATE_NOOP("ExportTab", "Word document (DOCX)")),
    ("html", QT_TRANSLATE_NOOP("ExportTab", "Web page (HTML)")),
    ("md", QT_TRANSLATE_NOOP("ExportTab", "Markdown")),
    ("txt", QT_TRANSLATE_NOOP("ExportTab", "Plain text")),
    ("csv", QT_TRANSLATE_NOOP("ExportTab", "Signatory list (CSV)")),
    ("campaign", QT_TRANSLATE_NOOP("ExportTab", "Campaign file (JSON, with private contacts)")),
)
ORDERS: tuple[tuple[str, str], ...] = (
    ("alphabetical", QT_TRANSLATE_NOOP("ExportTab", "Alphabetical")),
    ("country", QT_TRANSLATE_NOOP("ExportTab", "By country")),
    ("type", QT_TRANSLATE_NOOP("ExportTab", "By type")),
    ("date", QT_TRANSLATE_NOOP("ExportTab", "By date endorsed")),
    ("manual", QT_TRANSLATE_NOOP("ExportTab", "Manual order")),
)
#: Which options mean something for which format.
PAGE_FORMATS = frozenset({"pdf", "docx", "html"})
TEXT_FORMATS = frozenset({"pdf", "docx", "html", "md", "txt"})
LIST_FORMATS = TEXT_FORMATS | {"csv"}

PREVIEW_CSS = f"""
body {{ font-family: 'Noto Serif', Georgia, serif; font-size: 11pt; color: {colours.PRINT_TEXT}; }}
h1 {{ font-family: 'Noto Sans', sans-serif; font-size: 17pt; font-weight: 600;
     margin-bottom: 10px; }}
h2, h3, h4 {{ font-family: 'Noto Sans', sans-serif; margin-top: 16px; margin-bottom: 6px; }}
h2 {{ font-size: 13pt; }} h3 {{ font-size: 11.5pt; }} h4 {{ font-size: 11pt; }}
p {{ margin-bottom: 9px; line-height: 140%; }}
li {{ margin-bottom: 6px; line-height: 140%; }}
ul.names {{ list-style-type: none; -qt-list-indent: 0; }}
ul.names li {{ margin-bottom: 2px; line-height: 120%; }}
p.date, p.counts, p.edition, p.more {{ color: {colours.PRINT_MUTED}; font-style: italic; }}
p.footnote {{ font-size: 9pt; color: {colours.PRINT_MUTED}; }}
"""


def choose_output(parent: QWidget | None, fmt: str, suggested: Path) -> Path | None:
    """Ask where to write; the format's extension is added when missing."""
    ext = EXTENSIONS[fmt]
    name = translate("ExportTab", dict(FORMATS)[fmt])
    chosen = dialogs.choose_save_file(
        parent, translate("ExportTab", "Export the letter"), str(suggested),
        translate("ExportTab", "{format} (*{extension});;All files (*)").format(format=name,
                                                                        extension=ext))
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ext else path.with_name(path.name + ext)


def exported_message(parent: QWidget | None, path: Path) -> bool:
    """Say where the file went; True when the person asks to open its folder."""
    box = dialogs.message_box(
        parent, QMessageBox.Icon.Information, translate("ExportTab", "Export finished"),
        translate("ExportTab", "The letter was written to\n{path}").format(path=path),
        "exportDoneDialog")
    folder = box.addButton(translate("ExportTab", "Open folder"), QMessageBox.ButtonRole.ActionRole)
    ok = box.addButton(QMessageBox.StandardButton.Ok)
    box.setDefaultButton(ok)
    box.exec()
    return box.clickedButton() is folder


def confirm_missing_glyphs(parent: QWidget | None, missing: list[MissingGlyphs]) -> bool:
    """Say which signatories' names hold characters no bundled font can
    draw, one line each, before anything is written; True to export anyway.

    Shown through `dialogs.exec_dialog`, so tests answer it by clicking its
    real buttons (`exportAnywayButton`, `cancelExportButton`). Cancel is the
    default: a letter that misprints a name should take a deliberate click."""
    signatories = sum(1 for m in missing if m.signatory)
    if signatories:
        text = ExportTab.tr("%Ln signatories have characters that no font of the letter "
                            "can draw.", "", signatories)
    else:
        text = translate("ExportTab",
                         "The letter's text has characters that no font of the letter can draw.")
    lines = [translate("ExportTab", "{signatory}: {characters}").format(
        signatory=printable(m.signatory) if m.signatory
        else translate("ExportTab", "The letter's text"), characters=m.codes) for m in missing]
    shown = lines[:MISSING_SHOWN]
    if len(lines) > MISSING_SHOWN:
        shown.append(ExportTab.tr("… and %Ln more", "", len(lines) - MISSING_SHOWN))
    box = dialogs.message_box(parent, QMessageBox.Icon.Warning,
                              translate("ExportTab", "Characters the letter cannot show"), text,
                              "missingGlyphsDialog")
    box.setInformativeText("\n".join(shown) + "\n\n" + translate(
        "ExportTab", "The PDF prints {replacement} in their place; Word and web pages show "
        "them only where the reader has a font for them.").format(replacement=REPLACEMENT))
    if len(lines) > MISSING_SHOWN:
        box.setDetailedText("\n".join(lines))
    anyway = box.addButton(translate("ExportTab", "Export anyway"),
                           QMessageBox.ButtonRole.AcceptRole)
    anyway.setObjectName("exportAnywayButton")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("cancelExportButton")
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    dialogs.exec_dialog(box)
    return box.clickedButton() is anyway


def open_folder(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


class ExportTab(CampaignTab):
    """The letter's export options, live preview and export button."""

    OBJECT_NAME = "exportTab"
    ACCESSIBLE_NAME = QT_TRANSLATE_NOOP("ExportTab", "Export the letter")
    EMPTY_TEXT = QT_TRANSLATE_NOOP("ExportTab", "Choose a campaign to see its letter.")

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.source = None  # LetterSource of the campaign and chosen version
        self.letter: Letter | None = None
        self.worker: Worker | None = None
        self.last_path: Path | None = None
        self._last_dir = Path.home()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._build()
        self._sync_enabled()
        self._show_empty()

    # -- widgets --------------------------------------------------------------

    def _combo(self, name: str, label: str, items) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(label)
        for data, text in items:
            combo.addItem(text, data)
        combo.currentIndexChanged.connect(self._option_changed)
        return combo

    def _check(self, name: str, text: str, checked: bool, tip: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setObjectName(name)
        box.setAccessibleName(text)
        box.setToolTip(tip)
        box.setChecked(checked)
        box.toggled.connect(self._option_changed)
        return box

    def _build(self) -> None:
        self.format_combo = self._combo("exportFormat", self.tr("Format"),
                                        [(fmt, self.tr(name)) for fmt, name in FORMATS])
        self.version_combo = self._combo("exportVersion", self.tr("Statement version"),
                                         [(None, self.tr("Current text"))])
        self.order_combo = self._combo("exportOrder", self.tr("Order of the signatories"),
                                       [(None, self.tr("Campaign's order"))]
                                       + [(order, self.tr(name)) for order, name in ORDERS])
        self.paper_combo = self._combo("exportPaper", self.tr("Paper size"),
                                       [("a4", self.tr("A4")), ("letter", self.tr("US Letter"))])
        self.columns_combo = self._combo("exportColumns", self.tr("Columns of names"),
                                         [(None, self.tr("Automatic"))]
                                         + [(n, format_number(n)) for n in (1, 2, 3)])
        self.logo_path: Path | None = None
        self.logo_label = QLabel()
        self.logo_label.setObjectName("exportLogoName")
        self.logo_label.setAccessibleName(self.tr("Letterhead image"))
        self.logo_button = QPushButton(self.tr("Choose…"))
        self.logo_button.setObjectName("exportLogoChoose")
        self.logo_button.setAccessibleName(self.tr("Choose a letterhead image"))
        self.logo_button.setToolTip(self.tr("A logo (PNG or JPEG) at the top of PDF and Word "
                                            "letters, kept for this campaign"))
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_clear = QPushButton(self.tr("Remove"))
        self.logo_clear.setObjectName("exportLogoClear")
        self.logo_clear.setAccessibleName(self.tr("Remove the letterhead image"))
        self.logo_clear.clicked.connect(lambda: self.set_logo(None))
        self.language_combo = self._combo("exportLanguage", self.tr("Language of the letter"),
                                          [(None, self.tr("Campaign language"))])
        self.language_combo.setToolTip(self.tr("The letter in one of the campaign's languages: its "
                                               "translated text, dates and headings"))
        self.bilingual_combo = self._combo("exportBilingual",
                                           self.tr("Second language side by side (PDF)"),
                                           [(None, self.tr("None"))])
        self.bilingual_combo.setToolTip(self.tr("A PDF with the statement in two languages side by "
                                                "side and the signatories once"))
        self.title_check = self._check("exportShowTitle", self.tr("Title"), True,
                                       self.tr("Print the campaign title at the top"))
        self.date_check = self._check("exportShowDate", self.tr("Date line"), True,
                                      self.tr("Print today's date under the title"))
        self.counts_check = self._check(
            "exportCounts", self.tr("Counts line"), False,
            self.tr("“Signed by 312 organisations and 45 individuals from 61 countries”"))
        self.place_check = self._check("exportShowPlace", self.tr("Country after each name"), False,
                                       self.tr("“Access Now (United States)”"))
        self.separate_check = self._check(
            "exportSeparate", self.tr("Individuals in their own section"), True,
            self.tr("Organisations and individuals under two subheadings"))
        self.edition_check = self._check(
            "exportEdition", self.tr("Edition line"), False,
            self.tr("“List as of …; signatures received after publication are added in later "
                    "editions”"))
        self.edition_date = QDateEdit(QDate.currentDate())
        self.edition_date.setObjectName("exportEditionDate")
        self.edition_date.setAccessibleName(self.tr("Edition date"))
        self.edition_date.setCalendarPopup(True)
        self.edition_date.setDisplayFormat(long_date_format())
        self.edition_date.dateChanged.connect(self._option_changed)

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(4)
        form.addRow(self.tr("Format"), self.format_combo)
        form.addRow(self.tr("Language"), self.language_combo)
        form.addRow(self.tr("Side by side"), self.bilingual_combo)
        form.addRow(self.tr("Text"), self.version_combo)
        form.addRow(self.tr("Order"), self.order_combo)
        form.addRow(self.tr("Paper"), self.paper_combo)
        form.addRow(self.tr("Columns"), self.columns_combo)
        letterhead = QHBoxLayout()
        letterhead.addWidget(self.logo_label, 1)
        letterhead.addWidget(self.logo_button)
        letterhead.addWidget(self.logo_clear)
        form.addRow(self.tr("Letterhead"), letterhead)
        edition = QHBoxLayout()
        edition.addWidget(self.edition_check)
        edition.addWidget(self.edition_date, 1)
        checks = QVBoxLayout()
        checks.setSpacing(2)
        for box in (self.title_check, self.date_check, self.counts_check, self.place_check,
                    self.separate_check):
            checks.addWidget(box)
        checks.addLayout(edition)
        form.addRow(self.tr("Show"), checks)

        self.summary = QLabel()
        self.summary.setObjectName("exportSummary")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What the letter holds"))

        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setAccessibleName(self.tr("Export the letter"))
        self.export_button.setToolTip(self.tr("Write the letter in the chosen format (Ctrl+E)"))
        self.export_button.setShortcut("Ctrl+E")
        self.export_button.setDefault(True)
        self.export_button.setProperty("primary", True)
        self.export_button.clicked.connect(self.export)
        self.copy_button = QPushButton(self.tr("Copy HTML snippet"))
        self.copy_button.setObjectName("copyHtmlButton")
        self.copy_button.setAccessibleName(self.tr("Copy the letter as an HTML snippet"))
        self.copy_button.setToolTip(self.tr("The letter as HTML without page or style, for a "
                                            "website or CMS"))
        self.copy_button.clicked.connect(self.copy_html_snippet)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)

        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("exportProgress")
        self.progress_bar.setAccessibleName(self.tr("Export progress"))
        self.progress_bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("exportCancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel the export"))
        self.cancel_button.clicked.connect(self.cancel)
        running = QHBoxLayout()
        running.addWidget(self.progress_bar, 1)
        running.addWidget(self.cancel_button)
        self.progress_bar.hide()
        self.cancel_button.hide()

        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Export status"))

        side = QWidget()
        side.setObjectName("exportOptions")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(16, 12, 12, 12)
        side_layout.setSpacing(8)
        heading = QLabel(self.tr("Export the letter"))
        heading.setObjectName("tabHeading")
        side_layout.addWidget(heading)
        # The options scroll on their own when the window is short; the
        # summary and the Export button below them stay in view (in one
        # column they were taller than the default 1100×720 window, and the
        # button sat half under its bottom edge).
        options = QWidget()
        options.setObjectName("exportOptionsForm")
        options.setLayout(form)
        side_layout.addWidget(VerticalScrollArea(options))
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setObjectName("exportRule")
        side_layout.addWidget(rule)
        side_layout.addWidget(self.summary)
        side_layout.addLayout(buttons)
        side_layout.addLayout(running)
        side_layout.addWidget(self.status)
        side_layout.addStretch(1)

        self.preview = QTextBrowser()
        self.preview.setObjectName("exportPreview")
        self.preview.setAccessibleName(self.tr("Preview of the letter"))
        self.preview.setOpenExternalLinks(False)
        self.preview.document().setDefaultStyleSheet(PREVIEW_CSS)
        self.preview.document().setDocumentMargin(28)

        splitter = QSplitter()
        splitter.setObjectName("exportSplitter")
        splitter.addWidget(side)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 660])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

    # -- campaign and options -------------------------------------------------

    def defers(self) -> bool:
        """Any hidden Export tab, even one on its own never shown, only
        keeps the id: reading 10,000 signatories waits until it is shown."""
        return not self.isVisible()

    def unload(self) -> None:
        self.source = self.letter = None
        self._sync_enabled()

    def shown(self, event) -> None:
        """Other tabs may have changed the text or the signatories meanwhile
        (not while an export is being written)."""
        if self.campaign_id is not None and self.worker is None:
            self.reload()

    def load(self) -> None:
        """Read the campaign again: versions, text and signatories."""
        if self.campaign_id is None:
            self.source = self.letter = None
            self._show_empty()
            self._sync_enabled()
            return
        try:
            self._fill_versions()
            self.source = self._read_source(self.version_combo.currentData())
        except SignonError as exc:
            self.source = self.letter = None
            self._show_empty(str(exc))
            self._sync_enabled()
            return
        self._update_order_label()
        self._fill_languages()
        self._load_logo()
        self.refresh_preview()

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

    # -- letterhead -------------------------------------------------------------

    def _load_logo(self) -> None:
        from signon.store.settings import get_setting, letterhead_key

        with self.db.session() as session:
            stored = get_setting(session, letterhead_key(self.campaign_id))
        self.logo_path = Path(stored) if stored else None
        self._show_logo()

    def _show_logo(self) -> None:
        if self.logo_path is None:
            self.logo_label.setText(self.tr("None"))
            self.logo_label.setToolTip("")
        elif not self.logo_path.is_file():
            self.logo_label.setText(self.tr("{file} (missing)").format(file=self.logo_path.name))
            self.logo_label.setToolTip(str(self.logo_path))
        else:
            self.logo_label.setText(self.logo_path.name)
            self.logo_label.setToolTip(str(self.logo_path))
        self._sync_enabled()

    def choose_logo(self) -> None:
        start = str(self.logo_path.parent if self.logo_path else self._last_dir)
        chosen = dialogs.choose_open_file(self, self.tr("Letterhead image"), start,
                                          self.tr("Images (*.png *.jpg *.jpeg)"))
        if chosen:
            self.set_logo(Path(chosen))

    def set_logo(self, path: Path | None) -> None:
        """Check and keep the campaign's letterhead (None removes it)."""
        from signon.store.settings import delete_setting, letterhead_key, set_setting

        if self.campaign_id is None:
            return
        try:
            path = check_logo(path) if path is not None else None
        except SignonError as exc:
            dialogs.error(self, str(exc))
            return
        with self.db.session() as session:
            if path is None:
                delete_setting(session, letterhead_key(self.campaign_id))
            else:
                set_setting(session, letterhead_key(self.campaign_id), str(path))
        self.logo_path = path
        self._show_logo()

    @property
    def logo(self) -> Path | None:
        """The letterhead for this export: only for printed formats, and only
        while the file is still there (a moved file is shown as missing)."""
        if self.fmt in LOGO_FORMATS and self.logo_path is not None and self.logo_path.is_file():
            return self.logo_path
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

    def _fill_versions(self) -> None:
        from signon.store.statements import versions

        with self.db.session() as session:
            rows = [(v.number, v.created_at, v.note) for v in versions(session,
                                                                      self.campaign_id)]
        current = self.version_combo.currentData()
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

    def _read_source(self, version: int | None):
        from signon.store.letters import letter_source, read_letter_source

        if self.db.is_sqlite:
            return read_letter_source(self.db.url, str(self.campaign_id), version=version)
        with self.db.session() as session:
            return letter_source(session, self.campaign_id, version=version)

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
        edition = None
        if self.edition_check.isChecked():
            qd = self.edition_date.date()
            edition = date(qd.year(), qd.month(), qd.day())
        return letter_options(self.source.campaign if self.source else None,
                              order=self.order_combo.currentData(),
                              separate_individuals=self.separate_check.isChecked(),
                              show_place=self.place_check.isChecked(),
                              show_counts=self.counts_check.isChecked(),
                              edition_date=edition,
                              show_title=self.title_check.isChecked(),
                              show_date=self.date_check.isChecked())

    def _option_changed(self, *_args) -> None:
        self._sync_enabled()
        if self.sender() is self.version_combo and self.campaign_id is not None:
            try:
                self.source = self._read_source(self.version_combo.currentData())
            except SignonError as exc:
                self.status.setText(str(exc))
                return
        self._timer.start()

    def _sync_enabled(self) -> None:
        fmt = self.fmt
        has_letter = self.source is not None
        running = self.worker is not None
        for widget in (self.paper_combo, self.columns_combo):
            widget.setEnabled(fmt in PAGE_FORMATS)
        self.logo_button.setEnabled(fmt in LOGO_FORMATS and self.campaign_id is not None)
        self.logo_clear.setEnabled(self.logo_path is not None)
        for widget in (self.title_check, self.date_check, self.counts_check,
                       self.edition_check, self.version_combo):
            widget.setEnabled(fmt in TEXT_FORMATS)
        self.edition_date.setEnabled(fmt in TEXT_FORMATS and self.edition_check.isChecked())
        for widget in (self.order_combo, self.place_check, self.separate_check,
                       self.language_combo):
            widget.setEnabled(fmt in LIST_FORMATS)
        self.bilingual_combo.setEnabled(fmt == "pdf" and self.bilingual_combo.count() > 2)
        self.export_button.setEnabled(has_letter and not running)
        self.copy_button.setEnabled(has_letter)
        self.format_combo.setEnabled(not running)

    # -- preview --------------------------------------------------------------

    def _show_empty(self, why: str = "") -> None:
        self.letter = None
        self.summary.setText("")
        text = self.empty_text(why)
        self.preview.setHtml(f"<p style='color:{colours.EMPTY_GREY}'>{_escape(text)}</p>")

    def build_letter(self) -> Letter | None:
        if self.source is None:
            return None
        self.letter = self.source.letter(self.options(), language=self.language)
        return self.letter

    def refresh_preview(self) -> None:
        """Render the letter as it will be exported (the first names only)."""
        from signon.exchange.html_export import render_html

        letter = self.build_letter()
        self._sync_enabled()
        if letter is None:
            self._show_empty()
            return
        bar = self.preview.verticalScrollBar()
        position = bar.value()
        self.preview.setHtml(render_html(letter, limit=PREVIEW_LIMIT))
        bar.setValue(position)
        summary = self._summary(letter)
        for language in (self.language, self.bilingual):
            gap = self._translation_gap(language)
            if gap:
                summary += " " + gap
        self.summary.setText(summary)

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

    # -- export ---------------------------------------------------------------

    def export(self) -> None:
        """Ask for a file, then write it off the GUI thread."""
        letter = self.build_letter()
        if letter is None or self.worker is not None:
            return
        fmt = self.fmt
        letters = [letter]
        if self.bilingual:  # a side-by-side PDF
            letters.append(self.source.letter(self.options(), language=self.bilingual))
        missing = missing_glyphs(fmt, letters)
        if missing and not confirm_missing_glyphs(self, missing):
            self.status.setText(self.tr("Export cancelled; no file was written."))
            return
        path = choose_output(self, fmt, self._last_dir / file_name(letter.document_title, fmt))
        if path is None:
            return
        self._last_dir = path.parent
        worker = Worker(self._write, fmt, path, letters, campaign_id=self.campaign_id,
                        paper=self.paper_combo.currentData(),
                        columns=self.columns_combo.currentData(), logo=self.logo)
        self.worker = worker
        worker.describe(self.tr("An export to {file} is still being written. Cancelling it "
                                "leaves no file.").format(file=path.name))
        worker.signals.progress.connect(self._on_progress)
        worker.signals.finished.connect(self._on_finished)
        worker.signals.failed.connect(self._on_failed)
        worker.signals.cancelled.connect(self._on_cancelled)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Writing {file}…").format(file=path.name))
        self._sync_enabled()
        worker.start()

    def _write(self, fmt: str, path: Path, letters: list[Letter], *, progress,
               **options) -> Path:
        """Off the GUI thread: the export dispatcher, with the options read
        from the widgets before. The campaign file's writer reports no step
        of its own, so the tab says what it does."""
        if fmt == "campaign":
            progress.step(0, 0, self.tr("Writing the campaign file"))
        return write_export(fmt, path, letters, db=self.db, progress=progress, **options)

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)
        if message:
            self.status.setText(message + "…")

    def _finish(self) -> None:
        self.worker = None
        self.progress_bar.hide()
        self.cancel_button.hide()
        self._sync_enabled()

    def _on_finished(self, path) -> None:
        self._finish()
        self.last_path = Path(path)
        self.status.setText(self.tr("Exported to {path}").format(path=self.last_path))
        if exported_message(self, self.last_path):
            open_folder(self.last_path)

    def _on_failed(self, message: str) -> None:
        self._finish()
        self.status.setText(self.tr("Export failed: {message}").format(message=message))
        dialogs.error(self, message, self.tr("Export failed"))

    def _on_cancelled(self) -> None:
        self._finish()
        self.status.setText(self.tr("Export cancelled; no file was written."))

    def copy_html_snippet(self) -> None:
        from signon.exchange.html_export import render_html

        letter = self.build_letter()
        if letter is None:
            return
        QGuiApplication.clipboard().setText(render_html(letter))
        self.status.setText(self.tr("HTML snippet copied: paste it into your website or CMS."))


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
