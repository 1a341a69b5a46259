"""The `Letter`: one value that every exporter and the live preview render.

Building it is where the rules that matter live — only endorsed signatories,
each organisation once, in the campaign's order, never a contact detail — so
that no format can get them wrong on its own. Renderers only lay it out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from enum import StrEnum

from signon.domain.collation import (
    collation_key,
    primary_key,
    simple_primary_key,
)
from signon.domain.compose import (
    ComposedItem,
    Marker,
    Numbering,
    SectionDraft,
    SectionKind,
    compose_items,
    item_numbering,
    paragraphs,
)
from signon.domain.folding import fold
from signon.domain.languages import base_language, is_rtl
from signon.domain.messages import _
from signon.domain.normalise import normalise_acronym, normalise_name
from signon.domain.signatory_kind import SignatoryKind
from signon.domain.status import appears_in_letter


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


class SignatoryLayout(StrEnum):
    """How the letter ends: the signatories under their heading, one per
    line ("list"), or one closing line, "14 November 2023. A, B and C."
    ("inline": a short list, an event report)."""

    LIST = "list"
    INLINE = "inline"


class Retractions(StrEnum):
    """What a later edition does with an organisation that withdrew after
    an earlier edition printed it: marks it "retracted (date)" where it
    stood, or leaves it out."""

    MARK = "mark"
    OMIT = "omit"


#: The heading a campaign gets by default; translated when the letter is not
#: in English and the coordinator kept the default.
DEFAULT_HEADING = "Signatories"


@dataclass(frozen=True)
class SignatoryEntry:
    """What the letter may know of a signatory: public fields only. There is
    deliberately no email, phone or notes field here, so no exporter can leak
    them."""

    kind: str  # a SignatoryKind
    name: str
    status: str
    acronym: str = ""
    country: str = ""  # ISO 3166 alpha-2
    country_name: str = ""  # display name; filled in the letter's language when empty
    org_type: str = ""
    title: str = ""
    affiliation: str = ""
    endorsed_at: datetime | date | None = None
    position: int = 0
    organisation_id: int | None = None
    #: The directory's duplicate key (`normalise_name`) when the store has it,
    #: so a 10,000-name letter does not compute it again.
    norm_key: str = ""
    #: The campaign's signatory row (an individual's identity across editions).
    signatory_id: int | None = None
    #: Set on an endorsement withdrawn after an earlier edition printed it:
    #: the day of the withdrawal, which a later edition may print.
    retracted_on: date | None = None


@dataclass(frozen=True)
class PublicSignatory:
    """One printed signatory as fields, for exports that need columns (CSV)
    rather than lines. Same public fields as `SignatoryEntry`, nothing more."""

    kind: str
    name: str
    line: str
    acronym: str = ""
    country: str = ""
    country_name: str = ""
    org_type: str = ""
    title: str = ""
    affiliation: str = ""
    endorsed_on: date | None = None


@dataclass(frozen=True)
class LetterOptions:
    order: ListOrder | str = ListOrder.ALPHABETICAL
    separate_individuals: bool = True
    show_place: bool = False
    show_counts: bool = False
    edition_date: date | None = None
    keep_reconfirmation: bool = False
    #: A letter pasted under a web page's own heading, or printed on a
    #: letterhead, often carries neither title nor date of its own.
    show_title: bool = True
    show_date: bool = True
    #: a `SignatoryLayout`: one name per line, or one closing line
    signatory_layout: SignatoryLayout | str = SignatoryLayout.LIST
    #: a `Retractions`: mark or omit what was withdrawn since an earlier edition
    retractions: Retractions | str = Retractions.MARK
    #: an edition after the first says which names it added
    show_added: bool = False
    #: the coordinator's private copy for the addressee: the signatories
    #: marked "do not publish" print too, under a note (`Letter.notice`)
    #: that says so; never an edition
    delivery_copy: bool = False


@dataclass(frozen=True)
class EditionContext:
    """What building edition `number` needs to know of the earlier ones: the
    number of the one before and the identities (`entry_key`) of every
    signatory any earlier edition printed."""

    number: int
    previous: int | None = None
    printed_before: frozenset[str] = frozenset()


@dataclass(frozen=True)
class LetterSection:
    kind: SectionKind
    paragraphs: tuple[str, ...] = ()
    lead: str = ""
    items: tuple[ComposedItem, ...] = ()
    title: str = ""
    numbering: str = ""  # ordinal | number | bullet | none for list sections
    marker: str = Marker.BULLET.value  # bullet | none for list sections

    @property
    def plain(self) -> bool:
        """The items print as plain paragraphs, without a marker: numbering
        "none", or marker "none" on anything but a numbered list (whose
        numbers are its numbering)."""
        return (self.numbering == Numbering.NONE
                or (self.marker == Marker.NONE and self.numbering != Numbering.NUMBER))


@dataclass(frozen=True)
class SignatoryGroup:
    """A run of signatory lines under an optional subheading
    ("Organisations", "Individuals", a country or a type).

    `level` 1 is a subheading right under the signatory heading; 2 sits under
    a level-1 group that has no lines of its own ("Organisations" → "Kenya").
    `entries` holds the same signatories, aligned with `lines` (public fields
    only; `Letter.public_signatories` gives them as records)."""

    heading: str
    lines: tuple[str, ...]
    level: int = 1
    entries: tuple[SignatoryEntry, ...] = ()


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
    #: Document properties: "title" (even when the title is not printed),
    #: "subject", "author", "language".
    metadata: dict = field(default_factory=dict)
    #: ISO country code → name in the letter's language, for the countries
    #: of the printed signatories (empty when the letter names no country).
    places: dict = field(default_factory=dict)
    #: a `SignatoryLayout` value; "inline" prints `closing_line` in place of
    #: the heading and the list (and the date, which it holds)
    signatory_layout: str = SignatoryLayout.LIST.value
    #: "14 November 2023. Org A and Org B." (inline layout only)
    closing_line: str = ""
    #: "Added since edition 1: Org C and Org D." (a later edition, when asked)
    added_line: str = ""
    #: the edition this letter is (None: not a published edition)
    edition: int | None = None
    #: The line a delivery copy opens its text with: "Delivery copy —
    #: includes 3 signatories who asked not to be named publicly. Not for
    #: publication." ("" in every other letter). It is printed as the
    #: heading of the first section (`with_sections`), so every format
    #: prints it, first thing under the date, without a renderer of its own.
    notice: str = ""

    @property
    def inline(self) -> bool:
        return self.signatory_layout == SignatoryLayout.INLINE

    @property
    def direction(self) -> str:
        return "rtl" if is_rtl(self.language) else "ltr"

    @property
    def signatory_lines(self) -> list[str]:
        return [line for g in self.groups for line in g.lines]

    @property
    def public_signatories(self) -> tuple[PublicSignatory, ...]:
        """Every printed signatory in letter order, as public fields. Made on
        demand: only the CSV export needs them, and a PDF of 10,000 names
        should not pay for 10,000 records it never reads."""
        places = self.places or _country_names(
            [e for g in self.groups for e in g.entries], self.language)
        return tuple(_public(e, line, places)
                     for g in self.groups for e, line in zip(g.entries, g.lines, strict=True))

    @property
    def document_title(self) -> str:
        return self.metadata.get("title") or self.title


# -- localised words ---------------------------------------------------------

#: The words a letter writes itself, per language. Counted phrases have one
#: entry per CLDR plural category ("org.one", "org.two", "org.few",
#: "org.many", "org.other"; "countries.*" includes its preposition): Babel's
#: plural rules pick the category, and a category a language does not list
#: falls back to "other". Arabic needs all of them ("منظمتان", "3 منظمات",
#: "11 منظمة"), Hebrew a dual ("שני ארגונים"), French and Spanish "many"
#: for round millions ("1 000 000 d’organisations").
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "retracted": "retracted ({date})",
        "erased": "[name removed at the signer’s request]",
        "added": "Added since edition {n}: {names}.",
        "organisations": "Organisations", "individuals": "Individuals",
        "signatories": "Signatories",
        "footnote": "*Affiliation for identification purposes only",
        "signed_by": "Signed by {parts}", "and": " and ",
        "countries.one": " from 1 country", "countries.other": " from {n} countries",
        "org.one": "1 organisation", "org.other": "{n} organisations",
        "ind.one": "1 individual", "ind.other": "{n} individuals",
        "edition": "List as of {date}; signatures received after publication are "
                   "added in later editions.",
        "unnamed.one": ", including 1 who asked not to be named",
        "unnamed.other": ", including {n} who asked not to be named",
        "delivery.one": "Delivery copy — includes 1 signatory who asked not to be named "
                        "publicly. Not for publication.",
        "delivery.other": "Delivery copy — includes {n} signatories who asked not to be "
                          "named publicly. Not for publication.",
        "no_country": "Other", "no_type": "Other",
    },
    "es": {
        "retracted": "firma retirada ({date})",
        "erased": "[nombre retirado a petición de quien firmó]",
        "added": "Añadidos desde la edición {n}: {names}.",
        "organisations": "Organizaciones", "individuals": "Personas",
        "signatories": "Firmantes",
        "footnote": "*Afiliación solo con fines de identificación",
        "signed_by": "Firmado por {parts}", "and": " y ",
        "countries.one": " de 1 país", "countries.other": " de {n} países",
        "org.one": "1 organización", "org.many": "{n} de organizaciones",
        "org.other": "{n} organizaciones",
        "ind.one": "1 persona", "ind.many": "{n} de personas", "ind.other": "{n} personas",
        "edition": "Lista al {date}; las firmas recibidas después de la publicación se "
                   "añaden en ediciones posteriores.",
        "unnamed.one": ", entre ellas 1 que pidió no figurar en la lista",
        "unnamed.other": ", entre ellas {n} que pidieron no figurar en la lista",
        "delivery.one": "Copia de entrega — incluye 1 firmante que pidió no ser nombrado "
                        "públicamente. No destinada a publicación.",
        "delivery.many": "Copia de entrega — incluye {n} de firmantes que pidieron no ser "
                         "nombrados públicamente. No destinada a publicación.",
        "delivery.other": "Copia de entrega — incluye {n} firmantes que pidieron no ser "
                          "nombrados públicamente. No destinada a publicación.",
        "no_country": "Otros", "no_type": "Otros",
    },
    "fr": {
        "retracted": "signature retirée ({date})",
        "erased": "[nom retiré à la demande de la personne signataire]",
        "added": "Ajoutés depuis l’édition {n} : {names}.",
        "organisations": "Organisations", "individuals": "Personnes",
        "signatories": "Signataires",
        "footnote": "*Affiliation à titre d’identification uniquement",
        "signed_by": "Signé par {parts}", "and": " et ",
        "countries.one": " d’un pays", "countries.other": " de {n} pays",
        "org.one": "1 organisation", "org.many": "{n} d’organisations",
        "org.other": "{n} organisations",
        "ind.one": "1 personne", "ind.many": "{n} de personnes", "ind.other": "{n} personnes",
        "edition": "Liste au {date} ; les signatures reçues après la publication sont "
                   "ajoutées dans les éditions suivantes.",
        "unnamed.one": ", dont 1 ayant demandé à ne pas être nommée",
        "unnamed.other": ", dont {n} ayant demandé à ne pas être nommées",
        "delivery.one": "Exemplaire de remise — comprend 1 signataire ayant demandé à ne "
                        "pas être nommé publiquement. Ne pas publier.",
        "delivery.many": "Exemplaire de remise — comprend {n} de signataires ayant demandé "
                         "à ne pas être nommés publiquement. Ne pas publier.",
        "delivery.other": "Exemplaire de remise — comprend {n} signataires ayant demandé à "
                          "ne pas être nommés publiquement. Ne pas publier.",
        "no_country": "Autres", "no_type": "Autres",
    },
    # Portuguese counts 0 as singular (CLDR "one" is 0 and 1 in pt and
    # pt-BR), so its "one" phrases carry the number; "many" is for round
    # millions ("1 milhão de organizações").
    "pt": {
        "retracted": "assinatura retirada ({date})",
        "erased": "[nome retirado a pedido de quem assinou]",
        "added": "Acrescentados desde a edição {n}: {names}.",
        "organisations": "Organizações", "individuals": "Pessoas",
        "signatories": "Signatários",
        "footnote": "*Afiliação apenas para fins de identificação",
        "signed_by": "Assinado por {parts}", "and": " e ",
        "countries.one": " de {n} país", "countries.other": " de {n} países",
        "org.one": "{n} organização", "org.many": "{n} de organizações",
        "org.other": "{n} organizações",
        "ind.one": "{n} pessoa", "ind.many": "{n} de pessoas", "ind.other": "{n} pessoas",
        "edition": "Lista atualizada em {date}; as assinaturas recebidas após a publicação "
                   "são acrescentadas em edições posteriores.",
        "unnamed.one": ", incluindo {n} que pediu para não ter o nome divulgado",
        "unnamed.other": ", incluindo {n} que pediram para não ter o nome divulgado",
        "delivery.one": "Cópia de entrega — inclui {n} signatário que pediu para não ser "
                        "nomeado publicamente. Não destinada à publicação.",
        "delivery.many": "Cópia de entrega — inclui {n} de signatários que pediram para não "
                         "ser nomeados publicamente. Não destinada à publicação.",
        "delivery.other": "Cópia de entrega — inclui {n} signatários que pediram para não ser "
                          "nomeados publicamente. Não destinada à publicação.",
        "no_country": "Outros", "no_type": "Outros",
    },
    "ar": {
        "retracted": "سُحب التوقيع ({date})",
        "erased": "[حُذف الاسم بطلب من صاحبه]",
        "added": "أضيفت منذ الطبعة {n}: {names}.",
        # The counted noun follows Arabic number agreement: dual for 2,
        # plural for 3–10, singular (accusative) for 11–99, singular for
        # 100, 1000…; "و" (and) is joined to the word after it.
        "organisations": "المنظمات", "individuals": "الأفراد",
        "signatories": "الموقعون",
        "footnote": "*الانتماء المؤسسي مذكور لأغراض التعريف فقط",
        "signed_by": "وقّع على هذه الرسالة {parts}", "and": " و",
        "countries.one": " من دولة واحدة", "countries.two": " من دولتين",
        "countries.few": " من {n} دول", "countries.many": " من {n} دولة",
        "countries.other": " من {n} دولة",
        "org.one": "منظمة واحدة", "org.two": "منظمتان", "org.few": "{n} منظمات",
        "org.many": "{n} منظمة", "org.other": "{n} منظمة",
        "ind.one": "شخص واحد", "ind.two": "شخصان", "ind.few": "{n} أشخاص",
        "ind.many": "{n} شخصًا", "ind.other": "{n} شخص",
        "edition": "القائمة حتى {date}؛ تُضاف التوقيعات الواردة بعد النشر في الطبعات "
                   "اللاحقة.",
        "unnamed.one": "، من بينهم واحد طلب عدم ذكر اسمه",
        "unnamed.two": "، من بينهم اثنان طلبا عدم ذكر اسميهما",
        "unnamed.other": "، من بينهم {n} طلبوا عدم ذكر أسمائهم",
        "delivery.one": "نسخة التسليم — تتضمن موقّعًا واحدًا طلب عدم ذكر اسمه علنًا. "
                        "ليست للنشر.",
        "delivery.two": "نسخة التسليم — تتضمن موقّعَين طلبا عدم ذكر اسميهما علنًا. "
                        "ليست للنشر.",
        "delivery.few": "نسخة التسليم — تتضمن {n} موقّعين طلبوا عدم ذكر أسمائهم علنًا. "
                        "ليست للنشر.",
        "delivery.many": "نسخة التسليم — تتضمن {n} موقّعًا طلبوا عدم ذكر أسمائهم علنًا. "
                         "ليست للنشر.",
        "delivery.other": "نسخة التسليم — تتضمن {n} موقّع طلبوا عدم ذكر أسمائهم علنًا. "
                          "ليست للنشر.",
        "no_country": "أخرى", "no_type": "أخرى",
    },
    "he": {
        "retracted": "החתימה בוטלה ({date})",
        "erased": "[השם הוסר לבקשת החותם]",
        "added": "נוספו מאז מהדורה {n}: {names}.",
        # "ו" (and) and "מ" (from) are prefixes: before a numeral they take a
        # maqaf ("ו־312", "מ־21"), before a word they are joined to it.
        "organisations": "ארגונים", "individuals": "אנשים פרטיים",
        "signatories": "החותמים",
        "footnote": "*השיוך המוסדי מצוין לצורכי זיהוי בלבד",
        "signed_by": "על המכתב חתמו {parts}", "and": " ו",
        "countries.one": " ממדינה אחת", "countries.two": " משתי מדינות",
        "countries.other": " מ־{n} מדינות",
        "org.one": "ארגון אחד", "org.two": "שני ארגונים", "org.other": "{n} ארגונים",
        "ind.one": "אדם אחד", "ind.two": "שני אנשים", "ind.other": "{n} אנשים",
        "edition": "הרשימה נכונה ל־{date}; חתימות שיתקבלו לאחר הפרסום יתווספו "
                   "במהדורות הבאות.",
        "unnamed.one": ", ביניהם אחד שביקש שלא לפרסם את שמו",
        "unnamed.two": ", ביניהם שניים שביקשו שלא לפרסם את שמם",
        "unnamed.other": ", ביניהם {n} שביקשו שלא לפרסם את שמם",
        "delivery.one": "עותק למסירה — כולל חותם אחד שביקש שלא לפרסם את שמו. לא לפרסום.",
        "delivery.two": "עותק למסירה — כולל שני חותמים שביקשו שלא לפרסם את שמם. לא לפרסום.",
        "delivery.other": "עותק למסירה — כולל {n} חותמים שביקשו שלא לפרסם את שמם. "
                          "לא לפרסום.",
        "no_country": "אחר", "no_type": "אחר",
    },
}
#: Languages whose "and" is a prefix that takes a maqaf before a numeral.
_MAQAF_AND = frozenset({"he"})
#: Separator between the parts of a signatory line ("Name, Title,
#: Affiliation"): a name written in Arabic script takes the Arabic comma,
#: whatever the letter's language ("ليلى أحمد، باحثة، جامعة القاهرة"); a
#: Latin name keeps ", " even in an Arabic letter, where it reads as an
#: embedded left-to-right run.
ARABIC_COMMA = "، "
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff"
                            "\ufe70-\ufeff]")


def list_comma(text: str) -> str:
    """The comma that separates the parts of a signatory line of `text`."""
    if text.isascii() or not _ARABIC_SCRIPT.search(text):
        return ", "
    return ARABIC_COMMA


def words(language: str) -> dict[str, str]:
    return WORDS.get(base_language(language), WORDS["en"])


def plural_category(n: int, language: str) -> str:
    """CLDR plural category of `n` in `language` ("one", "two", "few", "many",
    "other", "zero") from Babel's plural rules; "one"/"other" when Babel does
    not know the language."""
    try:
        from babel import Locale

        return Locale.parse(language.replace("-", "_")).plural_form(n)
    except Exception:  # unknown locale
        return "one" if n == 1 else "other"


def counted(stem: str, n: int, language: str) -> str:
    """"312 organisations", "منظمتان", "1 000 000 d’organisations": the phrase
    for `n` things of `stem` (org, ind, countries) in the letter's language."""
    if base_language(language) not in WORDS:
        language = "en"  # English words: English numbers and plural rules too
    w = words(language)
    pattern = w.get(f"{stem}.{plural_category(n, language)}")
    if pattern is None:
        # "zero" and categories a language leaves out read as the plural
        pattern = w.get(f"{stem}.other", "{n}")
    return pattern.format(n=format_count(n, language))


