"""The Outreach tab's finish (issue 21, "Minor"): the outbox names the
signatory each message is for, not only the contact person; the preview's
"For:" list is sorted by name and starts at someone who has not answered."""

from __future__ import annotations

import pytest
from outreach.conftest import PEOPLE, campaign  # noqa: F401  (fixtures)
from PySide6.QtWidgets import QComboBox, QTableWidget

from signon.domain.collation import collation_key
from signon.outreach.mailing import queue_messages, recipients
from signon.store.signatories import add_signatory, list_signatories, set_status
from signon.store.templates import find_template
from signon.ui.outreach_tab import PAGE_OUTBOX, OutreachTab


@pytest.fixture
def tab(qtbot, db, campaign, answers):  # noqa: F811
    widget = OutreachTab(db)
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.set_campaign(campaign)
    widget.show()
    return widget


def test_the_outbox_names_the_signatory_and_the_person(qtbot, db, campaign, tab):  # noqa: F811
    with db.session() as s:
        add_signatory(s, campaign, kind="individual", name="Ada Lovelace",
                      contact_email="ada@example.org", status="invited")
        queue_messages(s, campaign, find_template(s, campaign, "reminder"),
                       recipients(s, campaign))
    tab.pages.setCurrentIndex(PAGE_OUTBOX)
    tab.outbox.refresh()
    table = tab.findChild(QTableWidget, "outboxTable")
    assert table.horizontalHeaderItem(0).text() == "Signatory"
    assert table.horizontalHeaderItem(1).text() == "To"
    rows = {(table.item(i, 0).text(), table.item(i, 1).text())
            for i in range(table.rowCount())}
    assert rows == {(org, person) for org, person, _email, _country in PEOPLE} | {
        ("Ada Lovelace", "Ada Lovelace")}


def test_the_preview_list_is_sorted_and_starts_at_someone_unanswered(
        qtbot, db, campaign, answers):  # noqa: F811
    with db.session() as s:
        access = next(r.id for r in list_signatories(s, campaign) if r.name == "Access Now")
        set_status(s, access, "endorsed", channel="email")
        add_signatory(s, campaign, name="ARTICLE 19", status="endorsed")
        add_signatory(s, campaign, name="Amnesty International", status="declined")
    tab = OutreachTab(db)
    qtbot.addWidget(tab)
    tab.set_campaign(campaign)
    tab.show()
    combo = tab.findChild(QComboBox, "previewSignatory")
    names = [combo.itemData(i, 0).split(" — ")[0] for i in range(combo.count())]
    key = collation_key("en")
    assert names == sorted(names, key=key) and len(names) == len(PEOPLE) + 2
    assert names[:4] == ["Access Now", "Amnesty International", "ARTICLE 19",
                         "Derechos Digitales"]
    # the first three answered: the preview starts at the first who has not
    assert combo.currentText().startswith("Derechos Digitales")
    assert "José Pérez" in tab.templates.preview.toPlainText()
