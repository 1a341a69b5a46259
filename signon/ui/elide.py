"""Text cut short with "…" on the side where the text itself ends.

An English title in the Arabic interface (or an Arabic one in English) is
laid out in the paragraph direction of the widget: cut short, its "…", a
neutral character, took the widget's direction and sat on the wrong side
("…Letter on surv" instead of "Letter on surv…"). Wrapped in a Unicode
first-strong isolate (FSI … PDI), the text, and the "…" that replaces its
end, keep their own direction while the alignment stays the widget's.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

FSI, PDI = "\u2068", "\u2069"


def isolate(text: str) -> str:
    """`text` in its own direction inside any paragraph ("" stays "")."""
    return f"{FSI}{text}{PDI}" if text and not text.startswith(FSI) else text


def elided(metrics: QFontMetrics, text: str, width: int,
           mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> str:
    """`QFontMetrics.elidedText`, the "…" at the end of the text's own
    direction (see the module docstring)."""
    return metrics.elidedText(isolate(text), mode, width)


class IsolatingDelegate(QStyledItemDelegate):
    """An item view's delegate whose cut-short texts put their "…" on the
    side where the text ends."""

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.text = isolate(option.text)
