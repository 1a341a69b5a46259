"""Turn stored rows into the domain's `Letter` (the only place exporters and
the preview get their data from).

One reader, `letter_source`, in plain SQL (store/dbapi.py) that runs on any
connection: the app's session, a `Database.transaction`, or the standard
library's sqlite3. `read_letter_source` is how the export command (and the
Export tab, on SQLite) calls it: a file at the current schema is read with
sqlite3 alone. That path exists for speed: on a 10,000-signatory campaign
the whole `signon export` took 0.27 s of CPU for text and 0.43 s for a PDF
this way, and 0.49 s and 0.64 s when the file was opened with
`open_database` and read by the same queries through SQLAlchemy (its import
and the checks of opening are the difference; measured for issue 16).
Anything else (PostgreSQL, an older file that needs its migration, a
damaged file) is opened by `open_database` as every command does and read
by the same reader in SQL Core (`Database.transaction`: the ORM is never
imported).

The app reads a campaign's sections with the same function
(`statements.load_sections`), and its signatory list with the same query
(`dbapi.signatory_rows`, for `signatories.list_signatories`).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from signon.domain.compose import SectionDraft
from signon.domain.errors import ValidationError
from signon.domain.letter import (
    EditionContext,
    Letter,
    LetterOptions,
    SignatoryEntry,
    build_letter,
)
from signon.domain.messages import _
from signon.domain.status import Status
from signon.domain.translations import load_translations
from signon.store.dbapi import find_campaign_ref, rows, signatory_rows, stored_time
from signon.store.revisions import head_revision

if TYPE_CHECKING:
    from signon.domain.translations import LocalisedStatement
    from signon.store.dbapi import Unit

#: The statuses a letter can print (endorsed, and awaiting reconfirmation when
#: the campaign keeps those): a 10,000-name campaign with as many invitations
#: pending does not pay for rows the letter drops anyway.
PRINTABLE = (Status.ENDORSED.value, Status.NEEDS_RECONFIRMATION.value)


@dataclass(frozen=True)
class LetterCampaign:
    """The campaign fields a letter needs."""

    id: int
    title: str
    addressee: str = ""
    language: str = "en"
    signatory_heading: str = "Signatories"
    list_order: str = "alphabetical"
    keep_reconfirmation: bool = False
    coordinator: str = ""
    #: translation languages (docs/translations.md), without the primary one
    languages: tuple[str, ...] = ()
    #: the campaign fields' translations: {"es": {"title": …, …}}
    translations: dict = field(default_factory=dict, compare=False, hash=False)
    #: the date the letter prints (None: the day of export)
    letter_date: date | None = None
    signatory_layout: str = "list"
    retractions: str = "mark"
    #: whether the totals count the signatories marked "do not publish"
    count_private: bool = False

    @property
    def letter_languages(self) -> tuple[str, ...]:
        """Every language the letter can be written in, primary first."""
        return (self.language, *self.languages)


@dataclass(frozen=True)
class LetterSource:
    """Everything a letter is built from, read once. The Export tab keeps one
    and rebuilds the letter from it at every change of an option, without
    going back to the database."""

    campaign: LetterCampaign
    sections: list[SectionDraft]
    #: the signatories a public letter may print: never one marked "do not
    #: publish" (issue 19)
    signatories: list[SignatoryEntry] = field(default_factory=list)
    version: int | None = None
    #: those marked "do not publish": printed only by a delivery copy
    #: (`LetterOptions.delivery_copy`), counted in a public letter's totals
    #: only when the campaign counts them
    withheld: list[SignatoryEntry] = field(default_factory=list)

    def private_count(self, options: LetterOptions | None = None) -> int:
        """How many signatories marked "do not publish" a delivery copy
        with `options` adds to the list (the Export tab offers one only
        when some would print)."""
        from signon.domain.letter import printable_entries

        if not self.withheld:
            return 0
        return len(printable_entries(self.withheld, options or self.default_options()))

    def default_options(self, **overrides) -> LetterOptions:
        """The campaign's own choices (order, reconfirmations), then overrides."""
        values = {"order": self.campaign.list_order,
                  "keep_reconfirmation": self.campaign.keep_reconfirmation,
                  "signatory_layout": self.campaign.signatory_layout,
                  "retractions": self.campaign.retractions}
        values.update({k: v for k, v in overrides.items() if v is not None})
        return LetterOptions(**values)

    def localised(self, language: str | None = None) -> LocalisedStatement:
        """The statement in `language`: translations where there are some,
        the primary text (flagged missing) elsewhere."""
        from signon.domain.translations import localise_sections

        return localise_sections(self.sections, language or self.campaign.language,
                                 self.campaign.language)

    def translation_gaps(self, language: str | None) -> tuple[int, int]:
        """(missing, outdated) texts of the letter in `language`: the
        statement's and the title's and addressee's. (0, 0) in the primary
        language."""
        from signon.domain.languages import normalise_language
        from signon.domain.translations import TranslationStatus, field_status

        c = self.campaign
        if not language or normalise_language(language) == normalise_language(c.language):
            return 0, 0
        localised = self.localised(language)
        missing, outdated = len(localised.missing), len(localised.outdated)
        for name in ("title", "addressee"):
            status = field_status(getattr(c, name), c.translations,
                                  normalise_language(language), name)
            missing += status is TranslationStatus.MISSING
            outdated += status is TranslationStatus.OUTDATED
        return missing, outdated

    def letter(
        self,
        options: LetterOptions | None = None,
        *,
        language: str | None = None,
        letter_date: date | None = None,
        retracted: Sequence[SignatoryEntry] = (),
        edition: EditionContext | None = None,
    ) -> Letter:
        """The letter in `language` (default: the campaign's own): its
        translated text and campaign fields, and the letter's own words in
        that language. The signatory list is the same in every language.
        `letter_date` is the date it prints: the campaign's own letter date
        when it has one, else the day of export. `retracted` and `edition`
        are for a published edition (`domain.letter.build_letter`).

        This is where a public letter and a delivery copy part: a public one
        (and every edition) is built from `signatories` alone, with
        `withheld` counted when the campaign counts them; a delivery copy
        (`options.delivery_copy`) prints `withheld` too, each in its place
        in the campaign's order."""
        from signon.domain.languages import normalise_language
        from signon.domain.letter import DEFAULT_HEADING
        from signon.domain.translations import localise_campaign, translated_text

        c = self.campaign
        language = language or c.language
        title, addressee, heading = c.title, c.addressee, c.signatory_heading
        sections = self.sections
        if normalise_language(language) != normalise_language(c.language):
            sections = self.localised(language).sections
            fields = localise_campaign(
                {"title": title, "addressee": addressee, "signatory_heading": heading},
                c.translations, language)
            title, addressee = fields["title"], fields["addressee"]
            # a custom heading without a translation: the letter's own word
            # for "Signatories" reads better than the primary language's
            if translated_text(c.translations, normalise_language(language),
                               "signatory_heading").strip():
                heading = fields["signatory_heading"]
            else:
                heading = DEFAULT_HEADING
        options = options or self.default_options()
        if options.delivery_copy and edition is not None:
            raise ValidationError(_("a delivery copy is never an edition: it prints the "
                                    "signatories who asked not to be named"))
        unnamed = self.withheld if options.delivery_copy or c.count_private else []
        return build_letter(
            title=title, addressee=addressee, language=language,
            sections=sections, signatories=self.signatories,
            signatory_heading=heading, options=options,
            letter_date=letter_date or c.letter_date, version=self.version,
            author=c.coordinator, retracted=retracted, edition=edition, unnamed=unnamed,
        )


