"""Which bundled font draws which character, for every letter format.

A coalition letter's names come in any script. The PDF embeds one bundled
font per script (resources/fonts/, Noto Sans and a few others), the DOCX and
the HTML name the same families so that Word, LibreOffice and browsers
reach for the same fonts, and every export warns about the characters none
of them can draw. All three ask this module, so they never disagree.

Two tables answer the questions without opening a font file (parsing the
70 bundled fonts would cost seconds; a letter in English must pay nothing):

- the *script table*: the Unicode Script property of every code point of a
  script we bundle a font for (Latin, Greek and Cyrillic share Noto Sans);
- the *coverage table*: the code points each bundled font has a glyph for.

Both are generated from the font files and fontTools' copy of the Unicode
data by `tools/font_coverage.py` into `signon/exchange/script_table.py`;
`tests/exchange/test_every_script.py` checks the coverage against the fonts.
The generated module is imported on first use, not with this one.

The script of a character picks its font, not coverage alone: NanumGothic
also holds 4,600 Han characters, and a Chinese name must not be drawn half
in a Korean font and half in a Chinese one. Characters of no script in
particular (spaces, digits, punctuation, emoji: Unicode's "Common") join the
run they sit in when its font has them, so "(JHR)" after an Arabic name
breaks the run only where it must. A character no bundled font has is
MISSING: the PDF draws a visible U+FFFD in its place and every export says
so (`signon.exchange.missing_glyphs`).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

#: The script of the prose, and the font every common character falls back to.
LATIN = "latin"
#: Placeholders while runs are resolved (never a font of their own).
COMMON = "common"
INHERITED = "inherited"
#: A run of characters that no bundled font has a glyph for.
MISSING = "missing"

#: Drawn in place of a MISSING character (in the Latin font, which has it).
REPLACEMENT = "\ufffd"


@dataclass(frozen=True)
class FontFace:
    """One bundled font: regular file and, when bundled, bold file."""

    script: str
    regular: str
    bold: str | None = None
    #: ISO 15924 codes of the scripts whose letters this font draws first.
    scripts: tuple[str, ...] = ()
    #: HarfBuzz must shape it (joining, reordering, conjuncts, marks).
    complex: bool = False
    #: The glyph → character map of shaped text loses information (conjunct,
    #: joined and reordered glyphs have no code point of their own), so each
    #: run also carries its logical text as /ActualText for copy and search.
    actual_text: bool = False
    #: Written right to left (its runs are shaped right to left).
    rtl: bool = False
    #: Other families that draw the script on people's machines (newer Noto
    #: names, the usual system fonts); the HTML font stack lists them too.
    aliases: tuple[str, ...] = ()


def _shaped(script: str, regular: str, iso: str = "") -> FontFace:
    """A font shaped by HarfBuzz, its runs carrying their typed text as
    /ActualText. Brahmic scripts need it for conjuncts and reordered
    vowels; even the alphabets without conjuncts (Ethiopic, Cherokee, Canadian
    syllabics, Yi) kern and substitute contextually in their Noto design
    (GPOS, calt), and a name is rare enough that shaping it costs nothing
    that shows."""
    return FontFace(script, regular, scripts=(iso,) if iso else (), complex=True,
                    actual_text=True)


_indic = _shaped


def _rtl(script: str, regular: str, iso: str) -> FontFace:
    return FontFace(script, regular, scripts=(iso,), complex=True, actual_text=True, rtl=True)


#: Every bundled font, in fallback order: a character that its own script's
#: font lacks (or that belongs to no script) goes to the first font here
#: that has it. Bold files only where the letter already set bold in that
#: script (headings in Latin, Arabic and Hebrew letters); the others get a
#: stroked "synthetic bold". The living scripts are those Unicode lists as
#: Recommended or Limited Use (UAX #31, tables 4 and 7): historic scripts
#: (Linear B, runes, cuneiform…) are left to the missing-character report.
FACES: dict[str, FontFace] = {f.script: f for f in (
    FontFace(LATIN, "NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
             scripts=("Latn", "Grek", "Cyrl")),
    FontFace("arabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf",
             scripts=("Arab",), complex=True, rtl=True),
    FontFace("hebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf",
             scripts=("Hebr",), complex=True, rtl=True),
    _indic("devanagari", "NotoSansDevanagari-Regular.ttf", "Deva"),
    _indic("bengali", "NotoSansBengali-Regular.ttf", "Beng"),
    _indic("tamil", "NotoSansTamil-Regular.ttf", "Taml"),
    _indic("thai", "NotoSansThai-Regular.ttf", "Thai"),
    FontFace("armenian", "NotoSansArmenian-Regular.ttf", scripts=("Armn",)),
    FontFace("georgian", "NotoSansGeorgian-Regular.ttf", scripts=("Geor",)),
    # -- Recommended scripts added for issue 17 ------------------------------
    _shaped("ethiopic", "NotoSansEthiopic-Regular.ttf", "Ethi"),
    _indic("gujarati", "NotoSansGujarati-Regular.ttf", "Gujr"),
    _indic("gurmukhi", "NotoSansGurmukhi-Regular.ttf", "Guru"),
    _indic("kannada", "NotoSansKannada-Regular.ttf", "Knda"),
    _indic("malayalam", "NotoSansMalayalam-Regular.ttf", "Mlym"),
    _indic("oriya", "NotoSansOriya-Regular.ttf", "Orya"),
    _indic("telugu", "NotoSansTelugu-Regular.ttf", "Telu"),
    _indic("sinhala", "NotoSansSinhala-Regular.ttf", "Sinh"),
    _indic("khmer", "NotoSansKhmer-Regular.ttf", "Khmr"),
    _indic("lao", "NotoSansLao-Regular.ttf", "Laoo"),
    _indic("myanmar", "NotoSansMyanmar-Regular.ttf", "Mymr"),
    _indic("tibetan", "NotoSerifTibetan-Regular.ttf", "Tibt"),
    _rtl("thaana", "NotoSansThaana-Regular.ttf", "Thaa"),
    # -- Limited Use scripts --------------------------------------------------
    _rtl("adlam", "NotoSansAdlam-Regular.ttf", "Adlm"),
    _rtl("nko", "NotoSansNKo-Regular.ttf", "Nkoo"),
    _rtl("syriac", "NotoSansSyriac-Regular.ttf", "Syrc"),
    _rtl("mandaic", "NotoSansMandaic-Regular.ttf", "Mand"),
    _rtl("rohingya", "NotoSansHanifiRohingya-Regular.ttf", "Rohg"),
    _shaped("cherokee", "NotoSansCherokee-Regular.ttf", "Cher"),
    _shaped("canadian", "NotoSansCanadianAboriginal-Regular.ttf", "Cans"),
    _shaped("yi", "NotoSansYi-Regular.ttf", "Yiii"),
    _shaped("vai", "NotoSansVai-Regular.ttf", "Vaii"),
    _shaped("bamum", "NotoSansBamum-Regular.ttf", "Bamu"),
    _shaped("osage", "NotoSansOsage-Regular.ttf", "Osge"),
    _shaped("lisu", "NotoSansLisu-Regular.ttf", "Lisu"),
    _shaped("olchiki", "NotoSansOlChiki-Regular.ttf", "Olck"),
    _indic("tifinagh", "NotoSansTifinagh-Regular.ttf", "Tfng"),
    _indic("mongolian", "NotoSansMongolian-Regular.ttf", "Mong"),
    _indic("javanese", "NotoSansJavanese-Regular.ttf", "Java"),
    _indic("balinese", "NotoSansBalinese-Regular.ttf", "Bali"),
    _indic("sundanese", "NotoSansSundanese-Regular.ttf", "Sund"),
    _indic("batak", "NotoSansBatak-Regular.ttf", "Batk"),
    _indic("chakma", "NotoSansChakma-Regular.ttf", "Cakm"),
    _indic("cham", "NotoSansCham-Regular.ttf", "Cham"),
    _indic("kayahli", "NotoSansKayahLi-Regular.ttf", "Kali"),
    _indic("lepcha", "NotoSansLepcha-Regular.ttf", "Lepc"),
    _indic("limbu", "NotoSansLimbu-Regular.ttf", "Limb"),
    _shaped("meetei", "NotoSansMeeteiMayek-Regular.ttf", "Mtei"),
    _indic("miao", "NotoSansMiao-Regular.ttf", "Plrd"),
    _indic("newa", "NotoSansNewa-Regular.ttf", "Newa"),
    _shaped("newtailue", "NotoSansNewTaiLue-Regular.ttf", "Talu"),
    FontFace("nphmong", "NotoSerifNyiakengPuachueHmong-Regular.ttf", scripts=("Hmnp",),
             complex=True, actual_text=True, aliases=("Noto Serif NP Hmong",)),
    _indic("saurashtra", "NotoSansSaurashtra-Regular.ttf", "Saur"),
    _indic("sylotinagri", "NotoSansSylotiNagri-Regular.ttf", "Sylo"),
    _indic("taile", "NotoSansTaiLe-Regular.ttf", "Tale"),
    _indic("taitham", "NotoSansTaiTham-Regular.ttf", "Lana"),
    _indic("taiviet", "NotoSansTaiViet-Regular.ttf", "Tavt"),
    _indic("wancho", "NotoSansWancho-Regular.ttf", "Wcho"),
    # -- no script of their own: emoji and symbols, reached by fallback ----------
    # (before the East Asian fonts, which have stars and arrows of their own
    # drawn for CJK text: "★" in a Latin name takes the symbols font)
    # Emoji sequences (ZWJ families, flags, keycaps) are glyphs of their own
    # that HarfBuzz substitutes (ccmp): the run is shaped, and its text is
    # kept as /ActualText.
    FontFace("emoji", "NotoEmoji-Regular.ttf", complex=True, actual_text=True,
             aliases=("Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji")),
    _shaped("symbols", "NotoSansSymbols-Regular.ttf"),
    _shaped("symbols2", "NotoSansSymbols2-Regular.ttf"),
    # mathematical letters: "𝐉𝐚𝐧𝐞" pasted from a "fancy text" site
    _shaped("math", "NotoSansMath-Regular.ttf"),
    # -- East Asian -------------------------------------------------------------
    FontFace("hangul", "NanumGothic.ttf", scripts=("Hang",),
             aliases=("Noto Sans KR", "Noto Sans CJK KR", "Malgun Gothic",
                      "Apple SD Gothic Neo")),
    FontFace("cjk", "DroidSansFallbackFull.ttf", scripts=("Hani", "Hira", "Kana", "Bopo"),
             aliases=("Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans SC", "Noto Sans JP",
                      "Microsoft YaHei", "PingFang SC", "Hiragino Sans")),
)}

#: Scripts written right to left (their runs are shaped right to left).
RTL_SCRIPTS = frozenset(f.script for f in FACES.values() if f.rtl)

#: Text that Noto Sans (regular and bold) draws as is, without shaping or
#: bidi: Latin with precomposed accents, IPA, Greek, Cyrillic, general
#: punctuation, the euro sign. Nearly every name of a letter matches, and
#: takes the fast path. Combining marks (U+0300…) are deliberately outside
#: it, and so are the code points of these blocks that Noto Sans lacks:
#: unassigned Greek ones and the Coptic letters U+03E2–U+03EF
#: (`test_every_script` checks the class against the coverage table).
SIMPLE_TEXT = re.compile(
    "[\u0020-\u007e\u00a0-\u02ff\u0370-\u0377\u037a-\u037f\u0384-\u038a\u038c"
    "\u038e-\u03a1\u03a3-\u03e1\u03f0-\u03ff\u0400-\u052f\u1e00-\u1eff"
    "\u2010-\u2027\u2030-\u205e\u20ac]*"
)


def is_simple(text: str) -> bool:
    """True when the Latin font draws `text` as is (no shaping, no bidi)."""
    return SIMPLE_TEXT.fullmatch(text) is not None


#: Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt):
#: joiners, variation selectors, bidi controls, tags. They are never drawn
#: on their own, so a font without them loses nothing: HarfBuzz hides them.
_IGNORABLE = (
    (0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160),
    (0x17B4, 0x17B5), (0x180B, 0x180F), (0x200B, 0x200F), (0x202A, 0x202E),
    (0x2060, 0x206F), (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
)
_IGNORABLE_STARTS = [a for a, _ in _IGNORABLE]


def is_ignorable(ch: str) -> bool:
    """Whether `ch` is a default-ignorable code point (drawn as nothing)."""
    cp = ord(ch)
    i = bisect_right(_IGNORABLE_STARTS, cp) - 1
    return i >= 0 and cp <= _IGNORABLE[i][1]


# -- the generated tables, loaded on first use ---------------------------------

_table = None


def table():
    """The generated script and coverage tables (`script_table`)."""
    global _table
    if _table is None:
        from signon.exchange import script_table

        _table = script_table
    return _table


_script_cache: dict[str, str] = {}
_cover_cache: dict[tuple[str, str], bool] = {}
_first_cache: dict[str, str | None] = {}


def script_of(ch: str) -> str:
    """The bundled font's script key for a letter of a script we bundle a
    font for; INHERITED for combining marks and default-ignorables, which
    take the font of the character they follow; COMMON for everything else
    (spaces, punctuation, digits, symbols, emoji, and letters of scripts we
    have no font for), which is resolved by coverage. Cached: a letter has
    few distinct characters and 10,000 names have many repeated ones."""
    found = _script_cache.get(ch)
    if found is not None:
        return found
    tab = table()
    cp = ord(ch)
    i = bisect_right(tab.SCRIPT_STARTS, cp) - 1
    if i >= 0 and cp <= tab.SCRIPT_ENDS[i]:
        script = tab.SCRIPT_FACES[i]
    elif unicodedata.category(ch)[0] == "M" or is_ignorable(ch):
        script = INHERITED
    else:
        script = COMMON
    _script_cache[ch] = script
    return script


def covers(script: str, ch: str) -> bool:
    """Whether the bundled font of `script` has a glyph for `ch` (its bold
    face, when bundled, has the same characters: the table holds what both
    have). Private-use code points count as covered by no font: whatever a
    font put there is not what the signatory meant."""
    key = (script, ch)
    found = _cover_cache.get(key)
    if found is None:
        bounds = table().COVERAGE.get(script, ())
        # bounds are [start, end + 1, start, end + 1, ...]: inside a range
        # when an odd number of bounds lie at or before the code point
        found = _cover_cache[key] = bisect_right(bounds, ord(ch)) % 2 == 1
    return found


def first_covering(ch: str) -> str | None:
    """The first bundled font (in FACES order) with a glyph for `ch`."""
    if ch in _first_cache:
        return _first_cache[ch]
    found = next((script for script in FACES if covers(script, ch)), None)
    _first_cache[ch] = found
    return found


def drawable(ch: str) -> bool:
    """Whether the letter can show `ch`: some bundled font has it, or it is
    a space or a default-ignorable that shows as nothing anyway."""
    return first_covering(ch) is not None or ch.isspace() or is_ignorable(ch)


def itemize(text: str, book=None) -> list[tuple[int, int, str]]:
    """Cut `text` into (start, end, script) runs in logical order, one font
    each (`book` is accepted for the PDF's older callers and unused).

    - A letter of a script we bundle takes that script's font, or when the
      font lacks it the first bundled font that has it.
    - Combining marks and default-ignorables (joiners, variation selectors)
      stay with the character before them, so HarfBuzz sees the whole
      cluster: a conjunct, an emoji ZWJ sequence.
    - Spaces, digits, punctuation, symbols and emoji join the run before
      them when its font has them, else the run after them, else the first
      bundled font that has them.
    - What no bundled font has is MISSING (a space becomes Latin).
    """
    n = len(text)
    base = [script_of(ch) for ch in text]
    # the next strong script after each position (for leading punctuation)
    following: list[str | None] = [None] * n
    nxt = None
    for i in range(n - 1, -1, -1):
        following[i] = nxt
        if base[i] not in (COMMON, INHERITED):
            nxt = base[i]
    resolved: list[str] = []
    prev: str | None = None  # font of the last strong character
    for i, ch in enumerate(text):
        s = base[i]
        if s == INHERITED:
            r = resolved[-1] if resolved else (following[i] or LATIN)
            if r != MISSING and not covers(r, ch) and not is_ignorable(ch):
                r = first_covering(ch) or _uncovered(ch, resolved, prev)
        elif s == COMMON:
            if prev is not None and prev != MISSING and covers(prev, ch):
                r = prev
            elif following[i] is not None and covers(following[i], ch):
                r = following[i]
            else:
                r = first_covering(ch) or _uncovered(ch, resolved, prev)
        else:
            r = s if covers(s, ch) else (first_covering(ch) or _uncovered(ch, resolved, prev))
            prev = r
        resolved.append(r)
    runs: list[tuple[int, int, str]] = []
    start = 0
    for i in range(1, n + 1):
        if i == n or resolved[i] != resolved[start]:
            runs.append((start, i, resolved[start]))
            start = i
    return runs


def _uncovered(ch: str, resolved: list[str], prev: str | None) -> str:
    """The run of a character no bundled font has: a space or a
    default-ignorable shows as nothing and stays with its neighbours;
    anything else is MISSING (the same test as `drawable`)."""
    if ch.isspace():
        return prev if prev not in (None, MISSING) else LATIN
    if is_ignorable(ch):
        return resolved[-1] if resolved else LATIN
    return MISSING


def faces_used(texts) -> list[str]:
    """The bundled fonts (FACES order) that the runs of `texts` use, Latin
    always first: the families a DOCX or an HTML page should name."""
    used = {LATIN}
    for text in texts:
        if is_simple(text):
            continue
        used.update(s for _, _, s in itemize(text) if s != MISSING)
    return [s for s in FACES if s in used]


def family_of(script: str) -> str:
    """The family name of a bundled font, as Word and LibreOffice know it."""
    return table().FAMILIES[script][0]


def families_of(script: str) -> tuple[str, ...]:
    """Every name the font of `script` goes by, then its aliases."""
    return tuple(dict.fromkeys(table().FAMILIES[script] + FACES[script].aliases))
