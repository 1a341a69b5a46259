"""`dialogs.ask_choice`, the one way a question with buttons of its own is
asked (the database error, removing, duplicates, invitations): driven with a
real message box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from signon.ui import dialogs
from signon.ui.dialogs import Choice
from signon.ui.signatories import prompts

# the questions themselves: tests/ui/conftest.py answers them for every other test
ASK_INVITATION, ASK_DUPLICATE = prompts.ask_invitation, prompts.ask_duplicate


def ask(question, button_name: str | None):
    """Ask `question()` and click `button_name` in the box it opens (None:
    press Escape); what it answered, and what the box looked like: the box,
    its buttons (objectName, else text → text) and its default button."""
    seen: list = []
    asking = [True]

    def act() -> None:
        if not asking[0]:
            return
        box = QApplication.activeModalWidget()
        if box is None or not box.isVisible():
            QTimer.singleShot(20, act)
            return
        seen.extend([box, {b.objectName() or b.text(): b.text()
                           for b in box.findChildren(QPushButton)},
                     box.defaultButton().objectName() or box.defaultButton().text()])
        if button_name is None:
            box.reject()
        else:
            box.findChild(QPushButton, button_name).click()

    QTimer.singleShot(20, act)
    try:
        return question(), seen
    finally:
        asking[0] = False


CHOICES = [Choice("First", QMessageBox.ButtonRole.AcceptRole, "one", "firstButton"),
           Choice("Second", QMessageBox.ButtonRole.YesRole, "two", "secondButton", tip="why"),
           Choice("Back", QMessageBox.ButtonRole.RejectRole, None, "backButton")]


@pytest.mark.parametrize(("clicked", "answer"), [
    ("firstButton", "one"), ("secondButton", "two"), ("backButton", None), (None, None)])
def test_the_clicked_button_gives_its_answer(qapp, clicked, answer):
    got, (box, buttons, default) = ask(lambda: dialogs.ask_choice(
        None, QMessageBox.Icon.Question, "Title", "Text", "choiceDialog", CHOICES, default=1),
        clicked)
    assert got == answer
    assert box.objectName() == "choiceDialog"
    assert buttons == {"firstButton": "First", "secondButton": "Second", "backButton": "Back"}
    assert default == "secondButton"
    assert box.findChild(QPushButton, "secondButton").toolTip() == "why"


def test_removing_offers_withdrawn_first_only_to_endorsers(qapp):
    got, (_box, buttons, default) = ask(lambda: prompts.ask_remove(None, 3, endorsed=1), None)
    assert got is None
    assert {"Mark withdrawn", "Remove", "Cancel"} <= set(buttons.values())
    assert default == "Mark withdrawn"
    got, (_box, buttons, default) = ask(lambda: prompts.ask_remove(None, 3, endorsed=0), None)
    assert "Mark withdrawn" not in buttons.values() and default == "Cancel"


def test_the_invitation_question_answers_by_button(qapp):
    question = lambda: ASK_INVITATION(None, 2)  # noqa: E731
    assert ask(question, "markInvitedButton")[0] == prompts.MARK_INVITED
    assert ask(question, "queueInvitationButton")[0] == prompts.QUEUE_INVITATION
    assert ask(question, None)[0] is None


def test_a_duplicate_offers_add_anyway_only_when_it_is_not_the_same_entry(qapp):
    from types import SimpleNamespace

    like = SimpleNamespace(name="Article 19 UK", status="invited", same=False)
    got, (_box, buttons, default) = ask(lambda: ASK_DUPLICATE(None, "Article 19", [like]),
                                        "addAnywayButton")
    assert got == prompts.ADD_ANYWAY and default == "openExistingButton"
    same = SimpleNamespace(name="ARTICLE 19", status="endorsed", same=True)
    got, (_box, buttons, _default) = ask(lambda: ASK_DUPLICATE(None, "Article 19", [same]),
                                         "openExistingButton")
    assert got == prompts.OPEN and "addAnywayButton" not in buttons
