"""Correcting the status of one or many signatories, with the reason.

For a status that was wrong — an "Endorsed" clicked on the wrong row, a
reply filed under another organisation — rather than one that changed.
The workflow's allowed moves do not apply, a reason is required, and the
history records a correction ("Corrected: Endorsed → Invited — reason"),
never a withdrawal. The dialog says beforehand how many of the selection
it will correct (those already in the chosen status stay as they are).
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

from signon.ui.labels import status_word
from signon.ui.signatories.table_model import STATUS_ORDER, add_statuses


class CorrectionDialog(QDialog):
    """Asks for the right status and why the current one is wrong."""

    def __init__(self, current: list[str], suggested: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("correctStatusDialog")
        n = len(current)
        self.setWindowTitle(self.tr("Correct status"))
        self.setAccessibleName(self.tr("Correct status"))
        self._current = Counter(current)

        heading = QLabel(self.tr("Correct the status of %Ln signatories", "", n))
        heading.setObjectName("dialogHeading")
        explain = QLabel(self.tr(
            "For a status set by mistake. Any status can be corrected to any other; the "
            "history keeps it as a correction with your reason, not as a change."))
        explain.setObjectName("correctionExplanation")
        explain.setProperty("role", "note")
        explain.setWordWrap(True)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("correctStatusChoice")
        self.status_combo.setAccessibleName(self.tr("Correct status"))
        add_statuses(self.status_combo)
        self.reason = QLineEdit()
        self.reason.setObjectName("correctionReason")
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("e.g. marked endorsed by mistake"))
        self.preview = QLabel()
        self.preview.setObjectName("correctionPreview")
        self.preview.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Correct to"), self.status_combo)
        form.addRow(self.tr("Reason"), self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Correct"))
        self.ok_button.setObjectName("correctButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

        self.status_combo.currentIndexChanged.connect(self._update)
        self.reason.textChanged.connect(self._update)
        self.status_combo.setCurrentIndex(self._default(suggested))
        self._update()
        self.reason.setFocus()

    def _default(self, suggested: str | None) -> int:
        """The status it had before its last change when known (one
        signatory), else the first one that is not the whole selection's."""
        index = self.status_combo.findData(suggested) if suggested else -1
        if index >= 0 and suggested not in self._current:
            return index
        for i, status in enumerate(STATUS_ORDER):
            if status.value not in self._current:
                return i
        return 0

    def counts(self) -> tuple[int, int]:
        """(to correct, already in the chosen status)."""
        same = self._current.get(self.status_combo.currentData(), 0)
        return sum(self._current.values()) - same, same

    def _update(self) -> None:
        target = status_word(self.status_combo.currentData())
        fix, same = self.counts()
        lines = [self.tr("%Ln will be corrected to {status}.", "", fix).format(status=target)]
        if same:
            lines.append(self.tr("%Ln already {status} will stay as they are.", "",
                                 same).format(status=target))
        if fix and not self.reason.text().strip():
            lines.append(self.tr("Say why: the reason is kept in the history."))
        self.preview.setText(" ".join(lines))
        self.ok_button.setEnabled(fix > 0 and bool(self.reason.text().strip()))

    def values(self) -> tuple[str, str]:
        """(status, reason) as the store takes them."""
        return self.status_combo.currentData(), self.reason.text().strip()
