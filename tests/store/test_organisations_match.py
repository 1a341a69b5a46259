"""The Add dialog's promise holds: the directory entry it announces is the
one the new signatory gets, never a second entry for the same organisation."""

from __future__ import annotations

from sqlmodel import func, select

from signon.store.campaigns import create_campaign
from signon.store.models import Organisation
from signon.store.organisations import get_or_create_organisation, match_organisation
from signon.store.signatories import add_signatory


def test_a_bare_acronym_uses_the_entry_the_dialog_announced(session):
    adc, _ = get_or_create_organisation(
        session, "Asociación por los Derechos Civiles", acronym="ADC", country="AR")
    before = session.exec(select(func.count()).select_from(Organisation)).one()
    announced = match_organisation(session, "ADC", country="AR")
    assert announced.id == adc.id
    cid = create_campaign(session, "Letter").id
    sig = add_signatory(session, cid, name="ADC", country="AR", website="https://adc.org.ar")
    assert sig.organisation_id == adc.id
    assert session.exec(select(func.count()).select_from(Organisation)).one() == before
    assert session.get(Organisation, adc.id).website == "https://adc.org.ar"  # completed


def test_the_same_acronym_elsewhere_is_another_organisation(session):
    adc, _ = get_or_create_organisation(
        session, "Asociación por los Derechos Civiles", acronym="ADC", country="AR")
    brazil, _ = get_or_create_organisation(session, "Associação Digital Cidadã",
                                           acronym="ADC", country="BR")
    assert brazil.id != adc.id
    assert match_organisation(session, "ADC", country="BR").id == brazil.id
    assert match_organisation(session, "ADC", country="AR").id == adc.id
    assert match_organisation(session, "ADC") is None  # no country: the acronym is too weak
