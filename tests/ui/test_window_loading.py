"""The window reads off the GUI thread (issue 22) and reopens the last campaign
(issue 21): the campaign list after a write or a teammate's commit, the
visible tab before the window says it is ready, the tabs' checks for a
teammate's change.

These tests run real worker threads (the other GUI tests run them inline):
what they check is that the GUI thread does not wait for the read.
"""

from __future__ import annotations

import threading

import pytest

from signon.store.campaigns import create_campaign
from signon.store.signatories import add_signatory
from signon.ui.worker import Worker


@pytest.fixture
def threads(monkeypatch):
    monkeypatch.setattr(Worker, "inline", False)


def titles(window) -> list[str]:
    model = window.campaign_list.model()
    return [model.summary(row).title for row in range(model.rowCount())]


def open_window(qtbot, db):
    from signon.ui.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.is_ready, timeout=20000)
    return window


def test_the_window_reopens_the_campaign_shown_last(qtbot, db, answers):
    with db.session() as s:
        create_campaign(s, "First letter")
        second = create_campaign(s, "Second letter").id
    window = open_window(qtbot, db)
    assert window.campaign_id != second
    window.campaign_list.select_campaign(second)
    assert window.campaign_id == second
    window.close()

    again = open_window(qtbot, db)
    assert again.campaign_id == second
    assert again.heading.text() == "Second letter"
    again.close()


def test_a_deleted_last_campaign_opens_the_first(qtbot, db, answers):
    from signon.store.campaigns import delete_campaign

    with db.session() as s:
        create_campaign(s, "First letter")
        second = create_campaign(s, "Second letter").id
    window = open_window(qtbot, db)
    window.campaign_list.select_campaign(second)
    window.close()
    with db.session() as s:
        delete_campaign(s, second)
    again = open_window(qtbot, db)
    assert again.heading.text() == "First letter"
    again.close()


def test_ready_waits_for_the_visible_tab(qtbot, db, answers, threads, monkeypatch):
    """The title naming the database (and `ready`) come once the tab in
    view shows the campaign, not when its read has only started."""
    from signon.ui import campaign_load
    from signon.ui.campaign_load import CampaignLoad

    with db.session() as s:
        create_campaign(s, "Joint statement")
    release = threading.Event()
    real = campaign_load._read_campaign

    def held(read, db_, *args, progress):
        if read.__name__ == "read_opening":
            release.wait(20)
        return real(read, db_, *args, progress=progress)

    monkeypatch.setattr(campaign_load, "_read_campaign", held)
    from signon.ui.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.tabs and window.tabs[0] is not None, timeout=20000)
    qtbot.wait(200)
    assert not window.is_ready() and window.windowTitle() == "Sign-on"
    assert titles(window) == ["Joint statement"]  # the list is shown meanwhile
    release.set()
    qtbot.waitUntil(window.is_ready, timeout=20000)
    tab = window.tabs[0]
    # what it shows is read; a check for teammates' changes may still run
    assert not any(load.loading and not load.background
                   for load in tab.findChildren(CampaignLoad))
    assert tab.campaign is not None and tab.campaign.title == "Joint statement"
    assert window.windowTitle().endswith("— Sign-on") and window.windowTitle() != "Sign-on"
    window.close()


def test_refresh_reads_the_list_in_the_background(qtbot, db, answers, threads, monkeypatch):
    from signon.ui import main_window as main_window_module

    with db.session() as s:
        create_campaign(s, "Ours")
    window = open_window(qtbot, db)
    release = threading.Event()
    real = main_window_module.read_campaign_list

    def slow_list(db_):
        release.wait(20)
        return real(db_)

    monkeypatch.setattr(window.listing, "_read", slow_list)
    with db.session() as s:
        theirs = create_campaign(s, "Theirs").id
    window.refresh(select=theirs)
    # returns at once: the GUI thread did not wait for the read
    assert titles(window) == ["Ours"]
    window.refresh()  # a later refresh keeps the selection the first one asked for
    release.set()
    qtbot.waitUntil(lambda: titles(window) == ["Ours", "Theirs"], timeout=20000)
    assert window.campaign_id == theirs
    window.close()


