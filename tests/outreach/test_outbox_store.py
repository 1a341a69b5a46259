"""Templates, recipients and the outbox in the database: every problem is
found before anything is queued, and queuing twice never doubles a message."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from outreach.conftest import queue, without_fallbacks
from signon.domain.addresses import BOUNCED, INVALID, NO_ADDRESS
from signon.domain.audience import INVALID_ADDRESS, NOT_FOR_THEM, LeftOut
from signon.domain.errors import ValidationError
from signon.domain.message_templates import TemplateError
from signon.outreach.deadlines import close_unanswered, queue_due_reminders, unanswered
from signon.outreach.mailing import flag_bounced, preview, recipients
from signon.store.outbox import mark_sent_by_hand, outbox, remove_messages
from signon.store.signatories import add_signatory, events, list_signatories
from signon.store.templates import (
    campaign_templates,
    delete_template,
    find_template,
    save_template,
    update_campaign_outreach,
)


def test_campaign_starts_with_the_default_templates_in_its_language(db, campaign):
    from signon.store.campaigns import create_campaign

    with db.session() as s:
        kinds = [t.kind for t in campaign_templates(s, campaign)]
        assert kinds == ["invitation", "reminder", "reconfirmation", "thank_you"]
        fr = create_campaign(s, "Déclaration commune", language="fr")
        (invitation,) = [t for t in campaign_templates(s, fr.id)
                         if t.kind == "invitation"]
    assert invitation.is_default and invitation.language == "fr"
    assert "Bonjour {contact|à toutes et à tous}," in invitation.body


def test_saving_an_edited_default_keeps_a_campaign_copy(db, campaign):
    with db.session() as s:
        default = find_template(s, campaign, "reminder")
        saved = save_template(s, campaign, kind="reminder", language="en",
                              subject="Last call: {campaign}", body=default.body)
        templates = campaign_templates(s, campaign)
    assert [t.id for t in templates if t.kind == "reminder"] == [saved.id]
    with db.session() as s:
        delete_template(s, saved.id)  # reset to default
        assert find_template(s, campaign, "reminder").is_default


def test_unknown_placeholder_is_refused_when_saving(db, campaign):
    with db.session() as s, pytest.raises(TemplateError) as info:
        save_template(s, campaign, kind="custom", name="Press note",
                      subject="Hello", body="Dear {organization},")
    assert "“Press note”" in str(info.value)
    assert "{organization}" in str(info.value) and "{organisation}" in str(info.value)
    assert info.value.placeholder == "organization"


def test_default_reminder_greets_colleagues_when_no_contact_name_is_known(db, campaign):
    with db.session() as s:
        sig = add_signatory(s, campaign, name="Privacy International",
                            contact_email="pi@pi.example", status="invited")
        update_campaign_outreach(s, campaign, form_link="", coordinator="")
        template = find_template(s, campaign, "reminder")
        _, _, body = preview(s, campaign, template, sig.id)
    assert body.startswith("Dear colleagues,\n")
    assert "How to add your organisation’s name: reply to this message with the name" in body
    assert body.rstrip().endswith("Best regards,\nThe coordinating team")
    assert queue(db, campaign, "reminder").queued == 6


def test_missing_contact_name_stops_the_whole_batch(db, campaign):
    without_fallbacks(db, campaign)
    with db.session() as s:
        add_signatory(s, campaign, name="Privacy International", contact_email="pi@pi.example",
                      status="invited")
    with pytest.raises(TemplateError) as info:
        queue(db, campaign, "reminder")
    message = str(info.value)
    assert "“Reminder (en)”" in message and "{contact}" in message
    assert "Privacy International" in message and "nothing was queued" in message
    with db.session() as s:
        assert outbox(s, campaign) == []


def test_missing_form_link_is_named(db, campaign):
    without_fallbacks(db, campaign)
    with db.session() as s:
        update_campaign_outreach(s, campaign, form_link="")
    with pytest.raises(TemplateError, match=r"\{link\} has no value .*no form link"):
        queue(db, campaign, "reminder")


@pytest.mark.parametrize(("subject", "body"), [
    ("News", "Dear {contact|colleagues}, {organisation} — {link|reply}"),  # nothing missing
    ("News for {organisation}", "Dear {contact},\n{link}\n{coordinator}"),
    ("News", "{link}\nDear {contact},"),  # missing for all before one missing for some
    ("{campaign}", "{deadline} {contact} {statement}"),
])
def test_missing_values_name_what_rendering_would(db, campaign, subject, body):
    """The Recipients page finds the placeholders with no value without
    rendering every message (issue 22); it names the one `render` raises on."""
    from signon.domain.message_templates import render
    from signon.outreach.mailing import message_values, missing_values
    from signon.outreach.statement import statement_text
    from signon.store.campaigns import get_campaign
    from signon.store.templates import TemplateRecord

    with db.session() as s:
        add_signatory(s, campaign, name="Privacy International", contact_email="pi@pi.example",
                      status="invited")
        add_signatory(s, campaign, kind="individual", name="Ada Lovelace",
                      contact_email="ada@example.org", status="invited")
        add_signatory(s, campaign, name="Fundación Karisma", contact_name="   ",
                      status="prospect")
        template = TemplateRecord(None, "custom", "en", "Test", subject, body)
        for link in ("https://forms.example/sign", ""):
            update_campaign_outreach(s, campaign, form_link=link)
            c = get_campaign(s, campaign)
            everyone = recipients(s, campaign)
            statement = statement_text(s, campaign)
            expected = []
            for r in everyone:
                try:
                    render(template.text(), message_values(c, r, statement)
                           .as_mapping("en"), recipient=r.name)
                    expected.append("")
                except TemplateError as exc:
                    expected.append(exc.placeholder)
            assert missing_values(c, template, everyone, statement) == expected
    assert missing_values(c, template, [], statement) == []


def test_individual_is_their_own_contact(db, campaign):
    with db.session() as s:
        sig = add_signatory(s, campaign, kind="individual", name="Ada Lovelace",
                            contact_email="ada@example.org", status="invited")
        template = find_template(s, campaign, "reminder")
        _, subject, body = preview(s, campaign, template, sig.id)
    assert body.startswith("Dear Ada Lovelace,")


def test_preview_renders_deadline_and_statement(db, campaign):
    from signon.domain.compose import SectionDraft
    from signon.store.statements import replace_sections

    with db.session() as s:
        replace_sections(s, campaign, [
            SectionDraft("intro", text="We, the undersigned, welcome the resolution."),
            SectionDraft("concern", lead="Nonetheless, there are concerns:",
                         items=["the digital divide", "military exemptions", "participation"]),
        ])
        first = list_signatories(s, campaign)[0]
        template = find_template(s, campaign, "invitation")
        recipient, subject, body = preview(s, campaign, template, first.id)
    assert recipient.email == "marwa@accessnow.example"
    assert subject == "Invitation to endorse: Joint statement on AI and human rights"
    assert "endorsements close on December 1, 2026. How to endorse: https://forms." in body
    assert "We, the undersigned, welcome the resolution." in body
    assert "Second, military exemptions." in body and "Finally, participation." in body
    assert "https://forms.example/sign" in body and body.rstrip().endswith("Finally, "
                                                                          "participation.")


def test_localised_deadline_in_french_and_spanish(db):
    from signon.store.campaigns import create_campaign

    with db.session() as s:
        for language, expected in (("fr", "1 décembre 2026"), ("es", "1 de diciembre de 2026")):
            c = create_campaign(s, f"Campagne {language}", language=language,
                                deadline=date(2026, 12, 1))
            update_campaign_outreach(s, c.id, form_link="https://f.example",
                                     coordinator="Ana")
            sig = add_signatory(s, c.id, name=f"Org {language}", contact_name="Luz",
                                contact_email=f"luz@{language}.example", status="invited")
            _, subject, _ = preview(s, c.id, find_template(s, c.id, "reminder"),
                                    sig.id)
            assert expected in subject


def test_queue_twice_refreshes_instead_of_doubling(db, campaign):
    first = queue(db, campaign)
    with db.session() as s:
        ids_before = {m.id: m.message_id for m in outbox(s, campaign)}
        update_campaign_outreach(s, campaign, coordinator="Bruno Díaz")
    second = queue(db, campaign)
    assert (first.queued, second.queued, second.refreshed) == (5, 0, 5)
    with db.session() as s:
        rows = outbox(s, campaign)
    assert {m.id: m.message_id for m in rows} == ids_before  # same Message-IDs
    assert all(m.body.rstrip().endswith("Bruno Díaz") for m in rows)


def test_selection_by_status_country_and_hand(db, campaign):
    with db.session() as s:
        by_country = recipients(s, campaign, countries=["ru", "CN"])
        assert sorted(r.country for r in by_country) == ["CN", "RU"]
        ids = [r.signatory_id for r in by_country]
        assert [r.signatory_id for r in recipients(s, campaign, signatory_ids=ids[:1])] \
            == ids[:1]
        assert recipients(s, campaign, statuses=["endorsed"]) == []


def test_signatories_without_usable_address_are_skipped_with_reason(db, campaign):
    with db.session() as s:
        add_signatory(s, campaign, name="No Mail Org", contact_name="Kim", status="invited")
        add_signatory(s, campaign, name="Typo Org", contact_name="Lee",
                      contact_email="lee@@typo", status="invited")
    result = queue(db, campaign)
    assert result.queued == 5
    reasons = dict(result.skipped)
    assert reasons["No Mail Org"] == LeftOut(NO_ADDRESS)
    assert str(reasons["No Mail Org"]) == "no email address"
    assert reasons["Typo Org"].code == INVALID_ADDRESS
    assert "'lee@@typo' is not a valid email address" in str(reasons["Typo Org"])
    assert result.flagged_invalid == 1
    with db.session() as s:
        typo = [r for r in recipients(s, campaign) if r.name == "Typo Org"][0]
    assert typo.email_status == "invalid" and typo.problem == INVALID


def test_kind_that_does_not_apply_is_skipped(db, campaign):
    result = queue(db, campaign, "thank_you")
    assert result.queued == 0 and len(result.skipped) == 5
    assert result.skipped[0][1] == LeftOut(NOT_FOR_THEM, kind="thank_you")
    assert str(result.skipped[0][1]) == "thank-you messages go only to those who endorsed"


def test_mark_sent_by_hand_moves_status_with_event(db, campaign):
    result = queue(db, campaign)
    with db.session() as s:
        assert mark_sent_by_hand(s, result.message_ids[:2]) == 2
        rows = list_signatories(s, campaign)
        note = events(s, rows[0].id)[-1].note
    assert [r.status for r in rows] == ["reminded"] * 2 + ["invited"] * 3
    assert "marked as sent by hand" in note


def test_flag_bounced_marks_the_contact(db, campaign):
    result = queue(db, campaign)
    with db.session() as s:
        mark_sent_by_hand(s, result.message_ids[:1])
        assert flag_bounced(s, result.message_ids[:1]) == 1
        flagged = [r for r in recipients(s, campaign) if r.email_status]
    assert [r.problem for r in flagged] == [BOUNCED]


def test_remove_only_unsent(db, campaign):
    result = queue(db, campaign)
    with db.session() as s:
        mark_sent_by_hand(s, result.message_ids[:1])
        assert remove_messages(s, result.message_ids) == 4
        assert [m.state for m in outbox(s, campaign)] == ["sent"]


def test_who_has_not_answered_and_due_reminders(db, campaign):
    """A reminder round goes to whoever was not written to since the round's
    date, read from when messages were queued and sent: every one of those
    moments is given (`at`), never the machine's clock, so the rounds come
    out the same on any day the suite runs."""
    from signon.store.signatories import set_status

    def on(day: int) -> datetime:
        return datetime(2026, 11, day, 9, 0, tzinfo=UTC)

    with db.session() as s:
        ids = [r.id for r in list_signatories(s, campaign)]
        set_status(s, ids[0], "endorsed", channel="form", at=on(10))
        assert len(unanswered(s, campaign)) == 4
        # 2026-11-20 is 11 days before the deadline: no round due yet
        due, result = queue_due_reminders(s, campaign, date(2026, 11, 20), at=on(20))
        assert due is None and result.count == 0
        due, result = queue_due_reminders(s, campaign, date(2026, 11, 25), at=on(25))
    assert due == date(2026, 11, 24) and result.queued == 4
    with db.session() as s:
        # the same day again: nothing new (the round is already in the outbox)
        _, again = queue_due_reminders(s, campaign, date(2026, 11, 25), at=on(25))
        assert (again.queued, again.refreshed) == (0, 0)
        mark_sent_by_hand(s, result.message_ids, at=on(25))
    with db.session() as s:
        # second round (2 days before): everyone unanswered gets one more
        due, second = queue_due_reminders(s, campaign, date(2026, 11, 29), at=on(29))
        assert due == date(2026, 11, 29) and second.queued == 4
        # a reminder sent on the round's own day counts as written to since it
        mark_sent_by_hand(s, second.message_ids, at=on(29))
        _, third = queue_due_reminders(s, campaign, date(2026, 11, 29), at=on(29))
        assert third.count == 0
        rows = unanswered(s, campaign)
    assert {r.reminders_sent for r in rows} == {2}
    assert {r.last_contacted.date() for r in rows} == {date(2026, 11, 29)}


def test_close_unanswered_only_after_the_deadline(db, campaign):
    from signon.store.signatories import set_status

    with db.session() as s:
        first = list_signatories(s, campaign)[0].id
        set_status(s, first, "declined", channel="email")
        with pytest.raises(ValidationError, match="has not passed"):
            close_unanswered(s, campaign, date(2026, 12, 1))
        assert close_unanswered(s, campaign, date(2026, 12, 2)) == 4
        statuses = [r.status for r in list_signatories(s, campaign)]
        last = events(s, list_signatories(s, campaign)[1].id)[-1]
    assert statuses == ["declined"] + ["no_response"] * 4
    assert last.note == "no answer by the deadline 2026-12-01"


def test_reminder_days_are_validated(db, campaign):
    with db.session() as s, pytest.raises(ValidationError, match="'x' is not a number"):
        update_campaign_outreach(s, campaign, reminder_days="7,x")
