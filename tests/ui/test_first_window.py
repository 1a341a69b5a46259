"""The first window is ready when the Statement tab shows the text, not when
its preview has every name (issue 22: with 50,000 signatories the names
took 0.8 s more, and the title waited for them).

Real worker threads, the preview's names held back until the test lets go.
"""

from __future__ import annotations

import threading

import pytest

from signon.domain.compose import SectionDraft
from signon.store.campaigns import create_campaign
from signon.store.signatories import add_signatory
from signon.store.statements import replace_sections
from signon.ui import statement_tab
from signon.ui.worker import Worker


@pytest.fixture
def threads(monkeypatch):
    monkeypatch.setattr(Worker, "inline", False)


def test_the_window_is_ready_before_the_preview_has_its_names(qtbot, db, threads,
                                                               monkeypatch, answers):
    from signon.ui.main_window import MainWindow

    with db.session() as s:
        cid = create_campaign(s, "Joint statement").id
        replace_sections(s, cid, [SectionDraft("intro", text="We ask the assembly to act.")])
        add_signatory(s, cid, name="Org Alpha", status="endorsed")
    names = threading.Event()
    real = statement_tab.read_context
    monkeypatch.setattr(statement_tab, "read_context",
                        lambda db_, campaign_id: names.wait(10) and real(db_, campaign_id))
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(window.is_ready, timeout=20000)
        statement = window.tabs[0]
        assert window.windowTitle().endswith("— Sign-on")  # what bench_startup waits for
        assert [d.text for d in statement.composer.doc.to_drafts()] == [
            "We ask the assembly to act."]
        assert statement.context_reading.loading
        assert "Reading the signatories…" in statement.preview.toPlainText()
    finally:
        names.set()
    qtbot.waitUntil(lambda: "Org Alpha" in window.tabs[0].preview.toPlainText(), timeout=10000)
    assert Worker.wait_for_all(10)
    window.close()
