"""Mailbox settings: the IMAP server, folder and login replies are read
with (`signon.outreach.imap`), as the SMTP dialog edits sending.

The settings go to the database (`outreach.imap`, what `signon inbox
--imap` reads too); the password never does: it goes to the system keyring
("Sign-on IMAP"), or to this session's memory when no keyring is usable,
which the line under it says before the person types it. Security "none"
is only for a server on this computer: the password is sent unencrypted to
no other (the mailbox refuses when it connects).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
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
from signon.outreach.imap import DEFAULT_FOLDER, DEFAULT_PORTS, SECURITY_MODES, ImapSettings
from signon.ui.i18n import translate

SECURITY_LABELS = {
    "ssl": QT_TRANSLATE_NOOP("MailboxSettingsDialog", "SSL/TLS (usually port 993)"),
    "starttls": QT_TRANSLATE_NOOP("MailboxSettingsDialog", "STARTTLS (usually port 143)"),
    "none": QT_TRANSLATE_NOOP("MailboxSettingsDialog", "None (a server on this computer only)"),
}


def security_label(mode: str) -> str:
    source = SECURITY_LABELS.get(mode)
    return translate("MailboxSettingsDialog", source) if source else mode


class MailboxSettingsDialog(QDialog):
    """Edit the settings; `result_settings()` and `password()` after accept."""

    def __init__(self, settings: ImapSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mailboxSettingsDialog")
        self.setWindowTitle(self.tr("Mailbox for replies (IMAP)"))
        self.setAccessibleName(self.tr("Mailbox settings"))
        self.setMinimumWidth(480)
        self._settings: ImapSettings | None = None
        self._build_server(settings)
        self._build_login(settings)
        self._build_folders(settings)
        self.error = QLabel()
        self.error.setObjectName("mailboxError")
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.error.hide()
        form = self._build_form()
        self.security.currentIndexChanged.connect(self._port_hint)
        self._port_hint()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("mailboxButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _build_server(self, settings: ImapSettings) -> None:
        self.host = QLineEdit(settings.host)
        self.host.setObjectName("imapHost")
        self.host.setPlaceholderText("imap.example.org")
        self.security = QComboBox()
        self.security.setObjectName("imapSecurity")
        for mode in SECURITY_MODES:
            self.security.addItem(security_label(mode), mode)
        self.security.setCurrentIndex(max(0, self.security.findData(settings.security)))
        self.port = QSpinBox()
        self.port.setObjectName("imapPort")
        self.port.setRange(0, 65535)
        self.port.setValue(settings.port)

    def _build_login(self, settings: ImapSettings) -> None:
        """User and password, and where the password will be kept."""
        self.user = QLineEdit(settings.user)
        self.user.setObjectName("imapUser")
        self.user.setPlaceholderText("coalition@example.org")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("imapPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Unchanged") if settings.host else "")
        status = secrets.keyring_status()
        self.remember = QCheckBox(self.tr("Remember in the system keyring"))
        self.remember.setObjectName("imapRemember")
        self.remember.setChecked(status.usable)
        self.remember.setEnabled(status.usable)
        self.keyring_note = QLabel(status.message)
        self.keyring_note.setObjectName("keyringStatus")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setProperty("role", "note" if status.usable else "warning")

    def _build_folders(self, settings: ImapSettings) -> None:
        """The folder read, and where recorded replies go (optional)."""
        self.folder = QLineEdit(settings.folder)
        self.folder.setObjectName("imapFolder")
        self.folder.setPlaceholderText(DEFAULT_FOLDER)
        self.move_to = QLineEdit(settings.move_to)
        self.move_to.setObjectName("imapMoveTo")
        self.move_to.setPlaceholderText(self.tr("Leave empty to leave them where they are"))
        self.move_note = QLabel(self.tr(
            "Reading never changes the mailbox. With a folder here, the replies recorded by "
            "Apply clear replies are moved there; the folder must exist."))
        self.move_note.setWordWrap(True)
        self.move_note.setProperty("role", "note")

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
        form.addRow(self.tr("Folder:"), self.folder)
        form.addRow(self.tr("Move processed mail to:"), self.move_to)
        form.addRow("", self.move_note)
        for label, widget in ((self.tr("IMAP server"), self.host),
                              (self.tr("Security"), self.security),
                              (self.tr("Port"), self.port), (self.tr("User name"), self.user),
                              (self.tr("Password"), self.password_edit),
                              (self.tr("Folder to read"), self.folder),
                              (self.tr("Folder to move processed mail to"), self.move_to)):
            widget.setAccessibleName(label)
        return form

    def _port_hint(self) -> None:
        mode = self.security.currentData()
        self.port.setSpecialValueText(self.tr("Usual port ({port})").format(
            port=DEFAULT_PORTS.get(mode, 993)))

    def values(self) -> ImapSettings:
        return ImapSettings(
            host=self.host.text(), port=self.port.value(),
            security=self.security.currentData(), user=self.user.text(),
            folder=self.folder.text().strip() or DEFAULT_FOLDER,
            move_to=self.move_to.text())

    def accept(self) -> None:
        """Validate before closing: a wrong field is named here, not when reading."""
        try:
            self._settings = self.values().validated()
        except SignonError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()

    def result_settings(self) -> ImapSettings | None:
        return self._settings

    def password(self) -> str:
        return self.password_edit.text()
