"""Deadline: who has not answered, how many days are left, the reminder
rounds, and closing the campaign's unanswered as no response.

Also holds the reminder days, next to the schedule they drive. The other
campaign fields messages use ({link}, {coordinator}) are campaign
settings, asked for when a campaign is created.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from signon.domain.errors import SignonError
from signon.domain.reminders import (
    days_left,
    deadline_passed,
    parse_reminder_days,
    reminder_dates,
    schedule_state,
)
from signon.outreach import deadlines
from signon.outreach.settings import load_smtp_settings
from signon.outreach.snapshot import OutreachSnapshot
from signon.store.database import Database
from signon.store.templates import update_campaign_outreach
from signon.ui import dialogs
from signon.ui.fitting import FittedPage, FlowBox
from signon.ui.i18n import translate
from signon.ui.labels import format_date
from signon.ui.outreach.item_models import UnansweredModel
from signon.ui.outreach.tables import fit_columns, reset_keeping_selection


def local_now() -> datetime:
    """This machine's time with its zone: the local day decides which rounds
    are due, and the moment is stored with the messages it queues."""
    return datetime.now().astimezone()


def days_left_text(deadline: date | None, today: date) -> str:
    """"12 days left", "Last day today", "Deadline passed 3 days ago"."""
    n = days_left(deadline, today)
    if n is None:
        return translate("DeadlinePanel", "No deadline set (set one in the campaign settings).")
    when = format_date(deadline, "long")
    if n > 0:
        return DeadlinePanel.tr("%Ln days left · deadline {date}", "", n).format(
            date=when)
    if n == 0:
        return translate("DeadlinePanel", "Last day today · deadline {date}").format(date=when)
    return DeadlinePanel.tr("Deadline passed %Ln days ago ({date})", "", -n).format(
        date=when)


class DeadlinePanel(FittedPage):
    """Emits `queued(count)` after filling the outbox, `changed` after statuses moved."""

    queued = Signal(int)
    changed = Signal()
    #: what the panel shows changed (a reminder round queued): read it again
    stale = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None,
                 clock: Callable[[], datetime] = local_now):
        super().__init__(parent)
        self.db = db
        #: "Now", aware; today is its date. One clock for both, so a round
        #: queued on a given day is stamped with that day (tests pass a fixed one).
        self.clock = clock
        self.campaign_id: int | None = None
        self._campaign = None
        self.setObjectName("deadlinePanel")
        self.days_left = QLabel()
        self.days_left.setObjectName("daysLeft")
        self.days_left.setWordWrap(True)
        self.schedule = QLabel()
        self.schedule.setObjectName("reminderSchedule")
        self.schedule.setWordWrap(True)
        fields = self._build_fields()
        self._build_table()
        actions = self._build_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.days_left)
        layout.addWidget(self.schedule)
        layout.addWidget(fields)
        layout.addWidget(self.unanswered_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(actions)
        layout.addWidget(self.result)
        self._connect()

    def _build_fields(self) -> QWidget:
        """The reminder days, and Save."""
        self.reminder_days = QLineEdit()
        self.reminder_days.setObjectName("reminderDays")
        self.reminder_days.setAccessibleName(self.tr("Reminder days before the deadline"))
        self.reminder_days.setPlaceholderText(self.tr("e.g. 7,2"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveOutreachFieldsButton")
        fields = QWidget()
        form = QFormLayout(fields)
        form.setContentsMargins(0, 0, 0, 0)
        days_row = QHBoxLayout()
        days_row.addWidget(self.reminder_days, 1)
        days_unit = QLabel(self.tr("days before the deadline"))
        days_unit.setWordWrap(True)  # long in Spanish and French
        days_row.addWidget(days_unit)
        days_row.addWidget(self.save_button)
        form.addRow(self.tr("Reminders:"), days_row)
        return fields

    def _build_table(self) -> None:
        """Who has not answered, with their count above."""
        columns = (self.tr("Name"), self.tr("Status"), self.tr("Country"), self.tr("Address"),
                   self.tr("Last written to"), self.tr("Reminders"))
        self.model = UnansweredModel(columns, self)
        self.table = QTableView()
        self.table.setObjectName("unansweredTable")
        self.table.setAccessibleName(self.tr("Who has not answered"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(len(columns) - 1, QHeaderView.ResizeMode.Stretch)
        self.unanswered_label = QLabel()
        self.unanswered_label.setObjectName("unansweredCount")

    def _build_actions(self) -> FlowBox:
        """Queue the reminder round that is due; after the deadline, close
        the unanswered as no response. What they did goes under them."""
        self.remind_button = QPushButton(self.tr("Queue due reminders"))
        self.remind_button.setObjectName("queueRemindersButton")
        self.remind_button.setToolTip(
            self.tr("Put a reminder in the outbox for everyone who has not "
                    "answered and was not written to since this round"))
        self.close_button = QPushButton(self.tr("Mark unanswered as no response"))
        self.close_button.setObjectName("closeUnansweredButton")
        self.close_button.setToolTip(
            self.tr("After the deadline: every invited or reminded signatory "
                    "becomes no response (each change is recorded)"))
        self.result = QLabel()
        self.result.setObjectName("deadlineResult")
        self.result.setWordWrap(True)
        actions = FlowBox()  # wraps rather than widen the window
        actions.addWidget(self.remind_button)
        actions.addWidget(self.close_button)
        return actions

    def _connect(self) -> None:
        self.save_button.clicked.connect(self.save_fields)
        self.remind_button.clicked.connect(self.queue_reminders)
        self.close_button.clicked.connect(self.close_unanswered)

    def show_snapshot(self, snapshot: OutreachSnapshot | None) -> None:
        """Show a campaign as the tab read it (None: no campaign)."""
        campaign_id = snapshot.campaign.id if snapshot else None
        if campaign_id != self.campaign_id:
            self.result.clear()
        self.campaign_id = campaign_id
        self._campaign = c = snapshot.campaign if snapshot else None
        rows = snapshot.unanswered if snapshot else []
        today = self.clock().date()
        self.reminder_days.setText(c.reminder_days if c else "")
        self.days_left.setText(days_left_text(c.deadline if c else None, today))
        self.schedule.setText(self._schedule_text(today))
        reset_keeping_selection(self.table, lambda: self.model.set_rows(rows))
        fit_columns(self.table, {0: 280}, elastic=(0, 3))
        self.unanswered_label.setText(
            self.tr("%Ln have not answered yet", "", len(rows)) if rows
            else self.tr("Everyone written to has answered."))
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
            return self.tr("No reminder rounds are set.")
        dates = ", ".join(format_date(d, "long") for d in reminder_dates(c.deadline, days))
        state = schedule_state(c.deadline, days, today)
        text = self.tr("Reminder rounds: {dates}.").format(dates=dates)
        if state.due:
            text += " " + self.tr("The round of {date} is due.").format(
                date=format_date(state.due, "long"))
        elif state.next:
            text += " " + self.tr("Next round: {date}.").format(
                date=format_date(state.next, "long"))
        return text

    def save_fields(self) -> None:
        if self.campaign_id is None:
            return
        try:
            with self.db.session() as session:
                update_campaign_outreach(session, self.campaign_id,
                                         reminder_days=self.reminder_days.text())
        except SignonError as exc:
            dialogs.error(self, str(exc))
            return
        self.result.setText(self.tr("Saved."))
        self.changed.emit()

    def queue_reminders(self) -> None:
        if self.campaign_id is None:
            return
        try:
            with self.db.session() as session:
                sender = load_smtp_settings(session).from_address
                now = self.clock()
                due, result = deadlines.queue_due_reminders(
                    session, self.campaign_id, now.date(), sender=sender, at=now)
        except SignonError as exc:
            dialogs.error(self, str(exc))
            return
        if due is None:
            self.result.setText(self.tr("No reminder round is due today."))
            return
        text = self.tr("Round of {date}: %Ln reminders in the outbox for you to review and "
                       "send.", "", result.count).format(date=format_date(due, "long"))
        if result.skipped:
            text += " " + self.tr("Left out %Ln (no usable address or already answered).", "",
                                  len(result.skipped))
        self.result.setText(text)
        self.stale.emit()
        self.queued.emit(result.count)

    def close_unanswered(self) -> None:
        if self.campaign_id is None:
            return
        count = self.model.rowCount()
        if not dialogs.confirm(self, self.tr("No response"),
                               self.tr("Mark the %Ln signatories who have not answered as no "
                                       "response? Each change is recorded; a late answer can "
                                       "still be entered.", "", count),
                               self.tr("Mark as no response")):
            return
        try:
            with self.db.session() as session:
                done = deadlines.close_unanswered(session, self.campaign_id,
                                                  self.clock().date())
        except SignonError as exc:
            dialogs.error(self, str(exc))
            return
        self.result.setText(self.tr("%Ln signatories marked as no response.", "", done))
        self.changed.emit()
