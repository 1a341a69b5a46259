"""The outbox page's widgets and their layout: which messages to show and
their counts, the table of messages above the selected one, the buttons
that act on the selection, and the send row (Send, Pause, Cancel, progress)
with the status line under it.

Layout only, after TagStudio's convention: `OutboxPanel` (outbox_panel.py)
subclasses this view and wires it to the outbox and its handlers. The
texts keep the translation context "OutboxPanel" they were written in
(`translate`, and outbox_wording.py for a counted one).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from signon.store import outbox
from signon.ui.fitting import FittedPage, FlowBox
from signon.ui.i18n import translate
from signon.ui.outreach import outbox_wording
from signon.ui.outreach.tables import shrinkable_combo

FILTERS: list[tuple[str, tuple[str, ...] | None]] = [
    (QT_TRANSLATE_NOOP("OutboxPanel", "All messages"), None),
    (QT_TRANSLATE_NOOP("OutboxPanel", "Waiting (queued, failed, uncertain)"),
     (outbox.QUEUED, outbox.FAILED, outbox.UNCERTAIN, outbox.SENDING)),
    (QT_TRANSLATE_NOOP("OutboxPanel", "Sent"), (outbox.SENT,)),
    (QT_TRANSLATE_NOOP("OutboxPanel", "Excluded"), (outbox.EXCLUDED,)),
    (QT_TRANSLATE_NOOP("OutboxPanel", "Bounced"), (outbox.BOUNCED,)),
]
MAILTO_MAX = 20  # opening more mail windows at once helps nobody


def _button(text: str, name: str, tip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    if tip:
        button.setToolTip(tip)
    return button


class OutboxView(FittedPage):
    """`filter`, `counts`, `smtp_button`; `table` and `preview`; the
    selection's buttons (`exclude_button` … `bounced_button`); the send row
    (`send_button`, `pause_button`, `cancel_button`, `progress`) and
    `status`."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("outboxPanel")
        top = self._build_top()
        split = self._build_messages()
        send_row = self._build_send_row()
        actions = self._build_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(actions)
        layout.addLayout(send_row)
        layout.addWidget(self.status)

    def _build_top(self) -> QLayout:
        """Which messages to show, how many are in each state, SMTP settings."""
        self.filter = QComboBox()
        self.filter.setObjectName("outboxFilter")
        self.filter.setAccessibleName(translate("OutboxPanel", "Show messages"))
        for label, states in FILTERS:
            self.filter.addItem(translate("OutboxPanel", label), states)
        shrinkable_combo(self.filter)
        self.counts = QLabel()
        self.counts.setObjectName("outboxCounts")
        self.counts.setWordWrap(True)  # "3 queued · 12 sent · 1 failed · …" grows
        self.smtp_button = _button(
            translate("OutboxPanel", "SMTP settings…"), "smtpSettingsButton",
            translate("OutboxPanel", "Server, sender address and password for sending"))
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("OutboxPanel", "Show:")))
        top.addWidget(self.filter)
        top.addWidget(self.counts, 1)
        top.addWidget(self.smtp_button)
        return top

    def _build_messages(self) -> QSplitter:
        """The table of messages above the selected one, as it will be sent:
        the signatory (organisation or individual) each is for, then the
        contact person it is addressed to."""
        columns = (translate("OutboxPanel", "Signatory"), translate("OutboxPanel", "To"),
                   translate("OutboxPanel", "Address"),
                   translate("OutboxPanel", "Kind"), translate("OutboxPanel", "Subject"),
                   translate("OutboxPanel", "State"), translate("OutboxPanel", "Tries"),
                   translate("OutboxPanel", "Sent / note"))
        self.table = QTableWidget(0, len(columns))
        self.table.setObjectName("outboxTable")
        self.table.setTabKeyNavigation(False)  # Tab leaves it; arrows move inside
        self.table.setAccessibleName(translate("OutboxPanel", "Outbox"))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(len(columns) - 1, QHeaderView.ResizeMode.Stretch)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("outboxPreview")
        self.preview.setAccessibleName(translate("OutboxPanel", "Selected message"))
        self.preview.setReadOnly(True)
        self.preview.setPlaceholderText(
            translate("OutboxPanel", "Select a message to read it as it will be sent."))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        return split

    def _build_send_row(self) -> QLayout:
        """Send, Pause, Cancel and the progress; the status line under them."""
        self.send_button = _button(
            translate("OutboxPanel", "Send"), "sendButton",
            translate("OutboxPanel", "Send every queued and failed message by SMTP, one at a "
                                     "time at the set rate"))
        self.pause_button = _button(translate("OutboxPanel", "Pause"), "pauseButton")
        self.pause_button.setCheckable(True)
        self.cancel_button = _button(
            translate("OutboxPanel", "Cancel"), "cancelButton",
            translate("OutboxPanel", "Stop after the message being sent; the rest stay queued"))
        self.progress = QProgressBar()
        self.progress.setObjectName("sendProgress")
        self.progress.setAccessibleName(translate("OutboxPanel", "Sending progress"))
        self.progress.setTextVisible(True)
        self.progress.setFormat(self.progress_format())
        self.status = QLabel()
        self.status.setObjectName("sendStatus")
        self.status.setWordWrap(True)
        send_row = QHBoxLayout()
        for w in (self.send_button, self.pause_button, self.cancel_button):
            send_row.addWidget(w)
        send_row.addWidget(self.progress, 1)
        return send_row

    def _build_actions(self) -> FlowBox:
        """Three groups of buttons — what to send, sending it yourself, what
        became of sent messages — that wrap as wholes: one or two rows of
        nine buttons were wider than the window in every language."""
        self.exclude_button = _button(
            translate("OutboxPanel", "Exclude"), "excludeButton",
            translate("OutboxPanel", "Leave the selected messages out of sending"))
        self.include_button = _button(translate("OutboxPanel", "Include"), "includeButton",
                                      translate("OutboxPanel", "Put excluded messages back"))
        self.remove_button = _button(
            translate("OutboxPanel", "Remove"), "removeButton",
            translate("OutboxPanel", "Delete the selected messages that were never sent"))
        self.eml_button = _button(
            translate("OutboxPanel", "Save as .eml…"), "emlButton",
            translate("OutboxPanel", "One file per message, to send from your own mail "
                                     "program"))
        self.mailto_button = _button(translate("OutboxPanel", "Open in mail program"),
                                     "mailtoButton", outbox_wording.opens_drafts(MAILTO_MAX))
        self.mark_sent_button = _button(
            translate("OutboxPanel", "Mark as sent"), "markSentButton",
            translate("OutboxPanel", "You sent the selected messages yourself"))
        self.arrived_button = _button(
            translate("OutboxPanel", "It arrived"), "confirmSentButton",
            translate("OutboxPanel", "An uncertain message was delivered after all (found in "
                                     "your Sent folder)"))
        self.resend_button = _button(
            translate("OutboxPanel", "Send again"), "resendButton",
            translate("OutboxPanel", "An uncertain message did not arrive: queue it again"))
        self.bounced_button = _button(
            translate("OutboxPanel", "Bounced"), "bouncedButton",
            translate("OutboxPanel", "A bounce came back: mark the message bounced and flag "
                                     "the address on the contact"))
        actions = FlowBox()
        for group in ((self.exclude_button, self.include_button, self.remove_button),
                      (self.eml_button, self.mailto_button, self.mark_sent_button),
                      (self.arrived_button, self.resend_button, self.bounced_button)):
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            for w in group:
                row.addWidget(w)
            actions.addWidget(box)
        return actions

    def show_running(self, running: bool) -> None:
        """While sending: Pause and Cancel, no SMTP settings, the progress
        counted; otherwise the other way round, the progress empty."""
        self.pause_button.setEnabled(running)
        self.cancel_button.setEnabled(running)
        self.smtp_button.setEnabled(not running)
        self.filter.setEnabled(True)
        if not running:
            self.pause_button.blockSignals(True)
            self.pause_button.setChecked(False)
            self.pause_button.setText(translate("OutboxPanel", "Pause"))
            self.pause_button.blockSignals(False)
            self.progress.setValue(0)
            self.progress.setFormat("")
        else:
            self.progress.setFormat(self.progress_format())

    @staticmethod
    def progress_format() -> str:
        """"%v of %m" (QProgressBar fills in the value and the maximum)."""
        return translate("OutboxPanel", "%v of %m")
