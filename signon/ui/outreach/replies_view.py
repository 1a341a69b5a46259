"""The Replies page's widgets and their layout: where replies come from and
Read replies, the counts, the table of messages above the selected one
(its own text, and who authorised it), the buttons that decide, and the
progress of a reading with Cancel.

Layout only: `RepliesPanel` (replies_panel.py) subclasses this view and
wires it to the store and its handlers. Texts are in the translation
context "RepliesPanel" (`translate`, and replies_wording.py for counted
ones).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from signon.ui.elide import IsolatingDelegate, elided
from signon.ui.fitting import FittedPage, FlowBox
from signon.ui.i18n import translate
from signon.ui.outreach.replies_model import ReplyTableModel
from signon.ui.outreach.replies_reading import EML, IMAP, MBOX
from signon.ui.outreach.tables import shrinkable_combo

SOURCES = (
    (IMAP, QT_TRANSLATE_NOOP("RepliesPanel", "Mailbox (IMAP)")),
    (MBOX, QT_TRANSLATE_NOOP("RepliesPanel", "mbox file")),
    (EML, QT_TRANSLATE_NOOP("RepliesPanel", "Folder of .eml files")),
)
COLUMNS = (
    QT_TRANSLATE_NOOP("RepliesPanel", "Date"),
    QT_TRANSLATE_NOOP("RepliesPanel", "From"),
    QT_TRANSLATE_NOOP("RepliesPanel", "Signatory"),
    QT_TRANSLATE_NOOP("RepliesPanel", "Match"),
    QT_TRANSLATE_NOOP("RepliesPanel", "Action"),
    QT_TRANSLATE_NOOP("RepliesPanel", "Verified"),
    QT_TRANSLATE_NOOP("RepliesPanel", "State"),
)



def _button(text: str, name: str, tip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    if tip:
        button.setToolTip(tip)
    return button


class ElidedLabel(QLabel):
    """One line that gives up width: cut short with "…", whole in its
    tooltip (a long path must not widen the page)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(60)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(elided(self.fontMetrics(), self._full, max(self.width(), 10)))


