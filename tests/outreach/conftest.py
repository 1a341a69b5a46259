"""A real SMTP server on 127.0.0.1 (aiosmtpd) that can misbehave on cue,
a campaign with signatories in several scripts, and a keyring in memory.
"""

from __future__ import annotations

import asyncio
import socket
from dataclasses import dataclass, field
from datetime import date

import pytest

from signon.outreach import secrets


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Recorder:
    """An SMTP handler that keeps what it accepts. `drop` maps the number of a
    message (1-based, counted at RCPT) to how the connection is cut:

    - "rcpt": before DATA — the client knows the message did not go;
    - "lost": after the body, before the reply, message not kept;
    - "kept": after the body, message kept, no reply (the duplicate window);
    - "hang": message kept, reply delayed for `hang_seconds` (a crash test
      kills the client meanwhile).
    """

    drop: dict[int, str] = field(default_factory=dict)
    hang_seconds: float = 30.0
    messages: list = field(default_factory=list)
    attempts: int = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        self.attempts += 1
        envelope.attempt = self.attempts
        if self.drop.get(self.attempts) == "rcpt":
            server.transport.abort()
            return "421 closing"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        mode = self.drop.get(getattr(envelope, "attempt", 0))
        if mode in ("kept", "hang"):
            self.messages.append(envelope)
        if mode in ("lost", "kept"):
            server.transport.abort()
            return "421 closing"
        if mode == "hang":
            await asyncio.sleep(self.hang_seconds)
            return "250 OK"
        self.messages.append(envelope)
        return "250 Message accepted for delivery"

    def parsed(self):
        from email import message_from_bytes, policy

        return [message_from_bytes(e.content, policy=policy.default) for e in self.messages]


@dataclass
class SmtpServer:
    host: str
    port: int
    handler: Recorder
    controller: object

    def settings(self, **overrides):
        from signon.outreach.settings import SmtpSettings

        values = dict(host=self.host, port=self.port, security="none",
                      from_address="coordinator@coalition.example",
                      from_name="Coalición por los Derechos Digitales", rate_per_minute=0,
                      timeout=5)
        values.update(overrides)
        return SmtpSettings(**values)


def _start(handler, **kwargs) -> SmtpServer:
    from aiosmtpd.controller import Controller

    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port,
                            server_hostname="smtp.test.localhost", ready_timeout=10, **kwargs)
    controller.start()
    return SmtpServer("127.0.0.1", port, handler, controller)


@pytest.fixture
def smtp_server():
    server = _start(Recorder())
    yield server
    server.controller.stop()


@pytest.fixture
def smtp_factory():
    """Start servers with a given handler or SMTP options (auth, TLS)."""
    started = []

    def start(handler=None, **kwargs) -> SmtpServer:
        server = _start(handler or Recorder(), **kwargs)
        started.append(server)
        return server

    yield start
    for server in started:
        server.controller.stop()


@pytest.fixture(autouse=True)
def forget_session_passwords():
    secrets.clear_session()
    yield
    secrets.clear_session()


@pytest.fixture
def keyring_backend(memory_keyring, monkeypatch):
    """The in-memory keyring, also returned by keyring.get_keyring() so the
    app sees a usable backend (the real one is never touched)."""
    import keyring

    monkeypatch.setattr(keyring, "get_keyring", lambda: memory_keyring)
    return memory_keyring


#: Signatories in several scripts: name, contact, email, country.
PEOPLE = [
    ("Access Now", "Marwa Fatafta", "marwa@accessnow.example", "US"),
    ("الجمعية العربية لحقوق الإنسان", "ليلى الأحمد", "layla@arab-rights.example", "EG"),
    ("中国数字权利联盟", "王小明", "wang@digital-rights.example", "CN"),
    ("Мемориал", "Дмитрий Иванов", "dmitry@memorial.example", "RU"),
    ("Derechos Digitales", "José Pérez", "jose@derechosdigitales.example", "CL"),
]


@pytest.fixture
def campaign(db):
    """A collecting campaign with five invited signatories and a deadline."""
    from signon.store.campaigns import create_campaign
    from signon.store.signatories import add_signatory
    from signon.store.templates import update_campaign_outreach

    with db.session() as s:
        c = create_campaign(s, "Joint statement on AI and human rights", language="en",
                            status="collecting", deadline=date(2026, 12, 1))
        update_campaign_outreach(s, c.id, form_link="https://forms.example/sign",
                                 coordinator="Ana García")
        for name, contact, email, country in PEOPLE:
            add_signatory(s, c.id, name=name, country=country, contact_name=contact,
                          contact_email=email, status="invited")
        return c.id


def signatory_ids(db, campaign_id):
    from signon.store.signatories import list_signatories

    with db.session() as s:
        return [r.id for r in list_signatories(s, campaign_id)]


def queue(db, campaign_id, kind="reminder", **select):
    from signon.outreach.mailing import queue_messages, recipients
    from signon.store.templates import find_template

    with db.session() as s:
        template = find_template(s, campaign_id, kind)
        chosen = recipients(s, campaign_id, **select)
        return queue_messages(s, campaign_id, template, chosen)


def without_fallbacks(db, campaign, kind="reminder"):
    """Save the campaign's `kind` template with every fallback taken out, as
    a coordinator may write it: then a missing value must stop the batch."""
    import re

    from signon.store.templates import find_template, save_template

    with db.session() as s:
        default = find_template(s, campaign, kind)
        strip = lambda text: re.sub(r"\{(\w+)\|[^{}]*\}", r"{\1}", text)  # noqa: E731
        save_template(s, campaign, kind=kind, language="en",
                      subject=strip(default.subject), body=strip(default.body))
