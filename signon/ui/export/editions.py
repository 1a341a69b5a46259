"""The Export tab's Editions page: publishing the next edition, and the
campaign's published editions, newest first.

Each edition is listed with its number, date, how many names it printed,
its digest and its note (shortened; the whole one is in the details below the list,
selectable, and "Copy digest" copies it). "Export this edition…" writes the
selected edition in the chosen format exactly as it was published, through
the path `signon export --edition N` takes (`exchange.edition_files.
write_edition`, then `store.editions.record_file`), so `signon verify`
recognises the file. With no edition yet the page says what publishing
does rather than showing an empty list.

`EditionsPanel` is the page's widget; the tab gives it the editions it
read (`show_editions`) and its letter (the options on screen) to publish.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from signon.exchange.edition_files import EDITION_FORMATS
from signon.store.database import Database
from signon.ui import dialogs
from signon.ui.elide import isolate
from signon.ui.export.publish_dialog import (
    DIGEST_SHOWN,
    PublishEditionDialog,
    published_line,
)
from signon.ui.export.view import FORMATS
from signon.ui.i18n import translate
from signon.ui.labels import format_date, format_number
from signon.ui.worker import Worker

ID_ROLE = Qt.ItemDataRole.UserRole


def write_edition_file(db: Database, edition_id: int, fmt: str, path: Path, *, paper: str,
                       columns: int | None, logo: Path | None, progress) -> Path:
    """Off the GUI thread: edition `edition_id` written to `path` as it was
    published, and the file's SHA-256 recorded (what `signon export
    --edition` does)."""
    from signon.exchange.edition_files import write_edition
    from signon.store.editions import edition_letter, record_file
    from signon.store.models import Edition

    with db.session() as session:
        edition = session.get(Edition, edition_id)
        letter, text = edition_letter(edition), edition.text
    written, digest = write_edition(letter, text, fmt, path, paper=paper, columns=columns,
                                    logo=logo if fmt in ("pdf", "docx") else None,
                                    progress=progress)
    with db.session() as session:
        record_file(session, edition_id, fmt, digest)
    return written


def today() -> date:
    """The day a new edition is dated by default (tests replace it)."""
    return date.today()


class EditionsPanel(QWidget):
    """See the module docstring. `published(number)` after an edition is
    stored (the tab reads the campaign again)."""

    published = Signal(int)

    def __init__(self, tab):
        super().__init__()
        self.tab = tab
        self.setObjectName("editionsPanel")
        self.summaries: list = []
        # the edition to write once the list shows it ("Write its files…")
        self._export_after: int | None = None
        self.publish_button = QPushButton(self.tr("Publish edition…"))
        self.publish_button.setObjectName("publishEditionButton")
        self.publish_button.setAccessibleName(self.tr("Publish the next edition"))
        self.publish_button.setToolTip(self.tr(
            "Store the letter as the preview shows it, as the next numbered edition, and mark "
            "the campaign published"))
        # an older frozen version chosen under Text: an edition prints the current text
        self.version_note = QLabel(self.tr(
            "An edition prints the current text: choose “Current text” under Text on the "
            "Letter page to publish one."))
        self.version_note.setObjectName("publishNeedsCurrentText")
        self.version_note.setWordWrap(True)
        self.version_note.setProperty("role", "muted")
        self.version_note.hide()
        self.empty = QLabel(self.tr(
            "No edition published yet. Publishing stores the letter as the preview shows it, "
            "as edition 1 with its date and a digest: it can be exported again exactly at any "
            "time, and signon verify recognises its files. Later editions add late signers "
            "and mark those who withdrew."))
        self.empty.setObjectName("editionsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "muted")
        self.list = QTreeWidget()
        self.list.setObjectName("editionsList")
        self.list.setAccessibleName(self.tr("Published editions"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("Edition"), self.tr("Date"), self.tr("Names"),
                                   self.tr("Digest"), self.tr("Note")])
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.list.header()
        header.setStretchLastSection(True)
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.details = QLabel()
        self.details.setObjectName("editionDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("editionFormat")
        self.format_combo.setAccessibleName(self.tr("Format of the edition's file"))
        names = dict(FORMATS)
        for fmt in EDITION_FORMATS:
            self.format_combo.addItem(translate("ExportTab", names[fmt]), fmt)
        self.export_button = QPushButton(self.tr("Export this edition…"))
        self.export_button.setObjectName("editionExportButton")
        self.export_button.setToolTip(self.tr(
            "Write the selected edition exactly as it was published, whatever changed since"))
        self.copy_button = QPushButton(self.tr("Copy digest"))
        self.copy_button.setObjectName("editionCopyDigestButton")
        self.copy_button.setToolTip(self.tr("Copy the edition's SHA-256 digest"))
        self._layout()
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.publish_button.clicked.connect(self.publish)
        self.export_button.clicked.connect(self.export_selected)
        self.copy_button.clicked.connect(self.copy_digest)
        self.show_editions([])

    def _layout(self) -> None:
        actions = QHBoxLayout()
        actions.addWidget(self.format_combo, 1)
        actions.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.publish_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.version_note)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.details)
        layout.addLayout(actions)
        layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addStretch(0)

    # -- the list ----------------------------------------------------------------------------

    def show_editions(self, summaries: list) -> None:
        """The campaign's editions (`store.editions.EditionSummary`, newest
        first); the selection stays on the same edition when it still is."""
        current = self.selected()
        keep = current.number if current is not None else None
        self.summaries = list(summaries)
        self.list.clear()
        for s in self.summaries:
            names = format_number(s.names)
            if s.retracted:
                names = self.tr("{names} (+{retracted} retracted)").format(
                    names=names, retracted=format_number(s.retracted))
            row = QTreeWidgetItem([format_number(s.number), format_date(s.published_on),
                                   names, isolate(s.digest[:DIGEST_SHOWN] + "…"),
                                   isolate(s.note)])
            row.setData(0, ID_ROLE, s.number)
            tip = f"sha256:{s.digest}" + (f"\n{s.note}" if s.note else "")
            for column in range(5):
                row.setToolTip(column, tip)
            self.list.addTopLevelItem(row)
        has = bool(self.summaries)
        self.empty.setVisible(not has)
        for widget in (self.list, self.details, self.format_combo, self.export_button,
                       self.copy_button):
            widget.setVisible(has)
        if has:
            index = next((i for i, s in enumerate(self.summaries) if s.number == keep), 0)
            self.list.setCurrentItem(self.list.topLevelItem(index))
        self._selection_changed()
        self.sync_enabled()
        pending, self._export_after = self._export_after, None
        if pending is not None and self._select(pending):
            self.export_selected()

    def _select(self, number: int) -> bool:
        row = next((i for i, s in enumerate(self.summaries) if s.number == number), None)
        if row is not None:
            self.list.setCurrentItem(self.list.topLevelItem(row))
        return row is not None

    def selected(self):
        item = self.list.currentItem()
        if item is None:
            return None
        number = item.data(0, ID_ROLE)
        return next((s for s in self.summaries if s.number == number), None)

    def _selection_changed(self) -> None:
        s = self.selected()
        if s is None:
            self.details.setText("")
        else:
            lines = [self.tr("Edition {number}, published {date}: %Ln names, statement version "
                             "{version}.", "", s.names).format(
                number=format_number(s.number), date=format_date(s.published_on, "long"),
                version=format_number(s.statement_version or 0))]
            if s.note:
                lines.append(self.tr("Note: {note}").format(note=isolate(s.note)))
            lines.append(f"sha256:{s.digest}")
            self.details.setText("\n".join(lines))
        self.sync_enabled()

    def sync_enabled(self) -> None:
        tab = self.tab
        idle = tab.exporting.worker is None
        # what is published is the letter previewed: never an older version's text
        older = tab.version_combo.currentData() is not None
        self.version_note.setVisible(older)
        self.publish_button.setEnabled(tab.source is not None and idle and not older
                                       and not tab.reading.loading)
        chosen = self.selected() is not None
        self.export_button.setEnabled(chosen and idle)
        self.copy_button.setEnabled(chosen)

    # -- actions -----------------------------------------------------------------------------

    def copy_digest(self) -> None:
        s = self.selected()
        if s is None:
            return
        QGuiApplication.clipboard().setText(s.digest)
        self.tab.status.setText(self.tr("Digest of edition {number} copied.").format(
            number=format_number(s.number)))

    def export_selected(self) -> None:
        """Ask for a file, then write the edition off the GUI thread, with the
        tab's progress, Cancel and "Export finished"."""
        from signon.exchange.export import file_name
        from signon.ui.export import writing

        s, tab = self.selected(), self.tab
        if s is None or tab.exporting.worker is not None or tab.source is None:
            return
        fmt = self.format_combo.currentData()
        suggested = file_name(f"{tab.source.campaign.title} edition {s.number}", fmt)
        path = writing.choose_output(self, fmt, tab.last_dir / suggested)
        if path is None:
            return
        tab.last_dir = path.parent
        writing.remember_export_folder(path.parent)
        logo = tab.letterhead.path
        tab.exporting.run(Worker(write_edition_file, tab.db, s.id, fmt, path,
                                 paper=tab.paper_combo.currentData(),
                                 columns=tab.columns_combo.currentData(),
                                 logo=logo if logo is not None and logo.is_file() else None),
                          path)

    def publish(self) -> None:
        """Publish edition…, then (when asked) write the new edition's files."""
        tab = self.tab
        if tab.source is None or tab.campaign_id is None:
            return
        tab.letter_settings.flush()
        dialog = PublishEditionDialog(tab.db, tab.campaign_id, tab.source.campaign.title,
                                      tab.options(), tab.language, today=today(), parent=self)
        dialogs.exec_dialog(dialog)
        if dialog.published is None:
            return
        number, on, digest = dialog.published
        tab.status.setText(published_line(number, on, digest))
        # the tab reads the campaign again; its files are written once the
        # list shows the new edition
        self._export_after = number if dialog.write_files else None
        self.published.emit(number)
