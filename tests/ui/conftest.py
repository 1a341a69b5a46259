"""GUI fixtures: a main window on the temp database, workers run inline, and
modal questions answered by the test instead of blocking it.

Every modal question of the window goes through `signon.ui.dialogs`; the
`answers` fixture replaces those functions so a test decides what the
person clicks and can read what they were told.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from signon.ui.worker import Worker


@pytest.fixture(autouse=True)
def inline_workers(monkeypatch):
    monkeypatch.setattr(Worker, "inline", True)


@pytest.fixture(autouse=True)
def signatory_questions(monkeypatch):
    """The Signatories tab's questions before a write, answered as the tab
    behaved before it asked them (a real message box would block the test):
    "Invited" by hand marks them invited (`prompts.ask_invitation`), a
    signatory like one on the list is added anyway (`prompts.ask_duplicate`;
    the store still refuses the very same entry). A test of the questions
    patches them again."""
    from signon.ui.signatories import prompts

    monkeypatch.setattr(prompts, "ask_invitation", lambda *_a: prompts.MARK_INVITED)
    monkeypatch.setattr(prompts, "ask_duplicate", lambda *_a: prompts.ADD_ANYWAY)


@dataclass
class Answers:
    """What the fake dialogs were asked, and how they answer."""

    confirm: bool = True
    errors: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    #: called with each dialog passed to `dialogs.exec_dialog`; returns accepted?
    on_dialog: Callable | None = None
    dialogs: list = field(default_factory=list)


@pytest.fixture
def answers(monkeypatch) -> Answers:
    from signon.ui import dialogs

    state = Answers()

    def confirm(_parent, _title, text, _label):
        state.questions.append(text)
        return state.confirm

    def error(_parent, message, title="Sign-on"):
        state.errors.append(message)

    def exec_dialog(dialog):
        state.dialogs.append(dialog)
        if state.on_dialog is None:
            raise AssertionError(f"unexpected dialog {dialog.objectName()}")
        return state.on_dialog(dialog)

    monkeypatch.setattr(dialogs, "confirm", confirm)
    monkeypatch.setattr(dialogs, "error", error)
    monkeypatch.setattr(dialogs, "exec_dialog", exec_dialog)
    return state


@pytest.fixture
def main_window(qtbot, db, answers):
    from signon.ui.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.is_ready)  # it opens the database after its first paint
    window.activateWindow()
    return window
