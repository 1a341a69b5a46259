"""The block library's counted sentences about importing and exporting, in
the panel's translation context.

They are said by `LibraryActions` (library_actions.py), but keep the
context "LibraryPanel" the .ts files have them under, so their translations
still apply. A plain text does that in place with `translate("LibraryPanel",
…)`; a counted one cannot: pyside6-lupdate reads a plural only from
`Class.tr(text, "", n)` and takes the class's name as the context
(docs/interface-languages.md). So they are here, on a class of that name.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from signon.store.blocks import ImportResult


class LibraryPanel(QObject):
    """Not the panel (that is `signon.ui.statement.library.LibraryPanel`):
    the translation context its counted sentences are written in."""


def import_summary(result: ImportResult) -> str:
    """"3 blocks added, 1 already in the library"."""
    text = LibraryPanel.tr("%Ln blocks added", "", result.added)
    if result.skipped:
        text += ", " + LibraryPanel.tr("%Ln already in the library", "", result.skipped)
    return text


def exported(count: int, file: str) -> str:
    return LibraryPanel.tr("Exported %Ln blocks to {file}", "", count).format(file=file)
