"""SMTP with the standard library, split into phases so a failure can be
classified honestly.

For idempotent sending it matters *when* a connection fails:

- before the server has the whole message (connecting, MAIL, RCPT, the DATA
  command, or while the body is still being written): it was NOT sent, and
  it is safe to try again (`NotSent`);
- after the final "." of the body went out but before the server's reply
  arrived: the server may have accepted it, or not. Nobody can know from
  here (RFC 1047 describes this window), so it is `MaybeSent` and is never
  resent automatically;
- a reply to the body: 250 means sent, 4xx/5xx means refused (`NotSent`).

smtplib's `sendmail` hides which phase failed, hence the explicit
MAIL/RCPT/DATA here.
"""

from __future__ import annotations

import re
import smtplib
import socket
import ssl
import time

from signon.domain.errors import SignonError
from signon.domain.messages import _
from signon.domain.outbox_notes import (
    DATA_REFUSED,
    LOST_BEFORE,
    LOST_WHILE,
    MESSAGE_REFUSED,
    NOT_ASCII,
    NOT_CONNECTED,
    RECIPIENT_REFUSED,
    SENDER_REFUSED,
    UNCONFIRMED,
    note,
)
from signon.outreach.settings import SmtpSettings


class SmtpError(SignonError):
    """The server cannot be used at all (unreachable, TLS, login): stop sending."""


class NotSent(Exception):
    """This message certainly did not go; `connection_lost` says to reconnect.
    `reason` is one of `domain.outbox_notes`, in English: it is stored with
    the message, and shown translated (`shown_note`)."""

    def __init__(self, reason: str, *, connection_lost: bool = False, permanent: bool = False):
        super().__init__(reason)
        self.reason = reason
        self.connection_lost = connection_lost
        self.permanent = permanent


