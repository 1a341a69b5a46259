"""Two entries side by side, each with its "keep this one" choice: the part
the directory's duplicate finder (`merge_dialog.MergeDialog`) and the
merge of two signatories (`signatory_merge_dialog.SignatoryMergeDialog`)
share.

`card_html` draws one entry — its name, then a table of labelled values,
"—" for an empty one — and `MergeCards` puts two of them in framed cards
(`QFrame#mergeCard` in the stylesheet) with a radio button under each. The
callers give the texts, so each keeps its own translation context.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from signon.ui import colours


def text_direction() -> str:
    """"rtl" or "ltr": the interface's direction, for rich text whose
    paragraphs would otherwise follow their first letter (an English name
    in the Arabic interface would turn its card left to right)."""
    return "rtl" if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft \
        else "ltr"


#: After these, a long word (a web or e-mail address) may go on to the next line.
BREAK_AFTER = "/.-_?&=#@"
ZWSP = "\u200b"  # a line break opportunity that prints nothing
#: A word longer than this gets its break opportunities.
LONG_WORD = 16


def breakable(value: str) -> str:
    """`value` with an invisible break opportunity after each slash, dot, …
    of its long words: a card wraps "https://digitalaction.co/…" at its
    width instead of cutting it at the card's edge (rich text breaks only
    at spaces)."""
    words = value.split(" ")
    for i, word in enumerate(words):
        if len(word) > LONG_WORD:
            words[i] = "".join(ch + ZWSP if ch in BREAK_AFTER else ch for ch in word)
    return " ".join(words)


def card_html(name: str, rows: list[tuple[str, str]]) -> str:
    """One entry: `name` in bold above its (label, value) rows, the labels
    grey with their gap on the side of the values, in the interface's
    direction (right to left too)."""
    direction = text_direction()
    rtl = direction == "rtl"
    side = "left" if rtl else "right"
    lines = []
    for label, value in rows:
        label_cell = (f"<td style='color:{colours.GREY}; padding-{side}:10px'>"
                      f"{escape(label)}</td>")
        value_cell = f"<td>{escape(breakable(value)) if value else '—'}</td>"
        # Qt lays a table's columns out left to right whatever its dir: the
        # label goes last for it to stand on the right
        lines.append(f"<tr>{value_cell}{label_cell}</tr>" if rtl
                     else f"<tr>{label_cell}{value_cell}</tr>")
    align = " align='right'" if rtl else ""
    return (f"<div dir='{direction}'><b style='font-size:12pt'>{escape(name)}</b></div>"
            f"<table dir='{direction}'{align}>{''.join(lines)}</table>")


class MergeCards(QWidget):
    """Two cards, `first` and `second` (rich-text labels), each above its
    radio button (`keep_first`, `keep_second`, labelled `keep_text`);
    `choice_changed` when the other one is chosen."""

    choice_changed = Signal()

    def __init__(self, keep_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.first = QLabel()
        self.second = QLabel()
        self.keep_first = QRadioButton(keep_text)
        self.keep_first.setObjectName("keepFirst")
        self.keep_second = QRadioButton(keep_text)
        self.keep_second.setObjectName("keepSecond")
        group = QButtonGroup(self)
        group.addButton(self.keep_first)
        group.addButton(self.keep_second)
        self.keep_first.toggled.connect(lambda _on: self.choice_changed.emit())
        cards = QHBoxLayout(self)
        cards.setContentsMargins(0, 0, 0, 0)
        for label, radio in ((self.first, self.keep_first), (self.second, self.keep_second)):
            card = QFrame()
            card.setObjectName("mergeCard")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
            box = QVBoxLayout(card)
            box.addWidget(label, 1)
            box.addWidget(radio)
            cards.addWidget(card, 1)

    def show_pair(self, first_html: str, second_html: str, keep_first: bool) -> None:
        self.first.setText(first_html)
        self.second.setText(second_html)
        (self.keep_first if keep_first else self.keep_second).setChecked(True)

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def first_kept(self) -> bool:
        return self.keep_first.isChecked()

    def set_choice_enabled(self, enabled: bool) -> None:
        self.keep_first.setEnabled(enabled)
        self.keep_second.setEnabled(enabled)