def _sections_from_json(content: str) -> list[SectionDraft]:
    return [SectionDraft(**entry) for entry in json.loads(content or "[]")]


def _translation_fields(language: str | None, languages: str | None,
                        translations: str | None) -> dict:
    from signon.domain.translations import parse_languages

    return {"languages": tuple(parse_languages(languages or "", language or "en")),
            "translations": load_translations(translations)}



# -- the reader ---------------------------------------------------------------


def read_campaign(unit: Unit, campaign_id: int) -> LetterCampaign:
    """The campaign fields a letter needs."""
    found = rows(unit, "SELECT id, title, addressee, language, signatory_heading, list_order,"
                       " keep_reconfirmation, coordinator, languages, translations,"
                       " letter_date, signatory_layout, retractions, count_private"
                       " FROM campaign WHERE id = ?", (campaign_id,))
    if not found:
        raise ValidationError(_("no campaign with id {id}").format(id=campaign_id))
    (cid, title, addressee, language, heading, order, keep, coordinator, languages,
     translations, letter_date, layout, retractions, count_private) = found[0]
    return LetterCampaign(cid, title, addressee or "", language or "en",
                          heading or "Signatories", order or "alphabetical", bool(keep),
                          coordinator or "",
                          **_translation_fields(language, languages, translations),
                          letter_date=stored_date(letter_date),
                          signatory_layout=layout or "list", retractions=retractions or "mark",
                          count_private=bool(count_private))


