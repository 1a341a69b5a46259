"""A password never travels unencrypted to another machine: with security
"none" the app logs in only when the server it reached is this computer."""

from __future__ import annotations

import socket

import pytest

from signon.outreach import smtp as smtp_module
from signon.outreach.smtp import SmtpConnection, SmtpError


class _Peer:
    def __init__(self, address):
        self.address = address

    def getpeername(self):
        if isinstance(self.address, Exception):
            raise self.address
        return (self.address, 25)


class _Smtp:
    def __init__(self, address):
        self.sock = _Peer(address)


@pytest.mark.parametrize(("peer", "loopback"), [
    ("127.0.0.1", True), ("127.8.9.10", True), ("::1", True),
    ("203.0.113.5", False), ("192.168.1.20", False), ("2001:db8::1", False),
    ("fe80::1%eth0", False), (OSError("not connected"), False), ("not an ip", False),
])
def test_loopback_is_decided_by_the_address_reached(peer, loopback):
    assert smtp_module._is_loopback(_Smtp(peer)) is loopback


def test_no_socket_is_not_loopback():
    class Closed:
        sock = None
    assert smtp_module._is_loopback(Closed()) is False


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_login_without_tls_to_another_machine_is_refused(smtp_factory, monkeypatch):
    """The server is on 127.0.0.1 (tests reach no other machine); the peer
    check is made to see a distant address. No AUTH command reaches the
    server, and the message says what to choose."""
    from aiosmtpd.smtp import AuthResult

    attempts = []

    def authenticator(server, session, envelope, mechanism, auth_data):
        attempts.append(mechanism)
        return AuthResult(success=True, handled=False)

    server = smtp_factory(authenticator=authenticator, auth_required=True,
                          auth_require_tls=False)
    settings = server.settings(user="ana", security="none")
    real = smtp_module._is_loopback
    seen = []

    def distant(smtp):
        seen.append(real(smtp))  # the real check saw loopback here
        return False

    monkeypatch.setattr(smtp_module, "_is_loopback", distant)
    with pytest.raises(SmtpError, match="will not send the password for ana unencrypted; "
                                        "choose STARTTLS or SSL/TLS"):
        SmtpConnection(settings, "s3cret").open()
    assert attempts == [] and seen == [True]

    monkeypatch.setattr(smtp_module, "_is_loopback", real)
    connection = SmtpConnection(settings, "s3cret")
    connection.open()  # the same server, seen as this computer: logs in
    connection.close()
    assert attempts == ["PLAIN"] or attempts == ["LOGIN"]


def test_without_a_user_nothing_is_refused(smtp_server, monkeypatch):
    monkeypatch.setattr(smtp_module, "_is_loopback", lambda smtp: False)
    connection = SmtpConnection(smtp_server.settings(security="none"), None)
    connection.open()
    connection.close()


def test_peer_of_a_real_loopback_connection():
    with socket.create_server(("127.0.0.1", 0)) as listener:
        client = socket.create_connection(listener.getsockname())
        try:
            class Wrapped:
                sock = client
            assert smtp_module._is_loopback(Wrapped()) is True
        finally:
            client.close()
