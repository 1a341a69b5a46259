"""The Outreach tab's own modal questions and hand-offs to the desktop.

Like `signon.ui.dialogs`, everything that would block a test or leave the
app (a folder chooser, a password prompt, opening the mail program) is a
function here that tests replace with monkeypatch.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QWidget


def choose_folder(parent: QWidget | None, title: str, start: str = "") -> str | None:
    path = QFileDialog.getExistingDirectory(parent, title, start)
    return path or None


def ask_password(parent: QWidget | None, title: str, prompt: str) -> str | None:
    """The SMTP password, typed hidden; None if the person cancelled."""
    text, ok = QInputDialog.getText(parent, title, prompt, QLineEdit.EchoMode.Password)
    return text if ok else None


def open_url(url: str) -> bool:
    """Hand a mailto: link to the desktop's mail program."""
    return QDesktopServices.openUrl(QUrl(url))
