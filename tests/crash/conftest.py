"""Prints the kill summary of the crash tests at the end of the run."""

from __future__ import annotations


def pytest_terminal_summary(terminalreporter) -> None:
    from crash.harness import REPORTS, SEED

    if not REPORTS:
        return
    terminalreporter.section(f"crash safety (seed {SEED})")
    for report in REPORTS:
        terminalreporter.write_line(report.line())
