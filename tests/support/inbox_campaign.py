"""A campaign whose invitations went out with known Message-IDs, for the
replies in tests/data/inbox/ to answer (issue 18, `signon inbox`); what each
reply is and does is the table of tests/data/inbox/README.md, and
`EXPECTED` below."""

from __future__ import annotations

import mailbox
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

INBOX = Path(__file__).resolve().parents[1] / "data" / "inbox"
EML_FILES = sorted(INBOX.glob("*.eml"))
ADDED_AT = datetime(2024, 1, 10, 9, 0, tzinfo=UTC)
SENT_AT = datetime(2024, 1, 15, 9, 0, tzinfo=UTC)
TITLE = "Joint statement on AI"

#: name, acronym, website, contact address, invitation's Message-ID (None:
#: invited by hand, no message went)
ORGANISATIONS = (
    ("Association for Progressive Communications", "APC", "https://www.apc.example.org/",
     "campaigns@apc.example.org", "<inv-apc@signon.test>"),
    ("Derechos Digitales", "", "derechos.example.org", "hola@derechos.example.org",
     "<inv-dd@signon.test>"),
    ("Privacy International", "", "privacy.example.org", "pi@privacy.example.org",
     "<inv-pi@signon.test>"),
    ("Electronic Frontier Foundation", "EFF", "https://eff.example.org",
     "press@eff.example.org", None),
    ("ARTICLE 19", "", "article19.example.org", "info@article19.example.org",
     "<inv-a19@signon.test>"),
    ("Access Now", "", "https://accessnow.example.org", "info@accessnow.example.org",
     "<inv-access@signon.test>"),
)

#: What each file is read as, and with --apply whether it is applied, in
#: the folder's (and the mbox's) order: (signatory, match, action,
#: verified, applied).
EXPECTED = [
    ("Association for Progressive Communications", "thread", "endorse", True, True),
    ("Derechos Digitales", "thread", "decline", False, True),
    ("Privacy International", "thread", "bounce", False, True),
    ("Electronic Frontier Foundation", "sender", "endorse", True, False),
    ("ARTICLE 19", "thread", "auto-reply", False, False),
    ("Access Now", "thread", "review", True, False),
    (None, None, "unmatched", False, False),
    ("Association for Progressive Communications", "thread", "duplicate", True, False),
]


@dataclass(frozen=True)
class InboxCampaign:
    id: int
    signatories: dict[str, int]  # name → id
    outbox: dict[str, int]  # invitation Message-ID → outbox row id


def make_campaign(session, *, title: str = TITLE, newer_version: bool = False,
                  message_ids: dict[str, str] | None = None) -> InboxCampaign:
    """The campaign, version 1 frozen, every organisation invited (an
    invitation sent on 15 January 2024, version 1), EFF by hand. With
    `newer_version`, version 2 is frozen after the invitations went.
    `message_ids` renames invitations (another campaign's own)."""
    from signon.domain.compose import SectionDraft
    from signon.store.campaigns import create_campaign
    from signon.store.outbox import NewMessage, enqueue, mark_sent
    from signon.store.signatories import add_signatory
    from signon.store.statements import freeze_version, replace_sections

    cid = create_campaign(session, title, status="collecting").id
    replace_sections(session, cid, [SectionDraft(kind="intro", text="We, the undersigned.")])
    freeze_version(session, cid)
    signatories: dict[str, int] = {}
    outbox: dict[str, int] = {}
    for name, acronym, website, email, mid in ORGANISATIONS:
        sid = add_signatory(session, cid, name=name, acronym=acronym, website=website,
                            contact_email=email, status="prospect" if mid else "invited",
                            at=ADDED_AT).id
        signatories[name] = sid
        if mid is None:
            continue
        mid = (message_ids or {}).get(mid, mid)
        [row] = enqueue(session, cid, "invitation", [NewMessage(
            sid, name, email, f"Invitation to endorse: {TITLE}", "Would you endorse?",
            mid)], at=SENT_AT).added
        mark_sent(session, row, at=SENT_AT)
        outbox[mid] = row
    if newer_version:
        replace_sections(session, cid, [SectionDraft(kind="intro",
                                                     text="We, the undersigned, agree.")])
        freeze_version(session, cid)
    session.flush()
    return InboxCampaign(cid, signatories, outbox)


def write_mbox(path: Path, files: list[Path] = EML_FILES) -> Path:
    """The .eml files as one mbox file, in order (as a mail program exports a folder)."""
    box = mailbox.mbox(path, create=True)
    try:
        box.lock()
        for file in files:
            box.add(mailbox.mboxMessage(file.read_bytes()))
        box.flush()
        box.unlock()
    finally:
        box.close()
    return path
