"""The live letter preview: the `Letter` value rendered as simple HTML.

It renders the same `Letter` the exporters get from `build_letter`, so what
the coordinator reads while typing is what will be exported. Every piece of
text is escaped: statements quote "<" and "&" and signatory names are typed
by strangers.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextOption
from PySide6.QtWidgets import QTextBrowser, QWidget

from signon.domain.direction import text_direction
from signon.domain.letter import Letter, LetterSection
from signon.ui import colours

#: Inline styles on paragraphs: Qt's rich text keeps its own size steps for
#: <h1>…<h3> whatever the CSS says, and ignores most of a <style> sheet.
STYLES = {
    "h1": "font-size:14pt; font-weight:600; margin-top:0px; margin-bottom:6px;",
    "h2": "font-size:12pt; font-weight:600; margin-top:18px; margin-bottom:6px;",
    "h3": "font-size:10.5pt; font-weight:600; margin-top:10px; margin-bottom:4px;",
    "p": "margin-top:0px; margin-bottom:10px; line-height:135%;",
    "item": "margin-top:0px; margin-bottom:10px; margin-left:18px; line-height:135%;",
    "meta": f"margin-top:0px; margin-bottom:4px; color:{colours.MUTED};",
    "meta_end": f"margin-top:0px; margin-bottom:20px; color:{colours.MUTED};",
    "sig": "margin-top:0px; margin-bottom:2px;",
    "muted": f"margin-top:0px; color:{colours.FAINT}; font-style:italic;",
    "small": f"margin-top:8px; color:{colours.MUTED}; font-size:9pt;",
}


def _para(role: str, text: str, direction: str) -> str:
    """One paragraph in the look of `role` (a key of STYLES), text escaped."""
    return f'<p dir="{direction}" style="{STYLES[role]}">{escape(text)}</p>'


def _own(role: str, text: str, direction: str) -> str:
    """A paragraph of the statement, in the direction of its own text (an
    untranslated English paragraph in an Arabic letter runs left to right,
    as it will in every export); the letter's when it has no letter."""
    return _para(role, text, text_direction(text, direction))


def _section_html(section: LetterSection, direction: str) -> list[str]:
    out = []
    if section.title:
        out.append(_own("h2", section.title, direction))
    if section.kind.is_list:
        if section.lead:
            out.append(_own("p", section.lead, direction))
        if any(i.marker for i in section.items):
            rows = "".join(
                f'<tr><td width="26" valign="top"><p style="{STYLES["p"]}">'
                f"{escape(i.marker)}</p></td>"
                f'<td valign="top">{_own("p", i.text, direction)}</td></tr>'
                for i in section.items
            )
            out.append(f'<table dir="{direction}" cellspacing="0" cellpadding="0" '
                       f'style="margin-left:12px;">{rows}</table>')
        else:
            out.extend(_own("item", i.text, direction) for i in section.items)
    else:
        out.extend(_own("p", text, direction) for text in section.paragraphs)
    return out


#: Names the preview lists before it says how many more the letter has.
PREVIEW_NAMES = 500


def letter_html(letter: Letter, empty_signatories: str = "",
                more_names: Callable[[int], str] | None = None) -> str:
    """HTML for QTextBrowser (Qt's rich-text subset: no flex, simple tables).
    With `more_names`, only the first `PREVIEW_NAMES` names are listed, then
    `more_names(the number left out)`: the preview is re-rendered as the
    coordinator types, and 25,000 names took Qt 0.2 s of a frozen window
    each time; the exports list every name."""
    d = letter.direction
    out = ["<html><body>"]
    if letter.title:
        out.append(_own("h1", letter.title, d))
    header = [line for line in (letter.addressee, letter.date_line) if line]
    for n, line in enumerate(header, start=1):
        out.append(_own("meta_end" if n == len(header) else "meta", line, d))
    for section in letter.sections:
        out.extend(_section_html(section, d))
    out.append(_para("h2", letter.signatory_heading, d))
    if letter.counts_line:
        out.append(_para("meta", letter.counts_line, d))
    if not letter.groups:
        out.append(_para("muted", empty_signatories, d))
    room = PREVIEW_NAMES if more_names is not None else None
    left_out = 0
    for group in letter.groups:
        lines = group.lines
        if room is not None:
            lines, room = lines[:room], max(room - len(lines), 0)
            left_out += len(group.lines) - len(lines)
        if group.heading and lines:
            out.append(_para("h3", group.heading, d))
        out.extend(_para("sig", line, d) for line in lines)
    if left_out:
        out.append(_para("muted", more_names(left_out), d))
    if letter.footnote:
        out.append(_para("small", letter.footnote, d))
    if letter.edition_line:
        out.append(_para("small", letter.edition_line, d))
    out.append("</body></html>")
    return "\n".join(out)


class LetterPreview(QTextBrowser):
    """Read-only page that keeps its scroll position across re-renders, so
    the coordinator can watch the paragraph being typed."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("letterPreview")
        self.setAccessibleName(self.tr("Letter preview"))
        self.setAccessibleDescription(
            self.tr("The letter as it will be exported, updated as you type"))
        self.setOpenLinks(False)
        # lines wrap at the widget's width (long words anywhere), so a
        # horizontal scroll bar would only ever flash during a resize
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.document().setDocumentMargin(18)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        self.document().setDefaultFont(font)

    def show_letter(self, letter: Letter, names_note: str = "") -> None:
        """Show `letter`. `names_note` stands where the names go when the
        letter has none because they are not read yet ("Reading the
        signatories…": the Statement tab shows the text before them), or
        could not be; without it an empty list says there are none."""
        bar = self.verticalScrollBar()
        position = bar.value()
        self.setHtml(letter_html(
            letter, names_note or self.tr("No endorsed signatories yet"),
            lambda count: self.tr("… and %Ln more, listed in every export.", "", count)))
        bar.setValue(min(position, bar.maximum()))

    def show_message(self, text: str) -> None:
        self.setHtml(_para("muted", text, "ltr"))
