"""What is stored stays English whatever language the command speaks
(issue 23, `messages.english()`): the database outlives the language of
whoever wrote it, and the interface translates stored text when it shows it."""

from __future__ import annotations


def test_a_stored_reply_outcome_stays_english():
    """The outcome of a reply is stored (`english()`): a refusal of the
    workflow in it is English whatever language the command speaks."""
    from signon import message_catalog
    from signon.domain import messages
    from signon.outreach.inbox import InboxEntry, plan_effect
    from signon.store import replies as store

    endorsed = store.SignatoryFacts(id=1, name="Access Now", addresses=(), contacts=(),
                                    website="", campaign_id=1, status="endorsed")
    decline = InboxEntry("<m@example.org>", "a@example.org", "Re", "decline",
                         match=store.THREAD, signatory_id=1)
    message_catalog.install("es")
    try:
        outcome = plan_effect(decline, endorsed, None, None).outcome
    finally:
        messages.install(None)
    assert outcome.startswith("not applied: cannot change status from endorsed to declined")
