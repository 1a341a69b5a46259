"""{statement}: the current text of the statement as plain text for a message.

The letter's own plain-text rendering is reused (so the email shows the
same lead-ins and list markers as the exported letter) without the date
line and the signatory list: an invitation carries the text to endorse,
not a list that is still growing.

In the outreach layer: it reads the letter through the store and renders it
with the text exporter (exchange), both below.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from signon.domain.letter import Letter

if TYPE_CHECKING:
    from sqlmodel import Session


def statement_text(session: Session, campaign_id: int) -> str:
    """{statement}: the current text of the statement, as plain text, without
    the date line or the signatory list (those belong to the published letter)."""
    from signon.store.letters import load_letter

    return plain_statement(load_letter(session, campaign_id))


def plain_statement(letter: Letter) -> str:
    body = replace(letter, groups=(), date_line="", counts_line="", footnote="",
                   edition_line="")
    try:
        from signon.exchange.text_export import render_text
    except ImportError:  # the text exporter is optional for outreach
        return _minimal_text(body)
    return render_text(body).strip()


def _minimal_text(letter: Letter) -> str:
    blocks = [b for b in (letter.title, letter.addressee) if b]
    for section in letter.sections:
        if section.title:
            blocks.append(section.title)
        blocks.extend(section.paragraphs)
        if section.lead:
            blocks.append(section.lead)
        blocks.extend(f"  {item.marker} {item.text}" if item.marker else item.text
                      for item in section.items)
    return "\n\n".join(blocks).strip()