class RepliesView(FittedPage):
    """`source`, `source_label`, `choose_button`, `mailbox_button`,
    `read_button`; `summary`; `table` (its `model`) above `heading`,
    `text` and the representative's `rep_name`, `rep_role`, `rep_save`
    (their tooltip saying what they are for, `set_representative_note`);
    `endorse_button`, `decline_button`, `ignore_button`, `apply_button`,
    `evidence_button`; `cancel_button`, `progress` and `status`."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("repliesPanel")
        top = self._build_source()
        self.summary = QLabel()
        self.summary.setObjectName("repliesSummary")
        self.summary.setWordWrap(True)
        split = self._build_messages()
        actions = self._build_actions()
        run = self._build_run_row()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(actions)
        layout.addLayout(run)

    def _build_source(self) -> QLayout:
        """Where replies come from: the IMAP mailbox of the settings, an mbox
        file or a folder of .eml files; and Read replies."""
        self.source = QComboBox()
        self.source.setObjectName("replySource")
        self.source.setAccessibleName(translate("RepliesPanel", "Read replies from"))
        for kind, label in SOURCES:
            self.source.addItem(translate("RepliesPanel", label), kind)
        shrinkable_combo(self.source)
        self.source_label = ElidedLabel()
        self.source_label.setObjectName("replySourceLabel")
        self.source_label.setProperty("role", "note")
        self.choose_button = _button(translate("RepliesPanel", "Choose…"),
                                     "chooseReplySourceButton",
                                     translate("RepliesPanel", "Choose the mbox file or the "
                                                               "folder of .eml files"))
        self.mailbox_button = _button(
            translate("RepliesPanel", "Mailbox settings…"), "mailboxSettingsButton",
            translate("RepliesPanel", "Server, user, folder and password of the mailbox replies "
                                      "arrive in"))
        self.read_button = _button(
            translate("RepliesPanel", "Read replies"), "readRepliesButton",
            translate("RepliesPanel", "Read the replies and show what each one is; nothing is "
                                      "written"))
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("RepliesPanel", "Read from:")))
        top.addWidget(self.source)
        top.addWidget(self.source_label, 1)
        top.addWidget(self.choose_button)
        top.addWidget(self.mailbox_button)
        top.addWidget(self.read_button)
        return top

    def _build_messages(self) -> QSplitter:
        """The messages, above the selected one: its own text beside who
        authorised it."""
        self.model = ReplyTableModel([translate("RepliesPanel", c) for c in COLUMNS], self)
        self.table = QTableView()
        self.table.setObjectName("repliesTable")
        self.table.setModel(self.model)
        # a cut-short English name ends in "…" on its right in Arabic too
        self.table.setItemDelegate(IsolatingDelegate(self.table))
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(translate("RepliesPanel", "Replies"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.heading = QLabel()
        self.heading.setObjectName("replyHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit()
        self.text.setObjectName("replyText")
        self.text.setAccessibleName(translate("RepliesPanel", "The reply's own text"))
        self.text.setReadOnly(True)
        self.text.setPlaceholderText(translate("RepliesPanel", "Select a message to read what it "
                                                               "says."))
        reading = QWidget()
        column = QVBoxLayout(reading)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.text, 1)

        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("repliesSplitter")
        split.addWidget(self.table)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.setObjectName("replyDetailSplitter")
        bottom.addWidget(reading)
        bottom.addWidget(self._build_representative())
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        bottom.setChildrenCollapsible(False)
        split.addWidget(bottom)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 3)
        split.setSizes([500, 300])  # the messages first: more rows than the text has lines
        split.setChildrenCollapsible(False)
        return split

    def _build_representative(self) -> QWidget:
        """Who authorised the reply for the organisation, and their role."""
        box = QWidget()
        box.setObjectName("representativeBox")
        self.rep_title = QLabel(translate("RepliesPanel", "Authorised by"))
        self.rep_title.setProperty("role", "caption")
        self.rep_name = QLineEdit()
        self.rep_name.setObjectName("representativeName")
        self.rep_name.setAccessibleName(translate("RepliesPanel", "Representative's name"))
        self.rep_name.setPlaceholderText(translate("RepliesPanel", "Name of the person"))
        self.rep_role = QLineEdit()
        self.rep_role.setObjectName("representativeRole")
        self.rep_role.setAccessibleName(translate("RepliesPanel", "Representative's role"))
        self.rep_role.setPlaceholderText(translate("RepliesPanel", "Role in the organisation"))
        self.rep_save = _button(translate("RepliesPanel", "Save"), "saveRepresentativeButton",
                                translate("RepliesPanel", "Keep the name and role with the "
                                                          "reply's evidence "
                                    "(private)"))
        role_row = QHBoxLayout()
        role_row.setContentsMargins(0, 0, 0, 0)
        role_row.addWidget(self.rep_role, 1)
        role_row.addWidget(self.rep_save)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(translate("RepliesPanel", "Name:"), self.rep_name)
        form.addRow(translate("RepliesPanel", "Role:"), role_row)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.rep_title)
        column.addLayout(form)
        column.addStretch(1)
        return box

    def _build_actions(self) -> FlowBox:
        """The coordinator's word on the selected reply, then what applies
        to all of them: two groups that wrap as wholes."""
        self.endorse_button = _button(
            translate("RepliesPanel", "Endorse"), "endorseReplyButton",
            translate("RepliesPanel", "The selected reply endorses: mark its signatory endorsed, "
                                      "as the reply "
                "says"))
        self.decline_button = _button(
            translate("RepliesPanel", "Decline"), "declineReplyButton",
            translate("RepliesPanel", "The selected reply declines: mark its signatory declined"))
        self.ignore_button = _button(
            translate("RepliesPanel", "Ignore"), "ignoreReplyButton",
            translate("RepliesPanel", "The selected reply needs nothing done: keep it as evidence "
                                      "only"))
        self.apply_button = _button(
            translate("RepliesPanel", "Apply clear replies"), "applyClearButton",
            translate("RepliesPanel", "Read again and apply every endorsement, refusal and bounce "
                                      "that answers "
                "the campaign's own messages; record the others for you to decide"))
        self.evidence_button = _button(
            translate("RepliesPanel", "Save evidence report…"), "saveEvidenceButton",
            translate("RepliesPanel", "A CSV file of every recorded reply: who authorised what, "
                                      "when, how it was "
                "verified. Private: it names people and quotes their mail, and only you can "
                "read the file."))
        actions = FlowBox()
        for group in ((self.endorse_button, self.decline_button, self.ignore_button),
                      (self.apply_button, self.evidence_button)):
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            for w in group:
                row.addWidget(w)
            actions.addWidget(box)
        return actions

    def _build_run_row(self) -> QLayout:
        """A reading's progress and Cancel, and the status line beside them."""
        self.cancel_button = _button(translate("RepliesPanel", "Cancel"), "cancelReadButton",
                                     translate("RepliesPanel", "Stop reading after the current "
                                                               "batch of messages"))
        self.progress = QProgressBar()
        self.progress.setObjectName("repliesProgress")
        self.progress.setAccessibleName(translate("RepliesPanel", "Reading progress"))
        self.progress.setTextVisible(True)
        self.progress.setMaximumWidth(220)
        self.status = QLabel()
        self.status.setObjectName("repliesStatus")
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout()
        row.addWidget(self.cancel_button)
        row.addWidget(self.progress)
        row.addWidget(self.status, 1)
        return row

    def set_representative_note(self, note: str) -> None:
        """Why the representative's fields are there, or why they are off."""
        for widget in (self.rep_title, self.rep_name, self.rep_role):
            widget.setToolTip(note)

    def show_running(self, running: bool) -> None:
        """While a reading runs: its progress and Cancel; nothing else that
        reads or writes."""
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running)
        for widget in (self.source, self.choose_button, self.mailbox_button, self.read_button,
                       self.apply_button, self.evidence_button):
            widget.setEnabled(not running)
        if running:
            self.progress.setFormat(translate("RepliesPanel", "%v of %m"))
            self.progress.setValue(0)
