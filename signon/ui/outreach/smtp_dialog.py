"""SMTP settings: server, port, security, user, password, sender, rate.

The password field never shows a stored password; the line under it says
where the password will be kept (system keyring, or this session's memory
only when no keyring is usable) before the person types it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from signon.domain.errors import SignonError
from signon.outreach import secrets
from signon.outreach.settings import (
    DEFAULT_PORTS,
    MAX_RATE,
    SECURITY_MODES,
    SmtpSettings,
)
from signon.ui.labels import smtp_security_label


class SmtpSettingsDialog(QDialog):
    """Edit the settings; `result_settings()` and `password()` after accept."""

    def __init__(self, settings: SmtpSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("smtpSettingsDialog")
        self.setWindowTitle(self.tr("Email sending (SMTP)"))
        self.setAccessibleName(self.tr("Email sending settings"))
        self.setMinimumWidth(480)
        self._settings: SmtpSettings | None = None
        self._build_server(settings)
        self._build_login(settings)
        self._build_sender(settings)
        self.error = QLabel()
        self.error.setObjectName("smtpError")
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.error.hide()
        form = self._build_form()
        self.security.currentIndexChanged.connect(self._port_hint)
        self._port_hint()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("smtpButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _build_server(self, settings: SmtpSettings) -> None:
        self.host = QLineEdit(settings.host)
        self.host.setObjectName("smtpHost")
        self.host.setPlaceholderText("smtp.example.org")
        self.security = QComboBox()
        self.security.setObjectName("smtpSecurity")
        for mode in SECURITY_MODES:
            self.security.addItem(smtp_security_label(mode), mode)
        self.security.setCurrentIndex(max(0, self.security.findData(settings.security)))
        self.port = QSpinBox()
        self.port.setObjectName("smtpPort")
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText(self.tr("Usual port"))
        self.port.setValue(settings.port)

    def _build_login(self, settings: SmtpSettings) -> None:
        """User and password, and where the password will be kept (the
        keyring, or this session's memory when no keyring is usable)."""
        self.user = QLineEdit(settings.user)
        self.user.setObjectName("smtpUser")
        self.user.setPlaceholderText(self.tr("Leave empty if the server needs no login"))
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("smtpPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Unchanged") if settings.host else "")
        status = secrets.keyring_status()
        self.remember = QCheckBox(self.tr("Remember in the system keyring"))
        self.remember.setObjectName("smtpRemember")
        self.remember.setChecked(status.usable)
        self.remember.setEnabled(status.usable)
        self.keyring_note = QLabel(status.message)
        self.keyring_note.setObjectName("keyringStatus")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setProperty("role", "note" if status.usable else "warning")

    def _build_sender(self, settings: SmtpSettings) -> None:
        """Who the messages are from, and how fast they go."""
        self.from_address = QLineEdit(settings.from_address)
        self.from_address.setObjectName("smtpFromAddress")
        self.from_address.setPlaceholderText("coordinator@coalition.org")
        self.from_name = QLineEdit(settings.from_name)
        self.from_name.setObjectName("smtpFromName")
        self.from_name.setPlaceholderText(self.tr("Name shown to recipients"))
        self.rate = QDoubleSpinBox()
        self.rate.setObjectName("smtpRate")
        self.rate.setRange(0, MAX_RATE)
        self.rate.setDecimals(0)
        self.rate.setSuffix(self.tr(" messages a minute"))
        self.rate.setSpecialValueText(self.tr("No limit"))
        self.rate.setValue(settings.rate_per_minute)

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Security:"), self.security)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow("", self.remember)
        form.addRow("", self.keyring_note)
        form.addRow(self.tr("Sender address:"), self.from_address)
        form.addRow(self.tr("Sender name:"), self.from_name)
        form.addRow(self.tr("Sending rate:"), self.rate)
        for label, widget in ((self.tr("SMTP server"), self.host),
                              (self.tr("Security"), self.security),
                              (self.tr("Port"), self.port), (self.tr("User name"), self.user),
                              (self.tr("Password"), self.password_edit),
                              (self.tr("Sender address"), self.from_address),
                              (self.tr("Sender name"), self.from_name),
                              (self.tr("Sending rate"), self.rate)):
            widget.setAccessibleName(label)
        return form

    def _port_hint(self) -> None:
        mode = self.security.currentData()
        self.port.setSpecialValueText(self.tr("Usual port ({port})").format(
            port=DEFAULT_PORTS.get(mode, 25)))

    def values(self) -> SmtpSettings:
        return SmtpSettings(
            host=self.host.text(), port=self.port.value(),
            security=self.security.currentData(), user=self.user.text(),
            from_address=self.from_address.text(), from_name=self.from_name.text(),
            rate_per_minute=float(self.rate.value()))

    def accept(self) -> None:
        """Validate before closing: a wrong field is named here, not at sending."""
        try:
            self._settings = self.values().validated()
        except SignonError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()

    def result_settings(self) -> SmtpSettings | None:
        return self._settings

    def password(self) -> str:
        return self.password_edit.text()
