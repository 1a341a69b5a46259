"""Setting "Invited" by hand on prospects no invitation went to (#21): the
tab asks first — queue the invitation (they stay prospects, among the
invitation's recipients, until it is sent), mark them invited anyway, or
keep them prospects."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLabel
from sqlmodel import select

from signon.store.campaigns import create_campaign
from signon.store.models import OutboxMessage, Signatory
from signon.store.outbox import NewMessage, enqueue, mark_sent
from signon.store.signatories import add_signatory
from signon.store.templates import update_campaign_outreach
from signon.ui.signatories import prompts


@pytest.fixture
def campaign_id(db) -> int:
    with db.session() as s:
        cid = create_campaign(s, "Spyware letter").id
        update_campaign_outreach(s, cid, form_link="https://example.org/sign")
        add_signatory(s, cid, name="Access Now", contact_email="info@accessnow.org")
        add_signatory(s, cid, name="Hiperderecho", contact_email="hola@hiperderecho.org")
        add_signatory(s, cid, name="KICTANet", status="invited")
        # a prospect an invitation went to already (sent by hand, say)
        sent = add_signatory(s, cid, name="Derechos Digitales", contact_email="dd@dd.org")
        [mid] = enqueue(s, cid, "invitation", [NewMessage(
            sent.id, "DD", "dd@dd.org", "Invitation", "Dear DD", "<m@x>")]).added
        mark_sent(s, mid)
        s.get(Signatory, sent.id).status = "prospect"  # as if set back by a correction
    return cid


@pytest.fixture
def asked(monkeypatch):
    state = {"answer": prompts.QUEUE_INVITATION, "counts": []}

    def ask(_parent, count):
        state["counts"].append(count)
        return state["answer"]

    monkeypatch.setattr(prompts, "ask_invitation", ask)
    return state


@pytest.fixture
def tab(qtbot, db, campaign_id, answers):
    from signon.ui.signatories_tab import SignatoriesTab

    widget = SignatoriesTab(db)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.set_campaign(campaign_id)
    qtbot.waitUntil(lambda: widget.model.total > 0)
    return widget


def ids_of(tab, *names: str) -> list[int]:
    from signon.ui.signatories.table_model import NAME

    found = {tab.model.row_tuple(r)[NAME]: tab.model.signatory_id(r)
             for r in range(tab.model.rowCount())}
    return [found[n] for n in names]


def invite_with_the_dialog(answers, tab, ids):
    def accept(dialog):
        assert dialog.objectName() == "bulkStatusDialog"
        assert dialog.findChild(QComboBox, "statusChoice").currentData() == "invited"
        return True

    answers.on_dialog = accept
    tab.select_ids(ids)
    tab.status_actions["invited"].trigger()


def statuses(db, cid) -> dict[str, str]:
    from signon.store.signatories import list_signatories

    with db.session() as s:
        return {r.name: r.status for r in list_signatories(s, cid)}


def test_queue_the_invitation_keeps_them_prospects(tab, db, answers, asked, campaign_id):
    ids = ids_of(tab, "Access Now", "Hiperderecho", "Derechos Digitales")
    changed = []
    tab.changed.connect(lambda: changed.append(1))
    invite_with_the_dialog(answers, tab, ids)
    assert asked["counts"] == [2]  # not Derechos Digitales: an invitation went to it
    with db.session() as s:
        queued = s.exec(select(OutboxMessage).where(OutboxMessage.state == "queued")).all()
        assert sorted(m.to_address for m in queued) == ["hola@hiperderecho.org",
                                                        "info@accessnow.org"]
        assert all(m.kind == "invitation" for m in queued)
    now = statuses(db, campaign_id)
    assert now["Access Now"] == now["Hiperderecho"] == "prospect"
    assert now["Derechos Digitales"] == "invited"  # set by hand, as asked
    assert changed


def test_mark_invited_anyway_and_keep_as_prospects(tab, db, answers, asked, campaign_id):
    [access] = ids_of(tab, "Access Now")
    asked["answer"] = None  # keep as prospects
    invite_with_the_dialog(answers, tab, [access])
    assert statuses(db, campaign_id)["Access Now"] == "prospect"
    asked["answer"] = prompts.MARK_INVITED
    invite_with_the_dialog(answers, tab, [access])
    assert statuses(db, campaign_id)["Access Now"] == "invited"
    with db.session() as s:
        assert s.exec(select(OutboxMessage).where(OutboxMessage.state == "queued")).all() == []
    assert asked["counts"] == [1, 1]


def test_no_question_when_nobody_is_a_prospect_without_invitation(tab, db, answers, asked,
                                                                  campaign_id):
    invite_with_the_dialog(answers, tab, ids_of(tab, "Derechos Digitales"))
    assert asked["counts"] == []
    assert statuses(db, campaign_id)["Derechos Digitales"] == "invited"


def test_only_queued_prospects_leave_the_notice_alone(tab, db, answers, asked, campaign_id):
    invite_with_the_dialog(answers, tab, ids_of(tab, "Access Now"))
    text = tab.findChild(QLabel, "noticeBar").text()
    assert "Invitation queued for 1" in text and "become invited when it is sent" in text
