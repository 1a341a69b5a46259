"""A published edition as plain values: the letter frozen as JSON, its
canonical text and digest, the names it printed, and what changed between
two editions.

An edition must come back exactly as it was published whatever changes
afterwards (the statement, a name in the directory, Sign-on's own words
after an upgrade), so the store keeps the built `Letter` itself, as JSON,
not the recipe to build it again. Only public fields are in it: a
`SignatoryEntry` has no contact, email or note to leak.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, fields
from datetime import date, datetime

from signon.domain.compose import ComposedItem, SectionKind
from signon.domain.letter import (
    Letter,
    LetterSection,
    SignatoryEntry,
    SignatoryGroup,
    entry_key,
)
from signon.domain.letter_text import render_text

#: The shape of `letter_to_json`; a later shape reads this one.
LETTER_JSON = 1


def canonical_text(letter: Letter) -> str:
    """The edition's canonical text: its plain text export, byte for byte."""
    return render_text(letter)


def text_digest(text: str) -> str:
    """SHA-256 (hex) of the canonical text in UTF-8: the edition's digest,
    and the digest of its text export's bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# -- the letter as JSON ---------------------------------------------------------


def _when(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _entry_json(e: SignatoryEntry) -> dict:
    out = {f.name: getattr(e, f.name) for f in fields(SignatoryEntry)}
    out["endorsed_at"] = _when(e.endorsed_at)
    out["retracted_on"] = _when(e.retracted_on)
    return out


def _entry(doc: dict) -> SignatoryEntry:
    values = dict(doc)
    endorsed = values.get("endorsed_at")
    if endorsed:
        values["endorsed_at"] = (date.fromisoformat(endorsed) if len(endorsed) == 10
                                 else datetime.fromisoformat(endorsed))
    retracted = values.get("retracted_on")
    values["retracted_on"] = date.fromisoformat(retracted) if retracted else None
    known = {f.name for f in fields(SignatoryEntry)}
    return SignatoryEntry(**{k: v for k, v in values.items() if k in known})


def letter_to_json(letter: Letter) -> dict:
    """Every field of `letter` as JSON values (`letter_from_json` reads it
    back into an equal letter)."""
    return {
        "format": LETTER_JSON,
        "title": letter.title, "addressee": letter.addressee, "language": letter.language,
        "date_line": letter.date_line,
        "sections": [{"kind": s.kind.value, "paragraphs": list(s.paragraphs), "lead": s.lead,
                      "items": [[i.marker, i.text] for i in s.items], "title": s.title,
                      "numbering": s.numbering, "marker": s.marker}
                     for s in letter.sections],
        "signatory_heading": letter.signatory_heading,
        "groups": [{"heading": g.heading, "lines": list(g.lines), "level": g.level,
                    "entries": [_entry_json(e) for e in g.entries]} for g in letter.groups],
        "counts_line": letter.counts_line, "footnote": letter.footnote,
        "edition_line": letter.edition_line, "version": letter.version,
        "organisations": letter.organisations, "individuals": letter.individuals,
        "countries": letter.countries, "metadata": dict(letter.metadata),
        "places": dict(letter.places), "signatory_layout": letter.signatory_layout,
        "closing_line": letter.closing_line, "added_line": letter.added_line,
        "edition": letter.edition,
    }


def letter_from_json(doc: dict) -> Letter:
    sections = tuple(
        LetterSection(kind=SectionKind(s["kind"]), paragraphs=tuple(s["paragraphs"]),
                      lead=s["lead"], items=tuple(ComposedItem(m, t) for m, t in s["items"]),
                      title=s["title"], numbering=s["numbering"], marker=s["marker"])
        for s in doc["sections"])
    groups = tuple(
        SignatoryGroup(heading=g["heading"], lines=tuple(g["lines"]), level=g["level"],
                       entries=tuple(_entry(e) for e in g["entries"]))
        for g in doc["groups"])
    scalars = ("title", "addressee", "language", "date_line", "signatory_heading",
               "counts_line", "footnote", "edition_line", "version", "organisations",
               "individuals", "countries", "signatory_layout", "closing_line", "added_line",
               "edition")
    return Letter(sections=sections, groups=groups, metadata=dict(doc["metadata"]),
                  places=dict(doc["places"]), **{k: doc[k] for k in scalars})


# -- the names an edition printed, and what changed --------------------------------


@dataclass(frozen=True)
class PrintedName:
    """One line of an edition's list: who (`entry_key`), as printed, and
    whether it was printed as retracted."""

    key: str
    line: str
    retracted: bool = False


def printed_names(letter: Letter) -> list[PrintedName]:
    """The lines of `letter`'s list in letter order, with who each is."""
    return [PrintedName(entry_key(e), line, e.retracted_on is not None)
            for g in letter.groups for e, line in zip(g.entries, g.lines, strict=True)]


