"""Help → User guide and Keyboard shortcuts, Edit → Cut, Copy, Paste, Select
All and Find (issue 21)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QTableView, QTextBrowser

from signon import config
from signon.store.campaigns import create_campaign
from signon.store.signatories import add_signatory
from signon.ui.help import DEVELOPER_PAGES, GUIDE_PAGES

ROOT = Path(__file__).resolve().parents[2]
NATIVE = QKeySequence.SequenceFormat.NativeText


@pytest.fixture
def window(qtbot, db, main_window):
    with db.session() as s:
        cid = create_campaign(s, "Letter on surveillance").id
        for name in ("Access Now", "ARTICLE 19", "Derechos Digitales"):
            add_signatory(s, cid, name=name, country="BR")
    main_window.refresh(select=cid)
    return main_window


def action(window, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


# -- the user guide ---------------------------------------------------------------------


def test_every_doc_is_in_the_guide_or_kept_for_developers():
    pages = {path.name for path in (ROOT / "docs").glob("*.md")}
    assert pages == set(GUIDE_PAGES) | set(DEVELOPER_PAGES)


def test_the_guide_ships_as_package_data():
    """The docs are found through signon.resources (a wheel carries them:
    pyproject's package data), not through the source tree."""
    guide = config.RESOURCES / "docs"
    for name in GUIDE_PAGES:
        assert (guide / name).is_file(), name
    import tomllib

    data = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    patterns = data["tool"]["setuptools"]["package-data"]["signon.resources"]
    assert "docs/*.md" in patterns and "docs/images/*" in patterns


def test_help_user_guide_shows_the_tour_and_follows_links(qtbot, window):
    action(window, "userGuideAction").trigger()
    dialog = window.user_guide
    qtbot.waitExposed(dialog)
    topics = dialog.findChild(QListWidget, "guideTopics")
    browser = dialog.findChild(QTextBrowser, "guideBrowser")
    assert topics.count() == len(GUIDE_PAGES)
    assert topics.currentItem().text() == "A tour of the main window"
    text = browser.toPlainText()
    assert "A tour of the main window" in text
    assert "# " not in text.splitlines()[0]  # rendered, not shown as Markdown source
    topics.setCurrentRow(GUIDE_PAGES.index("importing.md"))
    assert dialog.shown_page() == "importing.md"
    assert "Importing signatories" in browser.toPlainText()
    # a link from one page to another opens it in the viewer and follows the list
    browser.setSource(browser.source().resolved("signatories.md"))
    assert dialog.shown_page() == "signatories.md"
    assert topics.currentItem().text() == "Signatories"
    # F1 brings the same viewer back
    dialog.hide()
    assert action(window, "userGuideAction").shortcut() == QKeySequence(
        QKeySequence.StandardKey.HelpContents)
    action(window, "userGuideAction").trigger()
    assert window.user_guide is dialog and dialog.isVisible()


# -- keyboard shortcuts -------------------------------------------------------------------


def test_keyboard_shortcuts_lists_the_keys_the_window_really_has(qtbot, window):
    action(window, "keyboardShortcutsAction").trigger()
    dialog = window.shortcuts_dialog
    qtbot.waitExposed(dialog)
    rows = {(s.keys, s.where) for s in dialog.shortcuts}
    keys = {s.keys for s in dialog.shortcuts}

    def native(text):
        return QKeySequence(text).toString(NATIVE)

    for key in ("Ctrl+F", "Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "F6", "Shift+F6",
                "Alt+A", "Ctrl+L", "Ctrl+E", "Ctrl+Shift+S"):
        assert native(key) in keys, key
    assert (native("Ctrl+F"), "Signatories") in rows  # the signatory search, in its tab
    assert (native("Ctrl+E"), "Export") in rows
    assert (native("Alt+A"), "Everywhere") in rows  # the campaign list's label
    # an action in a tab's pop-up menu counts as the tab's
    assert (native("Ctrl+Shift+Return"), "Statement") in rows
    undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(NATIVE)
    assert any(s.keys == undo for s in dialog.shortcuts)
    # built from the actions: a key added to one shows up, with what it does
    extra = QAction("Shout", window)
    extra.setShortcut(QKeySequence("Ctrl+Alt+Y"))
    extra.setStatusTip("Say it loudly")
    window.addAction(extra)
    action(window, "keyboardShortcutsAction").trigger()
    assert any(s.keys == native("Ctrl+Alt+Y") and (s.command, s.does) == (
        "Shout", "Say it loudly") for s in window.shortcuts_dialog.shortcuts)
    tree = window.shortcuts_dialog.tree
    assert tree.topLevelItem(0).text(0) == "Everywhere"
    assert tree.topLevelItemCount() >= 4


# -- Edit menu --------------------------------------------------------------------------


def edit_states(window) -> dict[str, bool]:
    window.edit_menu.aboutToShow.emit()
    return {name: action(window, name).isEnabled()
            for name in ("cutAction", "copyAction", "pasteAction", "selectAllAction",
                         "findAction")}


def test_edit_actions_on_a_line_edit(qtbot, window):
    window.focus_tab(1)
    search = window.findChild(QLineEdit, "signatorySearch")
    search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search)
    QGuiApplication.clipboard().setText("Access")
    states = edit_states(window)
    assert states == {"cutAction": False, "copyAction": False, "pasteAction": True,
                      "selectAllAction": False, "findAction": True}
    action(window, "pasteAction").trigger()
    assert search.text() == "Access"
    assert action(window, "selectAllAction").isEnabled()
    action(window, "selectAllAction").trigger()
    assert search.selectedText() == "Access"
    assert action(window, "cutAction").isEnabled()
    action(window, "cutAction").trigger()
    assert search.text() == "" and QGuiApplication.clipboard().text() == "Access"


def test_copy_and_select_all_in_the_signatory_table(qtbot, window):
    window.focus_tab(1)
    table = window.findChild(QTableView, "signatoryTable")
    qtbot.waitUntil(lambda: table.model().rowCount() == 3)
    table.setFocus()
    table.clearSelection()
    states = edit_states(window)
    assert not states["copyAction"] and not states["cutAction"] and not states["pasteAction"]
    assert states["selectAllAction"]
    table.selectRow(0)
    assert action(window, "copyAction").isEnabled()  # follows the selection at once
    action(window, "copyAction").trigger()
    copied = QGuiApplication.clipboard().text()
    assert copied.count("\n") == 0 and "\t" in copied
    action(window, "selectAllAction").trigger()
    action(window, "copyAction").trigger()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert len(lines) == 3
    shown = [c for c in range(table.model().columnCount()) if not table.isColumnHidden(c)]
    assert all(line.count("\t") == len(shown) - 1 for line in lines)
    assert any("ARTICLE 19" in line for line in lines)
    assert any("Derechos Digitales" in line for line in lines)


def test_find_goes_to_the_search_of_the_tab_in_view(qtbot, window):
    window.focus_tab(1)
    window.campaign_list.setFocus()
    edit_states(window)
    find = action(window, "findAction")
    assert find.isEnabled()
    assert find.text().endswith("\t" + QKeySequence("Ctrl+F").toString(NATIVE))
    assert not find.shortcut().toString()  # the key stays the tab's: no ambiguity
    find.trigger()
    assert QApplication.focusWidget() is window.findChild(QLineEdit, "signatorySearch")
    # Ctrl+F still works (one action owns the key)
    window.campaign_list.setFocus()
    qtbot.keyClick(window.campaign_list, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.findChild(QLineEdit, "signatorySearch")
    window.focus_tab(3)  # Export: nothing to search
    assert not edit_states(window)["findAction"]
