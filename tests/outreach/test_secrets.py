"""The SMTP password: in the keyring when one is usable, else in memory for
the session only; never in the database or a file."""

from __future__ import annotations

import keyring
import pytest

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


def test_settings_row_never_holds_the_password(db, keyring_backend):
    from signon.outreach.settings import SmtpSettings
    from signon.store.outreach import load_smtp_settings, save_smtp_settings

    with db.session() as s:
        save_smtp_settings(s, SmtpSettings(host="smtp.example.org", user="ana",
                                           from_address="ana@coalition.example"))
    secrets.set_password("smtp.example.org", "ana", "hunter2-unique")
    with db.session() as s:
        assert load_smtp_settings(s).host == "smtp.example.org"
    db.close()
    assert b"hunter2-unique" not in db.path.read_bytes()


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
