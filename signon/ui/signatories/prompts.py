"""The questions only the Signatories tab asks, built on `signon.ui.dialogs`.

Errors, confirmations, dialogs and file choosers go through
`signon.ui.dialogs` like everywhere else; what is left here is the
Signatories tab's own wording (removing signatories, the files an import
reads), which tests replace with monkeypatch like the shared helpers.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from signon.ui import dialogs
from signon.ui.i18n import translate


class prompts(QObject):  # noqa: N801 (the context's name since the first release)
    """Translation context of the questions asked before removing signatories.
    `prompts.tr(text, "", n)` is how lupdate reads a plural
    (docs/interface-languages.md)."""


REMOVE, WITHDRAW = "remove", "withdraw"


def table_filter() -> str:
    return translate("prompts", "Spreadsheets and form exports (*.csv *.tsv *.txt *.xlsx);;"
                                "All files (*)")


def ask_remove(parent: QWidget | None, count: int, endorsed: int) -> str | None:
    """Removing erases a signatory's history; for anyone who endorsed,
    "withdrawn" keeps the record, so it is offered first."""
    text = prompts.tr("Remove %Ln signatories from the campaign? Their history of "
                                "invitations and answers is deleted too; the organisations stay "
                                "in the directory.", "", count)
    if endorsed:
        text += "\n\n" + prompts.tr("%Ln of them endorsed the statement: marking them "
                                              "withdrawn keeps the record of it.", "", endorsed)
    box = dialogs.message_box(parent, QMessageBox.Icon.Question,
                              translate("prompts", "Remove from campaign"), text, "removeDialog")
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
    return dialogs.choose_open_file(parent, translate("prompts", "Import signatories"), start,
                                    table_filter())
