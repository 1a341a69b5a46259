"""Reading replies over IMAP from a real Dovecot on 127.0.0.1 (issue 18):
the mailbox is never changed (no flag, no deletion) unless moving was asked
for; only new messages are fetched; a new UIDVALIDITY reads the folder
again; TLS with a certificate that is checked; the password never goes
unencrypted to another computer."""

from __future__ import annotations

import datetime as dt
import ipaddress
import ssl
from datetime import UTC, datetime

import pytest
from support.dovecot import PASSWORD, USER, Dovecot
from support.inbox_campaign import EML_FILES, EXPECTED, make_campaign
from support.requires import require

from signon.domain.errors import ValidationError
from signon.outreach import imap as imap_module
from signon.outreach.imap import ImapMailbox, ImapSettings
from signon.outreach.inbox import read_inbox
from signon.outreach.mailboxes import MailboxError
from signon.store.models import MailboxState
from signon.store.replies import list_replies, mailbox_position

NOW = datetime(2024, 2, 1, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def server():
    require("dovecot")
    dovecot = Dovecot().start()
    yield dovecot
    dovecot.stop()


@pytest.fixture
def mailbox(server):
    """The replies in the INBOX, nothing in Processed."""
    server.empty("INBOX")
    server.empty("Processed")
    server.deliver([p.read_bytes() for p in EML_FILES])
    return server


@pytest.fixture
def inbox(db):
    with db.session() as s:
        return make_campaign(s)


def settings(server, **values) -> ImapSettings:
    return ImapSettings(host="127.0.0.1", port=server.port, security="none", user=USER,
                        **values)


def shape(report):
    return [(e.signatory, e.match, e.action, e.verified, e.applied) for e in report.entries]


def test_reading_changes_nothing_in_the_mailbox(db, inbox, mailbox):
    flags_before = mailbox.flags()
    report = read_inbox(db, inbox.id, ImapMailbox(settings(mailbox), PASSWORD), apply=True,
                        now=NOW)
    assert shape(report) == EXPECTED
    assert [e.uid for e in report.entries] == mailbox.uids()
    assert report.entries[0].where.endswith("INBOX UID 1")
    flags_after = mailbox.flags()
    assert flags_after.keys() == flags_before.keys()
    assert not any(b"\\Seen" in f or b"\\Deleted" in f for f in flags_after.values())
    assert mailbox.uids("Processed") == []
    with db.session() as s:
        rows = list_replies(s, inbox.id)
        assert rows[0].source == (f"imap {USER}@127.0.0.1:{mailbox.port} INBOX UID 1")


def test_only_new_messages_are_fetched(db, inbox, mailbox, monkeypatch):
    source = ImapMailbox(settings(mailbox), PASSWORD)
    read_inbox(db, inbox.id, source, apply=True, now=NOW)
    with db.session() as s:
        uidvalidity, last = mailbox_position(s, inbox.id, source.settings.account, "INBOX")
    assert last == max(mailbox.uids()) and uidvalidity > 0
    fetched: list[list[int]] = []
    real = ImapMailbox.batches

    def counting(self, size=50):
        for batch in real(self, size):
            fetched.append([m.uid for m in batch])
            yield batch

    monkeypatch.setattr(ImapMailbox, "batches", counting)
    again = read_inbox(db, inbox.id, ImapMailbox(settings(mailbox), PASSWORD), apply=True,
                       now=NOW)
    assert again.entries == [] and fetched == []
    mailbox.deliver([EML_FILES[3].read_bytes().replace(b"<eff-fresh-1@", b"<eff-fresh-2@")])
    third = read_inbox(db, inbox.id, ImapMailbox(settings(mailbox), PASSWORD), apply=True,
                       now=NOW)
    assert [(e.uid, e.action, e.match) for e in third.entries] == [
        (max(mailbox.uids()), "endorse", "sender")]
    # without --apply nothing is written, not even how far the folder was read
    report_only = read_inbox(db, inbox.id, ImapMailbox(settings(mailbox), PASSWORD),
                             reread=True, now=NOW)
    assert len(report_only.entries) == 9
    with db.session() as s:
        assert mailbox_position(s, inbox.id, source.settings.account, "INBOX")[1] == \
            max(mailbox.uids())


def test_a_new_uidvalidity_reads_the_folder_again(db, inbox, mailbox):
    source = ImapMailbox(settings(mailbox), PASSWORD)
    read_inbox(db, inbox.id, source, apply=True, now=NOW)
    with db.session() as s:  # as if the server renumbered the folder
        row = s.exec(__import__("sqlmodel").select(MailboxState)).one()
        row.uidvalidity += 1
        s.add(row)
    again = read_inbox(db, inbox.id, ImapMailbox(settings(mailbox), PASSWORD), apply=True,
                       now=NOW)
    assert [e.action for e in again.entries] == ["duplicate"] * 6 + ["unmatched", "duplicate"]
    assert not any(e.applied for e in again.entries)


def test_recorded_replies_move_only_when_asked(db, inbox, mailbox):
    moving = ImapMailbox(settings(mailbox, move_to="Processed"), PASSWORD, move=True)
    report = read_inbox(db, inbox.id, moving, apply=True, now=NOW)
    assert shape(report) == EXPECTED
    # the newsletter (unmatched) stays; the replies recorded and the copy move
    left = mailbox.uids("INBOX")
    assert left == [report.entries[6].uid]
    assert len(mailbox.uids("Processed")) == 7
    assert not any(b"\\Seen" in f for f in mailbox.flags("Processed").values())


def test_a_folder_to_move_to_must_exist(db, inbox, mailbox):
    moving = ImapMailbox(settings(mailbox, move_to="Nowhere"), PASSWORD, move=True)
    with pytest.raises(MailboxError, match="no folder 'Nowhere' to move replies to"):
        read_inbox(db, inbox.id, moving, apply=True, now=NOW)
    assert len(mailbox.uids("INBOX")) == 8


def test_login_refused_and_missing_folder_are_one_line(db, inbox, mailbox):
    with pytest.raises(MailboxError, match=f"127.0.0.1:{mailbox.port}: login refused for "
                                           f"{USER}"):
        read_inbox(db, inbox.id, ImapMailbox(settings(mailbox), "wrong"))
    with pytest.raises(MailboxError, match="cannot open folder 'Replies'"):
        read_inbox(db, inbox.id, ImapMailbox(settings(mailbox, folder="Replies"), PASSWORD))


def test_no_password_in_clear_to_another_computer(db, inbox, mailbox, monkeypatch):
    """Security "none" logs in only when the peer is a loopback address."""
    monkeypatch.setattr(imap_module, "_is_loopback", lambda client: False)
    with pytest.raises(MailboxError, match="will not send the password for coalition "
                                           "unencrypted"):
        read_inbox(db, inbox.id, ImapMailbox(settings(mailbox), PASSWORD))


# -- TLS ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    folder = tmp_path_factory.mktemp("imap-tls")
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Sign-on test IMAP")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    folder.chmod(0o755)
    key_path.chmod(0o644)  # Dovecot's master reads it, as root or as the test's user
    return cert_path, key_path


@pytest.fixture(scope="module")
def tls_server(certificate):
    require("dovecot")
    dovecot = Dovecot(certificate=certificate).start()
    dovecot.deliver([p.read_bytes() for p in EML_FILES[:2]])
    yield dovecot
    dovecot.stop()


@pytest.fixture
def trust(monkeypatch, certificate):
    """The client trusts the test certificate; verification and host names stay on."""
    real = ssl.create_default_context

    def trusting(*args, **kwargs):
        context = real(*args, **kwargs)
        context.load_verify_locations(cafile=str(certificate[0]))
        return context

    monkeypatch.setattr(imap_module.ssl, "create_default_context", trusting)


def tls_settings(server, security):
    port = server.tls_port if security == "ssl" else server.port
    return ImapSettings(host="127.0.0.1", port=port, security=security, user=USER)


@pytest.mark.parametrize("security", ["ssl", "starttls"])
def test_tls(db, inbox, tls_server, trust, security):
    report = read_inbox(db, inbox.id, ImapMailbox(tls_settings(tls_server, security), PASSWORD),
                        now=NOW)
    assert [e.action for e in report.entries] == ["endorse", "decline"]


def test_an_untrusted_certificate_is_refused(db, inbox, tls_server):
    with pytest.raises(MailboxError, match="TLS failed"):
        read_inbox(db, inbox.id, ImapMailbox(tls_settings(tls_server, "ssl"), PASSWORD))


# -- settings ----------------------------------------------------------------------------------


def test_settings_are_stored_without_the_password_and_env_and_flags_override(db):
    from signon.outreach.imap import load_imap_settings, save_imap_settings

    with db.session() as s:
        saved = save_imap_settings(s, ImapSettings(host=" imap.example.org ", user="ana",
                                                   folder="Replies"))
    with db.session() as s:
        loaded = load_imap_settings(s)
    assert loaded == saved and loaded.effective_port == 993 and loaded.security == "ssl"
    assert "password" not in loaded.to_dict()
    over = loaded.with_env({"SIGNON_IMAP_PORT": "1993", "SIGNON_IMAP_SECURITY": "STARTTLS"})
    assert (over.port, over.security, over.host) == (1993, "starttls", "imap.example.org")
    assert over.with_values(folder="INBOX", port=None).folder == "INBOX"
    with pytest.raises(ValidationError, match="not one of ssl, starttls, none"):
        loaded.with_env({"SIGNON_IMAP_SECURITY": "plain"})


def test_the_imap_password_lives_in_the_keyring(keyring_backend):
    from signon.outreach import secrets
    from signon.outreach.imap import imap_password

    ours = ImapSettings(host="imap.example.org", user="ana")
    assert secrets.set_imap_password("imap.example.org", "ana", "pw").remembered
    secrets.clear_session()
    assert keyring_backend.store == {("Sign-on IMAP", "ana@imap.example.org"): "pw"}
    assert secrets.get_password("imap.example.org", "ana") is None  # not SMTP's
    assert imap_password(ours, environ={}) == "pw"
    assert imap_password(ours, environ={"SIGNON_IMAP_PASSWORD": "env"}) == "env"
    secrets.forget_imap_password("imap.example.org", "ana")
    with pytest.raises(ValidationError, match="no IMAP password for ana on imap.example.org"):
        imap_password(ours, environ={})
