"""Child process for test_kill_gui: the real app (`run_app`), driven like a
person: type into the statement, pause past the autosave, type more, then
wait to be killed. Prints a line after each step so the test knows when."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

FIRST = " First words, autosaved."
SECOND = " Second words, typed just before the kill."
PAUSE_MS = 2600  # past the 1.5 s autosave


def main() -> int:
    from signon.ui.app import run_app

    app = QApplication(sys.argv[:1])
    state: dict = {}

    def window():
        return next((w for w in app.topLevelWidgets() if w.objectName() == "mainWindow"), None)

    def editor() -> QPlainTextEdit:
        found = window().tab(0).findChild(QPlainTextEdit, "sectionText")
        found.setFocus()
        found.moveCursor(QTextCursor.MoveOperation.End)
        return found

    def first() -> None:
        state["editor"] = editor()
        QTest.keyClicks(state["editor"], FIRST)
        print("typed first", flush=True)
        QTimer.singleShot(PAUSE_MS, second)

    def second() -> None:
        QTest.keyClicks(state["editor"], SECOND)
        print("typed second", flush=True)

    def when_ready() -> None:
        # the window opens its database after it is on the screen, and the
        # Statement tab reads the text in the background (issue 22)
        shown = window()
        if (shown is not None and shown.is_ready() and shown.tab(0).campaign is not None
                and not shown.tab(0).opening.loading):
            QTimer.singleShot(800, first)
        else:
            QTimer.singleShot(50, when_ready)

    QTimer.singleShot(0, when_ready)
    return run_app(sys.argv[1])


if __name__ == "__main__":
    sys.exit(main())
