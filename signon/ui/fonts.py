"""The bundled fonts (resources/fonts, which the PDF export embeds) made
known to Qt, so the interface can draw every script a signatory's name may
be written in.

Qt draws a character its font lacks with a fallback font found among the
system's; a machine without CJK or Thai fonts showed Japanese and Thai
names as empty boxes (□□) in the tables. Registered with
`QFontDatabase.addApplicationFont`, the bundled fonts join that fallback.
Only the files are registered (no font is parsed into a QFont): the 66
files take about 10 ms (30 ms of a cold start), so `run_app` does it on a
zero-timer once its window is shown: off the path to the first paint, and
before the database is opened, so no name is drawn as boxes first.
"""

from __future__ import annotations

from pathlib import Path

from signon.config import RESOURCES

FONT_DIR = RESOURCES / "fonts"
#: The fonts of the Latin script: the interface keeps the system's own font
#: for those, so they are left out.
LATIN_FILES = frozenset({"NotoSans-Regular.ttf", "NotoSans-Bold.ttf"})

_registered: dict[str, list[str]] = {}


def bundled_font_files(font_dir: Path = FONT_DIR) -> list[Path]:
    return sorted(p for p in font_dir.iterdir()
                  if p.suffix.lower() in {".ttf", ".otf"} and p.name not in LATIN_FILES)


def register_bundled_fonts(font_dir: Path = FONT_DIR) -> list[str]:
    """Register the bundled fonts with Qt (once per file); returns the
    families they add. Needs a QGuiApplication."""
    from PySide6.QtGui import QFontDatabase

    for path in bundled_font_files(font_dir):
        key = str(path)
        if key in _registered:
            continue
        font_id = QFontDatabase.addApplicationFont(key)
        _registered[key] = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return sorted({family for families in _registered.values() for family in families})
