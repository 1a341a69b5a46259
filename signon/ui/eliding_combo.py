"""A drop-down whose shown choice is cut short with "…", not clipped.

A `QComboBox` narrower than its current text draws as much as fits and cuts
the rest mid-letter ("All languag", "Off (en, primar"), with nothing to say
that more follows. `ElidingComboBox` draws the text elided ("All langu…"),
the "…" on the side where the text itself ends (`signon.ui.elide`), and
shows the whole choice in its tooltip while it is cut short. Its list still
shows every entry whole.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

from signon.ui.elide import elided


class ElidingComboBox(QComboBox):
    def __init__(self, parent: QWidget | None = None, **props):
        super().__init__(parent, **props)
        self._tooltip = ""  # the tooltip set by the code, shown when nothing is cut
        self.currentTextChanged.connect(self._update_tooltip)

    def setToolTip(self, text: str) -> None:  # noqa: N802 (Qt API)
        self._tooltip = text
        self._update_tooltip()

    def _text_rect_width(self, option: QStyleOptionComboBox) -> int:
        return self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option,
            QStyle.SubControl.SC_ComboBoxEditField, self).width()

    def shown_text(self) -> str:
        """The current text as drawn: whole, or cut short with "…"."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return self._fit(option.currentText, self._text_rect_width(option))

    def is_elided(self) -> bool:
        return "…" in self.shown_text() and "…" not in self.currentText()

    def _fit(self, text: str, width: int) -> str:
        if not text or self.fontMetrics().horizontalAdvance(text) <= width:
            return text
        return elided(self.fontMetrics(), text, width)

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt API)
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self._fit(option.currentText, self._text_rect_width(option))
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ToolTip, QEvent.Type.Resize, QEvent.Type.Show):
            self._update_tooltip()
        return super().event(event)

    def _update_tooltip(self) -> None:
        """The code's tooltip, after the whole choice while it is cut."""
        whole = self.currentText()
        if self.is_elided():
            tip = f"{whole}\n\n{self._tooltip}" if self._tooltip else whole
        else:
            tip = self._tooltip
        if super().toolTip() != tip:
            super().setToolTip(tip)
