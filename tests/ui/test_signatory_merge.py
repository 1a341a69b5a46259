"""Merging two selected signatories (#21): "Merge…" in the context menu and
the side panel, only for a selection of two; the side-by-side dialog; one
transaction; Edit → Undo and the notice's Undo put every row back. And the
Add dialog's warning when the campaign has the signatory already."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QRadioButton
from sqlalchemy import select as core_select
from sqlmodel import SQLModel, select

from signon.store.campaigns import create_campaign
from signon.store.models import Organisation, Signatory
from signon.store.signatories import add_signatory, set_status
from signon.ui.signatories import prompts
from signon.ui.signatories.table_model import NAME, STATUS

TABLES = ("organisation", "contact", "signatory", "signatory_event", "outbox_message")


def dump(db) -> dict:
    """The rows a merge touches, row_version aside (an undo moves it on)."""
    with db.session() as s:
        out = {}
        for table in SQLModel.metadata.sorted_tables:
            if table.name in TABLES:
                out[table.name] = sorted(
                    (tuple((k, v) for k, v in r.items() if k != "row_version")
                     for r in s.execute(core_select(table)).mappings().all()), key=repr)
        return out


@pytest.fixture
def campaign_id(db) -> int:
    with db.session() as s:
        cid = create_campaign(s, "Spyware letter").id
        add_signatory(s, cid, name="ARTICLE 19", status="invited",
                      contact_email="info@article19.org")
        uk = add_signatory(s, cid, name="Article 19 UK", country="GB", status="invited",
                           contact_email="uk@article19.org")
        set_status(s, uk.id, "endorsed", channel="email")
        add_signatory(s, cid, name="Access Now", country="US", status="invited")
        add_signatory(s, cid, kind="individual", name="Ada Lovelace", status="prospect")
        other = create_campaign(s, "Other letter").id
        add_signatory(s, other, name="Article 19 UK", status="declined")
    return cid


def signatories_tab(window, qtbot, campaign_id):
    window.refresh(select=campaign_id)
    window.tab_widget.setCurrentIndex(1)
    tab = window.tab(1)
    qtbot.waitUntil(lambda: tab.model.total > 0)
    return tab


def ids_of(tab, *names: str) -> list[int]:
    found = {tab.model.row_tuple(r)[NAME]: tab.model.signatory_id(r)
             for r in range(tab.model.rowCount())}
    return [found[n] for n in names]


def merge_keeping(name: str, seen: list):
    """Answer the merge dialog: keep the card showing `name`, read what it
    says, press Merge."""
    def answer(dialog):
        assert dialog.objectName() == "signatoryMergeDialog"
        first = dialog.findChild(QRadioButton, "keepFirst")
        second = dialog.findChild(QRadioButton, "keepSecond")
        first_card = dialog.cards.first.text()
        (first if f">{name}</b>" in first_card else second).setChecked(True)
        seen.append(dialog.findChild(QLabel, "mergeOutcome").text())
        dialog.findChild(QPushButton, "mergeSignatoriesButton").click()
        return dialog.result() == QDialog.DialogCode.Accepted
    return answer


def test_merge_is_offered_for_exactly_two(main_window, qtbot, campaign_id):
    tab = signatories_tab(main_window, qtbot, campaign_id)
    action = tab.findChild(type(tab.merge_action), "mergeSignatoriesAction")
    panel_button = tab.findChild(QPushButton, "panelMergeButton")
    a19, uk, access = ids_of(tab, "ARTICLE 19", "Article 19 UK", "Access Now")
    for ids, enabled in (([a19], False), ([a19, uk], True), ([a19, uk, access], False)):
        tab.select_ids(ids)
        assert action.isEnabled() is enabled
        assert panel_button.isVisible() is enabled
        menu = tab.build_context_menu()
        assert action in menu.actions()


def test_merge_from_the_context_menu_and_edit_undo(main_window, db, qtbot, answers,
                                                   campaign_id):
    tab = signatories_tab(main_window, qtbot, campaign_id)
    before = dump(db)
    a19, uk = ids_of(tab, "ARTICLE 19", "Article 19 UK")
    tab.select_ids([a19, uk])
    seen: list[str] = []
    answers.on_dialog = merge_keeping("ARTICLE 19", seen)
    tab.merge_action.trigger()

    # what the dialog said it would do
    assert "“ARTICLE 19”" in seen[0] and "endorsed" in seen[0]
    assert "from “Article 19 UK”" in seen[0]  # whose answer stays
    assert "1 other campaign" in seen[0]
    # what it did: one transaction, one entry with the chosen name and the answer
    with db.session() as s:
        rows = s.exec(select(Signatory).where(Signatory.campaign_id == campaign_id)).all()
        assert len(rows) == 3
        names = {s.get(Organisation, r.organisation_id).name for r in rows if r.organisation_id}
        assert names == {"ARTICLE 19", "Access Now"}
    assert "Article 19 UK" not in tab.shown_names()
    [merged] = tab.selected_ids()
    assert tab.model.find(merged)[STATUS] == "endorsed"
    assert "Merged “Article 19 UK” into “ARTICLE 19”" in tab.findChild(QLabel,
                                                                       "noticeBar").text()
    assert main_window.undo_action.isEnabled()
    assert "merge" in main_window.undo_action.text()

    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dump(db) == before
    assert {"ARTICLE 19", "Article 19 UK"} <= set(tab.shown_names())
    assert sorted(tab.selected_ids()) == sorted([a19, uk])
    assert "Merge undone" in tab.findChild(QLabel, "noticeBar").text()
    assert not main_window.undo_action.isEnabled()


def test_side_panel_merge_and_the_notice_undo(main_window, db, qtbot, answers, campaign_id):
    tab = signatories_tab(main_window, qtbot, campaign_id)
    before = dump(db)
    a19, uk = ids_of(tab, "ARTICLE 19", "Article 19 UK")
    tab.select_ids([a19, uk])
    seen: list[str] = []
    answers.on_dialog = merge_keeping("Article 19 UK", seen)
    qtbot.mouseClick(tab.findChild(QPushButton, "panelMergeButton"), Qt.MouseButton.LeftButton)
    with db.session() as s:
        assert s.exec(select(Organisation).where(Organisation.name == "ARTICLE 19")).first() \
            is None
    undo = tab.findChild(QPushButton, "noticeUndoButton")
    assert undo.isVisible() and undo.accessibleName() == "Undo the merge"
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert dump(db) == before


def test_cancel_merges_nothing_and_mixed_kinds_are_refused(main_window, db, qtbot, answers,
                                                           campaign_id):
    tab = signatories_tab(main_window, qtbot, campaign_id)
    before = dump(db)
    tab.select_ids(ids_of(tab, "ARTICLE 19", "Article 19 UK"))
    answers.on_dialog = lambda dialog: False
    tab.merge_action.trigger()
    assert dump(db) == before and not main_window.undo_action.isEnabled()

    tab.select_ids(ids_of(tab, "Access Now", "Ada Lovelace"))
    tab.merge_action.trigger()
    assert answers.errors == ["an organisation and an individual cannot be merged"]
    assert dump(db) == before


def test_undo_is_refused_once_a_teammate_changed_the_merged_entry(main_window, db, qtbot,
                                                                   answers, campaign_id):
    tab = signatories_tab(main_window, qtbot, campaign_id)
    tab.select_ids(ids_of(tab, "ARTICLE 19", "Article 19 UK"))
    answers.on_dialog = merge_keeping("ARTICLE 19", [])
    tab.merge_action.trigger()
    [merged] = tab.selected_ids()
    with db.session() as teammate:
        set_status(teammate, merged, "withdrawn")
    main_window.undo_action.trigger()
    assert answers.errors and "can no longer be undone" in answers.errors[0]
    assert not main_window.undo_action.isEnabled()
    with db.session() as s:
        assert s.get(Signatory, merged).status == "withdrawn"


def test_a_later_status_change_takes_over_the_undo(main_window, db, qtbot, answers,
                                                   campaign_id):
    tab = signatories_tab(main_window, qtbot, campaign_id)
    tab.select_ids(ids_of(tab, "ARTICLE 19", "Article 19 UK"))
    answers.on_dialog = merge_keeping("ARTICLE 19", [])
    tab.merge_action.trigger()
    [access] = ids_of(tab, "Access Now")
    tab.statuses.apply_status([access], "endorsed")
    assert "status change" in main_window.undo_action.text()
    main_window.undo_action.trigger()
    # the status change is undone; the merge's Undo was withdrawn with it
    assert not main_window.undo_action.isEnabled()
    assert "Article 19 UK" not in tab.shown_names()


# -- the Add dialog ------------------------------------------------------------------------


@pytest.fixture
def asked(monkeypatch):
    """Answers `prompts.ask_duplicate`; records what it was asked."""
    state = {"answer": prompts.OPEN, "asked": []}

    def ask(_parent, name, matches):
        state["asked"].append((name, [(m.name, m.same) for m in matches]))
        return state["answer"]

    monkeypatch.setattr(prompts, "ask_duplicate", ask)
    return state


def add_with(name: str, hints: list):
    def fill(dialog):
        dialog.findChild(QLineEdit, "nameEdit").setText(name)
        dialog.findChild(QLineEdit, "nameEdit").editingFinished.emit()
        hint = dialog.findChild(QLabel, "directoryHint")
        hints.append((hint.text(), hint.property("role"), hint.isVisibleTo(dialog)))
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted
    return fill


def test_add_warns_of_a_look_alike_and_opens_it(main_window, db, qtbot, answers, asked,
                                                campaign_id):
    tab = signatories_tab(main_window, qtbot, campaign_id)
    hints: list = []
    answers.on_dialog = add_with("Article 19", hints)
    tab.add_action.trigger()
    text, role, visible = hints[0]
    assert role == "warning" and visible and "ARTICLE 19" in text
    assert asked["asked"] == [("Article 19", [("ARTICLE 19", True), ("Article 19 UK", False)])]
    # Open: nothing added, the existing one selected and shown
    with db.session() as s:
        assert len(s.exec(select(Signatory).where(Signatory.campaign_id == campaign_id)).all()) \
            == 4
    assert tab.selected_ids() == ids_of(tab, "ARTICLE 19")


def test_add_anyway_adds_a_look_alike(main_window, db, qtbot, answers, asked, campaign_id):
    tab = signatories_tab(main_window, qtbot, campaign_id)
    asked["answer"] = prompts.ADD_ANYWAY
    answers.on_dialog = add_with("Article 19 Kenya", [])
    tab.add_action.trigger()
    assert asked["asked"][0][1] == [("ARTICLE 19", False)]
    assert "Article 19 Kenya" in tab.shown_names()
    assert tab.selected_ids() == ids_of(tab, "Article 19 Kenya")


def test_back_to_the_form_keeps_what_was_typed(main_window, db, qtbot, answers, asked,
                                               campaign_id):
    tab = signatories_tab(main_window, qtbot, campaign_id)
    asked["answer"] = None
    opened: list = []

    def fill(dialog):
        opened.append(dialog.findChild(QLineEdit, "nameEdit").text())
        if len(opened) == 1:
            return add_with("Access now", [])(dialog)
        return False  # cancelled the second time

    answers.on_dialog = fill
    tab.add_action.trigger()
    assert opened == ["", "Access now"]
    with db.session() as s:
        assert len(s.exec(select(Signatory).where(Signatory.campaign_id == campaign_id)).all()) \
            == 4
