"""The default templates shipped in resources/templates/<language>.json.

A campaign starts with these until the coordinator edits them; edited
copies are stored per campaign. Parsing and checking are the domain's
(`signon.domain.message_templates.parse_default_templates`).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from signon.config import RESOURCES
from signon.domain.compose import base_language
from signon.domain.errors import ValidationError
from signon.domain.message_templates import DefaultTemplate, parse_default_templates

TEMPLATES_DIR = RESOURCES / "templates"
FALLBACK_LANGUAGE = "en"


def available_languages() -> list[str]:
    return sorted(p.stem for p in TEMPLATES_DIR.glob("*.json"))


def _load(path: Path) -> tuple[DefaultTemplate, ...]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ValidationError(f"{path}: cannot read default templates ({exc})") from None
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
