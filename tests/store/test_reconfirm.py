"""Marking endorsers of an older statement version for reconfirmation."""

from __future__ import annotations

from signon.domain.compose import SectionDraft
from signon.store.campaigns import create_campaign, update_campaign
from signon.store.letters import load_letter
from signon.store.models import Signatory
from signon.store.reconfirm import mark_reconfirmation, outdated_endorsements
from signon.store.signatories import add_signatory, events, set_status
from signon.store.statements import freeze_version, replace_sections


def _setup(session):
    c = create_campaign(session, "C")
    replace_sections(session, c.id, [SectionDraft(kind="intro", text="Version one.")])
    freeze_version(session, c.id)
    old = [add_signatory(session, c.id, name=f"Early {i}", status="endorsed") for i in range(2)]
    replace_sections(session, c.id, [SectionDraft(kind="intro", text="Version two.")])
    freeze_version(session, c.id)
    new = add_signatory(session, c.id, name="Late", status="invited")
    set_status(session, new.id, "endorsed", channel="form")
    unversioned = add_signatory(session, c.id, name="Unknown", status="endorsed",
                                endorsed_version=None)
    session.get(Signatory, unversioned.id).endorsed_version = None
    session.flush()
    return c, old, new


def test_outdated_counts_and_description(session):
    c, old, new = _setup(session)
    out = outdated_endorsements(session, c.id)
    assert (out.latest, out.by_version, out.total) == (2, {1: 2}, 2)
    assert out.describe() == ("2 endorsements are for version 1; "
                              "the current text is version 2")


def test_mark_reconfirmation_moves_only_older_endorsers(session):
    c, old, new = _setup(session)
    assert mark_reconfirmation(session, c.id) == 2
    assert {session.get(Signatory, s.id).status for s in old} == {"needs_reconfirmation"}
    assert session.get(Signatory, new.id).status == "endorsed"
    last = events(session, old[0].id)[-1]
    assert last.to_status == "needs_reconfirmation"
    assert "version 1" in last.note and "version 2" in last.note
    assert outdated_endorsements(session, c.id).total == 0
    assert mark_reconfirmation(session, c.id) == 0


def test_reconfirmed_endorsement_points_at_new_version(session):
    c, old, _ = _setup(session)
    mark_reconfirmation(session, c.id)
    set_status(session, old[0].id, "endorsed", channel="email")
    assert session.get(Signatory, old[0].id).endorsed_version == 2


def test_letter_keeps_them_only_by_choice(session):
    c, old, _ = _setup(session)
    mark_reconfirmation(session, c.id)

    def names():
        return load_letter(session, c.id).signatory_lines

    assert "Early 0" not in names() and "Late" in names()
    update_campaign(session, c.id, keep_reconfirmation=True)
    assert "Early 0" in names()


def test_no_versions_nothing_to_do(session):
    c = create_campaign(session, "C")
    add_signatory(session, c.id, name="A", status="endorsed")
    assert outdated_endorsements(session, c.id).total == 0
    assert mark_reconfirmation(session, c.id) == 0


def test_kept_endorsements_hold_until_the_next_version(session):
    from signon.store.reconfirm import endorsements_kept, keep_endorsements

    c, _old, _new = _setup(session)
    assert not endorsements_kept(session, c.id)
    keep_endorsements(session, c.id)
    assert endorsements_kept(session, c.id)
    replace_sections(session, c.id, [SectionDraft(kind="intro", text="Version three.")])
    freeze_version(session, c.id)
    assert not endorsements_kept(session, c.id)  # asked again for version 3
    fresh = create_campaign(session, "No versions")
    keep_endorsements(session, fresh.id)
    assert not endorsements_kept(session, fresh.id)
