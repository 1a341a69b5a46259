"""Publish edition… in the Export tab (issue 20), driven through the real
widgets: the dialog shows the edition before it is stored (number, date,
statement version, names, what changed since the edition before and what
the campaign does with a withdrawal), Publish stores edition N and
publishes the campaign, and the Editions page lists it. Every date is
given: nothing depends on the day the tests run."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTreeWidget,
)

from signon.domain.compose import SectionDraft
from signon.store.campaigns import create_campaign, get_campaign
from signon.store.editions import editions, publish, set_letter_settings
from signon.store.signatories import add_signatory, set_status
from signon.store.statements import replace_sections, versions
from signon.ui.export import editions as editions_module
from signon.ui.export_tab import ExportTab

NOV = date(2023, 11, 14)
DEC = date(2023, 12, 5)


def at(day: int, month: int = 11) -> datetime:
    return datetime(2023, month, day, 10, 0, tzinfo=UTC)


@pytest.fixture
def campaign(db) -> dict:
    with db.session() as s:
        cid = create_campaign(s, "Event report").id
        replace_sections(s, cid, [
            SectionDraft(kind="intro", text="The participants met."),
            SectionDraft(kind="concern", lead="They agreed:", items=["one", "two", "three"])])
        ids = {name: add_signatory(s, cid, name=name, status="endorsed",
                                   endorsed_at=at(day)).id
               for name, day in (("Org A", 1), ("Org B", 2))}
    return {"id": cid, **ids}


@pytest.fixture
def tab(qtbot, db, campaign, answers, monkeypatch):
    monkeypatch.setattr(editions_module, "today", lambda: DEC)
    widget = ExportTab(db)
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    widget.set_campaign(campaign["id"])
    return widget


def plain(text: str) -> str:
    """Without the marks that keep a name in its own direction (FSI, PDI)."""
    return text.replace("\u2068", "").replace("\u2069", "")


def text_of(dialog, name: str) -> str:
    return plain(dialog.findChild(QLabel, name).text())


def changes(dialog) -> list[str]:
    shown = dialog.findChild(QListWidget, "publishChanges")
    return [plain(shown.item(i).text()) for i in range(shown.count())]


def publish_through_dialog(qtbot, tab, answers, *, on: date, note: str = "",
                           added_line: bool = False, seen: list | None = None,
                           button: str = "publishCloseButton") -> None:
    """Open Publish edition…, set its date (and note, and the added line),
    record what it shows in `seen`, click Publish, then `button`."""

    def answer(dialog):
        assert dialog.objectName() == "publishEditionDialog"
        dialog.findChild(QDateEdit, "publishDate").setDate(QDate(on.year, on.month, on.day))
        if note:
            dialog.findChild(QLineEdit, "publishNote").setText(note)
        if added_line:
            dialog.findChild(QCheckBox, "publishAddedLine").setChecked(True)
        if seen is not None:
            seen.append({"heading": text_of(dialog, "publishHeading"),
                         "statement": text_of(dialog, "publishStatement"),
                         "names": text_of(dialog, "publishNames"),
                         "since": text_of(dialog, "publishChangesHeading"),
                         "changes": changes(dialog),
                         "retractions": text_of(dialog, "publishRetractions"),
                         "added_line": not dialog.findChild(QCheckBox,
                                                            "publishAddedLine").isHidden()})
        publish_button = dialog.findChild(QPushButton, "publishButton")
        assert publish_button.isEnabled()
        qtbot.mouseClick(publish_button, Qt.MouseButton.LeftButton)
        if seen is not None:
            seen[-1]["result"] = text_of(dialog, "publishResult")
        dialog.findChild(QPushButton, button).click()
        return True

    answers.on_dialog = answer
    qtbot.mouseClick(tab.findChild(QPushButton, "publishEditionButton"),
                     Qt.MouseButton.LeftButton)


def test_the_first_edition_freezes_the_text_and_publishes_the_campaign(qtbot, db, campaign,
                                                                        tab, answers):
    seen: list = []
    with qtbot.waitSignal(tab.changed):  # the window refreshes its list
        publish_through_dialog(qtbot, tab, answers, on=NOV, note="for the summit", seen=seen)

    [shown] = seen
    assert shown["heading"] == "Edition 1 of “Event report”"
    assert shown["statement"] == ("The current text, not frozen yet: publishing freezes it "
                                  "as version 1.")
    assert shown["names"] == "2 names"
    assert shown["since"].startswith("The first edition: every name it prints is new.")
    assert not shown["added_line"]
    assert shown["result"].startswith("Edition 1 published on November 14, 2023 — digest ")
    with db.session() as s:
        [edition] = editions(s, campaign["id"])
        assert (edition.number, edition.published_on, edition.note) == (1, NOV,
                                                                       "for the summit")
        assert shown["result"].endswith(f"digest {edition.digest[:12]}…")
        assert get_campaign(s, campaign["id"]).status == "published"
        assert [v.number for v in versions(s, campaign["id"])] == [1]
    listed = tab.findChild(QTreeWidget, "editionsList")
    assert listed.topLevelItemCount() == 1 and listed.topLevelItem(0).text(0) == "1"
    assert tab.pages.tabText(tab.pages.indexOf(tab.editions)) == "Editions (1)"
    assert tab.status.text().startswith("Edition 1 published on November 14, 2023 — digest")


def test_the_dialog_shows_what_changed_before_publishing_edition_2(qtbot, db, campaign, tab,
                                                                   answers):
    with db.session() as s:
        publish(s, campaign["id"], on=NOV)
        add_signatory(s, campaign["id"], name="Org C", status="endorsed", endorsed_at=at(1, 12))
        set_status(s, campaign["Org B"], "withdrawn", at=at(2, 12))
    tab.reload()

    seen: list = []
    publish_through_dialog(qtbot, tab, answers, on=DEC, added_line=True, seen=seen)

    [shown] = seen
    assert shown["heading"] == "Edition 2 of “Event report”"
    assert shown["statement"] == "Version 1, as frozen."
    assert shown["names"] == "2 names, and 1 marked retracted"
    assert shown["since"] == "Since edition 1: 1 added, 1 retracted."
    assert shown["changes"] == ["Added: Org C", "Retracted: Org B"]
    assert "marked “retracted (date)”" in shown["retractions"]
    assert shown["added_line"]
    with db.session() as s:
        second = editions(s, campaign["id"])[-1]
        assert second.number == 2 and second.published_on == DEC
        assert "Org B — retracted (December 2, 2023)" in second.text
        assert "Added since edition 1: Org C." in second.text
    listed = tab.findChild(QTreeWidget, "editionsList")
    assert [listed.topLevelItem(i).text(0) for i in range(2)] == ["2", "1"]  # newest first


def test_a_campaign_that_omits_withdrawals_says_so(qtbot, db, campaign, tab, answers):
    with db.session() as s:
        publish(s, campaign["id"], on=NOV)
        set_letter_settings(s, campaign["id"], retractions="omit")
        set_status(s, campaign["Org B"], "withdrawn", at=at(2, 12))
    tab.reload()

    seen: list = []
    publish_through_dialog(qtbot, tab, answers, on=DEC, seen=seen)

    assert seen[0]["changes"] == ["Retracted: Org B"]
    assert seen[0]["names"].startswith("1 name")
    assert "left out" in seen[0]["retractions"]
    with db.session() as s:
        assert "Org B" not in editions(s, campaign["id"])[-1].text


def test_cancel_publishes_nothing(qtbot, db, campaign, tab, answers):
    def cancel(dialog):
        dialog.findChild(QPushButton, "publishCancelButton").click()
        return False

    answers.on_dialog = cancel
    qtbot.mouseClick(tab.findChild(QPushButton, "publishEditionButton"),
                     Qt.MouseButton.LeftButton)
    with db.session() as s:
        assert editions(s, campaign["id"]) == []
        assert get_campaign(s, campaign["id"]).status != "published"
    assert tab.findChild(QLabel, "editionsEmpty").isVisibleTo(tab.editions)


def test_an_empty_statement_cannot_be_published(qtbot, db, answers, monkeypatch):
    with db.session() as s:
        cid = create_campaign(s, "Nothing written").id
        add_signatory(s, cid, name="Org A", status="endorsed", endorsed_at=at(1))
    widget = ExportTab(db)
    qtbot.addWidget(widget)
    widget.show()
    widget.set_campaign(cid)
    seen = []

    def answer(dialog):
        seen.append((text_of(dialog, "publishStatus"),
                     dialog.findChild(QPushButton, "publishButton").isEnabled()))
        return False

    answers.on_dialog = answer
    widget.findChild(QPushButton, "publishEditionButton").click()
    assert seen == [("the statement is empty: write the text before publishing it", False)]


def test_an_older_version_on_screen_is_not_published(qtbot, db, campaign, tab):
    """The preview of a frozen older version is not what an edition prints
    (always the current text): Publish edition… waits for "Current text"."""
    from signon.store.statements import freeze_version

    with db.session() as s:
        freeze_version(s, campaign["id"])
    tab.reload()
    button = tab.findChild(QPushButton, "publishEditionButton")
    assert button.isEnabled()
    tab.version_combo.setCurrentIndex(tab.version_combo.findData(1))
    qtbot.waitUntil(lambda: not button.isEnabled())
    assert tab.findChild(QLabel, "publishNeedsCurrentText").isVisibleTo(tab.editions)
    tab.version_combo.setCurrentIndex(tab.version_combo.findData(None))
    qtbot.waitUntil(button.isEnabled)


def test_campaign_menu_publish_edition_opens_the_dialog_from_any_tab(
        qtbot, main_window, db, campaign, answers, monkeypatch):
    """Campaign → Publish edition… from the Statement tab: the Export tab's
    Editions page comes forward and the dialog opens once the campaign is
    read; a delivery copy chosen there never becomes the edition."""
    monkeypatch.setattr(editions_module, "today", lambda: DEC)
    main_window.refresh(select=campaign["id"])
    qtbot.waitUntil(lambda: main_window.campaign_id == campaign["id"])
    main_window.tab_widget.setCurrentIndex(0)
    opened = []

    def answer(dialog):
        opened.append((dialog.objectName(), dialog.options.delivery_copy))
        return False

    answers.on_dialog = answer
    action = main_window.findChild(type(main_window.publish_action), "publishEditionAction")
    assert action.isEnabled()
    action.trigger()
    qtbot.waitUntil(lambda: bool(opened))
    assert opened == [("publishEditionDialog", False)]
    export = main_window.tab(3)
    assert main_window.tab_widget.currentIndex() == 3
    assert export.pages.currentWidget() is export.editions


def test_a_delivery_copy_is_never_an_edition(db, campaign):
    from signon.domain.errors import ValidationError
    from signon.domain.letter import LetterOptions

    with db.session() as s, pytest.raises(ValidationError, match="never published"):
        publish(s, campaign["id"], on=NOV, options=LetterOptions(delivery_copy=True))
