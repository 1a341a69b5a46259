"""Reading replies over IMAP, without changing the mailbox.

The folder is opened with EXAMINE (read-only) and messages are fetched with
BODY.PEEK[], so no flag changes (a reply stays unread in the coordinator's
mail program) and nothing is deleted. Only when the coordinator asks for
replies to be moved to another folder after they were recorded
(`move_to`) is the folder opened read-write, and then only MOVE (or COPY
and a UID EXPUNGE of exactly those messages) touches it.

Only new messages are fetched: a campaign remembers, per account and
folder, the last UID it read and the folder's UIDVALIDITY
(`signon.store.replies.mailbox_position`). A folder whose UIDVALIDITY
changed was renumbered by the server: it is read again from the start, and
the replies already recorded are recognised by their Message-ID.

TLS (993) by default, or STARTTLS; without TLS the password is sent only to
a server on this computer (a loopback address), the rule of SMTP sending.
The password lives in the keyring (`signon.outreach.secrets`, "Sign-on
IMAP") or, for scripts, in SIGNON_IMAP_PASSWORD; settings are stored like
SMTP's (`outreach.imap`), never with the password.
"""

from __future__ import annotations

import os
import socket
import ssl
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass, fields, replace
from typing import TYPE_CHECKING

from signon.domain.errors import ValidationError
from signon.domain.messages import _
from signon.outreach.mailboxes import MailboxError, MailSource, RawMail

if TYPE_CHECKING:
    from sqlmodel import Session

SECURITY_MODES = ("ssl", "starttls", "none")
DEFAULT_PORTS = {"ssl": 993, "starttls": 143, "none": 143}
DEFAULT_FOLDER = "INBOX"

ENV = {
    "host": "SIGNON_IMAP_HOST",
    "port": "SIGNON_IMAP_PORT",
    "security": "SIGNON_IMAP_SECURITY",
    "user": "SIGNON_IMAP_USER",
    "folder": "SIGNON_IMAP_FOLDER",
    "move_to": "SIGNON_IMAP_MOVE_TO",
}
PASSWORD_ENV = "SIGNON_IMAP_PASSWORD"


@dataclass(frozen=True)
class ImapSettings:
    host: str = ""
    port: int = 0  # 0: the usual port for `security`
    security: str = "ssl"
    user: str = ""
    folder: str = DEFAULT_FOLDER
    #: "" never moves anything; else recorded replies are moved there
    move_to: str = ""
    timeout: float = 30.0

    @property
    def effective_port(self) -> int:
        return self.port or DEFAULT_PORTS.get(self.security, 993)

    @property
    def configured(self) -> bool:
        return bool(self.host.strip() and self.user.strip())

    @property
    def account(self) -> str:
        """The name a campaign's reading position is kept under."""
        return f"{self.user.strip()}@{self.host.strip().lower()}:{self.effective_port}"

    def validated(self) -> ImapSettings:
        if not self.host.strip():
            raise ValidationError(_("IMAP settings: the server (host) is empty"))
        if not self.user.strip():
            raise ValidationError(_("IMAP settings: the user is empty"))
        if self.security not in SECURITY_MODES:
            raise ValidationError(_("IMAP settings: security {security} is not one of {modes}")
                                  .format(security=repr(self.security),
                                          modes=", ".join(SECURITY_MODES)))
        if not 0 <= self.port <= 65535:
            raise ValidationError(_("IMAP settings: port {port} is not a port number").format(
                port=self.port))
        if not self.folder.strip():
            raise ValidationError(_("IMAP settings: the folder is empty"))
        if self.move_to.strip() and self.move_to.strip() == self.folder.strip():
            raise ValidationError(_("IMAP settings: replies cannot be moved to the folder they "
                                    "are read from"))
        return replace(self, host=self.host.strip(), user=self.user.strip(),
                       folder=self.folder.strip(), move_to=self.move_to.strip())

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping | None) -> ImapSettings:
        """Tolerant of missing and extra keys (another version's), strict on types."""
        known = {f.name: f for f in fields(cls)}
        values = {key: _coerce(key, known[key].type, value)
                  for key, value in (data or {}).items() if key in known and value is not None}
        return cls(**values)

    def with_env(self, environ: Mapping[str, str] | None = None) -> ImapSettings:
        """SIGNON_IMAP_* variables over these settings (scripts)."""
        env = os.environ if environ is None else environ
        values = {}
        for key, var in ENV.items():
            raw = env.get(var)
            if raw is not None and raw.strip():
                values[key] = _coerce(key, ImapSettings.__dataclass_fields__[key].type, raw,
                                      where=var)
        return replace(self, **values)

    def with_values(self, **given) -> ImapSettings:
        """These settings with the values given (command-line flags); None
        keeps the setting."""
        values = {key: _coerce(key, ImapSettings.__dataclass_fields__[key].type, value,
                               where=f"--imap-{key.replace('_', '-')}")
                  for key, value in given.items() if value is not None}
        return replace(self, **values)


