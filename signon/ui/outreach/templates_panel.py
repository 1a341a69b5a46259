"""Template editor with a live preview for any signatory.

The preview renders exactly what would be queued, and shows the same error
the outbox would raise (unknown placeholder, value missing for this
signatory) in place of the message, so a coordinator sees "{contact} has no
value for Access Now" while writing, not after sending. A value the
campaign lacks ({link} with no form link) comes with "Set form link…" next
to the error (`settings_requested`).

The editor's text survives the tab reading the campaign again (another
page shown, Campaign settings saved): a template being written is kept
until it is saved or another is chosen.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from signon.domain.errors import SignonError
from signon.domain.message_templates import PLACEHOLDERS, TemplateError, render
from signon.outreach import mailing
from signon.outreach.snapshot import OutreachSnapshot
from signon.store.concurrency import ConflictError
from signon.store.database import Database
from signon.store.templates import (
    TemplateRecord,
    campaign_templates,
    delete_template,
    save_template,
)
from signon.ui import dialogs
from signon.ui.fitting import FittedPage, FlowBox
from signon.ui.labels import (
    placeholder_meaning,
    template_kind_label,
    template_label,
)
from signon.ui.outreach.item_models import PreviewRecipientsModel
from signon.ui.outreach.missing_value import SetValueButton, campaign_lacks

PREVIEW_DELAY_MS = 150
LIST_MIN_WIDTH = 120
LIST_WIDTH = 185
EDITOR_MIN_WIDTH = 260
BODY_MIN_HEIGHT = 120


class TemplatesPanel(FittedPage):
    """List of the campaign's templates, the editor, and the preview.
    `settings_requested(setting)`: open Campaign settings at that field."""

    saved = Signal()
    settings_requested = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.campaign_id: int | None = None
        self._templates: list[TemplateRecord] = []
        self._current: TemplateRecord | None = None
        self._campaign = None
        self._statement = ""
        self.setObjectName("templatesPanel")
        # list | editor | preview side by side, in the order of the work: at
        # the default window there is more width than height to share, and
        # the preview, under the editor, had room for three lines
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("templatesSplitter")
        split.setChildrenCollapsible(False)
        split.addWidget(self._build_list())
        split.addWidget(self._build_editor())
        split.addWidget(self._build_preview())
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setStretchFactor(2, 1)
        split.setSizes([LIST_WIDTH, 400, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._connect()

    def _build_list(self) -> QWidget:
        """The campaign's templates, and a button for a custom one."""
        self.list = QListWidget()
        self.list.setObjectName("templateList")
        self.list.setAccessibleName(self.tr("Message templates"))
        # narrow enough to leave the editor and the preview their room; a
        # label that does not fit is elided and shown whole in its tooltip
        self.list.setMinimumWidth(LIST_MIN_WIDTH)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.new_button = QPushButton(self.tr("New custom template"))
        self.new_button.setObjectName("newTemplateButton")
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)
        left_box = QWidget()
        left_box.setLayout(left)
        return left_box

    def _build_editor(self) -> QWidget:
        """Name, subject and body, the placeholder chips, Save and Reset."""
        self.name = QLineEdit()
        self.name.setObjectName("templateName")
        self.name.setAccessibleName(self.tr("Template name"))
        self.name.setPlaceholderText(self.tr("Name (custom templates)"))
        self.subject = QLineEdit()
        self.subject.setObjectName("templateSubject")
        self.subject.setAccessibleName(self.tr("Subject"))
        self.body = QPlainTextEdit()
        self.body.setObjectName("templateBody")
        self.body.setAccessibleName(self.tr("Message body"))
        self.body.setMinimumHeight(BODY_MIN_HEIGHT)
        # Tab moves on (to Save template), as from every other field; a
        # message has no use for a tab character
        self.body.setTabChangesFocus(True)
        chips = self._build_chips()
        self.save_button = QPushButton(self.tr("Save template"))
        self.save_button.setObjectName("saveTemplateButton")
        self.reset_button = QPushButton(self.tr("Reset to default"))
        self.reset_button.setObjectName("resetTemplateButton")
        buttons = FlowBox()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Subject:"), self.subject)
        editor = QVBoxLayout()
        editor.setContentsMargins(0, 0, 0, 0)
        editor.addLayout(form)
        editor.addWidget(self.body, 1)
        editor.addWidget(chips)
        editor.addWidget(buttons)
        editor_box = QWidget()
        editor_box.setLayout(editor)
        # narrower, the chips would take more lines than the body keeps
        editor_box.setMinimumWidth(EDITOR_MIN_WIDTH)
        return editor_box

    def _build_chips(self) -> FlowBox:
        """One button per placeholder, inserting it where the cursor is. The
        chips wrap onto more lines in a narrow editor (seven of them are
        wider than the editor's column at the default window size)."""
        chips = FlowBox(spacing=4)
        chips.addWidget(QLabel(self.tr("Insert:")))
        for name in PLACEHOLDERS:
            chip = QPushButton(f"{{{name}}}")
            chip.setObjectName(f"insert_{name}")
            chip.setToolTip(placeholder_meaning(name))
            chip.setAccessibleName(self.tr("Insert {placeholder}").format(placeholder=name))
            chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            chip.setProperty("chip", "placeholder")
            chip.clicked.connect(lambda _=False, n=name: self._insert(n))
            chips.addWidget(chip)
        return chips

    def _build_preview(self) -> QWidget:
        """The message as it would be queued for the chosen signatory, or
        the error queuing it would raise."""
        self.preview_model = PreviewRecipientsModel(self)
        self.preview_for = QComboBox()
        self.preview_for.setObjectName("previewSignatory")
        self.preview_for.setAccessibleName(self.tr("Preview for signatory"))
        # sized by a few characters, not by the longest name in the campaign
        # (that made the preview as wide as the window); the whole entry is
        # in the tooltip and the drop-down list
        self.preview_for.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.preview_for.setMinimumContentsLength(12)
        self.preview_for.currentTextChanged.connect(self.preview_for.setToolTip)
        # a model, not an item per signatory (50,000 addItem calls), and rows
        # of one height: the drop-down opens without measuring each name
        self.preview_for.setModel(self.preview_model)
        self.preview_for.view().setUniformItemSizes(True)
        self.preview_error = QLabel()
        self.preview_error.setObjectName("templateError")
        self.preview_error.setWordWrap(True)
        self.preview_error.setProperty("role", "error")
        self.set_value = SetValueButton("previewSetValueButton")
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("templatePreview")
        self.preview.setAccessibleName(self.tr("Preview of the message"))
        self.preview.setReadOnly(True)
        preview_box = QGroupBox(self.tr("Preview"))
        pv = QVBoxLayout(preview_box)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("For:")))
        row.addWidget(self.preview_for, 1)
        pv.addLayout(row)
        pv.addWidget(self.preview_error)
        # under the error, not beside it: the preview's column is narrow
        pv.addWidget(self.set_value, 0, Qt.AlignmentFlag.AlignLeading)
        pv.addWidget(self.preview, 1)
        return preview_box

    def _connect(self) -> None:
        self.list.currentRowChanged.connect(self._select)
        self.new_button.clicked.connect(self._new_custom)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self._reset)
        self._timer.timeout.connect(self.update_preview)
        self.preview_for.currentIndexChanged.connect(self._schedule_preview)
        self.set_value.requested.connect(self.settings_requested)
        for widget in (self.subject, self.body, self.name):
            widget.textChanged.connect(self._schedule_preview)

    # -- data ----------------------------------------------------------------------

    def show_snapshot(self, snapshot: OutreachSnapshot | None) -> None:
        """Show a campaign as the tab read it (None: no campaign); the
        same campaign read again keeps what is being written."""
        same = snapshot is not None and snapshot.campaign.id == self.campaign_id
        self.campaign_id = snapshot.campaign.id if snapshot else None
        self._campaign = snapshot.campaign if snapshot else None
        self._statement = snapshot.statement if snapshot else ""
        self.preview_for.blockSignals(True)
        chosen = self.preview_for.currentData()
        self.preview_model.set_rows(snapshot.by_name if snapshot else [])
        index = self.preview_model.row_of(chosen)
        # the one chosen before, else someone a message would go to
        self.preview_for.setCurrentIndex(index if index >= 0
                                         else self.preview_model.first_unanswered())
        self.preview_for.blockSignals(False)
        self._show_templates(snapshot.templates if snapshot else [], keep_edits=same)

    def refresh(self, keep: tuple[str, str, str] | None = None) -> None:
        """Read the templates again (after a save or a reset), keeping `keep`
        (or the current one) selected; the rest of the snapshot stays."""
        templates = []
        if self.campaign_id is not None:
            with self.db.session() as session:
                templates = campaign_templates(session, self.campaign_id)
        self._show_templates(templates, keep)

    def _show_templates(self, templates: list[TemplateRecord],
                        keep: tuple[str, str, str] | None = None,
                        keep_edits: bool = False) -> None:
        """List `templates` and select `keep` (or the one selected). With
        `keep_edits`, text typed in the editor and not saved stays there,
        over the template as it was when the editor was opened on it (so
        saving still notices a teammate's save), and a new custom template
        not saved yet stays in the list."""
        base = self._current
        edits = self._unsaved() if keep_edits else None
        self._templates = list(templates)
        if edits is not None and base.id is None and base.kind == "custom":
            self._templates.append(base)
        current = keep or (self._key(base) if base else None)
        self.list.blockSignals(True)
        self.list.clear()
        for t in self._templates:
            text = template_label(t.kind, t.language, t.name)
            if t.id is None and t.kind == "custom":
                text = self.tr("{kind} (new)").format(kind=template_kind_label("custom"))
            elif t.is_default:
                text += "  · " + self.tr("default")
            item = QListWidgetItem(text)
            item.setToolTip(f"{text}\n{t.subject}" if t.subject else text)
            self.list.addItem(item)
        self.list.blockSignals(False)
        keys = [self._key(t) for t in self._templates]
        row = keys.index(current) if current in keys else 0
        if self._templates:
            self.list.setCurrentRow(row)
            self._select(row)
            if edits is not None and keys[row] == self._key(base):
                self._restore(base, edits)
        else:
            self._current = None
        self.setEnabled(self.campaign_id is not None)

    def _unsaved(self) -> TemplateRecord | None:
        """The template in the editor when it was changed since it was
        opened (and not saved), else None."""
        edited, base = self.edited(), self._current
        if edited is None or base is None:
            return None
        if (edited.name, edited.subject, edited.body) == (base.name, base.subject, base.body):
            return None
        return edited

    def _restore(self, base: TemplateRecord, edits: TemplateRecord) -> None:
        """Put back the editor's unsaved text over `base`."""
        self._current = base
        for widget in (self.name, self.subject, self.body):
            widget.blockSignals(True)
        self.name.setText(edits.name)
        self.subject.setText(edits.subject)
        self.body.setPlainText(edits.body)
        for widget in (self.name, self.subject, self.body):
            widget.blockSignals(False)
        self.reset_button.setEnabled(not base.is_default)
        self.update_preview()

    @staticmethod
    def _key(t: TemplateRecord) -> tuple[str, str, str]:
        return (t.kind, t.language, t.name)

    def templates(self) -> list[TemplateRecord]:
        return list(self._templates)

    def _select(self, row: int) -> None:
        if not 0 <= row < len(self._templates):
            return
        self._current = self._templates[row]
        for widget in (self.name, self.subject, self.body):
            widget.blockSignals(True)
        self.name.setText(self._current.name)
        self.name.setEnabled(self._current.kind == "custom")
        self.subject.setText(self._current.subject)
        self.body.setPlainText(self._current.body)
        for widget in (self.name, self.subject, self.body):
            widget.blockSignals(False)
        self.reset_button.setText(self.tr("Delete template") if self._current.kind == "custom"
                                  else self.tr("Reset to default"))
        self.reset_button.setEnabled(not self._current.is_default)
        self.update_preview()

    def edited(self) -> TemplateRecord | None:
        """The template as it stands in the editor (saved or not)."""
        if self._current is None:
            return None
        return replace(self._current, name=self.name.text().strip(),
                       subject=self.subject.text(), body=self.body.toPlainText())

    # -- actions -------------------------------------------------------------------

    def _insert(self, name: str) -> None:
        target = self.subject if self.subject.hasFocus() else self.body
        if target is self.subject:
            self.subject.insert(f"{{{name}}}")
        else:
            self.body.insertPlainText(f"{{{name}}}")
            self.body.setFocus()

    def _new_custom(self) -> None:
        if self._campaign is None:
            return
        draft = TemplateRecord(None, "custom", self._campaign.language or "en",
                               "", "", "")
        self._templates.append(draft)
        self.list.addItem(QListWidgetItem(self.tr("{kind} (new)").format(
            kind=template_kind_label("custom"))))
        self.list.setCurrentRow(len(self._templates) - 1)
        self.name.setFocus()

    def save(self) -> bool:
        template = self.edited()
        if template is None or self.campaign_id is None:
            return False
        base = self._current
        try:
            with self.db.session() as session:
                saved = save_template(
                    session, self.campaign_id, kind=template.kind, language=template.language,
                    name=template.name, subject=template.subject, body=template.body,
                    template_id=template.id, expected=(base.subject, base.body))
        except ConflictError:
            # the editor keeps this coordinator's text; saving again replaces
            # the teammate's version knowingly
            self._current = self._stored_version(base) or base
            dialogs.error(self, self.tr(
                "Another coordinator saved “{template}” while you were editing it, so nothing "
                "was saved. Your text is still in the editor: save again to replace their "
                "version with yours.").format(
                template=template_label(base.kind, base.language, base.name)))
            return False
        except SignonError as exc:
            dialogs.error(self, str(exc))
            return False
        self._current = saved
        self.refresh(keep=self._key(saved))
        self.saved.emit()
        return True

    def _stored_version(self, template: TemplateRecord) -> TemplateRecord | None:
        """The template as it is stored now (a teammate's save)."""
        with self.db.session() as session:
            for stored in campaign_templates(session, self.campaign_id):
                if self._key(stored) == self._key(template):
                    return stored
        return None

    def _reset(self) -> None:
        current = self._current
        if current is None or current.is_default or self.campaign_id is None:
            return
        label = template_label(current.kind, current.language, current.name)
        if current.kind == "custom":
            question = self.tr("Do you want to delete the template “{name}”? Your changes to "
                               "it will be lost.")
        else:
            question = self.tr("Do you want to go back to the standard wording of “{name}”? "
                               "Your changes to it will be lost.")
        if not dialogs.confirm(self, self.tr("Template"), question.format(name=label),
                               self.tr("Delete") if current.kind == "custom"
                               else self.tr("Reset")):
            return
        with self.db.session() as session:
            delete_template(session, current.id)
        self._current = None
        self.refresh(keep=(current.kind, current.language, current.name)
                     if current.kind != "custom" else None)
        self.saved.emit()

    # -- preview -------------------------------------------------------------------

    def _schedule_preview(self, *_args) -> None:
        self._timer.start()

    def select_preview_signatory(self, signatory_id: int) -> None:
        index = self.preview_for.findData(signatory_id)
        if index >= 0:
            self.preview_for.setCurrentIndex(index)
        self.update_preview()

    def update_preview(self) -> None:
        self._timer.stop()
        template = self.edited()
        row = self.preview_for.currentIndex()
        rows = self.preview_model.rows
        recipient = rows[row] if 0 <= row < len(rows) else None
        if template is None or recipient is None or self._campaign is None:
            self.preview.setPlainText("")
            self.preview_error.setText("" if template is None else
                                       self.tr("Add signatories to preview a message."))
            self.preview_error.setVisible(template is not None)
            self.set_value.offer("")
            return
        try:
            values = mailing.message_values(self._campaign, recipient, self._statement)
            rendered = render(template.text(), values.as_mapping(template.language),
                              recipient=recipient.name)
        except SignonError as exc:
            self.preview_error.setText(str(exc))
            self.preview_error.show()
            # "Set form link…" when the value missing is the campaign's
            placeholder = exc.placeholder if isinstance(exc, TemplateError) else ""
            self.set_value.offer(placeholder if campaign_lacks(self._campaign, placeholder)
                                 else "")
            self.preview.setPlainText("")
            return
        self.preview_error.hide()
        self.set_value.offer("")
        address = recipient.email or self.tr("no address")
        self.preview.setPlainText(f"To: {recipient.greeting_name or recipient.name} <{address}>"
                                  f"\nSubject: {rendered.subject}\n\n{rendered.body}")
