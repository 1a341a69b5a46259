"""Create, rename, duplicate, delete (and undo) and edit campaigns through the
real widgets of the main window, checked against the store."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTabWidget,
    QToolButton,
)

from signon.config import backups_dir
from signon.store.campaign_io import read_campaign
from signon.store.campaigns import create_campaign, get_campaign
from signon.store.dbapi import list_campaigns
from signon.store.setting_keys import LETTERHEAD
from signon.store.settings import campaign_settings, get_setting, set_setting
from signon.store.signatories import add_signatory
from signon.ui.campaign_list import DetailRole


def campaigns(db):
    with db.session() as s:
        return list_campaigns(s)


def seed(db, title="Climate letter", endorsed=2, invited=1) -> int:
    with db.session() as s:
        c = create_campaign(s, title, addressee="UN Member States")
        for i in range(endorsed):
            add_signatory(s, c.id, name=f"Group {i}", acronym=f"G{i}", country="KE",
                          status="endorsed")
        for i in range(invited):
            add_signatory(s, c.id, name=f"Invited {i}", status="invited",
                          contact_email=f"i{i}@example.org")
        return c.id


def list_view(window) -> QListView:
    return window.findChild(QListView, "campaignList")


def select(window, qtbot, campaign_id):
    view = list_view(window)
    row = view.model().row_of(campaign_id)
    assert row >= 0
    view.setCurrentIndex(view.model().index(row, 0))
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)


def fill_settings(qtbot, **values):
    """An exec_dialog answer that types into the real fields and clicks OK."""

    def answer(dialog):
        assert dialog.objectName() == "campaignSettingsDialog"
        if "title" in values:
            edit = dialog.findChild(QLineEdit, "titleEdit")
            edit.clear()
            qtbot.keyClicks(edit, values["title"])
        if "addressee" in values:
            edit = dialog.findChild(QLineEdit, "addresseeEdit")
            edit.clear()
            qtbot.keyClicks(edit, values["addressee"])
        if "language" in values:
            combo = dialog.findChild(QComboBox, "languageCombo")
            combo.clearEditText()
            qtbot.keyClicks(combo.lineEdit(), values["language"])
        if "deadline" in values:
            no_deadline = dialog.findChild(QCheckBox, "noDeadlineCheck")
            if values["deadline"] is None:
                no_deadline.setChecked(True)
            else:
                no_deadline.setChecked(False)
                d = values["deadline"]
                dialog.findChild(QDateEdit, "deadlineEdit").setDate(QDate(d.year, d.month, d.day))
        for key, name in (("status", "statusCombo"), ("list_order", "listOrderCombo"),
                          ("signatory_policy", "policyCombo")):
            if key in values:
                combo = dialog.findChild(QComboBox, name)
                index = combo.findData(values[key])
                assert index >= 0, values[key]
                combo.setCurrentIndex(index)
        for key, name in (("signatory_heading", "headingEdit"), ("form_link", "formLinkEdit"),
                          ("coordinator", "coordinatorEdit")):
            if key in values:
                edit = dialog.findChild(QLineEdit, name)
                edit.clear()
                if values[key].isascii():
                    qtbot.keyClicks(edit, values[key])
                else:  # QTest types no accented letter (Qt aborts)
                    edit.insert(values[key])
        if "keep_reconfirmation" in values:
            dialog.findChild(QCheckBox, "keepReconfirmationCheck").setChecked(
                values["keep_reconfirmation"])
        ok = dialog.findChild(QPushButton, "okButton")
        if not ok.isEnabled():
            return False
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result() == dialog.DialogCode.Accepted

    return answer


def test_create_from_toolbar(main_window, db, qtbot, answers):
    answers.on_dialog = fill_settings(qtbot, title="Open letter on surveillance",
                                      addressee="European Parliament", language="fr")
    button = main_window.findChild(QToolButton, "newCampaignButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    [summary] = campaigns(db)
    assert summary.title == "Open letter on surveillance"
    with db.session() as s:
        c = get_campaign(s, summary.id)
        assert (c.addressee, c.language, c.status) == ("European Parliament", "fr", "drafting")
    view = list_view(main_window)
    assert view.model().rowCount() == 1
    assert view.current_campaign_id() == summary.id
    assert main_window.findChild(QLabel, "campaignHeading").text() == summary.title


def test_new_campaign_asks_for_the_form_link_and_the_coordinator(main_window, db, qtbot,
                                                                  answers):
    """Both are asked for when the campaign is created (issue 21: they were
    on the Outreach tab's last page), and stored with it."""
    answers.on_dialog = fill_settings(qtbot, title="Open letter on surveillance",
                                      form_link="forms.example.org/sign",
                                      coordinator="  Ana   García ")
    main_window.new_action.trigger()
    [summary] = campaigns(db)
    with db.session() as s:
        c = get_campaign(s, summary.id)
        assert (c.form_link, c.coordinator) == ("https://forms.example.org/sign", "Ana García")
    [dialog] = answers.dialogs
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Form lin&k (where organisations sign):" in labels
    assert "&Coordinator (name that signs messages):" in labels

    # and shown, and changed, in Campaign settings
    shown = {}

    def check_then_change(dialog):
        shown["link"] = dialog.findChild(QLineEdit, "formLinkEdit").text()
        shown["coordinator"] = dialog.findChild(QLineEdit, "coordinatorEdit").text()
        return fill_settings(qtbot, form_link="", coordinator="Bruno Díaz")(dialog)

    answers.on_dialog = check_then_change
    main_window.settings_action.trigger()
    assert shown == {"link": "https://forms.example.org/sign", "coordinator": "Ana García"}
    with db.session() as s:
        c = get_campaign(s, summary.id)
        assert (c.form_link, c.coordinator) == ("", "Bruno Díaz")


@pytest.mark.parametrize("link", ["javascript:alert(1)", "mailto:team@example.org",
                                  "file:///etc/passwd", "two words"])
def test_a_form_link_that_is_not_a_web_address_is_refused(main_window, db, qtbot, answers,
                                                          link):
    seen = {}

    def answer(dialog):
        qtbot.keyClicks(dialog.findChild(QLineEdit, "titleEdit"), "Letter")
        edit = dialog.findChild(QLineEdit, "formLinkEdit")
        qtbot.keyClicks(edit, link)
        seen["enabled"] = dialog.findChild(QPushButton, "okButton").isEnabled()
        seen["problem"] = dialog.findChild(QLabel, "validationLabel").text()
        edit.clear()  # optional: an empty link is fine
        seen["cleared"] = dialog.findChild(QPushButton, "okButton").isEnabled()
        return False

    answers.on_dialog = answer
    main_window.new_action.trigger()
    assert seen["enabled"] is False and seen["cleared"] is True
    assert seen["problem"] == (f"Form link: “{link}” is not a web address; give the address "
                               "of the form (https://…).")


def test_new_campaign_needs_a_title(main_window, db, qtbot, answers):
    seen = {}

    def answer(dialog):
        ok = dialog.findChild(QPushButton, "okButton")
        seen["enabled"] = ok.isEnabled()
        seen["problem"] = dialog.findChild(QLabel, "validationLabel").text()
        qtbot.keyClicks(dialog.findChild(QLineEdit, "titleEdit"), "   ")
        seen["blank_enabled"] = ok.isEnabled()
        combo = dialog.findChild(QComboBox, "languageCombo")
        combo.clearEditText()
        qtbot.keyClicks(combo.lineEdit(), "not a code")
        qtbot.keyClicks(dialog.findChild(QLineEdit, "titleEdit"), "T")
        seen["bad_language"] = dialog.findChild(QLabel, "validationLabel").text()
        dialog.accept()  # refused while something needs fixing
        return dialog.result() == dialog.DialogCode.Accepted

    answers.on_dialog = answer
    main_window.new_action.trigger()
    assert seen["enabled"] is False and seen["blank_enabled"] is False
    assert "title" in seen["problem"]
    assert "Language" in seen["bad_language"]
    assert campaigns(db) == []


def test_rename_in_place_with_f2(main_window, db, qtbot, answers):
    cid = seed(db)
    main_window.refresh(select=cid)
    select(main_window, qtbot, cid)
    view = list_view(main_window)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.findChild(QLineEdit)
    assert editor is not None and editor.text() == "Climate letter"
    editor.selectAll()
    qtbot.keyClicks(editor, "Climate justice letter")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: campaigns(db)[0].title == "Climate justice letter")
    assert view.currentIndex().data() == "Climate justice letter"
    assert answers.errors == []


