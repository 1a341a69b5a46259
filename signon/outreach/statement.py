"""{statement}: the current text of the statement as plain text for a message.

The letter's own plain-text rendering is reused (so the email shows the
same lead-ins and list markers as the exported letter) without the date
line and the signatory list: an invitation carries the text to endorse,
not a list that is still growing. So only the campaign and its sections are
read, never its signatories (50,000 of them took half a second per message
preview).

In the outreach layer: it reads the statement through the store and renders
it with the text exporter (exchange), both below.
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
    from signon.store.letters import LetterSource, read_campaign, read_sections

    source = LetterSource(read_campaign(session, campaign_id), read_sections(session, campaign_id))
    return plain_statement(source.letter())


def plain_statement(letter: Letter) -> str:
    from signon.exchange.text_export import render_text

    body = replace(letter, groups=(), date_line="", counts_line="", footnote="",
                   edition_line="")
    return render_text(body).strip()

