"""The Signatories table's default order is computed where the rows are read
(issue 22), slice by slice: the same order as one `sorted`, ties included."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt

from signon.ui.signatories import table_model
from signon.ui.signatories.table_model import (
    COL_NAME,
    SignatoryTableModel,
    prepare_rows,
    sorted_in_slices,
)


def test_slices_merge_into_the_order_one_sort_gives(monkeypatch):
    monkeypatch.setattr(table_model, "SORT_SLICE", 7)
    rnd = random.Random(3)
    keys = [rnd.choice("abcde") + rnd.choice("xyz") for _ in range(100)]  # many ties
    assert sorted_in_slices(len(keys), keys) == sorted(range(len(keys)), key=keys.__getitem__)
    assert sorted_in_slices(0, []) == []


def test_the_model_shows_the_prepared_order_by_name(qtbot):
    rows = [(n, "organisation", name, "", "KE", "", "endorsed", None, None, "", "", n)
            for n, name in enumerate(["Zeta Group", "Ábaco Red", "beta collective", "Alpha"])]
    prepared = prepare_rows(rows)
    assert prepared.counts == {"endorsed": 4}
    model = SignatoryTableModel()
    model.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    model.show_prepared(prepared)
    shown = [model.row_tuple(r)[2] for r in range(model.rowCount())]
    assert shown == ["Ábaco Red", "Alpha", "beta collective", "Zeta Group"]


def test_the_rows_show_before_their_search_texts_and_a_search_works_either_way(qtbot):
    """The table appears with its rows and order; the search texts come after
    (`search_texts`, off the GUI thread). A search typed before they come
    builds them; texts for rows no longer shown are dropped."""
    from signon.ui.signatories.table_model import search_texts

    rows = [(1, "organisation", "Asociación Civil", "ADC", "AR", "", "endorsed", None, None,
             "", "", 1),
            (2, "individual", "Karim Haddad", "", "LB", "", "invited", None, None,
             "Researcher", "Université Saint-Joseph", None)]
    early, late = SignatoryTableModel(), SignatoryTableModel()
    for model in (early, late):
        model.show_prepared(prepare_rows(rows))
        assert model.rowCount() == 2
    early.set_filter("universite", None)  # before the texts: built now
    assert [early.row_tuple(r)[0] for r in range(early.rowCount())] == [2]

    prepared = prepare_rows(rows)
    late.show_prepared(prepared)
    late.add_search(prepare_rows(rows).rows, ["nothing"] * 2)  # other rows: dropped
    late.add_search(prepared.rows, search_texts(prepared))
    late.set_filter("adc", None)
    assert [late.row_tuple(r)[0] for r in range(late.rowCount())] == [1]
    late.set_filter("lebanon", None)  # the country's name, in the interface language
    assert [late.row_tuple(r)[0] for r in range(late.rowCount())] == [2]