def _joined(parts: list[str], language: str) -> str:
    w = words(language)
    out = parts[0]
    for part in parts[1:]:
        conj = w["and"]
        if base_language(language) in _MAQAF_AND and part[:1].isdigit():
            conj = conj + "־"
        out += conj + part
    return out


def format_date(value: date, language: str) -> str:
    """Long date in the letter's language; Babel when it knows the locale,
    "12 April 2026" otherwise."""
    try:
        from babel.dates import format_date as babel_format

        return babel_format(value, format="long", locale=language.replace("-", "_"))
    except Exception:  # unknown locale or Babel missing: a readable fallback
        return f"{value.day} {value:%B %Y}"


def join_list(parts: Sequence[str], language: str) -> str:
    """"A, B and C" as the language joins a list (Babel's CLDR list
    patterns: "A, B, and C" in English, "A, B y C", "A, B et C"); a plain
    ", " and " and " when Babel does not know the language."""
    parts = list(parts)
    if not parts:
        return ""
    try:
        from babel.lists import format_list

        return format_list(parts, style="standard", locale=language.replace("-", "_"))
    except Exception:  # unknown locale
        return ", ".join(parts[:-1]) + words(language)["and"] + parts[-1] if len(parts) > 1 \
            else parts[0]


def closing_line(date_text: str, names: Sequence[str], language: str) -> str:
    """The one line an inline letter ends with: "November 14, 2023. Org A
    and Org B." — the date when shown, then the signers; a full stop after
    each unless it already ends a sentence."""
    def sentence(text: str) -> str:
        return text if text.endswith((".", "!", "?", "…", "。", "؟")) else text + "."

    parts = []
    if date_text:
        parts.append(sentence(date_text) if names else date_text)
    if names:
        parts.append(sentence(join_list(names, language)))
    return " ".join(parts)


