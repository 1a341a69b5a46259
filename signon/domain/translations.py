"""Translated statements: what each translation says, which primary text it
was made from, and whether it still matches.

A campaign is written in its primary language (`Campaign.language`); every
translatable field (campaign title, addressee and signatory heading; each
section's text, lead sentence and title; each list item) may carry a text per
translation language. Each translation records the primary text it was made
from (its hash, to compare cheaply, and the text itself, to show the word
diff of what changed since). When the primary text changes the translation
is *outdated* until someone updates it (or confirms it still holds); a field
with primary text but no translation is *missing*.

The JSON shape, shared by the database columns, `SectionDraft.translations`
/ `item_translations` and version snapshots, is one mapping per entity::

    {"es": {"text": "…", "lead": "…", "title": "…",
            "source_hash": {"text": "3f2a…", "lead": "…", "title": "…"},
            "source": {"text": "the English text it was made from", …}}}

(docs/translations.md). Everything here is pure: functions return new
mappings rather than changing the ones they are given, so an undo stack can
keep the old ones.
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum

from signon.domain.compose import SectionDraft
from signon.domain.languages import normalise_language

#: Campaign fields that have a text per language.
CAMPAIGN_FIELDS = ("title", "addressee", "signatory_heading")
#: Section fields that have a text per language (a list section has no text,
#: a paragraph section no lead: only the fields its kind uses count).
SECTION_FIELDS = ("title", "text", "lead")
ITEM_FIELDS = ("text",)
#: Keys of a language entry that are not translated fields.
META_KEYS = ("source_hash", "source")

CAMPAIGN = "campaign"
SECTION = "section"
ITEM = "item"


class TranslationStatus(StrEnum):
    MISSING = "missing"  # primary text, no translation yet
    OUTDATED = "outdated"  # made from a primary text that has changed since
    CURRENT = "current"  # made from the primary text as it is now


def load_translations(text: str | None) -> dict:
    """A stored translations column as a mapping. Anything that is not a JSON
    object (a hand-edited or damaged value) reads as "no translations" rather
    than failing the letter or the composer."""
    if not text or text == "{}":
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def dump_translations(value: dict | None) -> str:
    """A translations mapping as its stored column (`load_translations` reads
    it back): keys sorted, so an unchanged mapping is an unchanged column."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True) if value else "{}"


