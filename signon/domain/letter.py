"""The `Letter`: one value that every exporter and the live preview render.

Building it is where the rules that matter live — only endorsed signatories,
each organisation once, in the campaign's order, never a contact detail — so
that no format can get them wrong on its own. Renderers only lay it out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from signon.domain.compose import (
    ComposedItem,
    SectionDraft,
    SectionKind,
    compose_items,
    paragraphs,
)
from signon.domain.normalise import normalise_name
from signon.domain.status import appears_in_letter
from signon.domain.text import fold


class ListOrder(StrEnum):
    ALPHABETICAL = "alphabetical"
    COUNTRY = "country"
    TYPE = "type"
    DATE = "date"
    MANUAL = "manual"


class SignatoryPolicy(StrEnum):
    ORGANISATIONS = "organisations"
    INDIVIDUALS = "individuals"
    BOTH = "both"


RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb"})


@dataclass(frozen=True)
class SignatoryEntry:
    """What the letter may know of a signatory: public fields only. There is
    deliberately no email, phone or notes field here, so no exporter can leak
    them."""

    kind: str  # "organisation" | "individual"
    name: str
    status: str
    acronym: str = ""
    country: str = ""  # ISO 3166 alpha-2
    country_name: str = ""  # display name in the letter's language
    org_type: str = ""
    title: str = ""
    affiliation: str = ""
    endorsed_at: datetime | date | None = None
    position: int = 0
    organisation_id: int | None = None


@dataclass(frozen=True)
class LetterOptions:
    order: ListOrder | str = ListOrder.ALPHABETICAL
    separate_individuals: bool = True
    show_place: bool = False
    show_counts: bool = False
    edition_date: date | None = None
    keep_reconfirmation: bool = False


@dataclass(frozen=True)
class LetterSection:
    kind: SectionKind
    paragraphs: tuple[str, ...] = ()
    lead: str = ""
    items: tuple[ComposedItem, ...] = ()
    title: str = ""


@dataclass(frozen=True)
class SignatoryGroup:
    """A run of signatory lines under an optional subheading
    ("Organisations", "Individuals", a country or a type)."""

    heading: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Letter:
    title: str
    addressee: str
    language: str
    date_line: str
    sections: tuple[LetterSection, ...]
    signatory_heading: str
    groups: tuple[SignatoryGroup, ...]
    counts_line: str = ""
    footnote: str = ""
    edition_line: str = ""
    version: int | None = None
    organisations: int = 0
    individuals: int = 0
    countries: int = 0
    metadata: dict = field(default_factory=dict)

    @property
    def direction(self) -> str:
        return "rtl" if self.language.split("-")[0] in RTL_LANGUAGES else "ltr"

    @property
    def signatory_lines(self) -> list[str]:
        return [line for g in self.groups for line in g.lines]


# -- localised words ---------------------------------------------------------

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "organisations": "Organisations", "individuals": "Individuals",
        "footnote": "*Affiliation for identification purposes only",
        "signed_by": "Signed by {parts}", "from_countries": " from {n} countries",
        "from_country": " from 1 country", "and": " and ",
        "org_one": "1 organisation", "org_many": "{n} organisations",
        "ind_one": "1 individual", "ind_many": "{n} individuals",
        "edition": "List as of {date}; signatures received after publication are "
                   "added in later editions.",
        "no_country": "Other", "no_type": "Other",
    },
    "es": {
        "organisations": "Organizaciones", "individuals": "Personas",
        "footnote": "*Afiliación solo con fines de identificación",
        "signed_by": "Firmado por {parts}", "from_countries": " de {n} países",
        "from_country": " de 1 país", "and": " y ",
        "org_one": "1 organización", "org_many": "{n} organizaciones",
        "ind_one": "1 persona", "ind_many": "{n} personas",
        "edition": "Lista al {date}; las firmas recibidas después de la publicación se "
                   "añaden en ediciones posteriores.",
        "no_country": "Otros", "no_type": "Otros",
    },
    "fr": {
        "organisations": "Organisations", "individuals": "Personnes",
        "footnote": "*Affiliation à titre d’identification uniquement",
        "signed_by": "Signé par {parts}", "from_countries": " de {n} pays",
        "from_country": " d’un pays", "and": " et ",
        "org_one": "1 organisation", "org_many": "{n} organisations",
        "ind_one": "1 personne", "ind_many": "{n} personnes",
        "edition": "Liste au {date} ; les signatures reçues après la publication sont "
                   "ajoutées dans les éditions suivantes.",
        "no_country": "Autres", "no_type": "Autres",
    },
}


def words(language: str) -> dict[str, str]:
    return WORDS.get(language.split("-")[0], WORDS["en"])


def format_date(value: date, language: str) -> str:
    """Long date in the letter's language; Babel when present, English otherwise."""
    try:
        from babel.dates import format_date as babel_format

        return babel_format(value, format="long", locale=language.replace("-", "_"))
    except Exception:  # unknown locale or Babel missing: a readable fallback
        return f"{value.day} {value:%B %Y}"


