"""Campaigns for export tests, stored through the store services as a
coordinator's actions would store them.

`reference_campaign` holds the statement of tests/data/
joint-statement-un-ai-resolution.txt (items without their lead-ins, ordinal
numbering) with the nine organisations that signed it, one of them entered
twice more under other spellings, and others that declined, were invited,
withdrew or must reconfirm: none of those may reach the letter. Every
signatory has a contact email, phone and notes, which no export may show.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from signon.domain.compose import SectionDraft
from signon.store.campaigns import create_campaign
from signon.store.signatories import add_signatory
from signon.store.statements import replace_sections

DATA = Path(__file__).resolve().parents[1] / "data"
EXAMPLE = DATA / "joint-statement-un-ai-resolution.txt"
REFERENCE = json.loads((DATA / "un-ai-resolution.json").read_text("utf-8"))
EXPECTED_NAMES: list[str] = REFERENCE["expected_signatories"]
ABSENT_NAMES = [s["name"] for s in REFERENCE["signatories"] if s["status"] != "endorsed"]
CONCERN_LEADS = ["First, ", "Second, ", "Third, ", "Fourth, ", "Finally, "]


def reference_campaign(session, **fields) -> int:
    campaign = create_campaign(session, REFERENCE["campaign"]["title"],
                               language=REFERENCE["campaign"]["language"], **fields)
    replace_sections(session, campaign.id, [SectionDraft(**s) for s in REFERENCE["sections"]])
    start = datetime(2024, 3, 25, 9, 0, tzinfo=UTC)
    for i, s in enumerate(REFERENCE["signatories"]):
        entry = {k: v for k, v in s.items() if k not in ("type",)}
        add_signatory(session, campaign.id, kind=s["type"],
                      endorsed_at=start + timedelta(hours=i) if s["status"] == "endorsed"
                      else None, **entry)
    session.flush()
    return campaign.id


def example_paragraphs() -> list[str]:
    """The example letter without its two lines of page debris, one entry per
    paragraph, whitespace normalised (it has double, trailing and no-break
    spaces from the web page it was copied from)."""
    lines = EXAMPLE.read_text("utf-8").split("\n")[2:]
    return [" ".join(line.split()) for line in lines if line.strip()]


def paragraphs_of(text: str) -> list[str]:
    return [" ".join(block.split()) for block in text.split("\n\n") if block.strip()]


def reference_letter(db, options=None, **campaign_fields):
    """The reference campaign's letter, read back through the store."""
    from signon.store.letters import load_letter

    with db.session() as session:
        cid = reference_campaign(session, **campaign_fields)
        return load_letter(session, cid, options)


def assert_in_order(text: str, parts: list[str]) -> None:
    """Each part occurs exactly once, and in this order."""
    at = -1
    for part in parts:
        assert text.count(part) == 1, f"{part!r} occurs {text.count(part)} times"
        where = text.index(part)
        assert where > at, f"{part!r} is out of order"
        at = where