class MaybeSent(Exception):
    """The body was handed over but no answer came: it may have been delivered."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def _reply_text(code: int, resp: bytes | str) -> str:
    text = resp.decode("utf-8", "replace") if isinstance(resp, bytes) else str(resp)
    return f"{code} {' '.join(text.split())}".strip()


def _dot_stuffed(data: bytes) -> bytes:
    """Normalise line ends to CRLF, double leading dots, end with CRLF.CRLF."""
    data = re.sub(rb"(?:\r\n|\n|\r(?!\n))", b"\r\n", data)
    data = re.sub(rb"(?m)^\.", b"..", data)
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return data + b".\r\n"


class SmtpConnection:
    """One connection, reused for a batch; `send` raises NotSent or MaybeSent."""

    #: After this many idle seconds, check the connection before using it
    #: (servers drop idle clients; a pause or a slow rate can exceed it).
    IDLE_CHECK = 30.0

    def __init__(self, settings: SmtpSettings, password: str | None = None):
        self.settings = settings
        self.password = password
        self._smtp: smtplib.SMTP | None = None
        self._last_used = 0.0

    # -- connection ----------------------------------------------------------

    def open(self) -> None:
        s = self.settings
        where = f"{s.host}:{s.effective_port}"
        try:
            if s.security == "ssl":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    s.host, s.effective_port, timeout=s.timeout,
                    context=ssl.create_default_context())
            else:
                smtp = smtplib.SMTP(s.host, s.effective_port, timeout=s.timeout)
            smtp.ehlo()
            if s.security == "starttls":
                if not smtp.has_extn("starttls"):
                    smtp.close()
                    raise SmtpError(_("{where}: the server does not offer STARTTLS; choose "
                                      "SSL/TLS or another port").format(where=where))
                smtp.starttls(context=ssl.create_default_context())
                smtp.ehlo()
            if s.user:
                if self.password is None:
                    smtp.close()
                    raise SmtpError(_("{where}: no password for {user}; enter it in the "
                                      "SMTP settings").format(where=where, user=s.user))
                if s.security == "none" and not _is_loopback(smtp):
                    smtp.close()
                    raise SmtpError(_("{where}: will not send the password for {user} "
                                      "unencrypted; choose STARTTLS or SSL/TLS (only a server "
                                      "on this computer may be used without TLS)").format(
                                        where=where, user=s.user))
                _login(smtp, s.user, self.password, where)
        except smtplib.SMTPAuthenticationError as exc:
            raise SmtpError(_("{where}: login refused for {user} ({reason})").format(
                where=where, user=s.user,
                reason=_reply_text(exc.smtp_code, exc.smtp_error))) from None
        except ssl.SSLError as exc:
            raise SmtpError(_("{where}: TLS failed ({reason}); check the port and "
                              "security setting").format(where=where,
                                                         reason=exc.reason or exc)) from None
        except (smtplib.SMTPException, OSError) as exc:
            raise SmtpError(_("{where}: cannot connect ({reason})").format(
                where=where, reason=_describe(exc))) from None
        self._smtp = smtp
        self._last_used = time.monotonic()

    @property
    def is_open(self) -> bool:
        return self._smtp is not None

    def ensure_open(self) -> None:
        """Open, or check a connection that sat idle and reopen it if it died."""
        if self._smtp is not None and time.monotonic() - self._last_used > self.IDLE_CHECK:
            try:
                code, _ = self._smtp.noop()
                if code != 250:
                    raise smtplib.SMTPServerDisconnected("noop refused")
            except (smtplib.SMTPException, OSError):
                self.close()
        if self._smtp is None:
            self.open()

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            smtp.close()

    # -- one message ---------------------------------------------------------

    def send(self, sender: str, recipient: str, data: bytes, *, smtputf8: bool = False) -> str:
        """Deliver one message to one recipient; returns the server's reply."""
        if self._smtp is None:
            raise NotSent(note(NOT_CONNECTED), connection_lost=True)
        smtp = self._smtp
        options: list[str] = []
        if smtputf8:
            if not smtp.has_extn("smtputf8"):
                raise NotSent(note(NOT_ASCII), permanent=True)
            options = ["SMTPUTF8", "BODY=8BITMIME"]
        try:
            code, resp = smtp.mail(sender, options)
            if code != 250:
                self._reset()
                raise NotSent(note(SENDER_REFUSED, reply=_reply_text(code, resp)),
                              permanent=code >= 500)
            code, resp = smtp.rcpt(recipient)
            if code not in (250, 251):
                self._reset()
                raise NotSent(note(RECIPIENT_REFUSED, reply=_reply_text(code, resp)),
                              permanent=code >= 500)
            code, resp = smtp.docmd("data")
            if code != 354:
                self._reset()
                raise NotSent(note(DATA_REFUSED, reply=_reply_text(code, resp)),
                              permanent=code >= 500)
            payload = _dot_stuffed(data)
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            self._drop()
            raise NotSent(note(LOST_BEFORE, reason=_describe(exc)),
                          connection_lost=True) from None
        try:
            smtp.send(payload)
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            # the final "." is the last thing written; a failed write means the
            # server never got it, so it cannot have accepted the message
            self._drop()
            raise NotSent(note(LOST_WHILE, reason=_describe(exc)),
                          connection_lost=True) from None
        try:
            code, resp = smtp.getreply()
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            self._drop()
            raise MaybeSent(note(UNCONFIRMED, reason=_describe(exc))) from None
        self._last_used = time.monotonic()
        if code != 250:
            raise NotSent(note(MESSAGE_REFUSED, reply=_reply_text(code, resp)),
                          permanent=code >= 500)
        return _reply_text(code, resp)

    def _reset(self) -> None:
        try:
            self._smtp.rset()
        except (smtplib.SMTPException, OSError):
            self._drop()

    def _drop(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            smtp.close()


def _is_loopback(smtp: smtplib.SMTP) -> bool:
    """Whether the connected peer is this computer. The address the socket
    actually reached decides, not the host name typed (a name can resolve
    anywhere); only then may a password travel without TLS."""
    import ipaddress

    try:
        peer = smtp.sock.getpeername()[0]
        return ipaddress.ip_address(peer.split("%")[0]).is_loopback
    except (AttributeError, OSError, ValueError):
        return False


def _login(smtp: smtplib.SMTP, user: str, password: str, where: str) -> None:
    """smtplib encodes credentials as ASCII (a long-standing CPython bug), so
    a password with "é" or "ß" could never log in; AUTH PLAIN carries UTF-8
    (RFC 4616), so such credentials go that way."""
    if user.isascii() and password.isascii():
        smtp.login(user, password)
        return
    import base64

    smtp.ehlo_or_helo_if_needed()
    if "plain" not in smtp.esmtp_features.get("auth", "").lower().split():
        raise SmtpError(_("{where}: this server does not offer AUTH PLAIN, which a user "
                          "name or password with non-ASCII characters needs").format(
                            where=where))
    token = base64.b64encode(f"\0{user}\0{password}".encode()).decode("ascii")
    code, resp = smtp.docmd("AUTH", f"PLAIN {token}")
    if code not in (235, 503):
        raise smtplib.SMTPAuthenticationError(code, resp)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, socket.timeout):
        return "timed out"
    if isinstance(exc, smtplib.SMTPResponseException):
        return _reply_text(exc.smtp_code, exc.smtp_error)
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__
