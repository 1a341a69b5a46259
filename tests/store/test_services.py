"""Store services on a real temp database: campaigns and signatories."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlmodel import select

from signon.domain.compose import SectionDraft
from signon.domain.errors import ValidationError, WorkflowError
from signon.store.campaigns import (
    create_campaign,
    delete_campaign,
    duplicate_campaign,
    find_campaign,
    get_campaign,
    update_campaign,
)
from signon.store.dbapi import list_campaigns
from signon.store.models import (
    Campaign,
    Organisation,
    Section,
    SectionItem,
    Signatory,
    SignatoryEvent,
    StatementVersion,
)
from signon.store.setting_keys import ENDORSEMENTS_KEPT, LETTERHEAD, SMTP
from signon.store.settings import (
    campaign_settings,
    get_setting,
    restore_campaign_settings,
    set_setting,
)
from signon.store.signatories import add_signatory, events, list_signatories, set_status
from signon.store.statements import freeze_version, load_sections, replace_sections


def test_create_and_rename(session):
    c = create_campaign(session, "  Letter on the GDC  ", addressee="UN Member States",
                        deadline=date(2026, 12, 1))
    assert (c.title, c.status, c.signatory_heading) == ("Letter on the GDC", "drafting",
                                                       "Signatories")
    before = c.updated_at
    update_campaign(session, c.id, title="Letter on the Global Digital Compact",
                    status="collecting")
    again = get_campaign(session, c.id)
    assert (again.title, again.status) == ("Letter on the Global Digital Compact", "collecting")
    assert again.updated_at >= before


@pytest.mark.parametrize("fields, message", [
    ({"title": "   "}, "a campaign needs a title"),
    ({"status": "open"}, "campaign status 'open' is not one of drafting, collecting"),
    ({"colour": "red"}, "unknown campaign field 'colour'"),
])
def test_update_refuses_bad_fields(session, fields, message):
    c = create_campaign(session, "Letter")
    with pytest.raises(ValidationError, match=message):
        update_campaign(session, c.id, **fields)


def test_create_needs_a_title(session):
    with pytest.raises(ValidationError, match="needs a title"):
        create_campaign(session, " ")


def statement(session, campaign_id):
    replace_sections(session, campaign_id, [
        SectionDraft(kind="intro", text="We, the undersigned."),
        SectionDraft(kind="concern", lead="Concerns:", items=["one", "two", "three"]),
    ])


def test_duplicate_copies_statement_and_resets_signatories(session):
    c = create_campaign(session, "Original", addressee="States", signatory_policy="both")
    statement(session, c.id)
    freeze_version(session, c.id)
    sig = add_signatory(session, c.id, name="Access Now", country="US", status="invited")
    set_status(session, sig.id, "endorsed", channel="email")
    add_signatory(session, c.id, kind="individual", name="Ada Lovelace", title="Professor")

    copy = duplicate_campaign(session, c.id)
    assert (copy.title, copy.status, copy.addressee, copy.signatory_policy) == (
        "Original (copy)", "drafting", "States", "both")
    assert load_sections(session, copy.id) == load_sections(session, c.id)
    rows = list_signatories(session, copy.id)
    assert [(r.name, r.status, r.endorsed_at) for r in rows] == [
        ("Access Now", "prospect", None), ("Ada Lovelace", "prospect", None)]
    assert session.exec(select(StatementVersion).where(
        StatementVersion.campaign_id == copy.id)).all() == []
    assert [e.note for e in events(session, rows[0].id)] == [f"copied from campaign {c.id}"]
    # the original is untouched
    assert [r.status for r in list_signatories(session, c.id)] == ["endorsed", "prospect"]


def test_duplicate_keeps_translations_and_outreach_settings(session):
    from signon.store.translations import (
        campaign_translation,
        set_campaign_translation,
        set_translation_languages,
    )

    c = create_campaign(session, "Original")
    set_translation_languages(session, c.id, ["es"])
    set_campaign_translation(session, c.id, "es", "title", "Declaración")
    c.form_link, c.coordinator, c.reminder_days = "https://example.org/f", "Ana", "5,1"
    session.add(c)
    copy = duplicate_campaign(session, c.id)
    assert copy.languages == "es"
    assert campaign_translation(session, copy.id, "es")["title"] == "Declaración"
    assert (copy.form_link, copy.coordinator, copy.reminder_days) == (
        "https://example.org/f", "Ana", "5,1")


@pytest.mark.parametrize(("typed", "stored"), [
    ("https://forms.example/sign", "https://forms.example/sign"),
    ("  forms.example/sign ", "https://forms.example/sign"),
    ("http://intranet.example/f", "http://intranet.example/f"),
    ("", ""),
])
def test_form_link_is_a_web_address(session, typed, stored):
    c = create_campaign(session, "Letter", form_link=typed, coordinator=" Ana  García ")
    assert (c.form_link, c.coordinator) == (stored, "Ana García")


@pytest.mark.parametrize("link", ["javascript:alert(1)", "mailto:team@example.org",
                                  "file:///tmp/x", "/home/ana/form", "two words"])
def test_form_link_of_another_kind_is_refused(session, link):
    c = create_campaign(session, "Letter", form_link="https://forms.example/sign")
    with pytest.raises(ValidationError, match="form link: .* is not a web address"):
        update_campaign(session, c.id, form_link=link)
    with pytest.raises(ValidationError, match="is not a web address"):
        create_campaign(session, "Another", form_link=link)


def test_duplicate_keeps_a_link_saved_before_links_were_checked(session):
    c = create_campaign(session, "Original")
    c.form_link = "mailto:team@example.org"
    session.add(c)
    assert duplicate_campaign(session, c.id).form_link == "mailto:team@example.org"


def test_delete_removes_everything_of_the_campaign_only(session):
    keep = create_campaign(session, "Keep")
    gone = create_campaign(session, "Gone")
    for cid in (keep.id, gone.id):
        statement(session, cid)
        freeze_version(session, cid)
        add_signatory(session, cid, name="Privacy International", status="endorsed")
    delete_campaign(session, gone.id)
    assert [c.title for c in session.exec(select(Campaign))] == ["Keep"]
    for table in (Section, StatementVersion, Signatory):
        assert {r.campaign_id for r in session.exec(select(table))} == {keep.id}
    assert len(session.exec(select(SectionItem)).all()) == 3
    assert len(session.exec(select(SignatoryEvent)).all()) == 1
    # the organisation stays in the directory
    assert [o.name for o in session.exec(select(Organisation))] == ["Privacy International"]


def test_delete_removes_the_campaigns_own_settings_and_undo_can_put_them_back(session):
    keep = create_campaign(session, "Keep")
    gone = create_campaign(session, "Gone")
    for cid in (keep.id, gone.id):
        set_setting(session, LETTERHEAD, f"/logos/{cid}.png", campaign_id=cid)
        set_setting(session, ENDORSEMENTS_KEPT, 2, campaign_id=cid)
    set_setting(session, SMTP, {"host": "smtp.example.org"})
    saved = campaign_settings(session, gone.id)
    assert saved == {"export.letterhead.{campaign_id}": f'"/logos/{gone.id}.png"',
                     "reconfirm.kept.{campaign_id}": "2"}
    delete_campaign(session, gone.id)
    assert campaign_settings(session, gone.id) == {}
    assert get_setting(session, LETTERHEAD, campaign_id=keep.id) == f"/logos/{keep.id}.png"
    assert get_setting(session, ENDORSEMENTS_KEPT, campaign_id=keep.id) == 2
    assert get_setting(session, SMTP) == {"host": "smtp.example.org"}
    # a campaign that reuses the id (SQLite does, for the last one) starts without them
    assert get_setting(session, LETTERHEAD, campaign_id=create_campaign(session, "New").id) \
        is None
    back = create_campaign(session, "Gone")  # what undo does: the campaign under a new id
    restore_campaign_settings(session, back.id, saved)
    assert campaign_settings(session, back.id) == saved


def test_find_campaign_by_id_title_and_prefix(session):
    a = create_campaign(session, "Letter on AI")
    b = create_campaign(session, "Letter on AI governance")
    create_campaign(session, "Statement on spyware")
    assert find_campaign(session, str(a.id)).id == a.id
    assert find_campaign(session, "letter on ai").id == a.id  # exact beats prefix
    assert find_campaign(session, "Letter on AI gov").id == b.id
    assert find_campaign(session, "statement").title == "Statement on spyware"
    with pytest.raises(ValidationError, match=r"'Letter' matches several campaigns \(ids "):
        find_campaign(session, "Letter")
    with pytest.raises(ValidationError, match="no campaign 'Petition'; see `signon list"):
        find_campaign(session, "Petition")


def test_same_title_twice_needs_the_id(session):
    a = create_campaign(session, "Letter")
    b = create_campaign(session, "Letter")
    with pytest.raises(ValidationError, match=f"ids {a.id}, {b.id}"):
        find_campaign(session, "Letter")


def test_list_campaigns_counts_by_status(session):
    c = create_campaign(session, "B letter")
    create_campaign(session, "A letter")
    add_signatory(session, c.id, name="ARTICLE 19", status="endorsed")
    add_signatory(session, c.id, name="Digital Action", status="invited")
    add_signatory(session, c.id, name="Access Now", status="invited")
    rows = list_campaigns(session)
    assert [r.title for r in rows] == ["A letter", "B letter"]
    assert rows[1].counts == {"endorsed": 1, "invited": 2} and rows[1].total == 3
    assert rows[0].counts == {} and rows[0].total == 0


def test_add_signatory_records_creation(session):
    c = create_campaign(session, "Letter")
    at = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    sig = add_signatory(session, c.id, name="Association for Progressive Communications",
                        acronym="APC", country="za", status="endorsed", channel="form", at=at,
                        contact_email="policy@apc.example.org")
    row = list_signatories(session, c.id)[0]
    assert (row.name, row.acronym, row.country, row.status) == (
        "Association for Progressive Communications", "APC", "ZA", "endorsed")
    assert sig.endorsed_at == at
    history = events(session, sig.id)
    assert [(e.from_status, e.to_status, e.channel, e.at) for e in history] == [
        (None, "endorsed", "form", at)]


@pytest.mark.parametrize("fields, message", [
    ({"name": "  "}, "a signatory needs a name"),
    ({"name": "X", "kind": "robot"}, "signatory type 'robot' is not organisation or individual"),
    ({"name": "X", "status": "maybe"}, "'maybe' is not one of prospect, invited"),
])
def test_add_signatory_refuses(session, fields, message):
    c = create_campaign(session, "Letter")
    with pytest.raises((ValidationError, WorkflowError), match=message):
        add_signatory(session, c.id, **fields)


def test_same_organisation_twice_is_refused(session):
    c = create_campaign(session, "Letter")
    add_signatory(session, c.id, name="ARTICLE 19")
    with pytest.raises(ValidationError, match="ARTICLE 19 is already a signatory"):
        add_signatory(session, c.id, name="Article 19 ")


def test_namesake_individuals_are_two_people(session):
    c = create_campaign(session, "Letter")
    add_signatory(session, c.id, kind="individual", name="Ada Lovelace", affiliation="A")
    add_signatory(session, c.id, kind="individual", name="Ada Lovelace", affiliation="B")
    assert len(list_signatories(session, c.id)) == 2


def test_status_changes_follow_the_workflow_and_are_recorded(session):
    c = create_campaign(session, "Letter")
    sig = add_signatory(session, c.id, name="Digital Action")
    set_status(session, sig.id, "invited", channel="email", note="invitation")
    set_status(session, sig.id, "reminded")
    set_status(session, sig.id, "endorsed", channel="form", version=1)
    with pytest.raises(WorkflowError, match="cannot change status from endorsed to invited; "
                                            "from endorsed a signatory can move to "
                                            "needs_reconfirmation, withdrawn"):
        set_status(session, sig.id, "invited")
    set_status(session, sig.id, "withdrawn", note="board decision")
    row = session.get(Signatory, sig.id)
    assert (row.status, row.channel, row.endorsed_version) == ("withdrawn", "form", 1)
    assert [(e.from_status, e.to_status) for e in events(session, sig.id)] == [
        (None, "prospect"), ("prospect", "invited"), ("invited", "reminded"),
        ("reminded", "endorsed"), ("endorsed", "withdrawn")]
    assert events(session, sig.id)[-1].note == "board decision"


def test_refused_change_writes_no_event(session):
    c = create_campaign(session, "Letter")
    sig = add_signatory(session, c.id, name="Digital Action", status="declined")
    with pytest.raises(WorkflowError):
        set_status(session, sig.id, "reminded")
    assert session.get(Signatory, sig.id).status == "declined"
    assert len(events(session, sig.id)) == 1


def test_set_status_of_unknown_signatory(session):
    with pytest.raises(ValidationError, match="no signatory with id 99"):
        set_status(session, 99, "invited")