def _coerce(key: str, annotation, value, where: str = ""):
    label = where or _("IMAP setting {key}").format(key=key)
    kind = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", "")
    try:
        if kind == "int":
            return int(value)
        if kind == "float":
            return float(value)
    except (TypeError, ValueError):
        raise ValidationError(_("{label}: {value} is not a number").format(
            label=label, value=repr(value))) from None
    text = str(value).strip()
    if key == "security":
        text = {"tls": "ssl", "ssl/tls": "ssl", "imaps": "ssl"}.get(text.lower(), text.lower())
        if text not in SECURITY_MODES:
            raise ValidationError(_("{label}: {value} is not one of {modes}").format(
                label=label, value=repr(value), modes=", ".join(SECURITY_MODES)))
    return text


def load_imap_settings(session: Session) -> ImapSettings:
    from signon.store.setting_keys import IMAP
    from signon.store.settings import get_setting

    return ImapSettings.from_dict(get_setting(session, IMAP))


def save_imap_settings(session: Session, settings: ImapSettings) -> ImapSettings:
    """Validate and store; never the password (the keyring has it)."""
    from signon.store.setting_keys import IMAP
    from signon.store.settings import set_setting

    settings = settings.validated()
    set_setting(session, IMAP, settings.to_dict())
    return settings


def imap_password(settings: ImapSettings, environ: Mapping[str, str] | None = None) -> str:
    """SIGNON_IMAP_PASSWORD, else the keyring's (or this session's), else a
    one-line error saying where to put it."""
    from signon.outreach import secrets

    env = os.environ if environ is None else environ
    password = env.get(PASSWORD_ENV)
    if password is not None:
        return password
    password = secrets.get_imap_password(settings.host, settings.user)
    if password is None:
        status = secrets.keyring_status()
        message = (_("no IMAP password for {user} on {host}; set {variable} or save it in "
                     "the app") if status.usable else
                   _("no IMAP password for {user} on {host} (no system keyring is available "
                     "here); set {variable} or save it in the app"))
        raise ValidationError(message.format(user=settings.user, host=settings.host,
                                             variable=PASSWORD_ENV))
    return password


def tls_context() -> ssl.SSLContext:
    """The client's TLS context: the system's trusted certificates, host
    names checked."""
    return ssl.create_default_context()


#: Messages fetched per IMAP command.
FETCH_BATCH = 50


