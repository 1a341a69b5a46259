"""Deadline: who has not answered, how many days are left, the reminder
rounds, and closing the campaign's unanswered as no response.

Also holds the campaign fields only messages use ({link}, {coordinator},
the reminder days), next to the schedule they drive.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from signon.domain.errors import SignonError
from signon.domain.letter import format_date
from signon.domain.status import Status
from signon.outreach.schedule import (
    days_left,
    deadline_passed,
    parse_reminder_days,
    reminder_dates,
    schedule_state,
)
from signon.store import outreach as store
from signon.store.campaigns import get_campaign
from signon.store.database import Database
from signon.ui import dialogs
from signon.ui.outreach.tables import fit_columns, local_time

COLUMNS = ("Name", "Status", "Country", "Address", "Last written to", "Reminders")


def days_left_text(deadline: date | None, today: date) -> str:
    """"12 days left", "Last day today", "Deadline passed 3 days ago"."""
    n = days_left(deadline, today)
    if n is None:
        return "No deadline set (set one in the campaign settings)."
    when = format_date(deadline, "en")
    if n > 1:
        return f"{n} days left · deadline {when}"
    if n == 1:
        return f"1 day left · deadline {when}"
    if n == 0:
        return f"Last day today · deadline {when}"
    ago = -n
    return f"Deadline passed {ago} day{'s' if ago > 1 else ''} ago ({when})"


class DeadlinePanel(QWidget):
    """Emits `queued(count)` after filling the outbox, `changed` after statuses moved."""

    queued = Signal(int)
    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None,
                 today: Callable[[], date] = date.today):
        super().__init__(parent)
        self.db = db
        self.today = today
        self.campaign_id: int | None = None
        self._campaign = None
        self.setObjectName("deadlinePanel")

        self.days_left = QLabel()
        self.days_left.setObjectName("daysLeft")
        self.days_left.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.schedule = QLabel()
        self.schedule.setObjectName("reminderSchedule")
        self.schedule.setWordWrap(True)

        self.form_link = QLineEdit()
        self.form_link.setObjectName("formLink")
        self.form_link.setAccessibleName("Form link")
        self.form_link.setPlaceholderText("https://… (form) or reply address — fills {link}")
        self.coordinator = QLineEdit()
        self.coordinator.setObjectName("coordinator")
        self.coordinator.setAccessibleName("Coordinator")
        self.coordinator.setPlaceholderText("Who signs the messages — fills {coordinator}")
        self.reminder_days = QLineEdit()
        self.reminder_days.setObjectName("reminderDays")
        self.reminder_days.setAccessibleName("Reminder days before the deadline")
        self.reminder_days.setPlaceholderText("e.g. 7,2")
        self.save_button = QPushButton("Save")
        self.save_button.setObjectName("saveOutreachFieldsButton")
        self.save_button.clicked.connect(self.save_fields)
        fields = QGroupBox("In every message")
        form = QFormLayout(fields)
        form.addRow("Form link:", self.form_link)
        form.addRow("Coordinator:", self.coordinator)
        days_row = QHBoxLayout()
        days_row.addWidget(self.reminder_days, 1)
        days_row.addWidget(QLabel("days before the deadline"))
        days_row.addWidget(self.save_button)
        form.addRow("Reminders:", days_row)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("unansweredTable")
        self.table.setAccessibleName("Who has not answered")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.unanswered_label = QLabel()
        self.unanswered_label.setObjectName("unansweredCount")

        self.remind_button = QPushButton("Queue due reminders")
        self.remind_button.setObjectName("queueRemindersButton")
        self.remind_button.setToolTip("Put a reminder in the outbox for everyone who has not "
                                      "answered and was not written to since this round")
        self.remind_button.clicked.connect(self.queue_reminders)
        self.close_button = QPushButton("Mark unanswered as no response")
        self.close_button.setObjectName("closeUnansweredButton")
        self.close_button.setToolTip("After the deadline: every invited or reminded signatory "
                                     "becomes no response (each change is recorded)")
        self.close_button.clicked.connect(self.close_unanswered)
        self.result = QLabel()
        self.result.setObjectName("deadlineResult")
        self.result.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.remind_button)
        actions.addWidget(self.close_button)
        actions.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.days_left)
        layout.addWidget(self.schedule)
        layout.addWidget(fields)
        layout.addWidget(self.unanswered_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.result)

    def set_campaign(self, campaign_id: int | None) -> None:
        self.campaign_id = campaign_id
        self.result.clear()
        self.refresh()

    def refresh(self) -> None:
        rows = []
        self._campaign = None
        if self.campaign_id is not None:
            with self.db.session() as session:
                self._campaign = get_campaign(session, self.campaign_id)
                rows = store.unanswered(session, self.campaign_id)
        c = self._campaign
        today = self.today()
        self.form_link.setText(c.form_link if c else "")
        self.coordinator.setText(c.coordinator if c else "")
        self.reminder_days.setText(c.reminder_days if c else "")
        self.days_left.setText(days_left_text(c.deadline if c else None, today))
        self.schedule.setText(self._schedule_text(today))
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            last = local_time(r.last_contacted, "%Y-%m-%d") or "—"
            cells = (r.name, Status(r.status).label, r.country, r.email or r.problem, last,
                     str(r.reminders_sent))
            for col, text in enumerate(cells):
                self.table.setItem(i, col, QTableWidgetItem(text))
        fit_columns(self.table, {0: 280})
        self.unanswered_label.setText(
            f"{len(rows)} have not answered yet" if rows else "Everyone written to has answered.")
        passed = bool(c and deadline_passed(c.deadline, today))
        self.close_button.setEnabled(passed and bool(rows))
        state = self._state(today)
        self.remind_button.setEnabled(bool(rows) and state is not None and state.due is not None)
        self.setEnabled(c is not None)

    def _state(self, today: date):
        c = self._campaign
        if c is None or c.deadline is None:
            return None
        try:
            return schedule_state(c.deadline, parse_reminder_days(c.reminder_days), today)
        except SignonError:
            return None

    def _schedule_text(self, today: date) -> str:
        c = self._campaign
        if c is None or c.deadline is None:
            return ""
        try:
            days = parse_reminder_days(c.reminder_days)
        except SignonError as exc:
            return str(exc)
        if not days:
            return "No reminder rounds are set."
        dates = ", ".join(format_date(d, "en") for d in reminder_dates(c.deadline, days))
        state = schedule_state(c.deadline, days, today)
        text = f"Reminder rounds: {dates}."
        if state.due:
            text += f" The round of {format_date(state.due, 'en')} is due."
        elif state.next:
            text += f" Next round: {format_date(state.next, 'en')}."
        return text

    def save_fields(self) -> None:
        if self.campaign_id is None:
            return
        try:
            with self.db.session() as session:
                store.update_campaign_outreach(
                    session, self.campaign_id, form_link=self.form_link.text(),
                    coordinator=self.coordinator.text(),
                    reminder_days=self.reminder_days.text())
        except SignonError as exc:
            dialogs.error(self, str(exc))
            return
        self.result.setText("Saved.")
        self.refresh()
        self.changed.emit()

    def queue_reminders(self) -> None:
        if self.campaign_id is None:
            return
        try:
            with self.db.session() as session:
                sender = store.load_smtp_settings(session).from_address
                due, result = store.queue_due_reminders(session, self.campaign_id, self.today(),
                                                        sender=sender)
        except SignonError as exc:
            dialogs.error(self, str(exc))
            return
        if due is None:
            self.result.setText("No reminder round is due today.")
            return
        text = (f"Round of {format_date(due, 'en')}: {result.count} reminders in the outbox "
                "for you to review and send.")
        if result.skipped:
            text += f" Left out {len(result.skipped)} (no usable address or already answered)."
        self.result.setText(text)
        self.refresh()
        self.queued.emit(result.count)

    def close_unanswered(self) -> None:
        if self.campaign_id is None:
            return
        count = self.table.rowCount()
        if not dialogs.confirm(self, "No response", f"Mark the {count} signatories who have not "
                               "answered as no response? Each change is recorded; a late "
                               "answer can still be entered.", "Mark as no response"):
            return
        try:
            with self.db.session() as session:
                done = store.close_unanswered(session, self.campaign_id, self.today())
        except SignonError as exc:
            dialogs.error(self, str(exc))
            return
        self.result.setText(f"{done} signatories marked as no response.")
        self.refresh()
        self.changed.emit()
