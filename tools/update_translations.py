"""Refresh the translations after texts changed in the code.

    python tools/update_translations.py           # extract and merge, then compile
    python tools/update_translations.py --release  # compile only (after translating)

Two kinds of text, two catalogs:

- The interface (signon/ui): Qt's .ts/.qm in resources/i18n.
  1. `pyside6-lupdate` reads every `self.tr(...)`, `translate(...)` and
     `QT_TRANSLATE_NOOP(...)` in signon/ui and merges them into
     resources/i18n/signon_<lang>.ts: new texts appear as unfinished, texts
     that are gone are dropped (-no-obsolete), translations of unchanged
     texts are kept. English gets only the counted messages (-pluralonly):
     its file holds the singular and plural forms the source texts cannot
     carry.
  2. Translate the unfinished entries (Qt Linguist, or any editor: the .ts
     files are XML).
  3. `pyside6-lrelease` compiles each .ts to the .qm the app loads.
- The messages from below the interface (errors, import problems, status
  refusals; `signon.domain.messages`): gettext's .pot/.po/.mo in
  resources/locale, made with Babel.
  1. Every `_("…")`, `n_("…", "…", n)` and `N_("…")` in signon/domain,
     store, exchange, outreach, commands and the modules at the top of
     signon/ (MESSAGE_SOURCES) is extracted into resources/locale/signon.pot,
     which is merged into resources/locale/<lang>/LC_MESSAGES/signon.po
     for es, fr, ar and pt: new messages come with an empty msgstr, gone
     ones are dropped, no guessed ("fuzzy") translations are made.
  2. Fill in every empty msgstr (any PO editor, or a text editor); keep
     each {placeholder} as it is. A counted message (msgid_plural) has as
     many msgstr[i] as the Plural-Forms line of the file's header says:
     two for es, fr and pt, six for Arabic.
  3. Each .po is compiled to the signon.mo beside it, which
     `signon.message_catalog` loads.
  English needs no catalog: the source texts are English.

Both compiled forms (.qm, .mo) are committed, so an install needs neither
Qt's tools nor Babel's. No source locations are written (-locations none,
no "#:" lines): a line moved in the code then changes nothing in the
translation files, so their diffs show only real text changes; a file
whose messages did not change is not rewritten (its dates stay).
tests/ui/test_i18n.py checks that the .ts files are up to date with the
code, complete for es, fr, ar and pt, and that the .qm files match;
tests/unit/test_messages_catalog.py does the same for the .pot, .po and .mo.
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "signon" / "ui"
I18N = ROOT / "resources" / "i18n"
#: Languages with a translation file; the first is the source language.
LANGUAGES = ("en", "es", "fr", "ar", "pt")

LOCALE = ROOT / "resources" / "locale"
#: Where the messages of `signon.domain.messages` are extracted from: the
#: layers below the interface (folders, with their sub-folders) and the
#: modules at the top of the package (cli.py, config.py, …).
MESSAGE_SOURCES = ("domain", "store", "exchange", "outreach", "commands", "*.py")
MESSAGE_KEYWORDS = {"_": None, "n_": (1, 2), "N_": None}
#: gettext's plural rule of each language, written into its .po header:
#: the classic rules (Babel's CLDR ones add a third form for a million to
#: es, fr and pt, which no message here needs). Portuguese follows Brazil
#: (0 and 1 are singular), as the interface does.
PLURAL_FORMS = {
    "es": "nplurals=2; plural=(n != 1);",
    "fr": "nplurals=2; plural=(n > 1);",
    "pt": "nplurals=2; plural=(n > 1);",
    "ar": "nplurals=6; plural=(n == 0 ? 0 : n == 1 ? 1 : n == 2 ? 2 : "
          "n % 100 >= 3 && n % 100 <= 10 ? 3 : n % 100 >= 11 ? 4 : 5);",
}
#: Lines of a .po/.pot header that change at every run, not with the texts.
_DATES = (b'"POT-Creation-Date:', b'"PO-Revision-Date:')


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease, next to this Python first (a venv
    that is not activated), then on PATH."""
    local = Path(sys.executable).parent / name
    if local.exists():
        return str(local)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (it ships the Qt tools)")
    return found


def ts_file(language: str, folder: Path = I18N) -> Path:
    return folder / f"signon_{language}.ts"


def qm_file(language: str, folder: Path = I18N) -> Path:
    return folder / f"signon_{language}.qm"


