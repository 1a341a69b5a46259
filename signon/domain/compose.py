"""Statement composition: items stored without their lead-ins become
"First, …", "Second, …", "Finally, …" in the campaign's language.

Lead-ins are computed, never typed, so that reordering or deleting an item
renumbers the whole list at once and translations stay consistent. Items are
written the way the example letter's concerns are ("the paragraphs calling
for …"); joining them to a lead-in must lower an article typed with a capital
("The paragraphs" → "First, the paragraphs") but never a name ("UN", "Access
Now", "El Salvador"), so only known function words are ever lowered.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from signon.domain.languages import base_language
from signon.domain.text import clean_text


class SectionKind(StrEnum):
    INTRO = "intro"
    CONCERN = "concern"
    RECOMMENDATION = "recommendation"
    CLOSING = "closing"
    TEXT = "text"
    #: a plain bulleted list (findings, conclusions): items, no lead-ins
    LIST = "list"

    @property
    def is_list(self) -> bool:
        """A section that holds items (and a lead) rather than text."""
        return self in (SectionKind.CONCERN, SectionKind.RECOMMENDATION, SectionKind.LIST)

    @property
    def has_lead_ins(self) -> bool:
        """A list whose items get computed lead-ins ("First, …") and whose
        lead sentence matters (concerns and recommendations; a plain
        `list` is bulleted as typed)."""
        return self in (SectionKind.CONCERN, SectionKind.RECOMMENDATION)


class Numbering(StrEnum):
    ORDINAL = "ordinal"
    NUMBER = "number"
    BULLET = "bullet"
    NONE = "none"


class Marker(StrEnum):
    """What is drawn before each item of a list: a bullet (the default: an
    ordinal item reads "• First, …"), or nothing, the items then printing as
    plain paragraphs ("First, …", "Second, …", "Finally, …"), as event
    reports and many statements do. A numbered list keeps its numbers."""

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
    "pt": (
        "Em primeiro lugar", "Em segundo lugar", "Em terceiro lugar", "Em quarto lugar",
        "Em quinto lugar", "Em sexto lugar", "Em sétimo lugar", "Em oitavo lugar",
        "Em nono lugar", "Em décimo lugar", "Em décimo primeiro lugar",
        "Em décimo segundo lugar", "Em décimo terceiro lugar", "Em décimo quarto lugar",
        "Em décimo quinto lugar", "Em décimo sexto lugar", "Em décimo sétimo lugar",
        "Em décimo oitavo lugar", "Em décimo nono lugar", "Em vigésimo lugar",
    ),
    "ar": (
        "أولاً", "ثانياً", "ثالثاً", "رابعاً", "خامساً", "سادساً", "سابعاً", "ثامناً",
        "تاسعاً", "عاشراً", "حادي عشر", "ثاني عشر", "ثالث عشر", "رابع عشر",
        "خامس عشر", "سادس عشر", "سابع عشر", "ثامن عشر", "تاسع عشر", "عشرون",
    ),
    # Hebrew has ordinal adverbs up to ten; longer lists are numbered
    "he": (
        "ראשית", "שנית", "שלישית", "רביעית", "חמישית", "שישית", "שביעית", "שמינית",
        "תשיעית", "עשירית",
    ),
}
FINALLY: dict[str, str] = {
    "en": "Finally", "es": "Por último", "fr": "Enfin", "pt": "Por fim", "ar": "وأخيراً",
    "he": "לבסוף",
}
#: The separator after a lead-in: Arabic uses its own comma.
COMMA: dict[str, str] = {"ar": "، "}
#: Languages whose ordinal words the composer knows; a letter in any other
#: language is numbered ("1.", "2.") rather than given English words.
ORDINAL_LANGUAGES = tuple(ORDINALS)

#: The lead sentence a new concern or recommendation list starts with, in
#: each language of ORDINALS, so that two lists never run together ("…
#: Finally, … First, …"). Concerns are written as noun phrases ("the absence
#: of …") or whole sentences, so their lead is a whole clause; recommendations
#: are verb phrases ("prohibit …"), so theirs ends in "to:" and names the
#: campaign's addressee ({addressee}, see `addressee_phrase`), or decision-
#: makers in general when the campaign has none. A coordinator edits them
#: like any lead; existing lists are never given one (`default_lead`).
DEFAULT_LEADS: dict[str, dict[str, str]] = {
    "en": {"concern": "We have the following concerns:",
           "recommendation": "We call on {addressee} to:",
           "recommendation.neutral": "We call on decision-makers to:"},
    "es": {"concern": "Nos preocupan los siguientes puntos:",
           "recommendation": "Instamos a {addressee} a:",
           "recommendation.neutral": "Instamos a quienes toman las decisiones a:"},
    "fr": {"concern": "Nous avons les préoccupations suivantes :",
           "recommendation": "Nous appelons {addressee} à :",
           "recommendation.neutral": "Nous appelons les décideurs à :"},
    "pt": {"concern": "Temos as seguintes preocupações:",
           "recommendation": "Exortamos {addressee} a:",
           "recommendation.neutral": "Exortamos os decisores políticos a:"},
    "ar": {"concern": "لدينا المخاوف التالية:",
           "recommendation": "ندعو {addressee} إلى:",
           "recommendation.neutral": "ندعو صانعي القرار إلى:"},
    "he": {"concern": "אלה חששותינו:",
           "recommendation": "קריאתנו אל {addressee}:",
           "recommendation.neutral": "קריאתנו אל מקבלי ההחלטות:"},
}
#: An addressee is often written as a salutation ("To the Member States …",
#: "A los Estados miembros", "Aux États membres", "إلى الدول الأعضاء"): its
#: first word, matched without regard to case, is replaced so that it reads
#: after "We call on …" ("the Member States …", "los Estados miembros",
#: "les États membres", "الدول الأعضاء"). Longer prefixes first.
ADDRESSEE_PREFIXES: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (("to ", ""), ("dear ", "")),
    "es": (("a los ", "los "), ("a las ", "las "), ("a la ", "la "), ("al ", "el "),
           ("a ", ""), ("para ", "")),
    "fr": (("aux ", "les "), ("au ", "le "), ("à la ", "la "), ("à l’", "l’"), ("à l'", "l'"),
           ("a la ", "la "), ("à ", ""), ("a ", "")),
    "pt": (("aos ", "os "), ("às ", "as "), ("ao ", "o "), ("à ", "a "), ("para ", "")),
    "ar": (("إلى ", ""), ("الى ", "")),
    "he": (("אל ", ""), ("לכבוד ", "")),
}
#: Words that merge when the addressee follows a preposition ("a el Consejo"
#: → "al Consejo"); a name keeps its capital, so "a El Salvador" stays.
CONTRACTIONS: dict[str, tuple[tuple[str, str], ...]] = {"es": ((" a el ", " al "),)}

#: Words that start an item in lower case after a lead-in ("First, the …")
#: even when the item was typed with a capital. Anything else (a name, an
#: acronym) keeps its capital: lowering "Access Now" would be a real error,
#: keeping "The" a small one.
LOWERABLE: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the a an this these that those there it its they their we our us while when "
        "where whereas although though because since if unless whether in on at for "
        "to by with without within from of into as about after before between despite "
        "given such both each every all any many some most more other no not none "
        "states governments civil current existing only even also however rather "
        "what how which who and or but so yet".split()
    ),
    "es": frozenset(
        "el la lo los las un una unos unas este esta esto estos estas ese esa esos esas "
        "aquel aquella en para por con sin sobre entre desde hasta como cuando donde "
        "aunque mientras si porque ya que nosotros nosotras nuestro nuestra nuestros "
        "nuestras su sus todo toda todos todas cada muchos muchas algunos algunas otros "
        "otras no ni y o pero sino tanto además también".split()
    ),
    "fr": frozenset(
        "le la les un une des du de ce cet cette ces en dans pour par avec sans sur sous "
        "entre depuis comme lorsque quand où si bien alors que nous notre nos leur leurs "
        "son sa ses tout toute tous toutes chaque plusieurs certains certaines de "
        "aucun aucune ne ni et ou mais donc car aussi cependant".split()
    ),
    "pt": frozenset(
        "o a os as um uma uns umas este esta estes estas esse essa esses essas em no na "
        "nos nas para por pelo pela com sem sobre entre desde como quando onde embora "
        "enquanto se porque nós nosso nossa nossos nossas todo toda todos todas cada "
        "muitos muitas alguns algumas outros outras não nem e ou mas também".split()
    ),
}
#: French elided articles and pronouns ("L’Union", "D’autres", "Qu’il").
_ELISION = re.compile(r"^(?:L|D|Qu|J|N|S|C)[’']", re.UNICODE)
#: Names that begin with an article and keep its capital after a lead-in.
ARTICLE_NAMES = frozenset({
    "the hague", "the gambia", "the bahamas", "the netherlands", "the guardian",
    "the economist", "the new", "el salvador", "el cairo", "la paz", "la habana",
    "la haya", "las palmas", "los angeles", "las vegas", "le caire", "la haye",
    "le havre", "le monde", "la havane",
})

#: A sentence already ends with one of these (the last three are CJK, Arabic
#: and Devanagari full stops and the Arabic question mark).
_TERMINAL = frozenset(".!?…:;。؟।۔")
#: Closing quotes and brackets: look inside them for the sentence's end, so
#: "requiring “stronger partnerships.”" is complete and "… “partnerships”" is
#: not.
_CLOSERS = frozenset("\"'”’»)]›")
#: Opening punctuation skipped when capitalising ("¿", "“", "(").
_OPENERS = frozenset("\"'“‘«¿¡([‹—–-")


def lead_ins(count: int, numbering: Numbering | str, language: str = "en") -> list[str]:
    """The lead-in of each of `count` items: "First" … "Finally", "1.", "•" or "".

    Ordinal words need at least two items to mean anything; "Finally" replaces
    the last ordinal when there are three or more. A list longer than the
    known ordinals, or in a language without ordinal words here, is numbered
    throughout rather than switching from words to numbers half-way.
    """
    style = Numbering(numbering)
    if style is Numbering.BULLET:
        return ["•"] * count
    if style is Numbering.NONE:
        return [""] * count
    lang = base_language(language)
    words = ORDINALS.get(lang, ())
    if style is Numbering.NUMBER or count - 1 > len(words):
        return [f"{i}." for i in range(1, count + 1)]
    if count < 2:
        return [""] * count
    if count >= 3:  # the last ordinal word is never needed: "Finally" replaces it
        return [words[i] for i in range(count - 1)] + [FINALLY[lang]]
    return [words[i] for i in range(count)]


def finish_sentence(text: str) -> str:
    """Add a full stop to an item that ends without punctuation (looking inside
    closing quotes and brackets); an item already ending a sentence is kept."""
    text = text.strip()
    if not text:
        return text
    end = len(text)
    while end > 0 and text[end - 1] in _CLOSERS:
        end -= 1
    if end > 0 and text[end - 1] in _TERMINAL:
        return text
    return text + "."


def _first_letter(text: str) -> int:
    """Index of the first letter after opening quotes/brackets, or -1."""
    for i, ch in enumerate(text):
        if ch.isalpha():
            return i
        if ch not in _OPENERS and not ch.isspace():
            return -1
    return -1


def capitalise(text: str) -> str:
    """Upper-case the first letter of a sentence, even behind "¿" or "“"; a
    word that is already mixed case ("iPhone", "eSafety") is left alone."""
    i = _first_letter(text)
    if i < 0 or not text[i].islower():
        return text
    word = text[i:].split(" ", 1)[0]
    if any(ch.isupper() for ch in word[1:]):
        return text
    return text[:i] + text[i].upper() + text[i + 1:]


def _after_lead_in(text: str, language: str) -> str:
    """Lower the first word after "First, " when it is a function word typed
    with a capital; names, acronyms and anything unknown keep their case."""
    i = _first_letter(text)
    if i < 0 or not text[i].isupper():
        return text
    words = text[i:].split(None, 2)
    first = words[0]
    bare = first.rstrip(",;:.!?")
    lang = base_language(language)
    if lang == "fr" and _ELISION.match(first):
        return text[:i] + text[i].lower() + text[i + 1:]  # "L’Union" → "l’Union"
    if bare.isupper() and len(bare) > 1:
        return text  # an acronym: "UN", "AI"
    if any(ch.isupper() for ch in bare[1:]):
        return text  # "McKinsey", "UNESCO's" (mixed case)
    two = " ".join(w.rstrip(",;:.") for w in words[:2]).casefold()
    if two in ARTICLE_NAMES:
        return text
    lowerable = LOWERABLE.get(lang, frozenset())
    if bare.casefold() in lowerable:
        return text[:i] + text[i].lower() + text[i + 1:]
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


def addressee_phrase(addressee: str, language: str = "en") -> str:
    """The campaign's addressee as the object of "We call on … to:": one
    line, without the salutation word it may be written with ("To the
    Member States" → "the Member States") or a final comma or colon, a
    leading article lowered as after a lead-in ("The Co-facilitators" →
    "the Co-facilitators", never "El Salvador"). "" when nothing is left."""
    lang = base_language(language)
    text = " ".join(clean_text(addressee or "").split()).rstrip(",:;")
    folded = text.casefold()
    for prefix, replacement in ADDRESSEE_PREFIXES.get(lang, ()):
        if folded + " " == prefix:
            return ""  # "To" alone names nobody
        if folded.startswith(prefix):
            text = replacement + text[len(prefix):]
            break
    return _after_lead_in(text.strip(), lang) if text.strip() else ""


def default_lead(kind: SectionKind | str, language: str = "en", addressee: str = "") -> str:
    """The lead sentence a new list of `kind` starts with in `language`
    (DEFAULT_LEADS): "We have the following concerns:", "We call on the
    Member States to:" (the campaign's `addressee`) or "We call on
    decision-makers to:" (none). "" for a paragraph section, and in a
    language without ordinal words here: an English sentence in a German
    letter would be worse than none, and the export warns about the list."""
    kind = SectionKind(kind)
    lang = base_language(language)
    table = DEFAULT_LEADS.get(lang)
    if table is None or not kind.has_lead_ins:
        return ""
    if kind is SectionKind.CONCERN:
        return table["concern"]
    phrase = addressee_phrase(addressee, lang)
    if not phrase:
        return table["recommendation.neutral"]
    lead = table["recommendation"].format(addressee=phrase)
    for joined, contracted in CONTRACTIONS.get(lang, ()):
        lead = lead.replace(joined, contracted)
    return lead


def _one_paragraph(text: str) -> str:
    if "\n" not in text and "\r" not in text:
        return text.strip()
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


@dataclass(frozen=True)
class ComposedItem:
    """One list item ready to print: `marker` is "1." or "•" (drawn apart from
    the text, as a list label) and `text` holds ordinal lead-ins inline."""

    marker: str
    text: str


def compose_items(
    items: list[str], numbering: Numbering | str, language: str = "en",
    item_languages: Sequence[str] = (),
) -> list[ComposedItem]:
    """Blank items are dropped before numbering, so a half-written list never
    reads "First, … Third, …". An item is one paragraph: line breaks typed or
    pasted inside it become spaces.

    `item_languages` (parallel to `items`; shorter or "" means the letter's)
    names the language an item is written in when it is not `language`: an
    item not yet translated keeps its own language's lead-in ("First, the
    paragraphs …" in an Arabic letter), never an Arabic ordinal glued to
    English text."""
    kept = [(text, (item_languages[i] if i < len(item_languages) else "") or language)
            for i, text in enumerate(_one_paragraph(s) for s in items) if text]
    leads: dict[str, list[str]] = {}
    out = []
    for index, (item, own) in enumerate(kept):
        lead = leads.setdefault(own, lead_ins(len(kept), numbering, own))[index]
        if lead and not lead.endswith(".") and lead != "•":
            out.append(ComposedItem(marker="", text=join_lead_in(lead, item, own)))
        else:
            out.append(ComposedItem(marker=lead, text=capitalise(finish_sentence(item))))
    return out


@dataclass
class SectionDraft:
    """A statement section as the domain sees it (the store maps its rows to this).

    `source_block_id` and `item_sources` remember which library block a
    section or item was copied from (parallel to `items`; shorter means
    "unknown"). They are provenance only, not part of the text: they never
    change a version's content hash, and two drafts with the same text are
    equal whatever their links (compare `provenance()` when links matter).
    """

    kind: SectionKind | str
    text: str = ""
    lead: str = ""
    numbering: Numbering | str = Numbering.ORDINAL
    items: list[str] = field(default_factory=list)
    title: str = ""
    source_block_id: int | None = field(default=None, compare=False)
    item_sources: list[int | None] = field(default_factory=list, compare=False)
    #: Translations of this section's own fields, language → entry, in the
    #: JSON shape of docs/translations.md ({"es": {"text": …, "lead": …,
    #: "title": …, "source_hash": {…}, "source": {…}}}). Like the links above
    #: they are not the primary text: endorsements and version hashes are of
    #: the primary text, so two drafts differing only here compare equal.
    translations: dict[str, dict] = field(default_factory=dict, compare=False)
    #: One translations mapping per item, parallel to `items` (shorter means
    #: "none"), so an item's translations move with it when it is reordered.
    item_translations: list[dict[str, dict]] = field(default_factory=list, compare=False)
    #: a `Marker`: "bullet" (the default) or "none" (items as plain
    #: paragraphs). How the items look, not what they say: like the links it
    #: is left out of a version's content hash (store.statements).
    marker: Marker | str = Marker.BULLET
    #: The language each item is written in where it is not the letter's,
    #: parallel to `items` ("" or shorter: the letter's). Set by
    #: `translations.localise_sections` for an item printed untranslated, so
    #: its lead-in is its own language's; never stored, never compared.
    item_languages: list[str] = field(default_factory=list, compare=False)

    def __post_init__(self) -> None:
        self.kind = SectionKind(self.kind)
        self.numbering = Numbering(self.numbering)
        self.marker = Marker(self.marker)
        # whatever wrote the draft (composer, campaign file, library), the
        # statement holds no control characters (they break DOCX and XML)
        self.text, self.lead, self.title = (clean_text(self.text), clean_text(self.lead),
                                            clean_text(self.title))
        self.items = [clean_text(item) for item in self.items]

    def item_source(self, index: int) -> int | None:
        return self.item_sources[index] if index < len(self.item_sources) else None

    def item_translation(self, index: int) -> dict[str, dict]:
        """The translations of item `index` (an empty mapping when it has none)."""
        if index < len(self.item_translations):
            return self.item_translations[index] or {}
        return {}

    def provenance(self) -> tuple[int | None, tuple[int | None, ...]]:
        """The links to library blocks, one per item (None: typed here)."""
        return self.source_block_id, tuple(self.item_source(i) for i in range(len(self.items)))

    @property
    def is_empty(self) -> bool:
        """A list without a non-blank item, or a paragraph section without text."""
        if self.kind.is_list:
            return not any(i.strip() for i in self.items)
        return not self.text.strip()


def item_numbering(section: SectionDraft) -> Numbering:
    """How a list section's items are numbered: its own numbering, bullets
    for a plain `list` (never lead-ins)."""
    if section.kind is SectionKind.LIST:
        return Numbering.BULLET
    return Numbering(section.numbering)


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


def empty_sections(sections: list[SectionDraft]) -> list[int]:
    """Indices of sections that would print nothing (the composer warns)."""
    return [i for i, s in enumerate(sections) if s.is_empty]


def statement_text(sections: list[SectionDraft], language: str = "en") -> str:
    """The statement as endorsers read it, lead-ins resolved, one paragraph per
    block separated by blank lines: what version comparison diffs."""
    out: list[str] = []
    for s in sections:
        if s.title.strip():
            out.append(s.title.strip())
        if s.kind.is_list:
            if s.lead.strip():
                out.append(s.lead.strip())
            for item in compose_items(s.items, item_numbering(s), language,
                                      s.item_languages):
                out.append(f"{item.marker} {item.text}" if item.marker else item.text)
        else:
            out.extend(paragraphs(s.text))
    return "\n\n".join(out)
