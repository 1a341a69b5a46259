"""The SMTP and the IMAP settings dialogs, one server form underneath
(ui/outreach/server_dialog.py): each names a wrong field before closing,
says which port the chosen security usually takes, and hands back its
settings and the typed password; both speak the interface language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFormLayout, QLabel

from signon.outreach.imap import ImapSettings
from signon.outreach.settings import SmtpSettings
from signon.ui import i18n
from signon.ui.outreach.mailbox_dialog import MailboxSettingsDialog
from signon.ui.outreach.smtp_dialog import SmtpSettingsDialog


def child(dialog, name):
    widget = dialog.findChild(object, name)
    assert widget is not None, name
    return widget


def labels(dialog) -> list[str]:
    form = dialog.findChild(QFormLayout)
    out = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        if item is not None and isinstance(item.widget(), QLabel) and item.widget().text():
            out.append(item.widget().text())
    return out


def test_smtp_dialog_validates_before_closing_and_returns_what_was_typed(qtbot):
    dialog = SmtpSettingsDialog(SmtpSettings(security="ssl"))
    qtbot.addWidget(dialog)
    assert labels(dialog) == ["Server:", "Security:", "Port:", "User:", "Password:",
                              "Sender address:", "Sender name:", "Sending rate:"]
    assert child(dialog, "smtpPort").specialValueText() == "Usual port (465)"
    security = child(dialog, "smtpSecurity")
    security.setCurrentIndex(security.findData("starttls"))
    assert child(dialog, "smtpPort").specialValueText() == "Usual port (587)"
    child(dialog, "smtpHost").setText("smtp.example.org")
    child(dialog, "smtpFromAddress").setText("not an address")
    dialog.accept()
    error = child(dialog, "smtpError")
    assert not error.isHidden() and "sender address" in error.text()
    assert dialog.result_settings() is None
    child(dialog, "smtpFromAddress").setText("coordinator@coalition.example.org")
    child(dialog, "smtpUser").setText("coordinator")
    child(dialog, "smtpPassword").setText("s3cret")
    dialog.accept()
    settings = dialog.result_settings()
    assert (settings.host, settings.security, settings.user, settings.from_address) == (
        "smtp.example.org", "starttls", "coordinator", "coordinator@coalition.example.org")
    assert dialog.password() == "s3cret"
    assert child(dialog, "smtpHost").accessibleName() == "SMTP server"
    assert child(dialog, "smtpRate").accessibleName() == "Sending rate"


def test_mailbox_dialog_names_its_own_fields(qtbot):
    dialog = MailboxSettingsDialog(ImapSettings(host="imap.example.org"))
    qtbot.addWidget(dialog)
    assert labels(dialog) == ["Server:", "Security:", "Port:", "User:", "Password:",
                              "Folder:", "Move processed mail to:"]
    assert child(dialog, "imapPassword").placeholderText() == "Unchanged"
    dialog.accept()  # no user yet
    assert "user is empty" in child(dialog, "mailboxError").text()
    child(dialog, "imapUser").setText("coalition@example.org")
    child(dialog, "imapMoveTo").setText("Done")
    dialog.accept()
    settings = dialog.result_settings()
    assert (settings.user, settings.folder, settings.move_to) == (
        "coalition@example.org", "INBOX", "Done")
    assert child(dialog, "imapHost").accessibleName() == "IMAP server"


@pytest.mark.parametrize("dialog_class, settings", [(SmtpSettingsDialog, SmtpSettings()),
                                                     (MailboxSettingsDialog, ImapSettings())])
def test_the_shared_form_is_translated_in_either_dialog(qtbot, qapp, dialog_class, settings):
    i18n.install(qapp, "es")
    try:
        dialog = dialog_class(settings)
        qtbot.addWidget(dialog)
        form = labels(dialog)
        assert form[:5] == ["Servidor:", "Seguridad:", "Puerto:", "Usuario:", "Contraseña:"]
        assert "Recordar" in dialog.remember.text()
    finally:
        i18n.uninstall(qapp)
