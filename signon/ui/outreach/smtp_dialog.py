"""SMTP settings: the server and login (`server_dialog`), then who the
messages are from and how fast they go."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QLineEdit, QWidget

from signon.outreach.settings import DEFAULT_PORTS, MAX_RATE, SECURITY_MODES, SmtpSettings
from signon.ui.labels import smtp_security_label
from signon.ui.outreach.server_dialog import ServerSettingsDialog


class SmtpSettingsDialog(ServerSettingsDialog):
    """Edit the settings; `result_settings()` and `password()` after accept."""

    def __init__(self, settings: SmtpSettings, parent: QWidget | None = None):
        super().__init__(
            settings, parent, name="smtp", fields="smtp", modes=SECURITY_MODES,
            mode_label=smtp_security_label, ports=DEFAULT_PORTS, fallback_port=25,
            host_hint="smtp.example.org",
            user_hint=self.tr("Leave empty if the server needs no login"))
        self.setObjectName("smtpSettingsDialog")
        self.setWindowTitle(self.tr("Email sending (SMTP)"))
        self.setAccessibleName(self.tr("Email sending settings"))
        self.host.setAccessibleName(self.tr("SMTP server"))

    def _build_own(self, settings: SmtpSettings) -> None:
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

    def _add_own_rows(self, form: QFormLayout) -> None:
        form.addRow(self.tr("Sender address:"), self.from_address)
        form.addRow(self.tr("Sender name:"), self.from_name)
        form.addRow(self.tr("Sending rate:"), self.rate)
        self.from_address.setAccessibleName(self.tr("Sender address"))
        self.from_name.setAccessibleName(self.tr("Sender name"))
        self.rate.setAccessibleName(self.tr("Sending rate"))

    def values(self) -> SmtpSettings:
        return SmtpSettings(
            host=self.host.text(), port=self.port.value(),
            security=self.security.currentData(), user=self.user.text(),
            from_address=self.from_address.text(), from_name=self.from_name.text(),
            rate_per_minute=float(self.rate.value()))
