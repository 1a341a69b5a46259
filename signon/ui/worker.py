"""Run any long function off the GUI thread with progress and cancel.

The function is a plain one from store/ or exchange/ taking a `Progress`
keyword; it never touches a widget. Results and errors come back as Qt
signals on the GUI thread. Tests set `Worker.inline = True` to run jobs
synchronously (like Picard's test thread pool).
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from signon.domain.errors import SignonError
from signon.progress import Cancelled, Progress


class WorkerSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)  # the function's result
    failed = Signal(str)  # one line for a person
    cancelled = Signal()


class Worker(QRunnable):
    """`Worker(fn, *args, **kwargs)`; fn is called with `progress=` added."""

    inline = False

    def __init__(self, fn: Callable[..., Any], *args, **kwargs):
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = WorkerSignals()
        self.progress = Progress(self.signals.progress.emit)
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self.progress.cancel()

    def run(self) -> None:
        try:
            result = self.fn(*self.args, progress=self.progress, **self.kwargs)
        except Cancelled:
            self.signals.cancelled.emit()
        except SignonError as exc:
            self.signals.failed.emit(str(exc))
        except OSError as exc:
            where = f"{exc.filename}: " if exc.filename else ""
            self.signals.failed.emit(f"{where}{exc.strerror or exc}")
        except Exception as exc:  # a bug: say so in one line, keep the trace in the log
            traceback.print_exc()
            self.signals.failed.emit(f"unexpected error: {exc}")
        else:
            self.signals.finished.emit(result)

    def start(self) -> Worker:
        if Worker.inline:
            self.run()
        else:
            QThreadPool.globalInstance().start(self)
        return self
