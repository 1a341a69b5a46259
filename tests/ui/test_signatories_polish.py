"""The Signatories tab's finish (issue 21, "Minor"): the "Mark as" menu,
column widths and tooltips, Escape in the search box.
Driven through the real widgets by objectName."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QTableView,
    QTableWidget,
    QToolTip,
)

from signon.store.campaigns import create_campaign
from signon.store.signatories import add_signatory
from signon.ui.signatories.table_model import (
    COL_COUNTRY,
    COL_NAME,
    COL_STATUS,
    SignatoryTableModel,
)


@pytest.fixture
def campaign_id(db) -> int:
    with db.session() as s:
        c = create_campaign(s, "AI resolution")
        add_signatory(s, c.id, name="Asociación por los Derechos Civiles", acronym="ADC",
                      country="AR", status="endorsed", contact_name="Ana María González",
                      contact_email="ana.gonzalez@adc.org.ar")
        add_signatory(s, c.id, name="Access Now", country="US", status="invited")
        add_signatory(s, c.id, name="Hiperderecho", country="PE", status="prospect")
        add_signatory(s, c.id, name="KICTANet", country="KE", status="declined")
        add_signatory(s, c.id, name="Electronic Frontier Foundation of the Democratic "
                      "Republic of the Congo", country="CD", status="prospect")
        add_signatory(s, c.id, name="Derechos Digitales", country="CL",
                      status="needs_reconfirmation")  # the longest status
        return c.id


@pytest.fixture
def tab(qtbot, db, campaign_id):
    from signon.ui.signatories_tab import SignatoriesTab

    widget = SignatoriesTab(db)
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_campaign(campaign_id)
    qtbot.waitUntil(lambda: widget.model.rowCount() == 6)
    return widget


def _table(tab) -> QTableView:
    return tab.findChild(QTableView, "signatoryTable")


def _select(tab, *names: str) -> None:
    model = tab.model
    ids = [model.signatory_id(r) for r in range(model.rowCount())
           if model.index(r, COL_NAME).data() in names]
    assert len(ids) == len(names)
    tab.select_ids(ids)


# -- the model: what the menu and the widths read ----------------------------------------


def test_model_gives_the_statuses_of_rows_and_the_country_in_full(qapp):
    model = SignatoryTableModel()
    rows = [(1, "organisation", "Access Now", "", "US", "", "invited", None, None, "", "", 1),
            (2, "organisation", "KICTANet", "", "KE", "", "declined", None, None, "", "", 2),
            (3, "organisation", "Hiperderecho", "", "PE", "", "invited", None, None, "", "", 3)]
    model.set_rows(rows)
    assert model.statuses_of([0, 2]) == {"invited"}
    assert model.statuses_of(range(3)) == {"invited", "declined"}
    assert sorted(model.country_names()) == ["Kenya", "Peru", "United States"]
    assert model.index(1, COL_COUNTRY).data(Qt.ItemDataRole.ToolTipRole) == "Kenya (KE)"


# -- the "Mark as" menu --------------------------------------------------------------------


def _mark_as(tab) -> list[str]:
    menu = tab.build_context_menu()
    mark_as = next(a.menu() for a in menu.actions() if a.menu() is not None
                   and a.menu().objectName() == "markAsMenu")
    return [a.objectName() for a in mark_as.actions() if not a.isSeparator()]


def test_mark_as_offers_only_the_moves_the_workflow_allows(tab):
    _select(tab, "Access Now")  # invited
    assert _mark_as(tab) == ["status_remindedAction", "status_endorsedAction",
                             "status_declinedAction", "status_no_responseAction",
                             "correctStatusAction"]
    _select(tab, "KICTANet")  # declined: only a change of mind
    assert _mark_as(tab) == ["status_endorsedAction", "correctStatusAction"]
    # a mixed selection: every move one of them may make (the status change
    # applies the allowed ones and names the rows it refused)
    _select(tab, "KICTANet", "Hiperderecho")  # declined, prospect
    assert _mark_as(tab) == ["status_invitedAction", "status_endorsedAction",
                             "status_declinedAction", "correctStatusAction"]


# -- the search box ------------------------------------------------------------------------


def test_escape_clears_the_search_and_its_filter(tab, qtbot):
    search = tab.findChild(QLineEdit, "signatorySearch")
    search.setFocus()
    QTest.keyClicks(search, "kict")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    QTest.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == ""
    qtbot.waitUntil(lambda: tab.model.rowCount() == 6)


# -- column widths and tooltips ------------------------------------------------------------


def _elided(table: QTableView, row: int, col: int) -> bool:
    index = table.model().index(row, col)
    return table.sizeHintForIndex(index).width() > table.columnWidth(col)


@pytest.fixture
def arabic(qapp):
    from signon.ui import i18n

    yield lambda: i18n.install(qapp, "ar")
    i18n.uninstall(qapp)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_status_and_country_are_readable_in_a_narrow_table(qtbot, db, campaign_id, arabic,
                                                            language):
    """At 1100×720 the main window leaves the tab about 820 pixels, the side
    panel a third: the status ("مرشّح للدعوة" was cut to "مر…") and the
    country still show whole, the name stretching into what is left."""
    from PySide6.QtWidgets import QHeaderView

    from signon.ui.signatories_tab import SignatoriesTab

    if language == "ar":
        arabic()
    tab = SignatoriesTab(db)
    qtbot.addWidget(tab)
    tab.resize(820, 720)
    tab.show()
    qtbot.waitExposed(tab)
    tab.set_campaign(campaign_id)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 6)
    table = _table(tab)
    assert table.horizontalHeader().sectionResizeMode(COL_NAME) == QHeaderView.ResizeMode.Stretch
    for row in range(tab.model.rowCount()):
        assert not _elided(table, row, COL_STATUS), tab.model.index(row, COL_STATUS).data()
        if tab.model.row_tuple(row)[4] != "CD":  # "Congo - Kinshasa" may be elided
            assert not _elided(table, row, COL_COUNTRY), tab.model.index(row, COL_COUNTRY).data()
    assert table.columnWidth(COL_NAME) >= 120
    # the side panel, a third of the tab, shows the contact's address whole
    _select(tab, "Asociación por los Derechos Civiles")
    contacts = tab.findChild(QTableWidget, "contactsTable")
    qtbot.waitUntil(lambda: contacts.rowCount() == 1)
    email = contacts.item(0, 0)
    assert email.text() == "ana.gonzalez@adc.org.ar"
    assert contacts.sizeHintForIndex(contacts.indexFromItem(email)).width() \
        <= contacts.columnWidth(0) <= contacts.viewport().width()
    assert contacts.horizontalScrollBar().value() == 0


def _tooltip_at(table: QTableView, row: int, col: int) -> str:
    QToolTip.hideText()
    rect = table.visualRect(table.model().index(row, col))
    pos = rect.center()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, table.viewport().mapToGlobal(pos))
    QApplication.sendEvent(table.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_an_elided_cell_shows_its_whole_text_as_tooltip(tab, qtbot):
    table = _table(tab)
    row = next(r for r in range(tab.model.rowCount())
               if tab.model.index(r, COL_NAME).data() == "Hiperderecho")
    assert _tooltip_at(table, row, COL_STATUS) == ""  # shown whole: nothing to add
    table.horizontalHeader().resizeSection(COL_STATUS, 40)  # as a drag does
    assert _elided(table, row, COL_STATUS)
    assert _tooltip_at(table, row, COL_STATUS) == "Prospect"
    # the name and the country say more than the cell, elided or not
    assert _tooltip_at(table, row, COL_COUNTRY) == "Peru (PE)"


def test_column_widths_set_by_dragging_are_remembered(tab, qtbot, db, campaign_id):
    from PySide6.QtGui import QAction

    from signon.ui.signatories_tab import SignatoriesTab

    table = _table(tab)
    fitted = table.columnWidth(COL_COUNTRY)
    table.horizontalHeader().resizeSection(COL_COUNTRY, fitted + 57)  # as a drag does
    tab.resize(1000, 720)  # the table fits its columns again: the drag stays
    qtbot.waitUntil(lambda: table.viewport().width() < 700)
    assert table.columnWidth(COL_COUNTRY) == fitted + 57
    tab.column_memory.save()  # what the drag's timer does

    again = SignatoriesTab(db)  # the next start
    qtbot.addWidget(again)
    again.resize(1100, 720)
    again.show()
    again.set_campaign(campaign_id)
    qtbot.waitUntil(lambda: again.model.rowCount() == 6)
    assert _table(again).columnWidth(COL_COUNTRY) == fitted + 57
    header = _table(again).horizontalHeader()
    header.findChild(QAction, "resetColumnWidthsAction").trigger()
    assert _table(again).columnWidth(COL_COUNTRY) == fitted

    later = SignatoriesTab(db)
    qtbot.addWidget(later)
    later.resize(1100, 720)
    later.show()
    later.set_campaign(campaign_id)
    qtbot.waitUntil(lambda: later.model.rowCount() == 6)
    assert _table(later).columnWidth(COL_COUNTRY) == fitted
