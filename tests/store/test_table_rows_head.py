"""The signatories table's first rows (issue 22): what the table shows of a
big campaign while all its rows are read."""

from __future__ import annotations

import pytest

from signon.store import dbapi
from signon.store.campaigns import create_campaign
from signon.store.signatories import add_signatory, first_table_rows, table_rows


@pytest.fixture
def campaign(session):
    return create_campaign(session, "AI resolution")


def test_first_rows_are_the_campaigns_first_in_its_order(session, campaign):
    ids = [add_signatory(session, campaign.id, name=name).id
           for name in ("Zeta", "Alpha", "Mu", "Beta")]
    other = create_campaign(session, "Another letter")
    add_signatory(session, other.id, name="Elsewhere")
    assert [r[0] for r in first_table_rows(session, campaign.id, 2)] == ids[:2]
    assert first_table_rows(session, campaign.id, 2) == table_rows(session, campaign.id)[:2]
    assert [r[0] for r in first_table_rows(session, campaign.id, 10)] == ids


def test_shared_repeats_keep_every_row_in_order():
    """Batches held as tuples until the end: the same rows, in order, with
    equal values of the shared columns held once."""
    first, second = ("".join(["endo", "rsed"]) for _ in range(2))  # equal, not the same
    assert first is not second
    batches = [[(1, first, "x1"), (2, "invited", "x2")], [], [(3, second, "x3")]]
    rows = dbapi.share_repeats(iter(batches), (1,))
    assert rows == [(1, "endorsed", "x1"), (2, "invited", "x2"), (3, "endorsed", "x3")]
    assert isinstance(rows, list)
    assert rows[0][1] is rows[2][1]