def format_count(n: int, language: str) -> str:
    """10000 → "10,000" / "10 000": counts read as numbers of the language."""
    try:
        from babel.numbers import format_decimal

        return format_decimal(n, locale=language.replace("-", "_"))
    except Exception:
        return str(n)


# -- signatory lines ---------------------------------------------------------


def _words_of(text: str) -> list[str]:
    return simple_primary_key(text).split()


def acronym_in_name(acronym: str, name: str) -> bool:
    """"Association for Progressive Communications (APC)" already shows APC;
    "ARTICLE 19" does not contain the acronym "ART" although it contains the
    letters, so the test is on whole words."""
    if fold(acronym.strip()) not in fold(name):
        return False  # the common case, without splitting into words
    acr = _words_of(acronym)
    words_ = _words_of(name)
    if not acr:
        return True
    n = len(acr)
    return any(words_[i:i + n] == acr for i in range(len(words_) - n + 1))


def organisation_line(entry: SignatoryEntry, show_place: bool = False,
                      place: str = "") -> str:
    """"Association for Progressive Communications (APC)"; with place
    "Access Now (United States)" or "… (APC, South Africa)"."""
    inside = []
    acronym = entry.acronym.strip()
    name = " ".join(entry.name.split())
    if acronym and not acronym_in_name(acronym, name):
        inside.append(acronym)
    place = place or entry.country_name or entry.country
    if show_place and place:
        inside.append(place)
    return f"{name} ({list_comma(name).join(inside)})" if inside else name


