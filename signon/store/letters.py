"""Turn stored rows into the domain's `Letter` (the only place exporters and
the preview get their data from).

Two readers give the same `LetterSource`: `letter_source` through the ORM
session (any database), and `read_letter_source`, which reads an SQLite file
with the standard library alone. The second exists for speed: `signon export`
must finish a 10,000-signatory PDF in under a second, and importing SQLModel
and Alembic costs more than half of that. It reads only a file whose schema
is the current one; anything else (PostgreSQL, an older file that needs its
migration, a damaged file) goes through `open_database` as every command does.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from signon.domain.compose import SectionDraft
from signon.domain.errors import ValidationError
from signon.domain.letter import Letter, LetterOptions, SignatoryEntry, build_letter
from signon.domain.status import Status
from signon.domain.translations import load_translations

if TYPE_CHECKING:
    from sqlmodel import Session

    from signon.domain.translations import LocalisedStatement

MIGRATIONS = Path(__file__).resolve().parent / "migrations" / "versions"


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
    signatories: list[SignatoryEntry] = field(default_factory=list)
    version: int | None = None

    def default_options(self, **overrides) -> LetterOptions:
        """The campaign's own choices (order, reconfirmations), then overrides."""
        values = {"order": self.campaign.list_order,
                  "keep_reconfirmation": self.campaign.keep_reconfirmation}
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
        from signon.domain.translations import (
            TranslationStatus,
            field_status,
            normalise_language,
        )

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
    ) -> Letter:
        """The letter in `language` (default: the campaign's own): its
        translated text and campaign fields, and the letter's own words in
        that language. The signatory list is the same in every language."""
        from signon.domain.letter import DEFAULT_HEADING
        from signon.domain.translations import (
            localise_campaign,
            normalise_language,
            translated_text,
        )

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
        return build_letter(
            title=title, addressee=addressee, language=language,
            sections=sections, signatories=self.signatories,
            signatory_heading=heading,
            options=options or self.default_options(),
            letter_date=letter_date, version=self.version, author=c.coordinator,
        )


def _sections_from_json(content: str) -> list[SectionDraft]:
    return [SectionDraft(**entry) for entry in json.loads(content or "[]")]


def _translation_fields(language: str | None, languages: str | None,
                        translations: str | None) -> dict:
    from signon.domain.translations import parse_languages

    return {"languages": tuple(parse_languages(languages or "", language or "en")),
            "translations": load_translations(translations)}


# -- through the ORM ---------------------------------------------------------


def signatory_entries(session: Session, campaign_id: int,
                      language: str = "en") -> list[SignatoryEntry]:
    """Every signatory of the campaign as public fields (the letter filters).
    Country names are left to the letter, which knows its language."""
    from signon.store.signatories import list_signatories

    return [
        SignatoryEntry(
            kind=r.kind, name=r.name, status=r.status, acronym=r.acronym, country=r.country,
            org_type=r.org_type, title=r.title, affiliation=r.affiliation,
            endorsed_at=r.endorsed_at, position=r.position, organisation_id=r.organisation_id,
        )
        for r in list_signatories(session, campaign_id)
    ]


def letter_source(session: Session, campaign_id: int, *,
                  version: int | None = None) -> LetterSource:
    """The source of a campaign's letter: its current text, or a frozen version's."""
    from sqlmodel import select

    from signon.store.campaigns import get_campaign
    from signon.store.models import StatementVersion
    from signon.store.statements import load_sections

    campaign = get_campaign(session, campaign_id)
    if version is None:
        sections = load_sections(session, campaign_id)
    else:
        row = session.exec(select(StatementVersion).where(
            StatementVersion.campaign_id == campaign_id, StatementVersion.number == version)
        ).first()
        if row is None:
            raise ValidationError(f"campaign {campaign.title!r} has no version {version}")
        sections = _sections_from_json(row.content)
    info = LetterCampaign(
        id=campaign.id, title=campaign.title, addressee=campaign.addressee,
        language=campaign.language or "en", signatory_heading=campaign.signatory_heading,
        list_order=campaign.list_order, keep_reconfirmation=bool(campaign.keep_reconfirmation),
        coordinator=getattr(campaign, "coordinator", "") or "",
        **_translation_fields(campaign.language, campaign.languages, campaign.translations),
    )
    return LetterSource(info, sections, signatory_entries(session, campaign_id), version)


def load_letter(
    session: Session,
    campaign_id: int,
    options: LetterOptions | None = None,
    *,
    version: int | None = None,
    letter_date: date | None = None,
    language: str | None = None,
) -> Letter:
    """The letter of a campaign: its current text, or a frozen version's."""
    source = letter_source(session, campaign_id, version=version)
    return source.letter(options, language=language, letter_date=letter_date)


# -- straight from an SQLite file ---------------------------------------------

_REVISION = re.compile(r"^(down_revision|revision)\s*(?::[^=]*)?=\s*['\"]?([\w-]+|None)['\"]?",
                       re.MULTILINE)


def _head_revision() -> str | None:
    """The newest migration, read from the migration files' own header lines
    (the revision nobody names as its down_revision) — what Alembic would say,
    without importing it."""
    revisions, downs = set(), set()
    for path in MIGRATIONS.glob("*.py"):
        found = dict(m.groups() for m in _REVISION.finditer(path.read_text("utf-8")))
        if "revision" in found:
            revisions.add(found["revision"])
            downs.add(found.get("down_revision"))
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 else None


class NotReadable(Exception):
    """The fast reader cannot vouch for this database; use `open_database`."""


