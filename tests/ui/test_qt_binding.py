"""The Qt binding keeps Python's own objects alive.

PySide6 6.12.0 drops a reference to `True` on every `Signal.emit()` (and to
`None` on other calls). On Python 3.11, where `True` and `None` are ordinary
reference-counted objects, a few thousand progress steps of an export or a
bulk status change then abort the whole app ("Fatal Python error:
bool_dealloc"). pyproject.toml keeps PySide6 below 6.12; this test catches
any binding version with that bug before a coordinator does.
"""

from __future__ import annotations

import gc
import sys
import threading

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal

from signon.progress import Progress
from signon.ui.worker import Worker


class Emitter(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)


def references() -> tuple[int, int, int]:
    return sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)


def settled_references() -> tuple[int, int, int]:
    """The counts once what earlier tests left behind is gone: widgets whose
    deleteLater is still queued, and garbage cycles. Otherwise the event
    loop below frees them mid-measure and the counts drop by a few hundred
    after the main window tests (a failure that depended on test order)."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
        gc.collect()
    return references()


def test_emitting_signals_keeps_true_false_and_none_alive(qapp):
    emitter = Emitter()
    seen = []
    emitter.progress.connect(lambda *args: seen.append(args[0]))
    emitter.done.connect(seen.append)
    before = settled_references()

    def emit_many() -> None:
        for i in range(1000):
            emitter.progress.emit(i, 1000, "step")
        emitter.done.emit(None)

    emit_many()  # direct calls on the GUI thread
    worker = threading.Thread(target=emit_many)  # queued calls, as from a Worker
    worker.start()
    worker.join()
    qapp.processEvents()
    after = references()
    assert len(seen) == 2002
    assert all(abs(a - b) < 100 for a, b in zip(after, before, strict=True)), (before, after)


def test_a_worker_reporting_progress_many_times_keeps_them_alive(qtbot, monkeypatch):
    monkeypatch.setattr(Worker, "inline", False)
    results = []

    def job(progress: Progress) -> None:
        for i in range(3000):
            progress.step(i, 3000, "writing")

    before = settled_references()
    worker = Worker(job)
    worker.signals.finished.connect(results.append)
    worker.start()
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    assert all(abs(a - b) < 100 for a, b in zip(references(), before, strict=True))
