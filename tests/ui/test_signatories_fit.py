"""The Signatories tab in the default 1100×720 window, English and Arabic
(issue 21, the second look): where a cut-short name puts its "…", the
details panel's buttons and contacts, the status filter's list, and the
share of the table's width the name gets. Driven on the real window with the
application's stylesheet, through widgets found by objectName."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QToolButton,
    QWidget,
)

from signon.store.campaigns import create_campaign
from signon.store.signatories import add_signatory
from signon.ui import i18n
from signon.ui.column_widths import CELL_TEXT_PADDING
from signon.ui.style import stylesheet

ELLIPSIS = "…"

SIGNATORIES = (
    # name, acronym, country, status, contact person, contact address
    ("Association for Progressive Communications", "APC", "ZA", "endorsed",
     "Anriette Esterhuysen", "anriette@apc.org"),
    ("Panoptykon Foundation", "", "PL", "invited",
     "Katarzyna Szymielewicz", "katarzyna@panoptykon.org"),
    ("Fundacja Panoptykon", "", "PL", "withdrawn", "", ""),
    ("Electronic Frontier Foundation", "EFF", "US", "declined", "", ""),
    ("Access Now", "", "US", "reminded", "", ""),
    ("KICTANet", "", "KE", "no_response", "", ""),
    ("Privacy International", "PI", "GB", "withdrawn", "", ""),
    ("Hiperderecho", "", "PE", "prospect", "", ""),
    ("الجمعية العربية لحقوق الإنسان", "", "EG", "endorsed", "", ""),
)


@pytest.fixture
def campaign_id(db) -> int:
    with db.session() as s:
        c = create_campaign(s, "Joint statement on surveillance")
        for name, acronym, country, status, person, email in SIGNATORIES:
            add_signatory(s, c.id, name=name, acronym=acronym, country=country,
                          status=status, contact_name=person, contact_email=email)
        return c.id


def settle(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(20)


@pytest.fixture(params=["en", "ar"])
def language(request, qapp):
    i18n.install(qapp, request.param)
    yield request.param
    i18n.uninstall(qapp)


@pytest.fixture
def tab(language, qtbot, db, campaign_id, answers):
    """The Signatories tab of the main window at 1100×720, its rows read."""
    from signon.ui.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    window.setStyleSheet(stylesheet())
    window.resize(1100, 720)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.is_ready)
    window.tab_widget.setCurrentIndex(1)
    tab = window.tab(1)
    qtbot.waitUntil(lambda: tab.model.rowCount() == len(SIGNATORIES))
    settle(qtbot)
    return tab


def _row(tab, name: str) -> int:
    return next(r for r in range(tab.model.rowCount()) if tab.model.index(r, 0).data() == name)


def _select(tab, qtbot, name: str) -> None:
    tab.select_ids([tab.model.signatory_id(_row(tab, name))])
    settle(qtbot)


# -- 1. the "…" of a cut-short name ------------------------------------------------------


def _shown_text(table: QTableView, row: int, col: int) -> str:
    """A cell's text as the table draws it: what its delegate hands the
    style, elided to the column's width."""
    index = table.model().index(row, col)
    option = QStyleOptionViewItem()
    option.initFrom(table.viewport())
    table.itemDelegateForIndex(index).initStyleOption(option, index)
    return option.fontMetrics.elidedText(option.text, Qt.TextElideMode.ElideRight,
                                         table.columnWidth(col) - CELL_TEXT_PADDING)


def _x(text: str, position: int, direction: Qt.LayoutDirection, font) -> float:
    """The middle of the character at `position`, laid out in a paragraph of
    `direction` (as a cell of the table is)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    return layout.glyphRuns(position, 1)[0].boundingRect().center().x()


def test_a_cut_short_name_ends_in_an_ellipsis_where_its_text_ends(tab, qtbot, language):
    """Arabic: "Association for Progres…", not "…Association for Progres";
    English: an Arabic name's "…" on its left, where Arabic text ends."""
    table = tab.findChild(QTableView, "signatoryTable")
    direction = table.layoutDirection()
    splitter = tab.findChild(QSplitter, "signatoriesSplitter")
    total = sum(splitter.sizes())
    splitter.setSizes([340, total - 340])  # a narrow table: the name column cut short
    settle(qtbot)
    assert table.columnWidth(0) < 170
    for name, latin in (("Association for Progressive Communications", True),
                        ("الجمعية العربية لحقوق الإنسان", False)):
        row = _row(tab, name)
        text = _shown_text(table, row, 0)
        assert ELLIPSIS in text, text
        first = next(i for i, ch in enumerate(text) if ch.isalpha())
        ellipsis_x = _x(text, text.index(ELLIPSIS), direction, table.font())
        first_x = _x(text, first, direction, table.font())
        if latin:
            assert ellipsis_x > first_x, (language, text)
        else:
            assert ellipsis_x < first_x, (language, text)


# -- 2. the "Mark as" buttons of the details panel -----------------------------------------


def _inside(widget, area) -> bool:
    """`widget` is whole inside `area`'s visible rectangle."""
    top_left = widget.mapTo(area, widget.rect().topLeft())
    return area.rect().contains(QRect(top_left, widget.size()))


