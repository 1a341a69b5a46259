"""Messages for people, in their language: `_`, `n_` and `N_`.

Every layer below the interface (domain, store, exchange, outreach,
commands) writes the messages a person reads, above all the one line of a
`SignonError`. They are written in English and pass through `_()` where
they are made, so the CLI and the app show them in the user's language:

    raise ValidationError(_("{name}: row {row}: the name is empty").format(
        name=name, row=row))

- The text inside `_()` is a literal: the catalog tools
  (tools/update_translations.py) extract it from the source, so an
  f-string, a concatenation or a variable cannot be translated. Values go
  in named `{placeholders}` filled by `.format()` *after* the translation,
  which lets translators move them where their grammar puts them.
- A counted message uses `n_(singular, plural, n)`: languages have their
  own number of plural forms (Arabic six), chosen from `n` by the
  catalog's Plural-Forms rule.
- A text held in a module constant (a table of reasons) is marked with
  `N_()`, which returns it unchanged, and translated with `_(constant)`
  where it is used: a module is imported once, before any language is
  installed.
- Text that is stored (a history note, "imported from … row 2") stays
  English and is not passed through `_()`: the database outlives the
  language of whoever wrote it; the interface shows stored text translated
  (signon.ui.labels.event_note). Code that stores the message of an error
  (a reply's "not applied: …" outcome) makes it under `english()`.

Why the catalog is installed, not read here: the domain is pure, it reads
no files (docs/architecture.md). The program's entry points choose the
language and load the compiled catalog (signon.message_catalog, called
by signon.cli for a command and by signon.ui.i18n for the app) and hand it
to `install`. Until then, and whenever no catalog fits, the messages are
the English source texts.
"""

from __future__ import annotations

import gettext
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_ENGLISH = gettext.NullTranslations()
_catalog: gettext.NullTranslations = _ENGLISH
#: `english()` in force on this thread (a worker storing text while the
#: interface goes on in its language).
_local = threading.local()


def install(translations: gettext.NullTranslations | None) -> None:
    """Make `translations` the catalog every later message is read from;
    None puts back the English source texts."""
    global _catalog
    _catalog = translations if translations is not None else _ENGLISH


def installed() -> gettext.NullTranslations:
    """The catalog messages are read from now (for a caller that swaps it
    for a while and puts it back, as tests do)."""
    return _catalog


@contextmanager
def english() -> Iterator[None]:
    """The English source texts on this thread while the block runs, for
    messages that are stored rather than shown (see the module docstring);
    other threads keep the installed language."""
    before = getattr(_local, "catalog", None)
    _local.catalog = _ENGLISH
    try:
        yield
    finally:
        _local.catalog = before


def _current() -> gettext.NullTranslations:
    return getattr(_local, "catalog", None) or _catalog


def _(message: str) -> str:
    """`message` in the installed language (itself when not translated)."""
    return _current().gettext(message)


def n_(singular: str, plural: str, n: int) -> str:
    """The form of a counted message that goes with `n`, in the installed
    language; fill `{n}` (or another placeholder) with `.format()`."""
    return _current().ngettext(singular, plural, n)


def N_(message: str) -> str:  # noqa: N802 (the gettext convention)
    """Mark a constant for extraction, unchanged: translate it with `_()`
    where it is shown."""
    return message
