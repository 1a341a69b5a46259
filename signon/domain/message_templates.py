"""Message templates: {placeholders} checked and filled, with no side effects.

A mail merge that goes wrong goes wrong in front of hundreds of partner
organisations ("Dear ,", "{organsation}"), so every problem is an error
raised *before* anything is queued or sent, naming the template and the
placeholder. Placeholders are a fixed list, not Python's str.format: no
attribute access, no format specs, nothing a template can do but insert one
of the known values. A literal brace is written twice, as in str.format.

A placeholder may carry a fallback after a bar, `{contact|colleagues}`: the
fallback is printed when the signatory has no value ("Dear colleagues,"),
which early in a campaign is the usual case for the contact name. Without a
fallback a missing value still stops the whole batch.

The shipped default templates (resources/templates/<language>.json) are
parsed and checked here like any template, so a typo in a shipped
translation fails a test, not a mailing; the store reads the files.

In the domain: pure text rules with no side effects, used by the store
(saving a template), outreach (rendering a mailing) and the UI (the editor).
The errors are in the user's language (`_()`); placeholders are written as
a template writes them, whatever the language.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from signon.domain.errors import ValidationError
from signon.domain.letter import format_date
from signon.domain.messages import N_, _

#: The placeholders a template may use, with what they hold (shown in the editor).
PLACEHOLDERS: dict[str, str] = {
    "organisation": "the signatory's name (the organisation, or the person)",
    "contact": "the contact person's name",
    "campaign": "the campaign title",
    "deadline": "the deadline, as a long date in the template's language",
    "statement": "the current text of the statement",
    "link": "the campaign's form link: the web address where organisations sign",
    "coordinator": "the coordinator's name (signs the message)",
}

#: Why a value can be missing, for the error message (the fix is in the reason).
#: Translated where the error is raised.
MISSING_REASON: dict[str, str] = {
    "organisation": N_("the signatory has no name"),
    "contact": N_("no contact name is recorded"),
    "campaign": N_("the campaign has no title"),
    "deadline": N_("the campaign has no deadline"),
    "statement": N_("the statement has no text yet"),
    "link": N_("the campaign has no form link"),
    "coordinator": N_("the campaign has no coordinator name"),
}

#: Where in a template a problem is, as the errors say it.
_PARTS: dict[str, str] = {"subject": N_("in the subject"), "body": N_("in the body")}

#: Values that hold several lines cannot go into a subject (one header line).
MULTILINE = frozenset({"statement"})

KINDS: tuple[str, ...] = ("invitation", "reminder", "reconfirmation", "thank_you", "custom")
#: How errors name a template of each kind ("Reminder (fr)"), translated
#: where shown (`kind_label`).
KIND_LABELS: dict[str, str] = {
    "invitation": N_("Invitation"), "reminder": N_("Reminder"),
    "reconfirmation": N_("Reconfirmation"), "thank_you": N_("Thank-you"), "custom": N_("Custom"),
}

_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")


class TemplateError(ValidationError):
    """A template that cannot be used as it is; the message names the template,
    the placeholder and (for a missing value) the signatory."""

    def __init__(self, message: str, *, template: str = "", placeholder: str = "",
                 recipient: str = ""):
        super().__init__(message)
        self.template = template
        self.placeholder = placeholder
        self.recipient = recipient


@dataclass(frozen=True)
class TemplateText:
    """The parts of a template that rendering needs; `label` names it in errors."""

    label: str
    subject: str
    body: str
    language: str = "en"


@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str


def kind_label(kind: str) -> str:
    return _(KIND_LABELS[kind]) if kind in KIND_LABELS else kind.replace("_", " ").capitalize()


def template_label(kind: str, language: str, name: str = "") -> str:
    """"Reminder (fr)" or the template's own name: how errors refer to it."""
    return name.strip() or f"{kind_label(kind)} ({language})"


