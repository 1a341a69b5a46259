"""Start-up and closing of the real app in a real X11 window.

    python bench/bench_startup.py [--runs 7] [--db FILE] [--floor]

Starts Xvfb with openbox (Debian: xvfb openbox xdotool), then launches
`python -m signon --db DB` again and again and measures, per run:

- start → window: from launching the process until a visible window named
  "Sign-on" exists (xdotool polled every 10 ms, so figures are ±10 ms). The
  window is painted when it first shows (its "Opening <database>…" state);
  the database is opened after that;
- window → loaded: from then until the window's title names the database
  ("demo.db — Sign-on"), which the window sets once the campaign list is
  filled and the visible tab shows the current campaign (the Statement
  tab: its text, which can be edited from then on). What it does not
  include: the paint that follows (a few milliseconds), the names under the
  Statement tab's preview, read next ("Reading the signatories…" until
  then: 0.3-0.6 s more for 50,000 signatories), and the tabs not in view,
  which are built and read when first shown;
- close → exit: from Ctrl+Q until the process has ended (what a person
  waits for before the app is really gone, e.g. to start it again).

--floor also times a bare QMainWindow (PySide6 and Python only, no Sign-on
code) shown the same way: the start → window figure no app code can beat.

Each child gets a bytecode cache of its own, filled by one untimed run
(bench/processes.py), as an installed app has it. The database is the demo
campaign, or FILE. Prints medians and ranges; no assertions, not run by CI.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from processes import bytecode_env  # noqa: E402

POLL_S = 0.01


FLOOR = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("Sign-on floor")
window.resize(1100, 720)
window.show()
app.exec()
"""


def visible_window(env: dict) -> str | None:
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "Sign-on"],
                           capture_output=True, text=True, env=env)
    ids = found.stdout.split()
    return ids[0] if ids else None


def window_title(window: str, env: dict) -> str:
    return subprocess.run(["xdotool", "getwindowname", window], capture_output=True,
                          text=True, env=env).stdout.strip()


def wait_for_window(proc: subprocess.Popen, started: float, env: dict,
                    timeout: float) -> str:
    while True:
        if proc.poll() is not None:
            raise SystemExit(f"the app exited before its window: {proc.stderr.read()[-400:]}")
        if time.perf_counter() - started > timeout:
            proc.kill()
            raise SystemExit("no window within the timeout")
        window = visible_window(env)
        if window is not None:
            return window
        time.sleep(POLL_S)


def one_run(db: Path, env: dict, timeout: float = 60.0) -> tuple[float, float, float]:
    """(start → window, window → loaded, close → exit) of one run."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "signon", "--db", str(db)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    window = wait_for_window(proc, started, env, timeout)
    shown = time.perf_counter()
    loaded_title = f"{db.name} — Sign-on"
    while window_title(window, env) != loaded_title:
        if time.perf_counter() - started > timeout:
            proc.kill()
            raise SystemExit(f"the title never became {loaded_title!r}")
        time.sleep(POLL_S)
    loaded = time.perf_counter()
    time.sleep(1.5)  # let it settle, as a person would before quitting
    subprocess.run(["xdotool", "windowactivate", "--sync", window], env=env,
                   capture_output=True)
    closing = time.perf_counter()
    subprocess.run(["xdotool", "key", "--clearmodifiers", "ctrl+q"], env=env, check=True)
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise SystemExit("the app did not exit after Ctrl+Q") from None
    return shown - started, loaded - shown, time.perf_counter() - closing


def floor_run(env: dict, timeout: float = 60.0) -> float:
    """start → window of a bare QMainWindow, launched and found the same way."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", FLOOR], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_for_window(proc, started, env, timeout)
        return time.perf_counter() - started
    finally:
        proc.terminate()
        proc.wait(timeout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path, help="database to open (default: the demo)")
    parser.add_argument("--floor", action="store_true",
                        help="also time a bare QMainWindow shown the same way")
    args = parser.parse_args()
    for tool in ("Xvfb", "xdotool", "openbox"):
        if shutil.which(tool) is None:
            raise SystemExit(f"needs {tool} (Debian: xvfb xdotool openbox)")
    work = Path(tempfile.mkdtemp(prefix="signon-bench-startup-"))
    env = bytecode_env(work / "pycache")
    env.pop("QT_QPA_PLATFORM", None)
    env.update(SIGNON_DATA_DIR=str(work / "data"), DISPLAY=":97", LC_ALL="C.UTF-8")
    xvfb = subprocess.Popen(["Xvfb", ":97", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                            stderr=subprocess.DEVNULL)
    time.sleep(0.5)
    wm = subprocess.Popen(["openbox"], env=env, stderr=subprocess.DEVNULL)
    try:
        db = args.db
        if db is None:
            db = work / "demo.db"
            subprocess.run([sys.executable, "-m", "signon", "--db", str(db), "demo"], env=env,
                           check=True, capture_output=True)
        one_run(db, env)  # fills the bytecode cache; not timed
        if args.floor:
            floor_run(env)
        shown, loaded, closed, floor = [], [], [], []
        for _ in range(args.runs):  # the floor between the app's runs: the same conditions
            s, w, c = one_run(db, env)
            shown.append(s)
            loaded.append(w)
            closed.append(c)
            if args.floor:
                floor.append(floor_run(env))
        print(f"database: {db.name} ({db.stat().st_size / 2**20:.1f} MB), runs: {args.runs}")
        rows = [("start -> window", shown), ("window -> loaded", loaded),
                ("start -> loaded", [s + w for s, w in zip(shown, loaded, strict=True)]),
                ("close -> exit", closed)]
        if args.floor:
            rows.append(("floor: bare window", floor))
        for label, values in rows:
            print(f"{label:>18}: median {statistics.median(values):.2f} s "
                  f"(min {min(values):.2f}, max {max(values):.2f})")
    finally:
        wm.terminate()
        xvfb.terminate()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    main()
