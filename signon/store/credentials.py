"""Team database passwords: in the OS keyring, or in memory for this session.

A coordinator's `--db postgresql://alice@db.example.org:5432/signon` carries
no password; it is looked up here under the service "Sign-on database" and
the account "alice@db.example.org:5432/signon", by the rule of
`signon.secrets` (the SMTP password's too). libpq's own PGPASSWORD and
~/.pgpass still work when neither has one. A password is never written to a
file or the database, and `redact` keeps it out of every message and log line.
"""

from __future__ import annotations

import getpass
import re
import threading

from sqlalchemy.engine import URL, make_url

from signon.secrets import KeyringStatus, PasswordStore, StoreResult, keyring_status

SERVICE = "Sign-on database"
DEFAULT_PORT = 5432

#: every password this process has handed to a driver, so `redact` can hide
#: it wherever a driver or a library might repeat it
_seen: set[str] = set()
_lock = threading.Lock()


def _seen_now(password: str) -> None:
    with _lock:
        _seen.add(password)


_store = PasswordStore(SERVICE, on_use=_seen_now)

__all__ = ["SERVICE", "KeyringStatus", "StoreResult", "account", "clear_session",
           "engine_url", "forget_password", "get_password", "keyring_status", "redact",
           "set_password"]


def account(url: str | URL) -> str:
    """The keyring entry of a team database: "user@host:port/dbname", with
    libpq's defaults filled in so that the same server typed two ways finds
    the same password."""
    u = make_url(url) if isinstance(url, str) else url
    user = u.username or getpass.getuser()
    host = (u.host or "localhost").lower()
    return f"{user}@{host}:{u.port or DEFAULT_PORT}/{u.database or user}"


def get_password(url: str | URL) -> str | None:
    """This session's password for the database, else the keyring's, else None
    (libpq then tries PGPASSWORD and ~/.pgpass)."""
    return _store.get(account(url))


def set_password(url: str | URL, password: str, *, remember: bool = True) -> StoreResult:
    """Keep the password for this database: always for this session, and in
    the keyring when `remember` and a usable backend allow it. The result
    says where, in words the Connect dialog shows."""
    return _store.set(account(url), password, remember=remember)


def forget_password(url: str | URL) -> None:
    _store.forget(account(url))


def clear_session() -> None:
    """Forget every in-memory password (tests; the app closing)."""
    _store.clear_session()
    with _lock:
        _seen.clear()


def engine_url(url: str) -> URL:
    """The URL the engine connects with: the password from the keyring (or
    this session) added when the URL has none. Only the engine sees it;
    `Database.url` and everything shown keep the URL as typed."""
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        return u
    if u.password is not None:
        with _lock:
            _seen.add(str(u.password))
        return u
    password = get_password(u)
    return u.set(password=password) if password else u


_URL_PASSWORD = re.compile(r"(://[^:/@\s]*:)[^@\s]*@")
_KEYWORD_PASSWORD = re.compile(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|[^\s&]+)", re.IGNORECASE)


def redact(text: str, *secrets: str | None) -> str:
    """`text` without any password: those in URLs ("://user:***@"), in libpq
    keyword strings ("password=***"), the ones given, and every password this
    session knows (a driver may echo a connection string in its error)."""
    text = _URL_PASSWORD.sub(r"\1***@", text)
    text = _KEYWORD_PASSWORD.sub(r"\1***", text)
    with _lock:
        known = [*_seen, *(s for s in secrets if s)]
    for secret in sorted(set(known), key=len, reverse=True):
        if len(secret) >= 3:  # "a" would mangle every message
            text = text.replace(secret, "***")
    return text


def discard_session_password(url: str | URL) -> None:
    """Forget this session's password for the database (a wrong one that was
    just tried), leaving the keyring as it is."""
    _store.discard(account(url))
