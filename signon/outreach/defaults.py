"""The default templates shipped in resources/templates/<language>.json.

A campaign starts with these until the coordinator edits them; edited
copies are stored per campaign. The files are checked on load like any
template, so a typo in a shipped translation fails a test, not a mailing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from signon.config import RESOURCES
from signon.domain.compose import base_language
from signon.domain.errors import ValidationError
from signon.outreach.templates import KINDS, TemplateText, check_template, template_label

TEMPLATES_DIR = RESOURCES / "templates"
FORMAT = "signon-templates/1"
FALLBACK_LANGUAGE = "en"


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


def available_languages() -> list[str]:
    return sorted(p.stem for p in TEMPLATES_DIR.glob("*.json"))


def _load(path: Path) -> tuple[DefaultTemplate, ...]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValidationError(f"{path}: cannot read default templates ({exc})") from None
    if data.get("format") != FORMAT:
        raise ValidationError(f"{path}: format is not {FORMAT}")
    language = data.get("language") or path.stem
    out = []
    for i, entry in enumerate(data.get("templates", []), start=1):
        unknown = set(entry) - {"kind", "name", "subject", "body"}
        if unknown:
            raise ValidationError(f"{path}: template {i}: unknown key {sorted(unknown)[0]!r}")
        if entry.get("kind") not in KINDS:
            raise ValidationError(f"{path}: template {i}: kind {entry.get('kind')!r} "
                                  f"is not one of {', '.join(KINDS)}")
        body = entry.get("body", "")
        if isinstance(body, list):  # lines in the file, for readable diffs
            body = "\n".join(body)
        template = DefaultTemplate(kind=entry["kind"], language=language,
                                   subject=entry.get("subject", ""), body=body,
                                   name=entry.get("name", ""))
        check_template(template.text())
        out.append(template)
    return tuple(out)


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