def individual_line(entry: SignatoryEntry, show_place: bool = False, place: str = "") -> str:
    """"Ada Lovelace, Professor, University of Somewhere*" — the asterisk points
    at the identification-only footnote."""
    parts = [" ".join(entry.name.split())]
    if entry.title.strip():
        parts.append(entry.title.strip())
    if entry.affiliation.strip():
        parts.append(entry.affiliation.strip() + "*")
    line = list_comma(parts[0]).join(parts)
    place = place or entry.country_name or entry.country
    if show_place and place:
        line += f" ({place})"
    return line


def _place(entry: SignatoryEntry, places: dict[str, str]) -> str:
    return entry.country_name or places.get(entry.country.upper(), "") or entry.country


def _line(entry: SignatoryEntry, show_place: bool, places: dict[str, str],
          language: str = "") -> str:
    place = _place(entry, places) if show_place else ""
    if entry.kind == SignatoryKind.INDIVIDUAL:
        line = individual_line(entry, show_place, place)
    else:
        line = organisation_line(entry, show_place, place)
    if entry.retracted_on is not None:
        mark = words(language or "en")["retracted"].format(
            date=format_date(entry.retracted_on, language or "en"))
        line = f"{line} — {mark}"
    return line


def entry_key(entry: SignatoryEntry) -> str:
    """Who a printed line is, across editions: the directory entry of an
    organisation, the campaign's row of an individual (two people who share
    a name are two signatories), the name when neither is known."""
    if entry.organisation_id is not None:
        return f"o{entry.organisation_id}"
    if entry.signatory_id is not None:
        return f"s{entry.signatory_id}"
    return "n" + (entry.norm_key or normalise_name(" ".join(entry.name.split())))


