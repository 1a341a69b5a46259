"""SMTP settings: what the coordinator types once (server, port, security,
user, sender) and the sending rate.

Stored as JSON in one row of the `setting` table (`load_smtp_settings`,
`save_smtp_settings`, through signon.store.settings; declared as `SMTP` in
signon.store.setting_keys), never with the
password: that lives in the OS keyring (signon.outreach.secrets). For
scripts, SIGNON_SMTP_* environment variables override the stored values.

In the outreach layer with the SMTP code that uses them: the store keeps
the row as plain JSON and needs nothing of this class.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace
from typing import TYPE_CHECKING

from signon.domain.errors import ValidationError
from signon.domain.messages import _

if TYPE_CHECKING:
    from sqlmodel import Session

SECURITY_MODES = ("starttls", "ssl", "none")
SECURITY_LABELS = {
    "starttls": "STARTTLS (usually port 587)",
    "ssl": "SSL/TLS (usually port 465)",
    "none": "None (local relay only)",
}
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
DEFAULT_RATE = 20.0  # messages per minute: below most providers' limits
MAX_RATE = 600.0

ENV = {
    "host": "SIGNON_SMTP_HOST",
    "port": "SIGNON_SMTP_PORT",
    "security": "SIGNON_SMTP_SECURITY",
    "user": "SIGNON_SMTP_USER",
    "from_address": "SIGNON_SMTP_FROM",
    "from_name": "SIGNON_SMTP_FROM_NAME",
    "rate_per_minute": "SIGNON_SMTP_RATE",
}
PASSWORD_ENV = "SIGNON_SMTP_PASSWORD"


@dataclass(frozen=True)
class SmtpSettings:
    host: str = ""
    port: int = 0  # 0: the usual port for `security`
    security: str = "starttls"
    user: str = ""
    from_address: str = ""
    from_name: str = ""
    rate_per_minute: float = DEFAULT_RATE
    timeout: float = 30.0

    @property
    def effective_port(self) -> int:
        return self.port or DEFAULT_PORTS.get(self.security, 25)

    @property
    def configured(self) -> bool:
        return bool(self.host.strip() and self.from_address.strip())

    @property
    def interval(self) -> float:
        """Seconds between the starts of two messages (0: as fast as possible)."""
        return 60.0 / self.rate_per_minute if self.rate_per_minute > 0 else 0.0

    def validated(self) -> SmtpSettings:
        """These settings, or a ValidationError naming the field to fix."""
        from signon.domain.addresses import check_address

        if not self.host.strip():
            raise ValidationError(_("SMTP settings: the server (host) is empty"))
        if self.security not in SECURITY_MODES:
            raise ValidationError(_("SMTP settings: security {security} is not one of {modes}")
                                  .format(security=repr(self.security),
                                          modes=", ".join(SECURITY_MODES)))
        if not 0 <= self.port <= 65535:
            raise ValidationError(_("SMTP settings: port {port} is not a port number").format(
                port=self.port))
        if not 0 <= self.rate_per_minute <= MAX_RATE:
            raise ValidationError(_("SMTP settings: rate {rate} is not between 0 and {most} "
                                    "messages a minute").format(
                                      rate=f"{self.rate_per_minute:g}", most=f"{MAX_RATE:g}"))
        address = check_address(self.from_address, where=_("SMTP settings, sender address"))
        return replace(self, host=self.host.strip(), user=self.user.strip(),
                       from_address=address.normalized, from_name=self.from_name.strip())

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping | None) -> SmtpSettings:
        """Tolerant of missing and extra keys (settings written by another
        version), strict on types."""
        data = data or {}
        known = {f.name: f for f in fields(cls)}
        values = {}
        for key, value in data.items():
            if key not in known or value is None:
                continue
            values[key] = _coerce(key, known[key].type, value)
        return cls(**values)

    def with_env(self, environ: Mapping[str, str] | None = None) -> SmtpSettings:
        """Apply SIGNON_SMTP_* variables over these settings (scripted sending)."""
        env = os.environ if environ is None else environ
        values = {}
        for key, var in ENV.items():
            raw = env.get(var)
            if raw is not None and raw.strip():
                values[key] = _coerce(key, SmtpSettings.__dataclass_fields__[key].type, raw,
                                      where=var)
        return replace(self, **values)


def load_smtp_settings(session: Session) -> SmtpSettings:
    from signon.store.setting_keys import SMTP
    from signon.store.settings import get_setting

    return SmtpSettings.from_dict(get_setting(session, SMTP))


def save_smtp_settings(session: Session, settings: SmtpSettings) -> SmtpSettings:
    """Validate and store; the password is not part of SmtpSettings, on purpose."""
    from signon.store.setting_keys import SMTP
    from signon.store.settings import set_setting

    settings = settings.validated()
    set_setting(session, SMTP, settings.to_dict())
    return settings


def _coerce(key: str, annotation, value, where: str = ""):
    label = where or _("SMTP setting {key}").format(key=key)
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
        text = text.lower()
        if text in ("tls", "ssl/tls", "smtps"):
            text = "ssl"
        if text not in SECURITY_MODES:
            raise ValidationError(_("{label}: {value} is not one of {modes}").format(
                label=label, value=repr(value), modes=", ".join(SECURITY_MODES)))
    return text
