"""Changing the status of one or many signatories, with channel and note.

The dialog shows before anything is written how many of the selection the
workflow allows to move, and which would stay as they are and why, using
the same domain rules the store will apply.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from signon.domain.status import Status, allowed_next
from signon.ui.labels import channel_label, status_word
from signon.ui.signatories.choices import CHANNELS
from signon.ui.signatories.table_model import STATUS_ORDER, add_statuses


class StatusDialog(QDialog):
    """Asks for the new status, the channel the answer came through and a note."""

    def __init__(self, current: list[str], target: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("bulkStatusDialog")
        n = len(current)
        self.setWindowTitle(self.tr("Change status"))
        self.setAccessibleName(self.tr("Change status"))
        self._current = Counter(current)

        heading = QLabel(self.tr("Change the status of %Ln signatories", "", n))
        heading.setObjectName("dialogHeading")
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusChoice")
        self.status_combo.setAccessibleName(self.tr("New status"))
        add_statuses(self.status_combo)
        self.channel_combo = QComboBox()
        self.channel_combo.setObjectName("channelChoice")
        self.channel_combo.setAccessibleName(self.tr("Channel"))
        for value in CHANNELS:
            self.channel_combo.addItem(channel_label(value), value)
        self.note = QLineEdit()
        self.note.setObjectName("statusNote")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("e.g. replied to the invitation of 3 May"))
        self.preview = QLabel()
        self.preview.setObjectName("statusPreview")
        self.preview.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("New status"), self.status_combo)
        form.addRow(self.tr("Received by"), self.channel_combo)
        form.addRow(self.tr("Note"), self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Apply"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

        self.status_combo.currentIndexChanged.connect(self._update_preview)
        if target is not None:
            self.status_combo.setCurrentIndex(self.status_combo.findData(target))
        else:
            self.status_combo.setCurrentIndex(self._best_default())
        self._update_preview()

    def _best_default(self) -> int:
        """The first status that the whole selection may move to."""
        for i, status in enumerate(STATUS_ORDER):
            if all(status in allowed_next(Status(s)) for s in self._current):
                return i
        return 0

    def allowed_count(self) -> tuple[int, int]:
        target = Status(self.status_combo.currentData())
        ok = sum(n for s, n in self._current.items() if target in allowed_next(Status(s)))
        return ok, sum(self._current.values()) - ok

    def _update_preview(self) -> None:
        target = Status(self.status_combo.currentData())
        ok, refused = self.allowed_count()
        lines = [self.tr("%Ln will move to {status}.", "", ok).format(
            status=status_word(target))]
        if refused:
            stuck = sorted(status_word(s) for s in self._current
                           if target not in allowed_next(Status(s)))
            lines.append(self.tr("%Ln will stay as they are (the workflow does not allow "
                                 "{status} after {previous}).", "", refused).format(
                status=status_word(target), previous=", ".join(stuck)))
        self.preview.setText(" ".join(lines))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok > 0)

    def values(self) -> tuple[str, str, str]:
        """(status, channel, note) as the store takes them."""
        return (self.status_combo.currentData(), self.channel_combo.currentData(),
                self.note.text().strip())