# -- duplicates --------------------------------------------------------------

_TRAILING_PAREN = re.compile(r"\s*\(([^()]*)\)\s*$")


def _identity_keys(entry: SignatoryEntry) -> list[tuple[str, object]]:
    """Keys under which two organisation entries are the same organisation:
    the directory id, and the normalised name without spaces and without an
    acronym typed in brackets ("Privacy International (PI)", "Global
    Partners-Digital"). The directory already merges names that normalise
    alike; these catch the variants it keeps apart."""
    keys: list[tuple[str, object]] = []
    if entry.organisation_id is not None:
        keys.append(("id", entry.organisation_id))
    name = " ".join(entry.name.split())
    keys.append(("name", (entry.norm_key or normalise_name(name)).replace(" ", "")))
    match = _TRAILING_PAREN.search(name) if name.endswith(")") else None
    if match and match.start() > 0 and _acronym_like(match.group(1)):
        keys.append(("name", normalise_name(name[:match.start()]).replace(" ", "")))
    return keys


def _acronym_like(text: str) -> bool:
    """"PI", "A.P.C." in brackets after a name are its acronym; "(USA)" or
    "(Kenya)" say which national section it is, a different signatory."""
    from signon.domain.countries import resolve_country

    text = text.strip()
    return (bool(text) and " " not in text and text.upper() == text
            and any(c.isalpha() for c in text) and resolve_country(text) is None)


def _is_bare_acronym(entry: SignatoryEntry) -> bool:
    """"APC" or "A.P.C." typed as the name: one word in capitals. A one-word
    name such as "Derechos" is a name, not an acronym."""
    name = entry.name.strip()
    return (bool(name) and " " not in name and name.upper() == name
            and any(c.isalpha() for c in name)
            and (not entry.acronym
                 or normalise_acronym(entry.acronym) == normalise_acronym(name)))


def _countries_agree(a: SignatoryEntry, b: SignatoryEntry) -> bool:
    return not a.country or not b.country or a.country.upper() == b.country.upper()


