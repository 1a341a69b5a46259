"""Duplicate organisations: finding likely pairs, and merging two into one.

The directory's unique normalised key already makes "ARTICLE 19" and
"article 19 " one entry. What it cannot catch — a typo, a missing word, a
group entered once by its acronym — is offered here as *possible*
duplicates for a person to confirm; nothing is ever merged silently. A
merge keeps everything both entries had: every campaign's endorsement,
every contact and every event.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import Session, SQLModel, select

from signon.domain import status as workflow
from signon.domain.errors import ValidationError
from signon.domain.messages import _
from signon.domain.normalise import normalise_acronym
from signon.progress import NO_PROGRESS, Progress
from signon.store.editions import follow_merge
from signon.store.models import (
    Contact,
    Organisation,
    Signatory,
    SignatoryEvent,
    utcnow,
)
from signon.store.setting_keys import NOT_DUPLICATES
from signon.store.settings import get_setting, set_setting
from signon.store.signatory_writer import insert_events

#: Similarity (0–100, rapidfuzz) of two normalised keys above which a pair is
#: offered. 90 catches one typo in a 10-letter name and stays quiet on
#: unrelated groups that merely share words.
DEFAULT_THRESHOLD = 90

#: Which of two signatories of the same campaign survives a merge: an
#: endorsement beats any other state, an explicit answer beats silence.
STATUS_STRENGTH = {
    workflow.Status.ENDORSED.value: 7,
    workflow.Status.NEEDS_RECONFIRMATION.value: 6,
    workflow.Status.WITHDRAWN.value: 5,
    workflow.Status.DECLINED.value: 4,
    workflow.Status.NO_RESPONSE.value: 3,
    workflow.Status.REMINDED.value: 2,
    workflow.Status.INVITED.value: 1,
    workflow.Status.PROSPECT.value: 0,
}

_DIGITS = re.compile(r"\d+")
#: Candidate pairs come from neighbours in sorted order (a typo near the end)
#: and reversed order (near the start), and from sharing a rare word; only
#: these are scored, so 50,000 organisations take seconds, not an hour.
_WINDOW = 6
_RARE_WORD = 25
#: More entries than this with one acronym in one country are not duplicates
#: of each other, just a common acronym.
_COMMON_ACRONYM = 6


@dataclass(frozen=True)
class OrganisationSummary:
    id: int
    name: str
    acronym: str
    country: str
    org_type: str
    website: str
    campaigns: int
    contacts: int


@dataclass(frozen=True)
class DuplicateCandidate:
    """Two directory entries that may be the same group, and why we think so."""

    first: OrganisationSummary
    second: OrganisationSummary
    score: int
    reason: str

    @property
    def pair(self) -> tuple[int, int]:
        return _pair(self.first.id, self.second.id)


@dataclass(frozen=True)
class MergeResult:
    kept_id: int
    moved_signatories: int  # signatories re-pointed at the kept organisation
    combined_signatories: int  # same campaign on both: two became one
    moved_contacts: int


def _pair(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def dismissed_pairs(session: Session) -> set[tuple[int, int]]:
    return {_pair(int(a), int(b)) for a, b in get_setting(session, NOT_DUPLICATES)}


def dismiss_pair(session: Session, first_id: int, second_id: int) -> None:
    """Remember that two entries are different groups, so they stop being offered."""
    pairs = dismissed_pairs(session) | {_pair(first_id, second_id)}
    set_setting(session, NOT_DUPLICATES, sorted(pairs))


def _candidate_pairs(keys: list[str]) -> set[tuple[int, int]]:
    n = len(keys)
    pairs: set[tuple[int, int]] = set()
    for order in (sorted(range(n), key=keys.__getitem__),
                  sorted(range(n), key=lambda i: keys[i][::-1])):
        for pos, i in enumerate(order):
            for j in order[pos + 1: pos + 1 + _WINDOW]:
                pairs.add(_pair(i, j))
    by_word: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        for word in set(key.split()):
            if len(word) > 2:
                by_word[word].append(i)
    for members in by_word.values():
        if 1 < len(members) <= _RARE_WORD:
            for a_pos, a in enumerate(members):
                for b in members[a_pos + 1:]:
                    pairs.add(_pair(a, b))
    return pairs


def find_duplicates(
    session: Session,
    *,
    threshold: int = DEFAULT_THRESHOLD,
    progress: Progress = NO_PROGRESS,
) -> list[DuplicateCandidate]:
    """Pairs of organisations that are probably the same group, best first:
    the same acronym in the same country (or one's name is the other's
    acronym there), or normalised names at least `threshold` similar whose
    numbers agree ("Article 19" is not "Article 18"). Pairs dismissed before
    are left out."""
    from rapidfuzz import fuzz

    orgs = session.exec(select(Organisation.id, Organisation.name, Organisation.acronym,
                               Organisation.country, Organisation.norm_key)).all()
    progress.step(0, len(orgs), "comparing names")
    dismissed = dismissed_pairs(session)
    found: dict[tuple[int, int], tuple[int, str]] = {}

    by_acronym: dict[tuple[str, str], list[int]] = defaultdict(list)
    key_of = {oid: key for oid, *_, key in orgs}
    bare = set()  # entries whose name is only an acronym
    for oid, name, acronym, country, _key in orgs:
        if not country:
            continue
        names = {normalise_acronym(acronym)} if acronym else set()
        if " " not in name.strip() and len(name.strip()) <= 12:
            names.add(normalise_acronym(name))  # a group entered by its acronym
            bare.add(oid)
        for a in names - {""}:
            by_acronym[(a, country)].append(oid)
    for (acronym, country), ids in by_acronym.items():
        if len(ids) > _COMMON_ACRONYM:
            continue  # an acronym this common in one country says nothing
        for pos, a in enumerate(ids):
            for b in ids[pos + 1:]:
                if a == b:
                    continue
                # Two full names behind one acronym may be two groups: still
                # offered, but after the pairs that are surely one.
                sure = a in bare or b in bare or fuzz.token_set_ratio(
                    key_of[a], key_of[b]) >= threshold
                reason = f"same acronym {acronym.upper()} in {country}"
                found[_pair(a, b)] = (100, reason) if sure else (
                    75, reason + ", different names")

    keys = [key for *_, key in orgs]
    digits = [_DIGITS.findall(key) for key in keys]
    ratio, token_sort = fuzz.ratio, fuzz.token_sort_ratio
    for done, (i, j) in enumerate(_candidate_pairs(keys)):
        if done % 20000 == 0:
            progress.step(done, 0, "comparing names")
        if digits[i] != digits[j]:
            continue
        a, b = keys[i], keys[j]
        score = ratio(a, b, score_cutoff=threshold) or token_sort(a, b, score_cutoff=threshold)
        if score >= threshold:
            pair = _pair(orgs[i][0], orgs[j][0])
            if pair not in found or found[pair][0] < score:
                found[pair] = (round(score), f"similar names ({round(score)}%)")
    found = {p: v for p, v in found.items() if p not in dismissed}
    summaries = summarise(session, {i for p in found for i in p})
    out = [DuplicateCandidate(summaries[a], summaries[b], score, reason)
           for (a, b), (score, reason) in found.items()]
    out.sort(key=lambda c: (-c.score, c.first.name.casefold(), c.second.name.casefold()))
    return out


def summarise(session: Session, ids: Iterable[int]) -> dict[int, OrganisationSummary]:
    ids = list(ids)
    if not ids:
        return {}
    campaigns: dict[int, int] = dict(session.exec(
        select(Signatory.organisation_id, func.count()).where(
            Signatory.organisation_id.in_(ids)).group_by(Signatory.organisation_id)).all())
    contacts: dict[int, int] = dict(session.exec(
        select(Contact.organisation_id, func.count()).where(
            Contact.organisation_id.in_(ids)).group_by(Contact.organisation_id)).all())
    out = {}
    for org in session.exec(select(Organisation).where(Organisation.id.in_(ids))).all():
        out[org.id] = OrganisationSummary(
            org.id, org.name, org.acronym, org.country, org.org_type, org.website,
            campaigns.get(org.id, 0), contacts.get(org.id, 0))
    return out


def stronger(a: Signatory, b: Signatory) -> bool:
    """Whether `a`'s status survives rather than `b`'s when two signatories
    become one (a merge of organisations or of two signatories; ties: the
    later change)."""
    sa, sb = STATUS_STRENGTH.get(a.status, 0), STATUS_STRENGTH.get(b.status, 0)
    if sa != sb:
        return sa > sb
    return (a.updated_at or a.created_at) >= (b.updated_at or b.created_at)


def _repoint(session: Session, target_table, old_id: int, new_id: int, *,
             skip: Iterable = ()) -> None:
    """Point every foreign key to `target_table` row `old_id` at `new_id`,
    whichever table holds it, so a table added later is never forgotten."""
    skipped = set(skip)
    session.flush()
    for table in SQLModel.metadata.sorted_tables:
        if table in skipped:
            continue
        for fk in table.foreign_keys:
            if fk.column.table is target_table:
                col = fk.parent
                session.exec(table.update().where(col == old_id).values({col.name: new_id}))
    session.expire_all()  # objects loaded before now hold the old ids


def merge_organisations(session: Session, keep_id: int, merge_id: int) -> MergeResult:
    """Fold organisation `merge_id` into `keep_id`, in the caller's transaction.

    The kept entry keeps its name and gains the fields it lacked. Contacts
    move over (one with the same email is combined, notes kept). Each
    campaign where only the merged entry signed now has the kept one; where
    both signed, the signatory with the strongest status survives, takes the
    other's events, and gets an event saying so.
    """
    if keep_id == merge_id:
        raise ValidationError(_("cannot merge an organisation with itself"))
    keep = session.get(Organisation, keep_id)
    gone = session.get(Organisation, merge_id)
    if keep is None or gone is None:
        missing = merge_id if keep is not None else keep_id
        raise ValidationError(_("no organisation with id {id}").format(id=missing))

    for field in ("acronym", "country", "org_type", "website"):
        if not getattr(keep, field) and getattr(gone, field):
            setattr(keep, field, getattr(gone, field))
    keep.updated_at = utcnow()
    session.add(keep)

    moved_contacts = _merge_contacts(session, keep.id, gone.id)

    moved = combined = 0
    theirs = session.exec(select(Signatory).where(Signatory.organisation_id == gone.id)).all()
    for sig in theirs:
        ours = session.exec(select(Signatory).where(
            Signatory.campaign_id == sig.campaign_id,
            Signatory.organisation_id == keep.id)).first()
        if ours is None:
            sig.organisation_id = keep.id
            sig.updated_at = utcnow()
            session.add(sig)
            session.flush()
            moved += 1
            continue
        winner, loser = (sig, ours) if stronger(sig, ours) else (ours, sig)
        _combine_signatories(session, winner, loser, keep, gone)
        combined += 1

    session.flush()
    _repoint(session, Organisation.__table__, gone.id, keep.id)
    # an edition that printed the merged-away name is continued by the kept one
    follow_merge(session, f"o{gone.id}", f"o{keep.id}")
    session.delete(gone)
    session.flush()
    return MergeResult(keep.id, moved, combined, moved_contacts)


def _merge_contacts(session: Session, keep_id: int, gone_id: int) -> int:
    existing = {c.email.casefold(): c for c in session.exec(
        select(Contact).where(Contact.organisation_id == keep_id)).all() if c.email}
    moved = 0
    for contact in session.exec(select(Contact).where(Contact.organisation_id == gone_id)).all():
        twin = existing.get(contact.email.casefold()) if contact.email else None
        if twin is None:
            contact.organisation_id = keep_id
            session.add(contact)
            moved += 1
            continue
        for field in ("name", "phone"):
            if not getattr(twin, field) and getattr(contact, field):
                setattr(twin, field, getattr(contact, field))
        if contact.notes and contact.notes not in twin.notes:
            twin.notes = f"{twin.notes}\n{contact.notes}".strip()
        session.add(twin)
        session.flush()
        _repoint(session, Contact.__table__, contact.id, twin.id)
        session.delete(contact)
        moved += 1
    session.flush()
    return moved


def _combine_signatories(session: Session, winner: Signatory, loser: Signatory,
                         keep: Organisation, gone: Organisation) -> None:
    session.flush()
    session.exec(SignatoryEvent.__table__.update()
                 .where(SignatoryEvent.signatory_id == loser.id)
                 .values(signatory_id=winner.id))
    _repoint(session, Signatory.__table__, loser.id, winner.id,
             skip=[SignatoryEvent.__table__])
    if loser.notes and loser.notes not in winner.notes:
        winner.notes = f"{winner.notes}\n{loser.notes}".strip()
    if winner.contact_id is None:
        winner.contact_id = loser.contact_id
    note = (f"merged {gone.name!r} into {keep.name!r}; the other entry was "
            f"{workflow.Status(loser.status).label.lower()}")
    session.delete(loser)
    session.flush()
    winner.organisation_id = keep.id
    winner.updated_at = utcnow()
    session.add(winner)
    insert_events(session, [{"signatory_id": winner.id, "at": utcnow(),
                             "from_status": winner.status, "to_status": winner.status,
                             "channel": "app", "note": note}])
