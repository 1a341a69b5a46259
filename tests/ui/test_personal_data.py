"""Personal data… in the Signatories tab's side panel (issue 19): the
listing of what is held about a contact person, saved as a private file,
and an erasure after a confirmation. Driven by objectName."""

from __future__ import annotations

import json
import os
import stat

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget

from signon.store.campaigns import create_campaign
from signon.store.data_held import data_held
from signon.store.outbox import NewMessage, enqueue
from signon.store.signatories import add_signatory


@pytest.fixture
def tab(qtbot, db, answers):
    from signon.ui.signatories_tab import SignatoriesTab

    with db.session() as s:
        cid = create_campaign(s, "Open letter").id
        karim = add_signatory(s, cid, kind="individual", name="Karim Haddad",
                              contact_email="karim.haddad@bdr.example.org",
                              contact_phone="+961 1 234 567")
        add_signatory(s, cid, name="Access Now", contact_email="ana@accessnow.example.org")
        enqueue(s, cid, "invitation", [NewMessage(
            karim.id, "Karim Haddad", "karim.haddad@bdr.example.org", "Invitation",
            "Dear Karim Haddad, …", "<inv-1@signon.test>")])
    widget = SignatoriesTab(db)
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    widget.set_campaign(cid)
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2)
    widget.select_ids([karim.id])
    return widget


def test_the_listing_is_shown_saved_and_erased(qtbot, db, tab, answers, tmp_path,
                                               monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    button = tab.findChild(QPushButton, "personalDataButton")
    assert button.isEnabled()
    saved = tmp_path / "karim.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(saved), "")))
    seen = {}

    def on_dialog(dialog):
        table = dialog.findChild(QTableWidget, "personalDataTable")
        seen["kinds"] = [table.item(r, 0).text() for r in range(table.rowCount())]
        seen["summary"] = dialog.findChild(QLabel, "personalDataSummary").text()
        dialog.findChild(QPushButton, "savePersonalDataButton").click()
        dialog.findChild(QPushButton, "erasePersonalDataButton").click()
        seen["after"] = dialog.findChild(QLabel, "personalDataSummary").text()
        return True

    answers.on_dialog = on_dialog
    button.click()
    assert seen["kinds"] == ["Contact", "Outbox message"]
    assert "2 places" in seen["summary"]
    listing = json.loads(saved.read_text(encoding="utf-8"))
    assert [p["kind"] for p in listing["places"]] == ["contact", "outbox message"]
    assert stat.S_IMODE(os.stat(saved).st_mode) == 0o600  # readable by the coordinator only
    assert "This cannot be undone." in answers.questions[-1]
    assert seen["after"].startswith("Erased.")
    with db.transaction() as connection:
        assert data_held(connection, "karim.haddad@bdr.example.org") == []
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)  # the individual left the list


def test_saying_no_erases_nothing(qtbot, db, tab, answers):
    answers.confirm = False

    def on_dialog(dialog):
        dialog.findChild(QPushButton, "erasePersonalDataButton").click()
        return True

    answers.on_dialog = on_dialog
    tab.findChild(QPushButton, "personalDataButton").click()
    with db.transaction() as connection:
        assert len(data_held(connection, "karim.haddad@bdr.example.org")) == 2