def _merge(keep: SignatoryEntry, other: SignatoryEntry) -> SignatoryEntry:
    """Complete the kept entry with public fields only the duplicate has, and
    the earlier endorsement date."""
    changes: dict[str, object] = {}
    for name in ("acronym", "country", "country_name", "org_type"):
        if not getattr(keep, name) and getattr(other, name):
            changes[name] = getattr(other, name)
    a, b = _as_datetime(keep.endorsed_at), _as_datetime(other.endorsed_at)
    if b is not None and (a is None or b < a):
        changes["endorsed_at"] = other.endorsed_at
    return replace(keep, **changes) if changes else keep


def _dedupe(entries: list[SignatoryEntry]) -> list[SignatoryEntry]:
    """Each organisation once, even if it was entered twice: same directory
    entry, a spelling the directory kept apart, or the bare acronym of an
    organisation also entered with its full name ("APC"). The first entered
    is kept, except that a full name beats a bare acronym. Individuals who
    share a name are different people: never merged here. Every look-up is a
    dictionary hit: 50,000 signatories take no longer than a sort."""
    kept: list[SignatoryEntry] = []
    index: dict[tuple[str, object], int] = {}
    full_by_acronym: dict[str, list[int]] = {}
    bare_by_acronym: dict[str, list[int]] = {}

    def first(candidates: list[int], e: SignatoryEntry, bare: bool) -> int | None:
        return next((i for i in candidates if _is_bare_acronym(kept[i]) is bare
                     and _countries_agree(kept[i], e)), None)

    for e in entries:
        if e.kind == SignatoryKind.INDIVIDUAL:
            kept.append(e)
            continue
        keys = _identity_keys(e)
        found = next((index[k] for k in keys if k in index), None)
        bare = _is_bare_acronym(e)
        acr = (normalise_acronym(e.name) if bare
               else normalise_acronym(e.acronym) if e.acronym else "")
        if found is None and acr:
            if bare:
                found = first(full_by_acronym.get(acr, []), e, bare=False)
            else:
                earlier = first(bare_by_acronym.get(acr, []), e, bare=True)
                if earlier is not None:  # the full name replaces the bare acronym
                    kept[earlier] = replace(_merge(e, kept[earlier]),
                                            position=kept[earlier].position)
                    full_by_acronym.setdefault(acr, []).append(earlier)
                    found = earlier
        if found is not None:
            kept[found] = _merge(kept[found], e)
            for k in keys:
                index.setdefault(k, found)
            continue
        kept.append(e)
        for k in keys:
            index.setdefault(k, len(kept) - 1)
        if acr:
            (bare_by_acronym if bare else full_by_acronym).setdefault(acr, []).append(
                len(kept) - 1)
    return kept


# -- order and groups --------------------------------------------------------


def _as_datetime(value: datetime | date | None) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC)
        return value.replace(tzinfo=None)
    return datetime(value.year, value.month, value.day)


def _ordered(entries: list[SignatoryEntry], order: ListOrder,
             language: str = "") -> list[SignatoryEntry]:
    key = collation_key(language)
    alpha = sorted(entries, key=lambda e: key(e.name))
    if order is ListOrder.DATE:
        far = datetime.max
        return sorted(alpha, key=lambda e: _as_datetime(e.endorsed_at) or far)
    if order is ListOrder.MANUAL:
        return sorted(alpha, key=lambda e: e.position)
    return alpha


def _type_label(entry: SignatoryEntry, w: dict[str, str]) -> str:
    if entry.kind == SignatoryKind.INDIVIDUAL:
        return w["individuals"]
    text = " ".join(entry.org_type.split())
    # "ngo" → "Ngo" would be wrong; only the first letter is raised
    return text[:1].upper() + text[1:] if text else w["no_type"]


def _public(entry: SignatoryEntry, line: str, places: dict[str, str]) -> PublicSignatory:
    when = _as_datetime(entry.endorsed_at)
    return PublicSignatory(
        kind=entry.kind, name=" ".join(entry.name.split()), line=line,
        acronym=entry.acronym.strip(), country=entry.country.upper(),
        country_name=_place(entry, places) if entry.country else "",
        org_type=entry.org_type.strip(),
        title=entry.title.strip(), affiliation=entry.affiliation.strip(),
        endorsed_on=when.date() if when else None,
    )


def _group(heading: str, entries: list[SignatoryEntry], level: int, show_place: bool,
           places: dict[str, str], language: str = "") -> SignatoryGroup:
    lines = tuple(_line(e, show_place, places, language) for e in entries)
    return SignatoryGroup(heading, lines, level, tuple(entries))


def _grouped(
    entries: list[SignatoryEntry], order: ListOrder, show_place: bool, w: dict[str, str],
    level: int, places: dict[str, str], language: str = "",
) -> list[SignatoryGroup]:
    """One headless group, or one group per country / type. Inside a country
    group the place would repeat the heading, so it is left out there."""
    if order not in (ListOrder.COUNTRY, ListOrder.TYPE):
        ordered = _ordered(entries, order, language)
        return [_group("", ordered, level, show_place, places, language)] if ordered else []
    buckets: dict[str, list[SignatoryEntry]] = {}
    labels: dict[str, str] = {}
    for e in entries:
        if order is ListOrder.COUNTRY:
            label = (_place(e, places) if e.country else "") or w["no_country"]
        else:
            label = _type_label(e, w)
        key = primary_key(label)
        labels.setdefault(key, label)
        buckets.setdefault(key, []).append(e)
    last = {primary_key(w["no_country"]), primary_key(w["no_type"]),
            primary_key(w["individuals"])}
    out = []
    label_key = collation_key(language)
    for key in sorted(buckets, key=lambda k: (k in last, label_key(labels[k]))):
        out.append(_group(labels[key], _ordered(buckets[key], ListOrder.ALPHABETICAL, language),
                          level, show_place and order is ListOrder.TYPE, places, language))
    return out


