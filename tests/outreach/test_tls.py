"""STARTTLS and SSL/TLS against a local server with a test certificate: the
certificate is verified (an untrusted one is refused), then mail goes."""

from __future__ import annotations

import datetime as dt
import ipaddress
import ssl

import pytest
from cryptography import x509

from outreach.conftest import Recorder, queue
from signon.outreach import smtp as smtp_module
from signon.outreach.sending import send_outbox
from signon.outreach.smtp import SmtpError


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    folder = tmp_path_factory.mktemp("tls")
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Sign-on test SMTP")])
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
    return cert_path, key_path


def server_context(certificate) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*certificate)
    return context


@pytest.fixture
def trust(monkeypatch, certificate):
    """Make the client trust the test certificate (and nothing else changes:
    hostname checking and verification stay on)."""
    real = ssl.create_default_context

    def trusting(*args, **kwargs):
        context = real(*args, **kwargs)
        context.load_verify_locations(cafile=str(certificate[0]))
        return context

    monkeypatch.setattr(smtp_module.ssl, "create_default_context", trusting)


def test_starttls(db, campaign, smtp_factory, certificate, trust):
    server = smtp_factory(Recorder(), tls_context=server_context(certificate),
                          require_starttls=True)
    queue(db, campaign)
    report = send_outbox(db, campaign, server.settings(security="starttls"))
    assert report.sent == 5 and len(server.handler.messages) == 5


def test_ssl(db, campaign, smtp_factory, certificate, trust):
    server = smtp_factory(Recorder(), ssl_context=server_context(certificate))
    queue(db, campaign)
    report = send_outbox(db, campaign, server.settings(security="ssl"))
    assert report.sent == 5


def test_untrusted_certificate_is_refused(db, campaign, smtp_factory, certificate):
    server = smtp_factory(Recorder(), tls_context=server_context(certificate),
                          require_starttls=True)
    queue(db, campaign)
    with pytest.raises(SmtpError, match="TLS failed"):
        send_outbox(db, campaign, server.settings(security="starttls"))
    assert server.handler.messages == []


def test_starttls_required_but_not_offered(db, campaign, smtp_server):
    queue(db, campaign)
    with pytest.raises(SmtpError, match="does not offer STARTTLS"):
        send_outbox(db, campaign, smtp_server.settings(security="starttls"))
