"""The Add dialog's question: is this signatory already on the campaign? (#21)"""

from __future__ import annotations

from signon.store.campaign_duplicates import campaign_matches
from signon.store.campaigns import create_campaign
from signon.store.signatories import add_signatory


def test_same_entry_look_alikes_and_individuals(session):
    cid = create_campaign(session, "Spyware").id
    other = create_campaign(session, "Other").id
    a19 = add_signatory(session, cid, name="ARTICLE 19 UK", status="invited")
    add_signatory(session, cid, name="Asociación por los Derechos Civiles", acronym="ADC",
                  country="AR")
    add_signatory(session, cid, name="Article 18")
    ada = add_signatory(session, cid, kind="individual", name="Ada Lovelace")
    add_signatory(session, other, name="Access Now")

    same = campaign_matches(session, cid, kind="organisation", name="Article 19 uk")
    assert [(m.signatory_id, m.same, m.status) for m in same] == [(a19.id, True, "invited")]

    alike = campaign_matches(session, cid, kind="organisation", name="Article 19")
    assert [(m.name, m.same) for m in alike] == [("ARTICLE 19 UK", False)]  # not Article 18

    by_acronym = campaign_matches(session, cid, kind="organisation", name="ADC")
    assert [m.name for m in by_acronym] == ["Asociación por los Derechos Civiles"]

    assert campaign_matches(session, cid, kind="organisation", name="Access Now") == []
    assert campaign_matches(session, cid, kind="organisation", name="Ada Lovelace") == []
    person = campaign_matches(session, cid, kind="individual", name="ada  lovelace")
    assert [(m.signatory_id, m.same) for m in person] == [(ada.id, False)]