# -- signatory lines ---------------------------------------------------------


def organisation_line(entry: SignatoryEntry, show_place: bool = False) -> str:
    """"Association for Progressive Communications (APC)"; with place
    "Access Now (United States)" or "… (APC, South Africa)"."""
    inside = []
    acronym = entry.acronym.strip()
    if acronym and fold(acronym) not in fold(entry.name):
        inside.append(acronym)
    if show_place and (entry.country_name or entry.country):
        inside.append(entry.country_name or entry.country)
    name = entry.name.strip()
    return f"{name} ({', '.join(inside)})" if inside else name


def individual_line(entry: SignatoryEntry, show_place: bool = False) -> str:
    """"Ada Lovelace, Professor, University of Somewhere*" — the asterisk points
    at the identification-only footnote."""
    parts = [entry.name.strip()]
    if entry.title.strip():
        parts.append(entry.title.strip())
    if entry.affiliation.strip():
        parts.append(entry.affiliation.strip() + "*")
    line = ", ".join(parts)
    if show_place and (entry.country_name or entry.country):
        line += f" ({entry.country_name or entry.country})"
    return line


def sort_key(text: str) -> tuple[str, str]:
    """Case- and accent-insensitive order: "ARTICLE 19" sorts between "Access
    Now" and "Association …", "Ávila" with the A's. The original text breaks
    ties so the order is total and stable."""
    return (fold(text), text)


def _dedupe(entries: list[SignatoryEntry]) -> list[SignatoryEntry]:
    """Each organisation once, even if it was entered twice. Individuals who
    share a name are different people: never merged here."""
    seen: set[object] = set()
    out = []
    for e in entries:
        if e.kind == "organisation":
            key = ("org", e.organisation_id) if e.organisation_id else (
                "name", normalise_name(e.name))
            if key in seen or ("name", normalise_name(e.name)) in seen:
                continue
            seen.add(key)
            seen.add(("name", normalise_name(e.name)))
        out.append(e)
    return out


def _line(entry: SignatoryEntry, show_place: bool) -> str:
    if entry.kind == "individual":
        return individual_line(entry, show_place)
    return organisation_line(entry, show_place)


def _ordered(entries: list[SignatoryEntry], order: ListOrder) -> list[SignatoryEntry]:
    alpha = sorted(entries, key=lambda e: sort_key(e.name))
    if order is ListOrder.DATE:
        far = datetime.max
        return sorted(alpha, key=lambda e: _as_datetime(e.endorsed_at) or far)
    if order is ListOrder.MANUAL:
        return sorted(alpha, key=lambda e: e.position)
    return alpha