def source_hash(text: str) -> str:
    """The fingerprint of a primary text a translation was made from.

    Whitespace is collapsed first: re-wrapping a paragraph or trimming a
    trailing space does not change what it says, so it must not send every
    translator back to work."""
    canonical = " ".join((text or "").split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def language_name(code: str, in_language: str | None = None) -> str:
    """"Español", "Français", "العربية" (a language named in itself, or in
    `in_language`), from Babel; the code itself when Babel does not know it."""
    try:
        from babel import Locale

        locale = Locale.parse(code.replace("-", "_"))
        name = locale.get_display_name((in_language or code).replace("-", "_")) or code
    except Exception:  # unknown to Babel
        return code
    return name[:1].upper() + name[1:]


def parse_languages(value: str | Iterable[str], primary: str = "") -> list[str]:
    """Translation languages from "es, fr" or ["es", "fr"]: normalised, each
    once, in the given order, without the primary language."""
    items = value.split(",") if isinstance(value, str) else list(value)
    primary = normalise_language(primary)
    out: list[str] = []
    for item in items:
        code = normalise_language(item)
        if code and code != primary and code not in out:
            out.append(code)
    return out


def languages_text(languages: Iterable[str]) -> str:
    """The `Campaign.languages` column value."""
    return ",".join(languages)


# -- one field ------------------------------------------------------------------


def translated_text(entries: Mapping | None, language: str, name: str) -> str:
    """The translation of field `name` into `language`, "" when there is none."""
    entry = (entries or {}).get(language) or {}
    value = entry.get(name, "")
    return value if isinstance(value, str) else ""


def source_text(entries: Mapping | None, language: str, name: str) -> str:
    """The primary text the translation was made from ("" when unknown)."""
    entry = (entries or {}).get(language) or {}
    value = (entry.get("source") or {}).get(name, "")
    return value if isinstance(value, str) else ""


def field_status(primary: str, entries: Mapping | None, language: str,
                 name: str) -> TranslationStatus | None:
    """Missing, outdated or current; None when there is nothing to translate
    (no primary text and no translation)."""
    text = translated_text(entries, language, name)
    if not text.strip():
        return TranslationStatus.MISSING if primary.strip() else None
    entry = (entries or {}).get(language) or {}
    recorded = (entry.get("source_hash") or {}).get(name)
    if recorded == source_hash(primary):
        return TranslationStatus.CURRENT
    return TranslationStatus.OUTDATED


def with_translation(entries: Mapping | None, language: str, name: str, text: str,
                     primary: str) -> dict:
    """`entries` with field `name` in `language` set to `text`, recorded as made
    from `primary` (so it is current). Blank text removes the translation; a
    language left with no field is removed entirely."""
    out = copy.deepcopy(dict(entries or {}))
    language = normalise_language(language)
    entry = out.setdefault(language, {})
    hashes = entry.setdefault("source_hash", {})
    sources = entry.setdefault("source", {})
    if text.strip():
        entry[name] = text
        hashes[name] = source_hash(primary)
        sources[name] = primary
    else:
        entry.pop(name, None)
        hashes.pop(name, None)
        sources.pop(name, None)
    return _pruned(out, language)


def mark_current(entries: Mapping | None, language: str, name: str, primary: str) -> dict:
    """The translator checked an outdated translation and it still holds (the
    primary change was a typo fix, say): keep its text, record `primary` as
    its source."""
    text = translated_text(entries, language, name)
    if not text.strip():
        return copy.deepcopy(dict(entries or {}))
    return with_translation(entries, language, name, text, primary)


def without_language(entries: Mapping | None, language: str) -> dict:
    out = copy.deepcopy(dict(entries or {}))
    out.pop(normalise_language(language), None)
    return out


def _pruned(entries: dict, language: str) -> dict:
    entry = entries.get(language, {})
    if not any(k not in META_KEYS for k in entry):
        entries.pop(language, None)
    else:
        for key in META_KEYS:
            if key in entry and not entry[key]:
                del entry[key]
    return entries


def entry_languages(entries: Mapping | None) -> list[str]:
    """Languages with at least one translated field."""
    return [lang for lang, entry in (entries or {}).items()
            if isinstance(entry, dict) and any(k not in META_KEYS for k in entry)]


def outdated_diff(primary: str, entries: Mapping | None, language: str, name: str):
    """The word diff from the primary text the translation was made from to
    the primary text now: what the translator has to carry over."""
    from signon.domain.diff import word_diff

    return word_diff(source_text(entries, language, name), primary)


def texts_by_language(primary_language: str, primary: str, entries: Mapping | None,
                      languages: Iterable[str], name: str = "text") -> dict[str, str]:
    """{"en": primary, "es": …, …} for the listed languages that have a text
    in field `name`: the campaign file's object form of a field."""
    out = {normalise_language(primary_language): primary}
    for lang in languages:
        value = translated_text(entries, lang, name)
        if value:
            out[lang] = value
    return out


# -- a whole statement ------------------------------------------------------------


@dataclass(frozen=True)
class FieldRef:
    """Where a translatable text lives: the campaign (`section` None), a
    section (`item` None) or an item. Indices are positions in the statement
    as loaded (the store rewrites section rows on every save, so ids would not
    last)."""

    place: str  # campaign | section | item
    name: str  # the field: title, addressee, text, lead, …
    section: int | None = None
    item: int | None = None

    def label(self, sections: list[SectionDraft] | None = None) -> str:
        """"title", "section 2 (concern) lead sentence", "section 2 (concern)
        item 3": names the field in a warning a coordinator can act on."""
        if self.place == CAMPAIGN:
            return {"title": "campaign title", "addressee": "addressee",
                    "signatory_heading": "signatory heading"}.get(self.name, self.name)
        kind = ""
        if sections is not None and self.section is not None and self.section < len(sections):
            kind = f" ({sections[self.section].kind.value})"
        where = f"section {(self.section or 0) + 1}{kind}"
        if self.place == ITEM:
            return f"{where} item {(self.item or 0) + 1}"
        return f"{where} {_SECTION_FIELD_LABELS.get(self.name, self.name)}"


_SECTION_FIELD_LABELS = {"text": "text", "lead": "lead sentence", "title": "title"}


@dataclass(frozen=True)
class FieldState:
    """One translatable field in one language: what the UI lists and the
    freeze warning names."""

    ref: FieldRef
    language: str
    status: TranslationStatus
    primary: str
    text: str  # the translation ("" when missing)
    source: str = ""  # the primary text it was made from

    def diff(self):
        """Word diff of the primary change since the translation was made."""
        from signon.domain.diff import word_diff

        return word_diff(self.source, self.primary)


def section_fields(section: SectionDraft) -> tuple[str, ...]:
    """The translatable fields a section of this kind prints."""
    if section.kind.is_list:
        return ("title", "lead")
    return ("title", "text")


def translatable_fields(
    sections: list[SectionDraft], campaign: Mapping[str, str] | None = None,
) -> list[tuple[FieldRef, str, Mapping]]:
    """Every translatable field with its primary text and its translations
    mapping, campaign fields first, then the statement in reading order."""
    out: list[tuple[FieldRef, str, Mapping]] = []
    if campaign is not None:
        entries = campaign.get("translations") or {}
        for name in CAMPAIGN_FIELDS:
            out.append((FieldRef(CAMPAIGN, name), str(campaign.get(name, "") or ""), entries))
    for si, s in enumerate(sections):
        for name in section_fields(s):
            out.append((FieldRef(SECTION, name, si), getattr(s, name), s.translations))
        if s.kind.is_list:
            for ii, text in enumerate(s.items):
                out.append((FieldRef(ITEM, "text", si, ii), text, s.item_translation(ii)))
    return out


def field_states(
    sections: list[SectionDraft], language: str,
    campaign: Mapping[str, str] | None = None,
) -> list[FieldState]:
    """Every field that has something to translate, with its status in
    `language`. `campaign` is {"title": …, "addressee": …,
    "signatory_heading": …, "translations": {…}} (None: the statement only).
    A signatory heading left at the default "Signatories" is not listed: the
    letter translates the default itself."""
    language = normalise_language(language)
    out = []
    for ref, primary, entries in translatable_fields(sections, campaign):
        if ref.place == CAMPAIGN and ref.name == "signatory_heading" and (
                primary.strip() in ("", "Signatories")
                and not translated_text(entries, language, ref.name)):
            continue
        status = field_status(primary, entries, language, ref.name)
        if status is None:
            continue
        out.append(FieldState(ref, language, status, primary,
                              translated_text(entries, language, ref.name),
                              source_text(entries, language, ref.name)))
    return out


@dataclass(frozen=True)
class LanguageStatus:
    """How far the translation into one language is."""

    language: str
    current: int = 0
    outdated: int = 0
    missing: int = 0

    @property
    def total(self) -> int:
        return self.current + self.outdated + self.missing

    @property
    def complete(self) -> bool:
        return self.outdated == 0 and self.missing == 0

    def summary(self) -> str:
        """"12 of 14 current, 1 outdated, 1 missing"."""
        if self.total == 0:
            return "nothing to translate"
        parts = [f"{self.current} of {self.total} current"]
        if self.outdated:
            parts.append(f"{self.outdated} outdated")
        if self.missing:
            parts.append(f"{self.missing} missing")
        return ", ".join(parts)


def language_status(states: Iterable[FieldState], language: str) -> LanguageStatus:
    counts = {s: 0 for s in TranslationStatus}
    for state in states:
        counts[state.status] += 1
    return LanguageStatus(normalise_language(language), counts[TranslationStatus.CURRENT],
                          counts[TranslationStatus.OUTDATED],
                          counts[TranslationStatus.MISSING])


def set_field(
    sections: list[SectionDraft], ref: FieldRef, language: str, text: str,
) -> list[SectionDraft]:
    """The statement with one section or item translation set (made from the
    current primary text). The drafts given are not changed."""
    if ref.place == CAMPAIGN or ref.section is None:
        raise ValueError("campaign fields are not part of the statement")
    out = list(sections)
    s = out[ref.section]
    if ref.place == ITEM:
        assert ref.item is not None
        items = [s.item_translation(i) for i in range(len(s.items))]
        items[ref.item] = with_translation(items[ref.item], language, "text", text,
                                           s.items[ref.item])
        out[ref.section] = replace(s, item_translations=items)
    else:
        out[ref.section] = replace(s, translations=with_translation(
            s.translations, language, ref.name, text, getattr(s, ref.name)))
    return out


# -- the letter in one language -----------------------------------------------------


@dataclass(frozen=True)
class LocalisedStatement:
    """The statement in one language, ready for `build_letter`, and which
    fields had to fall back to the primary text (missing) or print a
    translation of an older primary text (outdated)."""

    language: str
    sections: list[SectionDraft]
    missing: list[FieldRef] = field(default_factory=list)
    outdated: list[FieldRef] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.missing and not self.outdated


def localise_sections(sections: list[SectionDraft], language: str,
                      primary_language: str = "") -> LocalisedStatement:
    """Each section's and item's text in `language`: the translation where
    there is one (an outdated one still, flagged: it is the best text in that
    language), else the primary text, flagged as missing so the exporter can
    say the letter is incomplete. The primary language returns the sections
    as they are."""
    language = normalise_language(language)
    if not language or language == normalise_language(primary_language):
        return LocalisedStatement(language, list(sections))
    missing: list[FieldRef] = []
    outdated: list[FieldRef] = []

    def pick(ref: FieldRef, primary: str, entries: Mapping | None) -> str:
        if not primary.strip():
            # a translation of a text since deleted is not printed: the letter
            # in every language keeps the same paragraphs and items
            return primary
        status = field_status(primary, entries, language, ref.name)
        if status is TranslationStatus.MISSING:
            missing.append(ref)
            return primary
        if status is TranslationStatus.OUTDATED:
            outdated.append(ref)
        if status is None:
            return primary
        return translated_text(entries, language, ref.name)

    out = []
    for si, s in enumerate(sections):
        values = {name: pick(FieldRef(SECTION, name, si), getattr(s, name), s.translations)
                  for name in section_fields(s)}
        items, item_languages = s.items, []
        if s.kind.is_list:
            items = []
            for ii, text in enumerate(s.items):
                untranslated = len(missing)
                items.append(pick(FieldRef(ITEM, "text", si, ii), text, s.item_translation(ii)))
                # printed in the primary language: its lead-in is that language's
                item_languages.append(primary_language if len(missing) > untranslated else "")
        out.append(SectionDraft(
            kind=s.kind, text=values.get("text", s.text), lead=values.get("lead", s.lead),
            numbering=s.numbering, items=list(items), title=values.get("title", s.title),
            source_block_id=s.source_block_id, item_sources=list(s.item_sources),
            marker=s.marker, item_languages=item_languages))
    return LocalisedStatement(language, out, missing, outdated)


def localise_campaign(fields: Mapping[str, str], translations: Mapping | None,
                      language: str) -> dict[str, str]:
    """Title, addressee and signatory heading in `language` (each falls back
    to the primary text). A heading left at the default stays the default, so
    the letter prints its own localised word for it."""
    language = normalise_language(language)
    out = {}
    for name in CAMPAIGN_FIELDS:
        primary = str(fields.get(name, "") or "")
        text = translated_text(translations, language, name)
        out[name] = text if text.strip() else primary
    return out
