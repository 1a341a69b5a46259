"""A campaign's message templates as stored: its own rows, over the shipped
defaults (resources/templates/<language>.json) of every kind it has not
written itself; and the campaign fields that only messages use.

In the store because these are rows and the package's resource files; the
text rules (placeholders, checking, parsing the shipped files) are the
domain's (`signon.domain.message_templates`), and filling a template for
each recipient is outreach's (`signon.outreach.mailing`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sqlmodel import Session, select

from signon.config import RESOURCES
from signon.domain.errors import ValidationError
from signon.domain.languages import base_language
from signon.domain.message_templates import (
    KINDS,
    DefaultTemplate,
    TemplateText,
    check_template,
    parse_default_templates,
    template_label,
)
from signon.domain.messages import _
from signon.domain.reminders import parse_reminder_days
from signon.store.campaigns import get_campaign, update_campaign
from signon.store.models import Campaign, MessageTemplate, utcnow

TEMPLATES_DIR = RESOURCES / "templates"
FALLBACK_LANGUAGE = "en"


# -- the shipped defaults ----------------------------------------------------------


def available_languages() -> list[str]:
    return sorted(p.stem for p in TEMPLATES_DIR.glob("*.json"))


def _load(path: Path) -> tuple[DefaultTemplate, ...]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ValidationError(_("{path}: cannot read default templates ({error})").format(
            path=path, error=exc)) from None
    return parse_default_templates(text, str(path), path.stem)


@lru_cache(maxsize=8)
def _defaults_for(language: str) -> tuple[DefaultTemplate, ...]:
    path = TEMPLATES_DIR / f"{language}.json"
    if not path.exists():
        path = TEMPLATES_DIR / f"{FALLBACK_LANGUAGE}.json"
    return _load(path)


def default_templates(language: str) -> list[DefaultTemplate]:
    """The shipped set for a language ("es-419" uses es); English when the
    language has no set yet."""
    return list(_defaults_for(base_language(language or FALLBACK_LANGUAGE)))


def default_template(kind: str, language: str) -> DefaultTemplate | None:
    for template in default_templates(language):
        if template.kind == kind:
            return template
    return None


# -- the campaign's templates -------------------------------------------------------


@dataclass(frozen=True)
class TemplateRecord:
    """A stored template, or a shipped default not yet edited (`id` None)."""

    id: int | None
    kind: str
    language: str
    name: str
    subject: str
    body: str

    @property
    def is_default(self) -> bool:
        return self.id is None

    @property
    def label(self) -> str:
        return template_label(self.kind, self.language, self.name)

    def text(self) -> TemplateText:
        return TemplateText(self.label, self.subject, self.body, self.language)


def _record(row: MessageTemplate) -> TemplateRecord:
    return TemplateRecord(row.id, row.kind, row.language, row.name, row.subject, row.body)


def campaign_templates(session: Session, campaign_id: int) -> list[TemplateRecord]:
    """The campaign's own templates, plus the shipped default (in the campaign
    language) of every kind it has not written itself."""
    campaign = get_campaign(session, campaign_id)
    stored = [_record(r) for r in session.exec(
        select(MessageTemplate).where(MessageTemplate.campaign_id == campaign_id)
        .order_by(MessageTemplate.id)).all()]
    have = {(t.kind, t.language) for t in stored if not t.name}
    defaults = [
        TemplateRecord(None, d.kind, d.language, d.name, d.subject, d.body)
        for d in default_templates(campaign.language or "en")
        if (d.kind, d.language) not in have
    ]
    order = {k: i for i, k in enumerate(KINDS)}
    return sorted(stored + defaults,
                  key=lambda t: (order.get(t.kind, 99), t.language, t.name.casefold()))


def find_template(session: Session, campaign_id: int, ref: str) -> TemplateRecord:
    """--template on the command line: a kind ("reminder", "thank-you"), a
    template name, or a stored id. A kind prefers the campaign language."""
    templates = campaign_templates(session, campaign_id)
    key = ref.strip().casefold().replace("-", "_").replace(" ", "_")
    if key.isdigit():
        for t in templates:
            if t.id == int(key):
                return t
    named = [t for t in templates if t.name and t.name.casefold() == ref.strip().casefold()]
    if len(named) == 1:
        return named[0]
    of_kind = [t for t in templates if t.kind == key and not t.name]
    if of_kind:
        language = get_campaign(session, campaign_id).language or "en"
        of_kind.sort(key=lambda t: (t.language != language, t.is_default))
        return of_kind[0]
    available = ", ".join(sorted({t.name or t.kind for t in templates}))
    raise ValidationError(_("no template {ref} in this campaign (available: {available})").format(
        ref=repr(ref), available=available))


def save_template(
    session: Session,
    campaign_id: int,
    *,
    kind: str,
    subject: str,
    body: str,
    language: str = "en",
    name: str = "",
    template_id: int | None = None,
    expected: tuple[str, str] | None = None,
) -> TemplateRecord:
    """Store a template after checking its placeholders (TemplateError names
    the template and the placeholder). Saving an edited default stores the
    campaign's own copy; the shipped file is never changed.

    `expected` is the (subject, body) the editor was opened on: when the
    stored template no longer reads so (a teammate saved it meanwhile),
    ConflictError and nothing is written."""
    get_campaign(session, campaign_id)
    if kind not in KINDS:
        raise ValidationError(_("template kind {value} is not one of {choices}").format(
            value=repr(kind), choices=", ".join(KINDS)))
    name = " ".join(name.split())
    if kind == "custom" and not name:
        raise ValidationError(_("a custom template needs a name"))
    language = (language or "en").strip()
    check_template(TemplateText(template_label(kind, language, name), subject, body, language))
    row = session.get(MessageTemplate, template_id) if template_id else None
    if row is None or row.campaign_id != campaign_id:
        row = session.exec(select(MessageTemplate).where(
            MessageTemplate.campaign_id == campaign_id, MessageTemplate.kind == kind,
            MessageTemplate.language == language, MessageTemplate.name == name)).first()
    else:
        clash = session.exec(select(MessageTemplate).where(
            MessageTemplate.campaign_id == campaign_id, MessageTemplate.kind == kind,
            MessageTemplate.language == language, MessageTemplate.name == name,
            MessageTemplate.id != row.id)).first()
        if clash is not None:
            raise ValidationError(_("template {name} ({language}) already exists; choose "
                                    "another name").format(name=repr(clash.name or kind),
                                                           language=language))
    if expected is not None and row is not None and (row.subject, row.body) != expected:
        from signon.store.concurrency import ConflictError

        raise ConflictError(_("the template {name} was changed by someone else since you "
                              "opened it; nothing was saved").format(
                                  name=repr(template_label(kind, language, name))))
    if row is None:
        row = MessageTemplate(campaign_id=campaign_id, kind=kind)
    row.kind, row.language, row.name = kind, language, name
    row.subject, row.body = subject, body.replace("\r\n", "\n")
    row.updated_at = utcnow()
    session.add(row)
    session.flush()
    return _record(row)


def delete_template(session: Session, template_id: int) -> None:
    """Delete a stored template; for a standard kind the shipped default shows
    again (this is "reset to default")."""
    row = session.get(MessageTemplate, template_id)
    if row is not None:
        session.delete(row)
        session.flush()


# -- the campaign fields messages use ------------------------------------------------


def update_campaign_outreach(session: Session, campaign_id: int, *, form_link: str | None = None,
                             coordinator: str | None = None,
                             reminder_days: str | None = None) -> Campaign:
    """The campaign fields that only messages use: {link}, {coordinator} and
    the reminder schedule. The link and the coordinator are campaign
    settings, written (and checked) by `update_campaign` as the settings
    dialog writes them."""
    fields = {key: value for key, value in (("form_link", form_link),
                                            ("coordinator", coordinator)) if value is not None}
    campaign = (update_campaign(session, campaign_id, **fields) if fields
                else get_campaign(session, campaign_id))
    if reminder_days is not None:
        days = parse_reminder_days(reminder_days)
        campaign.reminder_days = ",".join(str(d) for d in days)
    campaign.updated_at = utcnow()
    session.add(campaign)
    session.flush()
    return campaign

