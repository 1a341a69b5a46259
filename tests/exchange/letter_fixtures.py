"""Campaigns for export tests, stored through the store services as a
coordinator's actions would store them.

`reference_campaign` holds the statement of tests/data/
joint-statement-un-ai-resolution.txt (items without their lead-ins, ordinal
numbering) with the nine organisations that signed it, one of them entered
twice more under other spellings, and others that declined, were invited,
withdrew or must reconfirm: none of those may reach the letter. Every
signatory has a contact email, phone and notes, which no export may show,
and the first endorsement came by an email reply whose evidence (sender,
text, representative: `REPLY_EVIDENCE`) is just as private (issue 18).
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


#: What the reply evidence of the reference campaign holds that no export
#: may show (the sender's address has an "@", as every contact's).
REPLY_EVIDENCE = {
    "from_address": "ana.rivera@reply-evidence.example.org",
    "message_id": "<reply-4711@reply-evidence.example.org>",
    "subject": "Re: private subject 4711",
    "text": "We endorse. Private reply text 4711.",
    "representative_name": "Representative Zed Quux",
    "representative_role": "Chief Evidence Officer",
    "digest": "4711" * 16,
}


def reference_campaign(session, **fields) -> int:
    campaign = create_campaign(session, REFERENCE["campaign"]["title"],
                               language=REFERENCE["campaign"]["language"], **fields)
    replace_sections(session, campaign.id, [SectionDraft(**s) for s in REFERENCE["sections"]])
    start = datetime(2024, 3, 25, 9, 0, tzinfo=UTC)
    replied = False
    for i, s in enumerate(REFERENCE["signatories"]):
        entry = {k: v for k, v in s.items() if k not in ("type",)}
        sig = add_signatory(session, campaign.id, kind=s["type"],
                            endorsed_at=start + timedelta(hours=i) if s["status"] == "endorsed"
                            else None, **entry)
        if s["status"] == "endorsed" and not replied:
            replied = _record_reply(session, campaign.id, sig.id)
    session.flush()
    return campaign.id


def _record_reply(session, campaign_id: int, signatory_id: int) -> bool:
    from signon.store.replies import NewReply, record_reply, set_representative

    evidence = {k: v for k, v in REPLY_EVIDENCE.items() if not k.startswith("representative")}
    row = record_reply(session, campaign_id, NewReply(
        action="endorse", signatory_id=signatory_id, match="thread", verified=True,
        dkim="pass", auth_results="mx.example; dkim=pass header.d=reply-evidence.example.org",
        **evidence))
    set_representative(session, row.id, REPLY_EVIDENCE["representative_name"],
                       REPLY_EVIDENCE["representative_role"])
    return True


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
