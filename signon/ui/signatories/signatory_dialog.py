"""Adding a signatory by hand, or editing one.

An organisation's public fields live in the directory and are shared by
every campaign; an individual's live on the signatory. The country field
takes whatever people type ("Perú", "UK", "Royaume-Uni", "KE") and shows
what it understood before anything is saved.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from signon.domain.countries import resolve_country
from signon.domain.signatory_kind import SignatoryKind
from signon.ui.i18n import current_language
from signon.ui.labels import channel_label, country_label, org_type_label
from signon.ui.signatories.choices import CHANNELS, ORG_TYPES, CountryCompleter
from signon.ui.signatories.table_model import add_statuses
from signon.ui.style import set_role


@dataclass
class SignatoryValues:
    """What the dialog collected, in the store's vocabulary."""

    kind: str
    name: str
    acronym: str = ""
    country: str = ""
    org_type: str = ""
    website: str = ""
    title: str = ""
    affiliation: str = ""
    notes: str = ""
    status: str = "prospect"
    channel: str = ""
    contact: dict[str, str] = field(default_factory=dict)


class SignatoryDialog(QDialog):
    """`existing` (a SignatoryValues) switches it to editing: the type is then
    fixed, and status and contacts are changed elsewhere (the status dialog,
    the side panel), so every change has its event."""

    def __init__(self, parent: QWidget | None = None, *, policy: str = "organisations",
                 existing: SignatoryValues | None = None,
                 lookup=None):
        super().__init__(parent)
        self.setObjectName("signatoryDialog")
        self.editing = existing is not None
        self.setWindowTitle(self.tr("Edit signatory") if self.editing
                            else self.tr("Add signatory"))
        self.setAccessibleName(self.windowTitle())
        # (kind, name, acronym, country) -> (one line about the campaign or the
        # directory having it, its role: "warning" or "note"), or ("", "")
        self._lookup = lookup

        kinds = self._build_kinds()
        self._build_public_fields()
        self._build_private_fields()
        self.form = self._build_form(kinds)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Save") if self.editing else self.tr("Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

        self.kind_org.toggled.connect(self._kind_changed)
        self.country.textChanged.connect(self._country_changed)
        # the directory's acronym rule needs the country too: look again after either
        self.name.editingFinished.connect(self._update_directory_hint)
        self.country.editingFinished.connect(self._update_directory_hint)
        self.acronym.editingFinished.connect(self._update_directory_hint)
        if existing is not None:
            self._fill(existing)
        else:
            (self.kind_ind if policy == "individuals" else self.kind_org).setChecked(True)
        self._kind_changed()
        self._country_changed()

    @staticmethod
    def _line(name: str, accessible: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        return edit

    def _build_kinds(self) -> QHBoxLayout:
        """Organisation or individual ("Signing as")."""
        self.kind_org = QRadioButton(self.tr("Organisation"))
        self.kind_org.setObjectName("kindOrganisation")
        self.kind_ind = QRadioButton(self.tr("Individual"))
        self.kind_ind.setObjectName("kindIndividual")
        group = QButtonGroup(self)
        group.addButton(self.kind_org)
        group.addButton(self.kind_ind)
        kinds = QHBoxLayout()
        kinds.addWidget(self.kind_org)
        kinds.addWidget(self.kind_ind)
        kinds.addStretch(1)
        return kinds

    def _build_public_fields(self) -> None:
        """What the letter may print: name and acronym, or title and
        affiliation; country, type and website."""
        line = self._line
        self.name = line("nameEdit", self.tr("Name"),
                         self.tr("e.g. Association for Progressive Communications"))
        self.directory_hint = QLabel()
        self.directory_hint.setObjectName("directoryHint")
        self.directory_hint.setWordWrap(True)
        self.directory_hint.hide()
        self.acronym = line("acronymEdit", self.tr("Acronym"), self.tr("e.g. APC"))
        self.country = line("countryEdit", self.tr("Country"),
                            self.tr("name or code: Perú, UK, KE…"))
        self.country_completer = CountryCompleter(self.country, current_language())
        self.country_hint = QLabel()
        self.country_hint.setObjectName("countryHint")
        self.org_type = QComboBox()
        self.org_type.setObjectName("typeEdit")
        self.org_type.setAccessibleName(self.tr("Organisation type"))
        self.org_type.setEditable(True)
        self.org_type.addItem("")
        self.org_type.addItems([org_type_label(t) for t in ORG_TYPES])
        self.website = line("websiteEdit", self.tr("Website"), "https://…")
        self.title = line("titleEdit", self.tr("Title"), self.tr("e.g. Professor"))
        self.affiliation = line("affiliationEdit", self.tr("Affiliation"),
                                self.tr("for identification purposes only"))

    def _build_private_fields(self) -> None:
        """What stays in the database: the contact, how the answer came,
        notes; and the line that says what is wrong."""
        line = self._line
        self.contact_name = line("contactNameEdit", self.tr("Contact person"))
        self.contact_email = line("contactEmailEdit", self.tr("Contact email"))
        self.contact_phone = line("contactPhoneEdit", self.tr("Contact phone"))
        self.status = QComboBox()
        self.status.setObjectName("statusEdit")
        self.status.setAccessibleName(self.tr("Status"))
        add_statuses(self.status)
        self.channel = QComboBox()
        self.channel.setObjectName("channelEdit")
        self.channel.setAccessibleName(self.tr("Channel"))
        for value in CHANNELS:
            self.channel.addItem(channel_label(value), value)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notesEdit")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("Private notes (never exported)"))
        self.notes.setFixedHeight(64)
        self.error = QLabel()
        self.error.setObjectName("validationLabel")
        self.error.setWordWrap(True)

    def _build_form(self, kinds: QHBoxLayout) -> QFormLayout:
        """The rows; editing leaves out the contact, status and channel,
        which change elsewhere (the side panel, the status dialog)."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Signing as"), kinds)
        form.addRow(self.tr("Name"), self.name)
        form.addRow("", self.directory_hint)
        form.addRow(self.tr("Acronym"), self.acronym)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Affiliation"), self.affiliation)
        form.addRow(self.tr("Country"), self.country)
        form.addRow("", self.country_hint)
        form.addRow(self.tr("Type"), self.org_type)
        form.addRow(self.tr("Website"), self.website)
        if not self.editing:
            form.addRow(self.tr("Contact person"), self.contact_name)
            form.addRow(self.tr("Contact email"), self.contact_email)
            form.addRow(self.tr("Contact phone"), self.contact_phone)
            form.addRow(self.tr("Status"), self.status)
            form.addRow(self.tr("Received by"), self.channel)
        form.addRow(self.tr("Notes"), self.notes)
        return form

    def _fill(self, v: SignatoryValues) -> None:
        (self.kind_ind if v.kind == SignatoryKind.INDIVIDUAL else self.kind_org).setChecked(True)
        self.kind_org.setEnabled(False)
        self.kind_ind.setEnabled(False)
        self.name.setText(v.name)
        self.acronym.setText(v.acronym)
        self.country.setText(country_label(v.country) if v.country else "")
        self.org_type.setCurrentText(v.org_type)
        self.website.setText(v.website)
        self.title.setText(v.title)
        self.affiliation.setText(v.affiliation)
        self.notes.setPlainText(v.notes)

    @property
    def kind(self) -> SignatoryKind:
        return SignatoryKind.INDIVIDUAL if self.kind_ind.isChecked() else SignatoryKind.ORGANISATION

    def _kind_changed(self) -> None:
        org = self.kind == SignatoryKind.ORGANISATION
        for widget in (self.acronym, self.org_type, self.website):
            self.form.setRowVisible(widget, org)
        for widget in (self.title, self.affiliation):
            self.form.setRowVisible(widget, not org)
        self.name.setPlaceholderText(
            self.tr("e.g. Association for Progressive Communications") if org
            else self.tr("e.g. Ada Lovelace"))
        self._update_directory_hint()
        self.adjustSize()

    def _country_changed(self) -> None:
        text = self.country.text().strip()
        code = resolve_country(text)
        if not text:
            self.country_hint.setText("")
            set_role(self.country_hint, "")
        elif code is None:
            self.country_hint.setText(self.tr("Not a country we know: check the spelling"))
            set_role(self.country_hint, "error")
        else:
            self.country_hint.setText(f"{country_label(code)} ({code})")
            set_role(self.country_hint, "note")
        self.form.setRowVisible(self.country_hint, bool(text))

    def _update_directory_hint(self) -> None:
        """Under the name: the campaign has this signatory already, or one
        like it (a warning), or the directory has the organisation (a note)."""
        if self._lookup is None or self.editing:
            return
        org = self.kind == SignatoryKind.ORGANISATION
        hint, role = self._lookup(self.kind.value, self.name.text(),
                                  self.acronym.text() if org else "", self.country_code())
        self.directory_hint.setText(hint)
        set_role(self.directory_hint, role)
        self.form.setRowVisible(self.directory_hint, bool(hint))

    def country_code(self) -> str:
        return resolve_country(self.country.text()) or ""

    def problem(self) -> str:
        """Why the dialog cannot be accepted yet, or ""."""
        if not " ".join(self.name.text().split()):
            return self.tr("A signatory needs a name.")
        if self.country.text().strip() and not self.country_code():
            return self.tr("“{country}” is not a country we know.").format(
                country=self.country.text().strip())
        email = self.contact_email.text().strip()
        if email and not self.editing:
            from signon.domain.addresses import is_valid_address

            if not is_valid_address(email):
                return self.tr("“{email}” is not a valid email address.").format(email=email)
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            return
        super().accept()

    def show_error(self, message: str) -> None:
        """A refusal from the store (e.g. already on this campaign)."""
        self.error.setText(message)

    def values(self) -> SignatoryValues:
        org = self.kind == SignatoryKind.ORGANISATION
        contact = {k: v for k, v in (("contact_name", self.contact_name.text().strip()),
                                     ("contact_email", self.contact_email.text().strip()),
                                     ("contact_phone", self.contact_phone.text().strip()))
                   if v}
        return SignatoryValues(
            kind=self.kind, name=" ".join(self.name.text().split()),
            acronym=self.acronym.text().strip() if org else "",
            country=self.country_code(),
            org_type=self.org_type.currentText().strip() if org else "",
            website=self.website.text().strip() if org else "",
            title="" if org else self.title.text().strip(),
            affiliation="" if org else self.affiliation.text().strip(),
            notes=self.notes.toPlainText().strip(),
            status=self.status.currentData(), channel=self.channel.currentData(),
            contact={} if self.editing else contact,
        )
