"""No message for a person escapes translation in the outreach, command and
exchange modules converted for issue 23: the same scan as
tests/unit/test_messages_escape.py (loaded from that file, so both apply one
rule), over this slice's own list of modules.

A module here raises each `SignonError` with a message made by `_()` or
`n_()`; a bare string or an f-string in a raise, or an f-string inside
`_()`, fails the test with the line that escapes. The other side of the
rule: text these modules store (a reply's outcome) stays English.
"""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def _checker():
    spec = importlib.util.spec_from_file_location(
        "messages_escape_checker", HERE / "test_messages_escape.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.escapes


escapes = _checker()

CONVERTED = (
    "signon.commands.backup",
    "signon.commands.check",
    "signon.commands.common",
    "signon.commands.copy_db",
    "signon.commands.data_held",
    "signon.commands.demo",
    "signon.commands.erase",
    "signon.commands.evidence",
    "signon.commands.export",
    "signon.commands.import_campaign",
    "signon.commands.import_signatories",
    "signon.commands.inbox",
    "signon.commands.list",
    "signon.commands.outbox",
    "signon.commands.publish",
    "signon.commands.restore",
    "signon.commands.retention",
    "signon.commands.status",
    "signon.commands.verify",
    "signon.exchange.campaign_file",
    "signon.exchange.campaign_schema",
    "signon.exchange.csv_export",
    "signon.exchange.demo",
    "signon.exchange.docx_export",
    "signon.exchange.edition_files",
    "signon.exchange.export",
    "signon.exchange.html_export",
    "signon.exchange.missing_glyphs",
    "signon.exchange.pdf.bilingual",
    "signon.exchange.pdf.document",
    "signon.exchange.pdf.fonts",
    "signon.exchange.pdf.layout",
    "signon.exchange.pdf.shaping",
    "signon.exchange.pdf.signatory_flowable",
    "signon.exchange.pdf.styles",
    "signon.exchange.pdf.textblock",
    "signon.exchange.script_table",
    "signon.exchange.scripts",
    "signon.exchange.seal",
    "signon.exchange.spreadsheet",
    "signon.exchange.text_export",
    "signon.outreach.deadlines",
    "signon.outreach.eml",
    "signon.outreach.evidence_report",
    "signon.outreach.imap",
    "signon.outreach.inbox",
    "signon.outreach.mailboxes",
    "signon.outreach.mailing",
    "signon.outreach.message",
    "signon.outreach.secrets",
    "signon.outreach.sending",
    "signon.outreach.settings",
    "signon.outreach.smtp",
    "signon.outreach.snapshot",
    "signon.outreach.statement",
)


@pytest.mark.parametrize("name", CONVERTED)
def test_no_message_escapes_translation(name):
    assert escapes(importlib.import_module(name)) == []


def test_a_stored_reply_outcome_stays_english():
    """The outcome of a reply is stored (`english()`): a refusal of the
    workflow in it is English whatever language the command speaks."""
    from signon import message_catalog
    from signon.domain import messages
    from signon.outreach.inbox import InboxEntry, plan_effect
    from signon.store import replies as store

    endorsed = store.SignatoryFacts(id=1, name="Access Now", addresses=(), contacts=(),
                                    website="", campaign_id=1, status="endorsed")
    decline = InboxEntry("<m@example.org>", "a@example.org", "Re", "decline",
                         match=store.THREAD, signatory_id=1)
    message_catalog.install("es")
    try:
        outcome = plan_effect(decline, endorsed, None, None).outcome
    finally:
        messages.install(None)
    assert outcome.startswith("not applied: cannot change status from endorsed to declined")
