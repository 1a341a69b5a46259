"""Restart now: Sign-on starts again the way it was started, after this one
has closed.

Preferences offers it after a change of interface language (widgets read
their texts when they are built). The window is closed as by File → Quit
(running jobs are asked about first, and a refusal cancels the restart);
`run_app` starts the new process only once this one has let go of its
database lock, so the new window does not find its own database "in use".

The same program with the same arguments: the frozen desktop app
(`sys.frozen`) is its own executable, so it is started with `sys.argv[1:]`;
a Python run is started again with the interpreter's own command line
(`sys.orig_argv`: `python -m signon …` stays `-m signon`, the `signon`
console script stays that script).
"""

from __future__ import annotations

import os
import sys

_requested = False


def command() -> tuple[str, list[str]]:
    """(program, arguments) that start this Sign-on again."""
    if getattr(sys, "frozen", False):
        return sys.executable, list(sys.argv[1:])
    original = list(getattr(sys, "orig_argv", []) or [sys.executable, *sys.argv])
    return sys.executable, original[1:]


def request(window) -> bool:
    """Close `window` to start again; False (and nothing happens) when the
    person kept it open (a running job they did not want to cancel)."""
    global _requested
    _requested = True
    if not window.close():
        _requested = False
        return False
    return True


def requested() -> bool:
    return _requested


def relaunch_if_requested() -> bool:
    """Called by `run_app` once the window has closed and the locks are
    released: start the new process. True when one was started."""
    global _requested
    if not _requested:
        return False
    _requested = False
    from PySide6.QtCore import QProcess

    program, arguments = command()
    started, _pid = QProcess.startDetached(program, arguments, os.getcwd())
    return bool(started)
