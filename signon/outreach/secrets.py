"""The SMTP password: in the OS keyring, or in memory for this session only
(the rule of `signon.secrets`, under the keyring service "Sign-on SMTP").
"""

from __future__ import annotations

from signon.secrets import KeyringStatus, PasswordStore, StoreResult, keyring_status

SERVICE = "Sign-on SMTP"

_store = PasswordStore(SERVICE)

__all__ = ["SERVICE", "KeyringStatus", "StoreResult", "account", "clear_session",
           "forget_password", "get_password", "keyring_status", "set_password"]


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


def clear_session() -> None:
    """Forget every in-memory password (tests; "log out")."""
    _store.clear_session()
