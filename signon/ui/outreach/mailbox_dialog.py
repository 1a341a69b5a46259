"""Mailbox settings: the IMAP server and login (`server_dialog`) replies are
read with (`signon.outreach.imap`), the folder read and where recorded
replies go.

The settings go to the database (`outreach.imap`, what `signon inbox
--imap` reads too); the password never does: it goes to the system keyring
("Sign-on IMAP"), or to this session's memory. Security "none" is only for
a server on this computer: the password is sent unencrypted to no other
(the mailbox refuses when it connects).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from signon.outreach.imap import DEFAULT_FOLDER, DEFAULT_PORTS, SECURITY_MODES, ImapSettings
from signon.ui.i18n import translate
from signon.ui.outreach.server_dialog import ServerSettingsDialog

SECURITY_LABELS = {
    "ssl": QT_TRANSLATE_NOOP("MailboxSettingsDialog", "SSL/TLS (usually port 993)"),
    "starttls": QT_TRANSLATE_NOOP("MailboxSettingsDialog", "STARTTLS (usually port 143)"),
    "none": QT_TRANSLATE_NOOP("MailboxSettingsDialog", "None (a server on this computer only)"),
}


def security_label(mode: str) -> str:
    source = SECURITY_LABELS.get(mode)
    return translate("MailboxSettingsDialog", source) if source else mode


class MailboxSettingsDialog(ServerSettingsDialog):
    """Edit the settings; `result_settings()` and `password()` after accept."""

    def __init__(self, settings: ImapSettings, parent: QWidget | None = None):
        super().__init__(
            settings, parent, name="mailbox", fields="imap", modes=SECURITY_MODES,
            mode_label=security_label, ports=DEFAULT_PORTS, fallback_port=993,
            host_hint="imap.example.org", user_hint="coalition@example.org")
        self.setObjectName("mailboxSettingsDialog")
        self.setWindowTitle(self.tr("Mailbox for replies (IMAP)"))
        self.setAccessibleName(self.tr("Mailbox settings"))
        self.host.setAccessibleName(self.tr("IMAP server"))

    def _build_own(self, settings: ImapSettings) -> None:
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

    def _add_own_rows(self, form: QFormLayout) -> None:
        form.addRow(self.tr("Folder:"), self.folder)
        form.addRow(self.tr("Move processed mail to:"), self.move_to)
        form.addRow("", self.move_note)
        self.folder.setAccessibleName(self.tr("Folder to read"))
        self.move_to.setAccessibleName(self.tr("Folder to move processed mail to"))

    def values(self) -> ImapSettings:
        return ImapSettings(
            host=self.host.text(), port=self.port.value(),
            security=self.security.currentData(), user=self.user.text(),
            folder=self.folder.text().strip() or DEFAULT_FOLDER,
            move_to=self.move_to.text())
