"""Published editions (issue 20): what was published on which date, kept
for good, and what changed from one edition to the next.

`publish` stores an immutable `Edition`: its number and date, the frozen
statement version it prints (freezing the current text first when it is
not frozen yet), the letter options, the letter itself as built (JSON), the
names it printed in order, its canonical text (the text export, byte for
byte) and that text's SHA-256. The campaign is then published.

Edition N+1 lists the endorsers of its moment. A signatory an earlier
edition printed that has withdrawn since is marked "retracted (date)" in
its place, or left out (the campaign's `retractions`); "Added since edition
N" is a letter option. `draft_edition` builds what publishing would store
without storing it, so the app and `signon publish --dry-run` can show the
changes first (`EditionDraft.changes`); `changes_between` compares two
stored editions.

`signon verify` finds an edition by digest, in any campaign
(`editions_with_digest`), or a file written from one by the SHA-256 of its
bytes (`file_with_digest`, recorded by `record_file` at each export).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sqlalchemy import func
from sqlmodel import Session, select

from signon.domain.edition import (
    EditionChanges,
    PrintedName,
    canonical_text,
    edition_changes,
    letter_from_json,
    letter_to_json,
    printed_names,
    text_digest,
)
from signon.domain.errors import ValidationError
from signon.domain.letter import (
    EditionContext,
    Letter,
    LetterOptions,
    Retractions,
    SignatoryLayout,
)
from signon.domain.messages import N_, _
from signon.store.models import Campaign, Edition, EditionFile, utcnow

PUBLISHED = "published"


# -- the campaign's letter settings ------------------------------------------------


def set_letter_settings(session: Session, campaign_id: int, **values) -> Campaign:
    """Change a campaign's letter shape: `letter_date` (a date, or None for
    the day of export), `signatory_layout` ("list" or "inline") and
    `retractions` ("mark" or "omit"). Anything else is refused."""
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise ValidationError(_("no campaign with id {id}").format(id=campaign_id))
    for key, value in values.items():
        if key == "letter_date":
            if value is not None and not isinstance(value, date):
                raise ValidationError(_("letter date: {value} is not a date").format(
                    value=repr(value)))
        elif key == "signatory_layout":
            value = _choice(value, SignatoryLayout,
                            N_("signatory layout: {value} is not one of {choices}"))
        elif key == "retractions":
            value = _choice(value, Retractions, N_("retractions: {value} is not one of {choices}"))
        else:
            raise ValidationError(_("unknown letter setting {key}").format(key=repr(key)))
        setattr(campaign, key, value)
    campaign.updated_at = utcnow()
    session.add(campaign)
    session.flush()
    return campaign


def _choice(value, enum, refusal: str) -> str:
    """`value` as one of `enum`'s; else `refusal` (an `N_` text) in the
    user's language."""
    try:
        return enum(value).value
    except ValueError:
        raise ValidationError(_(refusal).format(
            value=repr(value), choices=", ".join(v.value for v in enum))) from None


# -- options as stored --------------------------------------------------------------


def options_json(options: LetterOptions, language: str, letter_date: date) -> dict:
    """The letter options of an edition as JSON values, with its language
    and the date the letter prints."""
    return {
        "order": str(options.order), "separate_individuals": options.separate_individuals,
        "show_place": options.show_place, "show_counts": options.show_counts,
        "edition_date": options.edition_date.isoformat() if options.edition_date else None,
        "keep_reconfirmation": options.keep_reconfirmation,
        "show_title": options.show_title, "show_date": options.show_date,
        "signatory_layout": str(options.signatory_layout),
        "retractions": str(options.retractions), "show_added": options.show_added,
        "language": language, "letter_date": letter_date.isoformat(),
    }


# -- building an edition ------------------------------------------------------------


@dataclass(frozen=True)
class EditionDraft:
    """What publishing now would store (nothing is written to build it)."""

    campaign_id: int
    number: int
    published_on: date
    #: the statement version it prints; `freezes` when that version is the
    #: current text, frozen by publishing
    statement_version: int
    freezes: bool
    letter: Letter
    text: str
    digest: str
    names: list[PrintedName]
    options: dict
    language: str
    #: the edition before (None: this is the first)
    previous: int | None = None
    #: from the edition before (from nothing for the first: every name added)
    changes: EditionChanges = field(default_factory=EditionChanges)