class ImapMailbox(MailSource):
    """One IMAP folder, read as a `MailSource` from the UID after `last_uid`.

    Use as a context manager (it logs out at the end). `open()` connects,
    logs in and examines the folder; `uidvalidity` is known after it. With
    `move` (and a `move_to` folder) the folder is selected read-write, for
    `move()` alone: messages are still fetched with BODY.PEEK[]."""

    def __init__(self, settings: ImapSettings, password: str, *, move: bool = False):
        self.settings = settings.validated()
        self.password = password
        #: opened read-write only to move recorded replies, when asked to
        self.writable = move and bool(self.settings.move_to)
        self.label = f"imap {self.settings.account} {self.settings.folder}"
        self.where = f"{self.settings.host}:{self.settings.effective_port}"
        self.uidvalidity: int | None = None
        self.last_uid = 0
        self._client = None
        self._uids: list[int] | None = None

    # -- connection ------------------------------------------------------------------------

    def __enter__(self) -> ImapMailbox:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def open(self) -> int:
        """Connect, log in and open the folder; returns its UIDVALIDITY."""
        from imapclient import IMAPClient
        from imapclient.exceptions import IMAPClientError, LoginError

        s, where = self.settings, self.where
        try:
            client = IMAPClient(s.host, port=s.effective_port, ssl=s.security == "ssl",
                                ssl_context=tls_context() if s.security == "ssl" else None,
                                timeout=s.timeout)
        except ssl.SSLError as exc:
            raise MailboxError(_tls_failed(where, exc)) from None
        except OSError as exc:
            raise MailboxError(_("{where}: cannot connect ({reason})").format(
                where=where, reason=_describe(exc))) from None
        self._client = client
        try:
            if s.security == "starttls":
                if not client.has_capability("STARTTLS"):
                    raise MailboxError(_("{where}: the server does not offer STARTTLS; choose "
                                         "SSL/TLS or another port").format(where=where))
                client.starttls(tls_context())
            if s.security == "none" and not _is_loopback(client):
                raise MailboxError(_("{where}: will not send the password for {user} "
                                     "unencrypted; choose SSL/TLS or STARTTLS (only a server "
                                     "on this computer may be used without TLS)").format(
                                       where=where, user=s.user))
            if s.user.isascii() and self.password.isascii():
                client.login(s.user, self.password)
            else:  # LOGIN is ASCII; AUTHENTICATE PLAIN carries UTF-8 (RFC 4616)
                client.plain_login(s.user, self.password)
        except LoginError as exc:
            self.close()
            raise MailboxError(_("{where}: login refused for {user} ({reason})").format(
                where=where, user=s.user, reason=_text(exc))) from None
        except ssl.SSLError as exc:
            self.close()
            raise MailboxError(_tls_failed(where, exc)) from None
        except MailboxError:
            self.close()
            raise
        except (IMAPClientError, OSError) as exc:
            self.close()
            raise MailboxError(_("{where}: {reason}").format(where=where, reason=_describe(exc))) \
                from None
        return self._examine()

    def _examine(self) -> int:
        from imapclient.exceptions import IMAPClientError

        s = self.settings
        try:
            if self.writable:
                if not self._client.folder_exists(s.move_to):
                    raise MailboxError(_("{where}: no folder {folder} to move replies to; create "
                                         "it in your mail program first").format(
                                           where=self.where, folder=repr(s.move_to)))
                if not (self._client.has_capability("MOVE")
                        or self._client.has_capability("UIDPLUS")):
                    raise MailboxError(_("{where}: the server can neither MOVE nor expunge single "
                                         "messages (UIDPLUS); replies cannot be moved").format(
                                           where=self.where))
            info = self._client.select_folder(s.folder, readonly=not self.writable)
        except MailboxError:
            self.close()
            raise
        except IMAPClientError as exc:
            self.close()
            raise MailboxError(_("{where}: cannot open folder {folder} ({reason})").format(
                where=self.where, folder=repr(s.folder), reason=_text(exc))) from None
        self.uidvalidity = int(info[b"UIDVALIDITY"])
        return self.uidvalidity

    def close(self) -> None:
        client, self._client = self._client, None
        if client is None:
            return
        try:
            client.logout()
        except Exception:  # a dead connection: nothing left to say goodbye to
            try:
                client.shutdown()
            except Exception:
                pass

    # -- messages ------------------------------------------------------------------------------

    def start_after(self, last_uid: int) -> None:
        """Read only messages whose UID is above `last_uid`."""
        self.last_uid = last_uid
        self._uids = None

    def uids(self) -> list[int]:
        if self._uids is None:
            if self._client is None:
                self.open()
            # "n:*" always includes the highest UID, even below n: filtered
            found = self._client.search(["UID", f"{self.last_uid + 1}:*"])
            self._uids = sorted(u for u in found if u > self.last_uid)
        return self._uids

    def count(self) -> int:
        return len(self.uids())

    def batches(self, size: int = FETCH_BATCH) -> Iterator[list[RawMail]]:
        from imapclient.exceptions import IMAPClientError

        uids = self.uids()
        for start in range(0, len(uids), size):
            chunk = uids[start:start + size]
            try:
                fetched = self._client.fetch(chunk, ["BODY.PEEK[]"])
            except (IMAPClientError, OSError) as exc:
                raise MailboxError(_("{where}: reading {folder} failed ({reason})").format(
                    where=self.where, folder=repr(self.settings.folder),
                    reason=_describe(exc))) from None
            yield [RawMail(fetched[uid][b"BODY[]"],
                           f"{self.label} UID {uid}", uid)
                   for uid in chunk if uid in fetched and b"BODY[]" in fetched[uid]]

    def move(self, uids: list[int]) -> None:
        """Move these messages to `move_to` (the coordinator asked for it)."""
        from imapclient.exceptions import IMAPClientError

        if not uids or not self.writable:
            return
        try:
            if self._client.has_capability("MOVE"):
                self._client.move(uids, self.settings.move_to)
            else:
                self._client.copy(uids, self.settings.move_to)
                self._client.add_flags(uids, [b"\\Deleted"], silent=True)
                self._client.uid_expunge(uids)
        except (IMAPClientError, OSError) as exc:
            raise MailboxError(_("{where}: moving replies to {folder} failed ({reason}); they "
                                 "were recorded and stay in {source}").format(
                where=self.where, folder=repr(self.settings.move_to), reason=_describe(exc),
                source=repr(self.settings.folder))) from None


def _is_loopback(client) -> bool:
    """Whether the connected peer is this computer: the address the socket
    reached decides, not the host name typed."""
    import ipaddress

    try:
        peer = client.socket().getpeername()[0]
        return ipaddress.ip_address(peer.split("%")[0]).is_loopback
    except (AttributeError, OSError, ValueError):
        return False


def _tls_failed(where: str, exc: ssl.SSLError) -> str:
    return _("{where}: TLS failed ({reason}); check the port and security setting").format(
        where=where, reason=exc.reason or exc)


def _text(exc: BaseException) -> str:
    text = exc.args[0] if exc.args else str(exc)
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return " ".join(str(text).split()) or type(exc).__name__


def _describe(exc: BaseException) -> str:
    if isinstance(exc, socket.timeout):
        return _("timed out")
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return _text(exc)
