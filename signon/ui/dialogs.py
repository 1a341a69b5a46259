"""Every modal question the window asks, in one module.

Modal dialogs block a test, so the window never calls `QMessageBox` or
`QDialog.exec` directly: it calls these functions, which tests replace with
monkeypatch (answering "yes", collecting the message, or filling a dialog's
real widgets before accepting it). Messages are the one-line texts of
`SignonError`, never a traceback.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from signon.ui.i18n import translate


def database_filter() -> str:
    return translate("dialogs", "Sign-on databases (*.db *.sqlite *.sqlite3);;All files (*)")


class Recovery(StrEnum):
    """What to do when a database cannot be opened."""

    OPEN_OTHER = "open-other"
    LATEST_BACKUP = "latest-backup"
    QUIT = "quit"


def error(parent: QWidget | None, message: str, title: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title or translate("dialogs", "Sign-on"),
                      message, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names and paths are text, never markup
    box.setObjectName("errorDialog")
    box.setAccessibleName(translate("dialogs", "Error"))
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, accept_label: str) -> bool:
    """A yes/no question whose yes button says what it does ("Delete")."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names and paths are text, never markup
    box.setObjectName("confirmDialog")
    box.setAccessibleName(title)
    yes = box.addButton(accept_label, QMessageBox.ButtonRole.DestructiveRole)
    no = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def exec_dialog(dialog: QDialog) -> bool:
    """Run a dialog modally; True when it was accepted."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_stop_jobs(parent: QWidget | None, text: str, accept_label: str) -> bool:
    """Work still runs in the background ("A status change of 20,000
    signatories is still running…"): stop it for what the person asked
    (`accept_label`, "Cancel and quit"), or keep working. Keep working is
    the default and what Escape or closing the box means: cancelling throws
    work away, so it takes a deliberate click.

    Shown through `exec_dialog`, so tests answer it by clicking its real
    buttons (`stopJobsButton`, `keepWorkingButton`)."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("dialogs", "Still running"), text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names and paths are text, never markup
    box.setObjectName("stopJobsDialog")
    box.setAccessibleName(translate("dialogs", "Still running"))
    stop = box.addButton(accept_label, QMessageBox.ButtonRole.DestructiveRole)
    stop.setObjectName("stopJobsButton")
    keep = box.addButton(translate("dialogs", "Keep working"), QMessageBox.ButtonRole.RejectRole)
    keep.setObjectName("keepWorkingButton")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    exec_dialog(box)
    return box.clickedButton() is stop


def ask_database_error(parent: QWidget | None, message: str, latest_backup: str | None,
                       quit_label: str = "") -> Recovery:
    """The database could not be opened: say why in one line and offer the
    ways out (another file, the latest backup when there is one, quit)."""
    box = QMessageBox(QMessageBox.Icon.Critical,
                      translate("dialogs", "Cannot open the database"), message,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names and paths are text, never markup
    box.setObjectName("databaseErrorDialog")
    box.setAccessibleName(translate("dialogs", "Cannot open the database"))
    other = box.addButton(translate("dialogs", "Open another file…"),
                          QMessageBox.ButtonRole.AcceptRole)
    backup = None
    if latest_backup:
        backup = box.addButton(translate("dialogs", "Restore latest backup"),
                               QMessageBox.ButtonRole.ActionRole)
        backup.setToolTip(translate("dialogs", "Put {path} in place of this file; the file it "
                                               "replaces is kept in the backups folder"
                                    ).format(path=latest_backup))
    quit_ = box.addButton(quit_label or translate("dialogs", "Quit"),
                          QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(other)
    box.setEscapeButton(quit_)
    box.exec()
    clicked = box.clickedButton()
    if clicked is other:
        return Recovery.OPEN_OTHER
    if backup is not None and clicked is backup:
        return Recovery.LATEST_BACKUP
    return Recovery.QUIT


def choose_database_file(parent: QWidget | None, start: str = "") -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent,
                                          translate("dialogs", "Open a Sign-on database"),
                                          start, database_filter())
    return path or None


def choose_save_file(parent: QWidget | None, title: str, start: str, filters: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, start, filters)
    return path or None


def choose_open_file(parent: QWidget | None, title: str, start: str, filters: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, start, filters)
    return path or None
