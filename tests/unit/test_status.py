from datetime import UTC, datetime

import pytest

from signon.domain.errors import ValidationError, WorkflowError
from signon.domain.status import (
    ENDORSEMENT_GIVEN,
    TRANSITIONS,
    UNDO_REASON,
    EventKind,
    Status,
    appears_in_letter,
    change,
    check_transition,
    correct,
    keeps_endorsement,
    parse_status,
)


@pytest.mark.parametrize("current,new", [
    (cur, nxt) for cur, nexts in TRANSITIONS.items() for nxt in sorted(nexts)
])
def test_allowed_transitions_pass(current, new):
    assert check_transition(current, new) is new


@pytest.mark.parametrize("current,new", [
    (cur, nxt) for cur in Status for nxt in Status if nxt not in TRANSITIONS[cur]
])
def test_refused_transitions_raise_readable_error(current, new):
    with pytest.raises(WorkflowError) as err:
        check_transition(current, new)
    assert f"from {current.value} to {new.value}" in str(err.value)
    assert "\n" not in str(err.value)


def test_main_line_of_design():
    assert Status.INVITED in TRANSITIONS[Status.PROSPECT]
    assert Status.REMINDED in TRANSITIONS[Status.INVITED]
    assert {Status.ENDORSED, Status.DECLINED, Status.NO_RESPONSE} <= TRANSITIONS[Status.REMINDED]
    assert TRANSITIONS[Status.ENDORSED] == {Status.WITHDRAWN, Status.NEEDS_RECONFIRMATION}
    assert TRANSITIONS[Status.NEEDS_RECONFIRMATION] == {Status.ENDORSED, Status.WITHDRAWN}


def test_only_endorsed_appear_in_letter():
    shown = {s for s in Status if appears_in_letter(s)}
    assert shown == {Status.ENDORSED}
    kept = {s for s in Status if appears_in_letter(s, keep_reconfirmation=True)}
    assert kept == {Status.ENDORSED, Status.NEEDS_RECONFIRMATION}


def test_change_records_event_fields():
    ev = change("invited", "endorsed", channel="email", note="replied")
    assert ev.from_status is Status.INVITED and ev.to_status is Status.ENDORSED
    assert ev.channel == "email" and ev.note == "replied" and ev.at.tzinfo is not None
    assert change(None, "endorsed").from_status is None


def test_parse_status_accepts_human_spelling():
    assert parse_status("No response") is Status.NO_RESPONSE
    with pytest.raises(WorkflowError, match="'maybe' is not one of prospect"):
        parse_status("maybe")


# -- corrections (#21) --------------------------------------------------------------------

@pytest.mark.parametrize("current,new", [
    (cur, nxt) for cur in Status for nxt in Status if nxt is not cur])
def test_correct_goes_from_every_status_to_every_other(current, new):
    at = datetime(2026, 12, 1, 9, tzinfo=UTC)
    ev = correct(current, new, "entered on the wrong row", at)
    assert (ev.from_status, ev.to_status, ev.at) == (current, new, at)
    assert ev.kind is EventKind.CORRECTION and ev.note == "entered on the wrong row"


def test_correct_takes_back_a_mistaken_endorsement_the_workflow_refuses():
    with pytest.raises(WorkflowError):
        change("endorsed", "invited")
    assert correct("endorsed", "invited", "slip").to_status is Status.INVITED


@pytest.mark.parametrize("reason", ["", "   ", "\n\t", "\x07"])
def test_correct_needs_a_reason(reason):
    with pytest.raises(ValidationError, match="needs a reason"):
        correct("endorsed", "invited", reason)


def test_correct_keeps_the_reason_on_one_line():
    assert correct("endorsed", "invited", "  wrong\n  organisation ").note == \
        "wrong organisation"


@pytest.mark.parametrize("status", list(Status))
def test_correct_to_the_same_status_is_refused(status):
    with pytest.raises(WorkflowError, match="nothing to correct"):
        correct(status, status, "why")


def test_correct_is_dated_now_by_default_and_changes_are_of_kind_change():
    assert correct("declined", "endorsed", "x").at.tzinfo is not None
    assert change("invited", "endorsed").kind is EventKind.CHANGE
    assert change(None, "invited").kind is EventKind.CHANGE
    assert correct("endorsed", "invited", UNDO_REASON).note == "undo"


def test_which_statuses_keep_their_endorsement():
    assert {s for s in Status if keeps_endorsement(s)} == ENDORSEMENT_GIVEN == {
        Status.ENDORSED, Status.NEEDS_RECONFIRMATION, Status.WITHDRAWN}
