"""HTML renderings of a `Letter`: a standalone page and a snippet.

The page is meant to be opened, printed or published as it is: `lang` and
`dir` on the root so browsers pick fonts, hyphenation and direction, print
CSS with page size and margins, the signatory list in columns. The snippet is
the same letter without page or style, with class names only, for pasting
into a website or a CMS whose own stylesheet takes over. Every piece of text
goes through `html.escape`: names come from web forms.

The page's font stack names, after its Latin fonts, the Noto family of
every other script the letter uses (signon.exchange.scripts decides, as
for the PDF) and the usual emoji fonts: a browser with those fonts shows
the names as the PDF does, one without them falls back per character.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from signon.atomic import atomic_write_text
from signon.domain.compose import Numbering
from signon.domain.direction import runs_against, text_direction
from signon.domain.letter import Letter, LetterSection
from signon.exchange.scripts import LATIN, faces_used, families_of
from signon.exchange.seal import seal
from signon.progress import NO_PROGRESS, Progress

PAPER = {"a4": "A4", "letter": "letter"}

#: Emoji fonts, last before the generic family: colour where the system has
#: it, the monochrome Noto Emoji the PDF embeds otherwise.
EMOJI_FONTS = ("Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji", "Noto Emoji")


def script_fonts(letter: Letter) -> str:
    """The quoted families of the scripts the letter uses beyond Latin and
    the emoji fonts, as a CSS list to put before a generic family."""
    texts = [letter.title, letter.addressee, letter.date_line, letter.signatory_heading,
             letter.counts_line, letter.footnote, letter.edition_line, letter.closing_line,
             letter.added_line]
    for section in letter.sections:
        texts += [section.title, section.lead, *section.paragraphs,
                  *(item.text for item in section.items)]
    for group in letter.groups:
        texts.append(group.heading)
        texts.extend(group.lines)
    names = [name for script in faces_used(t for t in texts if t) if script != LATIN
             for name in families_of(script) if name not in EMOJI_FONTS]
    return ", ".join(f'"{name}"' for name in dict.fromkeys([*names, *EMOJI_FONTS]))


def auto_columns(count: int) -> int:
    """Columns for a list of `count` names when the person chose "auto": short
    lists read best in one column, long ones waste paper in it."""
    if count <= 12:
        return 1
    if count <= 60:
        return 2
    return 3


def _e(text: str) -> str:
    return escape(text, quote=True)


def _dir(text: str, direction: str) -> str:
    """` dir="ltr"` on a block whose text runs against the letter (an
    untranslated English paragraph in an Arabic letter), else nothing: the
    block inherits the page's direction."""
    own = text_direction(text)
    return f' dir="{own}"' if direction and own and own != direction else ""


def _p(text: str, cls: str = "", direction: str = "") -> str:
    """A paragraph; with the letter's `direction`, one running against it
    gets its own (statement text; the app's own words need none)."""
    attr = f' class="{cls}"' if cls else ""
    return f"<p{attr}{_dir(text, direction)}>{_e(text)}</p>"


def _h(level: int, text: str, direction: str = "") -> str:
    return f"<h{level}{_dir(text, direction)}>{_e(text)}</h{level}>"


def _items(section: LetterSection, direction: str) -> list[str]:
    if section.plain:
        return [_p(item.text, "item", direction) for item in section.items]
    tag = "ol" if section.numbering == Numbering.NUMBER else "ul"
    cls = "ordinal" if section.numbering == Numbering.ORDINAL else section.numbering
    lis = "".join(f"<li{_dir(item.text, direction)}>{_e(item.text)}</li>"
                  for item in section.items)
    return [f'<{tag} class="{cls}">{lis}</{tag}>']


def _body(letter: Letter, columns: int | None, limit: int | None) -> list[str]:
    """The letter's elements; `limit` stops the signatory list early (the live
    preview needs the first screens, not 10,000 names)."""
    out: list[str] = []
    direction = letter.direction
    if letter.title:
        out.append(_h(1, letter.title, direction))
    if letter.addressee:
        out.append(_p(letter.addressee, "addressee", direction))
    if letter.date_line:
        out.append(_p(letter.date_line, "date"))
    for section in letter.sections:
        out.append(f'<section class="{_e(str(section.kind))}">')
        if section.title:
            out.append(_h(2, section.title, direction))
        out.extend(_p(text, "", direction) for text in section.paragraphs)
        if section.lead:
            out.append(_p(section.lead, "lead", direction))
        if section.items:
            out.extend(_items(section, direction))
        out.append("</section>")
    if letter.inline:
        return out + _closing(letter)
    if not letter.groups:
        return out
    total = sum(len(g.lines) for g in letter.groups)
    cols = columns or auto_columns(total)
    out.append('<section class="signatories">')
    out.append(f"<h2>{_e(letter.signatory_heading)}</h2>")
    if letter.counts_line:
        out.append(_p(letter.counts_line, "counts"))
    shown = 0
    for group in letter.groups:
        if limit is not None and shown >= limit:
            break
        if group.heading:
            out.append(f"<h{2 + group.level}>{_e(group.heading)}</h{2 + group.level}>")
        lines = group.lines if limit is None else group.lines[:limit - shown]
        shown += len(lines)
        if lines:
            lis = "".join(_li(line, letter.direction) for line in lines)
            out.append(f'<ul class="names columns-{cols}">{lis}</ul>')
    if shown < total:
        out.append(_p(f"… {total - shown} more", "more"))
    out.extend(_notes(letter))
    out.append("</section>")
    return out


