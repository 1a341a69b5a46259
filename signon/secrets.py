"""Passwords: in the OS keyring, or in memory for this session only.

Sign-on keeps two kinds (the SMTP password of `signon.outreach.secrets`,
the team database's of `signon.store.credentials`) under the same rule: a
password is never written to the database, a settings file or a log. On
Linux without a desktop session there is often no usable keyring backend
(keyring falls back to its "fail" or "null" backend, or raises when the
Secret Service cannot be reached); then the password stays in this
process's memory until it exits, and `keyring_status()` says so in words
the app and the CLI show as they are.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class KeyringStatus:
    usable: bool
    backend: str
    message: str


@dataclass(frozen=True)
class StoreResult:
    remembered: bool  # True: in the keyring; False: in memory for this session
    message: str


SESSION_ONLY = "The password is kept in memory for this session only."


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


class PasswordStore:
    """The passwords of one keyring service, keyed by account name: this
    session's first, then the keyring's. `on_use` sees every password handed
    out or stored (the database store remembers them to redact messages)."""

    def __init__(self, service: str, on_use: Callable[[str], None] | None = None):
        self.service = service
        self._session: dict[str, str] = {}
        self._lock = threading.Lock()
        self._on_use = on_use or (lambda _password: None)

    def get(self, key: str) -> str | None:
        with self._lock:
            if key in self._session:
                return self._session[key]
        if not keyring_status().usable:
            return None
        import keyring
        from keyring.errors import KeyringError

        try:
            password = keyring.get_password(self.service, key)
        except KeyringError:
            return None
        if password:
            self._on_use(password)
        return password

    def set(self, key: str, password: str, *, remember: bool = True) -> StoreResult:
        """Keep the password: always for this session, and in the keyring when
        `remember` and a usable backend allow it (or if the keyring refuses
        it, in memory only). The result says where, in words to show."""
        with self._lock:
            self._session[key] = password
        self._on_use(password)
        if not remember:
            return StoreResult(False, SESSION_ONLY)
        status = keyring_status()
        if not status.usable:
            return StoreResult(False, status.message)
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(self.service, key, password)
        except KeyringError as exc:
            return StoreResult(False, _no_keyring(f"the keyring refused the password ({exc})"))
        return StoreResult(True, status.message)

    def forget(self, key: str) -> None:
        """Remove the password from this session and from the keyring."""
        self.discard(key)
        if not keyring_status().usable:
            return
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.delete_password(self.service, key)
        except KeyringError:
            pass  # nothing stored there: already forgotten

    def discard(self, key: str) -> None:
        """Forget this session's password only (a wrong one just tried)."""
        with self._lock:
            self._session.pop(key, None)

    def clear_session(self) -> None:
        """Forget every in-memory password (tests; the app closing)."""
        with self._lock:
            self._session.clear()
