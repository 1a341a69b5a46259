"""The Export tab's widgets and layout, and nothing that reads or writes.

On the left the choices that shape the letter, the summary of what it
holds, Export and Copy HTML snippet, the progress of a running export and
its status line; on the right the preview. After TagStudio's convention (a
view builds widgets, its controller wires them), `ExportTab`
(signon/ui/export_tab.py) subclasses this view and connects the choices
and buttons to what reads the campaign, renders the preview and writes the
file (`export.letterhead`, `export.writing`).

The texts keep the translation context "ExportTab" they had when the tab
built these widgets itself (`translate("ExportTab", …)`), so their
translations still apply.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from signon.store.database import Database
from signon.ui import colours
from signon.ui.campaign_tab import CampaignTab
from signon.ui.export.letter_settings import LetterSettings
from signon.ui.export.privacy_choice import PrivacyChoice
from signon.ui.fitting import VerticalScrollArea
from signon.ui.i18n import translate
from signon.ui.labels import format_number, long_date_format

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


def _combo(name: str, label: str, items) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(label)
    for data, text in items:
        combo.addItem(text, data)
    return combo


def _check(name: str, text: str, checked: bool, tip: str) -> QCheckBox:
    box = QCheckBox(text)
    box.setObjectName(name)
    box.setAccessibleName(text)
    box.setToolTip(tip)
    box.setChecked(checked)
    return box


def _text(name: str, accessible: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAccessibleName(accessible)
    return label


def _button(text: str, name: str, accessible: str, tip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    if tip:
        button.setToolTip(tip)
    return button


class ExportView(CampaignTab):
    """The options (`*_combo`, `*_check`, `edition_date`, the letterhead's
    `logo_label`, `logo_button`, `logo_clear`, the campaign's
    `letter_settings`), `summary`, `warning`, `export_button`,
    `copy_button`, `progress_bar` and `cancel_button` (hidden until an
    export runs), `status` and `preview`. The options are the first page of
    `pages`; the tab adds the Editions page."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.letter_settings = LetterSettings(self)
        self.privacy = PrivacyChoice(self)
        self._build_choices()
        self._build_letterhead()
        self._build_checks()
        side = self._build_side(self._build_form())
        self.preview = QTextBrowser()
        self.preview.setObjectName("exportPreview")
        self.preview.setAccessibleName(translate("ExportTab", "Preview of the letter"))
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

    # -- the options ---------------------------------------------------------------------

    def _build_choices(self) -> None:
        self.format_combo = _combo(
            "exportFormat", translate("ExportTab", "Format"),
            [(fmt, translate("ExportTab", name)) for fmt, name in FORMATS])
        self.version_combo = _combo("exportVersion", translate("ExportTab", "Statement version"),
                                    [(None, translate("ExportTab", "Current text"))])
        self.order_combo = _combo(
            "exportOrder", translate("ExportTab", "Order of the signatories"),
            [(None, translate("ExportTab", "Campaign's order"))]
            + [(order, translate("ExportTab", name)) for order, name in ORDERS])
        self.paper_combo = _combo("exportPaper", translate("ExportTab", "Paper size"),
                                  [("a4", translate("ExportTab", "A4")),
                                   ("letter", translate("ExportTab", "US Letter"))])
        self.columns_combo = _combo("exportColumns", translate("ExportTab", "Columns of names"),
                                    [(None, translate("ExportTab", "Automatic"))]
                                    + [(n, format_number(n)) for n in (1, 2, 3)])
        self.language_combo = _combo("exportLanguage",
                                     translate("ExportTab", "Language of the letter"),
                                     [(None, translate("ExportTab", "Campaign language"))])
        self.language_combo.setToolTip(translate(
            "ExportTab", "The letter in one of the campaign's languages: its translated text, "
                         "dates and headings"))
        self.bilingual_combo = _combo(
            "exportBilingual", translate("ExportTab", "Second language side by side (PDF)"),
            [(None, translate("ExportTab", "None"))])
        self.bilingual_combo.setToolTip(translate(
            "ExportTab", "A PDF with the statement in two languages side by side and the "
                         "signatories once"))

    def _build_letterhead(self) -> None:
        self.logo_label = QLabel()
        self.logo_label.setObjectName("exportLogoName")
        self.logo_label.setAccessibleName(translate("ExportTab", "Letterhead image"))
        self.logo_button = _button(
            translate("ExportTab", "Choose…"), "exportLogoChoose",
            translate("ExportTab", "Choose a letterhead image"),
            translate("ExportTab", "A logo (PNG or JPEG) at the top of PDF and Word letters, "
                                   "kept for this campaign"))
        self.logo_clear = _button(translate("ExportTab", "Remove"), "exportLogoClear",
                                  translate("ExportTab", "Remove the letterhead image"))

    def _build_checks(self) -> None:
        self.title_check = _check("exportShowTitle", translate("ExportTab", "Title"), True,
                                  translate("ExportTab", "Print the campaign title at the top"))
        self.date_check = _check("exportShowDate", translate("ExportTab", "Date line"), True,
                                 translate("ExportTab", "Print the letter date under the title"))
        self.counts_check = _check(
            "exportCounts", translate("ExportTab", "Counts line"), False,
            translate("ExportTab", "“Signed by 312 organisations and 45 individuals from 61 "
                                   "countries”"))
        self.place_check = _check("exportShowPlace",
                                  translate("ExportTab", "Country after each name"), False,
                                  translate("ExportTab", "“Access Now (United States)”"))
        self.separate_check = _check(
            "exportSeparate", translate("ExportTab", "Individuals in their own section"), True,
            translate("ExportTab", "Organisations and individuals under two subheadings"))
        self.edition_check = _check(
            "exportEdition", translate("ExportTab", "Edition line"), False,
            translate("ExportTab", "“List as of …; signatures received after publication are "
                                   "added in later editions”"))
        self.edition_date = QDateEdit(QDate.currentDate())
        self.edition_date.setObjectName("exportEditionDate")
        self.edition_date.setAccessibleName(translate("ExportTab", "Edition date"))
        self.edition_date.setCalendarPopup(True)
        self.edition_date.setDisplayFormat(long_date_format())

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(4)
        form.addRow(translate("ExportTab", "Format"), self.format_combo)
        form.addRow(translate("ExportTab", "Language"), self.language_combo)
        form.addRow(translate("ExportTab", "Side by side"), self.bilingual_combo)
        form.addRow(translate("ExportTab", "Text"), self.version_combo)
        form.addRow(translate("ExportTab", "Order"), self.order_combo)
        form.addRow(translate("ExportTab", "Paper"), self.paper_combo)
        form.addRow(translate("ExportTab", "Columns"), self.columns_combo)
        letterhead = QHBoxLayout()
        letterhead.addWidget(self.logo_label, 1)
        letterhead.addWidget(self.logo_button)
        letterhead.addWidget(self.logo_clear)
        form.addRow(translate("ExportTab", "Letterhead"), letterhead)
        for label, field in self.letter_settings.rows():
            form.addRow(label, field)
        edition = QHBoxLayout()
        edition.addWidget(self.edition_check)
        edition.addWidget(self.edition_date, 1)
        checks = QVBoxLayout()
        checks.setSpacing(2)
        for box in (self.title_check, self.date_check, self.counts_check, self.place_check,
                    self.separate_check):
            checks.addWidget(box)
        checks.addLayout(edition)
        form.addRow(translate("ExportTab", "Show"), checks)
        # the delivery copy or a campaign file without private data; a row
        # only while the format and the campaign offer one (`show_privacy`)
        form.addRow(translate("ExportTab", "Privacy"), self.privacy)
        self.options_form = form
        return form

    def show_privacy(self) -> None:
        """The privacy row, only when it offers a choice."""
        self.options_form.setRowVisible(self.privacy, self.privacy.has_choice())

    # -- the side: options, summary, buttons, progress ------------------------------------

    def _build_buttons(self) -> QHBoxLayout:
        self.export_button = _button(
            translate("ExportTab", "Export…"), "exportButton",
            translate("ExportTab", "Export the letter"),
            translate("ExportTab", "Write the letter in the chosen format (Ctrl+E)"))
        self.export_button.setShortcut("Ctrl+E")
        self.export_button.setDefault(True)
        self.export_button.setProperty("primary", True)
        self.copy_button = _button(
            translate("ExportTab", "Copy HTML snippet"), "copyHtmlButton",
            translate("ExportTab", "Copy the letter as an HTML snippet"),
            translate("ExportTab", "The letter as HTML without page or style, for a website "
                                   "or CMS"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        return buttons

    def _build_running(self) -> QHBoxLayout:
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("exportProgress")
        self.progress_bar.setAccessibleName(translate("ExportTab", "Export progress"))
        self.progress_bar.setTextVisible(False)
        self.cancel_button = _button(translate("ExportTab", "Cancel"), "exportCancel",
                                     translate("ExportTab", "Cancel the export"))
        running = QHBoxLayout()
        running.addWidget(self.progress_bar, 1)
        running.addWidget(self.cancel_button)
        self.progress_bar.hide()
        self.cancel_button.hide()
        return running

    def _build_side(self, form: QFormLayout) -> QWidget:
        self.summary = _text("exportSummary", translate("ExportTab", "What the letter holds"))
        # "Translate them…" when the letter's language has texts not
        # translated yet: the Statement tab's translation of that language
        self.translation_link = _text("exportTranslationLink",
                                      translate("ExportTab", "Translate the missing texts"))
        self.translation_link.setTextFormat(Qt.TextFormat.RichText)
        self.translation_link.hide()
        # lists the letter prints without a lead sentence (hidden when none)
        self.warning = _text("exportWarning", translate("ExportTab", "Warning about the letter"))
        self.warning.setProperty("role", "warning")
        self.warning.hide()
        buttons = self._build_buttons()
        running = self._build_running()
        self.status = _text("exportStatus", translate("ExportTab", "Export status"))
        side = QWidget()
        side.setObjectName("exportOptions")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(16, 12, 12, 12)
        side_layout.setSpacing(8)
        heading = QLabel(translate("ExportTab", "Export the letter"))
        heading.setObjectName("tabHeading")
        side_layout.addWidget(heading)
        # The options scroll on their own when the window is short; the
        # summary and the Export button below them stay in view (in one
        # column they were taller than the default 1100×720 window, and the
        # button sat half under its bottom edge).
        options = QWidget()
        options.setObjectName("exportOptionsForm")
        options.setLayout(form)
        self.pages = QTabWidget()
        self.pages.setObjectName("exportPages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(VerticalScrollArea(options), translate("ExportTab", "Letter"))
        side_layout.addWidget(self.pages, 1)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setObjectName("exportRule")
        side_layout.addWidget(rule)
        side_layout.addWidget(self.summary)
        side_layout.addWidget(self.translation_link)
        side_layout.addWidget(self.warning)
        side_layout.addLayout(buttons)
        side_layout.addLayout(running)
        side_layout.addWidget(self.status)
        return side
