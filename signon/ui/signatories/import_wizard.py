"""Import wizard: a form export or spreadsheet into a campaign, step by step.

pick file → preview → map columns → status → dry run → import → summary.

On the dry run's review page the coordinator may change what happens to a
row (`DryRunPage.decide`): leave out a row the import would add, merge a new
organisation into a directory entry the dry run suggests as a possible
duplicate, or make a row matched only by its acronym a new organisation.
A column mapped to the endorsement date (a form's "Timestamp") dates each
endorsed row; the review page shows each row's date and says how day and
month were read, and when no date of the file told, lets the coordinator
read them the other way. A column mapped to the status (a tracking sheet's
"Status", a form's "Do you endorse?") gives each row its own status: the
status page then asks only for the status of rows with an empty cell, and
the review page shows each row's status.

The wizard only gathers choices and shows results: reading the file
(`exchange.tables.read_table`), guessing and remembering the mapping
(`exchange.signatory_import.suggest_mapping`), the dry run (`plan_import`)
and the write (`apply_import`, one transaction) are the same functions the
`signon import-signatories` command uses, so the GUI and the CLI can never
disagree about a row. The dry run and the import run off the GUI thread;
cancelling the import rolls it back entirely.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import UTC, datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from signon.domain.errors import SignonError
from signon.domain.fields import FIELDS
from signon.domain.form_dates import DateOrder
from signon.domain.status import Status
from signon.store.database import Database
from signon.ui import colours
from signon.ui.elide import IsolatingDelegate, isolate
from signon.ui.i18n import ensure_installed, translate
from signon.ui.labels import field_label, format_date, status_count, status_label, status_word
from signon.ui.signatories import prompts
from signon.ui.signatories.table_model import add_statuses
from signon.ui.worker import Worker


class ImportOutcome(QObject):
    """Translation context of the import's counts ("<b>12</b> new").
    `ImportOutcome.tr(text, "", n)` is how lupdate reads a plural
    (docs/interface-languages.md)."""


PREVIEW_ROWS = 20
# The review table's column of endorsement dates (shown before Details).
DATE_COLUMN = 4
# The review table's column of each row's status, when the file has one
# (shown before the date).
STATUS_COLUMN = 5
#: Statuses an import can give: a file of invitees (prospect, invited) or of
#: answers (endorsed, declined).
IMPORT_STATUSES = (Status.PROSPECT, Status.INVITED, Status.ENDORSED, Status.DECLINED)
OUTCOME_COLOURS = {"new": colours.ENDORSED_GREEN, "merged": colours.INVITED_BLUE,
                   "skipped": colours.GREY, "rejected": colours.DECLINED_RED}
OUTCOME_LABELS = {"new": QT_TRANSLATE_NOOP("ImportOutcome", "New"),
                  "merged": QT_TRANSLATE_NOOP("ImportOutcome", "Merged"),
                  "skipped": QT_TRANSLATE_NOOP("ImportOutcome", "Skipped"),
                  "rejected": QT_TRANSLATE_NOOP("ImportOutcome", "Rejected")}


def outcome_label(outcome: str) -> str:
    return translate("ImportOutcome", OUTCOME_LABELS[outcome])


def outcome_count(outcome: str, n: int) -> str:
    """"<b>12</b> new": one item of the dry run's counts line (rich text)."""
    if outcome == "new":
        return ImportOutcome.tr("<b>%Ln</b> new", "", n)
    if outcome == "merged":
        return ImportOutcome.tr("<b>%Ln</b> merged", "", n)
    if outcome == "skipped":
        return ImportOutcome.tr("<b>%Ln</b> skipped", "", n)
    return ImportOutcome.tr("<b>%Ln</b> rejected", "", n)


def _read(path: str, sheet: str | None):
    from signon.exchange.tables import read_table

    return read_table(path, sheet=sheet)