def _connect(url: str) -> sqlite3.Connection:
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
    if row is None or row[0] != _head_revision():
        conn.close()
        raise NotReadable("schema not current")
    return conn


def _find_campaign_id(conn: sqlite3.Connection, ref: str) -> int:
    """CAMPAIGN on the command line, with the rules of
    `signon.store.campaigns.find_campaign`: an id, else an exact title, else
    an unambiguous case-insensitive prefix."""
    ref = ref.strip()
    if ref.isdigit():
        row = conn.execute("SELECT id FROM campaign WHERE id = ?", (int(ref),)).fetchone()
        if row:
            return row[0]
    campaigns = conn.execute("SELECT id, title FROM campaign").fetchall()
    exact = [cid for cid, title in campaigns if title.casefold() == ref.casefold()]
    if len(exact) == 1:
        return exact[0]
    matches = exact or [cid for cid, title in campaigns
                        if title.casefold().startswith(ref.casefold())]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise ValidationError(f"no campaign {ref!r}; see `signon list campaigns`")
    ids = ", ".join(str(c) for c in sorted(matches))
    raise ValidationError(f"{ref!r} matches several campaigns (ids {ids}); use the id")


def _when(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _read(conn: sqlite3.Connection, ref: str, version: int | None,
          statuses: tuple[str, ...] | None) -> LetterSource:
    cid = _find_campaign_id(conn, ref)
    row = conn.execute(
        "SELECT id, title, addressee, language, signatory_heading, list_order,"
        " keep_reconfirmation, coordinator, languages, translations"
        " FROM campaign WHERE id = ?", (cid,)).fetchone()
    campaign = LetterCampaign(row[0], row[1], row[2] or "", row[3] or "en",
                              row[4] or "Signatories", row[5] or "alphabetical",
                              bool(row[6]), row[7] or "",
                              **_translation_fields(row[3], row[8], row[9]))
    if version is None:
        items: dict[int, list[str]] = {}
        item_translations: dict[int, list[dict]] = {}
        for section_id, text, translated in conn.execute(
                "SELECT i.section_id, i.text, i.translations FROM sectionitem i JOIN section s"
                " ON s.id = i.section_id WHERE s.campaign_id = ?"
                " ORDER BY i.position, i.id", (cid,)):
            items.setdefault(section_id, []).append(text)
            item_translations.setdefault(section_id, []).append(load_translations(translated))
        sections = [
            SectionDraft(kind=kind, text=text or "", lead=lead or "", numbering=numbering,
                         items=items.get(sid, []), title=title or "",
                         translations=load_translations(translated),
                         item_translations=item_translations.get(sid, []))
            for sid, kind, title, text, lead, numbering, translated in conn.execute(
                "SELECT id, kind, title, text, lead, numbering, translations FROM section"
                " WHERE campaign_id = ? ORDER BY position, id", (cid,))
        ]
    else:
        found = conn.execute("SELECT content FROM statementversion WHERE campaign_id = ?"
                             " AND number = ?", (cid, version)).fetchone()
        if found is None:
            raise ValidationError(f"campaign {campaign.title!r} has no version {version}")
        sections = _sections_from_json(found[0])
    where, params = "s.campaign_id = ?", [cid]
    if statuses is not None:
        where += f" AND s.status IN ({', '.join('?' * len(statuses))})"
        params.extend(statuses)
    entries = [
        SignatoryEntry(kind=kind, name=name or "", status=status, acronym=acronym or "",
                       country=country or "", org_type=org_type or "", title=title or "",
                       affiliation=affiliation or "", endorsed_at=_when(endorsed_at),
                       position=position or 0, organisation_id=org_id,
                       norm_key=norm_key or "")
        for (kind, name, status, acronym, country, org_type, title, affiliation,
             endorsed_at, position, org_id, norm_key) in conn.execute(
            "SELECT s.kind, COALESCE(o.name, s.name), s.status, o.acronym,"
            " CASE WHEN o.id IS NULL THEN s.country ELSE o.country END, o.org_type,"
            " s.title, s.affiliation, s.endorsed_at, s.position, s.organisation_id,"
            " o.norm_key"
            " FROM signatory s LEFT JOIN organisation o ON o.id = s.organisation_id"
            f" WHERE {where} ORDER BY s.position, s.id", params)
    ]
    return LetterSource(campaign, sections, entries, version)


def read_letter_source(
    url: str,
    campaign_ref: str,
    *,
    version: int | None = None,
    printable_only: bool = True,
) -> LetterSource:
    """The letter source of the campaign named `campaign_ref` (an id or a
    title) in the database at `url`, by the fastest safe way.

    `printable_only` reads only the signatories a letter can print (endorsed
    and awaiting reconfirmation): a 10,000-name campaign with as many
    invitations pending does not pay for rows the letter drops anyway."""
    statuses = ((Status.ENDORSED.value, Status.NEEDS_RECONFIRMATION.value)
                if printable_only else None)
    try:
        conn = _connect(url)
    except NotReadable:
        return _read_through_orm(url, campaign_ref, version)
    try:
        return _read(conn, campaign_ref, version, statuses)
    except sqlite3.Error:
        return _read_through_orm(url, campaign_ref, version)
    finally:
        conn.close()


def _read_through_orm(url: str, campaign_ref: str, version: int | None) -> LetterSource:
    from signon.store.campaigns import find_campaign
    from signon.store.database import open_database

    db = open_database(url)
    try:
        with db.session() as session:
            campaign = find_campaign(session, campaign_ref)
            return letter_source(session, campaign.id, version=version)
    finally:
        db.close()
