"""Keyboard use of the main window (issue 21): Ctrl+F reaches the signatory
search wherever the focus is, Ctrl+1…4 put the focus inside the tab they
show, Tab leaves tables, F6 / Shift+F6 move between the panes, and Alt+C
belongs to the Campaign menu alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QTableView

from signon.store.campaigns import create_campaign
from signon.store.signatories import add_signatory


@pytest.fixture
def window(qtbot, db, main_window):
    with db.session() as s:
        cid = create_campaign(s, "Letter on surveillance").id
        for name in ("Access Now", "ARTICLE 19", "Derechos Digitales"):
            add_signatory(s, cid, name=name)
    main_window.refresh(select=cid)
    return main_window


def focused():
    return QApplication.focusWidget()


def test_ctrl_f_reaches_the_search_from_anywhere_while_signatories_show(qtbot, window):
    window.focus_tab(1)
    window.campaign_list.setFocus()
    qtbot.waitUntil(lambda: focused() is window.campaign_list)
    qtbot.keyClick(window.campaign_list, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is window.findChild(QLineEdit, "signatorySearch")
    window.focus_tab(0)  # another tab in view: Ctrl+F is not the signatory search's
    qtbot.keyClick(focused(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is not window.findChild(QLineEdit, "signatorySearch")


@pytest.mark.parametrize("index", [0, 1, 2, 3])
def test_ctrl_number_puts_the_focus_inside_the_tab(qtbot, window, index):
    window.campaign_list.setFocus()
    qtbot.keyClick(window.campaign_list, Qt.Key(Qt.Key.Key_1 + index),
                   Qt.KeyboardModifier.ControlModifier)
    assert window.tab_widget.currentIndex() == index
    assert window.tab(index).isAncestorOf(focused()), focused()


def test_tab_leaves_the_signatory_table(qtbot, window):
    window.focus_tab(1)
    table = window.findChild(QTableView, "signatoryTable")
    assert focused() is table  # the Signatories tab's main pane
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert focused() is table  # arrows move inside
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert focused() is not table


def test_f6_moves_between_the_panes_and_back(qtbot, window):
    window.focus_tab(0)
    tab = window.tab(0)
    window.campaign_list.setFocus()
    seen = []
    for _ in range(4):
        qtbot.keyClick(focused(), Qt.Key.Key_F6)
        widget = focused()
        seen.append(next((name for name, pane in (("list", window.campaign_list),
                                                  ("library", tab.library),
                                                  ("composer", tab.composer),
                                                  ("preview", tab.preview))
                          if widget is pane or pane.isAncestorOf(widget)), widget))
    assert seen == ["library", "composer", "preview", "list"]
    qtbot.keyClick(focused(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert tab.preview.isAncestorOf(focused()) or focused() is tab.preview


def test_alt_c_is_the_campaign_menu_only(window):
    heading = window.findChild(QLabel, "campaignListHeading")
    menus = [a.text() for a in window.menuBar().actions()]
    mnemonics = [t[t.index("&") + 1].lower() for t in menus if "&" in t]
    label = heading.text()
    assert label[label.index("&") + 1].lower() not in mnemonics
    assert len(set(mnemonics)) == len(mnemonics)


@pytest.mark.parametrize("language", ["es", "fr", "ar"])
def test_no_mnemonic_clash_in_translations(language):
    """The label's Alt key and the menus' differ in every interface language."""
    from PySide6.QtCore import QTranslator

    from signon.ui.i18n import qm_path

    translator = QTranslator()
    assert translator.load(str(qm_path(language)))

    def key(text: str) -> str:
        translated = translator.translate("MainWindow", text) or text
        return translated[translated.index("&") + 1].lower()

    menus = [key(t) for t in ("&File", "&Edit", "&Campaign", "&View", "&Help")]
    assert len(set(menus)) == len(menus)
    assert key("C&ampaigns") not in menus


def test_tab_never_stops_on_an_invisible_page(qtbot, window):
    """The tab pages and the Export options column are scroll areas: the Tab
    key stopped on them and showed nothing."""
    from PySide6.QtWidgets import QScrollArea

    window.focus_tab(3)
    start = focused()
    for _ in range(60):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        assert not isinstance(focused(), QScrollArea), focused().objectName()
        if focused() is start:
            break


def test_no_label_shows_a_literal_ampersand(window):
    """A label with a mnemonic needs a buddy, else it prints its "&"
    ("&Numbering" did, in English and Arabic)."""
    import re

    for index in range(window.tab_widget.count()):
        window.focus_tab(index)
    mnemonic = re.compile(r"&[^\s&;#]")
    orphans = [label.text() for label in window.findChildren(QLabel)
               if "<" not in label.text() and mnemonic.search(label.text())
               and label.buddy() is None]
    assert orphans == []