def test_rename_to_blank_is_refused_with_one_line(main_window, db, qtbot, answers):
    cid = seed(db)
    main_window.refresh(select=cid)
    main_window.campaigns.rename_campaign(cid, "   ")
    assert answers.errors == ["a campaign needs a title"]
    assert campaigns(db)[0].title == "Climate letter"


def test_duplicate_with_ctrl_d(main_window, db, qtbot, answers):
    cid = seed(db, endorsed=2, invited=1)
    main_window.refresh(select=cid)
    select(main_window, qtbot, cid)
    qtbot.keyClick(list_view(main_window), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    rows = {s.title: s for s in campaigns(db)}
    assert set(rows) == {"Climate letter", "Climate letter (copy)"}
    copy = rows["Climate letter (copy)"]
    assert copy.counts == {"prospect": 3}
    assert list_view(main_window).current_campaign_id() == copy.id


def test_delete_asks_backs_up_and_undo_restores(main_window, db, db_path, qtbot, answers):
    cid = seed(db, endorsed=2, invited=1)
    keep = seed(db, title="Another letter", endorsed=0, invited=0)
    main_window.refresh(select=cid)
    with db.session() as s:
        before = read_campaign(s, cid)
        set_setting(s, LETTERHEAD, "/logos/climate.png", campaign_id=cid)
    select(main_window, qtbot, cid)
    qtbot.keyClick(list_view(main_window), Qt.Key.Key_Delete)

    [question] = answers.questions
    assert "Climate letter" in question and "3 signatories (2 endorsed)" in question
    assert [s.id for s in campaigns(db)] == [keep]
    with db.session() as s:  # its letterhead went with it
        assert campaign_settings(s, cid) == {}
    backups = list(backups_dir().glob(f"{db_path.stem}.before-delete-*.db"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as con:
        assert con.execute("select title from campaign where id=?", (cid,)).fetchone() == (
            "Climate letter",)
    assert "Deleted" in main_window.statusBar().currentMessage()
    undo_button = main_window.findChild(QPushButton, "undoButton")
    assert undo_button.isVisible() and main_window.undo_action.isEnabled()
    qtbot.keyClick(list_view(main_window), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    rows = {s.title: s for s in campaigns(db)}
    assert rows["Climate letter"].counts == {"endorsed": 2, "invited": 1}
    with db.session() as s:
        assert read_campaign(s, rows["Climate letter"].id) == before  # histories, contacts
        # back under a new id: the letterhead was put back, not left behind
        assert rows["Climate letter"].id != cid
        assert get_setting(s, LETTERHEAD, campaign_id=rows["Climate letter"].id) == \
            "/logos/climate.png"
    assert not main_window.undo_action.isEnabled()
    assert list_view(main_window).current_campaign_id() == rows["Climate letter"].id


def test_delete_cancelled_changes_nothing(main_window, db, qtbot, answers):
    cid = seed(db)
    main_window.refresh(select=cid)
    answers.confirm = False
    main_window.delete_action.trigger()
    assert len(answers.questions) == 1
    assert [s.id for s in campaigns(db)] == [cid]
    assert list(backups_dir().glob("*.db")) == []


def test_delete_key_outside_the_list_does_not_delete(main_window, db, qtbot, answers):
    cid = seed(db)
    main_window.refresh(select=cid)
    tabs = main_window.findChild(QTabWidget, "campaignTabs")
    tabs.tabBar().setFocus()
    qtbot.waitUntil(tabs.tabBar().hasFocus)
    qtbot.keyClick(tabs.tabBar(), Qt.Key.Key_Delete)
    assert answers.questions == []
    assert [s.id for s in campaigns(db)] == [cid]


def test_last_campaign_deleted_shows_empty_state(main_window, db, qtbot, answers):
    cid = seed(db, endorsed=0, invited=0)
    main_window.refresh(select=cid)
    main_window.delete_action.trigger()
    assert campaigns(db) == []
    assert main_window.stack.currentWidget().objectName() == "emptyState"
    assert not main_window.delete_action.isEnabled()


def test_settings_dialog_edits_persist(main_window, db, qtbot, answers):
    cid = seed(db)
    main_window.refresh(select=cid)
    answers.on_dialog = fill_settings(
        qtbot, title="Climate letter 2026", addressee="COP31 Presidency", language="pt-BR",
        deadline=date(2026, 11, 30), status="collecting", signatory_heading="Endorsed by",
        list_order="country", signatory_policy="both", keep_reconfirmation=True)
    qtbot.keyClick(list_view(main_window), Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    with db.session() as s:
        c = get_campaign(s, cid)
        assert (c.title, c.addressee, c.language, c.deadline, c.status) == (
            "Climate letter 2026", "COP31 Presidency", "pt-BR", date(2026, 11, 30), "collecting")
        assert (c.signatory_heading, c.list_order, c.signatory_policy,
                c.keep_reconfirmation) == ("Endorsed by", "country", "both", True)
    assert "Collecting" in main_window.findChild(QLabel, "campaignSubheading").text()

    # the dialog shows what was saved; clearing the deadline saves None
    reopened = {}

    def check_then_clear(dialog):
        reopened["language"] = dialog.findChild(QComboBox, "languageCombo").currentText()
        reopened["date"] = dialog.findChild(QDateEdit, "deadlineEdit").date().toPython()
        reopened["order"] = dialog.findChild(QComboBox, "listOrderCombo").currentData()
        return fill_settings(qtbot, deadline=None)(dialog)

    answers.on_dialog = check_then_clear
    main_window.settings_action.trigger()
    assert reopened == {"language": "pt-BR", "date": date(2026, 11, 30), "order": "country"}
    with db.session() as s:
        assert get_campaign(s, cid).deadline is None


def test_settings_changed_meanwhile_by_a_teammate_are_not_written_over(main_window, db,
                                                                        qtbot, answers):
    """A teammate saved a deadline while the dialog was open: nothing is
    saved, the dialog opens again on their deadline with my other change
    still filled in, and saving that keeps both."""
    from signon.store.campaigns import update_campaign

    cid = seed(db)
    with db.session() as s:
        addressee = get_campaign(s, cid).addressee
    main_window.refresh(select=cid)
    fill = fill_settings(qtbot, addressee="COP31 Presidency", deadline=date(2026, 12, 15))
    second_time = {}

    def teammate_saves_first(dialog):
        with db.session() as s:  # while this dialog is open
            update_campaign(s, cid, deadline=date(2026, 12, 1))
        answers.on_dialog = accept_as_shown
        return fill(dialog)

    def accept_as_shown(dialog):
        with db.session() as s:  # the first save wrote nothing
            c = get_campaign(s, cid)
            second_time["stored"] = (c.deadline, c.addressee)
        second_time["shown"] = (dialog.findChild(QDateEdit, "deadlineEdit").date().toPython(),
                                dialog.findChild(QLineEdit, "addresseeEdit").text())
        return fill_settings(qtbot)(dialog)

    answers.on_dialog = teammate_saves_first
    main_window.settings_action.trigger()
    assert answers.errors == [
        "Another coordinator changed “Deadline” while the settings were open, so nothing was "
        "saved. The settings open again on their value, with your other changes kept."]
    assert second_time == {"stored": (date(2026, 12, 1), addressee),
                           "shown": (date(2026, 12, 1), "COP31 Presidency")}
    with db.session() as s:
        c = get_campaign(s, cid)
        assert (c.deadline, c.addressee) == (date(2026, 12, 1), "COP31 Presidency")


def test_settings_cancel_keeps_values(main_window, db, qtbot, answers):
    cid = seed(db)
    main_window.refresh(select=cid)

    def cancel(dialog):
        qtbot.keyClicks(dialog.findChild(QLineEdit, "titleEdit"), " changed")
        qtbot.mouseClick(dialog.findChild(QPushButton, "cancelButton"), Qt.MouseButton.LeftButton)
        return dialog.result() == dialog.DialogCode.Accepted

    answers.on_dialog = cancel
    main_window.settings_action.trigger()
    assert campaigns(db)[0].title == "Climate letter"


def test_tab_changed_signal_refreshes_counts(main_window, db, qtbot):
    cid = seed(db, endorsed=1, invited=0)
    main_window.refresh(select=cid)
    view = list_view(main_window)
    assert "1 endorsed of 1" in view.currentIndex().data(DetailRole)
    with db.session() as s:
        add_signatory(s, cid, name="Late group", status="endorsed")
    main_window.tab(1).changed.emit()
    assert "2 endorsed of 2" in view.currentIndex().data(DetailRole)
    assert view.current_campaign_id() == cid
