"""Parts of the machine that some tests need, and what a missing one does.

A developer's machine may lack the PostgreSQL server, poppler's tools or
Pillow's libraqm: the tests that need one skip, naming what to install. CI
installs them all and says so with `SIGNON_REQUIRE` (comma-separated part
names, e.g. `postgres,poppler`): a part named there that turns out missing
fails those tests instead, so a broken install cannot pass as a green run
with hundreds of tests quietly not run.

Every skip for a missing part goes through `require` — the `pg_cluster`
fixture calls it, and tests mark themselves `@pytest.mark.requires("poppler")`
(tests/conftest.py applies the marker). tests/unit/test_requires.py checks
both ways.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import pytest

VARIABLE = "SIGNON_REQUIRE"


@dataclass(frozen=True)
class Part:
    """Something outside Python that a test needs: what it is, how to get it,
    and a check that returns what is missing ("" when it is all there)."""

    what: str
    install: str
    missing: Callable[[], str]


def _programs(*names: str) -> Callable[[], str]:
    def missing() -> str:
        return ", ".join(n for n in names if shutil.which(n) is None)
    return missing


def _postgres() -> str:
    from .postgres import server_bindir

    return "" if server_bindir() is not None else "initdb, pg_ctl"


def _dovecot() -> str:
    from .dovecot import dovecot_binary

    return "" if dovecot_binary() is not None else "dovecot"


def _raqm() -> str:
    from PIL import features

    return "" if features.check("raqm") else "libraqm (with libfribidi)"


PARTS: dict[str, Part] = {
    "postgres": Part("PostgreSQL server", "apt-get install postgresql", _postgres),
    "poppler": Part("poppler-utils", "apt-get install poppler-utils",
                    _programs("pdftotext", "pdffonts", "pdftoppm")),
    "raqm": Part("Pillow's reference text shaper", "apt-get install libfribidi0", _raqm),
    "dovecot": Part("Dovecot IMAP server", "apt-get install dovecot-imapd", _dovecot),
}


def required(environ: Mapping[str, str] = os.environ) -> frozenset[str]:
    """The part names in SIGNON_REQUIRE. An unknown name is an error, not
    ignored: a typo ("postgresql") would otherwise let the skips through."""
    names = {n.strip() for n in environ.get(VARIABLE, "").split(",") if n.strip()}
    unknown = sorted(names - PARTS.keys())
    if unknown:
        raise ValueError(f"{VARIABLE} names unknown parts: {', '.join(unknown)} "
                         f"(known: {', '.join(sorted(PARTS))})")
    return frozenset(names)


def require(name: str, environ: Mapping[str, str] = os.environ) -> None:
    """Return when part `name` is here; otherwise skip the test, or fail it
    when SIGNON_REQUIRE names the part."""
    if name not in PARTS:
        raise ValueError(f"no part {name!r} (known: {', '.join(sorted(PARTS))})")
    part = PARTS[name]
    absent = part.missing()
    if not absent:
        return
    message = f"{part.what} not installed (missing {absent}; {part.install})"
    if name in required(environ):
        pytest.fail(f"{VARIABLE}={environ.get(VARIABLE)} requires {name}, but {message}",
                    pytrace=False)
    pytest.skip(message)
