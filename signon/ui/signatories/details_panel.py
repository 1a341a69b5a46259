"""The side panel: one signatory's public fields, private contacts, history.

It only displays and asks: edits come out as signals and the tab writes them
through the store, so the panel never holds a session.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from signon.domain.fields import web_url
from signon.domain.signatory_kind import SignatoryKind
from signon.domain.status import UNDO_REASON, EventKind, Status, allowed_next
from signon.store.signatories import SignatoryDetails
from signon.ui import colours
from signon.ui.colours import STATUS_COLOURS
from signon.ui.column_widths import CELL_TEXT_PADDING, share_width
from signon.ui.elide import IsolatingDelegate
from signon.ui.fitting import FlowBox
from signon.ui.labels import (
    channel_label,
    country_label,
    event_note,
    format_date,
    format_datetime,
    format_number,
    org_type_label,
    signatory_kind_label,
    status_word,
)
from signon.ui.signatories.table_model import STATUS_ORDER, status_label

#: The contact table's columns: the address first, so a narrow side panel
#: still shows it whole (it is what messages go to); the person after it.
CONTACT_FIELDS = ("email", "name", "phone", "notes")
#: The most a contact column takes before its text is elided (the notes
#: take what is left).
CONTACT_WIDTHS = (280, 140, 130)
#: The least a contact column is cut to in a panel too narrow for every
#: header (room for a letter and "…"; the header's tooltip names it).
CONTACT_LEAST = 28
#: Columns a narrow panel leaves out while no contact has a value in them
#: (the notes first); they come back when the panel is widened.
CONTACT_OPTIONAL = (2, 3)
CONTACT_EDIT_TRIGGERS = (QAbstractItemView.EditTrigger.DoubleClicked
                         | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.AnyKeyPressed)


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("panelSection")
    return label



def open_web_link(href: str) -> bool:
    """Open a link of the details panel in the browser, only if it is a web
    address (the panel's links are built from web_url, but a label's link is
    whatever its text says: this is the gate)."""
    url = web_url(href)
    if url is None or url != href:
        return False
    return QDesktopServices.openUrl(QUrl(url))

class SignatoryDetailsPanel(QFrame):
    edit_requested = Signal()
    status_requested = Signal(str)
    correction_requested = Signal()
    contact_edited = Signal(int, str, str)  # contact id, field, value
    contact_added = Signal()
    contact_removed = Signal(int)
    #: the selected contact's address: what the database holds about that
    #: person, and erasing it (issue 19)
    personal_data_requested = Signal(str)
    #: "Merge…" under "2 signatories selected" (the same signer entered twice)
    merge_requested = Signal()
    #: "Do not publish" ticked (True) or cleared (False) by the coordinator
    private_requested = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("signatoryDetails")
        self.setAccessibleName(self.tr("Signatory details"))
        self.setMinimumWidth(260)
        self._filling = False
        self._read_only = False
        self.details: SignatoryDetails | None = None

        self.stack = QStackedWidget()
        self.empty = QLabel(self.tr("Select a signatory to see its details, private contacts "
                                    "and history."))
        self.empty.setObjectName("panelEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self._build_empty_page())
        # In a scroll area, so a short window scrolls the panel instead of
        # forcing the whole tab taller.
        scroll = QScrollArea()
        scroll.setObjectName("detailsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self._build_page())
        self.stack.addWidget(scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _build_empty_page(self) -> QWidget:
        """What the panel says when it shows no one signatory; with two
        selected, the offer to merge them."""
        self.merge_button = QPushButton(self.tr("Merge these two…"))
        self.merge_button.setObjectName("panelMergeButton")
        self.merge_button.setToolTip(self.tr(
            "The same signatory entered twice: keep one entry, with the history, "
            "contacts and answer of both"))
        self.merge_button.clicked.connect(lambda _checked=False: self.merge_requested.emit())
        self.merge_button.hide()
        page = QWidget()
        box = QVBoxLayout(page)
        box.addStretch(1)
        box.addWidget(self.empty)
        box.addWidget(self.merge_button, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(1)
        return page

    def _build_page(self) -> QWidget:
        page = QWidget()
        self.title = QLabel()
        self.title.setObjectName("detailsName")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # names come from public forms: "<img src='file:///…'>" is a name, not markup
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle = QLabel()
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setObjectName("detailsSubtitle")
        self.subtitle.setWordWrap(True)
        self.status_line = QLabel()
        self.status_line.setObjectName("detailsStatus")
        self.status_line.setWordWrap(True)
        # "Mark as" the moves the workflow allows, then "Correct…": they
        # wrap like words (right to left in Arabic) when the panel is
        # narrower than the row (at 1100×720 a fourth button was cut off)
        self.next_row = FlowBox(spacing=4)
        self.next_row.setObjectName("nextStatusButtons")
        self.next_buttons: dict[str, QPushButton] = {}
        for status in STATUS_ORDER:
            button = QPushButton(status_label(status.value))
            button.setObjectName(f"nextStatus_{status.value}")
            button.setProperty("chip", "contact")
            button.setToolTip(self.tr("Mark as {status} (asks for channel and note)").format(
                status=status_word(status.value)))
            button.clicked.connect(lambda _c=False, s=status.value: self.status_requested.emit(s))
            self.next_buttons[status.value] = button
            self.next_row.addWidget(button)
        self.correct_button = QPushButton(self.tr("Correct…"))
        self.correct_button.setObjectName("correctStatusButton")
        self.correct_button.setProperty("chip", "contact")
        self.correct_button.setToolTip(self.tr("The status is wrong: correct it to any "
                                               "status, with the reason"))
        self.correct_button.clicked.connect(self.correction_requested)
        self.next_row.addWidget(self.correct_button)
        # ticked only by a person (`clicked`): showing a signatory sets it
        # without asking for a write
        self.private_box = QCheckBox(self.tr("Do not publish"))
        self.private_box.setObjectName("doNotPublishBox")
        self.private_box.setToolTip(self.tr(
            "Left out of every public letter and edition (someone at risk, or who asked "
            "not to be named); printed only in a delivery copy for the addressee"))
        self.private_box.clicked.connect(self.private_requested)

        self.fields = QFormLayout()
        self.fields.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.field_labels: dict[str, QLabel] = {}
        for key, label in (("acronym", self.tr("Acronym")), ("title", self.tr("Title")),
                           ("affiliation", self.tr("Affiliation")),
                           ("country", self.tr("Country")), ("org_type", self.tr("Type")),
                           ("website", self.tr("Website")), ("notes", self.tr("Notes"))):
            value = QLabel()
            value.setObjectName(f"detail_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            # always rich text, built from escaped values; links open only
            # through open_web_link, which refuses anything but http(s)
            value.setTextFormat(Qt.TextFormat.RichText)
            value.linkActivated.connect(open_web_link)
            self.field_labels[key] = value
            self.fields.addRow(label, value)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editSignatoryButton")
        self.edit_button.setToolTip(self.tr("Edit the public fields (double-click a row does too)"))
        self.edit_button.clicked.connect(self.edit_requested)

        self.contacts = QTableWidget(0, len(CONTACT_FIELDS))
        self.contacts.setObjectName("contactsTable")
        self.contacts.setTabKeyNavigation(False)  # Tab leaves it; arrows move inside
        self.contacts.setAccessibleName(self.tr("Private contacts"))
        self.contacts.setHorizontalHeaderLabels(
            [self.tr("Email"), self.tr("Person"), self.tr("Phone"), self.tr("Notes")])
        for col in range(len(CONTACT_FIELDS)):  # whole, should a narrow panel cut it
            item = self.contacts.horizontalHeaderItem(col)
            item.setToolTip(item.text())
        self.contacts.verticalHeader().hide()
        contact_header = self.contacts.horizontalHeader()
        # side by side within the panel's width (`_fit_contact_columns`), the
        # notes taking what is left; a cut-short value is whole in its
        # tooltip, its "…" where its own text ends (an address in Arabic)
        contact_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        contact_header.setMinimumSectionSize(CONTACT_LEAST)
        self.contacts.setItemDelegate(IsolatingDelegate(self.contacts))
        self.contacts.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.contacts.viewport().installEventFilter(self)
        self.contacts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts.setEditTriggers(CONTACT_EDIT_TRIGGERS)
        self.contacts.setMaximumHeight(120)
        self.contacts.setWordWrap(False)
        self.contacts.itemChanged.connect(self._contact_changed)
        self.add_contact = QPushButton(self.tr("Add contact"))
        self.add_contact.setObjectName("addContactButton")
        self.add_contact.clicked.connect(self.contact_added)
        self.remove_contact = QPushButton(self.tr("Remove"))
        self.remove_contact.setObjectName("removeContactButton")
        self.remove_contact.clicked.connect(self._remove_clicked)
        self.personal_data = QPushButton(self.tr("Personal data…"))
        self.personal_data.setObjectName("personalDataButton")
        self.personal_data.setToolTip(self.tr(
            "Everything held about the selected contact person, to answer their request: "
            "save it as a file, or erase it everywhere"))
        self.personal_data.clicked.connect(self._personal_data_clicked)
        contact_buttons = QHBoxLayout()
        contact_buttons.addWidget(self.add_contact)
        contact_buttons.addWidget(self.remove_contact)
        contact_buttons.addStretch(1)
        # a row of its own: the panel is narrow at 1100 px
        personal_row = QHBoxLayout()
        personal_row.addWidget(self.personal_data)
        personal_row.addStretch(1)

        self.history = QTextBrowser()
        self.history.setObjectName("historyList")
        self.history.setAccessibleName(self.tr("History"))
        self.history.setOpenLinks(False)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.status_line)
        layout.addWidget(self.next_row)
        layout.addWidget(self.private_box)
        layout.addSpacing(4)
        layout.addLayout(self.fields)
        layout.addSpacing(4)
        layout.addWidget(_section(self.tr("Private contacts · never exported")))
        layout.addWidget(self.contacts)
        layout.addLayout(contact_buttons)
        layout.addLayout(personal_row)
        layout.addSpacing(4)
        layout.addWidget(_section(self.tr("History")))
        self.history.setMinimumHeight(140)
        layout.addWidget(self.history, 1)
        return page

    def set_read_only(self, read_only: bool) -> None:
        """Show, but offer no edit (while a status change is being written:
        the tab takes no other write until it ends)."""
        self._read_only = read_only
        for button in (*self.next_buttons.values(), self.correct_button, self.edit_button,
                       self.add_contact, self.merge_button, self.private_box):
            button.setEnabled(not read_only)
        self.remove_contact.setEnabled(
            not read_only and self.details is not None and bool(self.details.contacts))
        self.contacts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers
                                      if read_only else CONTACT_EDIT_TRIGGERS)

    # -- showing -------------------------------------------------------------
    def show_nothing(self, selected: int = 0) -> None:
        self.details = None
        self.empty.setText(
            self.tr("%Ln signatories selected. Change their status together with "
                    "“Set status…” or the context menu.", "", selected) if selected > 1 else
            self.tr("Select a signatory to see its details, private contacts and history."))
        self.merge_button.setVisible(selected == 2)
        self.stack.setCurrentIndex(0)

    def show_details(self, details: SignatoryDetails) -> None:
        self.details = details
        sig, org = details.signatory, details.organisation
        is_org = org is not None
        name = org.name if org else sig.name
        self.title.setText(name)
        country = (org.country if org else sig.country) or ""
        kind = (org_type_label(org.org_type)
                or signatory_kind_label(SignatoryKind.ORGANISATION)) \
            if is_org else signatory_kind_label(SignatoryKind.INDIVIDUAL)
        where = country_label(country) if country else ""
        self.subtitle.setText(" · ".join(p for p in (kind, where) if p))
        self._show_status(sig)
        self.private_box.setChecked(bool(sig.private))

        values = {
            "acronym": escape(org.acronym) if org else "",
            "title": escape(sig.title), "affiliation": escape(sig.affiliation),
            "country": escape(f"{country_label(country)} ({country})") if country else "",
            "org_type": escape(org_type_label(org.org_type)) if org else "",
            "website": self._link(org.website) if org and org.website else "",
            "notes": escape(sig.notes).replace("\n", "<br>"),
        }
        shown = {"acronym": is_org, "title": not is_org, "affiliation": not is_org,
                 "org_type": is_org, "website": is_org, "country": True, "notes": True}
        for key, label in self.field_labels.items():
            label.setText(values[key] or f"<span style='color:{colours.LIGHT_GREY}'>—</span>")
            self.fields.setRowVisible(label, shown[key] and (bool(values[key])
                                                             or key != "notes"))

        self._filling = True
        self.contacts.setRowCount(len(details.contacts))
        for row, contact in enumerate(details.contacts):
            for col, field in enumerate(CONTACT_FIELDS):
                text = getattr(contact, field)
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, contact.id)
                if text:
                    item.setToolTip(text)  # whole, should the column cut it
                self.contacts.setItem(row, col, item)
        self._filling = False
        self._fit_contact_columns()
        self.remove_contact.setEnabled(bool(details.contacts) and not self._read_only)
        self.personal_data.setEnabled(any(c.email for c in details.contacts))

        self.history.setHtml(self._history_html(details.events))
        self.stack.setCurrentIndex(1)

    def _fit_contact_columns(self) -> None:
        """The contact columns side by side within the table's width, never
        scrolling sideways, in order of importance (`CONTACT_FIELDS`): each
        as wide as its header, then the address, the person and the phone
        as wide as their longest text (up to `CONTACT_WIDTHS`) as far as the
        width goes, the notes taking what is left. A panel too narrow for
        the address beside the other headers leaves out the empty phone and
        notes columns (notes first), and shows them again when widened.
        Measured on the few contacts of one signatory, never through
        ResizeToContents; fitted again whenever the table's width changes."""
        header = self.contacts.horizontalHeader()
        fm = self.contacts.fontMetrics()
        available = self.contacts.viewport().width()
        floors, wants, empty = [], [], []
        for col in range(len(CONTACT_FIELDS)):
            floor = header.sectionSizeFromContents(col).width()
            texts = [item.text() for row in range(self.contacts.rowCount())
                     if (item := self.contacts.item(row, col)) is not None and item.text()]
            want = max([fm.horizontalAdvance(t) + CELL_TEXT_PADDING for t in texts] + [floor])
            if col < len(CONTACT_WIDTHS):
                want = min(want, max(CONTACT_WIDTHS[col], floor))
            floors.append(floor)
            wants.append(want)
            if col in CONTACT_OPTIONAL and not texts:
                empty.append(col)
        shown = list(range(len(CONTACT_FIELDS)))
        while empty and wants[0] + sum(floors[c] for c in shown[1:]) > available:
            shown.remove(empty.pop())  # the notes first, then the phone
        widths = share_width([wants[c] for c in shown], [floors[c] for c in shown],
                             available, CONTACT_LEAST)
        widths[-1] = max(widths[-1], available - sum(widths[:-1]))  # the last: the rest
        width_of = dict(zip(shown, widths, strict=True))
        for col in range(len(CONTACT_FIELDS)):
            if self.contacts.isColumnHidden(col) != (col not in width_of):
                self.contacts.setColumnHidden(col, col not in width_of)
            if col in width_of and self.contacts.columnWidth(col) != width_of[col]:
                self.contacts.setColumnWidth(col, width_of[col])

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if watched is self.contacts.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_contact_columns()
        return super().eventFilter(watched, event)

    def _history_html(self, events) -> str:
        """Newest first; each change on one line, its note wrapped below. A
        correction says so, with its reason: "Corrected: Endorsed → Invited
        — endorsed by mistake"."""
        parts = []
        # the arrow points the way the interface reads ("from → to", and in
        # Arabic "من ← إلى")
        arrow = "←" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "→"
        for event in reversed(events):
            if event.from_status is None or event.from_status == event.to_status:
                change = escape(status_label(event.to_status))
            else:
                change = (f"{escape(status_label(event.from_status))} {arrow} "
                          f"{escape(status_label(event.to_status))}")
            colour = STATUS_COLOURS.get(event.to_status, colours.GREY)
            when = format_datetime(event.at) if event.at else ""
            by = f" · {escape(channel_label(event.channel))}" if event.channel else ""
            note = (f"<br><span style='color:{colours.DARK_GREY}'>"
                    f"{escape(event_note(event.note))}</span>" if event.note else "")
            if getattr(event, "kind", EventKind.CHANGE) == EventKind.CORRECTION:
                reason = self.tr("undone") if event.note == UNDO_REASON \
                    else event_note(event.note)
                change = escape(self.tr("Corrected: {change} — {reason}")).format(
                    change=f"<b>{change}</b>", reason=escape(reason))
                note = ""
            else:
                change = f"<b>{change}</b>"
            parts.append(
                f"<p style='margin:0 0 6px 0'><span style='color:{colour}'>●</span> "
                f"{change}<span style='color:{colours.GREY}'>{by} · {when}</span>{note}</p>")
        return "".join(parts)

    @staticmethod
    def _link(url: str) -> str:
        """A website as a link when it is one (http or https, or a bare
        domain, taken as https); anything else (`file:`, `javascript:`) is
        shown as the text it is."""
        href = web_url(url)
        if href is None:
            return escape(url)
        return f"<a href='{escape(href, quote=True)}'>{escape(url)}</a>"

    def _show_status(self, sig) -> None:
        colour = STATUS_COLOURS.get(sig.status, colours.GREY)
        extra = []
        if sig.endorsed_version is not None and sig.status in (
                "endorsed", "needs_reconfirmation", "withdrawn"):
            extra.append(self.tr("version {number}").format(
                number=format_number(sig.endorsed_version)))
        if sig.endorsed_at is not None and sig.status == "endorsed":
            extra.append(format_date(sig.endorsed_at))
        if sig.channel and sig.status == "endorsed":
            extra.append(self.tr("by {channel}").format(channel=channel_label(sig.channel)))
        tail = f" <span style='color:{colours.GREY}'>({', '.join(extra)})</span>" if extra else ""
        self.status_line.setText(
            f"<span style='color:{colour}; font-size:14pt'>●</span> "
            f"<b>{escape(status_label(sig.status))}</b>{tail}")
        allowed = {s.value for s in allowed_next(Status(sig.status))}
        for value, button in self.next_buttons.items():
            button.setVisible(value in allowed)

    # -- contact edits ---------------------------------------------------------
    def _contact_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        contact_id = item.data(Qt.ItemDataRole.UserRole)
        self.contact_edited.emit(int(contact_id), CONTACT_FIELDS[item.column()], item.text())

    def _selected_contact_row(self) -> int:
        """The contact row the buttons act on: the current one, else the first."""
        row = self.contacts.currentRow()
        if row < 0 and self.contacts.rowCount():
            row = 0
        return row

    def _remove_clicked(self) -> None:
        row = self._selected_contact_row()
        if row < 0:
            return
        self.contact_removed.emit(int(self.contacts.item(row, 0).data(Qt.ItemDataRole.UserRole)))

    def _personal_data_clicked(self) -> None:
        row = self._selected_contact_row()
        email = self.contacts.item(row, CONTACT_FIELDS.index("email")).text().strip() \
            if row >= 0 else ""
        if email:
            self.personal_data_requested.emit(email)
