"""Characters of a letter that no bundled font can draw, per signatory.

A coalition letter that silently drops part of a signatory's name is the
worst thing this app can print. The bundled fonts (signon.exchange.scripts)
cover every living script and emoji, but not everything Unicode can hold: a
private-use character (a company logo typed on a Mac, U+F8FF), a code point
not assigned yet, a historic script, a control character pasted from a
spreadsheet. Such characters are never dropped without a word: before a
PDF, DOCX or HTML letter is written, the CLI and the Export tab both call
`find_missing` on the `Letter` and say, in one line per signatory, which
characters cannot be shown. The PDF prints U+FFFD (�) in place of each
one, so the gap is visible on paper too; DOCX and HTML keep the character
as typed (a reader's own fonts may have it).

Plain text, Markdown and CSV carry characters, not glyphs: they are not
checked. Cost: one regular-expression match per name for the Latin names
that are nearly all of a letter, a cached look-up per other character.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from signon.domain.letter import Letter
from signon.domain.messages import _
from signon.exchange.scripts import REPLACEMENT, drawable, is_simple

#: Formats whose output is drawn with fonts, and so is checked.
CHECKED_FORMATS = frozenset({"pdf", "docx", "html"})

_drawable_cache: dict[str, bool] = {}


@dataclass(frozen=True)
class MissingGlyphs:
    """The characters of one signatory's line (or, with `signatory` empty,
    of the letter's own text) that no bundled font draws."""

    signatory: str
    chars: tuple[str, ...]

    @property
    def codes(self) -> str:
        """"U+E000 <private use>, U+0378 <unassigned>" """
        return ", ".join(char_label(ch) for ch in self.chars)

    def message(self) -> str:
        """One line for the command line, in the user's language."""
        if self.signatory:
            text = _("signatory {name}: no font can draw {codes}; the PDF prints {mark} "
                     "(U+FFFD) in its place")
        else:
            text = _("the letter's text: no font can draw {codes}; the PDF prints {mark} "
                     "(U+FFFD) in its place")
        return text.format(name=f"\"{printable(self.signatory)}\"", codes=self.codes,
                           mark=REPLACEMENT)


def char_label(ch: str) -> str:
    """"U+13A0 CHEROKEE LETTER A", or a kind in brackets for characters
    without a name ("U+E000 <private use>", "U+0378 <unassigned>")."""
    name = unicodedata.name(ch, "")
    if not name:
        name = {"Co": "<private use>", "Cn": "<unassigned>", "Cc": "<control>",
                "Cs": "<surrogate>"}.get(unicodedata.category(ch), "<no name>")
    return f"U+{ord(ch):04X} {name}"


def printable(text: str) -> str:
    """`text` with what a terminal or a dialog would not show plainly
    (controls, private use, unassigned, formats) written as \\uXXXX."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or ch == " " else f"\\u{ord(ch):04x}"
                   for ch in text)


def missing_chars(text: str) -> tuple[str, ...]:
    """The distinct characters of `text` that no bundled font draws, in the
    order they first appear."""
    if is_simple(text):
        return ()
    out: dict[str, None] = {}
    for ch in text:
        ok = _drawable_cache.get(ch)
        if ok is None:
            ok = _drawable_cache[ch] = drawable(ch)
        if not ok:
            out[ch] = None
    return tuple(out)


def _letter_texts(letter: Letter):
    """Every text of the letter that is not a signatory line."""
    yield from (letter.title, letter.addressee, letter.date_line, letter.signatory_heading,
                letter.counts_line, letter.footnote, letter.edition_line)
    for section in letter.sections:
        yield section.title
        yield section.lead
        yield from section.paragraphs
        for item in section.items:
            yield item.text
            yield getattr(item, "marker", "") or ""
    for group in letter.groups:
        yield group.heading


def find_missing(letter: Letter) -> list[MissingGlyphs]:
    """One entry per signatory whose line holds characters no bundled font
    draws (in letter order, named by the signatory's name), then one for
    the rest of the letter's text if it has any."""
    found: list[MissingGlyphs] = []
    for group in letter.groups:
        entries = group.entries if len(group.entries) == len(group.lines) else ()
        for i, line in enumerate(group.lines):
            chars = missing_chars(line)
            if chars:
                found.append(MissingGlyphs(entries[i].name if entries else line, chars))
    rest: dict[str, None] = {}
    for text in _letter_texts(letter):
        if text:
            rest.update(dict.fromkeys(missing_chars(text)))
    if rest:
        found.append(MissingGlyphs("", tuple(rest)))
    return found
