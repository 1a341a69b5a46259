"""A tab's campaign is read off the GUI thread, and only the newest read is
shown: a quick switch A → B must never end with A's data on screen, whichever
read finishes last."""

from __future__ import annotations

import threading

import pytest

from signon.domain.errors import ValidationError
from signon.ui.campaign_load import CampaignLoad
from signon.ui.worker import Worker


@pytest.fixture
def threaded(monkeypatch):
    """Real worker threads, as in the app (the GUI tests run them inline)."""
    monkeypatch.setattr(Worker, "inline", False)


def test_a_stale_read_is_dropped_whichever_ends_last(qtbot, threaded):
    release = {1: threading.Event(), 2: threading.Event()}
    gui = threading.get_ident()
    threads = []

    def read(_db, campaign_id):
        threads.append(threading.get_ident())
        release[campaign_id].wait(5)
        return f"campaign {campaign_id}"

    load = CampaignLoad(read)
    shown, states = [], []
    load.shown.connect(shown.append)
    load.loading_changed.connect(states.append)
    load.start(None, 1)
    load.start(None, 2)
    release[2].set()  # the newer read ends first…
    qtbot.waitUntil(lambda: shown == ["campaign 2"], timeout=5000)
    release[1].set()  # …and the older one after it: never shown
    assert Worker.wait_for_all(5)
    assert shown == ["campaign 2"]
    assert states == [True, False]
    assert gui not in threads and len(threads) == 2


def test_a_failed_read_says_why_once_and_ends_the_loading_state(qtbot, threaded):
    def read(_db, campaign_id):
        raise ValidationError(f"no campaign with id {campaign_id}")

    load = CampaignLoad(read)
    failures, states = [], []
    load.failed.connect(failures.append)
    load.loading_changed.connect(states.append)
    load.start(None, 7)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert failures == ["no campaign with id 7"]
    assert states == [True, False] and not load.loading


def test_dropping_forgets_a_read_in_flight(qtbot, threaded):
    gate = threading.Event()

    def read(_db, campaign_id):
        gate.wait(5)
        return campaign_id

    load = CampaignLoad(read)
    shown = []
    load.shown.connect(shown.append)
    load.start(None, 3)
    load.drop()  # the tab now shows no campaign
    assert not load.loading
    gate.set()
    assert Worker.wait_for_all(5)
    assert shown == []


def test_a_read_that_ends_after_its_tab_is_gone_is_dropped(qtbot, threaded):
    """Switching databases deletes the tabs while their reads may still run."""
    from shiboken6 import delete

    gate = threading.Event()

    def read(_db, campaign_id):
        gate.wait(5)
        return campaign_id

    load = CampaignLoad(read)
    load.start(None, 4)
    delete(load)
    gate.set()
    assert Worker.wait_for_all(5)  # delivered to nobody, and no error in the event loop


def test_the_tab_counts_as_loaded_while_a_check_for_changes_still_runs(qtbot, threaded):
    """`when_loaded` (the window's "ready") waits for what the tab shows, not
    for a teammate check over data already on screen."""
    from PySide6.QtWidgets import QWidget

    from signon.ui.campaign_load import when_loaded

    tab = QWidget()
    release = {name: threading.Event() for name in ("text", "check")}

    def read(_db, name):
        release[name].wait(5)
        return name

    text, check = CampaignLoad(read, tab), CampaignLoad(read, tab, background=True)
    loaded = []
    text.start(None, "text")
    check.start(None, "check")
    when_loaded(tab, lambda: loaded.append(check.loading))
    qtbot.wait(50)
    assert loaded == []  # the text is still on its way
    release["text"].set()
    qtbot.waitUntil(lambda: loaded == [True], timeout=5000)  # the check still runs
    release["check"].set()
    Worker.wait_for_all(5)


def test_four_reads_run_at_once_whatever_the_cores(qtbot, threaded):
    """Reads wait on a server, not on the processor: a two-core machine
    still runs the window's first four reads together."""
    together = threading.Barrier(4, timeout=5)
    done = []

    def read(_db, n):
        together.wait()  # raises BrokenBarrierError unless all four run at once
        return n

    loads = [CampaignLoad(read) for _ in range(4)]
    for n, load in enumerate(loads):
        load.shown.connect(done.append)
        load.start(None, n)
    qtbot.waitUntil(lambda: sorted(done) == [0, 1, 2, 3], timeout=5000)


def test_a_finished_read_lets_go_of_what_it_was_given(qtbot, threaded):
    """Qt's pool keeps each runnable alive after it ran; the rows a job was
    handed (the Signatories tab's 50,000 to fold) must not stay with it."""
    import gc
    import weakref

    class Rows(list):
        pass

    rows = Rows(range(1000))
    gone = weakref.ref(rows)
    load = CampaignLoad(lambda _db, given: len(given))
    shown = []
    load.shown.connect(shown.append)
    load.start(None, rows)
    del rows
    qtbot.waitUntil(lambda: shown == [1000], timeout=5000)
    Worker.wait_for_all(5)
    gc.collect()
    assert gone() is None