def _notes(letter: Letter) -> list[str]:
    out = []
    if letter.footnote:
        out.append(_p(letter.footnote, "footnote"))
    if letter.added_line:
        out.append(_p(letter.added_line, "added"))
    if letter.edition_line:
        out.append(_p(letter.edition_line, "edition"))
    return out


def _closing(letter: Letter) -> list[str]:
    """An inline letter's end: the closing line (date and signers), no
    heading, then the notes."""
    if not letter.closing_line:
        return []
    out = ['<section class="signatories inline">', _p(letter.closing_line, "closing")]
    if letter.counts_line:
        out.append(_p(letter.counts_line, "counts"))
    out.extend(_notes(letter))
    out.append("</section>")
    return out


def _li(line: str, direction: str) -> str:
    """A name; one written in the other direction than the letter's (a Latin
    name in an Arabic letter) gets its own `dir`, so its trailing "*" or
    bracket stays at its end rather than jumping to the other side."""
    if runs_against(line, direction):
        # first-strong isolate: the name keeps its own direction inside, the
        # list keeps its alignment (a `dir` on the item would flush it left)
        return f"<li>\u2068{_e(line)}\u2069</li>"
    return f"<li>{_e(line)}</li>"


def render_html(letter: Letter, standalone: bool = False, *, columns: int | None = None,
                paper: str = "a4", limit: int | None = None) -> str:
    """The snippet (a `<div>` to paste), or with `standalone` a whole page."""
    attrs = f'lang="{_e(letter.language)}" dir="{letter.direction}"'
    body = "\n".join(_body(letter, columns, limit))
    if not standalone:
        return f'<div class="signon-letter" {attrs}>\n{body}\n</div>\n'
    title = letter.document_title or letter.signatory_heading
    meta = [f'<meta name="{name}" content="{_e(letter.metadata[name])}">'
            for name in ("author",) if letter.metadata.get(name)]
    sealed = seal(letter, paper=paper, columns=columns or "auto")
    if sealed:  # a published edition: what `signon verify` reads
        meta.append(f'<meta name="signon-edition" content="{_e(sealed)}">')
    return "\n".join([
        "<!DOCTYPE html>",
        f"<html {attrs}>",
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title>",
        *meta,
        f"<style>{page_css(paper, script_fonts(letter))}</style>",
        "</head>",
        "<body>",
        '<main class="signon-letter">',
        body,
        "</main>",
        "</body>",
        "</html>",
        "",
    ])


def page_css(paper: str = "a4", scripts: str = "") -> str:
    """The page's style; `scripts` is `script_fonts`, put in every font
    stack after its Latin families."""
    size = PAPER.get(paper, "A4")
    more = f"{scripts}, " if scripts else ""
    return f"""
:root {{ color-scheme: light; }}
body {{ margin: 0; background: #f4f4f1; color: #1d1d1b;
  font: 17px/1.6 "Noto Serif", Georgia, "Times New Roman", {more}serif; }}
main {{ max-width: 44rem; margin: 2.5rem auto; padding: 3rem 3.5rem; background: #fff;
  box-shadow: 0 1px 4px rgba(0,0,0,.12); hyphens: auto; }}
h1 {{ font: 600 1.9rem/1.25 "Noto Sans", "Helvetica Neue", Arial, {more}sans-serif;
  margin: 0 0 1.2rem; }}
h2, h3, h4 {{ font-family: "Noto Sans", "Helvetica Neue", Arial, {more}sans-serif;
  line-height: 1.3; margin: 2rem 0 .6rem; }}
h2 {{ font-size: 1.3rem; }} h3 {{ font-size: 1.1rem; }} h4 {{ font-size: 1rem; }}
p {{ margin: 0 0 1rem; }}
.addressee {{ font-weight: 600; }}
.date {{ color: #555; }}
ul.ordinal, ul.bullet, ol.number {{ padding-inline-start: 1.6rem; margin: 0 0 1rem; }}
ul.ordinal li, ul.bullet li, ol.number li {{ margin-bottom: .8rem; }}
.counts, .edition {{ font-style: italic; color: #444; }}
ul.names {{ list-style: none; padding: 0; margin: 0 0 1rem; line-height: 1.45; }}
ul.names li {{ break-inside: avoid; margin: 0 0 .35rem; }}
ul.columns-2 {{ column-count: 2; column-gap: 2rem; }}
ul.columns-3 {{ column-count: 3; column-gap: 1.6rem; font-size: .92rem; }}
.footnote {{ font-size: .85rem; color: #555; }}
@media (max-width: 40rem) {{
  main {{ margin: 0; padding: 1.5rem; box-shadow: none; }}
  ul.columns-2, ul.columns-3 {{ column-count: 1; }}
}}
@page {{ size: {size}; margin: 2cm 2.2cm; }}
@media print {{
  body {{ background: none; font-size: 11pt; }}
  main {{ max-width: none; margin: 0; padding: 0; box-shadow: none; }}
  h1, h2, h3, h4 {{ break-after: avoid; }}
  p, li {{ orphans: 3; widows: 3; }}
}}
""".strip()


def write_html(letter: Letter, out: str | Path, *, paper: str = "a4",
               columns: int | None = None, progress: Progress = NO_PROGRESS,
               standalone: bool = True, **_options) -> Path:
    progress.step(0, 1, "Writing HTML")
    atomic_write_text(out, render_html(letter, standalone, columns=columns, paper=paper))
    progress.step(1, 1, "Done")
    return Path(out)
