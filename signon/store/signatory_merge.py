"""Merging two signatories of one campaign that are the same signer, and
taking the merge back.

A coordinator sees "ARTICLE 19" and "Article 19 (UK)" twice in one
campaign, selects both and merges them, choosing which entry to keep. The
rules, which `plan_merge` reports before anything is written and
`merge_signatories` applies in the caller's one transaction:

- **Name.** The kept entry's public fields stay as they are (its name,
  acronym, country, type, website; for an individual its name, title,
  affiliation and country); a field it lacks is taken from the other.
- **Status.** The more advanced answer stays: endorsed beats needs
  reconfirmation, then withdrawn, declined, no response, reminded, invited,
  prospect (`store.merge.STATUS_STRENGTH`); between equals, the more recent
  change. Its endorsement (version, date, channel) goes with it, whichever
  entry the name comes from.
- **History.** Both histories become one, in time order, with one more
  event saying what was merged; the notes of both are kept.
- **Contacts.** Organisations: every contact of the other entry moves to
  the kept organisation (one with the same email is combined). An
  individual has one contact: the stronger entry's, else the other's; a
  contact left over is written into the notes, so nothing is lost.
- **Messages.** The outbox's messages to the other entry are the kept
  one's.
- **The directory.** Two organisations are two directory entries: they are
  merged through `store.merge.merge_organisations`, so every other campaign
  either one is in now shows the kept name too (`MergePlan.other_campaigns`
  says how many). An organisation and an individual are never merged.

Undo (`undo_merge`) takes the merge back exactly: `merge_signatories`
records every row the merge could touch before and after (`MergeUndo`),
and undoing puts the "before" rows back — deleted ones with their ids,
changed ones with their values — and deletes the rows the merge added.
It refuses (`MergeUndoError`) when any of those rows changed since the
merge (a teammate's status change, a new message), since putting them
back would erase that change.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Table, and_, or_
from sqlalchemy import select as core_select
from sqlmodel import Session, SQLModel, select

from signon.domain import status as workflow
from signon.domain.errors import SignonError, ValidationError
from signon.domain.messages import _
from signon.domain.signatory_kind import SignatoryKind
from signon.store.editions import campaign_edition_ids, follow_merge
from signon.store.merge import _repoint, merge_organisations, stronger
from signon.store.models import Contact, Organisation, Signatory, SignatoryEvent, utcnow
from signon.store.signatory_writer import insert_events


class MergeUndoError(SignonError):
    """The merge cannot be taken back exactly: something it touched changed."""


@dataclass(frozen=True)
class MergeSide:
    """One of the two entries as the merge dialog shows it."""

    signatory_id: int
    kind: str
    name: str
    acronym: str
    country: str
    org_type: str
    website: str
    title: str
    affiliation: str
    status: str
    events: int
    contacts: int
    #: other campaigns this organisation signs in (0 for an individual)
    campaigns: int


@dataclass(frozen=True)
class MergePlan:
    """What merging `keep` and `other` does, before it is done."""

    keep: MergeSide
    other: MergeSide
    #: the status the merged signatory has
    status: str
    #: whose status, endorsement and row survive: `keep` or `other`'s id
    status_from: int
    #: contacts the kept organisation gains (0 for individuals: one contact each)
    contacts_moved: int
    #: events of both, combined
    events: int
    #: other campaigns in which an entry's organisation now has the kept name
    other_campaigns: int


@dataclass(frozen=True)
class MergeUndo:
    """Everything `undo_merge` needs: the rows before and after the merge,
    by table name and primary key, and the ids they were read by."""

    campaign_id: int
    #: the merged signatory
    kept_id: int
    #: (the entry chosen to keep, the other), as they were before
    pair: tuple[int, int]
    names: tuple[str, str]  # (kept name, merged name)
    ids: dict[str, frozenset]
    before: dict[str, dict]
    after: dict[str, dict]


# -- reading ------------------------------------------------------------------------------


def _signatory(session: Session, signatory_id: int) -> Signatory:
    sig = session.get(Signatory, signatory_id)
    if sig is None:
        raise ValidationError(_("no signatory with id {id}").format(id=signatory_id))
    return sig


def _check_pair(keep: Signatory, other: Signatory) -> None:
    if keep.id == other.id:
        raise ValidationError(_("cannot merge a signatory with itself"))
    if keep.campaign_id != other.campaign_id:
        raise ValidationError(_("only signatories of the same campaign can be merged"))
    if (keep.organisation_id is None) != (other.organisation_id is None):
        raise ValidationError(_("an organisation and an individual cannot be merged"))


def _side(session: Session, sig: Signatory) -> MergeSide:
    from sqlalchemy import func

    n_events = session.exec(select(func.count()).select_from(SignatoryEvent).where(
        SignatoryEvent.signatory_id == sig.id)).one()
    org = session.get(Organisation, sig.organisation_id) if sig.organisation_id else None
    if org is not None:
        contacts = session.exec(select(func.count()).select_from(Contact).where(
            Contact.organisation_id == org.id)).one()
        campaigns = session.exec(select(func.count()).select_from(Signatory).where(
            Signatory.organisation_id == org.id, Signatory.id != sig.id)).one()
        return MergeSide(sig.id, SignatoryKind.ORGANISATION.value, org.name, org.acronym,
                         org.country, org.org_type, org.website, "", "", sig.status,
                         n_events, contacts, campaigns)
    return MergeSide(sig.id, SignatoryKind.INDIVIDUAL.value, sig.name, "", sig.country, "",
                     "", sig.title, sig.affiliation, sig.status, n_events,
                     1 if sig.contact_id else 0, 0)


def plan_merge(session: Session, keep_id: int, other_id: int) -> MergePlan:
    """What `merge_signatories(keep_id, other_id)` would do; writes nothing."""
    keep, other = _signatory(session, keep_id), _signatory(session, other_id)
    _check_pair(keep, other)
    a, b = _side(session, keep), _side(session, other)
    winner = keep if stronger(keep, other) else other
    return MergePlan(a, b, winner.status, winner.id,
                     b.contacts if a.kind == SignatoryKind.ORGANISATION else 0,
                     a.events + b.events, a.campaigns + b.campaigns)


# -- the rows a merge can touch -----------------------------------------------------------


def _footprint_ids(session: Session, keep: Signatory, other: Signatory) -> dict[str, frozenset]:
    """The organisations, contacts and signatories the merge reads or writes:
    both signatories, and for organisations every signatory (any campaign)
    and contact of either entry."""
    orgs = {i for i in (keep.organisation_id, other.organisation_id) if i is not None}
    sigs = {keep.id, other.id}
    contacts = {i for i in (keep.contact_id, other.contact_id) if i is not None}
    if orgs:
        sigs |= set(session.exec(select(Signatory.id).where(
            Signatory.organisation_id.in_(orgs))).all())
        contacts |= set(session.exec(select(Contact.id).where(
            Contact.organisation_id.in_(orgs))).all())
    # the editions whose printed names the merge continues (`follow_merge`)
    campaigns = set(session.exec(select(Signatory.campaign_id).where(
        Signatory.id.in_(sorted(sigs)))).all())
    return {"organisation": frozenset(orgs), "contact": frozenset(contacts),
            "signatory": frozenset(sigs), "edition": campaign_edition_ids(session, campaigns)}


def _key(table: Table, row) -> tuple:
    return tuple(row[c.name] for c in table.primary_key.columns)


def _read(session: Session, ids: dict[str, frozenset]) -> dict[str, dict]:
    """Every row of `ids`' tables with those ids, and every row of any table
    that points at one of them (events, outbox messages, another signatory's
    contact): {table name: {primary key: row as a dict}}. Found through the
    foreign keys, so a table added later is never forgotten."""
    out: dict[str, dict] = {}
    for table in SQLModel.metadata.sorted_tables:
        tests = []
        if table.name in ids and ids[table.name]:
            tests.append(table.c.id.in_(sorted(ids[table.name])))
        for fk in table.foreign_keys:
            wanted = ids.get(fk.column.table.name)
            if wanted:
                tests.append(fk.parent.in_(sorted(wanted)))
        if not tests:
            continue
        rows = session.execute(core_select(table).where(or_(*tests))).mappings().all()
        if rows:
            out[table.name] = {_key(table, r): dict(r) for r in rows}
    return out


def _bump_versions(session: Session, before: dict[str, dict], after: dict[str, dict]) -> None:
    """Rows the merge changed move on their `row_version`, so a form
    showing the old row refuses to save over the merge (team mode)."""
    for table in SQLModel.metadata.sorted_tables:
        if "row_version" not in table.c:
            continue
        for key, row in after.get(table.name, {}).items():
            old = before.get(table.name, {}).get(key)
            if old is not None and old != row:
                session.execute(table.update().where(_where(table, key)).values(
                    row_version=table.c.row_version + 1))


def _where(table: Table, key: tuple):
    return and_(*(c == v for c, v in zip(table.primary_key.columns, key, strict=True)))


# -- merging ------------------------------------------------------------------------------


def merge_signatories(session: Session, keep_id: int, other_id: int) -> MergeUndo:
    """Merge signatory `other_id` into `keep_id` by the rules of the module
    docstring, in the caller's transaction. Returns what undoes it; the
    merged signatory is `MergeUndo.kept_id`."""
    keep, other = _signatory(session, keep_id), _signatory(session, other_id)
    _check_pair(keep, other)
    campaign_id = keep.campaign_id
    session.flush()
    ids = _footprint_ids(session, keep, other)
    before = _read(session, ids)
    if keep.organisation_id is not None:
        kept_org, other_org = keep.organisation_id, other.organisation_id
        names = (session.get(Organisation, kept_org).name,
                 session.get(Organisation, other_org).name)
        merge_organisations(session, kept_org, other_org)
        session.flush()
        kept_id = session.exec(select(Signatory.id).where(
            Signatory.campaign_id == campaign_id,
            Signatory.organisation_id == kept_org)).one()
    else:
        names = (keep.name, other.name)
        kept_id = _merge_individuals(session, keep, other)
    session.flush()
    after = _read(session, ids)
    _bump_versions(session, before, after)
    session.expire_all()
    after = _read(session, ids)
    return MergeUndo(campaign_id, kept_id, (keep_id, other_id), names, ids, before, after)


_INDIVIDUAL_FIELDS = ("name", "title", "affiliation", "country")


def _merge_individuals(session: Session, keep: Signatory, other: Signatory) -> int:
    """Two individuals: the stronger row survives with the kept one's public
    fields (gaps filled from the other), both histories and notes, one
    contact (a second one is kept in the notes)."""
    winner, loser = (keep, other) if stronger(keep, other) else (other, keep)
    fields = {f: getattr(keep, f) or getattr(other, f) for f in _INDIVIDUAL_FIELDS}
    notes = [n for n in (keep.notes, other.notes) if n]
    if winner.contact_id is None:
        winner.contact_id = loser.contact_id
    elif loser.contact_id is not None and loser.contact_id != winner.contact_id:
        spare = session.get(Contact, loser.contact_id)
        if spare is not None:
            line = ", ".join(v for v in (spare.name, spare.email, spare.phone) if v)
            if line:
                notes.append(f"other contact: {line}")
    note = f"merged {other.name!r} into {keep.name!r}; the other entry was " \
           f"{workflow.Status(loser.status).label.lower()}"
    session.flush()
    session.exec(SignatoryEvent.__table__.update()
                 .where(SignatoryEvent.signatory_id == loser.id)
                 .values(signatory_id=winner.id))
    winner_id, loser_id = winner.id, loser.id
    _repoint(session, Signatory.__table__, loser_id, winner_id,
             skip=[SignatoryEvent.__table__])  # expires every object
    session.delete(session.get(Signatory, loser_id))
    session.flush()
    follow_merge(session, f"s{loser_id}", f"s{winner_id}")  # editions that printed it
    winner = session.get(Signatory, winner_id)
    for field, value in fields.items():
        setattr(winner, field, value)
    winner.notes = "\n".join(dict.fromkeys(notes))
    winner.updated_at = utcnow()
    session.add(winner)
    session.flush()
    insert_events(session, [{"signatory_id": winner.id, "at": utcnow(),
                             "from_status": winner.status, "to_status": winner.status,
                             "channel": "app", "note": note}])
    return winner.id


# -- undoing ------------------------------------------------------------------------------


def _comparable(rows: dict[str, dict]) -> dict[str, dict]:
    """Rows as compared for "changed since": datetimes without their zone
    (SQLite gives them back naive, PostgreSQL aware)."""
    def plain(value):
        return value.replace(tzinfo=None) if hasattr(value, "tzinfo") and value.tzinfo \
            else value
    return {t: {k: {c: plain(v) for c, v in r.items()} for k, r in rows.items()}
            for t, rows in rows.items()}


def undo_merge(session: Session, undo: MergeUndo) -> None:
    """Put every row the merge touched back as it was before, in the
    caller's transaction; MergeUndoError (nothing written) when any of them
    changed since the merge."""
    ids = {name: undo.ids.get(name, frozenset()) for name in undo.ids}
    now = _read(session, ids)
    if _comparable(now) != _comparable(undo.after):
        raise MergeUndoError(_("{name} changed since the merge (a status, a message, an edit): "
                               "the merge can no longer be undone exactly").format(
                                   name=repr(undo.names[0])))
    tables = SQLModel.metadata.sorted_tables
    # what the merge added, children first
    for table in reversed(tables):
        added = set(undo.after.get(table.name, {})) - set(undo.before.get(table.name, {}))
        for key in added:
            session.execute(table.delete().where(_where(table, key)))
    # then parents first: changed rows back to their values, deleted rows back
    for table in tables:
        old_rows = undo.before.get(table.name, {})
        current = undo.after.get(table.name, {})
        versioned = "row_version" in table.c
        for key, old in old_rows.items():
            if key in current and current[key] != old:
                values = dict(old)
                if versioned:
                    values["row_version"] = current[key]["row_version"] + 1
                session.execute(table.update().where(_where(table, key)).values(values))
        missing = [old for key, old in old_rows.items() if key not in current]
        if missing:
            session.execute(table.insert(), missing)
    session.flush()
    session.expire_all()
