"""The Outreach tab in English and Arabic at the default 1100×720 window
(issue #21): address problems in the interface language, the steps
numbered in Latin digits, an empty outbox with sensible column widths, and
a template named in “…” in the preview's error as on Recipients.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget
from sqlmodel import select

from signon.domain.addresses import address_problem, address_problem_text
from signon.store.signatories import add_signatory
from signon.store.templates import save_template
from signon.ui import i18n
from signon.ui.outreach_tab import PAGE_OUTBOX, PAGE_RECIPIENTS, OutreachTab
from signon.ui.style import stylesheet

ARABIC_INDIC = set("٠١٢٣٤٥٦٧٨٩")
ENGLISH_PROBLEMS = {"no email address", "address flagged invalid", "address bounced"}


def settle(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(20)


@pytest.fixture(params=["en", "ar"])
def outreach(request, qtbot, qapp, db, answers):
    """The demo campaign's Outreach tab in the main window at 1100×720, in
    the language of the parameter, with one signatory without an address."""
    from signon.exchange.demo import load_demo
    from signon.store.models import Campaign
    from signon.ui.main_window import MainWindow

    with db.session() as session:
        load_demo(session)
        campaign = session.exec(select(Campaign)).first()
        add_signatory(session, campaign.id, name="Sans Adresse", status="prospect")
    i18n.install(qapp, request.param)
    try:
        win = MainWindow(db)
        qtbot.addWidget(win)
        win.setStyleSheet(stylesheet())
        win.resize(1100, 720)
        win.show()
        qtbot.waitExposed(win)
        qtbot.waitUntil(win.is_ready)
        win.tab_widget.setCurrentIndex(2)
        tab = win.tab(2)
        assert isinstance(tab, OutreachTab)
        qtbot.waitUntil(lambda: tab.templates.campaign_id is not None)
        settle(qtbot)
        tab.language = request.param
        yield tab
    finally:
        i18n.uninstall(qapp)


def test_address_problems_are_in_the_interface_language(outreach, qtbot):
    outreach.pages.setCurrentIndex(PAGE_RECIPIENTS)
    settle(qtbot)
    model = outreach.recipients.model
    problems = {model.index(row, model.PROBLEM).data() for row in range(model.rowCount())}
    problems.discard("")
    expected = address_problem_text(address_problem("", ""))
    assert expected in problems, problems
    if outreach.language == "ar":
        assert not problems & ENGLISH_PROBLEMS, problems
        assert expected != "no email address"
    else:
        assert expected == "no email address"


def test_address_problem_texts_keep_unknown_values():
    assert address_problem_text("") == ""
    assert address_problem_text("something new") == "something new"


def test_steps_are_numbered_in_latin_digits(outreach):
    texts = [outreach.pages.tabText(i) for i in range(outreach.pages.count())]
    assert [t.split(" · ")[0] for t in texts] == ["1", "2", "3", "4", "5"], texts
    assert not any(ARABIC_INDIC & set(t) for t in texts), texts


def test_an_empty_outbox_gives_its_columns_sensible_widths(outreach, qtbot):
    outreach.pages.setCurrentIndex(PAGE_OUTBOX)
    settle(qtbot)
    table = outreach.findChild(QTableWidget, "outboxTable")
    assert table.rowCount() == 0
    viewport = table.viewport().width()
    widths = [table.columnWidth(col) for col in range(table.columnCount())]
    # Signatory, To, Address, Kind, Subject: more than their header word
    for col in range(5):
        header = table.horizontalHeader()
        assert widths[col] >= max(80, header.sectionSizeHint(col)), (col, widths)
    assert widths[-1] < viewport * 0.4, (widths, viewport)  # "Sent / note" not the rest
    assert sum(widths) <= viewport + 1  # and nothing scrolls sideways
    assert not table.horizontalScrollBar().isVisible()


def test_preview_error_names_the_template_in_curly_quotes(qtbot, db, main_window):
    from signon.store.campaigns import create_campaign

    with db.session() as s:
        campaign = create_campaign(s, "Open letter on spyware", language="en")
        add_signatory(s, campaign.id, name="Access Now", contact_email="info@accessnow.example")
        save_template(s, campaign.id, kind="custom", name="Sign here", language="en",
                      subject="Sign “{campaign}”",
                      body="Dear {contact|colleagues},\n\nPlease sign here: {link}\n")
        campaign_id = campaign.id
    main_window.refresh(select=campaign_id)
    main_window.tab_widget.setCurrentIndex(2)
    tab = main_window.tab(2)
    qtbot.waitUntil(lambda: tab.templates.campaign_id == campaign_id)
    panel = tab.templates
    names = [panel.list.item(i).text() for i in range(panel.list.count())]
    panel.list.setCurrentRow(next(i for i, n in enumerate(names) if n.startswith("Sign here")))
    error = tab.findChild(QLabel, "templateError")
    qtbot.waitUntil(error.isVisible)
    assert "template “Sign here”: {link} has no value" in error.text(), error.text()
    assert "'" not in error.text()


def test_an_outbox_note_is_shown_in_the_interface_language(outreach, qtbot, db):
    """The outbox stores why a message did not go in English; the Outbox
    page shows it in the interface language (issue 23)."""
    from signon.store.outbox import NewMessage, enqueue, set_excluded

    with db.session() as session:
        campaign = outreach.templates.campaign_id
        done = enqueue(session, campaign, "invitation", [NewMessage(
            None, "Sans Adresse", "sans@adresse.example", "Invitation", "Bonjour",
            "<note@signon.test>")])
        set_excluded(session, done.added)
    outreach.pages.setCurrentIndex(PAGE_OUTBOX)
    outreach.outbox.refresh()
    table = outreach.findChild(QTableWidget, "outboxTable")
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    note = table.item(0, table.columnCount() - 1).text()
    assert note == ("excluded by hand" if outreach.language == "en" else "مستبعَد يدوياً")