def _stored_names(edition: Edition) -> list[PrintedName]:
    return names_from_column(edition.names)


# -- the edition's letter and names as their columns hold them (JSON) -------------


def letter_column(letter: Letter) -> str:
    return json.dumps(letter_to_json(letter), ensure_ascii=False, sort_keys=True)


def letter_from_column(text: str) -> Letter:
    return letter_from_json(json.loads(text))


def names_column(names: list[PrintedName]) -> str:
    return json.dumps([{"key": n.key, "line": n.line, "retracted": n.retracted}
                       for n in names], ensure_ascii=False)


def names_from_column(text: str | None) -> list[PrintedName]:
    return [PrintedName(n["key"], n["line"], bool(n.get("retracted")))
            for n in json.loads(text or "[]")]


def editions(session: Session, campaign_id: int) -> list[Edition]:
    """The campaign's editions, first to last."""
    return list(session.exec(select(Edition).where(Edition.campaign_id == campaign_id)
                             .order_by(Edition.number)).all())


def get_edition(session: Session, campaign_id: int, number: int) -> Edition:
    found = session.exec(select(Edition).where(Edition.campaign_id == campaign_id,
                                               Edition.number == number)).first()
    if found is None:
        have = [e.number for e in editions(session, campaign_id)]
        if have:
            raise ValidationError(_("this campaign has no edition {number} (editions: "
                                    "{numbers})").format(
                                        number=number, numbers=", ".join(str(n) for n in have)))
        raise ValidationError(_("this campaign has no edition {number} (none is published yet: "
                                "signon publish CAMPAIGN)").format(number=number))
    return found


def draft_edition(session: Session, campaign_id: int, *, on: date,
                  options: LetterOptions | None = None,
                  language: str | None = None) -> EditionDraft:
    """The edition publishing on day `on` would store: the current text
    (the latest frozen version when it is that text, else the version that
    publishing freezes), the endorsers of the moment, earlier names now
    withdrawn marked or left out, and the changes from the edition before.
    `options` default to the campaign's own (`LetterSource.default_options`);
    the letter prints the campaign's letter date, else `on`."""
    from signon.store.letters import letter_source, withdrawn_entries
    from signon.store.statements import content_hash, latest_version, load_sections

    if options is not None and options.delivery_copy:
        raise ValidationError(_("a delivery copy is private: it is never published as an "
                                "edition"))
    source = letter_source(session, campaign_id)
    campaign = source.campaign
    sections = load_sections(session, campaign_id)
    latest = latest_version(session, campaign_id)
    if latest is not None and latest.content_hash == content_hash(sections):
        version, freezes = latest.number, False
    elif all(s.is_empty for s in sections):
        raise ValidationError(_("the statement is empty: write the text before publishing "
                                "it"))
    else:
        version, freezes = (latest.number if latest else 0) + 1, True
    source = replace(source, version=version)
    before = editions(session, campaign_id)
    printed_before = frozenset(n.key for e in before for n in _stored_names(e)
                               if not n.retracted)
    number = (before[-1].number if before else 0) + 1
    previous = before[-1].number if before else None
    opts = options or source.default_options()
    language = language or campaign.language
    letter_date = campaign.letter_date or on
    letter = source.letter(
        opts, language=language, letter_date=letter_date,
        retracted=withdrawn_entries(session, campaign_id),
        edition=EditionContext(number, previous, printed_before))
    text = canonical_text(letter)
    names = printed_names(letter)
    changes = edition_changes(_stored_names(before[-1]) if before else [], names)
    return EditionDraft(campaign_id=campaign_id, number=number, published_on=on,
                        statement_version=version, freezes=freezes, letter=letter, text=text,
                        digest=text_digest(text), names=names,
                        options=options_json(opts, language, letter_date), language=language,
                        previous=previous, changes=changes)


