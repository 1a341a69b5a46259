"""Kill a Sign-on command with SIGKILL at chosen moments and record what happened.

A kill is "random" but stratified: N kills spread over the command's measured
duration T land one in each slice [iT/N, (i+1)T/N), at a random point of it,
so every phase of the command (start-up, reading, writing, committing) is hit
and a run is reproducible from its seed (SIGNON_CRASH_SEED).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

KILLS = int(os.environ.get("SIGNON_CRASH_KILLS") or 20)
SEED = int(os.environ.get("SIGNON_CRASH_SEED") or random.SystemRandom().randrange(10**6))


def signon_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "signon", *args]


def child_env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "SIGNON_DB"}
    env["SIGNON_DATA_DIR"] = str(data_dir)
    return env


def run_to_end(cmd: list[str], env: dict[str, str]) -> float:
    """Run `cmd` once without a kill; its wall time (it must succeed)."""
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          text=True, timeout=120)
    elapsed = time.perf_counter() - start
    assert done.returncode == 0, done.stderr
    return elapsed


def measure(make_cmd: Callable[[], list[str]], env: dict[str, str]) -> float:
    """Wall time of a warm run (the first run also fills the disk cache)."""
    run_to_end(make_cmd(), env)
    return run_to_end(make_cmd(), env)


def run_and_kill(cmd: list[str], env: dict[str, str], after: float) -> bool:
    """Start `cmd`, SIGKILL it `after` seconds later; True when the kill
    landed (False: it had already finished, successfully)."""
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)
    deadline = time.perf_counter() + after
    while time.perf_counter() < deadline:
        if proc.poll() is not None:
            break
        time.sleep(min(0.01, max(0.0, deadline - time.perf_counter())))
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stderr.close()
        return True
    err = proc.stderr.read()
    proc.stderr.close()
    assert proc.returncode == 0, err
    return False


def kill_times(duration: float, n: int = KILLS, seed: int = SEED) -> list[float]:
    """One moment in each of n equal slices of `duration`, shuffled."""
    rng = random.Random(seed)
    times = [duration * (i + rng.random()) / n for i in range(n)]
    rng.shuffle(times)
    return times


@dataclass
class KillReport:
    """What a series of kills of one operation did; printed in the summary."""

    operation: str
    duration: float = 0.0
    kills: int = 0  # the process was alive and got SIGKILL
    finished: int = 0  # it finished before the planned moment
    survived: int = 0  # checks passed afterwards (kills and finishes alike)
    outcomes: dict[str, int] = field(default_factory=dict)

    def count(self, outcome: str) -> None:
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1

    def line(self) -> str:
        states = ", ".join(f"{k} {v}" for k, v in sorted(self.outcomes.items()))
        return (f"{self.operation}: {self.kills} SIGKILLs + {self.finished} finished runs over "
                f"{self.duration:.2f} s, {self.survived} passed every check ({states})")


REPORTS: list[KillReport] = []


def series(operation: str, duration: float, run_one: Callable[[float], tuple[bool, str]],
           n: int = KILLS) -> KillReport:
    """Run `run_one(after)` until n runs were really killed; it returns
    (killed?, the state it found) and raises AssertionError when a check
    fails. A run that finished before its moment (the machine was faster
    than measured) is checked too, and its slice is tried again earlier."""
    report = KillReport(operation, duration)
    REPORTS.append(report)
    pending = kill_times(duration, n)
    scale = 1.0
    while pending and report.kills + report.finished < 3 * n:
        after = pending.pop() * scale
        killed, outcome = run_one(after)
        report.kills += killed
        report.finished += not killed
        report.count(outcome)
        report.survived += 1
        if not killed:  # its slice again, earlier: at the new, smaller scale
            pending.insert(0, after / scale)
            scale *= 0.85
    return report