def _as_datetime(value: datetime | date | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value.replace(tzinfo=None) if value else None
    return datetime(value.year, value.month, value.day)


def _grouped(
    entries: list[SignatoryEntry], order: ListOrder, show_place: bool, w: dict[str, str]
) -> list[tuple[str, list[str]]]:
    if order in (ListOrder.COUNTRY, ListOrder.TYPE):
        buckets: dict[str, list[SignatoryEntry]] = {}
        for e in entries:
            if order is ListOrder.COUNTRY:
                label = e.country_name or e.country or w["no_country"]
            else:
                label = e.org_type.strip().capitalize() or w["no_type"]
            buckets.setdefault(label, []).append(e)
        others = {w["no_country"], w["no_type"]}
        labels = sorted(buckets, key=lambda s: (s in others, sort_key(s)))
        return [
            (label, [_line(e, False) for e in _ordered(buckets[label], ListOrder.ALPHABETICAL)])
            for label in labels
        ]
    return [("", [_line(e, show_place) for e in _ordered(entries, order)])]


def counts_line(organisations: int, individuals: int, countries: int, language: str) -> str:
    w = words(language)
    parts = []
    if organisations:
        parts.append(w["org_one"] if organisations == 1 else w["org_many"].format(n=organisations))
    if individuals:
        parts.append(w["ind_one"] if individuals == 1 else w["ind_many"].format(n=individuals))
    if not parts:
        return ""
    text = w["signed_by"].format(parts=w["and"].join(parts))
    if countries == 1:
        text += w["from_country"]
    elif countries > 1:
        text += w["from_countries"].format(n=countries)
    return text


def build_letter(
    *,
    title: str,
    addressee: str = "",
    language: str = "en",
    sections: list[SectionDraft],
    signatories: list[SignatoryEntry],
    signatory_heading: str = "Signatories",
    options: LetterOptions | None = None,
    letter_date: date | None = None,
    version: int | None = None,
) -> Letter:
    opts = options or LetterOptions()
    order = ListOrder(opts.order)
    w = words(language)

    built_sections = []
    for s in sections:
        if s.kind.is_list:
            built_sections.append(LetterSection(
                kind=s.kind, lead=s.lead.strip(), title=s.title,
                items=tuple(compose_items(s.items, s.numbering, language)),
            ))
        else:
            built_sections.append(LetterSection(
                kind=s.kind, paragraphs=tuple(paragraphs(s.text)), title=s.title,
            ))

    shown = _dedupe([
        e for e in signatories
        if e.name.strip() and appears_in_letter(e.status, opts.keep_reconfirmation)
    ])
    orgs = [e for e in shown if e.kind != "individual"]
    people = [e for e in shown if e.kind == "individual"]

    groups: list[SignatoryGroup] = []
    if opts.separate_individuals and orgs and people:
        for heading, subset in ((w["organisations"], orgs), (w["individuals"], people)):
            sub = _grouped(subset, order, opts.show_place, w)
            if len(sub) == 1:
                groups.append(SignatoryGroup(heading, tuple(sub[0][1])))
            else:
                groups.append(SignatoryGroup(heading, ()))
                groups.extend(SignatoryGroup(h, tuple(lines)) for h, lines in sub)
    else:
        groups = [SignatoryGroup(h, tuple(lines))
                  for h, lines in _grouped(orgs + people, order, opts.show_place, w) if lines]

    countries = len({e.country for e in shown if e.country})
    when = letter_date or date.today()
    return Letter(
        title=title.strip(),
        addressee=addressee.strip(),
        language=language,
        date_line=format_date(when, language),
        sections=tuple(built_sections),
        signatory_heading=signatory_heading or "Signatories",
        groups=tuple(groups),
        counts_line=counts_line(len(orgs), len(people), countries, language)
        if opts.show_counts else "",
        footnote=w["footnote"] if any(e.affiliation.strip() for e in people) else "",
        edition_line=w["edition"].format(date=format_date(opts.edition_date, language))
        if opts.edition_date else "",
        version=version,
        organisations=len(orgs),
        individuals=len(people),
        countries=countries,
    )
