"""Every modal question the app asks, in one module.

Modal dialogs block a test, so no widget calls `QMessageBox`, `QFileDialog`
or `QDialog.exec` directly: it calls these functions, which tests replace
with monkeypatch (answering "yes", collecting the message, or filling a
dialog's real widgets before accepting it). Messages are the one-line texts
of `SignonError`, never a traceback.

Questions of one tab (`signatories.prompts.ask_remove`, the Export tab's
`confirm_missing_glyphs`) stay beside the tab, built with `message_box`, so
every box is the same: plain text (names, titles and paths are never read
as markup), an objectName tests find it by, and an accessible name.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from signon.ui.i18n import translate


def database_filter() -> str:
    return translate("dialogs", "Sign-on databases (*.db *.sqlite *.sqlite3);;All files (*)")


class Recovery(StrEnum):
    """What to do when a database cannot be opened."""

    OPEN_OTHER = "open-other"
    LATEST_BACKUP = "latest-backup"
    QUIT = "quit"


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                name: str, accessible_name: str = "",
                buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton
                ) -> QMessageBox:
    """A message box as every one of the app is: plain text (names, titles
    and paths are text, never markup), `name` as its objectName, and an
    accessible name (the title unless given)."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setObjectName(name)
    box.setAccessibleName(accessible_name or title)
    return box


@dataclass(frozen=True)
class Choice:
    """One button of `ask_choice`: its label (or a standard button, which
    brings its own translated label), role, the answer it gives, and its
    objectName and tooltip."""

    label: str | QMessageBox.StandardButton
    role: QMessageBox.ButtonRole
    answer: object
    name: str = ""
    tip: str = ""


def ask_choice(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
               name: str, choices: list[Choice], default: int = 0, escape: int = -1) -> object:
    """A question whose buttons are `choices`: the answer of the one clicked;
    Escape or closing the box answers as `choices[escape]`. Every question
    with buttons of its own is asked this way."""
    box = message_box(parent, icon, title, text, name)
    buttons = []
    for choice in choices:
        if isinstance(choice.label, QMessageBox.StandardButton):
            button = box.addButton(choice.label)
        else:
            button = box.addButton(choice.label, choice.role)
        if choice.name:
            button.setObjectName(choice.name)
        if choice.tip:
            button.setToolTip(choice.tip)
        buttons.append(button)
    box.setDefaultButton(buttons[default])
    box.setEscapeButton(buttons[escape])
    box.exec()
    clicked = box.clickedButton()
    for button, choice in zip(buttons, choices, strict=True):
        if clicked is button:
            return choice.answer
    return choices[escape].answer


def error(parent: QWidget | None, message: str, title: str = "") -> None:
    box = message_box(parent, QMessageBox.Icon.Warning, title or translate("dialogs", "Sign-on"),
                      message, "errorDialog", translate("dialogs", "Error"),
                      QMessageBox.StandardButton.Ok)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, accept_label: str) -> bool:
    """A yes/no question whose yes button says what it does ("Delete")."""
    box = message_box(parent, QMessageBox.Icon.Question, title, text, "confirmDialog")
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
    box = message_box(parent, QMessageBox.Icon.Question, translate("dialogs", "Still running"),
                      text, "stopJobsDialog")
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
    choices = [Choice(translate("dialogs", "Open another file…"),
                      QMessageBox.ButtonRole.AcceptRole, Recovery.OPEN_OTHER)]
    if latest_backup:
        choices.append(Choice(
            translate("dialogs", "Restore latest backup"), QMessageBox.ButtonRole.ActionRole,
            Recovery.LATEST_BACKUP,
            tip=translate("dialogs", "Put {path} in place of this file; the file it "
                                     "replaces is kept in the backups folder"
                          ).format(path=latest_backup)))
    choices.append(Choice(quit_label or translate("dialogs", "Quit"),
                          QMessageBox.ButtonRole.RejectRole, Recovery.QUIT))
    return ask_choice(parent, QMessageBox.Icon.Critical,
                      translate("dialogs", "Cannot open the database"), message,
                      "databaseErrorDialog", choices)


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


def choose_folder(parent: QWidget | None, title: str, start: str = "") -> str | None:
    path = QFileDialog.getExistingDirectory(parent, title, start)
    return path or None


def ask_password(parent: QWidget | None, title: str, prompt: str) -> str | None:
    """A password, typed hidden (the SMTP server's); None if the person cancelled."""
    text, ok = QInputDialog.getText(parent, title, prompt, QLineEdit.EchoMode.Password)
    return text if ok else None


def open_link(url: str) -> bool:
    """Hand a link to the desktop (a mailto: link to the mail program): it
    leaves the app, so tests replace it too."""
    return QDesktopServices.openUrl(QUrl(url))
