"""The Statement tab shows its text before the preview's names (issue 22).

Opening a campaign reads the text (`read_opening`), shows it, then reads the
preview's context (`read_context`: every printable signatory and the letter
built from them, 0.6 s for 50,000 signatories). Only the text counts for
"loaded" (`when_loaded`, the window's `ready`); the preview says "Reading the
signatories…" where the names go until they come. These tests run real
worker threads and hold the context read back, so what they check is the
order in which the tab shows things.
"""

from __future__ import annotations

import threading

import pytest

from signon.domain.compose import SectionDraft
from signon.domain.errors import ValidationError
from signon.store.campaigns import create_campaign
from signon.store.signatories import add_signatory
from signon.store.statements import replace_sections
from signon.ui import statement_tab
from signon.ui.campaign_load import when_loaded
from signon.ui.worker import Worker

READING = "Reading the signatories…"


@pytest.fixture
def threads(monkeypatch):
    monkeypatch.setattr(Worker, "inline", False)


def new_campaign(db, title: str, text: str, signatory: str) -> int:
    with db.session() as s:
        cid = create_campaign(s, title).id
        replace_sections(s, cid, [SectionDraft("intro", text=text)])
        add_signatory(s, cid, name=signatory, status="endorsed")
        return cid


class HeldContext:
    """`read_context` held back per campaign until `release(campaign_id)`;
    counts the reads started."""

    def __init__(self, monkeypatch):
        self.gates: dict[int, threading.Event] = {}
        self.all_released = False
        self.started: list[int] = []
        real = statement_tab.read_context

        def read(db, campaign_id):
            self.started.append(campaign_id)
            self.gate(campaign_id).wait(10)
            return real(db, campaign_id)

        # the tab takes the function when it is made: patched before
        monkeypatch.setattr(statement_tab, "read_context", read)

    def gate(self, campaign_id: int) -> threading.Event:
        gate = self.gates.setdefault(campaign_id, threading.Event())
        if self.all_released:  # a read that reaches its gate after the test let go
            gate.set()
        return gate

    def release(self, campaign_id: int) -> None:
        self.gate(campaign_id).set()

    def release_all(self) -> None:
        self.all_released = True
        for gate in list(self.gates.values()):
            gate.set()


@pytest.fixture
def held(monkeypatch, threads):
    context = HeldContext(monkeypatch)
    yield context
    context.release_all()
    assert Worker.wait_for_all(10)


def make_tab(qtbot, db):
    tab = statement_tab.StatementTab(db)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    return tab


def drafts_text(tab) -> list[str]:
    return [draft.text for draft in tab.composer.doc.to_drafts()]


def test_the_text_shows_and_counts_as_loaded_before_the_names_are_read(qtbot, db, held):
    cid = new_campaign(db, "Joint statement", "We ask the assembly to act.", "Org Alpha")
    tab = make_tab(qtbot, db)
    tab.set_campaign(cid)
    loaded = []
    when_loaded(tab, lambda: loaded.append(True))
    qtbot.waitUntil(lambda: loaded == [True], timeout=10000)

    assert drafts_text(tab) == ["We ask the assembly to act."]
    assert tab.composer.outline.isEnabled()  # it can be edited now
    preview = tab.preview.toPlainText()
    assert "We ask the assembly to act." in preview
    assert READING in preview
    assert "Org Alpha" not in preview and "No endorsed signatories yet" not in preview
    assert tab.context_reading.loading
    qtbot.waitUntil(lambda: held.started == [cid], timeout=10000)  # its thread may start late

    held.release(cid)
    qtbot.waitUntil(lambda: "Org Alpha" in tab.preview.toPlainText(), timeout=10000)
    assert READING not in tab.preview.toPlainText()
    assert not tab.context_reading.loading


def test_the_version_status_is_right_before_the_names_are_read(qtbot, db, held):
    """Who endorsed which version comes with the text: the composer never
    says "draft, not frozen yet" of a frozen statement while the names load."""
    from signon.store.statements import freeze_version

    cid = new_campaign(db, "Joint statement", "We ask.", "Org Alpha")
    with db.session() as s:
        freeze_version(s, cid)
    tab = make_tab(qtbot, db)
    tab.set_campaign(cid)
    qtbot.waitUntil(lambda: tab.campaign is not None, timeout=10000)
    assert tab.context_reading.loading
    assert tab.exposure is not None and tab.exposure.latest == 1
    assert not tab.composer.freeze_button.isEnabled()  # nothing edited since version 1


def test_a_stale_preview_read_is_dropped(qtbot, db, held):
    """A → B quickly: A's names, read after B's text is shown, never appear
    in B's preview, whichever read ends first."""
    a = new_campaign(db, "Campaign A", "Text of A.", "Org of A")
    b = new_campaign(db, "Campaign B", "Text of B.", "Org of B")
    tab = make_tab(qtbot, db)
    tab.set_campaign(a)
    # A's text is shown, its names on their way
    qtbot.waitUntil(lambda: held.started == [a], timeout=10000)
    tab.set_campaign(b)
    qtbot.waitUntil(lambda: held.started == [a, b], timeout=10000)
    assert drafts_text(tab) == ["Text of B."]

    held.release(a)  # the older read ends first: dropped
    assert Worker.wait_for_all(0.5) is False  # B's is still held back
    qtbot.wait(50)
    preview = tab.preview.toPlainText()
    assert "Org of A" not in preview and READING in preview and "Text of B." in preview
    assert tab.context_reading.loading

    held.release(b)
    qtbot.waitUntil(lambda: "Org of B" in tab.preview.toPlainText(), timeout=10000)
    assert "Org of A" not in tab.preview.toPlainText()
    assert [e.name for e in tab.entries] == ["Org of B"]


def test_a_check_for_changes_while_the_text_is_read_reads_no_second_context(
        qtbot, db, held, monkeypatch):
    """The window's first check for teammates' changes often ends before the
    text: compared with nothing, it started a second read of the whole
    context (a second more of a 50,000-signatory campaign's start-up)."""
    cid = new_campaign(db, "Joint statement", "We ask.", "Org Alpha")
    opening = threading.Event()
    real_opening = statement_tab.read_opening
    monkeypatch.setattr(statement_tab, "read_opening", lambda db_, campaign_id: (
        opening.wait(10) and real_opening(db_, campaign_id)))
    tab = make_tab(qtbot, db)
    tab.set_campaign(cid)
    tab.reload_if_changed()  # a teammate committed while the text is on its way
    qtbot.waitUntil(lambda: not tab.change_check.loading, timeout=10000)
    opening.set()
    qtbot.waitUntil(lambda: tab.campaign is not None, timeout=10000)
    held.release(cid)
    qtbot.waitUntil(lambda: "Org Alpha" in tab.preview.toPlainText(), timeout=10000)
    assert Worker.wait_for_all(10)
    assert held.started == [cid]


def test_names_that_cannot_be_read_are_not_called_none(qtbot, db, monkeypatch, answers):
    """A failed context read says why where the names go, never "No
    endorsed signatories yet"."""
    cid = new_campaign(db, "Joint statement", "We ask.", "Org Alpha")

    def unreadable(_db, campaign_id):
        raise ValidationError(f"campaign {campaign_id}: the signatories could not be read")

    monkeypatch.setattr(statement_tab, "read_context", unreadable)
    tab = make_tab(qtbot, db)  # workers inline (tests/ui/conftest.py)
    tab.set_campaign(cid)
    preview = tab.preview.toPlainText()
    assert "We ask." in preview
    assert f"campaign {cid}: the signatories could not be read" in preview
    assert "No endorsed signatories yet" not in preview and READING not in preview
