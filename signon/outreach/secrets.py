"""The SMTP password, and the IMAP one `signon inbox` reads replies with:
in the OS keyring, or in memory for this session only (the rule of
`signon.secrets`, under the keyring services "Sign-on SMTP" and "Sign-on
IMAP": one server may well serve both, with different passwords).
"""

from __future__ import annotations

from signon.secrets import KeyringStatus, PasswordStore, StoreResult, keyring_status

SERVICE = "Sign-on SMTP"
IMAP_SERVICE = "Sign-on IMAP"

_store = PasswordStore(SERVICE)
_imap_store = PasswordStore(IMAP_SERVICE)

__all__ = ["IMAP_SERVICE", "SERVICE", "KeyringStatus", "StoreResult", "account",
           "clear_session", "discard_imap_password", "forget_imap_password",
           "forget_password", "get_imap_password", "get_password", "keyring_status",
           "set_imap_password", "set_password"]


def account(host: str, user: str) -> str:
    """The keyring entry name: one password per user and server."""
    return f"{user.strip()}@{host.strip().lower()}"


def get_password(host: str, user: str) -> str | None:
    """The password for this server and user: this session's, else the keyring's."""
    return _store.get(account(host, user))


def set_password(host: str, user: str, password: str, *, remember: bool = True) -> StoreResult:
    """Keep the password for sending: in the keyring with `remember` when it
    is usable, else in memory until the app closes."""
    return _store.set(account(host, user), password, remember=remember)


def forget_password(host: str, user: str) -> None:
    """Remove the password from this session and from the keyring."""
    _store.forget(account(host, user))


def get_imap_password(host: str, user: str) -> str | None:
    """The IMAP password for this server and user: this session's, else the keyring's."""
    return _imap_store.get(account(host, user))


def set_imap_password(host: str, user: str, password: str, *,
                      remember: bool = True) -> StoreResult:
    """Keep the IMAP password, as `set_password` keeps the SMTP one."""
    return _imap_store.set(account(host, user), password, remember=remember)


def forget_imap_password(host: str, user: str) -> None:
    """Remove the IMAP password from this session and from the keyring
    (a login the server refused)."""
    _imap_store.forget(account(host, user))


def discard_imap_password(host: str, user: str) -> None:
    """Forget this session's IMAP password only (a refused login in the app)."""
    _imap_store.discard(account(host, user))


def clear_session() -> None:
    """Forget every in-memory password (tests; "log out")."""
    _store.clear_session()
    _imap_store.clear_session()
