"""Layout helpers that keep the tabs within the default 1100×720 window.

The main window puts each tab in a scroll area, which scrolls sideways as
soon as the tab's minimum width is more than the window gives it. Two things
set that minimum too high and are answered here:

- Rows of buttons and placeholder chips: in a box layout their total width
  becomes the panel's minimum, more so in languages with longer labels.
  `FlowBox` lines them up like words, left to right (right to left in
  Arabic), wrapping onto a new line when the width runs out; its minimum
  is its widest widget.
- Height for width. A word-wrapped label or a `FlowLayout` answers
  `heightForWidth`, and a scroll area whose widget does so sizes it by its
  *preferred* height at the viewport's width (a `QStackedWidget`, as in a
  `QTabWidget`, even takes the tallest of all its pages): the tables' size
  hints then made a tab taller than the window, the vertical scrollbar took
  14 px of width, and the tab scrolled both ways. `FlowBox` reports the
  height of its lines at its current width as a plain minimum instead, and
  a `FittedPage` says it has no height for width, so the page is sized by
  its minimum and fills what the window gives; its own layout still gives
  each wrapped label the lines it needs. (`QSplitter` ignores height for
  width too, so a flow in a splitter pane needs the plain minimum anyway.)
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QWidget,
)


class FittedPage(QWidget):
    """A page that fills the space it is given (a sub-tab, a tab): it
    reports no height for width upwards (see the module's docstring)."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802  (Qt's name)
        return False


