"""The window with a big campaign, on SQLite or a distant team server: how
soon it shows what was asked, and the longest the GUI thread is busy
meanwhile (issue 22).

    python bench/bench_switch.py [--rows 50000] [--runs 3] [--db FILE] [--rtt MS]

Builds a temporary SQLite file with the demo campaign (id 1) and one
campaign of `--rows` signatories (bench_table's generator: organisations
with accented and non-Latin names, a tenth individuals, statuses mixed),
or uses FILE. With `--rtt`, copies it into the tests' throwaway PostgreSQL
cluster (tests/support/postgres.py: loopback, fsync off) and puts
bench/latency_proxy.py with that round trip between the window and the
server. Opens the real main window offscreen with real worker threads
(it opens its database itself, as the app does) and prints:

- first window: from making the window until it is ready (the campaign
  list and the visible tab show the database);
- switches: for each tab in view, demo → big → demo → big … `--runs` times;
- tab clicks: to each tab, the big campaign shown;
- a teammate's change: another connection changes one status in the big
  campaign; how soon the Signatories table shows it (change detection,
  the tab's check, the row re-read);

each as "shown" (until every read the action started has ended and its
result is on screen) and "longest stall" (the longest gap between two
ticks of a 5 ms timer on the GUI thread meanwhile: how long the window
could not respond; goal ≤ 0.1 s). Also the process's peak RSS, overall and
while each tab was switched in view (Linux: the peak is reset between
sections through /proc/self/clear_refs), and the longest garbage
collection, which holds the interpreter lock on whichever thread runs it.
`--tabs Signatories` measures only those tabs. Prints figures; asserts
nothing; not run by CI.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

TABS = ("Statement", "Signatories", "Outreach", "Export")


def build_file(path: Path, rows: int) -> None:
    import subprocess

    from bench_table import build

    from signon.store.database import open_database

    subprocess.run([sys.executable, "-m", "signon", "--db", str(path), "demo"], check=True,
                   stdout=subprocess.DEVNULL)
    db = open_database(f"sqlite:///{path}")
    start = time.perf_counter()
    build(db, rows)
    db.close()
    print(f"built demo + {rows:,} signatories in {time.perf_counter() - start:.1f} s")


class Stalls:
    """The longest gaps between ticks of a 5 ms timer on the GUI thread."""

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.last = time.perf_counter()
        self.gaps: list[float] = []
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.timer.start(5)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self.last)
        self.last = now

    def reset(self) -> None:
        self.gaps.clear()
        self.last = time.perf_counter()

    def longest(self) -> float:
        return max(self.gaps, default=0.0)


class Collections:
    """The longest garbage collection (any thread) since the last reset."""

    def __init__(self):
        self.started = 0.0
        self.longest = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, _info: dict) -> None:
        now = time.perf_counter()
        if phase == "start":
            self.started = now
        else:
            self.longest = max(self.longest, now - self.started)

    def reset(self) -> None:
        self.longest = 0.0


def section_peak() -> float:
    """The peak RSS (MB) since the last call (since the start on systems
    without /proc/self/clear_refs)."""
    peak = 0.0
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    peak = int(line.split()[1]) / 1024
        with open("/proc/self/clear_refs", "w") as clear:
            clear.write("5")  # resets VmHWM
    except OSError:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return peak


def pump(app, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()


def settle(app, window) -> None:
    """Until every read the last action started has ended and its result
    is on screen."""
    from signon.ui.campaign_load import CampaignLoad
    from signon.ui.worker import Worker

    while True:
        app.processEvents()
        Worker.wait_for_all(120)
        app.processEvents()
        if not any(load.loading for load in window.findChildren(CampaignLoad)):
            return


def figure(values: list[float]) -> str:
    return (f"{statistics.median(values):.3f} s (range {min(values):.3f}-{max(values):.3f})"
            if len(values) > 1 else f"{values[0]:.3f} s")


def measure(url: str, runs: int, teammate_url: str | None = None,
            tabs: tuple[str, ...] = TABS) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from signon.ui.gui_thread import favour_the_gui_thread
    from signon.ui.main_window import MainWindow
    from signon.ui.worker import Worker

    favour_the_gui_thread()  # as signon.ui.app.run_app does
    stalls = Stalls()
    collections = Collections()
    start = time.perf_counter()
    window = MainWindow(url)  # opens its database after the first paint, as the app does
    window.resize(1100, 720)
    window.show()
    while not window.is_ready():
        app.processEvents()
    print(f"first window: ready (list and the visible tab shown) "
          f"{time.perf_counter() - start:.3f} s after it was made, longest stall "
          f"{stalls.longest():.3f} s; peak RSS {section_peak():.0f} MB")

    model = window.campaign_list.model()
    by_size = sorted((model.summary(row) for row in range(model.rowCount())),
                     key=lambda s: s.total)
    small, big = by_size[0].id, by_size[-1].id

    table = window.tab(TABS.index("Signatories")).model
    rows_at: list[float] = []
    table.modelReset.connect(lambda: rows_at.append(time.perf_counter())
                             if table.rowCount() > 1000 else None)

    from signon.ui.campaign_load import when_loaded

    tab_loaded: list[float] = []  # the last `timed` action's loaded time

    def timed(action) -> tuple[float, float]:
        settle(app, window)
        pump(app, 0.1)
        stalls.reset()
        rows_at.clear()
        loaded_at: list[float] = []
        tab_loaded.clear()
        start = time.perf_counter()
        action()
        when_loaded(window.tab(window.tab_widget.currentIndex()),
                    lambda: loaded_at.append(time.perf_counter()))
        settle(app, window)
        if loaded_at:
            tab_loaded.append(loaded_at[0] - start)
        shown = time.perf_counter() - start
        if rows_at:
            table_shown.append(rows_at[0] - start)
        pump(app, 0.2)
        return shown, stalls.longest()

    for index, name in enumerate(TABS):
        if name not in tabs:
            continue
        window.tab_widget.setCurrentIndex(index)
        settle(app, window)
        collections.reset()
        shown_big, stalls_big, stalls_small, table_shown = [], [], [], []
        loaded_big: list[float] = []
        for _run in range(runs):
            for cid in (small, big):
                shown, stall = timed(lambda cid=cid: window.campaign_list.select_campaign(cid))
                if cid == big:
                    shown_big.append(shown)
                    stalls_big.append(stall)
                    loaded_big.extend(tab_loaded)
                else:
                    stalls_small.append(stall)
        print(f"switch, {name:11} in view: big campaign shown {figure(shown_big)}, longest "
              f"stall {statistics.median(stalls_big):.3f} s (max {max(stalls_big):.3f}); "
              f"back to the demo: longest stall {statistics.median(stalls_small):.3f} s; "
              f"peak RSS {section_peak():.0f} MB; longest collection "
              f"{collections.longest:.3f} s")
        print(f"  of which loaded (what the window's title waits for: the tab's text, table "
              f"or page, not its background work) after {figure(loaded_big)}")
        if name == "Signatories":
            print(f"  of which the table's first rows on screen after {figure(table_shown)} "
                  "(every row and its search text come after)")
    window.campaign_list.select_campaign(big)
    settle(app, window)
    for index, name in enumerate(TABS):
        if name not in tabs:
            continue
        clicks, click_stalls = [], []
        for _run in range(runs):
            window.tab_widget.setCurrentIndex((index + 1) % len(TABS))
            shown, stall = timed(lambda index=index: window.tab_widget.setCurrentIndex(index))
            clicks.append(shown)
            click_stalls.append(stall)
        print(f"tab click to {name:11} (big campaign): shown {figure(clicks)}, longest stall "
              f"{max(click_stalls):.3f} s; peak RSS {section_peak():.0f} MB")
    if teammate_url:
        teammate(app, window, big, teammate_url, runs, stalls)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.0f} MB")
    window.close()
    Worker.wait_for_all(60)  # what closing started (rows let go of) ends before the exit


def teammate(app, window, campaign_id: int, url: str, runs: int, stalls: Stalls) -> None:
    """Another coordinator changes one status in the big campaign (on a
    connection of their own): how soon the Signatories tab shows it."""
    from signon.store.database import open_database
    from signon.store.signatories import set_status
    from signon.ui.signatories.table_model import STATUS

    window.tab_widget.setCurrentIndex(TABS.index("Signatories"))
    settle(app, window)
    tab = window.tabs[TABS.index("Signatories")]
    other = open_database(url)
    seen, longest = [], []
    prospects = [tab.model.signatory_id(row) for row in range(tab.model.rowCount())
                 if tab.model.row_tuple(row)[STATUS] == "prospect"]
    try:
        for sid in prospects[:runs]:
            target = "invited"
            pump(app, 1.0)
            stalls.reset()
            with other.session() as session:
                set_status(session, sid, target, note="bench")
            start = time.perf_counter()
            while tab.model.find(sid)[STATUS] != target:
                app.processEvents()
                if time.perf_counter() - start > 30:
                    raise SystemExit("the teammate's change did not appear within 30 s")
            seen.append(time.perf_counter() - start)
            longest.append(stalls.longest())
    finally:
        other.close()
    print(f"a teammate's status change visible after {figure(seen)}, longest stall "
          f"{max(longest):.3f} s; peak RSS {section_peak():.0f} MB")


def distant(path: Path, rtt: float, runs: int, tabs: tuple[str, ...] = TABS) -> None:
    """Copy the file into the tests' throwaway PostgreSQL cluster and
    measure the window through bench/latency_proxy.py at `rtt` ms."""
    import subprocess

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    import psycopg
    from latency_proxy import LatencyProxy
    from support.postgres import Cluster

    cluster = Cluster().start()
    try:
        with psycopg.connect(host="127.0.0.1", port=cluster.port, user="signon",
                             dbname="postgres", autocommit=True) as admin:
            admin.execute("CREATE DATABASE switch")
        subprocess.run([sys.executable, "-m", "signon", "copy-db", str(path),
                        cluster.url("switch")], check=True, stdout=subprocess.DEVNULL)
        # as after the first start: a new database's first window seeds the
        # starter block library (in the background, one round trip a block)
        from signon.store.blocks import ensure_starter_library
        from signon.store.database import open_database

        seeding = open_database(cluster.url("switch"))
        with seeding.session() as session:
            ensure_starter_library(session)
        seeding.close()
        with LatencyProxy("127.0.0.1", cluster.port, rtt) as proxy:
            print(f"PostgreSQL (throwaway cluster, fsync off) behind a {rtt:g} ms round trip")
            measure(f"postgresql+psycopg://signon@127.0.0.1:{proxy.port}/switch", runs,
                    teammate_url=cluster.url("switch"), tabs=tabs)
    finally:
        cluster.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--tabs", nargs="+", choices=TABS, default=TABS,
                        help="measure switches and clicks with only these tabs in view")
    parser.add_argument("--rtt", type=float,
                        help="measure on PostgreSQL behind a proxy with this round trip (ms)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["SIGNON_DATA_DIR"] = tmp  # the window's settings, not the user's
        path = args.db
        if path is None:
            path = Path(tmp) / "switch.db"
            build_file(path, args.rows)
        if args.rtt is not None:
            distant(path, args.rtt, args.runs, tuple(args.tabs))
        else:
            measure(f"sqlite:///{path}", args.runs, teammate_url=f"sqlite:///{path}",
                    tabs=tuple(args.tabs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
