"""Statement composition: items stored without their lead-ins become
"First, …", "Second, …", "Finally, …" in the campaign's language.

Lead-ins are computed, never typed, so that reordering or deleting an item
renumbers the whole list at once and translations stay consistent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class SectionKind(StrEnum):
    INTRO = "intro"
    CONCERN = "concern"
    RECOMMENDATION = "recommendation"
    CLOSING = "closing"
    TEXT = "text"

    @property
    def is_list(self) -> bool:
        return self in (SectionKind.CONCERN, SectionKind.RECOMMENDATION)


class Numbering(StrEnum):
    ORDINAL = "ordinal"
    NUMBER = "number"
    BULLET = "bullet"
    NONE = "none"


#: Ordinal adverbs per language; the last entry of a list of 3+ is "Finally".
ORDINALS: dict[str, tuple[str, ...]] = {
    "en": (
        "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth",
        "Ninth", "Tenth", "Eleventh", "Twelfth", "Thirteenth", "Fourteenth",
        "Fifteenth", "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth", "Twentieth",
    ),
    "es": (
        "En primer lugar", "En segundo lugar", "En tercer lugar", "En cuarto lugar",
        "En quinto lugar", "En sexto lugar", "En séptimo lugar", "En octavo lugar",
        "En noveno lugar", "En décimo lugar", "En undécimo lugar", "En duodécimo lugar",
        "En decimotercer lugar", "En decimocuarto lugar", "En decimoquinto lugar",
        "En decimosexto lugar", "En decimoséptimo lugar", "En decimoctavo lugar",
        "En decimonoveno lugar", "En vigésimo lugar",
    ),
    "fr": (
        "Premièrement", "Deuxièmement", "Troisièmement", "Quatrièmement",
        "Cinquièmement", "Sixièmement", "Septièmement", "Huitièmement", "Neuvièmement",
        "Dixièmement", "Onzièmement", "Douzièmement", "Treizièmement",
        "Quatorzièmement", "Quinzièmement", "Seizièmement", "Dix-septièmement",
        "Dix-huitièmement", "Dix-neuvièmement", "Vingtièmement",
    ),
    "ar": (
        "أولاً", "ثانياً", "ثالثاً", "رابعاً", "خامساً", "سادساً", "سابعاً", "ثامناً",
        "تاسعاً", "عاشراً", "حادي عشر", "ثاني عشر", "ثالث عشر", "رابع عشر",
        "خامس عشر", "سادس عشر", "سابع عشر", "ثامن عشر", "تاسع عشر", "عشرون",
    ),
}
FINALLY: dict[str, str] = {"en": "Finally", "es": "Por último", "fr": "Enfin", "ar": "وأخيراً"}
#: The separator after a lead-in: Arabic uses its own comma.
COMMA: dict[str, str] = {"ar": "، "}

#: Words that start an item in lower case after a lead-in ("First, the …")
#: even when the item was typed with a capital. Anything else (a name, an
#: acronym) keeps its capital.
LOWERABLE: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the a an this these that those there it its we our while when although "
        "in on at for to by with as states civil all many some most no".split()
    ),
    "es": frozenset("el la los las un una unos unas este esta estos estas en para por "
                    "con como los nosotros aunque mientras".split()),
    "fr": frozenset("le la les un une des ce cet cette ces en pour par avec comme nous "
                    "bien alors".split()),
}

_TERMINAL = tuple(".!?…:;»\"”’)")


def base_language(language: str) -> str:
    """"es-419" → "es": lead-ins are chosen by the language, not the region."""
    return (language or "en").split("-")[0].split("_")[0].lower()


def lead_ins(count: int, numbering: Numbering | str, language: str = "en") -> list[str]:
    """The lead-in of each of `count` items: "First" … "Finally", "1.", "•" or "".

    Ordinal words need at least two items to mean anything; "Finally" replaces
    the last ordinal when there are three or more. Beyond the known ordinals
    the list falls back to numbers rather than inventing words.
    """
    style = Numbering(numbering)
    if style is Numbering.NUMBER:
        return [f"{i}." for i in range(1, count + 1)]
    if style is Numbering.BULLET:
        return ["•"] * count
    if style is Numbering.NONE or count < 2:
        return [""] * count
    lang = base_language(language)
    words = ORDINALS.get(lang, ORDINALS["en"])
    last = FINALLY.get(lang, FINALLY["en"])
    out = [words[i] if i < len(words) else f"{i + 1}." for i in range(count)]
    if count >= 3:
        out[-1] = last
    return out


def finish_sentence(text: str) -> str:
    """Add a full stop to an item that ends without punctuation."""
    text = text.strip()
    if text and not text.endswith(_TERMINAL):
        text += "."
    return text


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _after_lead_in(text: str, language: str) -> str:
    first, _, rest = text.partition(" ")
    lowerable = LOWERABLE.get(base_language(language), frozenset())
    if first[:1].isupper() and first.lower() in lowerable and not first.isupper():
        return first.lower() + (" " + rest if rest else "")
    return text


def join_lead_in(lead_in: str, item: str, language: str = "en") -> str:
    """"First" + "the paragraphs calling …" → "First, the paragraphs calling …"."""
    text = finish_sentence(item)
    if not lead_in:
        return capitalise(text)
    if lead_in.endswith(".") or lead_in == "•":
        # numbers and bullets are markers, rendered apart from the sentence
        return capitalise(text)
    comma = COMMA.get(base_language(language), ", ")
    return f"{lead_in}{comma}{_after_lead_in(text, language)}"


@dataclass(frozen=True)
class ComposedItem:
    """One list item ready to print: `marker` is "1." or "•" (drawn apart from
    the text, as a list label) and `text` holds ordinal lead-ins inline."""

    marker: str
    text: str


def compose_items(
    items: list[str], numbering: Numbering | str, language: str = "en"
) -> list[ComposedItem]:
    style = Numbering(numbering)
    cleaned = [i for i in (s.strip() for s in items) if i]
    leads = lead_ins(len(cleaned), style, language)
    out = []
    for lead, item in zip(leads, cleaned, strict=True):
        if style is Numbering.ORDINAL:
            out.append(ComposedItem(marker="", text=join_lead_in(lead, item, language)))
        else:
            out.append(ComposedItem(marker=lead, text=capitalise(finish_sentence(item))))
    return out


@dataclass
class SectionDraft:
    """A statement section as the domain sees it (the store maps its rows to this)."""

    kind: SectionKind | str
    text: str = ""
    lead: str = ""
    numbering: Numbering | str = Numbering.ORDINAL
    items: list[str] = field(default_factory=list)
    title: str = ""

    def __post_init__(self) -> None:
        self.kind = SectionKind(self.kind)
        self.numbering = Numbering(self.numbering)


def paragraphs(text: str) -> list[str]:
    """Split free text into paragraphs on blank lines; single newlines inside a
    paragraph are kept as spaces (text pasted from web pages wraps oddly)."""
    blocks = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        joined = " ".join(line.strip() for line in block.split("\n") if line.strip())
        if joined:
            blocks.append(joined)
    return blocks


def word_count(sections: list[SectionDraft]) -> int:
    words = 0
    for s in sections:
        words += len(s.text.split()) + len(s.lead.split())
        words += sum(len(i.split()) for i in s.items)
    return words
