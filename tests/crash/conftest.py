"""Prints the kill summary of the crash tests at the end of the run.

Each test's kill report travels with its test report (`user_properties`), so
the summary appears also when pytest-xdist runs the tests in other processes.
"""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _kill_reports(request):
    from crash.harness import REPORTS, SEED

    before = len(REPORTS)
    yield
    for report in REPORTS[before:]:  # the seed of this process: SIGNON_CRASH_SEED replays it
        request.node.user_properties.append(("crash safety", f"{report.line()} [seed {SEED}]"))


def pytest_terminal_summary(terminalreporter) -> None:
    lines = [value for reports in terminalreporter.stats.values() for report in reports
             if getattr(report, "when", "") == "teardown"
             for name, value in getattr(report, "user_properties", ()) if name == "crash safety"]
    if not lines:
        return
    terminalreporter.section("crash safety")
    for line in lines:
        terminalreporter.write_line(line)