def counts_line(organisations: int, individuals: int, countries: int, language: str,
                unnamed: int = 0) -> str:
    """"Signed by 312 organisations and 45 individuals from 61 countries", with
    each noun in the plural form the number takes in the letter's language;
    `unnamed` of them asked not to be named (", including 3 who asked not
    to be named"), when the campaign counts them."""
    w = words(language)
    parts = []
    if organisations:
        parts.append(counted("org", organisations, language))
    if individuals:
        parts.append(counted("ind", individuals, language))
    if not parts:
        return ""
    text = w["signed_by"].format(parts=_joined(parts, language))
    if countries:
        text += counted("countries", countries, language)
    if unnamed:
        text += counted("unnamed", unnamed, language)
    return text


def delivery_notice(private: int, language: str) -> str:
    """The line a delivery copy opens with, in the letter's language
    ("Delivery copy — includes 3 signatories who asked not to be named
    publicly. Not for publication.")."""
    return counted("delivery", private, language)


def _country_names(entries: list[SignatoryEntry], language: str) -> dict[str, str]:
    """Each country once, named in the letter's language (a name the store
    already gave wins)."""
    from signon.domain.countries import country_name

    places: dict[str, str] = {}
    for e in entries:
        code = e.country.upper()
        if code and (code not in places or (e.country_name and not places[code])):
            places[code] = e.country_name or ""
    return {code: name or country_name(code, language) for code, name in places.items()}


def _section(s: SectionDraft, language: str) -> LetterSection:
    if s.kind.is_list:
        numbering = item_numbering(s)
        return LetterSection(
            kind=s.kind, lead=" ".join(s.lead.split()), title=s.title.strip(),
            items=tuple(compose_items(s.items, numbering, language, s.item_languages)),
            numbering=numbering.value, marker=Marker(s.marker).value,
        )
    return LetterSection(kind=s.kind, paragraphs=tuple(paragraphs(s.text)),
                         title=s.title.strip())


@dataclass(frozen=True)
class LeadlessList:
    """A concern or recommendation list that prints items but no lead
    sentence: its "First, …" follows the text before it directly, and two
    such lists read "… Finally, … First, …" with nothing between them."""

    #: the section's place in the statement, from 1
    number: int
    kind: SectionKind
    title: str = ""

    def message(self) -> str:
        """One line for the command line, in the user's language (the Export
        tab words its own)."""
        what = _("concerns") if self.kind is SectionKind.CONCERN else _("recommendations")
        named = f" “{self.title}”" if self.title else ""
        return _("section {number} ({what}{named}) has no lead sentence: its items follow "
                 "the text before it directly; add one in the Statement tab").format(
            number=self.number, what=what, named=named)


def lists_without_lead(letter: Letter) -> list[LeadlessList]:
    """The lists of `letter` that print items without a lead sentence."""
    return [LeadlessList(number, section.kind, section.title)
            for number, section in enumerate(statement_sections(letter), 1)
            if section.kind.has_lead_ins and section.items and not section.lead.strip()]


def _endorsed_on(entry: SignatoryEntry) -> date | None:
    when = _as_datetime(entry.endorsed_at)
    return when.date() if when else None


