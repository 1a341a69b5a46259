"""What the sending (SMTP) and the reading (IMAP) settings dialogs share.

Both edit a mail server: its address, security and port (the port's blank
value says which port the chosen security usually takes), a login whose
password never shows a stored one and goes to the system keyring (or this
session's memory when no keyring is usable, which the line under it says
before the person types it), a line naming a wrong field, and Save/Cancel
that validate before closing, so a mistake is named here and not at the
first send or read. Each dialog adds its own fields (`_build_own`, its form
rows) and says what its settings are (`values`).

Its texts are translated once, in its own context: PySide6's `self.tr`
takes the class that defines the method, not the subclass.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from signon.domain.errors import SignonError
from signon.outreach import secrets


class ServerSettingsDialog(QDialog):
    """Edit a server's settings; `result_settings()` and `password()` after
    accept. `fields` prefixes the objectNames of the server fields ("smtp":
    smtpHost, smtpPort, …) and `name` those of the dialog's own parts
    (smtpError, smtpButtons)."""

    def __init__(self, settings, parent: QWidget | None, *, name: str, fields: str,
                 modes: tuple[str, ...], mode_label: Callable[[str], str],
                 ports: Mapping[str, int], fallback_port: int, host_hint: str,
                 user_hint: str):
        super().__init__(parent)
        self._ports, self._fallback_port = ports, fallback_port
        self._settings = None
        self.setMinimumWidth(480)
        self.host = QLineEdit(settings.host)
        self.host.setObjectName(f"{fields}Host")
        self.host.setPlaceholderText(host_hint)
        self.security = QComboBox()
        self.security.setObjectName(f"{fields}Security")
        for mode in modes:
            self.security.addItem(mode_label(mode), mode)
        self.security.setCurrentIndex(max(0, self.security.findData(settings.security)))
        self.port = QSpinBox()
        self.port.setObjectName(f"{fields}Port")
        self.port.setRange(0, 65535)
        self.port.setValue(settings.port)
        self._build_login(settings, fields, user_hint)
        self._build_own(settings)
        self.error = QLabel()
        self.error.setObjectName(f"{name}Error")
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.error.hide()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for label, widget in ((self.tr("Server:"), self.host),
                              (self.tr("Security:"), self.security),
                              (self.tr("Port:"), self.port), (self.tr("User:"), self.user),
                              (self.tr("Password:"), self.password_edit), ("", self.remember),
                              ("", self.keyring_note)):
            form.addRow(label, widget)
        for label, widget in ((self.tr("Security"), self.security), (self.tr("Port"), self.port),
                              (self.tr("User name"), self.user),
                              (self.tr("Password"), self.password_edit)):
            widget.setAccessibleName(label)
        self._add_own_rows(form)
        self.security.currentIndexChanged.connect(self._port_hint)
        self._port_hint()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName(f"{name}Buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _build_login(self, settings, fields: str, user_hint: str) -> None:
        self.user = QLineEdit(settings.user)
        self.user.setObjectName(f"{fields}User")
        self.user.setPlaceholderText(user_hint)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName(f"{fields}Password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Unchanged") if settings.host else "")
        status = secrets.keyring_status()
        self.remember = QCheckBox(self.tr("Remember in the system keyring"))
        self.remember.setObjectName(f"{fields}Remember")
        self.remember.setChecked(status.usable)
        self.remember.setEnabled(status.usable)
        self.keyring_note = QLabel(status.message)
        self.keyring_note.setObjectName("keyringStatus")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setProperty("role", "note" if status.usable else "warning")

    # -- what each dialog adds --------------------------------------------------

    def _build_own(self, settings) -> None:
        """Make the dialog's own fields (before the form is laid out)."""
        raise NotImplementedError

    def _add_own_rows(self, form: QFormLayout) -> None:
        """Add the own fields to `form`, after the login, with accessible names."""
        raise NotImplementedError

    def values(self):
        """The settings as the fields say, not yet validated."""
        raise NotImplementedError

    # -- shared behaviour -------------------------------------------------------

    def _port_hint(self) -> None:
        port = self._ports.get(self.security.currentData(), self._fallback_port)
        self.port.setSpecialValueText(self.tr("Usual port ({port})").format(port=port))

    def accept(self) -> None:
        """Validate before closing: a wrong field is named here, not later."""
        try:
            self._settings = self.values().validated()
        except SignonError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()

    def result_settings(self):
        return self._settings

    def password(self) -> str:
        return self.password_edit.text()
