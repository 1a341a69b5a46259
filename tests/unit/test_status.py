import pytest

from signon.domain.errors import WorkflowError
from signon.domain.status import (
    TRANSITIONS,
    Status,
    appears_in_letter,
    change,
    check_transition,
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