def _plan(db: Database, campaign_id: int, table, mapping, status: str, now: datetime,
          date_order, *, progress):
    from signon.exchange.signatory_import import plan_import

    with db.session() as session:
        return plan_import(session, campaign_id, table, mapping, status=status,
                           progress=progress, now=now, date_order=date_order)


def _apply(db: Database, plan, *, progress):
    from signon.exchange.signatory_import import apply_import

    with db.session() as session:
        return apply_import(session, plan, progress=progress)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setObjectName("importFilePage")
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(self.tr("A CSV or XLSX export of a Google Form, Typeform or "
                                 "spreadsheet. Any delimiter and encoding (UTF-8, UTF-16, "
                                 "Windows) is understood."))
        self.path = QLineEdit()
        self.path.setObjectName("importFileEdit")
        self.path.setAccessibleName(self.tr("File to import"))
        self.path.setPlaceholderText(self.tr("Path to a .csv or .xlsx file"))
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("importBrowseButton")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.sheet = QComboBox()
        self.sheet.setObjectName("importSheetCombo")
        self.sheet.setAccessibleName(self.tr("Worksheet"))
        self.sheet_label = QLabel(self.tr("Worksheet"))
        self.error = QLabel()
        self.error.setObjectName("importFileError")
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_label)
        sheet_row.addWidget(self.sheet, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(sheet_row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.path.textChanged.connect(self._path_changed)
        self._show_sheets([])

    def _browse(self) -> None:
        start = str(Path(self.path.text()).parent) if self.path.text() else str(Path.home())
        chosen = prompts.choose_table_file(self, start)
        if chosen:
            self.path.setText(chosen)

    def _path_changed(self) -> None:
        self.error.clear()
        self._show_sheets([])
        self.completeChanged.emit()

    def _show_sheets(self, sheets: list[str]) -> None:
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(sheets)
        self.sheet.blockSignals(False)
        self.sheet.setVisible(len(sheets) > 1)
        self.sheet_label.setVisible(len(sheets) > 1)

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        sheet = self.sheet.currentText() if self.sheet.count() > 1 else None
        try:
            table = _read(self.path.text().strip(), sheet)
        except SignonError as exc:
            self.error.setText(str(exc))
            return False
        except OSError as exc:
            self.error.setText(f"{self.path.text().strip()}: {exc.strerror or exc}")
            return False
        if len(table.sheets) > 1 and self.sheet.count() == 0:
            # Several worksheets: let the person see and choose before going on.
            self._show_sheets(table.sheets)
            self.sheet.setCurrentText(table.sheet or table.sheets[0])
            self.error.setText(self.tr("{file} has %Ln worksheets: choose the one with the "
                                       "signatories, then Next.", "", len(table.sheets)
                                       ).format(file=table.source))
            return False
        if not table.rows:
            self.error.setText(self.tr("{file}: no rows below the header").format(
                file=table.source))
            return False
        self.w.table = table
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setObjectName("importPreviewPage")
        self.setTitle(self.tr("Preview"))
        self.info = QLabel()
        self.info.setObjectName("importPreviewInfo")
        self.grid = QTableWidget()
        self.grid.setObjectName("importPreview")
        self.grid.setAccessibleName(self.tr("First rows of the file"))
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.grid.setWordWrap(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.grid, 1)

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        t = self.w.table
        shown = t.rows[:PREVIEW_ROWS]
        where = (self.tr("sheet “{sheet}”").format(sheet=t.sheet) if t.sheet else
                 self.tr("encoding {encoding}, delimiter {delimiter}").format(
                     encoding=t.encoding, delimiter=_delimiter_name(t.delimiter)))
        rows = self.tr("%Ln rows", "", len(t.rows))
        columns = self.tr("%Ln columns", "", len(t.headers))
        self.setSubTitle(f"{t.source}: {rows}, {columns} ({where}).")
        self.info.setText(self.tr("The first %Ln rows, as the file has them. Row numbers "
                                  "are those a spreadsheet shows.", "", len(shown)))
        self.grid.clear()
        self.grid.setColumnCount(len(t.headers))
        self.grid.setRowCount(len(shown))
        self.grid.setHorizontalHeaderLabels(t.headers)
        self.grid.setVerticalHeaderLabels([str(n) for n in t.row_numbers[:len(shown)]])
        for r, cells in enumerate(shown):
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.grid.setItem(r, c, item)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.grid.resizeColumnsToContents()
        for c in range(self.grid.columnCount()):
            self.grid.setColumnWidth(c, min(self.grid.columnWidth(c), 260))


def _delimiter_name(delimiter: str | None) -> str:
    names = {",": QT_TRANSLATE_NOOP("PreviewPage", "comma"),
             ";": QT_TRANSLATE_NOOP("PreviewPage", "semicolon"),
             "\t": QT_TRANSLATE_NOOP("PreviewPage", "tab"),
             "|": QT_TRANSLATE_NOOP("PreviewPage", "bar")}
    name = names.get(delimiter or "")
    return translate("PreviewPage", name) if name else repr(delimiter)


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setObjectName("importMappingPage")
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("What each column holds. Guessed from the headers; a choice you "
                                 "make is remembered for the next file with the same columns."))
        self.grid = QTableWidget(0, 3)
        self.grid.setObjectName("importMapping")
        self.grid.setHorizontalHeaderLabels((
            self.tr("Column in the file"), self.tr("Example"), self.tr("Imports as")))
        self.grid.verticalHeader().hide()
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.grid.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.error = QLabel()
        self.error.setObjectName("mappingError")
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.error)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        from signon.exchange.signatory_import import suggest_mapping

        t = self.w.table
        with self.w.db.session() as session:
            guessed = suggest_mapping(session, self.w.campaign_id, t)
        self.grid.setRowCount(len(t.headers))
        self.combos = []
        for i, header in enumerate(t.headers):
            example = next((row[i] for row in t.rows[:50] if row[i].strip()), "")
            self.grid.setItem(i, 0, QTableWidgetItem(header))
            # isolated: "3/1/2026 10:15:03" is not turned around in Arabic
            sample = QTableWidgetItem(isolate(" ".join(example.split())[:80]))
            sample.setForeground(QColor(colours.GREY))
            self.grid.setItem(i, 1, sample)
            combo = QComboBox()
            combo.setObjectName(f"mapColumn_{i}")
            combo.setAccessibleName(self.tr("Field for column {column}").format(column=header))
            combo.addItem(self.tr("— ignore —"), None)
            for fld in FIELDS:
                combo.addItem(field_label(fld), fld)
            combo.setCurrentIndex(max(combo.findData(guessed.get(i)), 0))
            combo.currentIndexChanged.connect(self._check)
            self.grid.setCellWidget(i, 2, combo)
            self.combos.append(combo)
        self._check()

    def mapping(self) -> dict[int, str | None]:
        return {i: combo.currentData() for i, combo in enumerate(self.combos)}

    def set_field(self, header: str, field: str | None) -> None:
        """Choose the field of a column by its header (tests, keyboard users)."""
        index = self.w.table.headers.index(header)
        combo = self.combos[index]
        combo.setCurrentIndex(max(combo.findData(field), 0))

    def problem(self) -> str:
        chosen = [f for f in self.mapping().values() if f]
        if "name" not in chosen:
            return self.tr("Choose the column that holds the name of the organisation or "
                           "person.")
        twice = sorted({f for f in chosen if chosen.count(f) > 1 and f != "notes"})
        if twice:
            return self.tr("Each field comes from one column: {fields} is chosen more than "
                           "once.").format(fields=", ".join(field_label(f) for f in twice))
        return ""

    def _check(self) -> None:
        self.error.setText(self.problem())
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        return not self.problem()

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        self.w.mapping = self.mapping()
        return True


