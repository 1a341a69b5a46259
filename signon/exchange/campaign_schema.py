"""The `signon-campaign/1` format: what a campaign file may hold, and the
mapping between its JSON and `CampaignData`. A file whose history holds a
correction is written `signon-campaign/2` (`FORMAT_WITH_CORRECTIONS`): the
same keys plus an event's "kind".

Validation is strict on purpose: the file is the coordinator's backup and
interchange format, so a typo ("emial", "maybe" as a status) must stop the
import with the JSON path of the mistake rather than be dropped silently.
Everything the format accepts is stored exactly, and `document` writes every
key back, which is what makes the round trip lossless. docs/campaign-file.md
describes the format for people; keep the two in step.

Translations (docs/translations.md): every translatable field — the
campaign's title, addressee and signatory heading, a section's title, text
and lead, each item — is either a string (the campaign language) or an
object of language code → text, `{"en": "…", "es": "…"}`; a translation
made from an older primary text is written `{"text": "…", "translated_from":
"the primary text it translates"}`, so its outdated state survives the round
trip. `campaign.languages` lists every language, the campaign's first. A
file without translations is written exactly as before.
"""

from __future__ import annotations

import difflib
import re
from datetime import UTC, date, datetime, time
from typing import NoReturn

from signon.domain.campaign_data import (
    CAMPAIGN_FIELDS,
    CAMPAIGN_STATUSES,
    CampaignData,
    EventData,
    SignatoryData,
    VersionData,
)
from signon.domain.compose import Marker, Numbering, SectionDraft, SectionKind
from signon.domain.countries import resolve_country
from signon.domain.errors import ValidationError
from signon.domain.languages import is_language_code, normalise_language
from signon.domain.letter import ListOrder, Retractions, SignatoryLayout, SignatoryPolicy
from signon.domain.messages import N_, _
from signon.domain.normalise import normalise_name
from signon.domain.signatory_kind import SignatoryKind
from signon.domain.status import EventKind, Status
from signon.domain.text import clean_text
from signon.domain.translations import (
    CAMPAIGN_FIELDS as TRANSLATABLE_CAMPAIGN_FIELDS,
)
from signon.domain.translations import (
    field_status,
    parse_languages,
    source_text,
    translated_text,
    with_translation,
)

FORMAT = "signon-campaign/1"
#: The same format with corrections in the history ("kind": "correction" on
#: an event). A file is written so only when it holds one: Sign-on versions
#: that know only /1 then refuse it with "update Sign-on" (their message for
#: a format they do not read) instead of an unknown key, and every other
#: file stays readable by them.
FORMAT_WITH_CORRECTIONS = "signon-campaign/2"
FORMATS = (FORMAT, FORMAT_WITH_CORRECTIONS)

TOP_KEYS = ("format", "campaign", "sections", "signatories", "versions")
LIST_SECTION_KEYS = ("kind", "title", "lead", "numbering", "marker", "items")
#: A plain `list` section: bulleted as typed, never numbered or given lead-ins.
PLAIN_LIST_KEYS = ("kind", "title", "lead", "marker", "items")
TEXT_SECTION_KEYS = ("kind", "title", "text")
#: Keys of every signatory, in the order files list them; ORG_ONLY_KEYS
#: exist only for organisations (they live in the organisation directory).
SIGNATORY_KEYS = (
    "type", "name", "acronym", "country", "org_type", "website", "title", "affiliation",
    "status", "channel", "endorsed_at", "endorsed_version", "notes", "contact_name",
    "contact_email", "contact_phone", "private", "events",
)
ORG_ONLY_KEYS = ("acronym", "org_type", "website")
EVENT_KEYS = ("at", "from", "to", "channel", "note", "kind")
#: An event's "kind": the EventKind values; "change" is the default and is
#: not written.
EVENT_KINDS = tuple(k.value for k in EventKind)
VERSION_KEYS = ("number", "created_at", "note", "content_hash", "sections")

#: A signatory's "type": the SignatoryKind values, spelt out because they are
#: the file format (a test keeps the two equal).
SIGNATORY_TYPES = ("organisation", "individual")
STATUSES = tuple(s.value for s in Status)