def build_letter(
    *,
    title: str,
    addressee: str = "",
    language: str = "en",
    sections: list[SectionDraft],
    signatories: list[SignatoryEntry],
    signatory_heading: str = DEFAULT_HEADING,
    options: LetterOptions | None = None,
    letter_date: date | None = None,
    version: int | None = None,
    author: str = "",
    retracted: Sequence[SignatoryEntry] = (),
    edition: EditionContext | None = None,
    unnamed: Sequence[SignatoryEntry] = (),
) -> Letter:
    """The letter as it will be published, from the statement and every
    signatory of the campaign (the filtering happens here, not in callers).

    `unnamed` are the signatories marked "do not publish" (the store keeps
    them apart from `signatories`, store/letters.py), given to a public
    letter only when the campaign counts them: its counts line includes
    them (", including 3 who asked not to be named"), its list never does.
    A delivery copy (`options.delivery_copy`) prints them too, each in its
    place, under `Letter.notice`, which says how many.

    `options.edition_date` keeps the endorsements made on or before that
    day (one without a date is kept: nothing says it came later).
    `retracted` are withdrawn signatories with their `retracted_on` day,
    and `edition` what the earlier editions printed: a withdrawn signatory
    that an earlier edition printed, and that the letter does not print
    otherwise, is marked "retracted (date)" in its place, or left out, as
    `options.retractions` says."""
    opts = options or LetterOptions()
    order = ListOrder(opts.order)
    language = language or "en"
    w = words(language)
    public = printable_entries(signatories, opts)
    shown = public
    if opts.delivery_copy and unnamed:
        # each in its place: the order the store reads them in (position, id)
        shown = printable_entries(sorted([*signatories, *unnamed], key=_stored_order), opts)
    marked: list[SignatoryEntry] = []
    if retracted and edition is not None and opts.retractions == Retractions.MARK:
        printed = {entry_key(e) for e in shown}
        marked = [e for e in _dedupe([e for e in retracted if e.name.strip()
                                      and e.retracted_on is not None])
                  if entry_key(e) in edition.printed_before and entry_key(e) not in printed]
    listed = shown + marked
    # naming countries loads Babel's locale data: only when the letter shows them
    places = (_country_names(listed, language)
              if opts.show_place or order is ListOrder.COUNTRY else {})
    orgs = [e for e in shown if e.kind != SignatoryKind.INDIVIDUAL]
    people = [e for e in shown if e.kind == SignatoryKind.INDIVIDUAL]
    counted_orgs, counted_people, unnamed_count = len(orgs), len(people), 0
    if unnamed and opts.show_counts and not opts.delivery_copy:
        # the totals count them; their countries stay out, so that a country
        # no printed name comes from cannot point at one of them
        everyone = printable_entries([*signatories, *unnamed], opts)
        counted_people = sum(e.kind == SignatoryKind.INDIVIDUAL for e in everyone)
        counted_orgs = len(everyone) - counted_people
        unnamed_count = len(everyone) - len(shown)
    all_orgs = orgs + [e for e in marked if e.kind != SignatoryKind.INDIVIDUAL]
    all_people = people + [e for e in marked if e.kind == SignatoryKind.INDIVIDUAL]

    groups: list[SignatoryGroup] = []
    if opts.separate_individuals and all_orgs and all_people:
        for heading, subset in ((w["organisations"], all_orgs), (w["individuals"], all_people)):
            sub_order = ListOrder.ALPHABETICAL if (
                order is ListOrder.TYPE and subset is all_people) else order
            sub = _grouped(subset, sub_order, opts.show_place, w, 2, places, language)
            if len(sub) == 1 and not sub[0].heading:
                groups.append(replace(sub[0], heading=heading, level=1))
            else:
                groups.append(SignatoryGroup(heading, (), 1))
                groups.extend(sub)
    else:
        groups = _grouped(all_orgs + all_people, order, opts.show_place, w, 1, places,
                          language)

    heading = (signatory_heading or "").strip() or DEFAULT_HEADING
    if heading == DEFAULT_HEADING:
        heading = w["signatories"]
    countries = len({e.country.upper() for e in shown if e.country})
    clean_title = " ".join(title.split())
    date_line = ""
    if opts.show_date:
        date_line = format_date(letter_date or date.today(), language)
    layout = SignatoryLayout(opts.signatory_layout)
    closing = ""
    if layout is SignatoryLayout.INLINE:
        closing = closing_line(date_line, [line for g in groups for line in g.lines],
                               language)
        date_line = ""  # the closing line holds it
    added = ""
    if edition is not None and edition.previous is not None and opts.show_added:
        new = [line for g in groups for e, line in zip(g.entries, g.lines, strict=True)
               if e.retracted_on is None and entry_key(e) not in edition.printed_before]
        if new:
            added = w["added"].format(n=format_count(edition.previous, language),
                                      names=join_list(new, language))
    return with_sections(Letter(
        title=clean_title if opts.show_title else "",
        addressee=addressee.strip(),
        language=language,
        date_line=date_line,
        sections=(),
        signatory_heading=heading,
        groups=tuple(groups),
        counts_line=counts_line(counted_orgs, counted_people, countries, language,
                                unnamed_count) if opts.show_counts else "",
        footnote=w["footnote"] if any(e.affiliation.strip() for e in all_people) else "",
        edition_line=w["edition"].format(date=format_date(opts.edition_date, language))
        if opts.edition_date else "",
        version=version,
        organisations=len(orgs),
        individuals=len(people),
        countries=countries,
        metadata={"title": clean_title, "subject": addressee.strip(),
                  "author": author.strip(), "language": language},
        places=places,
        signatory_layout=layout.value,
        closing_line=closing,
        added_line=added,
        edition=edition.number if edition is not None else None,
        notice=delivery_notice(len(shown) - len(public), language)
        if opts.delivery_copy else "",
    ), sections)


def _stored_order(entry: SignatoryEntry) -> tuple[int, int]:
    return entry.position, entry.signatory_id or 0


def printable_entries(entries: Sequence[SignatoryEntry],
                      opts: LetterOptions) -> list[SignatoryEntry]:
    """What of `entries` a letter with `opts` prints: named endorsements
    (and those awaiting reconfirmation when kept), each organisation once,
    made on or before the edition date when there is one. The Export tab
    counts the private signatories a delivery copy would add with it."""
    shown = _dedupe([
        e for e in entries
        if e.name.strip() and appears_in_letter(e.status, opts.keep_reconfirmation)
        and e.retracted_on is None
    ])
    if opts.edition_date is not None:
        shown = [e for e in shown
                 if (_endorsed_on(e) is None or _endorsed_on(e) <= opts.edition_date)]
    return shown


def with_sections(letter: Letter, sections: list[SectionDraft]) -> Letter:
    """`letter` with this text: how `build_letter` puts the statement in,
    and how the Statement tab's preview follows each edit without sorting
    and grouping thousands of signatories again (the costly part, 0.2 s for
    6,000 endorsers)."""
    composed = tuple(_section(s, letter.language) for s in sections)
    if letter.notice:
        composed = (LetterSection(kind=SectionKind.TEXT, title=letter.notice), *composed)
    return replace(letter, sections=composed)


def statement_sections(letter: Letter) -> tuple[LetterSection, ...]:
    """The letter's sections of the statement: without a delivery copy's
    notice (`Letter.notice`), which `with_sections` puts first."""
    return letter.sections[1:] if letter.notice else letter.sections
