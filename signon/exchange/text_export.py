"""Plain text and Markdown renderings of a `Letter`.

The plain text reads like a joint statement pasted into an email or a web
form (the example letter in shared/examples is the model): one paragraph per
line with a blank line between paragraphs, list items as "  • First, …",
then the signatory heading and one name per paragraph. Markdown keeps the
same shape with headings and lists, every special character escaped so a
name such as "*NSYNC Fans [UK]" prints as typed.
"""

from __future__ import annotations

import re
from pathlib import Path

from signon.atomic import atomic_write_text
from signon.domain.compose import Numbering
from signon.domain.letter import Letter, LetterSection
from signon.domain.letter_text import BULLET, render_text
from signon.exchange.seal import seal
from signon.progress import NO_PROGRESS, Progress

__all__ = ["BULLET", "render_markdown", "render_text", "write_markdown", "write_text"]


# -- plain text --------------------------------------------------------------
# (the rendering itself is the domain's: an edition's digest is of this text)


def write_text(letter: Letter, out: str | Path, *, progress: Progress = NO_PROGRESS,
               **_options) -> Path:
    progress.step(0, 1, "Writing text")
    text = render_text(letter)
    # the last point a cancel may land: after the write the file exists
    progress.step(1, 1, "Writing text")
    atomic_write_text(out, text)
    return Path(out)


# -- Markdown ----------------------------------------------------------------

_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_LINE_START = re.compile(r"^(\s*)([#>+\-=]|\d+[.)])")


def md_escape(text: str) -> str:
    """Text that Markdown shows as typed: inline markup, raw HTML, entities
    and anything that would start a block (heading, quote, list) escaped."""
    text = " ".join(text.split())
    text = _ENTITY.sub(r"\\&", _INLINE.sub(r"\\\1", text))
    match = _LINE_START.match(text)
    if match:
        lead, marker = match.groups()
        if marker[0].isdigit():
            marker = marker[:-1] + "\\" + marker[-1]
        else:
            marker = "\\" + marker
        text = lead + marker + text[match.end():]
    return text


def _md_items(section: LetterSection) -> list[str]:
    numbering = section.numbering
    if section.plain:
        return [md_escape(item.text) for item in section.items]
    if numbering == Numbering.NUMBER:
        return ["\n".join(f"{i}. {md_escape(item.text)}"
                          for i, item in enumerate(section.items, start=1))]
    return ["\n".join(f"- {md_escape(item.text)}" for item in section.items)]


def render_markdown(letter: Letter) -> str:
    blocks: list[str] = []
    if letter.title:
        blocks.append(f"# {md_escape(letter.title)}")
    if letter.addressee:
        blocks.append(md_escape(letter.addressee))
    if letter.date_line:
        blocks.append(f"*{md_escape(letter.date_line)}*")
    for section in letter.sections:
        if section.title:
            blocks.append(f"## {md_escape(section.title)}")
        blocks.extend(md_escape(p) for p in section.paragraphs)
        if section.lead:
            blocks.append(md_escape(section.lead))
        if section.items:
            blocks.extend(_md_items(section))
    if letter.inline:
        if letter.closing_line:
            blocks.append(md_escape(letter.closing_line))
        if letter.counts_line:
            blocks.append(f"*{md_escape(letter.counts_line)}*")
    elif letter.groups:
        blocks.append(f"## {md_escape(letter.signatory_heading)}")
        if letter.counts_line:
            blocks.append(f"*{md_escape(letter.counts_line)}*")
        for group in letter.groups:
            if group.heading:
                blocks.append(f"{'#' * (2 + group.level)} {md_escape(group.heading)}")
            if group.lines:
                blocks.append("\n".join(f"- {md_escape(line)}" for line in group.lines))
    if letter.groups or letter.closing_line:
        if letter.footnote:
            blocks.append(md_escape(letter.footnote))
        if letter.added_line:
            blocks.append(md_escape(letter.added_line))
        if letter.edition_line:
            blocks.append(f"*{md_escape(letter.edition_line)}*")
    sealed = seal(letter)
    if sealed:  # an edition's seal, invisible where the Markdown is shown
        blocks.append(f"<!-- {sealed} -->")
    return "\n\n".join(blocks) + "\n"


def write_markdown(letter: Letter, out: str | Path, *, progress: Progress = NO_PROGRESS,
                   **_options) -> Path:
    progress.step(0, 1, "Writing Markdown")
    atomic_write_text(out, render_markdown(letter))
    progress.step(1, 1, "Done")
    return Path(out)