@dataclass(frozen=True)
class EditionChanges:
    """What a later edition prints differently from an earlier one: names
    added, and names printed before that are now withdrawn (marked or left
    out), each as the edition printing it writes it."""

    added: tuple[str, ...] = ()
    retracted: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.added or self.retracted)


def edition_changes(before: list[PrintedName], after: list[PrintedName]) -> EditionChanges:
    """From the names an earlier edition printed to those of a later one.

    Who a line is goes by its key, not its text: a renamed organisation is
    no change. Two lines of an earlier edition may share a key when their
    entries were merged since (`store.editions.follow_merge`): the kept
    entry continues both, so the signer is one retraction at most, under
    the name the later edition marks when it marks one."""
    was = {n.key for n in before if not n.retracted}
    now = {n.key for n in after if not n.retracted}
    marked = {n.key: n.line for n in after if n.retracted}
    gone: dict[str, str] = {}
    for n in before:
        if n.retracted or n.key in now:
            continue
        mark = marked.get(n.key, "")
        if n.key not in gone or (mark.startswith(n.line) and not mark.startswith(gone[n.key])):
            gone[n.key] = n.line
    return EditionChanges(
        added=tuple(n.line for n in after if not n.retracted and n.key not in was),
        retracted=tuple(gone.values()))


# -- erasure ---------------------------------------------------------------------


def erased_names(letter: Letter, keys: frozenset[str]) -> tuple[Letter, dict[str, str]]:
    """`letter` with the people of `keys` (printed-name keys of individual
    signers, "s12") no longer named: each of their lines reads the letter's
    "[name removed at the signer's request]", their entry keeps no name,
    title, affiliation or place, and a closing or "added since" line no
    longer spells them. An erasure request reaches a published edition too
    (issue 19): the list keeps its length and its counts, so what was
    published stays recognisable, but the person is gone from it. Returns
    the letter and the replaced lines, old → new (empty: nobody to remove)."""
    from dataclasses import replace

    from signon.domain.letter import words

    mark = words(letter.language)["erased"]
    replaced: dict[str, str] = {}
    groups = []
    for group in letter.groups:
        lines, entries = list(group.lines), list(group.entries)
        for i, entry in enumerate(entries):
            if entry_key(entry) in keys:
                replaced[lines[i]] = mark
                lines[i] = mark
                entries[i] = replace(entry, name=mark, title="", affiliation="", country="",
                                     country_name="", acronym="", norm_key="")
        groups.append(replace(group, lines=tuple(lines), entries=tuple(entries)))
    if not replaced:
        return letter, {}

    def without(text: str) -> str:
        for old, new in sorted(replaced.items(), key=lambda kv: -len(kv[0])):
            text = text.replace(old, new)
        return text

    return replace(letter, groups=tuple(groups), closing_line=without(letter.closing_line),
                   added_line=without(letter.added_line)), replaced


def erased_printed(names: list[PrintedName], keys: frozenset[str], mark: str
                   ) -> list[PrintedName]:
    """The names an edition printed, the people of `keys` replaced by `mark`."""
    return [PrintedName(n.key, mark, n.retracted) if n.key in keys else n for n in names]
