"""The outbox: every message with the address it uses and its state, and
the ways to send it — SMTP off the GUI thread (progress, pause, cancel),
.eml files, or the desktop's mail program — then to record what happened.

Uncertain messages (the connection died after the server had the whole
message, or the app stopped while sending) are never resent on their own:
the coordinator checks the Sent folder and clicks "It arrived" or "Send
again".
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from signon.domain.errors import SignonError
from signon.outreach import mailing, secrets
from signon.outreach.message import mailto_link
from signon.outreach.sending import SendControl, SendReport, send_outbox
from signon.outreach.settings import SmtpSettings, load_smtp_settings, save_smtp_settings
from signon.store import outbox
from signon.store.database import Database
from signon.ui import colours, dialogs
from signon.ui.fitting import FittedPage, FlowBox
from signon.ui.i18n import translate
from signon.ui.labels import format_datetime, format_number, template_kind_label
from signon.ui.outreach.smtp_dialog import SmtpSettingsDialog
from signon.ui.outreach.tables import fit_columns, shrinkable_combo
from signon.ui.worker import Worker


class OutboxState(QObject):
    """Translation context of the outbox counts ("3 queued").
    `OutboxState.tr(text, "", n)` is how lupdate reads a plural
    (docs/interface-languages.md)."""


STATE_LABELS = {
    outbox.QUEUED: QT_TRANSLATE_NOOP("OutboxState", "Queued"),
    outbox.SENDING: QT_TRANSLATE_NOOP("OutboxState", "Sending…"),
    outbox.SENT: QT_TRANSLATE_NOOP("OutboxState", "Sent"),
    outbox.FAILED: QT_TRANSLATE_NOOP("OutboxState", "Failed"),
    outbox.EXCLUDED: QT_TRANSLATE_NOOP("OutboxState", "Excluded"),
    outbox.UNCERTAIN: QT_TRANSLATE_NOOP("OutboxState", "Uncertain"),
}
STATE_COLOURS = {
    outbox.SENT: QColor(colours.SUCCESS), outbox.FAILED: QColor(colours.ERROR),
    outbox.UNCERTAIN: QColor(colours.UNCERTAIN_AMBER), outbox.EXCLUDED: QColor(colours.GREY),
    outbox.SENDING: QColor(colours.SENDING_BLUE),
}
FILTERS: list[tuple[str, tuple[str, ...] | None]] = [
    (QT_TRANSLATE_NOOP("OutboxPanel", "All messages"), None),
    (QT_TRANSLATE_NOOP("OutboxPanel", "Waiting (queued, failed, uncertain)"),
     (outbox.QUEUED, outbox.FAILED, outbox.UNCERTAIN, outbox.SENDING)),
    (QT_TRANSLATE_NOOP("OutboxPanel", "Sent"), (outbox.SENT,)),
    (QT_TRANSLATE_NOOP("OutboxPanel", "Excluded"), (outbox.EXCLUDED,)),
]
MAILTO_MAX = 20  # opening more mail windows at once helps nobody


def state_label(state: str) -> str:
    source = STATE_LABELS.get(state)
    return translate("OutboxState", source) if source else state


def state_count(state: str, n: int) -> str:
    """"3 queued": one item of the counts above the outbox."""
    if state == outbox.QUEUED:
        return OutboxState.tr("%Ln queued", "", n)
    if state == outbox.SENT:
        return OutboxState.tr("%Ln sent", "", n)
    if state == outbox.FAILED:
        return OutboxState.tr("%Ln failed", "", n)
    if state == outbox.UNCERTAIN:
        return OutboxState.tr("%Ln uncertain", "", n)
    return OutboxState.tr("%Ln excluded", "", n)


def _button(text: str, name: str, tip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    if tip:
        button.setToolTip(tip)
    return button


class OutboxPanel(FittedPage):
    """Emits `changed` after messages were sent or marked (statuses moved)."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.campaign_id: int | None = None
        self._rows: list = []
        self._waiting = 0  # queued + failed, whatever the filter shows
        self._worker: Worker | None = None
        self._control: SendControl | None = None
        self.setObjectName("outboxPanel")

        self.filter = QComboBox()
        self.filter.setObjectName("outboxFilter")
        self.filter.setAccessibleName(self.tr("Show messages"))
        for label, states in FILTERS:
            self.filter.addItem(self.tr(label), states)
        shrinkable_combo(self.filter)
        self.filter.currentIndexChanged.connect(self.refresh)
        self.counts = QLabel()
        self.counts.setObjectName("outboxCounts")
        self.counts.setWordWrap(True)  # "3 queued · 12 sent · 1 failed · …" grows
        self.smtp_button = _button(self.tr("SMTP settings…"), "smtpSettingsButton",
                                   self.tr("Server, sender address and password for sending"))
        self.smtp_button.clicked.connect(self.edit_smtp)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.filter)
        top.addWidget(self.counts, 1)
        top.addWidget(self.smtp_button)

        columns = (self.tr("To"), self.tr("Address"), self.tr("Kind"), self.tr("Subject"),
                   self.tr("State"), self.tr("Tries"), self.tr("Sent / note"))
        self.table = QTableWidget(0, len(columns))
        self.table.setObjectName("outboxTable")
        self.table.setAccessibleName(self.tr("Outbox"))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(len(columns) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("outboxPreview")
        self.preview.setAccessibleName(self.tr("Selected message"))
        self.preview.setReadOnly(True)
        self.preview.setPlaceholderText(self.tr("Select a message to read it as it will be sent."))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)

        self.send_button = _button(self.tr("Send"), "sendButton",
                                   self.tr("Send every queued and failed message by SMTP, one "
                                           "at a time at the set rate"))
        self.send_button.clicked.connect(self.send)
        self.pause_button = _button(self.tr("Pause"), "pauseButton")
        self.pause_button.setCheckable(True)
        self.pause_button.toggled.connect(self._pause)
        self.cancel_button = _button(self.tr("Cancel"), "cancelButton",
                                     self.tr("Stop after the message being sent; the rest stay "
                                             "queued"))
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.setObjectName("sendProgress")
        self.progress.setAccessibleName(self.tr("Sending progress"))
        self.progress.setTextVisible(True)
        self.progress.setFormat(self._progress_format())
        self.status = QLabel()
        self.status.setObjectName("sendStatus")
        self.status.setWordWrap(True)
        send_row = QHBoxLayout()
        for w in (self.send_button, self.pause_button, self.cancel_button):
            send_row.addWidget(w)
        send_row.addWidget(self.progress, 1)

        self.exclude_button = _button(self.tr("Exclude"), "excludeButton",
                                      self.tr("Leave the selected messages out of sending"))
        self.exclude_button.clicked.connect(lambda: self._apply(outbox.set_excluded))
        self.include_button = _button(self.tr("Include"), "includeButton",
                                      self.tr("Put excluded messages back"))
        self.include_button.clicked.connect(
            lambda: self._apply(lambda s, ids: outbox.set_excluded(s, ids, excluded=False)))
        self.remove_button = _button(self.tr("Remove"), "removeButton",
                                     self.tr("Delete the selected messages that were never sent"))
        self.remove_button.clicked.connect(self._remove)
        self.eml_button = _button(self.tr("Save as .eml…"), "emlButton",
                                  self.tr("One file per message, to send from your own mail "
                                          "program"))
        self.eml_button.clicked.connect(self.export_eml)
        self.mailto_button = _button(self.tr("Open in mail program"), "mailtoButton",
                                     self.tr("Opens up to %Ln selected messages as drafts", "",
                                             MAILTO_MAX))
        self.mailto_button.clicked.connect(self.open_mailto)
        self.mark_sent_button = _button(self.tr("Mark as sent"), "markSentButton",
                                        self.tr("You sent the selected messages yourself"))
        self.mark_sent_button.clicked.connect(
            lambda: self._apply(outbox.mark_sent_by_hand, confirm=True))
        self.arrived_button = _button(self.tr("It arrived"), "confirmSentButton",
                                      self.tr("An uncertain message was delivered after all "
                                              "(found in your Sent folder)"))
        self.arrived_button.clicked.connect(
            lambda: self._apply(lambda s, ids: outbox.resolve_uncertain(s, ids, was_sent=True)))
        self.resend_button = _button(self.tr("Send again"), "resendButton",
                                     self.tr("An uncertain message did not arrive: queue it "
                                             "again"))
        self.resend_button.clicked.connect(
            lambda: self._apply(lambda s, ids: outbox.resolve_uncertain(s, ids, was_sent=False)))
        self.bounced_button = _button(self.tr("Bounced"), "bouncedButton",
                                      self.tr("A bounce came back: flag the address on the "
                                              "contact"))
        self.bounced_button.clicked.connect(lambda: self._apply(mailing.flag_bounced))
        # Three groups of buttons — what to send, sending it yourself, what
        # became of sent messages — that wrap as wholes: one or two rows of
        # nine buttons were wider than the window in every language.
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

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(actions)
        layout.addLayout(send_row)
        layout.addWidget(self.status)
        self._set_running(False)

    # -- data ----------------------------------------------------------------------

    def set_campaign(self, campaign_id: int | None) -> None:
        if self.sending:
            self.cancel()
        self.campaign_id = campaign_id
        self.status.clear()
        self.refresh()

    @property
    def sending(self) -> bool:
        return self._worker is not None

    def refresh(self, *_args) -> None:
        selected = {self._rows[i].id for i in self._selected_rows()}
        counts: dict[str, int] = {}
        self._rows = []
        if self.campaign_id is not None:
            with self.db.session() as session:
                self._rows = outbox.outbox(session, self.campaign_id, self.filter.currentData())
                counts = outbox.outbox_counts(session, self.campaign_id)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._rows))
        for i, m in enumerate(self._rows):
            note = m.error or ""
            if m.state == outbox.SENT and m.sent_at:
                note = format_datetime(m.sent_at)
            cells = (m.to_name, m.to_address, template_kind_label(m.kind), m.subject,
                     state_label(m.state), format_number(m.attempts), note)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 4 and m.state in STATE_COLOURS:
                    item.setForeground(STATE_COLOURS[m.state])
                if col == 6 and note:
                    item.setToolTip(note)
                self.table.setItem(i, col, item)
        self.table.clearSelection()
        for i, m in enumerate(self._rows):
            if m.id in selected:
                self.table.selectRow(i)
        self.table.blockSignals(False)
        fit_columns(self.table, {0: 200, 1: 230, 3: 320}, elastic=(0, 1, 3))
        waiting = counts.get(outbox.QUEUED, 0) + counts.get(outbox.FAILED, 0)
        self._waiting = waiting
        parts = [state_count(state, counts[state])
                 for state in (outbox.QUEUED, outbox.SENT, outbox.FAILED, outbox.UNCERTAIN,
                               outbox.EXCLUDED) if counts.get(state)]
        self.counts.setText(" · ".join(parts) or self.tr("The outbox is empty."))
        if not self.sending:
            self.send_button.setText(self.tr("Send %Ln waiting", "", waiting) if waiting
                                     else self.tr("Send"))
        self._selection_changed()

    def _selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectedIndexes()
                       if i.row() < len(self._rows)})

    def selected_ids(self, states: tuple[str, ...] | None = None) -> list[int]:
        return [self._rows[i].id for i in self._selected_rows()
                if states is None or self._rows[i].state in states]

    def select_all(self) -> None:
        self.table.selectAll()

    def _selection_changed(self) -> None:
        rows = [self._rows[i] for i in self._selected_rows()]
        if len(rows) == 1:
            m = rows[0]
            self.preview.setPlainText(f"To: {m.to_name} <{m.to_address}>\nSubject: {m.subject}"
                                      f"\nMessage-ID: {m.message_id}\n\n{m.body}")
        else:
            self.preview.setPlainText("" if not rows else self.tr("%Ln messages selected.", "",
                                                                  len(rows)))
        states = {m.state for m in rows}
        idle = not self.sending
        pending = bool(states & {outbox.QUEUED, outbox.FAILED})
        self.exclude_button.setEnabled(idle and pending)
        self.include_button.setEnabled(idle and outbox.EXCLUDED in states)
        self.remove_button.setEnabled(idle and bool(states & {outbox.QUEUED, outbox.FAILED,
                                                              outbox.EXCLUDED}))
        self.mailto_button.setEnabled(idle and pending)
        self.mark_sent_button.setEnabled(idle and bool(
            states & {outbox.QUEUED, outbox.FAILED, outbox.UNCERTAIN}))
        self.arrived_button.setEnabled(idle and outbox.UNCERTAIN in states)
        self.resend_button.setEnabled(idle and outbox.UNCERTAIN in states)
        self.bounced_button.setEnabled(idle and bool(states & {outbox.SENT, outbox.FAILED}))
        has_waiting = any(m.state in outbox.SENDABLE for m in self._rows)
        self.eml_button.setEnabled(idle and has_waiting)
        self.send_button.setEnabled(idle and self._waiting > 0)

    # -- actions on the selection -------------------------------------------------------

    def _apply(self, action, confirm: bool = False) -> None:
        """Run a store action on the selected messages; `confirm` asks first
        (marking as sent, which moves statuses)."""
        ids = self.selected_ids()
        if not ids or self.campaign_id is None:
            return
        if confirm and not dialogs.confirm(
                self, self.tr("Outbox"),
                self.tr("Mark %Ln selected messages as sent? Invitations and reminders move "
                        "their signatories to invited or reminded.", "", len(ids)),
                self.tr("Mark as sent")):
            return
        try:
            with self.db.session() as session:
                action(session, ids)
        except SignonError as exc:
            dialogs.error(self, str(exc))
        self.refresh()
        self.changed.emit()

    def _remove(self) -> None:
        ids = self.selected_ids((outbox.QUEUED, outbox.FAILED, outbox.EXCLUDED))
        if ids and dialogs.confirm(self, self.tr("Outbox"),
                                   self.tr("Remove %Ln unsent messages from the outbox?", "",
                                           len(ids)),
                                   self.tr("Remove")):
            with self.db.session() as session:
                outbox.remove_messages(session, ids)
            self.refresh()

    def export_eml(self) -> None:
        if self.campaign_id is None:
            return
        folder = dialogs.choose_folder(self, self.tr("Save the messages as .eml files into"))
        if not folder:
            return
        from signon.outreach.eml import export_eml

        chosen = self.selected_ids(outbox.SENDABLE)
        with self.db.session() as session:
            settings = load_smtp_settings(session)
            rows = outbox.outbox(session, self.campaign_id, outbox.SENDABLE, ids=chosen or None)
        try:
            paths = export_eml(rows, folder, from_name=settings.from_name,
                               from_address=settings.from_address)
        except (SignonError, OSError) as exc:
            dialogs.error(self, str(exc))
            return
        self.status.setText(self.tr("Saved %Ln .eml files in {folder}. Once you have sent "
                                    "them, select them here and click Mark as sent.", "",
                                    len(paths)).format(folder=folder))

    def open_mailto(self) -> None:
        rows = [self._rows[i] for i in self._selected_rows()
                if self._rows[i].state in outbox.SENDABLE][:MAILTO_MAX]
        for m in rows:
            dialogs.open_link(mailto_link(m.to_address, m.subject, m.body))
        if rows:
            self.status.setText(self.tr("Opened %Ln messages in your mail program. Once "
                                        "they are sent, click Mark as sent.", "", len(rows)))

    # -- SMTP ---------------------------------------------------------------------------

    def edit_smtp(self) -> bool:
        with self.db.session() as session:
            current = load_smtp_settings(session)
        dialog = SmtpSettingsDialog(current, self)
        if not dialogs.exec_dialog(dialog):
            return False
        settings = dialog.result_settings()
        with self.db.session() as session:
            save_smtp_settings(session, settings)
        if dialog.password() and settings.user:
            result = secrets.set_password(settings.host, settings.user, dialog.password(),
                                          remember=dialog.remember.isChecked())
            self.status.setText(result.message)
        return True

    def _smtp(self) -> tuple[SmtpSettings, str | None] | None:
        with self.db.session() as session:
            settings = load_smtp_settings(session)
        if not settings.configured:
            if not self.edit_smtp():
                return None
            with self.db.session() as session:
                settings = load_smtp_settings(session)
        password = None
        if settings.user:
            password = secrets.get_password(settings.host, settings.user)
            if password is None:
                note = secrets.keyring_status()
                password = dialogs.ask_password(
                    self, self.tr("SMTP password"),
                    self.tr("Password for {user} on {host}:").format(
                        user=settings.user, host=settings.host) + f"\n\n{note.message}")
                if password is None:
                    return None
                secrets.set_password(settings.host, settings.user, password,
                                     remember=note.usable)
        return settings, password

    def send(self) -> None:
        if self.campaign_id is None or self.sending:
            return
        smtp = self._smtp()
        if smtp is None:
            return
        settings, password = smtp
        self._control = SendControl()
        worker = Worker(send_outbox, self.db, self.campaign_id, settings, password,
                        control=self._control)
        # true to sending.py: state is committed around each message and
        # cancel acts between messages, never during one
        worker.describe(self.tr("The outbox is still being sent (%Ln messages). Cancelling "
                                "stops after the message being sent: messages already sent "
                                "stay sent, the others stay in the outbox for the next Send.",
                                "", self._waiting))
        worker.signals.progress.connect(self._on_progress)
        worker.signals.finished.connect(self._on_finished)
        worker.signals.failed.connect(self._on_failed)
        worker.signals.cancelled.connect(self._on_cancelled)
        self._worker = worker
        self._set_running(True)
        self.status.setText(self.tr("Connecting to {host}…").format(host=settings.host))
        worker.start()

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            if self._control is not None:
                self._control.resume()  # a paused run must wake up to stop
            self.status.setText(self.tr("Cancelling after the current message…"))

    def _pause(self, paused: bool) -> None:
        if self._control is None:
            return
        if paused:
            self._control.pause()
            self.pause_button.setText(self.tr("Resume"))
            self.status.setText(self.tr("Paused: no new message starts until you resume."))
        else:
            self._control.resume()
            self.pause_button.setText(self.tr("Pause"))
            self.status.setText(self.tr("Sending…"))

    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        if not (self._control and self._control.paused):
            self.status.setText(self.tr("Sending {done} of {total}: {message}").format(
                done=format_number(done), total=format_number(total), message=message)
                if done else message)
        self.refresh()

    def _finish(self, text: str) -> None:
        self._worker = None
        self._control = None
        self._set_running(False)
        self.status.setText(text)
        self.refresh()
        self.changed.emit()

    def _on_finished(self, report: SendReport) -> None:
        text = self.tr("Done: {summary}.").format(summary=report.summary())
        if report.uncertain or report.recovered:
            text += " " + self.tr("Uncertain messages may have arrived: check your Sent "
                                  "folder, then click It arrived or Send again.")
        if report.failed:
            text += " " + self.tr("Failed messages go again with the next Send.")
        self._finish(text)

    def _on_failed(self, message: str) -> None:
        self._finish(self.tr("Sending stopped: {message}").format(message=message))
        dialogs.error(self, message)

    def _on_cancelled(self) -> None:
        with self.db.session() as session:
            counts = outbox.outbox_counts(session, self.campaign_id)
        self._finish(self.tr("Sending cancelled. %Ln messages are still queued.", "",
                             counts.get(outbox.QUEUED, 0)))

    def _set_running(self, running: bool) -> None:
        self.pause_button.setEnabled(running)
        self.cancel_button.setEnabled(running)
        self.smtp_button.setEnabled(not running)
        self.filter.setEnabled(True)
        if not running:
            self.pause_button.blockSignals(True)
            self.pause_button.setChecked(False)
            self.pause_button.setText(self.tr("Pause"))
            self.pause_button.blockSignals(False)
            self.progress.setValue(0)
            self.progress.setFormat("")
        else:
            self.progress.setFormat(self._progress_format())
        self._selection_changed()

    def _progress_format(self) -> str:
        """"%v of %m" (QProgressBar fills in the value and the maximum)."""
        return self.tr("%v of %m")