class VerticalScrollArea(QScrollArea):
    """A column of options that scrolls up and down, never sideways, and is
    never narrower than its content: so a tall column gives up height (the
    rest of the tab stays in view) without its widgets being cut on the
    side. Its minimum height is `min_height`."""

    def __init__(self, widget: QWidget, min_height: int = 120,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.min_height = min_height
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # a frame around controls, not a stop of the Tab key (it showed nothing)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # as tall as its content when there is room; what is below it follows
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setWidget(widget)
        # see-through, like the column it sits in (setWidget filled the widget)
        widget.setAutoFillBackground(False)
        self.viewport().setAutoFillBackground(False)

    def minimumSizeHint(self) -> QSize:  # noqa: N802  (Qt's name)
        widget = self.widget()
        width = widget.minimumSizeHint().width() if widget is not None else 0
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(width + bar + 2 * self.frameWidth(), self.min_height)

    def sizeHint(self) -> QSize:  # noqa: N802
        widget = self.widget()
        hint = widget.sizeHint() if widget is not None else QSize()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(hint.width() + bar + 2 * self.frameWidth(),
                     hint.height() + 2 * self.frameWidth())


class FlowLayout(QLayout):
    """Widgets in reading order, wrapped to the available width; each line's
    widgets are centred vertically, so a label sits level with buttons."""

    def __init__(self, parent: QWidget | None = None, spacing: int = -1,
                 vertical_spacing: int = -1):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._h_spacing = spacing
        self._v_spacing = vertical_spacing
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout's item list --------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802  (Qt's name)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # -- sizes ----------------------------------------------------------------------

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def sizeHint(self) -> QSize:  # noqa: N802
        """Everything on one line: what a box layout around it would like
        to give, when there is room."""
        visible = self._visible()
        margins = self.contentsMargins()
        width = sum(item.sizeHint().width() for item in visible)
        width += self._spacing(Qt.Orientation.Horizontal) * max(0, len(visible) - 1)
        height = max((item.sizeHint().height() for item in visible), default=0)
        return QSize(width + margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        """The widest widget, on one line: the narrowest the flow can go."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # -- placing --------------------------------------------------------------------

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def _visible(self) -> list[QLayoutItem]:
        # a hidden widget's item is empty: it takes no place in a line
        return [item for item in self._items if not item.isEmpty()]

    def _spacing(self, orientation: Qt.Orientation) -> int:
        own = self._h_spacing if orientation == Qt.Orientation.Horizontal else self._v_spacing
        if own >= 0:
            return own
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parent()
        if isinstance(parent, QLayout):
            return parent.spacing()
        if isinstance(parent, QWidget):
            metric = (QStyle.PixelMetric.PM_LayoutHorizontalSpacing
                      if orientation == Qt.Orientation.Horizontal
                      else QStyle.PixelMetric.PM_LayoutVerticalSpacing)
            return parent.style().pixelMetric(metric, None, parent)
        return 6

    @staticmethod
    def _grows(item: QLayoutItem) -> bool:
        """A widget that may be taller than it asks (a label) takes the line's
        height, so its own alignment centres it; a button keeps its height."""
        widget = item.widget()
        if widget is None:
            return False
        policy = widget.sizePolicy().verticalPolicy()
        return bool(policy.value & QSizePolicy.PolicyFlag.GrowFlag.value)

    def _direction(self) -> Qt.LayoutDirection:
        widget = self.parentWidget()
        return widget.layoutDirection() if widget is not None else Qt.LayoutDirection.LeftToRight

    def _arrange(self, rect: QRect, apply: bool) -> int:
        """Break the items into lines that fit `rect`'s width; place them when
        `apply`. Returns the height the lines take (margins included)."""
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        h_space = self._spacing(Qt.Orientation.Horizontal)
        v_space = self._spacing(Qt.Orientation.Vertical)
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = 0
        for item in self._visible():
            size = item.sizeHint().boundedTo(item.maximumSize()).expandedTo(item.minimumSize())
            size.setWidth(min(size.width(), max(area.width(), item.minimumSize().width())))
            if lines[-1] and x + h_space + size.width() > area.width():
                lines.append([])
                x = 0
            x += (h_space if lines[-1] else 0) + size.width()
            lines[-1].append((item, size))
        y = area.top()
        direction = self._direction()
        for number, line in enumerate(lines):
            if not line:
                continue
            if number:
                y += v_space
            height = max(size.height() for _item, size in line)
            x = area.left()
            for item, size in line:
                if apply:
                    top = y + (height - size.height()) // 2
                    if self._grows(item):
                        top, size = y, QSize(size.width(), height)
                    logical = QRect(QPoint(x, top), size)
                    item.setGeometry(QStyle.visualRect(direction, area, logical))
                x += size.width() + h_space
            y += height
        return y - area.top() + margins.top() + margins.bottom()


class FlowBox(QWidget):
    """A widget whose children flow (see `FlowLayout`), with a minimum
    height that is that of its lines at its current width."""

    def __init__(self, parent: QWidget | None = None, spacing: int = -1):
        super().__init__(parent)
        self.flow = FlowLayout(self, spacing)
        self._height = -1  # the lines' height last reported as the minimum

    def addWidget(self, widget: QWidget) -> None:  # noqa: N802  (as QLayout's)
        self.flow.addWidget(widget)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return False  # its minimum says it (see the module's docstring)

    def _lines_height(self) -> int:
        # before a layout has given it a width, as wide as it would like
        laid_out = self.testAttribute(Qt.WidgetAttribute.WA_Resized)
        width = self.width() if laid_out else self.flow.sizeHint().width()
        return self.flow.heightForWidth(width)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        self._height = self._lines_height()
        return QSize(self.flow.minimumSize().width(), self._height)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.flow.sizeHint().width(), self._lines_height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._lines_height() != self._height:
            self.updateGeometry()  # one line more or fewer: lay the parent out again


class WholeListComboBox(QComboBox):
    """A drop-down whose open list shows every item, without a scroll arrow.

    With the app's style the list drops below the field (app.qss:
    `combobox-popup: 0`) and Qt sizes it from `maxVisibleItems`, but the
    stylesheet's borders and roomier rows left it a few pixels short: the
    last status ("Withdrawn (2)") sat half behind a scroll arrow. Once open,
    the list is grown to its rows; if it opened above the field (near the
    screen's bottom) it grows upwards, so it never covers the field."""

    def showPopup(self) -> None:  # noqa: N802 (Qt API)
        super().showPopup()
        view = self.view()
        popup = view.window()
        missing = view.verticalScrollBar().maximum()
        if missing <= 0 or not popup.isVisible():
            return
        rows = sum(view.sizeHintForRow(row) for row in range(self.count()))
        grow = max(rows - view.viewport().height(), 0) + 2 * view.frameWidth()
        geometry = popup.geometry()
        field_top = self.mapToGlobal(QPoint(0, 0)).y()
        if geometry.top() < field_top:  # above the field: grow upwards
            geometry.setTop(geometry.top() - grow)
        else:
            geometry.setBottom(geometry.bottom() + grow)
        popup.setGeometry(geometry)