_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIMESTAMP = re.compile(
    r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_DAYS = re.compile(r"^\s*(\d+\s*(,\s*\d+\s*)*)?$")


class Problem(Exception):
    """A schema error at a JSON path; `parse_document` turns it into one line."""

    def __init__(self, path: str, message: str):
        super().__init__(_("{path}: {message}").format(path=path, message=message))
        self.path = path
        self.message = message


class Languages:
    """What a translatable field may hold while one document is read: the
    campaign language (the key of the primary text) and the translation
    languages a field may use — None accepts any language code (a file
    without `campaign.languages` declares its languages by using them, and a
    version's snapshot may hold a language dropped since)."""

    def __init__(self, primary: str, allowed: list[str] | None):
        self.primary = primary
        self.primary_key = normalise_language(primary)
        self.allowed = allowed
        self.seen: list[str] = []


class JsonObject(dict):
    """A JSON object that remembers keys given twice (plain `json` keeps the
    last one silently; a duplicated "status" would hide a mistake)."""

    duplicates: tuple[str, ...] = ()


def object_pairs(pairs: list[tuple[str, object]]) -> JsonObject:
    """`json.loads(object_pairs_hook=...)` that keeps duplicates visible."""
    obj = JsonObject(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        obj.duplicates = tuple(k for k, _ in pairs if k in seen or seen.add(k))
    return obj


# -- JSON → CampaignData -------------------------------------------------------


def parse_document(doc: object, source: str | None = None) -> CampaignData:
    """Validate a decoded campaign file and return it as `CampaignData`.

    Raises ValidationError with one line: "source: $.json.path: what is wrong",
    in the user's language (`_()`); `source` is the file's name ("campaign
    file" when it has none).
    """
    try:
        return _document(doc)
    except Problem as problem:
        raise ValidationError(_("{source}: {problem}").format(
            source=source or _("campaign file"), problem=problem)) from None


def _document(doc: object) -> CampaignData:
    top = _object(doc, "$", TOP_KEYS, required=("format", "campaign"),
                  missing_hint={"format": _("is this a Sign-on campaign file?")})
    fmt = _string(top["format"], "$.format")
    if fmt not in FORMATS:
        raise Problem("$.format", _("{format} is not a format this Sign-on reads ({formats}); "
                                    "update Sign-on or export the file again").format(
                                      format=repr(fmt), formats=_(" or ").join(FORMATS)))
    fields, langs, translations = _campaign(top["campaign"], "$.campaign")
    sections = [_section(s, f"$.sections[{i}]", langs)
                for i, s in enumerate(_array(top.get("sections", []), "$.sections"))]
    if langs.allowed is None and langs.seen:
        fields["languages"] = ",".join(langs.seen)
    versions = _versions(top.get("versions", []), "$.versions",
                         Languages(langs.primary, None))
    numbers = {v.number for v in versions}
    signatories = _signatories(top.get("signatories", []), "$.signatories",
                               numbers if "versions" in top else None)
    return CampaignData(fields=fields, sections=sections, signatories=signatories,
                        versions=versions, translations=translations)


def _campaign_languages(obj: dict, path: str) -> Languages:
    """The campaign language and `languages` (which must list it; without
    `language`, the first of `languages` is the campaign language)."""
    primary = _language(obj["language"], f"{path}.language") if "language" in obj else None
    if "languages" not in obj:
        return Languages(primary or "en", None)
    where = f"{path}.languages"
    codes = [_language(c, f"{where}[{i}]") for i, c in enumerate(_array(obj["languages"],
                                                                       where))]
    if not codes:
        raise Problem(where, _("must list at least the campaign language"))
    seen: dict[str, int] = {}
    for i, code in enumerate(codes):
        key = normalise_language(code)
        if key in seen:
            raise Problem(f"{where}[{i}]", _("{value} is already {where}").format(
                value=repr(code), where=f"{where}[{seen[key]}]"))
        seen[key] = i
    primary = primary or codes[0]
    if normalise_language(primary) not in seen:
        raise Problem(where, _("does not list the campaign language {language}").format(
            language=repr(primary)))
    return Languages(primary, parse_languages(codes, primary))


def _campaign(value: object, path: str) -> tuple[dict[str, object], Languages, dict]:
    obj = _object(value, path, CAMPAIGN_FIELDS, required=("title",))
    langs = _campaign_languages(obj, path)
    out: dict[str, object] = {}
    translations: dict = {}
    if "languages" in obj:
        out["languages"] = ",".join(langs.allowed or [])
        if "language" not in obj:
            out["language"] = langs.primary
    for key, raw in obj.items():
        where = f"{path}.{key}"
        if key in TRANSLATABLE_CAMPAIGN_FIELDS:
            out[key], translations = _translatable(raw, where, langs, key, translations,
                                                   blank=key != "title")
        elif key == "languages":
            continue
        elif key == "language":
            out[key] = _language(raw, where)
        elif key in ("deadline", "letter_date"):
            out[key] = None if raw is None else _date(raw, where)
        elif key == "signatory_layout":
            out[key] = _choice(raw, where, tuple(v.value for v in SignatoryLayout))
        elif key == "retractions":
            out[key] = _choice(raw, where, tuple(v.value for v in Retractions))
        elif key == "status":
            out[key] = _choice(raw, where, CAMPAIGN_STATUSES)
        elif key == "list_order":
            out[key] = _choice(raw, where, tuple(o.value for o in ListOrder))
        elif key == "signatory_policy":
            out[key] = _choice(raw, where, tuple(p.value for p in SignatoryPolicy))
        elif key in ("keep_reconfirmation", "count_private"):
            out[key] = _bool(raw, where)
        elif key == "retention_days":
            out[key] = None if raw is None else _whole(raw, where, minimum=1)
        elif key == "reminder_days":
            text = _string(raw, where)
            if not _DAYS.match(text):
                raise Problem(where, _("{value} is not a list of days such as '7,2'").format(
                    value=repr(text)))
            out[key] = text
        else:
            out[key] = _string(raw, where)
    return out, langs, translations


def _translatable(value: object, path: str, langs: Languages, name: str, entries: dict,
                  *, blank: bool = True) -> tuple[str, dict]:
    """A string, or an object language → text (or → {"text", "translated_from"}):
    the primary text and `entries` with this field's translations added."""
    if isinstance(value, str):
        return _string(value, path, blank=blank), entries
    if not isinstance(value, dict):
        # "a string" alone: the object form matters only to files that use it
        _wrong(path, A_STRING, value)
    duplicates = getattr(value, "duplicates", ())
    if duplicates:
        raise Problem(_key_path(path, duplicates[0]), _("key given twice; keep one"))
    primary_keys = [k for k in value if normalise_language(k) == langs.primary_key]
    if not primary_keys:
        raise Problem(path, _("has no text in the campaign language {language}").format(
            language=repr(langs.primary)))
    if len(primary_keys) > 1:
        raise Problem(_key_path(path, primary_keys[1]),
                      _("the campaign language is given twice"))
    primary = _string(value[primary_keys[0]], _key_path(path, primary_keys[0]), blank=blank)
    seen: set[str] = set()
    for key, raw in value.items():
        if key == primary_keys[0]:
            continue
        where = _key_path(path, key)
        code = normalise_language(key)
        if not is_language_code(key):
            raise Problem(where, _("is not a language code such as es, fr or pt-BR"))
        if code in seen:
            raise Problem(where, _("language given twice; keep one"))
        seen.add(code)
        if langs.allowed is not None and code not in langs.allowed:
            listed = ", ".join([langs.primary, *langs.allowed])
            raise Problem(where, _("{value} is not in $.campaign.languages ({listed})").format(
                value=repr(key), listed=listed))
        if langs.allowed is None and code not in langs.seen:
            langs.seen.append(code)
        source = primary
        if isinstance(raw, dict):
            obj = _object(raw, where, ("text", "translated_from"), required=("text",))
            text = _string(obj["text"], f"{where}.text")
            if "translated_from" in obj:
                source = _string(obj["translated_from"], f"{where}.translated_from")
        else:
            text = _string(raw, where)
        entries = with_translation(entries, code, name, text, source)
    return primary, entries


def _section(value: object, path: str, langs: Languages) -> SectionDraft:
    if not isinstance(value, dict):
        _wrong(path, AN_OBJECT, value)
    if "kind" not in value:
        raise Problem(f"{path}.kind", _("required, but missing"))
    kind = SectionKind(_choice(value["kind"], f"{path}.kind",
                               tuple(k.value for k in SectionKind)))
    if kind.is_list:
        misplaced = {"text": _("a {kind} section holds items, not text (its opening "
                               "sentence goes in lead)").format(kind=kind.value)}
        if kind is SectionKind.LIST:
            misplaced["numbering"] = _("a list section is bulleted as typed, without "
                                       "lead-ins (marker \"none\" prints its items as plain "
                                       "paragraphs)")
        obj = _object(value, path, PLAIN_LIST_KEYS if kind is SectionKind.LIST
                      else LIST_SECTION_KEYS, required=("kind",), misplaced=misplaced)
        items: list[str] = []
        item_translations: list[dict] = []
        for i, item in enumerate(_array(obj.get("items", []), f"{path}.items")):
            text, entries = _translatable(item, f"{path}.items[{i}]", langs, "text", {})
            items.append(text)
            item_translations.append(entries)
        translations: dict = {}
        title, translations = _translatable(obj.get("title", ""), f"{path}.title", langs,
                                            "title", translations)
        lead, translations = _translatable(obj.get("lead", ""), f"{path}.lead", langs,
                                           "lead", translations)
        return SectionDraft(
            kind=kind, title=title, lead=lead,
            numbering=_choice(obj.get("numbering", "ordinal"), f"{path}.numbering",
                              tuple(n.value for n in Numbering)),
            items=items, translations=translations,
            item_translations=item_translations if any(item_translations) else [],
            marker=_choice(obj.get("marker", "bullet"), f"{path}.marker",
                           tuple(m.value for m in Marker)),
        )
    only_lists = _("only concern, recommendation and list sections have {key} ({kind} has "
                   "text)")
    obj = _object(value, path, TEXT_SECTION_KEYS, required=("kind",),
                  misplaced={k: only_lists.format(key=k, kind=kind.value)
                             for k in ("items", "lead", "numbering", "marker")})
    translations = {}
    title, translations = _translatable(obj.get("title", ""), f"{path}.title", langs, "title",
                                        translations)
    text, translations = _translatable(obj.get("text", ""), f"{path}.text", langs, "text",
                                       translations)
    return SectionDraft(kind=kind, title=title, text=text, translations=translations)


def _versions(value: object, path: str, langs: Languages) -> list[VersionData]:
    out: list[VersionData] = []
    seen: dict[int, int] = {}
    for i, raw in enumerate(_array(value, path)):
        where = f"{path}[{i}]"
        obj = _object(raw, where, VERSION_KEYS, required=("number", "sections"))
        number = _whole(obj["number"], f"{where}.number", minimum=1)
        if number in seen:
            raise Problem(f"{where}.number", _("version {number} is already {where}").format(
                number=number, where=f"{path}[{seen[number]}]"))
        seen[number] = i
        sections = [_section(s, f"{where}.sections[{j}]", langs)
                    for j, s in enumerate(_array(obj["sections"], f"{where}.sections"))]
        digest = obj.get("content_hash")
        out.append(VersionData(
            number=number, sections=sections,
            created_at=(_timestamp(obj["created_at"], f"{where}.created_at")
                        if "created_at" in obj else datetime.now(UTC)),
            note=_string(obj.get("note", ""), f"{where}.note"),
            content_hash=None if digest is None else _string(digest, f"{where}.content_hash"),
        ))
    return out


def _signatories(value: object, path: str, versions: set[int] | None) -> list[SignatoryData]:
    out: list[SignatoryData] = []
    organisations: dict[str, tuple[int, str]] = {}
    for i, raw in enumerate(_array(value, path)):
        where = f"{path}[{i}]"
        sd = _signatory(raw, where, versions)
        if sd.kind == SignatoryKind.ORGANISATION:
            key = normalise_name(sd.name)
            if key in organisations:
                j, first = organisations[key]
                raise Problem(f"{where}.name", _("{name} is the same organisation as "
                                                 "{where} ({first}); list it once").format(
                    name=repr(sd.name), where=f"{path}[{j}]", first=repr(first)))
            organisations[key] = (i, sd.name)
        out.append(sd)
    return out


def _signatory(value: object, path: str, versions: set[int] | None) -> SignatoryData:
    kind: str = SignatoryKind.ORGANISATION
    if isinstance(value, dict) and "type" in value:
        kind = _choice(value["type"], f"{path}.type", SIGNATORY_TYPES)
    misplaced = {}
    if kind == SignatoryKind.INDIVIDUAL:
        misplaced = {
            "acronym": _("only organisations have an acronym; an individual's place is its "
                         "affiliation"),
            "org_type": _("only organisations have an organisation type; an individual's "
                          "place is its affiliation"),
            "website": _("only organisations have a website; an individual's place is its "
                         "affiliation")}
    obj = _object(value, path, SIGNATORY_KEYS, required=("type", "name"), misplaced=misplaced)

    def text(key: str) -> str:
        return _string(obj.get(key, ""), f"{path}.{key}")

    name = _string(obj["name"], f"{path}.name", blank=False)
    email = text("contact_email")
    if email and not _EMAIL.match(email):
        raise Problem(f"{path}.contact_email", _("{value} is not an email address").format(
            value=repr(email)))
    endorsed_version = obj.get("endorsed_version")
    if endorsed_version is not None:
        endorsed_version = _whole(endorsed_version, f"{path}.endorsed_version", minimum=1)
        if versions is not None and endorsed_version not in versions:
            known = ", ".join(str(n) for n in sorted(versions)) or _("none")
            raise Problem(f"{path}.endorsed_version",
                          _("there is no version {number} in $.versions (versions: {known})")
                          .format(number=endorsed_version, known=known))
    endorsed_at = obj.get("endorsed_at")
    events = None
    if "events" in obj:
        events = [_event(e, f"{path}.events[{j}]")
                  for j, e in enumerate(_array(obj["events"], f"{path}.events"))]
    return SignatoryData(
        kind=kind, name=name, status=_choice(obj.get("status", "prospect"), f"{path}.status",
                                             STATUSES),
        acronym=text("acronym"), country=_country(obj.get("country", ""), f"{path}.country"),
        org_type=text("org_type"), website=text("website"), title=text("title"),
        affiliation=text("affiliation"), channel=text("channel"),
        endorsed_at=None if endorsed_at is None else _timestamp(endorsed_at,
                                                                f"{path}.endorsed_at"),
        endorsed_version=endorsed_version, notes=text("notes"),
        contact_name=text("contact_name"), contact_email=email,
        contact_phone=text("contact_phone"),
        private=_bool(obj.get("private", False), f"{path}.private"), events=events,
    )


def _event(value: object, path: str) -> EventData:
    obj = _object(value, path, EVENT_KEYS, required=("at", "to"))
    before = obj.get("from")
    return EventData(
        at=_timestamp(obj["at"], f"{path}.at"),
        from_status=None if before is None else _choice(before, f"{path}.from", STATUSES),
        to_status=_choice(obj["to"], f"{path}.to", STATUSES),
        channel=_string(obj.get("channel", ""), f"{path}.channel"),
        note=_string(obj.get("note", ""), f"{path}.note"),
        kind=_choice(obj.get("kind", EventKind.CHANGE.value), f"{path}.kind", EVENT_KINDS),
    )


# -- value checks --------------------------------------------------------------


def _kind_of(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return _("a number ({value})").format(value=repr(value))
    if isinstance(value, str):
        return _("a string ({value})").format(value=repr(_clip(value)))
    if isinstance(value, list):
        return _(AN_ARRAY)
    if isinstance(value, dict):
        return _(AN_OBJECT)
    return type(value).__name__


def _clip(text: str, size: int = 40) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


#: What a value should have been, translated where it is said (`_wrong`).
A_STRING, AN_OBJECT, AN_ARRAY = N_("a string"), N_("an object"), N_("an array")
A_BOOLEAN, A_WHOLE_NUMBER = N_("true or false"), N_("a whole number")


def _wrong(path: str, expected: str, value: object) -> NoReturn:
    """`expected` is one of the constants above."""
    raise Problem(path, _("expected {expected}, got {kind}").format(
        expected=_(expected), kind=_kind_of(value)))


def _key_path(path: str, key: str) -> str:
    return f"{path}.{key}" if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key) else f"{path}[{key!r}]"


def _object(
    value: object,
    path: str,
    keys: tuple[str, ...],
    *,
    required: tuple[str, ...] = (),
    misplaced: dict[str, str] | None = None,
    missing_hint: dict[str, str] | None = None,
) -> dict:
    if not isinstance(value, dict):
        _wrong(path, AN_OBJECT, value)
    duplicates = getattr(value, "duplicates", ())
    if duplicates:
        raise Problem(_key_path(path, duplicates[0]), _("key given twice; keep one"))
    for key in value:
        if misplaced and key in misplaced:
            raise Problem(_key_path(path, key), misplaced[key])
        if key not in keys:
            close = _closest(key, keys)
            message = (_("unknown key (did you mean {key}?)") if close else
                       _("unknown key; expected {keys}"))
            raise Problem(_key_path(path, key), message.format(key=close,
                                                               keys=", ".join(keys)))
    for key in required:
        if key not in value:
            hint = (missing_hint or {}).get(key)
            raise Problem(_key_path(path, key),
                          _("required, but missing ({hint})").format(hint=hint) if hint else
                          _("required, but missing"))
    return value


def _closest(key: str, keys: tuple[str, ...]) -> str | None:
    """The key a typo probably meant, also by its last word ("emial" →
    contact_email)."""
    by_word = {k.rsplit("_", 1)[-1]: k for k in keys}
    for pool in (keys, tuple(by_word)):
        close = difflib.get_close_matches(key.lower(), pool, n=1, cutoff=0.7)
        if close:
            return by_word.get(close[0], close[0]) if pool is not keys else close[0]
    return None


def _array(value: object, path: str) -> list:
    if not isinstance(value, list):
        _wrong(path, AN_ARRAY, value)
    return value


def _string(value: object, path: str, *, blank: bool = True) -> str:
    if not isinstance(value, str):
        _wrong(path, A_STRING, value)
    if "\x00" in value:
        raise Problem(path, _("contains a NUL character"))
    value = clean_text(value)  # other control characters are dropped (they break DOCX)
    if not blank and not value.strip():
        raise Problem(path, _("must not be empty"))
    return value


def _bool(value: object, path: str) -> bool:
    if not isinstance(value, bool):
        _wrong(path, A_BOOLEAN, value)
    return value


def _whole(value: object, path: str, *, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        _wrong(path, A_WHOLE_NUMBER, value)
    if value < minimum:
        raise Problem(path, _("{value} is less than {minimum}").format(value=value,
                                                                      minimum=minimum))
    return value


def _choice(value: object, path: str, choices: tuple[str, ...]) -> str:
    text = _string(value, path)
    if text not in choices:
        raise Problem(path, _("{value} is not one of {choices}").format(
            value=repr(_clip(text)), choices=", ".join(choices)))
    return text


def _language(value: object, path: str) -> str:
    text = _string(value, path)
    if not _LANGUAGE.match(text):
        raise Problem(path, _("{value} is not a language code such as en, es or pt-BR").format(
            value=repr(_clip(text))))
    return text


def _country(value: object, path: str) -> str:
    text = _string(value, path)
    if text == "" or (len(text) == 2 and resolve_country(text) == text):
        return text
    guess = resolve_country(text)
    message = (_("{value} is not an ISO 3166 alpha-2 country code (did you mean {guess}?)")
               if guess else _("{value} is not an ISO 3166 alpha-2 country code"))
    raise Problem(path, message.format(value=repr(_clip(text)), guess=repr(guess)))


def _date(value: object, path: str) -> date:
    text = _string(value, path)
    try:
        if not _DATE.match(text):
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise Problem(path, _("{value} is not a date (YYYY-MM-DD)").format(
            value=repr(_clip(text)))) from None


def _timestamp(value: object, path: str) -> datetime:
    """A date or an ISO 8601 time; without an offset it is read as UTC."""
    text = _string(value, path)
    try:
        if not _TIMESTAMP.match(text):
            raise ValueError
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), time(), UTC)
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise Problem(path, _("{value} is not a date or time (YYYY-MM-DD or "
                              "YYYY-MM-DDTHH:MM:SSZ)").format(value=repr(_clip(text)))) \
            from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


# -- CampaignData → JSON -------------------------------------------------------


def format_timestamp(value: datetime) -> str:
    """UTC with a Z; a time of exactly midnight UTC is written as the date
    alone, so a file that gave only a date gets it back unchanged."""
    value = value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    if value.time() == time():
        return value.date().isoformat()
    text = value.replace(tzinfo=None).isoformat()
    return text + "Z"


def document(data: CampaignData) -> dict:
    """The campaign file of `data`: every key of the format, always
    (`campaign.languages` only when the campaign has translation languages,
    so that a file without translations is written as it always was)."""
    primary = str(data.fields.get("language") or "en")
    languages = parse_languages(str(data.fields.get("languages") or ""), primary)
    campaign: dict[str, object] = {}
    for key in CAMPAIGN_FIELDS:
        value = data.fields.get(key)
        if key == "languages":
            if languages:
                campaign[key] = [primary, *languages]
        elif key in TRANSLATABLE_CAMPAIGN_FIELDS:
            campaign[key] = text_json(value if isinstance(value, str) else "",
                                      data.translations, key, primary, languages)
        else:
            campaign[key] = _field_json(key, value)
    every = None  # a version holds the languages it was frozen with
    corrected = any(e.kind != EventKind.CHANGE for sd in data.signatories
                    for e in sd.events or ())
    return {
        "format": FORMAT_WITH_CORRECTIONS if corrected else FORMAT,
        "campaign": campaign,
        "sections": [section_json(s, primary, languages) for s in data.sections],
        "signatories": [_signatory_json(s) for s in data.signatories],
        "versions": [_version_json(v, primary, every) for v in data.versions],
    }


#: Campaign keys a row may hold None for, written as their default.
_FIELD_DEFAULTS = {"signatory_layout": SignatoryLayout.LIST.value,
                   "retractions": Retractions.MARK.value, "count_private": False}


def _field_json(key: str, value: object) -> object:
    if key in ("deadline", "letter_date"):
        return value.isoformat() if isinstance(value, date) else value
    if value is None and key in _FIELD_DEFAULTS:
        return _FIELD_DEFAULTS[key]
    return value


def text_json(primary: str, entries: dict | None, name: str, language: str,
              languages: list[str] | None) -> str | dict:
    """A translatable field as the file writes it: the bare string when it
    has no translation in `languages` (None: in any language), else an object
    language → text, an outdated translation as {"text", "translated_from"}."""
    if not entries:
        return primary
    wanted = list(entries) if languages is None else languages
    out: dict[str, object] = {}
    for lang in wanted:
        text = translated_text(entries, lang, name)
        if not text.strip():
            continue
        if field_status(primary, entries, lang, name) == "outdated":
            out[lang] = {"text": text,
                         "translated_from": source_text(entries, lang, name)}
        else:
            out[lang] = text
    return {language: primary, **out} if out else primary


def section_json(section: SectionDraft, language: str = "en",
                 languages: list[str] | None = ()) -> dict:
    """A section as the file writes it; translations into `languages` (None:
    every language the section has; empty: none)."""
    kind = SectionKind(section.kind)
    keep = languages is None or len(languages) > 0
    wanted = None if languages is None else list(languages)
    t = section.translations

    def text(value: str, entries: dict | None, name: str) -> str | dict:
        return text_json(value, entries if keep else {}, name, language, wanted)

    if kind.is_list:
        out = {"kind": kind.value, "title": text(section.title, t, "title"),
               "lead": text(section.lead, t, "lead")}
        if kind is not SectionKind.LIST:
            out["numbering"] = Numbering(section.numbering).value
        out["marker"] = Marker(section.marker).value
        out["items"] = [text(item, section.item_translation(i), "text")
                        for i, item in enumerate(section.items)]
        return out
    return {"kind": kind.value, "title": text(section.title, t, "title"),
            "text": text(section.text, t, "text")}


def _signatory_json(sd: SignatoryData) -> dict:
    out: dict[str, object] = {}
    for key in SIGNATORY_KEYS:
        if key in ORG_ONLY_KEYS and sd.kind != SignatoryKind.ORGANISATION:
            continue
        if key == "type":
            out[key] = sd.kind
        elif key == "endorsed_at":
            out[key] = format_timestamp(sd.endorsed_at) if sd.endorsed_at else None
        elif key == "events":
            out[key] = [_event_json(e) for e in (sd.events or [])]
        else:
            out[key] = getattr(sd, key)
    return out


def _event_json(e: EventData) -> dict:
    """An event; "kind" only on a correction, so a history without one is
    written exactly as format /1 always wrote it."""
    out: dict[str, object] = {"at": format_timestamp(e.at), "from": e.from_status,
                              "to": e.to_status, "channel": e.channel, "note": e.note}
    if e.kind != EventKind.CHANGE:
        out["kind"] = e.kind
    return out


def _version_json(v: VersionData, language: str, languages: list[str] | None) -> dict:
    return {"number": v.number, "created_at": format_timestamp(v.created_at), "note": v.note,
            "content_hash": v.content_hash,
            "sections": [section_json(s, language, languages) for s in v.sections]}
