"""Help → About: version, the open database, and the licences of what ships.

Bundled fonts (OFL) and other resources carry licences that must travel
with the app; listing the licence files found under `resources/` (rather
than a hand-kept list) keeps the dialog true when a font is added.
"""

from __future__ import annotations

import html
import platform
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from signon import __version__
from signon.config import RESOURCES
from signon.ui.i18n import translate

LICENCE_MARKERS = ("license", "licence", "ofl", "copying", "notice")
MAX_LICENCE_CHARS = 20000


def licence_files(root: Path = RESOURCES) -> list[Path]:
    """Files under `root` whose name says they are a licence (LICENSE, OFL.txt…)."""
    if not root.is_dir():
        return []
    found = [p for p in root.rglob("*") if p.is_file()
             and any(marker in p.name.lower() for marker in LICENCE_MARKERS)]
    return sorted(found)


def resource_summary(root: Path = RESOURCES) -> list[tuple[str, int]]:
    """(folder, number of files) for each top-level folder of resources/
    (not Python's own caches, which an installed package may hold)."""
    if not root.is_dir():
        return []
    return [(d.name, sum(1 for p in d.rglob("*") if p.is_file() and "__pycache__" not in p.parts))
            for d in sorted(root.iterdir()) if d.is_dir() and not d.name.startswith("__")]


def app_licence() -> str:
    try:
        from importlib.metadata import metadata

        meta = metadata("signon")
        return meta.get("License-Expression") or meta.get("License") or "GPL-3.0-or-later"
    except Exception:  # not installed as a distribution (running from a checkout)
        return "GPL-3.0-or-later"


def about_html(database: str, root: Path = RESOURCES) -> str:
    from PySide6 import __version__ as pyside_version

    esc = html.escape
    parts = [
        f"<h2>Sign-on {esc(__version__)}</h2>",
        "<p>" + esc(translate("AboutDialog", "Coalition sign-on campaigns, from draft "
                                             "statement to published letter.")) + "</p>",
        "<p><b>" + esc(translate("AboutDialog", "Database:"))
        + f"</b> <code>{esc(database)}</code></p>",
        "<p><b>" + esc(translate("AboutDialog", "Licence:")) + f"</b> {esc(app_licence())}<br>"
        f"Python {esc(platform.python_version())}, PySide6 {esc(pyside_version)}</p>",
        "<h3>" + esc(translate("AboutDialog", "Bundled resources")) + "</h3>",
    ]
    summary = resource_summary(root)
    if summary:
        parts.append("<ul>" + "".join(
            f"<li>{esc(name)}: " + esc(AboutDialog.tr("%Ln files", "", n)) + "</li>"
            for name, n in summary) + "</ul>")
    else:
        parts.append("<p>" + esc(translate("AboutDialog", "None bundled.")) + "</p>")
    licences = licence_files(root)
    parts.append("<h3>" + esc(translate("AboutDialog", "Licences of bundled resources")) + "</h3>")
    if not licences:
        parts.append("<p>" + esc(translate("AboutDialog", "No third-party resources with their own "
                                                          "licence are bundled.")) + "</p>")
    for path in licences:
        text = path.read_text(encoding="utf-8", errors="replace")
        if len(text) > MAX_LICENCE_CHARS:
            text = text[:MAX_LICENCE_CHARS] + "\n…"
        parts.append(f"<h4>{esc(str(path.relative_to(root)))}</h4><pre>{esc(text)}</pre>")
    return "\n".join(parts)


class AboutDialog(QDialog):
    def __init__(self, database: str, parent: QWidget | None = None,
                 resources: Path = RESOURCES):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Sign-on"))
        self.setAccessibleName(self.tr("About Sign-on"))
        self.resize(620, 520)
        self.text = QTextBrowser()
        self.text.setObjectName("aboutText")
        self.text.setAccessibleName(self.tr("Version, database and licences"))
        self.text.setOpenExternalLinks(True)
        self.text.setHtml(about_html(database, resources))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("aboutButtons")
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
