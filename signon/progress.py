"""Progress and cancellation for long work, shared by the GUI and the CLI.

Long functions (import, export, backup, sending) take a `Progress` and call
`step()` as they go; `step()` raises `Cancelled` once cancel was asked, so the
function stops at a safe point and its transaction rolls back. The GUI's
worker turns the callback into Qt signals; the CLI prints a bar on stderr.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from signon.domain.errors import SignonError


class Cancelled(SignonError):
    """The person cancelled; nothing was written."""

    def __init__(self, message: str = "cancelled; nothing was changed"):
        super().__init__(message)


class Progress:
    def __init__(self, callback: Callable[[int, int, str], None] | None = None):
        self._callback = callback
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def step(self, done: int, total: int = 0, message: str = "") -> None:
        """Report progress, and stop here if cancel was asked."""
        if self._cancel.is_set():
            raise Cancelled()
        if self._callback is not None:
            self._callback(done, total, message)

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


NO_PROGRESS = Progress()
