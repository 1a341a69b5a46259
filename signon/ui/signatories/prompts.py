"""The modal questions the Signatories tab asks, in one place.

Modal dialogs block a test, so the tab never calls `exec()` itself: it calls
these functions, which tests replace with monkeypatch (answering, or
filling the dialog's real widgets before accepting it).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from signon.ui.i18n import translate


class prompts(QObject):  # noqa: N801 (the context's name since the first release)
    """Translation context of the questions asked before removing signatories.
    `prompts.tr(text, "", n)` is how lupdate reads a plural
    (docs/interface-languages.md)."""


REMOVE, WITHDRAW = "remove", "withdraw"


def table_filter() -> str:
    return translate("prompts", "Spreadsheets and form exports (*.csv *.tsv *.txt *.xlsx);;"
                                "All files (*)")


def exec_dialog(dialog: QDialog) -> bool:
    """Run a dialog modally; True when it was accepted."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def error(parent: QWidget | None, message: str, title: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title or translate("prompts", "Signatories"),
                      message, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names and paths are text, never markup
    box.setObjectName("errorDialog")
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, accept_label: str) -> bool:
    """A yes/no question whose yes button says what it does."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names and paths are text, never markup
    box.setObjectName("confirmDialog")
    yes = box.addButton(accept_label, QMessageBox.ButtonRole.DestructiveRole)
    no = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def ask_remove(parent: QWidget | None, count: int, endorsed: int) -> str | None:
    """Removing erases a signatory's history; for anyone who endorsed,
    "withdrawn" keeps the record, so it is offered first."""
    text = prompts.tr("Remove %Ln signatories from the campaign? Their history of "
                                "invitations and answers is deleted too; the organisations stay "
                                "in the directory.", "", count)
    if endorsed:
        text += "\n\n" + prompts.tr("%Ln of them endorsed the statement: marking them "
                                              "withdrawn keeps the record of it.", "", endorsed)
    box = QMessageBox(QMessageBox.Icon.Question, translate("prompts", "Remove from campaign"),
                      text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names and paths are text, never markup
    box.setObjectName("removeDialog")
    withdraw = box.addButton(translate("prompts", "Mark withdrawn"),
                             QMessageBox.ButtonRole.AcceptRole) if endorsed else None
    remove = box.addButton(translate("prompts", "Remove"),
                           QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(withdraw or cancel)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is remove:
        return REMOVE
    if withdraw is not None and clicked is withdraw:
        return WITHDRAW
    return None


def choose_table_file(parent: QWidget | None, start: str = "") -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, translate("prompts", "Import signatories"),
                                          start, table_filter())
    return path or None
