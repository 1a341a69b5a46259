"""Choose who gets a message: by status, by country, by hand, then queue.

Choosing a template preselects the status it is meant for (an invitation
goes to prospects, a reminder to those who have not answered, a thank-you
to endorsers). Every row shows the address the message would use, or why
there is none, before anything is queued. When the template needs a value
the campaign lacks ({link} with no form link), a line above the rows says
so and offers to set it ("Set form link…": `settings_requested`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from signon.domain.addresses import address_problem_text
from signon.domain.audience import DEFAULT_STATUSES, UNANSWERED
from signon.domain.errors import SignonError
from signon.domain.message_templates import TemplateError, check_template
from signon.domain.status import Status
from signon.outreach import mailing
from signon.outreach.settings import load_smtp_settings
from signon.outreach.snapshot import OutreachSnapshot
from signon.store.database import Database
from signon.store.outbox import set_email_status
from signon.store.templates import TemplateRecord
from signon.ui import dialogs
from signon.ui.fitting import FittedPage, FlowBox
from signon.ui.labels import (
    format_number,
    status_label,
    template_label,
)
from signon.ui.outreach.item_models import RecipientModel
from signon.ui.outreach.missing_value import SetValueButton, missing_text
from signon.ui.outreach.tables import (
    fit_columns,
    reset_keeping_selection,
    shrinkable_combo,
)


class RecipientsPanel(FittedPage):
    """Emits `queued(count)` after messages were put in the outbox, and
    `stale` after it changed what it shows (an address flag cleared): the
    tab reads the campaign again. `settings_requested(setting)`: open
    Campaign settings at that field (the chosen template needs it)."""

    queued = Signal(int)
    stale = Signal()
    settings_requested = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.campaign_id: int | None = None
        self._snapshot: OutreachSnapshot | None = None
        self._templates: list[TemplateRecord] = []
        self.setObjectName("recipientsPanel")
        filters = self._build_filters()
        missing = self._build_missing()
        self._build_table()
        actions = self._build_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(missing)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.result)
        self._connect()

    def _build_filters(self) -> QLayout:
        """The template to send, and who by status and country."""
        self.template = QComboBox()
        self.template.setObjectName("queueTemplate")
        self.template.setAccessibleName(self.tr("Template to send"))
        self.status = QComboBox()
        self.status.setObjectName("recipientStatus")
        self.status.setAccessibleName(self.tr("Status filter"))
        # label → statuses (none = any)
        self.status.addItem(self.tr("Any status"), ())
        self.status.addItem(self.tr("Not answered yet (invited or reminded)"), UNANSWERED)
        for s in Status:
            self.status.addItem(status_label(s.value), (s.value,))
        self.country = QComboBox()
        self.country.setObjectName("recipientCountry")
        self.country.setAccessibleName(self.tr("Country filter"))
        filters = QHBoxLayout()
        # sized by a few characters, not by their longest entry ("Not answered
        # yet (invited or reminded)" alone made the row wider than the
        # window); the row's width is shared by the stretch factors
        for label, widget, stretch in ((self.tr("Template:"), self.template, 2),
                                       (self.tr("Status:"), self.status, 3),
                                       (self.tr("Country:"), self.country, 1)):
            shrinkable_combo(widget)
            filters.addWidget(QLabel(label))
            filters.addWidget(widget, stretch)
        return filters

    def _build_missing(self) -> QWidget:
        """What the chosen template needs that the campaign lacks, and the
        button that sets it; hidden while nothing is missing."""
        self.missing_label = QLabel()
        self.missing_label.setObjectName("recipientsMissingValue")
        self.missing_label.setWordWrap(True)
        self.missing_label.setProperty("role", "error")
        self.set_value = SetValueButton("recipientsSetValueButton")
        self.missing = QWidget()
        row = QHBoxLayout(self.missing)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.missing_label, 1)
        row.addWidget(self.set_value)
        self.missing.hide()
        return self.missing

    def _build_table(self) -> None:
        """One row a recipient, checked unless it has a problem."""
        columns = (self.tr("Name"), self.tr("Status"), self.tr("Country"), self.tr("Contact"),
                   self.tr("Address"), self.tr("Problem"))
        self.model = RecipientModel(columns, self)
        self.table = QTableView()
        self.table.setObjectName("recipientTable")
        self.table.setAccessibleName(self.tr("Recipients"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(60)
        header.setSectionResizeMode(len(columns) - 1, QHeaderView.ResizeMode.Stretch)

    def _build_actions(self) -> QLayout:
        """Check all or none, clear a contact's address flag, the count, and
        Add to outbox; the result of queuing goes under them."""
        self.check_all = QPushButton(self.tr("Check all"))
        self.check_all.setObjectName("checkAllButton")
        self.check_none = QPushButton(self.tr("Uncheck all"))
        self.check_none.setObjectName("checkNoneButton")
        self.clear_flag = QPushButton(self.tr("Address fixed: clear flag"))
        self.clear_flag.setObjectName("clearFlagButton")
        self.clear_flag.setToolTip(self.tr("The selected contacts' addresses were corrected: stop "
                                           "treating them as invalid or bounced"))
        self.summary = QLabel()
        self.summary.setObjectName("recipientSummary")
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.queue_button = QPushButton(self.tr("Add to outbox"))
        self.queue_button.setObjectName("queueButton")
        self.queue_button.setDefault(True)
        self.result = QLabel()
        self.result.setObjectName("queueResult")
        self.result.setWordWrap(True)
        # the selection buttons wrap, the count wraps, "Add to outbox" stays
        # at the end of the row: one row of them was wider than the window
        checks = FlowBox()
        checks.addWidget(self.check_all)
        checks.addWidget(self.check_none)
        checks.addWidget(self.clear_flag)
        actions = QHBoxLayout()
        actions.addWidget(checks)
        actions.addWidget(self.summary, 1)
        actions.addWidget(self.queue_button, 0, Qt.AlignmentFlag.AlignBottom)
        return actions

    def _connect(self) -> None:
        self.template.currentIndexChanged.connect(self._template_changed)
        self.status.currentIndexChanged.connect(self.reload)
        self.country.currentIndexChanged.connect(self.reload)
        self.model.dataChanged.connect(self._update_summary)
        self.check_all.clicked.connect(lambda: self._check_all(True))
        self.check_none.clicked.connect(lambda: self._check_all(False))
        self.clear_flag.clicked.connect(self._clear_flags)
        self.queue_button.clicked.connect(self.queue)
        self.set_value.requested.connect(self.settings_requested)

    # -- data ----------------------------------------------------------------------

    def show_snapshot(self, snapshot: OutreachSnapshot | None,
                      templates: list[TemplateRecord]) -> None:
        """Show a campaign as the tab read it (None: no campaign)."""
        campaign_id = snapshot.campaign.id if snapshot else None
        if campaign_id != self.campaign_id:
            self.result.clear()
        self.campaign_id = campaign_id
        self._snapshot = snapshot
        self._fill_countries()
        if not self.set_templates(templates):
            self.reload()

    def set_templates(self, templates: list[TemplateRecord]) -> bool:
        """The templates to choose from; True when the chosen one changed
        (which shows the rows for it)."""
        chosen = self.template.currentText()
        self._templates = [t for t in templates if not (t.kind == "custom" and t.id is None)]
        self.template.blockSignals(True)
        self.template.clear()
        for t in self._templates:
            self.template.addItem(template_label(t.kind, t.language, t.name))
        index = self.template.findText(chosen)
        self.template.setCurrentIndex(index if index >= 0 else 0)
        self.template.blockSignals(False)
        if index < 0:
            self._template_changed()
        return index < 0

    def _fill_countries(self) -> None:
        chosen = self.country.currentData()
        self.country.blockSignals(True)
        self.country.clear()
        self.country.addItem(self.tr("Any country"), "")
        for code in self._snapshot.countries if self._snapshot else ():
            self.country.addItem(code, code)
        index = self.country.findData(chosen)
        self.country.setCurrentIndex(max(index, 0))
        self.country.blockSignals(False)

    def current_template(self) -> TemplateRecord | None:
        i = self.template.currentIndex()
        return self._templates[i] if 0 <= i < len(self._templates) else None

    def _template_changed(self, *_args) -> None:
        template = self.current_template()
        if template is None:
            return
        wanted = DEFAULT_STATUSES.get(template.kind, ())
        self.status.blockSignals(True)
        for i in range(self.status.count()):
            if tuple(self.status.itemData(i)) == tuple(wanted):
                self.status.setCurrentIndex(i)
                break
        self.status.blockSignals(False)
        self.reload()

    def reload(self, *_args) -> None:
        """The rows the filters select, from the snapshot (no database read)."""
        rows: list[mailing.Recipient] = []
        if self._snapshot is not None:
            statuses = self.status.currentData() or ()
            country = self.country.currentData() or ""
            rows = self._snapshot.choose(statuses=statuses,
                                         countries=[country] if country else [])
        problems, missing = self._problems(rows)
        self._show_missing(missing)
        reset_keeping_selection(self.table, lambda: self.model.set_recipients(rows, problems))
        fit_columns(self.table, {0: 260, 3: 180, 4: 240}, elastic=(0, 3, 4))
        self._update_summary()

    def _problems(self, rows: list[mailing.Recipient]) -> tuple[list[str], list[str]]:
        """Why each row cannot get the chosen template as it stands: no usable
        address, or a placeholder with no value for it (the same check as
        queuing, shown before the coordinator asks); and the placeholders
        with no value, by row."""
        template = self.current_template()
        out = [address_problem_text(r.problem) for r in rows]
        if template is None or not rows or self._snapshot is None:
            return out, []
        try:
            check_template(template.text())
        except TemplateError as exc:
            return [p or str(exc) for p in out], []
        missing = mailing.missing_values(self._snapshot.campaign, template, rows,
                                         self._snapshot.statement)
        no_value = {name: self.tr("{placeholder} has no value").format(
            placeholder=f"{{{name}}}") for name in set(missing) if name}
        return [p or no_value.get(m, "") for p, m in zip(out, missing, strict=True)], missing

    def _show_missing(self, missing: list[str]) -> None:
        """The campaign value the chosen template lacks for everyone ({link}
        with no form link), with "Set form link…"; hidden otherwise."""
        template = self.current_template()
        shared = next((name for name in dict.fromkeys(missing)
                       if template is not None and missing_text("", name)), "")
        if shared:
            self.missing_label.setText(missing_text(
                template_label(template.kind, template.language, template.name), shared))
        self.set_value.offer(shared)
        self.missing.setVisible(bool(shared))

    def checked(self) -> list[mailing.Recipient]:
        return self.model.checked()

    def set_checked(self, names: set[str]) -> None:
        """Check exactly the rows with these names (hand selection)."""
        self.model.check(lambda r: r.name in names)

    def _check_all(self, on: bool) -> None:
        self.model.check_all(on)

    def _update_summary(self, *_args) -> None:
        checked, problems = self.model.checked_count(), self.model.problem_count
        text = self.tr("{checked} of {total} checked").format(
            checked=format_number(checked), total=format_number(self.model.rowCount()))
        if problems:
            text += " · " + self.tr("%Ln with a problem", "", problems)
        self.summary.setText(text)
        self.queue_button.setEnabled(bool(checked) and self.current_template() is not None)

    # -- actions -------------------------------------------------------------------

    def queue(self) -> None:
        template = self.current_template()
        chosen = self.checked()
        if template is None or not chosen or self.campaign_id is None:
            return
        try:
            with self.db.session() as session:
                sender = load_smtp_settings(session).from_address
                result = mailing.queue_messages(session, self.campaign_id, template, chosen,
                                                sender=sender)
        except SignonError as exc:
            dialogs.error(self, str(exc))
            return
        text = self.tr("%Ln messages in the outbox ({new} new, {updated} updated).", "",
                       result.count).format(new=format_number(result.queued),
                                            updated=format_number(result.refreshed))
        if result.skipped:
            names = "; ".join(f"{name}: {reason}" for name, reason in result.skipped[:5])
            if len(result.skipped) > 5:
                names = self.tr("{names} and %Ln more", "", len(result.skipped) - 5).format(
                    names=names)
            text += " " + self.tr("Left out %Ln: {names}.", "", len(result.skipped)).format(
                names=names)
        self.result.setText(text)
        self.reload()
        self.queued.emit(result.count)

    def _clear_flags(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedIndexes()})
        recipients = [self.model.rows[i] for i in rows]
        contacts = [r.contact_id for r in recipients if r.contact_id and r.email_status]
        if not contacts:
            return
        with self.db.session() as session:
            for contact_id in contacts:
                set_email_status(session, contact_id, "")
        self.stale.emit()
