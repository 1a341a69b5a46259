"""Campaign switches with a big campaign: how soon each tab shows it, and
the longest the GUI thread is busy meanwhile (issue 22).

    python bench/bench_switch.py [--rows 50000] [--runs 3] [--db FILE]

Builds a temporary SQLite file with the demo campaign (id 1) and one
campaign of `--rows` signatories (bench_table's generator: organisations
with accented and non-Latin names, a tenth individuals, statuses mixed),
or uses FILE. Opens the real main window offscreen with real worker
threads, and for each tab switches demo → big → demo → big … `--runs`
times, printing per switch:

- shown: from the click until every read the switch started has ended
  and its result is on screen (the GUI thread has handled it);
- longest stall: the longest gap between two ticks of a 5 ms timer on the
  GUI thread in that time, i.e. how long the window could not respond.
  Goal: ≤ 0.1 s.

Also prints the process's peak RSS at the end. Prints figures; asserts
nothing; not run by CI.
"""

from __future__ import annotations

import argparse
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


def measure(path: Path, runs: int) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from signon.store.database import open_database
    from signon.ui.main_window import MainWindow
    from signon.ui.worker import Worker

    db = open_database(f"sqlite:///{path}")
    window = MainWindow(db)
    window.resize(1100, 720)
    window.show()
    while not window.is_ready():
        app.processEvents()
    last = [time.perf_counter()]
    gaps: list[float] = []

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(5)

    def pump(seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()

    model = window.campaign_list.model()
    by_size = sorted((model.summary(row) for row in range(model.rowCount())),
                     key=lambda s: s.total)
    small, big = by_size[0].id, by_size[-1].id
    for index, name in enumerate(TABS):
        window.tab_widget.setCurrentIndex(index)
        pump(0.3)
        Worker.wait_for_all(60)
        shown_big, stalls_big, stalls_small = [], [], []
        for _run in range(runs):
            for cid in (small, big):
                gaps.clear()
                last[0] = time.perf_counter()
                start = time.perf_counter()
                window.campaign_list.select_campaign(cid)
                app.processEvents()
                Worker.wait_for_all(120)
                shown = time.perf_counter() - start
                pump(0.2)
                stall = max(gaps, default=0.0)
                if cid == big:
                    shown_big.append(shown)
                    stalls_big.append(stall)
                else:
                    stalls_small.append(stall)
        print(f"{name:12} big campaign shown {statistics.median(shown_big):.3f} s "
              f"(range {min(shown_big):.3f}-{max(shown_big):.3f}), longest stall "
              f"{statistics.median(stalls_big):.3f} s (max {max(stalls_big):.3f}); "
              f"back to the demo: longest stall {statistics.median(stalls_small):.3f} s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.0f} MB")
    window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    if args.db:
        measure(args.db, args.runs)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "switch.db"
        build_file(path, args.rows)
        measure(path, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
