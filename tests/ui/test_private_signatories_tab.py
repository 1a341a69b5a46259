"""Marking signatories "do not publish" in the Signatories tab (issue 19),
through the real widgets by objectName: the context menu's action for a
selection, the side panel's check box, the padlock and its tooltip in the
table, the notice's Undo and Edit → Undo, each checked against the store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QMenu, QPushButton

from signon.store.campaigns import create_campaign
from signon.store.models import Signatory
from signon.store.signatories import add_signatory, events, set_private
from signon.ui.signatories.table_model import COL_NAME


@pytest.fixture
def campaign_id(db) -> int:
    with db.session() as s:
        cid = create_campaign(s, "AI resolution").id
        add_signatory(s, cid, name="Access Now", country="US", status="endorsed")
        add_signatory(s, cid, name="Hiperderecho", country="PE", status="endorsed")
        add_signatory(s, cid, name="Karim Haddad", kind="individual", country="SY",
                      status="endorsed")
    return cid


def signatories_tab(window, qtbot, campaign_id):
    window.refresh(select=campaign_id)
    window.tab_widget.setCurrentIndex(1)
    tab = window.tab(1)
    qtbot.waitUntil(lambda: tab.model.total > 0)
    return tab


def ids_of(tab, *names: str) -> list[int]:
    from signon.ui.signatories.table_model import NAME

    found = {tab.model.row_tuple(r)[NAME]: tab.model.signatory_id(r)
             for r in range(tab.model.rowCount())}
    return [found[n] for n in names]


def stored_private(db, *ids: int) -> list[bool]:
    with db.session() as s:
        return [s.get(Signatory, sid).private for sid in ids]


def name_cell(tab, sid: int):
    return tab.model.index(tab.model.row_of_id(sid), COL_NAME)


def test_the_context_menu_marks_the_selection_and_the_table_shows_it(
        main_window, db, qtbot, campaign_id):
    tab = signatories_tab(main_window, qtbot, campaign_id)
    ids = ids_of(tab, "Access Now", "Karim Haddad")
    tab.select_ids(ids)
    menu = tab.build_context_menu()
    action = next(a for a in menu.actions() if a.objectName() == "doNotPublishAction")
    assert action.isEnabled() and not action.isChecked()
    action.trigger()
    assert stored_private(db, *ids) == [True, True]
    with db.session() as s:
        assert events(s, ids[0])[-1].note == "marked 'do not publish'"
    # a padlock and a tooltip by each marked name, none by the others
    for sid in ids:
        assert name_cell(tab, sid).data(Qt.ItemDataRole.DecorationRole) is not None
        assert "Do not publish" in name_cell(tab, sid).data(Qt.ItemDataRole.ToolTipRole)
    [other] = ids_of(tab, "Hiperderecho")
    assert name_cell(tab, other).data(Qt.ItemDataRole.DecorationRole) is None
    notice = tab.findChild(QLabel, "noticeBar")
    assert "2 signatories marked “do not publish”" in notice.text()
    # every selected one marked: the action is ticked, and takes the mark off
    tab.select_ids(ids)
    assert tab.private_action.isChecked()
    tab.private_action.trigger()
    assert stored_private(db, *ids) == [False, False]
    assert name_cell(tab, ids[0]).data(Qt.ItemDataRole.DecorationRole) is None


def test_the_side_panel_box_and_its_undo(main_window, db, qtbot, campaign_id):
    tab = signatories_tab(main_window, qtbot, campaign_id)
    [sid] = ids_of(tab, "Karim Haddad")
    tab.select_ids([sid])
    box = tab.findChild(QCheckBox, "doNotPublishBox")
    assert box.isVisible() and not box.isChecked()
    # on its square, where a person clicks
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert stored_private(db, sid) == [True]
    assert box.isChecked()
    assert main_window.undo_action.isEnabled()
    assert "“do not publish”" in main_window.undo_action.text()
    undo = tab.findChild(QPushButton, "noticeUndoButton")
    assert undo.isVisible()
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert stored_private(db, sid) == [False]
    assert not box.isChecked()
    assert not main_window.undo_action.isEnabled()


def test_edit_undo_takes_a_marking_back(main_window, db, qtbot, campaign_id):
    tab = signatories_tab(main_window, qtbot, campaign_id)
    ids = ids_of(tab, "Access Now", "Hiperderecho")
    tab.select_ids(ids)
    tab.private_action.trigger()
    assert stored_private(db, *ids) == [True, True]
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_private(db, *ids) == [False, False]


def test_a_mark_made_elsewhere_shows_when_the_tab_looks_again(main_window, db, qtbot,
                                                               campaign_id):
    tab = signatories_tab(main_window, qtbot, campaign_id)
    [sid] = ids_of(tab, "Hiperderecho")
    with db.session() as s:  # a teammate, or `signon` on the command line
        set_private(s, [sid], True)
    tab.reload_if_changed()
    qtbot.waitUntil(lambda: name_cell(tab, sid).data(Qt.ItemDataRole.DecorationRole)
                    is not None)


def test_the_context_menu_lists_do_not_publish(main_window, qtbot, campaign_id):
    tab = signatories_tab(main_window, qtbot, campaign_id)
    tab.select_ids(ids_of(tab, "Access Now"))
    menu = tab.build_context_menu()
    assert isinstance(menu, QMenu)
    assert "doNotPublishAction" in [a.objectName() for a in menu.actions()]
