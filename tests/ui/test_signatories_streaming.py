"""A big campaign in the Signatories table (issue 22): its first rows show
at once while all are read, and what the table holds is freed off the GUI
thread. `HEAD_ROWS` is made small so a handful of signatories is "big"."""

from __future__ import annotations

import threading

import pytest

from signon.store.campaigns import create_campaign
from signon.store.signatories import add_signatory
from signon.ui import signatories_tab
from signon.ui.signatories.table_model import (
    COL_NAME,
    COL_STATUS,
    ID,
    NAME,
    SignatoryTableModel,
    let_go,
    prepare_rows,
    search_texts,
)
from signon.ui.worker import Worker

#: In the campaign's order (its positions), not by name.
NAMES = ("Zeta Network", "Mu Foundation", "Ümit Derneği", "Alpha Institute",
         "Beta Alliance", "Ómicron Lab", "Gamma Coalition")
STATUSES = ("invited", "endorsed", "prospect", "endorsed", "declined", "invited", "endorsed")


def _by_name(names) -> list[str]:
    from signon.ui.signatories.table_model import fold_fast

    return sorted(names, key=fold_fast)


@pytest.fixture
def head(monkeypatch) -> int:
    monkeypatch.setattr(signatories_tab, "HEAD_ROWS", 3)
    return 3


@pytest.fixture
def big(db) -> int:
    with db.session() as s:
        campaign = create_campaign(s, "Big letter")
        for name, status in zip(NAMES, STATUSES, strict=True):
            add_signatory(s, campaign.id, name=name, country="AR", status=status)
        return campaign.id


@pytest.fixture
def small(db) -> int:
    with db.session() as s:
        campaign = create_campaign(s, "Small letter")
        add_signatory(s, campaign.id, name="Only One", status="invited")
        return campaign.id


def _tab(qtbot, db):
    tab = signatories_tab.SignatoriesTab(db)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    return tab


@pytest.fixture
def held_back(monkeypatch, big):
    """Real worker threads, and the whole read of the big campaign
    (`read_table`) waiting until the test lets it go: what the tab shows
    meanwhile can be looked at."""
    monkeypatch.setattr(Worker, "inline", False)
    release = threading.Event()
    real = signatories_tab.read_table

    def waiting(db, campaign_id):
        if campaign_id == big:
            assert release.wait(30)
        return real(db, campaign_id)

    monkeypatch.setattr(signatories_tab, "read_table", waiting)
    yield release
    release.set()
    assert Worker.wait_for_all(30)


def test_the_first_rows_show_while_the_rest_are_read(qtbot, db, head, big, held_back):
    tab = _tab(qtbot, db)
    tab.set_campaign(big)
    qtbot.waitUntil(lambda: tab.model.total == head)
    assert tab.reading.loading
    # the campaign's first rows (by position), in the table's order (by name)
    assert tab.shown_names() == _by_name(NAMES[:head])
    # what needs every row waits: search, status filter, writes; the counts say why
    assert not tab.search.isEnabled() and not tab.status_filter.isEnabled()
    assert not tab.add_action.isEnabled() and not tab.import_action.isEnabled()
    assert tab.counts.text() == "Loading signatories…"
    held_back.set()
    qtbot.waitUntil(lambda: not tab.reading.loading and tab.model.total == len(NAMES))
    assert tab.shown_names() == _by_name(NAMES)
    assert tab.search.isEnabled() and tab.status_filter.isEnabled()
    assert tab.add_action.isEnabled()
    assert "7" in tab.counts.text()


def test_a_stale_read_of_every_row_is_dropped(qtbot, db, head, big, small, held_back):
    tab = _tab(qtbot, db)
    tab.set_campaign(big)
    qtbot.waitUntil(lambda: tab.model.total == head)
    tab.set_campaign(small)  # before the big campaign's rows are all read
    qtbot.waitUntil(lambda: not tab.reading.loading and tab.shown_names() == ["Only One"])
    held_back.set()
    assert Worker.wait_for_all(30)
    qtbot.wait(50)  # the dropped result's turn of the event loop
    assert tab.shown_names() == ["Only One"]
    assert tab.search.isEnabled() and tab.add_action.isEnabled()


def test_first_rows_read_after_all_of_them_are_not_shown(qtbot, db, head, big):
    """Inline, every row is read before the first ones: those are dropped."""
    shown = []
    tab = _tab(qtbot, db)
    tab.model.modelReset.connect(lambda: shown.append(tab.model.total))
    tab.set_campaign(big)
    assert shown[-1] == len(NAMES) and head not in shown