def _suggest(name: str) -> str | None:
    """The known placeholder `name` is probably a typo of, as "{contact}"."""
    close = difflib.get_close_matches(name.lower(), PLACEHOLDERS, n=1, cutoff=0.6)
    return f"{{{close[0]}}}" if close else None


def _placeholder(inside: str) -> tuple[str, str | None]:
    """"contact|colleagues" → ("contact", "colleagues"); "contact" → ("contact", None)."""
    name, bar, fallback = inside.partition("|")
    return name.strip(), (fallback.strip() if bar else None)


def _scan(text: str, label: str, part: str) -> list[tuple[str, str | None]]:
    """(name, fallback) of each placeholder in `text`, in order; raises on
    unknown names, empty fallbacks and lone braces."""
    names = []
    pos = 0
    for match in _TOKEN.finditer(text):
        _check_lone_braces(text[pos:match.start()], label, part)
        pos = match.end()
        if match.group(1) is None:
            continue  # an escaped brace
        name, fallback = _placeholder(match.group(1))
        if fallback == "":
            raise TemplateError(
                _("template “{label}”: {placeholder} {where} has an empty fallback; write the "
                  "words to use when there is no value, as in {example}, or leave out the "
                  "bar").format(label=label, placeholder=f"{{{match.group(1).strip()}}}",
                                where=_(_PARTS[part]), example=f"{{{name}|colleagues}}"),
                template=label, placeholder=name)
        if name not in PLACEHOLDERS:
            suggestion = _suggest(name)
            message = (_("template “{label}”: unknown placeholder {placeholder} {where}; did "
                         "you mean {suggestion}?") if suggestion else
                       _("template “{label}”: unknown placeholder {placeholder} {where} "
                         "(known: {known})"))
            raise TemplateError(
                message.format(label=label, placeholder=f"{{{name}}}", where=_(_PARTS[part]),
                               suggestion=suggestion,
                               known=", ".join(f"{{{p}}}" for p in PLACEHOLDERS)),
                template=label, placeholder=name)
        names.append((name, fallback))
    _check_lone_braces(text[pos:], label, part)
    return names


def _check_lone_braces(chunk: str, label: str, part: str) -> None:
    for brace in "{}":
        if brace in chunk:
            raise TemplateError(
                _("template “{label}”: a lone {brace} {where}; write {double} for a brace, or "
                  "close the placeholder").format(label=label, brace=repr(brace),
                                                  where=_(_PARTS[part]), double=brace * 2),
                template=label, placeholder=brace)


def check_template(template: TemplateText) -> list[str]:
    """Validate a template on its own (no signatory needed) and return the
    placeholders it uses. Called when a template is saved and before any
    message is queued."""
    return list(dict.fromkeys(name for name, _ in _placeholders(template)))


def required_placeholders(template: TemplateText) -> list[str]:
    """The placeholders that must have a value: those used at least once
    without a fallback."""
    return list(dict.fromkeys(name for name, fallback in _placeholders(template)
                              if fallback is None))


def _placeholders(template: TemplateText) -> list[tuple[str, str | None]]:
    subject_names = _scan(template.subject, template.label, "subject")
    for name, _fallback in subject_names:
        if name in MULTILINE:
            raise TemplateError(
                _("template “{label}”: {placeholder} holds several lines and cannot go in the "
                  "subject; use it in the body").format(label=template.label,
                                                        placeholder=f"{{{name}}}"),
                template=template.label, placeholder=name)
    if not template.subject.strip():
        raise TemplateError(_("template “{label}”: the subject is empty").format(
            label=template.label), template=template.label, placeholder="")
    return subject_names + _scan(template.body, template.label, "body")


def _fill(text: str, values: Mapping[str, str]) -> str:
    def replace(match: re.Match) -> str:
        token = match.group(0)
        if token == "{{":
            return "{"
        if token == "}}":
            return "}"
        name, fallback = _placeholder(match.group(1))
        return values.get(name) or fallback or ""

    return _TOKEN.sub(replace, text)