@dataclass(frozen=True)
class Published:
    edition: Edition
    draft: EditionDraft


def publish(session: Session, campaign_id: int, *, on: date, note: str = "",
            options: LetterOptions | None = None, language: str | None = None,
            now: datetime | None = None) -> Published:
    """Store the next edition (see `draft_edition`) and mark the campaign
    published, in the caller's transaction. The current text is frozen as a
    new version first when it is not frozen yet (`Published.draft.freezes`)."""
    from signon.store.concurrency import begin_write
    from signon.store.statements import freeze_version

    begin_write(session)  # two coordinators publishing at once: one after the other
    draft = draft_edition(session, campaign_id, on=on, options=options, language=language)
    if draft.freezes:
        frozen = freeze_version(session, campaign_id,
                                note=f"frozen to publish edition {draft.number}")
        if frozen.number != draft.statement_version:  # pragma: no cover (a race)
            raise ValidationError(_("the statement changed while publishing; try again"))
    row = Edition(
        campaign_id=campaign_id, number=draft.number, published_on=on,
        statement_version=draft.statement_version, language=draft.language,
        options=json.dumps(draft.options, ensure_ascii=False, sort_keys=True),
        letter=letter_column(draft.letter), names=names_column(draft.names),
        text=draft.text, digest=draft.digest, note=" ".join(note.split()),
        created_at=now or utcnow())
    session.add(row)
    campaign = session.get(Campaign, campaign_id)
    campaign.status = PUBLISHED
    campaign.closed_on = campaign.closed_on or on  # retention counts from here
    campaign.updated_at = utcnow()
    session.add(campaign)
    session.flush()
    return Published(row, draft)


# -- reading editions back ----------------------------------------------------------


def edition_letter(edition: Edition) -> Letter:
    """The edition's letter as published, ready to render: dated by the
    edition (a PDF's or DOCX's dates are its own, never the time of export)
    and carrying its digest (the seal of every file written from it)."""
    letter = letter_from_column(edition.letter)
    metadata = dict(letter.metadata, created=edition.published_on.isoformat(),
                    edition_digest=edition.digest)
    return replace(letter, metadata=metadata)


def edition_names(edition: Edition) -> list[PrintedName]:
    """The names the edition printed, in order."""
    return _stored_names(edition)


def changes_between(session: Session, campaign_id: int, first: int,
                    second: int) -> EditionChanges:
    """What edition `second` prints differently from edition `first`."""
    return edition_changes(_stored_names(get_edition(session, campaign_id, first)),
                           _stored_names(get_edition(session, campaign_id, second)))


@dataclass(frozen=True)
class EditionSummary:
    """One line of the app's list of editions (without the letter and text)."""

    id: int
    number: int
    published_on: date
    statement_version: int | None
    #: the names it printed as endorsing, and those it marked retracted
    names: int
    retracted: int
    note: str
    digest: str


def edition_summaries(session: Session, campaign_id: int) -> list[EditionSummary]:
    """The campaign's editions, newest first, as the Export tab lists them."""
    rows = session.exec(select(Edition.id, Edition.number, Edition.published_on,
                               Edition.statement_version, Edition.names, Edition.note,
                               Edition.digest)
                        .where(Edition.campaign_id == campaign_id)
                        .order_by(Edition.number.desc())).all()
    out = []
    for eid, number, on, version, names, note, digest in rows:
        printed = json.loads(names or "[]")
        retracted = sum(1 for n in printed if n.get("retracted"))
        out.append(EditionSummary(eid, number, on, version, len(printed) - retracted,
                                  retracted, note, digest))
    return out


def latest_edition(session: Session, campaign_id: int) -> Edition | None:
    return session.exec(select(Edition).where(Edition.campaign_id == campaign_id)
                        .order_by(Edition.number.desc())).first()


def edition_count(session: Session, campaign_id: int) -> int:
    return session.exec(select(func.count()).select_from(Edition)
                        .where(Edition.campaign_id == campaign_id)).one()


# -- a merge continues a printed name ---------------------------------------------------


