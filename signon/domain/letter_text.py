"""The letter as plain text: the text export, and the canonical text of a
published edition (its SHA-256 is the edition's digest, so `signon verify`
recognises a text export by its bytes alone).

It lives in the domain, not beside the other renderers, because the store
computes an edition's digest when it is published and the store may not
import the exchange layer. It reads like a joint statement pasted into an
email or a web form (the example letter in shared/examples is the model):
one paragraph per line with a blank line between paragraphs, list items as
"  • First, …" (or plain paragraphs when the list has no marker), then the
signatory heading and one name per paragraph, or the one closing line of an
inline letter.
"""

from __future__ import annotations

from signon.domain.letter import Letter, LetterSection

BULLET = "•"


def _underlined(text: str, char: str) -> list[str]:
    return [text, char * max(3, len(text))]


def _items(section: LetterSection) -> list[str]:
    if section.plain:
        return [item.text for item in section.items]
    return [f"  {item.marker or BULLET} {item.text}" for item in section.items]


def render_text(letter: Letter) -> str:
    """The letter as plain text: blocks separated by one blank line."""
    blocks: list[str] = []
    if letter.title:
        blocks.append("\n".join(_underlined(letter.title, "=")))
    for line in (letter.addressee, letter.date_line):
        if line:
            blocks.append(line)
    for section in letter.sections:
        if section.title:
            blocks.append("\n".join(_underlined(section.title, "-")))
        blocks.extend(section.paragraphs)
        if section.lead:
            blocks.append(section.lead)
        blocks.extend(_items(section))
    if letter.inline:
        if letter.closing_line:
            blocks.append(letter.closing_line)
        if letter.counts_line:
            blocks.append(letter.counts_line)
    elif letter.groups:
        blocks.append(letter.signatory_heading)
        if letter.counts_line:
            blocks.append(letter.counts_line)
        for group in letter.groups:
            if group.heading:
                blocks.append("\n".join(_underlined(group.heading,
                                                    "-" if group.level == 1 else "·")))
            blocks.extend(group.lines)
    if letter.groups or letter.closing_line:
        for note in (letter.footnote, letter.added_line, letter.edition_line):
            if note:
                blocks.append(note)
    return "\n\n".join(blocks) + "\n"
