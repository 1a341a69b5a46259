"""The signatories table's first rows and its header (issue 22): what the
table shows of a big campaign while all its rows are read."""

from __future__ import annotations

import pytest

from signon.domain.errors import ValidationError
from signon.store import dbapi
from signon.store.campaigns import create_campaign
from signon.store.signatories import add_signatory, table_header, table_rows


@pytest.fixture
def campaign(session):
    return create_campaign(session, "AI resolution")


def test_limit_gives_the_campaigns_first_rows_in_its_order(session, campaign):
    ids = [add_signatory(session, campaign.id, name=name).id
           for name in ("Zeta", "Alpha", "Mu", "Beta")]
    other = create_campaign(session, "Another letter")
    add_signatory(session, other.id, name="Elsewhere")
    assert [r[0] for r in table_rows(session, campaign.id, limit=2)] == ids[:2]
    assert table_rows(session, campaign.id, limit=2) == table_rows(session, campaign.id)[:2]
    assert [r[0] for r in table_rows(session, campaign.id, limit=10)] == ids


def test_header_counts_the_campaigns_signatories_only(session, campaign):
    for name in ("Zeta", "Alpha", "Mu"):
        add_signatory(session, campaign.id, name=name)
    other = create_campaign(session, "Another letter")
    add_signatory(session, other.id, name="Elsewhere")
    header = table_header(session, campaign.id)
    assert header.count == 3
    assert header.signatory_policy == campaign.signatory_policy
    assert header.keep_reconfirmation == campaign.keep_reconfirmation
    assert table_header(session, create_campaign(session, "Empty").id).count == 0


def test_header_of_a_deleted_campaign_says_so(session):
    with pytest.raises(ValidationError, match="no campaign with id 999"):
        table_header(session, 999)


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