def stored_date(value: str | date | None) -> date | None:
    """A DATE column as a date: sqlite3 hands back its text ("2026-04-12")."""
    if not value:
        return None
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return value


def read_sections(unit: Unit, campaign_id: int) -> list[SectionDraft]:
    """The campaign's current statement, in order, with its translations and
    the library blocks its sections and items were copied from. One query
    (sections joined with their items: one round trip to a team database)."""
    sections: dict[int, tuple] = {}
    items: dict[int, list[tuple]] = {}
    for (sid, kind, title, text, lead, numbering, translated, block_id, marker,
         item_id, item_text, item_translated, item_block_id) in rows(
            unit, "SELECT s.id, s.kind, s.title, s.text, s.lead, s.numbering, s.translations,"
                  " s.source_block_id, s.marker, i.id, i.text, i.translations,"
                  " i.source_block_id"
                  " FROM section s LEFT JOIN sectionitem i ON i.section_id = s.id"
                  " WHERE s.campaign_id = ? ORDER BY s.position, s.id, i.position, i.id",
            (campaign_id,)):
        if sid not in sections:
            sections[sid] = (kind, title, text, lead, numbering, translated, block_id, marker)
            items[sid] = []
        if item_id is not None:
            items[sid].append((item_text, item_translated, item_block_id))
    return [
        SectionDraft(kind=kind, text=text or "", lead=lead or "", numbering=numbering,
                     items=[i[0] for i in items[sid]], title=title or "",
                     source_block_id=block_id,
                     item_sources=[i[2] for i in items[sid]],
                     translations=load_translations(translated),
                     item_translations=[load_translations(i[1]) for i in items[sid]],
                     marker=marker or "bullet")
        for sid, (kind, title, text, lead, numbering, translated, block_id, marker)
        in sections.items()
    ]


def read_version_sections(unit: Unit, campaign: LetterCampaign, version: int
                          ) -> list[SectionDraft]:
    """The statement as frozen in `version`."""
    found = rows(unit, "SELECT content FROM statementversion WHERE campaign_id = ?"
                       " AND number = ?", (campaign.id, version))
    if not found:
        raise ValidationError(_("campaign {title} has no version {number}").format(
            title=repr(campaign.title), number=version))
    return _sections_from_json(found[0][0])


def signatory_entries(unit: Unit, campaign_id: int, language: str = "en", *,
                      printable_only: bool = True) -> list[SignatoryEntry]:
    """The campaign's signatories as a public letter may know them (public
    fields only, and never one marked "do not publish"). Country names are
    left to the letter, which knows its language."""
    return split_entries(unit, campaign_id, printable_only=printable_only)[0]


def private_ids(unit: Unit, campaign_id: int) -> frozenset[int]:
    """The campaign's signatories marked "do not publish" (few, if any: one
    look-up beside the list rather than a column in every row of it)."""
    return frozenset(sid for (sid,) in rows(
        unit, "SELECT id FROM signatory WHERE campaign_id = ? AND private", (campaign_id,)))


def split_entries(unit: Unit, campaign_id: int, *, printable_only: bool = True
                  ) -> tuple[list[SignatoryEntry], list[SignatoryEntry]]:
    """The campaign's signatories as the letter may know them, in its order:
    (public, private). This is the one place where a signatory marked "do
    not publish" is kept off the public list (issue 19): every letter, the
    previews and every edition read their signatories here.

    The values that repeat (a kind, a status, a country, a type, a title,
    an affiliation) are held once (`dbapi.share_repeats`' idea, row by row
    here: the rows are streamed): the driver makes a new string for every
    row, and the Statement and Export tabs each hold 50,000 entries of a
    200,000-signatory campaign."""
    hidden = private_ids(unit, campaign_id)
    public: list[SignatoryEntry] = []
    private: list[SignatoryEntry] = []
    share = {}.setdefault  # share(value, value): the first equal value seen
    for (kind, name, status, acronym, country, org_type, title, affiliation, endorsed_at,
         position, org_id, norm_key, sid, *_listing) in signatory_rows(
            unit, campaign_id, PRINTABLE if printable_only else None, listing=True):
        (private if sid in hidden else public).append(SignatoryEntry(
            kind=share(kind, kind), name=name or "", status=share(status, status),
            acronym=share(acronym, acronym), country=share(country, country),
            org_type=share(org_type, org_type), title=share(title or "", title or ""),
            affiliation=share(affiliation or "", affiliation or ""),
            endorsed_at=stored_time(endorsed_at),
            position=position or 0, organisation_id=org_id, norm_key=norm_key,
            signatory_id=sid))
    return public, private


