"""`store.letters.split_entries`: the values that repeat from row to row are
held once (issue 22: the Statement and Export tabs each held a string per
row for every kind, status, country and type of 50,000 endorsers)."""

from __future__ import annotations

from signon.store.campaigns import create_campaign
from signon.store.letters import signatory_entries
from signon.store.signatories import add_signatory


def test_repeated_values_are_one_string_each(session):
    cid = create_campaign(session, "Letter").id
    for n in range(3):
        add_signatory(session, cid, name=f"Group {n}", country="KE", status="endorsed",
                      org_type="ngo")
    add_signatory(session, cid, kind="individual", name="Karim Haddad", country="KE",
                  status="endorsed", title="Professor", affiliation="Nairobi University")
    add_signatory(session, cid, kind="individual", name="Lina Aziz", country="KE",
                  status="endorsed", title="Professor", affiliation="Nairobi University")

    entries = signatory_entries(session, cid)

    assert [e.name for e in entries] == ["Group 0", "Group 1", "Group 2", "Karim Haddad",
                                         "Lina Aziz"]
    first, *others = entries
    for other in others:
        assert other.status is first.status and other.country is first.country
    assert entries[1].kind is entries[2].kind and entries[1].org_type is entries[2].org_type
    assert entries[3].title is entries[4].title == "Professor"
    assert entries[3].affiliation is entries[4].affiliation == "Nairobi University"