def lupdate(ts: Path, sources: Path = SOURCES, plural_only: bool = False) -> None:
    """Merge the texts of `sources` into `ts` (created when missing)."""
    command = [tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
               "-extensions", "py", str(sources), "-ts", str(ts)]
    if plural_only:
        command.insert(1, "-pluralonly")
    subprocess.run(command, check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def update(languages: tuple[str, ...] = LANGUAGES, folder: Path = I18N,
           sources: Path = SOURCES) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for language in languages:
        lupdate(ts_file(language, folder), sources, plural_only=language == LANGUAGES[0])


def release(languages: tuple[str, ...] = LANGUAGES, folder: Path = I18N,
            out: Path | None = None) -> None:
    for language in languages:
        lrelease(ts_file(language, folder), qm_file(language, out or folder))


def pot_file(folder: Path = LOCALE) -> Path:
    return folder / "signon.pot"


def po_file(language: str, folder: Path = LOCALE) -> Path:
    return folder / language / "LC_MESSAGES" / "signon.po"


def mo_file(language: str, folder: Path = LOCALE) -> Path:
    return folder / language / "LC_MESSAGES" / "signon.mo"


def message_files(package: Path = ROOT / "signon") -> list[Path]:
    """The Python files whose messages are extracted, in a stable order."""
    found: set[Path] = set()
    for pattern in MESSAGE_SOURCES:
        if pattern.endswith(".py"):
            found.update(package.glob(pattern))
        else:
            found.update(p for p in (package / pattern).rglob("*.py")
                         if "migrations" not in p.parts)
    return sorted(found)


def extract_messages(package: Path = ROOT / "signon") -> Catalog:
    """The template: every message of `message_files`, once, in the order
    of the files and lines (no locations written, see the docstring)."""
    catalog = Catalog(project="Sign-on", fuzzy=False, header_comment=(
        "# Messages of Sign-on from below the interface (errors, import problems,\n"
        "# status refusals). Made by tools/update_translations.py; do not edit."))
    for path in message_files(package):
        with path.open("rb") as source:
            for _line, message, comments, _context in extract(
                    "python", source, keywords=MESSAGE_KEYWORDS,
                    comment_tags=("Translators:",), strip_comment_tags=True):
                catalog.add(message, auto_comments=comments)
    return catalog


def _po_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=100, no_location=True, ignore_obsolete=True)
    return out.getvalue()


def _without_dates(data: bytes) -> list[bytes]:
    return [line for line in data.splitlines() if not line.startswith(_DATES)]


def _write_if_changed(path: Path, data: bytes, compare=_without_dates) -> None:
    if path.is_file() and compare(path.read_bytes()) == compare(data):
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def read_catalog(language: str, folder: Path = LOCALE) -> Catalog:
    """A language's .po, or a new catalog with its plural rule."""
    path = po_file(language, folder)
    if path.is_file():
        with path.open("rb") as file:
            return read_po(file, locale=language, domain="signon")
    catalog = Catalog(locale=language, domain="signon", project="Sign-on", fuzzy=False,
                      header_comment=f"# {language} translations of Sign-on's messages.")
    catalog.mime_headers = [("Plural-Forms", PLURAL_FORMS[language])]
    return catalog


def update_messages(languages: tuple[str, ...] = LANGUAGES[1:], folder: Path = LOCALE,
                    package: Path = ROOT / "signon") -> None:
    """Extract the template and merge it into each language's .po."""
    template = extract_messages(package)
    _write_if_changed(pot_file(folder), _po_bytes(template))
    for language in languages:
        catalog = read_catalog(language, folder)
        catalog.update(template, no_fuzzy_matching=True, update_creation_date=False)
        _write_if_changed(po_file(language, folder), _po_bytes(catalog))


def compiled(language: str, folder: Path = LOCALE) -> bytes:
    """The .mo of a language's .po, as `release_messages` writes it."""
    out = io.BytesIO()
    write_mo(out, read_catalog(language, folder), use_fuzzy=False)
    return out.getvalue()


def release_messages(languages: tuple[str, ...] = LANGUAGES[1:],
                     folder: Path = LOCALE) -> None:
    for language in languages:
        _write_if_changed(mo_file(language, folder), compiled(language, folder),
                          compare=bytes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--release", action="store_true",
                        help="only compile the .ts files to .qm and the .po files to .mo")
    args = parser.parse_args(argv)
    if not args.release:
        update()
        update_messages()
    release()
    release_messages()
    return 0


if __name__ == "__main__":
    sys.exit(main())
