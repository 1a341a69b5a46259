"""Keeping the GUI thread first in line for the interpreter (issue 22).

Every read of a big campaign, and every fold of its 200,000 names, runs on
a worker thread; but Python runs one thread at a time. A thread that wants
the interpreter lock waits until the one holding it has run for
`sys.getswitchinterval()`, 5 ms by default, and with two or three workers
busy the GUI thread waited its turn behind each: the window missed its
paints for up to 0.2-0.27 s when the Signatories tab was clicked with a
200,000-signatory campaign (bench/bench_switch.py). At 1 ms it waits a fifth
as long: 0.09-0.13 s in the same runs; the rows take as long to arrive (the
workers lose little to the extra hand-overs).

The other pause every thread shares, a full garbage collection, is kept
short elsewhere: once ready, the window leaves what start-up made out of
the collector's sight (`gc.freeze` in `MainWindow._announce_ready`); the
longest collection in the same runs was 0.01-0.03 s.
"""

from __future__ import annotations

import sys

#: Seconds a thread may hold the interpreter while another waits for it.
SWITCH_INTERVAL_S = 0.001


def favour_the_gui_thread() -> None:
    """Let a waiting thread (the GUI thread) take the interpreter sooner."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)

