"""The catalog of messages in the user's language, loaded and installed.

The messages of the layers below the interface pass through
`signon.domain.messages._()`; the domain cannot read the catalog file
itself (it reads no files), so the program's entry points do it here:
`signon.cli.main` for a command, before the command runs, and
`signon.ui.i18n.install` for the app, with the language it chose for the
widgets, so that an error a dialog shows is in the interface language.

The catalogs are gettext .mo files inside the package,
`signon.resources/locale/<lang>/LC_MESSAGES/signon.mo`, found through
importlib.resources (`config.RESOURCES`) like every other resource, so they
load from a checkout, a wheel and the frozen app alike. They are compiled
from the .po files beside them by `tools/update_translations.py`.

A command's language, first match wins (the same setting as the app's,
less the Preferences, which belong to the app):
1. `SIGNON_LANG` ("es", "fr", "ar", "pt", "en");
2. the locale: LC_ALL, else LC_MESSAGES, else LANG ("es_AR.UTF-8" → es);
3. English, also on the C/POSIX locale and for a language without a catalog.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Mapping
from pathlib import Path

from signon.config import RESOURCES
from signon.domain import messages
from signon.domain.languages import base_language

DOMAIN = "signon"
LOCALE_DIR = RESOURCES / "locale"
SOURCE_LANGUAGE = "en"
ENV_VAR = "SIGNON_LANG"
#: The locale variables that name the language of messages, in POSIX order.
LOCALE_VARS = ("LC_ALL", "LC_MESSAGES", "LANG")


def mo_path(language: str, folder: Path = LOCALE_DIR) -> Path:
    return folder / language / "LC_MESSAGES" / f"{DOMAIN}.mo"


def has_catalog(language: str) -> bool:
    return language == SOURCE_LANGUAGE or mo_path(language).is_file()


def language_of(value: str | None) -> str:
    """"es_AR.UTF-8", "fr-CA", "ES" → the language when there is a catalog
    for it ("en" included); "C", "POSIX", "de_DE" or nothing → ""."""
    value = (value or "").split(".")[0].split("@")[0].strip()
    if not value or value in ("C", "POSIX"):
        return ""
    language = base_language(value)
    return language if has_catalog(language) else ""


def command_language(environ: Mapping[str, str] | None = None) -> str:
    """The language of a command's messages: SIGNON_LANG, else the locale's,
    else English. The first locale variable that is set decides, as in
    POSIX: LC_ALL=C means English even when LANG names another language."""
    environ = os.environ if environ is None else environ
    chosen = language_of(environ.get(ENV_VAR))
    if chosen:
        return chosen
    for name in LOCALE_VARS:
        if environ.get(name):
            return language_of(environ[name]) or SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def load(language: str) -> gettext.NullTranslations:
    """The compiled catalog of `language`; the English source texts when it
    has none (English itself, a language not translated)."""
    path = mo_path(language)
    if language == SOURCE_LANGUAGE or not path.is_file():
        return gettext.NullTranslations()
    with path.open("rb") as file:
        return gettext.GNUTranslations(file)


def install(language: str) -> str:
    """Make `language` the language of every message from now on; returns
    the language installed (English when there is no catalog for it)."""
    language = language_of(language) or SOURCE_LANGUAGE
    messages.install(load(language))
    return language
