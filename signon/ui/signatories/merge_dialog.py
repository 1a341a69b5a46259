"""Possible duplicates in the organisation directory, merged only on request.

The list comes from `store.merge.find_duplicates` (run off the GUI thread:
a large directory takes a few seconds). For each pair the dialog shows both
entries side by side; the person picks the one whose name to keep and
merges, or says they are different groups, which is remembered.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from signon.domain.errors import SignonError
from signon.store.database import Database
from signon.ui.i18n import translate
from signon.ui.labels import country_label, format_number, org_type_label
from signon.ui.signatories.merge_cards import MergeCards, card_html
from signon.ui.worker import Worker


def _find(db: Database, *, progress):
    from signon.store.merge import find_duplicates

    with db.session() as session:
        return find_duplicates(session, progress=progress)


def _describe(org) -> str:
    return card_html(org.name, [
        (translate("MergeDialog", "Acronym"), org.acronym),
        (translate("MergeDialog", "Country"),
         f"{country_label(org.country)} ({org.country})" if org.country else ""),
        (translate("MergeDialog", "Type"), org_type_label(org.org_type)),
        (translate("MergeDialog", "Website"), org.website),
        (translate("MergeDialog", "Campaigns"), format_number(org.campaigns)),
        (translate("MergeDialog", "Contacts"), format_number(org.contacts))])


class MergeDialog(QDialog):
    """Emits `merged` after each merge so the table can reload."""

    merged = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.candidates: list = []
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.setAccessibleName(self.tr("Possible duplicate organisations"))
        self._build_list()
        cards = self._build_cards()
        buttons = self._build_buttons()
        self._build_layout(cards, buttons)
        self._set_pair_enabled(False)
        self.worker = Worker(_find, self.db)
        self.worker.signals.finished.connect(self._found)
        self.worker.signals.failed.connect(self._failed)
        self.status.setText(self.tr("Comparing the directory…"))
        self.worker.start()

    def _build_list(self) -> None:
        """The progress of the comparison and the list of possible duplicates."""
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.list = QTableWidget(0, 3)
        self.list.setObjectName("duplicateList")
        self.list.setTabKeyNavigation(False)  # Tab leaves it; arrows move inside
        self.list.setAccessibleName(self.tr("Possible duplicates"))
        self.list.setHorizontalHeaderLabels((
            self.tr("Organisation"), self.tr("Possible duplicate"), self.tr("Why")))
        self.list.verticalHeader().hide()
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(False)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemSelectionChanged.connect(self._show_pair)

    def _build_cards(self) -> MergeCards:
        """The selected pair side by side, each entry with "Keep this name"."""
        self.cards = MergeCards(self.tr("Keep this name"))
        self.first, self.second = self.cards.first, self.cards.second
        self.keep_first, self.keep_second = self.cards.keep_first, self.cards.keep_second
        return self.cards

    def _build_buttons(self) -> QHBoxLayout:
        """The status line, Not the same, Merge and Close."""
        self.status = QLabel()
        self.status.setObjectName("mergeStatus")
        self.merge_button = QPushButton(self.tr("Merge"))
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setProperty("primary", True)
        self.merge_button.clicked.connect(self.merge_selected)
        self.dismiss_button = QPushButton(self.tr("Not the same"))
        self.dismiss_button.setObjectName("dismissButton")
        self.dismiss_button.setToolTip(
            self.tr("They are different groups: stop suggesting this pair"))
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("mergeCloseButton")
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(close)
        return buttons

    def _build_layout(self, cards: MergeCards, buttons: QHBoxLayout) -> None:
        """What the dialog does, above the list, the pair and the buttons."""
        intro = QLabel(self.tr("Organisations that may have been entered twice. Nothing is merged "
                               "unless you choose to: a merge keeps both entries' endorsements, "
                               "contacts and history under the name you keep."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.progress)
        layout.addWidget(self.list, 1)
        layout.addWidget(cards)
        layout.addLayout(buttons)
        self.resize(860, 580)

    def done(self, result: int) -> None:
        if self.worker is not None:
            self.worker.cancel()
        super().done(result)

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.status.setText(message)

    def _found(self, candidates: list) -> None:
        self.worker = None
        self.progress.hide()
        self.candidates = list(candidates)
        self._fill()

    def _fill(self) -> None:
        self.list.setRowCount(len(self.candidates))
        for row, c in enumerate(self.candidates):
            for col, text in enumerate((self._label(c.first), self._label(c.second),
                                        c.reason)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.list.setItem(row, col, item)
        n = len(self.candidates)
        self.status.setText(self.tr("No possible duplicates.") if not n else
                            self.tr("%Ln possible duplicates.", "", n))
        if n:
            self.list.selectRow(0)
        else:
            self._set_pair_enabled(False)
            self.cards.clear()

    @staticmethod
    def _label(org) -> str:
        bits = ", ".join(b for b in (org.acronym, org.country) if b)
        return f"{org.name} ({bits})" if bits else org.name

    def _current(self):
        row = self.list.currentRow()
        return self.candidates[row] if 0 <= row < len(self.candidates) else None

    def _set_pair_enabled(self, enabled: bool) -> None:
        for widget in (self.merge_button, self.dismiss_button, self.keep_first,
                       self.keep_second):
            widget.setEnabled(enabled)

    def _show_pair(self) -> None:
        c = self._current()
        if c is None:
            self._set_pair_enabled(False)
            return
        # Keep by default the entry used more (more campaigns, then contacts).
        first_first = (c.first.campaigns, c.first.contacts) >= (c.second.campaigns,
                                                                c.second.contacts)
        self.cards.show_pair(_describe(c.first), _describe(c.second), first_first)
        self._set_pair_enabled(True)

    def merge_selected(self) -> None:
        from signon.store.merge import merge_organisations

        c = self._current()
        if c is None:
            return
        keep, gone = ((c.first, c.second) if self.keep_first.isChecked()
                      else (c.second, c.first))
        try:
            with self.db.session() as session:
                result = merge_organisations(session, keep.id, gone.id)
        except SignonError as exc:
            self.status.setText(str(exc))
            return
        # Pairs that named the merged entry are gone with it.
        self.candidates = [x for x in self.candidates
                           if gone.id not in (x.first.id, x.second.id)]
        self._fill()
        if result.combined_signatories:
            text = self.tr("Merged “{gone}” into “{kept}”, %Ln signatories combined.", "",
                           result.combined_signatories)
        else:
            text = self.tr("Merged “{gone}” into “{kept}”.")
        self.status.setText(text.format(gone=gone.name, kept=keep.name))
        self.merged.emit()

    def dismiss_selected(self) -> None:
        from signon.store.merge import dismiss_pair

        c = self._current()
        if c is None:
            return
        with self.db.session() as session:
            dismiss_pair(session, c.first.id, c.second.id)
        self.candidates.remove(c)
        self._fill()