def withdrawn_entries(unit: Unit, campaign_id: int) -> list[SignatoryEntry]:
    """The campaign's withdrawn signatories, public fields only, each with
    the day of its latest withdrawal (`retracted_on`, UTC): what a later
    edition marks "retracted (date)" when an earlier one printed it. One
    marked "do not publish" is never named, not even as retracted; an
    event that kept the status (a merge, marking "do not publish") is no
    withdrawal."""
    when: dict[int, date] = {}
    for sid, at in rows(unit, "SELECT e.signatory_id, MAX(e.at) FROM signatoryevent e"
                              " JOIN signatory s ON s.id = e.signatory_id"
                              " WHERE s.campaign_id = ? AND s.status = ? AND e.to_status = ?"
                              " AND NOT s.private AND (e.from_status IS NULL"
                              " OR e.from_status <> e.to_status)"
                              " GROUP BY e.signatory_id",
                        (campaign_id, Status.WITHDRAWN.value, Status.WITHDRAWN.value)):
        moment = stored_time(at, aware=True)
        if moment is not None:
            when[sid] = moment.date()
    return [
        SignatoryEntry(kind=kind, name=name or "", status=status, acronym=acronym,
                       country=country, org_type=org_type, title=title or "",
                       affiliation=affiliation or "", endorsed_at=stored_time(endorsed_at),
                       position=position or 0, organisation_id=org_id, norm_key=norm_key,
                       signatory_id=sid, retracted_on=when[sid])
        for (kind, name, status, acronym, country, org_type, title, affiliation, endorsed_at,
             position, org_id, norm_key, sid, *_listing)
        in signatory_rows(unit, campaign_id, (Status.WITHDRAWN.value,), listing=True)
        if sid in when
    ]


def letter_source(unit: Unit, campaign_id: int, *, version: int | None = None,
                  printable_only: bool = True) -> LetterSource:
    """The source of a campaign's letter: its current text, or a frozen
    version's. `printable_only` reads only the signatories a letter can
    print (`PRINTABLE`); the letter is the same either way."""
    campaign = read_campaign(unit, campaign_id)
    sections = (read_sections(unit, campaign_id) if version is None
                else read_version_sections(unit, campaign, version))
    public, private = split_entries(unit, campaign_id, printable_only=printable_only)
    return LetterSource(campaign, sections, public, version, withheld=private)


def load_letter(
    unit: Unit,
    campaign_id: int,
    options: LetterOptions | None = None,
    *,
    version: int | None = None,
    letter_date: date | None = None,
    language: str | None = None,
) -> Letter:
    """The letter of a campaign: its current text, or a frozen version's."""
    source = letter_source(unit, campaign_id, version=version)
    return source.letter(options, language=language, letter_date=letter_date)


# -- from a database URL --------------------------------------------------------


class NotReadable(Exception):
    """The standard library's sqlite3 cannot vouch for this database; it is
    opened with `open_database` instead."""


def _connect(url: str) -> sqlite3.Connection:
    """A read-only sqlite3 connection to a file at the current schema."""
    if not url.startswith("sqlite:///"):
        raise NotReadable(url)
    path = Path(url[len("sqlite:///"):])
    if not path.is_file() or path.stat().st_size == 0:
        raise NotReadable(url)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error as exc:
        raise NotReadable(str(exc)) from None
    if row is None or row[0] != head_revision():
        conn.close()
        raise NotReadable("schema not current")
    return conn


def read_letter_source(
    url: str,
    campaign_ref: str,
    *,
    version: int | None = None,
    printable_only: bool = True,
) -> LetterSource:
    """The letter source of the campaign named `campaign_ref` (an id or a
    title) in the database at `url`: with sqlite3 alone when the file is
    current, else through `open_database`."""
    try:
        conn = _connect(url)
    except NotReadable:
        return _read_opened(url, campaign_ref, version, printable_only)
    try:
        cid = find_campaign_ref(conn, campaign_ref).id
        return letter_source(conn, cid, version=version, printable_only=printable_only)
    except sqlite3.Error:  # locked, damaged: open_database says so in one line
        return _read_opened(url, campaign_ref, version, printable_only)
    finally:
        conn.close()


def _read_opened(url: str, campaign_ref: str, version: int | None,
                 printable_only: bool) -> LetterSource:
    """The same reader on a database opened (checked, upgraded) as every
    command opens one, in SQL Core."""
    from signon.store.database import open_database

    db = open_database(url)
    try:
        with db.transaction() as conn:
            cid = find_campaign_ref(conn, campaign_ref).id
            return letter_source(conn, cid, version=version, printable_only=printable_only)
    finally:
        db.close()
