"""Every tab fits the default 1100×720 window, in English and in Arabic (right
to left): nothing scrolls sideways, and no button or drop-down is cut off by
the window's edge.

At that size the Outreach tab used to need a horizontal scrollbar: its
placeholder chips sat on one row, the preview's drop-down was as wide as the
longest signatory name, the button rows were wider than the window, and the
tables' columns added up to more than their width. The checks run on the
real window with the application's stylesheet (it sets the heights and
paddings of controls) on the demo campaign, every tab and every page of the
Outreach tab.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QPushButton,
    QTabWidget,
    QWidget,
)

from signon.domain.message_templates import PLACEHOLDERS
from signon.ui import i18n
from signon.ui.style import stylesheet

DEFAULT_SIZE = (1100, 720)  # MainWindow's first size

#: Scroll areas allowed to scroll sideways, by objectName, with the reason.
#: None today: every table fits its columns to its width (names and
#: addresses are elided, and shown whole in a tooltip).
MAY_SCROLL_SIDEWAYS: dict[str, str] = {}


@pytest.fixture(params=["en", "ar"])
def window(request, qtbot, qapp, db, answers):
    """The main window at its default size on the demo campaign, in the
    language of the parameter; the language is taken out afterwards."""
    from signon.exchange.demo import load_demo
    from signon.ui.main_window import MainWindow

    with db.session() as session:
        load_demo(session)
    i18n.install(qapp, request.param)
    try:
        win = MainWindow(db)
        qtbot.addWidget(win)
        win.setStyleSheet(stylesheet())  # on this window only: other tests keep the plain look
        win.resize(*DEFAULT_SIZE)
        win.show()
        qtbot.waitExposed(win)
        if hasattr(win, "is_ready"):  # a window that opens its database after its first paint
            qtbot.waitUntil(win.is_ready)
        assert win.campaign_id is not None
        yield win
    finally:
        i18n.uninstall(qapp)


def settle(qtbot) -> None:
    """Let the posted layout requests run (a wrapped row asks for a new
    layout after the first one gave it its width)."""
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(20)


def sideways_scrollbars(page: QWidget) -> list[str]:
    areas = [page] if isinstance(page, QAbstractScrollArea) else []
    areas += page.findChildren(QAbstractScrollArea)
    return [f"{type(area).__name__} {area.objectName()!r}" for area in areas
            if area.isVisible() and area.horizontalScrollBar().isVisible()
            and area.objectName() not in MAY_SCROLL_SIDEWAYS]


def scroll_parent(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def cut_off(widget: QWidget, window: QWidget) -> str | None:
    """Which ancestor hides part of `widget`, if any. One pixel is let go:
    right to left, QSplitter puts its first pane one pixel past its edge
    (Qt's own arithmetic, whatever the panes hold)."""
    rect = rect_in(widget, window).adjusted(1, 1, -1, -1)
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if not rect_in(parent, window).contains(rect):
            return f"{type(parent).__name__} {parent.objectName()!r}"
        parent = parent.parentWidget()
    return None if window.rect().contains(rect) else "the window"


def cut_off_controls(page: QAbstractScrollArea, window: QWidget) -> list[str]:
    """Buttons and drop-downs of the page that its edges cut. Those inside a
    scroll area of their own (an options column that scrolls up and down,
    a list) are left out: they scroll into view within it."""
    controls = page.findChildren(QAbstractButton) + page.findChildren(QComboBox)
    out = []
    for control in controls:
        if not control.isVisible() or scroll_parent(control) is not page:
            continue
        hider = cut_off(control, window)
        if hider:
            out.append(f"{control.objectName() or control.text()!r} by {hider}")
    return out


def pages(window):
    """(name, page) for every tab, and for every page of a tab that has
    pages of its own (Outreach), each shown in turn as a person would."""
    tabs = window.tab_widget
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        page = tabs.widget(index)
        inner = page.findChild(QTabWidget)
        if inner is None:
            yield tabs.tabText(index), page
            continue
        for sub in range(inner.count()):
            inner.setCurrentIndex(sub)
            yield f"{tabs.tabText(index)} › {inner.tabText(sub)}", page


def test_no_tab_scrolls_sideways_or_cuts_controls(window, qtbot):
    seen = 0
    for name, page in pages(window):
        settle(qtbot)
        assert not sideways_scrollbars(page), (name, sideways_scrollbars(page))
        assert not cut_off_controls(page, window), (name, cut_off_controls(page, window))
        seen += 1
    assert seen == 9  # Statement, Signatories, Outreach's five pages, Export's two


def test_placeholder_chips_are_in_view(window, qtbot):
    from signon.ui.outreach_tab import OutreachTab

    tabs = window.tab_widget
    page = window.findChild(QAbstractScrollArea, "outreachPage")
    tabs.setCurrentWidget(page)
    settle(qtbot)
    outreach = page.findChild(OutreachTab)
    outreach.pages.setCurrentIndex(0)
    settle(qtbot)
    panel = outreach.templates
    for name in PLACEHOLDERS:
        chip = panel.findChild(QPushButton, f"insert_{name}")
        assert chip is not None and chip.isVisible(), name
        assert cut_off(chip, window) is None, (name, cut_off(chip, window))
    for widget in (panel.body, panel.preview, panel.save_button):
        assert widget.isVisible() and cut_off(widget, window) is None, widget.objectName()
    # the preview has room for a message, not three lines
    assert panel.preview.height() >= 250, panel.preview.height()


def test_long_columns_give_way_and_elided_cells_show_their_text(qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QToolTip

    from signon.ui.outreach.tables import ELASTIC_MIN_WIDTH, fit_columns

    long_name = "Asociación por los Derechos Civiles y la Transparencia Digital"
    table = QTableWidget(1, 3)
    qtbot.addWidget(table)
    for col, text in enumerate((long_name, "someone@an-address-that-goes-on.example.org", "ok")):
        table.setItem(0, col, QTableWidgetItem(text))
    table.resize(420, 200)
    table.show()
    qtbot.waitExposed(table)
    fit_columns(table, elastic=(0, 1))
    settle(qtbot)
    assert not table.horizontalScrollBar().isVisible()
    assert ELASTIC_MIN_WIDTH <= table.columnWidth(0) < table.fontMetrics().horizontalAdvance(
        long_name)

    # the short cell has no tooltip; the squeezed name shows whole in one
    viewport = table.viewport()
    for col, expected in ((2, ""), (0, long_name)):
        point = table.visualRect(table.model().index(0, col)).center()
        QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, point,
                                                    viewport.mapToGlobal(point)))
        assert (QToolTip.text() if QToolTip.isVisible() else "") == expected
    QToolTip.hideText()

    table.resize(1400, 200)  # room again: the columns get their width back
    settle(qtbot)
    assert table.columnWidth(0) >= table.fontMetrics().horizontalAdvance(long_name)


