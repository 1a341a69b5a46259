"""What Sign-on holds about one person, and erasing it (issue 19).

Opened from a contact in the Signatories tab's side panel ("Personal
data…"): the coordinator answering an access request sees every place the
database holds the person's data and which backups still carry it
(`store.data_held`), and can save that listing as a file to send them; an
erasure request is met with "Erase…", after a confirmation that says what
goes and that it cannot be undone (`store.erasure.erase_everywhere`, the
same erasure as `signon erase`). Both read and write off the GUI thread.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from signon.domain.compose import capitalise
from signon.store.database import Database
from signon.ui import dialogs
from signon.ui.elide import IsolatingDelegate
from signon.ui.worker import Worker


class Held(NamedTuple):
    """What `read_held` found."""

    places: list
    copies_checked: int
    copies_holding: list[Path]


def read_held(db: Database, email: str, *, progress=None) -> Held:
    """The places and the copies holding `email` (a worker's function)."""
    del progress
    from signon.store.backup import every_copy
    from signon.store.data_held import backups_holding, data_held

    with db.transaction() as connection:
        places = data_held(connection, email)
    copies = every_copy(db.path)
    return Held(places, len(copies), backups_holding(email, copies))


def erase(db: Database, email: str, *, progress=None):
    """The erasure (a worker's function)."""
    del progress
    from signon.store.erasure import erase_everywhere

    return erase_everywhere(db, email)


class PersonalDataDialog(QDialog):
    """The listing for one address, with Save as file… and Erase…;
    `erased` is emitted once an erasure has been carried out."""

    erased = Signal()

    def __init__(self, db: Database, email: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.email = db, email.strip().lower()
        self.held: Held | None = None
        self.setObjectName("personalDataDialog")
        self.setWindowTitle(self.tr("Personal data: {address}").format(address=self.email))
        self.summary = QLabel(self.tr("Looking through the database and its backups…"))
        self.summary.setObjectName("personalDataSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("personalDataTable")
        self.table.setAccessibleName(self.tr("Where the data is held"))
        self.table.setHorizontalHeaderLabels(
            (self.tr("What"), self.tr("Campaign"), self.tr("Of"), self.tr("Holds")))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setItemDelegate(IsolatingDelegate(self.table))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.save_button = QPushButton(self.tr("Save as file…"))
        self.save_button.setObjectName("savePersonalDataButton")
        self.save_button.setToolTip(self.tr("A file to send the person: readable by you only"))
        self.erase_button = QPushButton(self.tr("Erase…"))
        self.erase_button.setObjectName("erasePersonalDataButton")
        self.erase_button.setProperty("role", "danger")
        for button in (self.save_button, self.erase_button):
            button.setEnabled(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.erase_button.clicked.connect(self.ask_erase)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.erase_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(760, 420)
        self.read()

    # -- reading -------------------------------------------------------------
    def read(self) -> None:
        worker = Worker(read_held, self.db, self.email)
        worker.signals.finished.connect(self._show)
        worker.signals.failed.connect(self._failed)
        worker.start()

    def _show(self, held: Held) -> None:
        self.held = held
        self.table.setRowCount(len(held.places))
        for row, place in enumerate(held.places):
            cells = (capitalise(place.kind_text), place.campaign, place.of, place.holds)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        for col in range(3):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 200))
        if held.places:
            summary = self.tr("%n place(s) in the database hold data of this person.", "",
                              len(held.places))
        else:
            summary = self.tr("The database holds nothing about this person.")
        summary += " " + self.tr("%n of the backups and safety copies still hold(s) the "
                                 "address.", "", len(held.copies_holding))
        self.summary.setText(summary)
        self.save_button.setEnabled(True)
        self.erase_button.setEnabled(bool(held.places) or bool(held.copies_holding))

    def _failed(self, message: str) -> None:
        self.summary.setText(message)
        self.summary.setProperty("role", "warning")

    # -- saving --------------------------------------------------------------
    def listing(self) -> dict:
        """The listing as a file holds it (the same shape as `signon
        data-held --json`)."""
        held = self.held
        return {"email": self.email, "database": self.db.display,
                "places": [p.as_dict() for p in held.places] if held else [],
                "backups_checked": held.copies_checked if held else 0,
                "backups_holding": [str(p) for p in held.copies_holding] if held else []}

    def save(self) -> None:
        from signon.atomic import atomic_write_text

        name = self.email.replace("@", "-at-") + "-data-held.json"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the listing"), str(Path.home() / name),
            self.tr("JSON (*.json)"))
        if not path:
            return
        try:
            atomic_write_text(Path(path), json.dumps(self.listing(), ensure_ascii=False, indent=1)
                       + "\n", private=True)
        except OSError as exc:
            dialogs.error(self, f"{path}: {exc.strerror or exc}")
            return
        self.summary.setText(self.tr("Saved to {path}.").format(path=path))

    # -- erasing -------------------------------------------------------------
    def ask_erase(self) -> None:
        held = self.held
        if held is None:
            return
        question = self.tr(
            "Erase everything held about {address}?\n\n"
            "Their contact record, the messages written to them and their replies are "
            "removed; an individual signer leaves the list and the letter. An "
            "organisation's endorsement stays. Notes that mention them are left for you "
            "to edit. The database and %n backup(s) holding the address are rewritten so "
            "that nothing of it can be read there again.\n\nThis cannot be undone.",
            "", len(held.copies_holding)).format(address=self.email)
        if not dialogs.confirm(self, self.tr("Erase personal data"), question,
                               self.tr("Erase")):
            return
        for button in (self.save_button, self.erase_button):
            button.setEnabled(False)
        self.summary.setText(self.tr("Erasing…"))
        worker = Worker(erase, self.db, self.email)
        worker.signals.finished.connect(self._erased)
        worker.signals.failed.connect(self._failed)
        worker.start()

    def _erased(self, report) -> None:
        left = list(report.plan.mentions)
        text = self.tr("Erased. The database and its copies no longer hold the removed data.")
        if self.db.path is None:
            text = self.tr("Erased on the team database. Its server's own backups are its "
                           "administrator's to clear.")
        if report.plan.editions:
            text += " " + self.tr("Their name is replaced in %n published edition(s), each "
                                  "kept with its digest.", "", len(report.plan.editions))
        if left:
            text += " " + self.tr("%n note(s) that mention the address are left for you to "
                                  "edit:", "", len(left)) + " " + "; ".join(
                f"{p.of} ({p.kind_text})" for p in left)
        self.summary.setText(text)
        self.table.setRowCount(0)
        self.erased.emit()