def test_a_tabs_change_check_reads_in_the_background(qtbot, db, answers, threads,
                                                     monkeypatch):
    """The Signatories tab's check for a teammate's change (LiveRefresh,
    and every return to the tab) reads off the GUI thread, then patches
    only the rows whose status moved."""
    from signon.ui import signatories_tab as module

    with db.session() as s:
        cid = create_campaign(s, "Joint statement").id
        first = add_signatory(s, cid, name="Org A", country="KE").id
        add_signatory(s, cid, name="Org B", country="KE")
    window = open_window(qtbot, db)
    window.tab_widget.setCurrentIndex(1)
    tab = window.tabs[1]
    qtbot.waitUntil(lambda: tab.model.total == 2, timeout=20000)
    release = threading.Event()
    real = module.read_changes

    def slow_check(*args):
        release.wait(20)
        return real(*args)

    monkeypatch.setattr(tab.change_check, "_read", slow_check)
    from signon.store.signatories import set_status
    from signon.ui.signatories.table_model import STATUS

    with db.session() as s:
        set_status(s, first, "invited")
    tab.reload_if_changed()
    assert tab.model.find(first)[STATUS] == "prospect"  # not read yet, and not waited for
    release.set()
    qtbot.waitUntil(lambda: tab.model.find(first)[STATUS] == "invited", timeout=20000)
    assert not tab.reading.loading  # those rows only, not the whole table
    window.close()


def test_a_tab_click_reads_only_after_a_change_elsewhere(main_window, db, qtbot):
    """Coming back to a tab reads again only when another tab wrote (or a
    teammate committed) meanwhile: on a distant team server every click
    used to cost its reads."""
    with db.session() as s:
        cid = create_campaign(s, "Joint statement").id
        add_signatory(s, cid, name="Org A", status="endorsed")
    main_window.refresh(select=cid)
    statement = main_window.tab(0)
    reads = []
    real = statement.context_reading._read
    statement.context_reading._read = lambda *a: reads.append(a[1]) or real(*a)

    main_window.tab_widget.setCurrentIndex(1)
    signatories = main_window.tabs[1]
    main_window.tab_widget.setCurrentIndex(0)
    assert reads == []  # nothing changed: nothing read

    main_window.tab_widget.setCurrentIndex(1)
    signatories.changed.emit()  # the Signatories tab wrote
    main_window.tab_widget.setCurrentIndex(0)
    assert reads == [cid]
    main_window.tab_widget.setCurrentIndex(1)
    main_window.tab_widget.setCurrentIndex(0)
    assert reads == [cid]  # once


def test_a_big_campaigns_rows_are_let_go_of_out_of_view(main_window, db, monkeypatch):
    """Out of view, a tab holding more than LET_GO_ROWS rows lets go of
    them and reads them again when shown (issue 22: peak memory)."""
    from signon.ui import campaign_tab

    monkeypatch.setattr(campaign_tab, "LET_GO_ROWS", 2)
    with db.session() as s:
        cid = create_campaign(s, "Joint statement").id
        for n in range(3):
            add_signatory(s, cid, name=f"Org {n}")
        small = create_campaign(s, "Small").id
        add_signatory(s, small, name="Only one")
    main_window.refresh(select=cid)
    main_window.tab_widget.setCurrentIndex(1)
    signatories = main_window.tabs[1]
    assert signatories.model.total == 3
    main_window.tab_widget.setCurrentIndex(2)  # Outreach: 3 recipients
    outreach = main_window.tabs[2]
    assert outreach.held_rows() == 3
    assert signatories.model.total == 0 and signatories.stale  # let go of
    main_window.tab_widget.setCurrentIndex(1)
    assert signatories.model.total == 3 and not signatories.stale
    assert outreach.snapshot is None and outreach.stale

    main_window.campaign_list.select_campaign(small)  # a small one is kept
    main_window.tab_widget.setCurrentIndex(0)
    assert signatories.model.total == 1 and not signatories.stale
