"""Refresh the interface translations after texts changed in signon/ui.

    python tools/update_translations.py           # lupdate, then lrelease
    python tools/update_translations.py --release  # lrelease only (after translating)

1. `pyside6-lupdate` reads every `self.tr(...)`, `translate(...)` and
   `QT_TRANSLATE_NOOP(...)` in signon/ui and merges them into
   resources/i18n/signon_<lang>.ts: new texts appear as unfinished, texts
   that are gone are dropped (-no-obsolete), translations of unchanged texts
   are kept. English gets only the counted messages (-pluralonly): its file
   holds the singular and plural forms the source texts cannot carry.
2. Translate the unfinished entries (Qt Linguist, or any editor: the .ts
   files are XML).
3. `pyside6-lrelease` compiles each .ts to the .qm the app loads; the .qm
   files are committed, so an install needs no Qt tools.

No source locations are written (-locations none): a line moved in the
code then changes nothing in the .ts files, so their diffs show only real
text changes. tests/ui/test_i18n.py checks that the .ts files are up to
date with the code, complete for es, fr, ar and pt, and that the .qm files match.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "signon" / "ui"
I18N = ROOT / "resources" / "i18n"
#: Languages with a translation file; the first is the source language.
LANGUAGES = ("en", "es", "fr", "ar", "pt")


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--release", action="store_true",
                        help="only compile the .ts files to .qm")
    args = parser.parse_args(argv)
    if not args.release:
        update()
    release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
