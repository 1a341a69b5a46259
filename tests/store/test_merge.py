"""Possible duplicates in the directory, and merging two organisations."""

from __future__ import annotations

import pytest
from sqlmodel import select

from signon.domain.errors import ValidationError
from signon.store.campaigns import create_campaign
from signon.store.merge import dismiss_pair, find_duplicates, merge_organisations
from signon.store.models import Contact, Organisation, Signatory, SignatoryEvent
from signon.store.organisations import get_or_create_organisation
from signon.store.signatories import add_signatory, events, set_status


def _org(session, name, **kw):
    return get_or_create_organisation(session, name, **kw)[0]


def test_find_duplicates_acronym_and_near_names(session):
    adc = _org(session, "Asociación por los Derechos Civiles", acronym="ADC", country="AR")
    # entered before its country was known (the acronym rule needs one), then completed
    adc2 = _org(session, "ADC")
    adc2.country = "AR"
    session.add(adc2)
    session.flush()
    brazil = _org(session, "Associação Digital Cidadã", acronym="ADC", country="BR")
    typo = _org(session, "Electronic Frontier Foundaton")
    eff = _org(session, "Electronic Frontier Foundation", acronym="EFF", country="US")
    a19 = _org(session, "Article 19")
    a18 = _org(session, "Article 18")
    _org(session, "Privacy International")
    found = {c.pair: c for c in find_duplicates(session)}
    assert tuple(sorted((adc.id, adc2.id))) in found
    assert "same acronym ADC in AR" in found[tuple(sorted((adc.id, adc2.id)))].reason
    assert tuple(sorted((typo.id, eff.id))) in found
    assert found[tuple(sorted((typo.id, eff.id)))].score >= 90
    assert tuple(sorted((a19.id, a18.id))) not in found  # numbers differ
    assert not any(brazil.id in pair for pair in found)  # same acronym, other country
    assert len(found) == 2


def test_dismissed_pairs_are_not_offered_again(session):
    a = _org(session, "Open Rights Group")
    b = _org(session, "Open Right Group")
    assert [c.pair for c in find_duplicates(session)] == [tuple(sorted((a.id, b.id)))]
    dismiss_pair(session, b.id, a.id)
    assert find_duplicates(session) == []


def test_merge_moves_signatories_contacts_and_fields(session):
    c1 = create_campaign(session, "One")
    c2 = create_campaign(session, "Two")
    keep_sig = add_signatory(session, c1.id, name="Electronic Frontier Foundation",
                             contact_email="info@eff.org", contact_name="Info")
    gone_sig = add_signatory(session, c2.id, name="Electronic Frontier Foundaton",
                             acronym="EFF", country="US", contact_email="INFO@eff.org",
                             contact_phone="+1 415")
    add_signatory(session, c2.id, name="Other")
    keep_id, gone_id = keep_sig.organisation_id, gone_sig.organisation_id
    session.add(Contact(organisation_id=gone_id, name="Press", email="press@eff.org"))
    session.flush()

    result = merge_organisations(session, keep_id, gone_id)
    assert (result.moved_signatories, result.combined_signatories) == (1, 0)
    assert session.get(Organisation, gone_id) is None
    keep = session.get(Organisation, keep_id)
    assert (keep.name, keep.acronym, keep.country) == (
        "Electronic Frontier Foundation", "EFF", "US")
    assert session.get(Signatory, gone_sig.id).organisation_id == keep_id
    contacts = session.exec(select(Contact).where(Contact.organisation_id == keep_id)).all()
    assert sorted(c.email.lower() for c in contacts) == ["info@eff.org", "press@eff.org"]
    info = next(c for c in contacts if c.email.lower() == "info@eff.org")
    assert info.phone == "+1 415"  # the same contact, combined
    assert session.get(Signatory, gone_sig.id).contact_id == info.id


@pytest.mark.parametrize("keep_status,gone_status,survivor", [
    ("invited", "endorsed", "gone"),
    ("endorsed", "declined", "keep"),
])
def test_merge_same_campaign_keeps_strongest_with_all_events(
        session, keep_status, gone_status, survivor):
    c = create_campaign(session, "C")
    keep_sig = add_signatory(session, c.id, name="Article 19", status="prospect")
    gone_sig = add_signatory(session, c.id, name="Article XIX", status="prospect",
                             acronym="A19", country="GB")
    for sig, st in ((keep_sig, keep_status), (gone_sig, gone_status)):
        if st == "endorsed":
            set_status(session, sig.id, "invited", channel="email")
        set_status(session, sig.id, st, channel="form")
    before = {keep_sig.id: len(events(session, keep_sig.id)),
              gone_sig.id: len(events(session, gone_sig.id))}
    result = merge_organisations(session, keep_sig.organisation_id, gone_sig.organisation_id)
    assert result.combined_signatories == 1
    sigs = session.exec(select(Signatory).where(Signatory.campaign_id == c.id)).all()
    assert len(sigs) == 1
    winner = sigs[0]
    assert winner.id == (gone_sig.id if survivor == "gone" else keep_sig.id)
    assert winner.organisation_id == keep_sig.organisation_id
    assert winner.status == "endorsed"
    history = events(session, winner.id)
    assert len(history) == before[keep_sig.id] + before[gone_sig.id] + 1
    assert "merged" in history[-1].note
    assert session.exec(select(SignatoryEvent)).all().__len__() == len(history)


def test_merge_is_refused_for_same_or_missing(session):
    a = _org(session, "A group")
    with pytest.raises(ValidationError):
        merge_organisations(session, a.id, a.id)
    with pytest.raises(ValidationError, match="no organisation"):
        merge_organisations(session, a.id, 9999)


def test_merge_rolls_back_as_a_whole(db):
    with db.session() as s:
        c = create_campaign(s, "C")
        a = add_signatory(s, c.id, name="Alpha", status="invited").organisation_id
        b = add_signatory(s, c.id, name="Alpah", status="endorsed").organisation_id
    with pytest.raises(RuntimeError), db.session() as s:
        merge_organisations(s, a, b)
        raise RuntimeError("crash")
    with db.session() as s:
        assert len(s.exec(select(Organisation)).all()) == 2
        assert len(s.exec(select(Signatory)).all()) == 2
