"""The SMTP password: in the keyring when one is usable, else in memory for
the session only; never in the database or a file."""

from __future__ import annotations

import keyring
import pytest

from outreach.conftest import PEOPLE, Recorder, queue
from signon.outreach import secrets


def test_keyring_backend_remembers_across_sessions(keyring_backend):
    status = secrets.keyring_status()
    assert status.usable
    result = secrets.set_password("smtp.example.org", "ana", "pässword")
    assert result.remembered
    assert keyring_backend.store == {(secrets.SERVICE, "ana@smtp.example.org"): "pässword"}
    secrets.clear_session()
    assert secrets.get_password("smtp.example.org", "ana") == "pässword"
    secrets.forget_password("smtp.example.org", "ana")
    assert keyring_backend.store == {}
    assert secrets.get_password("smtp.example.org", "ana") is None


@pytest.mark.parametrize("backend", ["keyring.backends.null.Keyring",
                                     "keyring.backends.fail.Keyring"])
def test_no_usable_keyring_keeps_the_password_for_the_session(backend, monkeypatch, tmp_path,
                                                              db_path):
    from keyring.backends import fail, null

    chosen = null.Keyring() if backend.endswith("null.Keyring") else fail.Keyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: chosen)
    calls = []
    monkeypatch.setattr(keyring, "set_password", lambda *a: calls.append(a))

    status = secrets.keyring_status()
    assert not status.usable
    assert "memory for this session only" in status.message
    assert "never written to disk" in status.message

    result = secrets.set_password("smtp.example.org", "ana", "only-in-memory-42")
    assert not result.remembered and result.message == status.message
    assert calls == []  # the unusable backend was not even asked
    assert secrets.get_password("smtp.example.org", "ana") == "only-in-memory-42"
    secrets.clear_session()  # the app closed
    assert secrets.get_password("smtp.example.org", "ana") is None
    # and nothing on disk holds it
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert b"only-in-memory-42" not in path.read_bytes(), path


def test_keyring_that_fails_to_start_is_reported(monkeypatch):
    def broken():
        raise RuntimeError("D-Bus is not running")

    monkeypatch.setattr(keyring, "get_keyring", broken)
    status = secrets.keyring_status()
    assert not status.usable and "D-Bus is not running" in status.message


def test_keyring_refusing_the_password_falls_back_to_memory(keyring_backend, monkeypatch):
    from keyring.errors import PasswordSetError

    def refuse(*_args):
        raise PasswordSetError("locked collection")

    monkeypatch.setattr(keyring, "set_password", refuse)
    result = secrets.set_password("smtp.example.org", "ana", "pw")
    assert not result.remembered and "locked collection" in result.message
    assert secrets.get_password("smtp.example.org", "ana") == "pw"


def test_remember_false_never_touches_the_keyring(keyring_backend):
    result = secrets.set_password("smtp.example.org", "ana", "pw", remember=False)
    assert not result.remembered and keyring_backend.store == {}
    assert secrets.get_password("smtp.example.org", "ana") == "pw"


def _files_holding(root, *secrets_: str) -> list[str]:
    """Every file under `root` (the database and its -wal, the data and
    config dirs) that holds one of the passwords, as UTF-8 or UTF-16."""
    found = []
    for path in sorted(root.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            for secret in secrets_:
                if any(secret.encode(codec) in data for codec in ("utf-8", "utf-16-le")):
                    found.append(f"{path.relative_to(root)}: {secret}")
    return found


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_passwords_never_reach_the_database_or_a_file(db, campaign, smtp_factory, tmp_path):
    """Everything an SMTP password goes through leaves no trace of it on
    disk: the settings saved beside it, a login the server refuses, a real
    send. Both passwords reach the app only
    through the code under test, so any of it writing one (into the
    settings row, an outbox error, a log in the data dir) fails here; the
    files are read while the database is open (its WAL) and after closing."""
    from aiosmtpd.smtp import AuthResult, LoginPassword

    from signon.outreach.sending import send_outbox
    from signon.outreach.settings import load_smtp_settings, save_smtp_settings
    from signon.outreach.smtp import SmtpError
    from signon.store.outbox import outbox

    right, wrong = "hunter2-unique-\u00e9", "not-the-password-9"

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.password == right.encode()
        return AuthResult(success=ok, handled=False)

    server = smtp_factory(Recorder(), authenticator=authenticator, auth_required=True,
                          auth_require_tls=False)
    with db.session() as s:
        save_smtp_settings(s, server.settings(user="ana"))
    result = secrets.set_password(server.host, "ana", right)  # no keyring: kept in memory
    assert not result.remembered
    queue(db, campaign)
    with db.session() as s:
        settings = load_smtp_settings(s)
    with pytest.raises(SmtpError, match="login refused for ana"):
        send_outbox(db, campaign, settings, wrong)
    assert send_outbox(db, campaign, settings,
                       secrets.get_password(server.host, "ana")).sent == len(PEOPLE)
    with db.session() as s:
        assert {m.state for m in outbox(s, campaign)} == {"sent"}
    assert _files_holding(tmp_path, right, wrong) == []
    db.close()
    assert _files_holding(tmp_path, right, wrong) == []


def test_smtp_and_database_passwords_are_kept_apart(keyring_backend):
    """One rule, two keyring services: the SMTP password of "ana@db.example.org"
    is not the team database's password of the same account."""
    from signon.store import credentials

    secrets.set_password("db.example.org", "ana", "smtp-secret")
    assert credentials.get_password("postgresql://ana@db.example.org/ana") is None
    credentials.set_password("postgresql://ana@db.example.org/ana", "db-secret")
    assert secrets.get_password("db.example.org", "ana") == "smtp-secret"
    assert set(keyring_backend.store) == {(secrets.SERVICE, "ana@db.example.org"),
                                          (credentials.SERVICE, "ana@db.example.org:5432/ana")}
    secrets.clear_session()
    credentials.clear_session()