def has_value(value: object) -> bool:
    """Whether a placeholder has a value to print: blank text has none."""
    return bool(str(value or "").strip())


def render(template: TemplateText, values: Mapping[str, str], recipient: str = "") -> Rendered:
    """Fill a template for one signatory. A placeholder whose value is empty
    takes its fallback (`{contact|colleagues}`); without one it is an error
    naming the template, the placeholder and `recipient` — never a message
    that says "Dear ,"."""
    for name in required_placeholders(template):
        if not has_value(values.get(name, "")):
            message = (_("template “{label}”: {placeholder} has no value for {recipient} "
                         "({reason})") if recipient else
                       _("template “{label}”: {placeholder} has no value ({reason})"))
            raise TemplateError(
                message.format(label=template.label, placeholder=f"{{{name}}}",
                               recipient=recipient, reason=_(MISSING_REASON[name])),
                template=template.label, placeholder=name, recipient=recipient)
    clean = {k: str(v or "").strip() for k, v in values.items()}
    subject = " ".join(_fill(template.subject, clean).split())
    body = _fill(template.body.replace("\r\n", "\n"), clean)
    return Rendered(subject=subject, body=body)


def format_deadline(deadline: date | None, language: str) -> str:
    """The deadline as people write it in that language ("1 December 2026",
    "1 de diciembre de 2026", "1 décembre 2026"); Babel does the localisation."""
    return format_date(deadline, language) if deadline else ""


@dataclass(frozen=True)
class MessageValues:
    """Everything a template can insert, for one signatory."""

    organisation: str = ""
    contact: str = ""
    campaign: str = ""
    deadline: date | None = None
    statement: str = ""
    link: str = ""
    coordinator: str = ""

    def as_mapping(self, language: str) -> dict[str, str]:
        return {
            "organisation": self.organisation, "contact": self.contact,
            "campaign": self.campaign, "deadline": format_deadline(self.deadline, language),
            "statement": self.statement, "link": self.link, "coordinator": self.coordinator,
        }


#: The format of the shipped default templates' files.
TEMPLATES_FORMAT = "signon-templates/1"


@dataclass(frozen=True)
class DefaultTemplate:
    kind: str
    language: str
    subject: str
    body: str
    name: str = ""

    def text(self) -> TemplateText:
        return TemplateText(template_label(self.kind, self.language, self.name),
                            self.subject, self.body, self.language)


def parse_default_templates(text: str, source: str,
                            language: str) -> tuple[DefaultTemplate, ...]:
    """The templates of one shipped file, each checked; `source` names the
    file in errors, `language` is the file's when it does not say."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(_("{source}: cannot read default templates ({error})").format(
            source=source, error=exc)) from None
    if data.get("format") != TEMPLATES_FORMAT:
        raise ValidationError(_("{source}: format is not {format}").format(
            source=source, format=TEMPLATES_FORMAT))
    language = data.get("language") or language
    out = []
    for i, entry in enumerate(data.get("templates", []), start=1):
        unknown = set(entry) - {"kind", "name", "subject", "body"}
        if unknown:
            raise ValidationError(_("{source}: template {number}: unknown key {key}").format(
                source=source, number=i, key=repr(sorted(unknown)[0])))
        if entry.get("kind") not in KINDS:
            raise ValidationError(_("{source}: template {number}: kind {kind} is not one of "
                                    "{kinds}").format(source=source, number=i,
                                                      kind=repr(entry.get("kind")),
                                                      kinds=", ".join(KINDS)))
        body = entry.get("body", "")
        if isinstance(body, list):  # lines in the file, for readable diffs
            body = "\n".join(body)
        template = DefaultTemplate(kind=entry["kind"], language=language,
                                   subject=entry.get("subject", ""), body=body,
                                   name=entry.get("name", ""))
        check_template(template.text())
        out.append(template)
    return tuple(out)