def test_the_mark_as_buttons_wrap_inside_the_details_panel(tab, qtbot):
    _select(tab, qtbot, "Panoptykon Foundation")  # invited: four moves, and Correct…
    scroll = tab.findChild(QScrollArea, "detailsScroll")
    shown = [b for b in tab.findChild(QWidget, "nextStatusButtons").findChildren(QPushButton)
             if b.isVisible()]
    assert [b.objectName() for b in shown] == [
        "nextStatus_reminded", "nextStatus_endorsed", "nextStatus_declined",
        "nextStatus_no_response", "correctStatusButton"]
    for button in shown:
        assert _inside(button, scroll.viewport()), button.objectName()
        assert button.width() >= button.sizeHint().width(), button.objectName()  # not squeezed
    assert not scroll.horizontalScrollBar().isVisible()
    # a wider panel puts them back on fewer lines
    lines = len({b.y() for b in shown})
    assert lines > 1
    splitter = tab.findChild(QSplitter, "signatoriesSplitter")
    total = sum(splitter.sizes())
    splitter.setSizes([total - 560, 560])
    settle(qtbot)
    assert len({b.y() for b in shown}) < lines
    for button in shown:
        assert _inside(button, scroll.viewport()), button.objectName()


# -- 3. the private contacts -------------------------------------------------------------


def test_the_contact_columns_fit_the_details_panel(tab, qtbot):
    """The columns side by side in the panel, in order of importance, the
    address and the person's headers whole, never scrolling sideways
    ("Pers…" and, in Arabic, a horizontal scrollbar); the empty phone and
    notes step aside while the panel is narrow and come back when it is
    widened."""
    _select(tab, qtbot, "Panoptykon Foundation")
    contacts = tab.findChild(QTableWidget, "contactsTable")
    qtbot.waitUntil(lambda: contacts.rowCount() == 1)
    settle(qtbot)

    def check_fits() -> list[int]:
        header = contacts.horizontalHeader()
        viewport = contacts.viewport().width()
        shown = [c for c in range(4) if not contacts.isColumnHidden(c)]
        assert not contacts.horizontalScrollBar().isVisible()
        assert sum(contacts.columnWidth(c) for c in shown) <= viewport
        for col in shown:
            assert header.sectionViewportPosition(col) >= 0
            assert header.sectionViewportPosition(col) + header.sectionSize(col) <= viewport
        for col in (0, 1):  # the address and the person, first in line, and their header
            assert col in shown
            assert header.sectionSize(col) >= header.sectionSizeFromContents(col).width(), \
                contacts.horizontalHeaderItem(col).text()
        return shown

    check_fits()
    # a wider panel shows every column, the address and the person whole
    splitter = tab.findChild(QSplitter, "signatoriesSplitter")
    total = sum(splitter.sizes())
    splitter.setSizes([total - 560, 560])
    settle(qtbot)
    assert check_fits() == [0, 1, 2, 3]
    for col, text in ((0, "katarzyna@panoptykon.org"), (1, "Katarzyna Szymielewicz")):
        item = contacts.item(0, col)
        assert item.text() == text
        assert contacts.sizeHintForIndex(contacts.indexFromItem(item)).width() \
            <= contacts.columnWidth(col), text


# -- 4. the status filter's list -------------------------------------------------------


def test_the_status_filter_lists_every_status_below_itself(tab, qtbot):
    combo = tab.findChild(QComboBox, "statusFilter")
    assert combo.count() == 9  # all statuses, then each status
    assert combo.itemText(8).startswith(("Withdrawn (2)", "انسحب"))
    combo.showPopup()
    try:
        view = combo.view()
        popup = view.window()
        qtbot.waitUntil(popup.isVisible)
        settle(qtbot)
        # every row whole, no scrolling
        assert view.verticalScrollBar().maximum() == 0
        for row in range(combo.count()):
            rect = view.visualRect(combo.model().index(row, 0))
            assert view.viewport().rect().contains(rect), combo.itemText(row)
            assert rect.height() >= view.fontMetrics().height() + 6  # easy to aim at
        # below the drop-down (or above it), not over it
        field = QRect(combo.mapToGlobal(combo.rect().topLeft()), combo.size())
        shown = popup.frameGeometry()
        assert shown.top() >= field.bottom() or shown.bottom() <= field.top(), (shown, field)
    finally:
        combo.hidePopup()


# -- 5. the name's share of the table ------------------------------------------------------


def _elided(table: QTableView, row: int, col: int) -> bool:
    index = table.model().index(row, col)
    return table.sizeHintForIndex(index).width() > table.columnWidth(col)


def test_the_name_gets_the_width_the_other_columns_do_not_need(tab, qtbot):
    """With the details panel open the status column is as wide as the
    statuses the campaign has (none "needs reconfirmation" here), the date
    steps aside (the panel shows it) and the name takes the rest:
    "Panoptykon Foundation" whole, not "Panoptykon Fou…"."""
    from signon.ui.labels import status_label
    from signon.ui.signatories.table_model import COL_DATE, COL_NAME, COL_STATUS

    table = tab.findChild(QTableView, "signatoryTable")
    _select(tab, qtbot, "Panoptykon Foundation")
    assert tab.details.isVisible()
    for row in range(tab.model.rowCount()):
        assert not _elided(table, row, COL_STATUS), tab.model.index(row, COL_STATUS).data()
    longest_absent = table.fontMetrics().horizontalAdvance(status_label("needs_reconfirmation"))
    assert table.columnWidth(COL_STATUS) < longest_absent + 40  # its text, the dot, padding
    assert table.isColumnHidden(COL_DATE)
    assert table.columnWidth(COL_NAME) >= 200
    for name in ("Panoptykon Foundation", "Electronic Frontier Foundation",
                 "Privacy International"):
        assert not _elided(table, _row(tab, name), COL_NAME), name
    # without the panel, the date comes back beside the name
    toggle = tab.findChild(QToolButton, "detailsToggle")
    toggle.click()
    settle(qtbot)
    assert not tab.details.isVisible()
    assert not table.isColumnHidden(COL_DATE)
    assert table.columnWidth(COL_NAME) >= 200