def test_columns_are_measured_on_a_sample_of_a_long_table(qtbot):
    """A few rows are sized exactly as resizeColumnsToContents sizes them; a
    50,000-row table is measured on MEASURED_ROWS of its rows, not the
    thousand resizeColumnsToContents read (0.1 s of a frozen window, issue 22)."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QTableView, QTableWidget, QTableWidgetItem

    from signon.ui.outreach.tables import MEASURED_ROWS, content_widths, fit_columns

    texts = ("Asociación por los Derechos Civiles", "x", "", "مرصد الحقوق الرقمية",
             "someone@an-address-that-goes-on.example.org", "田中 美咲")
    small = QTableWidget(9, 3)
    qtbot.addWidget(small)
    small.setHorizontalHeaderLabels(["Name", "A rather long header", "Address"])
    for row in range(9):
        for col in range(3):
            item = QTableWidgetItem(texts[(row + col) % len(texts)] * (1 + row % 2))
            if col == 0:
                item.setCheckState(Qt.CheckState.Checked)
            small.setItem(row, col, item)
    measured = content_widths(small)
    small.resizeColumnsToContents()
    assert measured == [small.columnWidth(col) for col in range(3)]

    class Rows(QAbstractTableModel):
        def __init__(self):
            super().__init__()
            self.asked: set[int] = set()

        def rowCount(self, parent=QModelIndex()):  # noqa: B008
            return 0 if parent.isValid() else 50_000

        def columnCount(self, parent=QModelIndex()):  # noqa: B008
            return 0 if parent.isValid() else 3

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            self.asked.add(index.row())
            return texts[index.row() % len(texts)]

    model = Rows()
    big = QTableView()
    qtbot.addWidget(big)
    big.setModel(model)
    fit_columns(big)
    assert len(model.asked) <= MEASURED_ROWS
    assert max(model.asked) > 49_000  # spread over the table, not its first rows
    widest = max(big.fontMetrics().horizontalAdvance(text) for text in texts)
    assert big.columnWidth(0) >= widest
