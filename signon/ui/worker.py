"""Run any long function off the GUI thread with progress and cancel.

The function is a plain one from store/ or exchange/ taking a `Progress`
keyword; it never touches a widget. Results and errors come back as Qt
signals on the GUI thread. Tests set `Worker.inline = True` to run jobs
synchronously (like Picard's test thread pool).

Every started Worker is in a registry until its function has returned
(`Worker.running()`), so the main window can tell, before it closes the
database or quits, whether a thread still uses it — whichever tab or
dialog started the job, without each of them keeping a list. A job the
person started and may be asked about carries a sentence saying what it
is and what cancelling it does (`describe`): the Export tab's export, the
Signatories tab's background status change, the outbox being sent. Those
are cancelled when the person agrees. A job without a description is a
short helper (a backup, a connection test, a dialog's lookup): it is
never asked about and not cancelled, only waited for (`wait_for_all`).
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from signon.domain.errors import SignonError
from signon.progress import Cancelled, Progress

#: Threads for background work, whatever the processor: most of it waits on
#: a database rather than computing. Qt's default is one per core, and with
#: two cores the first window of a team server 100 ms away read its list,
#: its block library, its text and its context two at a time (0.3 s more).
THREADS = 4


class WorkerSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)  # the function's result
    failed = Signal(str)  # one line for a person
    cancelled = Signal()


class Worker(QRunnable):
    """`Worker(fn, *args, **kwargs)`; fn is called with `progress=` added."""

    inline = False
    #: Started and not yet returned, in start order (a dict keeps it); guarded
    #: by `_ended`, since each thread removes its own job.
    _live: ClassVar[dict[Worker, None]] = {}
    _ended: ClassVar[threading.Condition] = threading.Condition()

    def __init__(self, fn: Callable[..., Any], *args, **kwargs):
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = WorkerSignals()
        self.progress = Progress(self.signals.progress.emit)
        self.description = ""
        self.setAutoDelete(False)

    def describe(self, text: str) -> Worker:
        """Say, in the interface language, what this job is and what
        cancelling it does ("An export to letter.pdf is being written;
        cancelled, it leaves no file."). The main window shows it when the
        person closes the window or the database while the job runs, and
        cancels described jobs when they agree."""
        self.description = text
        return self

    def cancel(self) -> None:
        self.progress.cancel()

    @property
    def cancelled(self) -> bool:
        return self.progress.cancelled

    @classmethod
    def running(cls) -> list[Worker]:
        """The jobs started whose function has not returned yet (queued in
        the thread pool, or running), oldest first."""
        with cls._ended:
            return list(cls._live)

    @classmethod
    def wait_for_all(cls, timeout: float) -> bool:
        """Wait until every started job has returned, processing the GUI's
        events meanwhile (progress, and each job's end handler, which runs on
        the GUI thread); False when `timeout` seconds passed first."""
        deadline = time.monotonic() + timeout
        while True:
            QCoreApplication.processEvents()
            with cls._ended:
                if not cls._live:
                    break
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                cls._ended.wait(min(left, 0.02))
        # a job's last signal was queued before it left the registry: deliver it
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()
        return True

    def run(self) -> None:
        try:
            self._call()
        finally:
            # Qt's pool keeps a runnable that does not delete itself alive for
            # good: let go of what the job was given (50,000 rows to fold,
            # at every campaign switch, were never freed).
            self.fn, self.args, self.kwargs = None, (), {}
            with Worker._ended:
                Worker._live.pop(self, None)
                Worker._ended.notify_all()

    def _call(self) -> None:
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
        with Worker._ended:
            Worker._live[self] = None
        if Worker.inline:
            self.run()
        else:
            pool = QThreadPool.globalInstance()
            pool.setMaxThreadCount(max(pool.maxThreadCount(), THREADS))
            pool.start(self)
        return self
