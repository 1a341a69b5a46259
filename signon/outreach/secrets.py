"""The SMTP password: in the OS keyring, or in memory for this session only.

The password is never written to the database, a settings file or a log.
On Linux without a desktop session there is often no usable keyring
backend (keyring falls back to its "fail" or "null" backend, or raises when
the Secret Service cannot be reached); then the password is kept in this
process's memory until it exits, and `keyring_status()` says so in words the
Outreach tab and the CLI show as they are.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

SERVICE = "Sign-on SMTP"

_session: dict[str, str] = {}
_lock = threading.Lock()


@dataclass(frozen=True)
class KeyringStatus:
    usable: bool
    backend: str
    message: str


def account(host: str, user: str) -> str:
    """The keyring entry name: one password per user and server."""
    return f"{user.strip()}@{host.strip().lower()}"


def keyring_status() -> KeyringStatus:
    """Whether passwords can be remembered across sessions, and why not."""
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
    except Exception as exc:  # a broken backend configuration, a missing D-Bus …
        return KeyringStatus(False, "none", _no_keyring(f"the keyring failed to start: {exc}"))
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return KeyringStatus(False, name, _no_keyring("no system keyring is available"))
    try:
        priority = float(getattr(backend, "priority", 1))
    except Exception:
        priority = 1.0
    if priority <= 0:
        return KeyringStatus(False, name, _no_keyring(f"the keyring backend {name} is not "
                                                      "usable here"))
    return KeyringStatus(True, name, f"The password is kept in the system keyring ({name}).")


def _no_keyring(reason: str) -> str:
    return (f"{reason[:1].upper()}{reason[1:]}: the password is kept in memory for this "
            "session only and asked again next time. It is never written to disk.")


@dataclass(frozen=True)
class StoreResult:
    remembered: bool  # True: in the keyring; False: in memory for this session
    message: str


def get_password(host: str, user: str) -> str | None:
    """The password for this server and user: this session's, else the keyring's."""
    key = account(host, user)
    with _lock:
        if key in _session:
            return _session[key]
    if not keyring_status().usable:
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, key)
    except KeyringError:
        return None


def set_password(host: str, user: str, password: str, *, remember: bool = True) -> StoreResult:
    """Keep the password for sending. With `remember` and a usable keyring it
    goes to the keyring; otherwise (or if the keyring refuses it) it stays in
    memory until the app closes."""
    key = account(host, user)
    with _lock:
        _session[key] = password
    status = keyring_status()
    if not remember:
        return StoreResult(False, "The password is kept in memory for this session only.")
    if not status.usable:
        return StoreResult(False, status.message)
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, key, password)
    except KeyringError as exc:
        return StoreResult(False, _no_keyring(f"the keyring refused the password ({exc})"))
    return StoreResult(True, status.message)


def forget_password(host: str, user: str) -> None:
    """Remove the password from this session and from the keyring."""
    key = account(host, user)
    with _lock:
        _session.pop(key, None)
    if not keyring_status().usable:
        return
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.delete_password(SERVICE, key)
    except KeyringError:
        pass  # nothing stored there: already forgotten


def clear_session() -> None:
    """Forget every in-memory password (tests; "log out")."""
    with _lock:
        _session.clear()