def test_order_filter_and_selection_hold_after_every_row_is_read(qtbot, db, head, big):
    tab = _tab(qtbot, db)
    tab.set_campaign(big)
    assert tab.shown_names() == _by_name(NAMES)
    # a selection beyond the first rows survives a reload
    last = next(i for i, n in zip(tab.shown_ids(), tab.shown_names(), strict=True)
                if n == "Gamma Coalition")
    tab.select_ids([last])
    tab.reload()
    assert tab.selected_ids() == [last]
    assert tab.shown_id == last
    # the search finds rows that were not among the first ones, accents folded
    tab.search.setText("omicron")
    tab.apply_filter_now()
    assert tab.shown_names() == ["Ómicron Lab"]
    tab.search.clear()
    tab.set_status_filter("endorsed")
    assert tab.shown_names() == _by_name(
        n for n, s in zip(NAMES, STATUSES, strict=True) if s == "endorsed")
    tab.set_status_filter(None)
    # a sort chosen by the person is kept for the rows that arrive after
    tab.table.sortByColumn(COL_STATUS, tab.table.horizontalHeader().sortIndicatorOrder())
    tab.reload()
    ranks = [tab.model._keys_of(COL_STATUS, [tab.model.row_tuple(r)])[0]
             for r in range(tab.model.rowCount())]
    assert ranks == sorted(ranks)
    tab.table.sortByColumn(COL_NAME, tab.table.horizontalHeader().sortIndicatorOrder())


def test_switching_away_frees_the_rows_off_the_gui_thread(qtbot, db, big, small, monkeypatch):
    handed: list[list] = []
    monkeypatch.setattr(signatories_tab, "let_go",
                        lambda held, progress: handed.append(list(held)) or let_go(
                            held, progress=progress))
    tab = _tab(qtbot, db)
    tab.set_campaign(big)
    rows = tab.model._rows
    tab.set_campaign(small)
    assert handed and any(container is rows for container in handed[0])
    assert tab.shown_names() == ["Only One"]


def _model(rows) -> tuple[SignatoryTableModel, object]:
    model = SignatoryTableModel()
    model.sort(COL_NAME)
    prepared = prepare_rows(rows)
    model.show_prepared(prepared)
    return model, prepared


def _row(sid: int, name: str, status: str = "invited") -> tuple:
    return (sid, "organisation", name, "", "AR", "", status, None, None, None, None, sid)


def test_search_texts_folded_before_an_edit_are_folded_again():
    """The search texts arrive after the rows; a row edited in between is
    searched by its new name, not by the one its text was folded from."""
    model, prepared = _model([_row(1, "Zeta"), _row(2, "Alpha")])
    texts = search_texts(prepared)  # folded from the rows as first read
    model.replace_rows([_row(2, "Renamed Group")])
    model.add_search(prepared.rows, texts)
    model.set_filter("renamed", None)
    assert [model.row_tuple(r)[NAME] for r in range(model.rowCount())] == ["Renamed Group"]
    model.set_filter("alpha", None)
    assert model.rowCount() == 0


def test_texts_for_rows_no_longer_shown_are_dropped():
    model, prepared = _model([_row(1, "Zeta")])
    model.show_prepared(prepare_rows([_row(3, "Gamma")]))
    model.add_search(prepared.rows, search_texts(prepared))
    model.set_filter("zeta", None)
    assert model.rowCount() == 0
    model.set_filter("gamma", None)
    assert [model.row_tuple(0)[ID]] == [3]


def test_a_status_change_sorted_by_name_keeps_the_order_it_had(monkeypatch):
    """Statuses moved, names did not: counts follow, nothing is sorted again
    (at 200,000 rows that sort froze the window 0.2 s)."""
    model, _ = _model([_row(1, "Zeta"), _row(2, "Alpha"), _row(3, "Mu", "endorsed")])
    order = [model.signatory_id(r) for r in range(3)]
    monkeypatch.setattr(model, "_sorted_order", lambda: pytest.fail("sorted again"))
    model.update_statuses([(1, "endorsed", 1, "2026-03-01")])
    assert [model.signatory_id(r) for r in range(3)] == order == [2, 3, 1]
    assert model.counts() == {"endorsed": 2, "invited": 1}
    model.update_statuses([(2, "endorsed", 1, "2026-03-01")])
    assert "invited" not in model.counts()


def test_a_status_change_sorted_by_status_sorts_again():
    model, _ = _model([_row(1, "Zeta", "endorsed"), _row(2, "Alpha"), _row(3, "Mu")])
    model.sort(COL_STATUS)
    assert [model.signatory_id(r) for r in range(3)] == [2, 3, 1]
    model.update_statuses([(3, "prospect", None, None)])
    assert [model.signatory_id(r) for r in range(3)] == [3, 2, 1]
    model.replace_rows([_row(1, "Zeta", "prospect")])
    assert [model.signatory_id(r) for r in range(3)] == [1, 3, 2]


def test_let_go_empties_what_it_is_handed():
    model, _ = _model([_row(i, f"Name {i}") for i in range(1, 12)])
    model.row_of_id(3)
    held = model.take_rows()
    assert model.total == 0 and model.rowCount() == 0
    assert any(isinstance(container, dict) for container in held)
    let_go(held)
    assert held == []