def follow_merge(session: Session, gone: str, kept: str) -> int:
    """After a merge, the kept entry continues the name an edition printed
    for the merged-away one: `gone`'s key (`entry_key`: "o12" for a
    directory entry, "s34" for an individual's row) becomes `kept`'s in the
    names every edition printed, so the next edition's "what changed" does
    not list the same signer as retracted under one name and added under
    the other. Only who each line is changes: the printed lines, the letter,
    the text and its digest stay as published. Returns how many editions
    were touched."""
    touched = 0
    for edition in session.exec(select(Edition).where(Edition.names.contains(f'"{gone}"'))):
        names = json.loads(edition.names or "[]")
        if not any(n["key"] == gone for n in names):
            continue  # the text matched inside a printed line
        for n in names:
            if n["key"] == gone:
                n["key"] = kept
        edition.names = json.dumps(names, ensure_ascii=False)
        session.add(edition)
        touched += 1
    session.flush()
    return touched


def campaign_edition_ids(session: Session, campaign_ids) -> frozenset[int]:
    """The ids of the editions of these campaigns (what a merge of their
    signatories may touch, and its undo put back)."""
    wanted = sorted(set(campaign_ids))
    if not wanted:
        return frozenset()
    return frozenset(session.exec(select(Edition.id).where(
        Edition.campaign_id.in_(wanted))).all())


# -- a deleted campaign put back ------------------------------------------------------


_EDITION_FIELDS = ("number", "published_on", "statement_version", "language", "options",
                   "letter", "names", "text", "digest", "note", "created_at")


def editions_snapshot(session: Session, campaign_id: int) -> list[dict]:
    """The campaign's editions and the files written from them, as plain
    values, before the campaign is deleted: what `restore_editions` puts
    back when the deletion is undone."""
    out = []
    for edition in editions(session, campaign_id):
        files = session.exec(select(EditionFile).where(EditionFile.edition_id == edition.id)
                             .order_by(EditionFile.id)).all()
        out.append({**{k: getattr(edition, k) for k in _EDITION_FIELDS},
                    "files": [{"format": f.format, "digest": f.digest,
                               "written_at": f.written_at} for f in files]})
    return out


def restore_editions(session: Session, campaign_id: int, snapshot: list[dict]) -> None:
    """Give `campaign_id` (the deleted campaign, put back under a new id)
    the editions `editions_snapshot` read, with their numbers, dates, texts
    and digests, and the files written from them: `signon verify` still
    recognises every file of the restored campaign."""
    for doc in snapshot:
        row = Edition(campaign_id=campaign_id, **{k: doc[k] for k in _EDITION_FIELDS})
        session.add(row)
        session.flush()
        for f in doc["files"]:
            session.add(EditionFile(edition_id=row.id, **f))
    session.flush()


# -- verification ---------------------------------------------------------------------


def editions_with_digest(session: Session, digest: str) -> list[Edition]:
    """Every edition, in any campaign, whose canonical text has this SHA-256."""
    return list(session.exec(select(Edition).where(Edition.digest == digest)
                             .order_by(Edition.campaign_id, Edition.number)).all())


def record_file(session: Session, edition_id: int, fmt: str, digest: str) -> None:
    """Remember a file written from an edition by the SHA-256 of its bytes
    (once per format and digest)."""
    known = session.exec(select(EditionFile).where(EditionFile.edition_id == edition_id,
                                                   EditionFile.digest == digest)).first()
    if known is None:
        session.add(EditionFile(edition_id=edition_id, format=fmt, digest=digest))
        session.flush()


def file_with_digest(session: Session, digest: str) -> tuple[Edition, str] | None:
    """The edition and format of a file written from it with these bytes."""
    found = session.exec(select(EditionFile).where(EditionFile.digest == digest)).first()
    if found is None:
        return None
    return session.get(Edition, found.edition_id), found.format


def campaign_title(session: Session, campaign_id: int) -> str:
    campaign = session.get(Campaign, campaign_id)
    return campaign.title if campaign is not None else f"campaign {campaign_id}"