class StatusPage(QWizardPage):
    """The status of the new signatories: the one chosen here, or with a
    column mapped to the status, each row's own (the choice is then for rows
    with an empty cell)."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setObjectName("importStatusPage")
        self.setTitle(self.tr("Status of the new signatories"))
        self.combo = QComboBox()
        self.combo.setObjectName("importStatusCombo")
        add_statuses(self.combo, IMPORT_STATUSES)
        note = QLabel(self.tr("Signatories already on this campaign are skipped and keep their "
                              "status; organisations already in the directory are reused."))
        note.setWordWrap(True)
        note.setProperty("role", "note")
        layout = QVBoxLayout(self)
        layout.addWidget(self.combo)
        layout.addWidget(note)
        layout.addStretch(1)
        self._explain("")

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        table, mapping = self.w.table, self.w.mapping
        column = next((table.headers[i] for i, f in sorted(mapping.items()) if f == "status"),
                      "")
        self._explain(column)

    def _explain(self, column: str) -> None:
        """What the choice is for: every new signatory, or with a status
        column (`column`, its header), the rows whose cell is empty."""
        if column:
            self.setSubTitle(self.tr("Each row gets the status in the file's “{column}” "
                                     "column; rows with an empty cell get:").format(
                                         column=isolate(column)))
            self.combo.setAccessibleName(self.tr("Status of rows with an empty cell"))
        else:
            self.setSubTitle(self.tr("The file has no status column. Choose the status the new "
                                     "signatories get: “{endorsed}” for a form of endorsements, "
                                     "“{prospect}” for a list of groups to invite.").format(
                                         endorsed=status_label(Status.ENDORSED.value),
                                         prospect=status_label(Status.PROSPECT.value)))
            self.combo.setAccessibleName(self.tr("Status to give"))

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        self.w.status = self.combo.currentData()
        return True


class DryRunPage(QWizardPage):
    """What would happen to every row; nothing is written yet."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setObjectName("importDryRunPage")
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(
            self.tr("Nothing is written yet. Rejected rows are left out (fix them in the "
                    "file and import it again); skipped ones are already on the campaign or "
                    "repeated in the file. To change what happens to a row, choose in its "
                    "Outcome list."))
        self.setCommitPage(True)
        self.counts = QLabel()
        self.counts.setObjectName("dryRunCounts")
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.progress = QProgressBar()
        self.progress.setObjectName("dryRunProgress")
        self.rows = QTableWidget(0, 6)
        self.rows.setObjectName("dryRunTable")
        self.rows.setHorizontalHeaderLabels((
            self.tr("Row"), self.tr("Outcome"), self.tr("Name"), self.tr("Details"),
            self.tr("Endorsed on"), self.tr("Status")))
        self.rows.verticalHeader().hide()
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.rows.setWordWrap(False)
        self.rows.setItemDelegate(IsolatingDelegate(self.rows))  # "…" where a text ends
        header = self.rows.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # the status and the date (columns of their own, STATUS_COLUMN and
        # DATE_COLUMN) show before the details, in that order
        header.moveSection(DATE_COLUMN, 3)
        header.moveSection(STATUS_COLUMN, 3)
        header.setSectionResizeMode(DATE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATUS_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.rows.setColumnWidth(2, 240)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("dryRunNotes")
        self.notes.setReadOnly(True)
        self.notes.setMaximumHeight(110)
        self.error = QLabel()
        self.error.setObjectName("dryRunError")
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.date_note = QLabel()
        self.date_note.setObjectName("dryRunDateNote")
        self.date_note.setWordWrap(True)
        self.date_note.setProperty("role", "note")
        self.date_order = QComboBox()
        self.date_order.setObjectName("dryRunDateOrder")
        self.date_order.setAccessibleName(self.tr("How dates are read"))
        self.date_order.addItem(self.tr("Read as day/month/year"), DateOrder.DAY_FIRST)
        self.date_order.addItem(self.tr("Read as month/day/year"), DateOrder.MONTH_FIRST)
        self.date_order.activated.connect(self._reread_dates)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_note, 1)
        date_row.addWidget(self.date_order)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addLayout(date_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.error)
        self.worker: Worker | None = None

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        self.w.plan = None
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.error.clear()
        self.rows.setRowCount(0)
        self.notes.clear()
        self.notes.hide()
        self.date_note.hide()
        self.date_order.hide()
        self.counts.setText(self.tr("Checking every row…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        worker = Worker(_plan, self.w.db, self.w.campaign_id, self.w.table,
                        self.w.mapping, self.w.status, self.w.clock(), self.w.date_order)
        self.worker = worker
        # A dry run left behind by going Back must not fill the page later.
        worker.signals.progress.connect(
            lambda d, t, m: self._progress(d, t, m) if worker is self.worker else None)
        worker.signals.finished.connect(
            lambda plan: self._planned(plan) if worker is self.worker else None)
        worker.signals.failed.connect(
            lambda message: self._failed(message) if worker is self.worker else None)
        self.completeChanged.emit()
        worker.start()

    def cleanupPage(self) -> None:  # noqa: N802 (Qt API)
        """Going Back: stop a dry run still running."""
        if self.worker is not None:
            self.worker.cancel()
        self.worker = None
        self.w.plan = None
        self.w.date_order = None  # another file or column: its own reading

    def _reread_dates(self) -> None:
        """The coordinator reads the file's dates the other way: a new dry
        run (decisions on rows so far are made afresh)."""
        order = self.date_order.currentData()
        if self.w.plan is None or order == self.w.date_order:
            return
        self.w.date_order = order
        self.initializePage()

    def _progress(self, done: int, total: int, _message: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.counts.setText("")
        self.error.setText(message)
        self.completeChanged.emit()

    def _planned(self, plan) -> None:
        self.w.plan = plan
        self.progress.hide()
        # the rows as planned, to apply the coordinator's decisions to afresh
        self.planned_rows = copy.deepcopy(plan.rows)
        self.decisions: dict[int, str] = {}
        self._show_counts()
        order = {"rejected": 0, "new": 1, "merged": 2, "skipped": 3}
        rows = sorted(plan.rows, key=lambda r: (order[r.outcome], r.row))
        self.rows.setRowCount(len(rows))
        self.table_rows = {r.row: i for i, r in enumerate(rows)}
        for i, r in enumerate(rows):
            for c, text in enumerate((str(r.row), outcome_label(r.outcome), r.name, "",
                                      format_date(r.endorsed_at) if r.endorsed_at else "",
                                      "")):
                self.rows.setItem(i, c, QTableWidgetItem(text))
            choices = self._choices(plan, r)
            if len(choices) > 1:
                self.rows.setCellWidget(i, 1, self._decision_combo(r, choices))
        self.rows.setColumnHidden(STATUS_COLUMN, not plan.status_column)
        self._show_rows()
        self._show_dates(plan)
        extra = [self.tr("Warning — {text}").format(text=w) for w in plan.warnings]
        extra += [self.tr("Possible duplicate — {text}").format(text=s)
                  for s in plan.suggestions]
        if plan.empty_rows:
            extra.append(self.tr("%Ln empty rows ignored.", "", plan.empty_rows))
        if extra:
            self.notes.setPlainText("\n".join(extra))
            self.notes.show()
        self.completeChanged.emit()

    def _show_dates(self, plan) -> None:
        """The Endorsed on column and the note on how day and month were
        read, so a wrong reading is caught before anything is written."""
        mapped = "endorsed_at" in self.w.mapping.values()
        self.rows.setColumnHidden(DATE_COLUMN, plan.date_reading is None)
        self.date_order.hide()
        text = ""
        reading = plan.date_reading
        if reading is None and mapped and plan.status_column:
            text = self.tr("The endorsement date column is not used: no row is imported as "
                           "{status}.").format(status=status_word(Status.ENDORSED.value))
        elif reading is None and mapped:
            text = self.tr("The endorsement date column is not used: the rows are imported "
                           "as {status}.").format(status=status_word(plan.status))
        elif reading is not None and reading.matters:
            column = isolate(plan.date_column)
            if reading.order == DateOrder.MIXED:
                text = self.tr("The dates in “{column}” are written both day first and month "
                               "first: only those that can be read one way are taken; the "
                               "others are rejected.").format(column=column)
            else:
                order = (self.tr("day/month/year") if reading.order == DateOrder.DAY_FIRST
                         else self.tr("month/day/year"))
                if reading.by_convention:
                    text = self.tr("Dates in “{column}” read as {order}: no date in the file "
                                   "tells day from month. Check a few rows, or read them the "
                                   "other way.").format(column=column, order=order)
                    self.date_order.setCurrentIndex(self.date_order.findData(reading.order))
                    self.date_order.show()
                else:
                    text = self.tr("Dates in “{column}” read as {order}, as “{example}” "
                                   "shows.").format(column=column, order=order,
                                                    example=isolate(reading.example))
        self.date_note.setText(text)
        self.date_note.setVisible(bool(text))

    # -- the coordinator's decisions ----------------------------------------------------
    def _choices(self, plan, row) -> list[tuple[str, str]]:
        """(text, decision) a row offers in its Outcome cell: as planned
        first, then merging into a suggested directory entry, a new
        organisation instead of an acronym match, or leaving it out."""
        from signon.exchange import signatory_import as imports

        choices = [(outcome_label(row.outcome), "")]
        if imports.can_add_as_new(row):
            choices.append((self.tr("New organisation"), "new"))
        for suggestion in imports.merge_candidates(plan, row):
            choices.append((self.tr("Merge into {name}").format(name=suggestion.candidate),
                            f"merge:{suggestion.organisation_id}"))
        if imports.can_leave_out(row):
            choices.append((self.tr("Leave out"), "leave_out"))
        return choices

    def _decision_combo(self, row, choices) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"rowDecision_{row.row}")
        combo.setAccessibleName(self.tr("What to do with row {row}").format(row=row.row))
        combo.setToolTip(self.tr("Change what the import does with this row"))
        for text, decision in choices:
            combo.addItem(text, decision)
        combo.currentIndexChanged.connect(
            lambda _index, number=row.row, combo=combo: self.decide(number,
                                                                   combo.currentData()))
        return combo

    def decide(self, number: int, decision: str) -> None:
        """Row `number` gets `decision` ("" as planned, "leave_out", "new",
        "merge:<organisation id>"); the plan is made again from the dry run
        with every decision so far, so none depends on the order they came."""
        from signon.exchange import signatory_import as imports

        if decision:
            self.decisions[number] = decision
        else:
            self.decisions.pop(number, None)
        plan = self.w.plan
        plan.rows = copy.deepcopy(self.planned_rows)
        with self.w.db.session() as session:
            for row, choice in sorted(self.decisions.items()):
                if choice == "leave_out":
                    imports.leave_out(plan, row)
                elif choice == "new":
                    imports.add_as_new(plan, row)
                elif choice.startswith("merge:"):
                    imports.merge_into(session, plan, row, int(choice.split(":", 1)[1]))
        self._show_counts()
        self._show_rows()
        self.completeChanged.emit()

    def _details(self, r) -> str:
        """What the Details column says of a row, in the interface language
        where the importer's reason is one of its own."""
        from signon.exchange import signatory_import as imports

        if r.duplicate_of is not None:
            return self.tr("Repeated in this file (row {row})").format(row=r.duplicate_of)
        # the file's words in their own direction: "12/3/2026 18:30" stays one
        # date in the Arabic interface (a translation begins with a word of
        # its own, so the sentence takes the interface's direction)
        column, value = isolate(self.w.plan.date_column), isolate(r.date_text)
        if r.date_problem == imports.UNREADABLE_DATE:
            return self.tr("“{value}” in {column} is not a date").format(value=value,
                                                                        column=column)
        if r.date_problem == imports.FUTURE_DATE:
            return self.tr("“{value}” in {column} is after today").format(value=value,
                                                                         column=column)
        column, value = isolate(self.w.plan.status_column), isolate(r.status_text)
        if r.status_problem == imports.UNREADABLE_STATUS:
            return self.tr("“{value}” in {column} is not a status").format(value=value,
                                                                          column=column)
        if r.status_problem == imports.REFUSED_STATUS:
            return self.tr("“{value}” in {column} is “{status}”, which an import cannot "
                           "give").format(value=value, column=column,
                                          status=status_label(r.status_read))
        reasons = {imports.ON_CAMPAIGN: self.tr("Already on this campaign"),
                   imports.LEFT_OUT: self.tr("Left out"),
                   imports.MERGED_ON_REVIEW: self.tr("your choice"),
                   imports.SAME_ACRONYM: self.tr("same acronym and country"),
                   "same name": self.tr("same name")}
        reason = reasons.get(r.reason, r.reason)
        candidates = imports.merge_candidates(self.w.plan, r)
        if candidates:
            return self.tr("Looks like {name} in the directory: choose “Merge into…” if it "
                           "is the same").format(name=candidates[0].candidate)
        if r.outcome == "merged" and r.target:
            return f"→ {r.target}" + (f" ({reason})" if reason else "")
        if r.outcome == "skipped" and r.target and r.target != r.name and r.reason != \
                imports.LEFT_OUT:
            return f"{reason} → {r.target}" if reason else f"→ {r.target}"
        return reason

    def _show_rows(self) -> None:
        """Outcome (colour) and details of every row, as the plan says now."""
        for r in self.w.plan.rows:
            i = self.table_rows[r.row]
            outcome, details = self.rows.item(i, 1), self.rows.item(i, 3)
            outcome.setText(outcome_label(r.outcome))
            outcome.setForeground(QColor(OUTCOME_COLOURS[r.outcome]))
            details.setText(self._details(r))
            # the status a row is added in; a row not added keeps what it has
            self.rows.item(i, STATUS_COLUMN).setText(
                status_label(r.status) if r.outcome in ("new", "merged") else "")
            for item in (self.rows.item(i, 2), details):
                item.setToolTip(item.text())

    def _show_counts(self) -> None:
        plan = self.w.plan
        counts = plan.counts()
        parts = []
        for outcome in ("new", "merged", "skipped", "rejected"):
            count = outcome_count(outcome, counts[outcome])
            parts.append(f"<span style='color:{OUTCOME_COLOURS[outcome]}'>●</span> " + count)
        adding = counts["new"] + counts["merged"]
        if plan.status_column:
            added = [r.status for r in plan.rows if r.outcome in ("new", "merged")]
            statuses = ", ".join(status_count(s.value, added.count(s.value))
                                 for s in Status if s.value in added)
            line = self.tr("%Ln will be added as the file says ({statuses}); merged rows join "
                           "an organisation already in the directory.", "", adding
                           ).format(statuses=statuses)
        else:
            line = self.tr("%Ln will be added as {status}; merged rows join an organisation "
                           "already in the directory.", "", adding
                           ).format(status=status_word(plan.status))
        self.counts.setText(" &nbsp;·&nbsp; ".join(parts) + "<br>" + escape(line))
        self.setButtonText(QWizard.WizardButton.CommitButton,
                           self.tr("Import %Ln", "", adding) if adding
                           else self.tr("Nothing to import"))

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        plan = self.w.plan
        return plan is not None and any(r.outcome in ("new", "merged") for r in plan.rows)


class RunPage(QWizardPage):
    """Writes the plan in one transaction off the GUI thread, then sums up."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.w = wizard
        self.setObjectName("importRunPage")
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("All rows are written in one transaction: cancelling leaves the "
                                 "database as it was."))
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.cancel = QPushButton(self.tr("Cancel import"))
        self.cancel.setObjectName("importCancel")
        self.cancel.clicked.connect(self.cancel_import)
        self.headline = QLabel()
        self.headline.setObjectName("importHeadline")
        self.headline.setWordWrap(True)
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("importSummary")
        self.summary.setReadOnly(True)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.headline)
        layout.addWidget(self.summary, 1)
        self.worker: Worker | None = None
        self.done = False

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        self.done = False
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("All rows are written in one transaction: cancelling leaves the "
                                 "database as it was."))
        self.summary.clear()
        self.summary.hide()
        self.headline.setText(self.tr("Writing every row in one transaction…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel.show()
        self.cancel.setEnabled(True)
        self.worker = Worker(_apply, self.w.db, self.w.plan)
        self.worker.signals.progress.connect(self._progress)
        self.worker.signals.finished.connect(self._finished)
        self.worker.signals.failed.connect(self._failed)
        self.worker.signals.cancelled.connect(self._cancelled)
        self.worker.start()

    @property
    def running(self) -> bool:
        return self.worker is not None and not self.done

    def cancel_import(self) -> None:
        if self.running:
            self.cancel.setEnabled(False)
            self.headline.setText(self.tr("Cancelling…"))
            self.worker.cancel()

    def _progress(self, done: int, total: int, _message: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _end(self, title: str, headline: str) -> None:
        self.done = True
        self.progress.hide()
        self.cancel.hide()
        self.setTitle(title)
        # "cancelling leaves the database as it was" no longer applies
        self.setSubTitle("")
        self.headline.setText(headline)
        self.completeChanged.emit()
        self.w.job_ended()

    def _finished(self, report) -> None:
        self.w.report = report
        self.summary.setPlainText("\n".join(report.summary_lines()))
        self.summary.show()
        self._end(self.tr("Imported"),
                  self.tr("%Ln signatories added to the campaign.", "", report.added))
        self.w.imported.emit()

    def _failed(self, message: str) -> None:
        self._end(self.tr("Import failed"),
                  self.tr("{message} Nothing was imported.").format(message=message))

    def _cancelled(self) -> None:
        self._end(self.tr("Import cancelled"), self.tr("Cancelled; nothing was imported."))

    def isComplete(self) -> bool:  # noqa: N802 (Qt API)
        return self.done


class ImportWizard(QWizard):
    """Emits `imported` once the rows are in the database."""

    imported = Signal()

    def __init__(self, db: Database, campaign_id: int, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] | None = None):
        super().__init__(parent)
        ensure_installed()
        self.db = db
        self.campaign_id = campaign_id
        # now, for endorsement dates (a date after today is refused); tests set it
        self.clock = clock or (lambda: datetime.now(UTC))
        # the coordinator's reading of ambiguous dates (None: the language's)
        self.date_order = None
        self.table = None
        self.mapping: dict[int, str | None] = {}
        self.status = Status.PROSPECT.value
        self.plan = None
        self.report = None
        self._close_when_done = False
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import signatories"))
        self.setAccessibleName(self.tr("Import signatories"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.mapping_page = MappingPage(self)
        self.status_page = StatusPage(self)
        self.dry_run_page = DryRunPage(self)
        self.run_page = RunPage(self)
        for page in (self.file_page, self.preview_page, self.mapping_page, self.status_page,
                     self.dry_run_page, self.run_page):
            self.addPage(page)
        self.resize(820, 600)

    def reject(self) -> None:
        """Closing while the import runs cancels it first (it rolls back)."""
        if self.run_page.running:
            self._close_when_done = True
            self.run_page.cancel_import()
            return
        super().reject()

    def job_ended(self) -> None:
        if self._close_when_done:
            self._close_when_done = False
            super().reject()
