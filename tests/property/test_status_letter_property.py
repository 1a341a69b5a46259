"""Any sequence of allowed status changes keeps exactly the endorsed
signatories in the letter: no more (a withdrawal, a decline, a pending
reconfirmation), no fewer (an endorsement after a decline), whatever the
order, whether changed one by one or in bulk, and with the campaign's
"keep unconfirmed endorsements" option exactly the reconfirmations added."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from signon.domain.letter import LetterOptions
from signon.domain.status import Status, allowed_next
from signon.store.campaigns import create_campaign
from signon.store.letters import load_letter
from signon.store.signatories import add_signatory, bulk_set_status, set_status

PEOPLE = 6
NAMES = [f"Organisation {chr(65 + i)} for Digital Rights" for i in range(PEOPLE - 2)] + \
    ["Ada Lovelace", "Grace Hopper"]

#: A step: (which signatory, a choice among its allowed next statuses, bulk?)
STEP = st.tuples(st.integers(0, PEOPLE - 1), st.integers(0, 10), st.booleans())


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(start=st.lists(st.sampled_from(list(Status)), min_size=PEOPLE, max_size=PEOPLE),
       steps=st.lists(STEP, max_size=25), keep=st.booleans())
def test_letter_holds_exactly_the_endorsed(fresh_db, start, steps, keep):
    db = fresh_db("letter")
    model: list[Status] = list(start)
    with db.session() as s:
        campaign_id = create_campaign(s, "Property letter", signatory_policy="both",
                                      keep_reconfirmation=keep).id
        ids = []
        for i, (name, status) in enumerate(zip(NAMES, start, strict=True)):
            kind = "individual" if i >= PEOPLE - 2 else "organisation"
            ids.append(add_signatory(s, campaign_id, kind=kind, name=name,
                                     status=status.value).id)
    for who, pick, bulk in steps:
        options = sorted(allowed_next(model[who]))
        target = options[pick % len(options)]
        with db.session() as s:
            if bulk:  # the same target for a group: each is checked on its own
                group = [i for i in range(PEOPLE) if i == who or i % 2 == who % 2]
                result = bulk_set_status(s, [ids[i] for i in group], target.value)
                for i in group:
                    if ids[i] in result.changed:
                        model[i] = target
                    else:
                        assert target not in allowed_next(model[i])
                assert ids[who] in result.changed
            else:
                set_status(s, ids[who], target.value)
                model[who] = target
    with db.session() as s:
        letter = load_letter(s, campaign_id)
        unconfirmed = load_letter(s, campaign_id, LetterOptions(keep_reconfirmation=True))
    printed = {e.name for g in letter.groups for e in g.entries}
    endorsed = {NAMES[i] for i in range(PEOPLE) if model[i] is Status.ENDORSED}
    reconfirm = {NAMES[i] for i in range(PEOPLE) if model[i] is Status.NEEDS_RECONFIRMATION}
    assert printed == (endorsed | reconfirm if keep else endorsed)
    assert {e.name for g in unconfirmed.groups for e in g.entries} == endorsed | reconfirm
    assert letter.organisations + letter.individuals == len(printed)
