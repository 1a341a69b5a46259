"""A mistaken status can be taken back (#21), through the real widgets by
objectName: the notice bar's Undo, Edit → Undo in the main window, and
"Correct status…" with its reason, each checked against the store and the
history the side panel shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
)
from sqlmodel import select
from support.big_campaign import seed, statuses

from signon.store.campaigns import create_campaign
from signon.store.models import Signatory
from signon.store.signatories import add_signatory, events, set_status
from signon.ui.signatories import bulk_status
from signon.ui.signatories.table_model import STATUS


@pytest.fixture
def campaign_id(db) -> int:
    with db.session() as s:
        cid = create_campaign(s, "AI resolution").id
        add_signatory(s, cid, name="Access Now", country="US", status="invited")
        add_signatory(s, cid, name="Hiperderecho", country="PE", status="invited")
        add_signatory(s, cid, name="KICTANet", country="KE", status="endorsed",
                      channel="email")
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


def stored(db, sid: int) -> tuple:
    with db.session() as s:
        sig = s.get(Signatory, sid)
        return sig.status, sig.endorsed_at, sig.endorsed_version, sig.channel


def endorse_with_the_dialog(answers, tab, ids: list[int]) -> None:
    """"Mark as" Endorsed (Ctrl+Shift+E) on `ids`, the dialog answered."""
    def accept(dialog):
        assert dialog.objectName() == "bulkStatusDialog"
        assert dialog.findChild(QComboBox, "statusChoice").currentData() == "endorsed"
        dialog.findChild(QLineEdit, "statusNote").setText("replied")
        return True

    answers.on_dialog = accept
    tab.select_ids(ids)
    tab.status_actions["endorsed"].trigger()


def test_undo_in_the_notice_bar_puts_a_mistaken_endorsement_back(main_window, db, qtbot,
                                                                  answers, campaign_id):
    tab = signatories_tab(main_window, qtbot, campaign_id)
    [sid] = ids_of(tab, "Access Now")
    before = stored(db, sid)
    endorse_with_the_dialog(answers, tab, [sid])
    assert stored(db, sid)[0] == "endorsed"
    notice = tab.findChild(QLabel, "noticeBar")
    undo = tab.findChild(QPushButton, "noticeUndoButton")
    assert "1 moved to endorsed" in notice.text()
    assert notice.isVisible() and undo.isVisible() and undo.isEnabled()

    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert stored(db, sid) == before
    assert "Undone: 1 put back as it was" in notice.text()
    assert not undo.isVisible()
    with db.session() as s:
        last = events(s, sid)[-1]
    assert (last.from_status, last.to_status, last.kind) == ("endorsed", "invited",
                                                              "correction")
    # the table and the side panel show it: invited again, the undo in the history
    assert tab.model.find(sid)[STATUS] == "invited"
    tab.select_ids([sid])
    history = tab.findChild(QTextBrowser, "historyList").toPlainText()
    assert "Corrected: Endorsed → Invited — undone" in history
    assert not main_window.undo_action.isEnabled()


def test_edit_undo_is_enabled_after_a_status_change_and_undoes_it(main_window, db, qtbot,
                                                                   answers, campaign_id):
    tab = signatories_tab(main_window, qtbot, campaign_id)
    ids = ids_of(tab, "Access Now", "Hiperderecho")
    before = {sid: stored(db, sid) for sid in ids}
    assert not main_window.undo_action.isEnabled()
    endorse_with_the_dialog(answers, tab, ids)
    assert main_window.undo_action.isEnabled()
    assert "status change of 2 signatories" in main_window.undo_action.text()
    assert main_window.findChild(QPushButton, "undoButton").isVisible()

    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert {sid: stored(db, sid) for sid in ids} == before
    assert not main_window.undo_action.isEnabled()
    assert main_window.findChild(QTabWidget, "campaignTabs").currentIndex() == 1


def test_edit_undo_after_a_status_change_leaves_a_campaign_deletion_undoable(
        main_window, db, qtbot, answers, campaign_id):
    with db.session() as s:
        other = create_campaign(s, "Other letter").id
    main_window.refresh(select=other)
    answers.confirm = True
    main_window.delete_action.trigger()
    assert "Other letter" in main_window.undo_action.text()

    tab = signatories_tab(main_window, qtbot, campaign_id)
    [sid] = ids_of(tab, "Hiperderecho")
    endorse_with_the_dialog(answers, tab, [sid])
    assert "status change" in main_window.undo_action.text()
    main_window.undo_action.trigger()
    assert stored(db, sid)[0] == "invited"
    # the deletion, offered before, is what Edit → Undo takes back now
    assert "Other letter" in main_window.undo_action.text()
    main_window.undo_action.trigger()
    from signon.store.dbapi import list_campaigns

    with db.session() as s:
        assert sorted(c.title for c in list_campaigns(s)) == ["AI resolution", "Other letter"]


def test_undo_leaves_a_teammates_later_change_and_says_so(main_window, db, qtbot, answers,
                                                          campaign_id):
    tab = signatories_tab(main_window, qtbot, campaign_id)
    ids = ids_of(tab, "Access Now", "Hiperderecho")
    endorse_with_the_dialog(answers, tab, ids)
    with db.session() as teammate:
        set_status(teammate, ids[1], "withdrawn", note="they asked")
    qtbot.mouseClick(tab.findChild(QPushButton, "noticeUndoButton"), Qt.MouseButton.LeftButton)
    notice = tab.findChild(QLabel, "noticeBar").text()
    assert "Undone: 1 put back as it was" in notice
    assert "1 left as it is: someone changed it since" in notice
    assert stored(db, ids[0])[0] == "invited" and stored(db, ids[1])[0] == "withdrawn"
    tab._notice_link("select-refused")
    assert tab.selected_ids() == [ids[1]]


def test_correct_status_dialog_records_the_correction_with_its_reason(main_window, db, qtbot,
                                                                       answers, campaign_id):
    tab = signatories_tab(main_window, qtbot, campaign_id)
    [sid] = ids_of(tab, "KICTANet")
    seen = []

    def correct(dialog):
        seen.append(dialog.objectName())
        combo = dialog.findChild(QComboBox, "correctStatusChoice")
        ok = dialog.findChild(QPushButton, "correctButton")
        assert combo.currentData() != "endorsed"
        combo.setCurrentIndex(combo.findData("invited"))
        assert not ok.isEnabled()  # a reason is required
        dialog.findChild(QLineEdit, "correctionReason").setText("endorsed by mistake")
        assert ok.isEnabled()
        assert "1 will be corrected to invited" in dialog.findChild(
            QLabel, "correctionPreview").text()
        return True

    answers.on_dialog = correct
    tab.select_ids([sid])
    menu = tab.build_context_menu()
    actions = {a.objectName(): a for a in menu.actions()}
    assert "correctStatusAction" in actions
    actions["correctStatusAction"].trigger()
    assert seen == ["correctStatusDialog"]
    status, endorsed_at, version, _channel = stored(db, sid)
    assert (status, endorsed_at, version) == ("invited", None, None)
    history = tab.findChild(QTextBrowser, "historyList").toPlainText()
    assert "Corrected: Endorsed → Invited — endorsed by mistake" in history
    assert "1 corrected to invited" in tab.findChild(QLabel, "noticeBar").text()

    # and a correction is undone like a change
    main_window.undo_action.trigger()
    assert stored(db, sid)[0] == "endorsed"


def test_the_side_panel_offers_correct_for_the_one_shown(main_window, db, qtbot, answers,
                                                         campaign_id):
    tab = signatories_tab(main_window, qtbot, campaign_id)
    [sid] = ids_of(tab, "Access Now")
    endorse_with_the_dialog(answers, tab, [sid])
    tab.select_ids([sid])
    proposed = []

    def correct(dialog):
        combo = dialog.findChild(QComboBox, "correctStatusChoice")
        proposed.append(combo.currentData())  # what it was before the last change
        dialog.findChild(QLineEdit, "correctionReason").setText("wrong row")
        return True

    answers.on_dialog = correct
    button = tab.findChild(QPushButton, "correctStatusButton")
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert proposed == ["invited"] and stored(db, sid)[0] == "invited"


def test_a_big_change_and_its_undo_run_in_the_background(main_window, db, qtbot, answers,
                                                         monkeypatch):
    """Above SYNC_LIMIT rows both go through the progress strip."""
    monkeypatch.setattr(bulk_status, "SYNC_LIMIT", 50)
    cid, ids = seed(db, 120)
    tab = signatories_tab(main_window, qtbot, cid)
    strip_texts: list[str] = []
    real_start = tab.bulk_strip.start

    def start(count, status, kind=bulk_status.CHANGE):
        real_start(count, status, kind)
        strip_texts.append(tab.bulk_strip.text.text())

    monkeypatch.setattr(tab.bulk_strip, "start", start)
    answers.on_dialog = lambda dialog: True
    tab.select_ids(ids)
    tab.status_actions["reminded"].trigger()
    assert statuses(db) == {"reminded": 120}
    qtbot.mouseClick(tab.findChild(QPushButton, "noticeUndoButton"), Qt.MouseButton.LeftButton)
    assert statuses(db) == {"invited": 120}
    assert strip_texts == ["Moving 120 signatories to reminded…",
                           "Undoing the status change of 120 signatories…"]
    assert "Undone: 120 put back" in main_window.statusBar().currentMessage()
    with db.session() as s:
        kinds = s.exec(select(Signatory.status)).all()
    assert set(kinds) == {"invited"}


def test_switching_campaign_withdraws_the_undo(main_window, db, qtbot, answers, campaign_id):
    with db.session() as s:
        other = create_campaign(s, "Other letter").id
    tab = signatories_tab(main_window, qtbot, campaign_id)
    endorse_with_the_dialog(answers, tab, ids_of(tab, "Access Now"))
    assert main_window.undo_action.isEnabled()
    main_window.refresh(select=other)
    assert not main_window.undo_action.isEnabled()
