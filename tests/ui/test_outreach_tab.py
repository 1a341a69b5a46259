"""The Outreach tab driven through its widgets: select recipients, preview,
send with progress, cancel, and the ways to record what happened."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from outreach.conftest import (  # noqa: F401  (fixtures)
    PEOPLE,
    Recorder,
    campaign,
    forget_session_passwords,
    smtp_factory,
    smtp_server,
    without_fallbacks,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QPushButton, QWidget

from signon.outreach import secrets
from signon.outreach.mailing import queue_messages, recipients
from signon.outreach.settings import SmtpSettings, load_smtp_settings, save_smtp_settings
from signon.store.campaigns import get_campaign
from signon.store.outbox import outbox
from signon.store.signatories import add_signatory, list_signatories
from signon.store.templates import find_template, save_template
from signon.ui import colours
from signon.ui.outreach_tab import PAGE_DEADLINE, PAGE_OUTBOX, PAGE_RECIPIENTS, OutreachTab


@pytest.fixture
def tab(qtbot, db, campaign, answers):  # noqa: F811
    widget = OutreachTab(db)
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.set_campaign(campaign)
    widget.show()
    return widget


@pytest.fixture
def smtp_configured(db, smtp_server):  # noqa: F811
    with db.session() as s:
        save_smtp_settings(s, smtp_server.settings())
    return smtp_server


def click(qtbot, widget):
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def child(tab, cls, name):
    found = tab.findChild(cls, name)
    assert found is not None, name
    return found


def choose_template(tab, label):
    combo = tab.recipients.template
    index = combo.findText(label)
    assert index >= 0, label
    combo.setCurrentIndex(index)


def outbox_states(db, campaign_id):  # noqa: F811
    with db.session() as s:
        return sorted(m.state for m in outbox(s, campaign_id))


def test_contract_and_empty_state(qtbot, db, answers):
    tab = OutreachTab(db)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.objectName() == "outreachTab"
    assert tab.empty.isVisible() and not tab.pages.isVisible()


def cell(table, row, col, role=Qt.ItemDataRole.DisplayRole):
    return table.model().index(row, col).data(role)


def set_check(table, row, state):
    assert table.model().setData(table.model().index(row, 0), state,
                                 Qt.ItemDataRole.CheckStateRole)


def test_select_by_status_and_by_hand_then_queue(qtbot, tab, db, campaign):  # noqa: F811
    from PySide6.QtWidgets import QPushButton, QTableView, QTableWidget

    assert not tab.outbox.send_button.isEnabled()  # nothing to send yet
    tab.pages.setCurrentIndex(PAGE_RECIPIENTS)
    choose_template(tab, "Reminder (en)")
    assert tab.recipients.status.currentText() == "Not answered yet (invited or reminded)"
    table = child(tab, QTableView, "recipientTable")
    assert table.model().rowCount() == 5
    addresses = {cell(table, i, 4) for i in range(5)}
    assert addresses == {email for _, _, email, _ in PEOPLE}
    set_check(table, 0, Qt.CheckState.Unchecked)  # leave one out by hand
    assert tab.recipients.summary.text() == "4 of 5 checked"

    with qtbot.waitSignal(tab.recipients.queued):
        click(qtbot, child(tab, QPushButton, "queueButton"))
    assert tab.pages.currentIndex() == PAGE_OUTBOX
    outbox = child(tab, QTableWidget, "outboxTable")
    assert outbox.rowCount() == 4
    assert {outbox.item(i, 5).text() for i in range(4)} == {"Queued"}
    assert cell(table, 0, 0) not in {outbox.item(i, 0).text() for i in range(4)}
    assert tab.outbox.send_button.text() == "Send 4 waiting"
    assert tab.outbox.send_button.isEnabled()


def test_check_boxes_in_the_model_decide_who_is_queued(qtbot, tab, db, campaign):  # noqa: F811
    """The recipients are a model (issue 22): its check boxes, set through
    the model or clicked, are what "Add to outbox" queues."""
    from PySide6.QtCore import QPoint

    tab.pages.setCurrentIndex(PAGE_RECIPIENTS)
    choose_template(tab, "Reminder (en)")
    table = tab.recipients.table
    model = table.model()
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsUserCheckable
    assert cell(table, 0, 1, Qt.ItemDataRole.CheckStateRole) is None
    click(qtbot, tab.recipients.check_none)
    assert tab.recipients.summary.text() == "0 of 5 checked"
    assert not tab.recipients.queue_button.isEnabled()
    click(qtbot, tab.recipients.check_all)
    assert tab.recipients.summary.text() == "5 of 5 checked"
    click(qtbot, tab.recipients.check_none)

    set_check(table, 1, Qt.CheckState.Checked)
    set_check(table, 3, Qt.CheckState.Checked)
    set_check(table, 3, Qt.CheckState.Unchecked)
    rect = table.visualRect(model.index(4, 0))  # a click on the box, as a coordinator would
    box = QPoint(rect.left() + 10, rect.center().y())
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=box)
    assert [cell(table, i, 0, Qt.ItemDataRole.CheckStateRole) for i in range(5)] == [
        Qt.CheckState.Unchecked, Qt.CheckState.Checked, Qt.CheckState.Unchecked,
        Qt.CheckState.Unchecked, Qt.CheckState.Checked]
    assert tab.recipients.summary.text() == "2 of 5 checked"
    chosen = {r.signatory_id for r in tab.recipients.checked()}
    assert {r.name for r in tab.recipients.checked()} == {cell(table, 1, 0), cell(table, 4, 0)}

    with qtbot.waitSignal(tab.recipients.queued):
        click(qtbot, tab.recipients.queue_button)
    with db.session() as s:
        assert {m.signatory_id for m in outbox(s, campaign)} == chosen
    assert tab.recipients.result.text().startswith("2 messages in the outbox")


def test_select_by_country(tab):
    tab.pages.setCurrentIndex(PAGE_RECIPIENTS)
    choose_template(tab, "Reminder (en)")
    tab.recipients.country.setCurrentIndex(tab.recipients.country.findData("RU"))
    assert tab.recipients.table.model().rowCount() == 1
    assert cell(tab.recipients.table, 0, 0) == "Мемориал"


def test_rows_with_problems_are_named_and_unchecked(qtbot, tab, db, campaign):  # noqa: F811
    without_fallbacks(db, campaign)
    with db.session() as s:
        add_signatory(s, campaign, name="Privacy International", contact_email="pi@pi.example",
                      status="invited")
    tab.set_campaign(campaign)
    tab.pages.setCurrentIndex(PAGE_RECIPIENTS)
    choose_template(tab, "Reminder (en)")
    table = tab.recipients.table
    row = [i for i in range(table.model().rowCount()) if cell(table, i, 0) ==
           "Privacy International"][0]
    assert cell(table, row, 5) == "{contact} has no value"
    assert cell(table, row, 5, Qt.ItemDataRole.ToolTipRole) == "{contact} has no value"
    assert cell(table, row, 5, Qt.ItemDataRole.ForegroundRole).color() == QColor(colours.ERROR)
    assert cell(table, row, 0, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert tab.recipients.summary.text() == "5 of 6 checked · 1 with a problem"


def test_queue_error_goes_to_a_dialog(qtbot, tab, db, campaign, answers):  # noqa: F811
    without_fallbacks(db, campaign)
    with db.session() as s:
        add_signatory(s, campaign, name="Privacy International", contact_email="pi@pi.example",
                      status="invited")
    tab.set_campaign(campaign)
    tab.pages.setCurrentIndex(PAGE_RECIPIENTS)
    choose_template(tab, "Reminder (en)")
    tab.recipients._check_all(True)
    click(qtbot, tab.recipients.queue_button)
    assert len(answers.errors) == 1
    assert "template “Reminder (en)”: {contact} has no value for Privacy International" \
        in answers.errors[0]
    assert outbox_states(db, campaign) == []


def test_preview_for_any_signatory_and_live_errors(qtbot, tab, db, campaign):  # noqa: F811
    panel = tab.templates
    panel.list.setCurrentRow([t.kind for t in panel.templates()].index("reminder"))
    with db.session() as s:
        russian = [r.id for r in list_signatories(s, campaign) if r.name == "Мемориал"][0]
    panel.select_preview_signatory(russian)
    text = panel.preview.toPlainText()
    assert text.startswith("To: Дмитрий Иванов <dmitry@memorial.example>")
    assert "Dear Дмитрий Иванов," in text and "Мемориал among the signatories" in text
    assert not panel.preview_error.isVisible()

    panel.subject.setText("Reminder for {organization}")
    qtbot.waitUntil(lambda: panel.preview_error.isVisible(), timeout=2000)
    assert "unknown placeholder {organization}" in panel.preview_error.text()
    assert "did you mean {organisation}?" in panel.preview_error.text()
    assert panel.preview.toPlainText() == ""


def test_save_and_reset_a_template(qtbot, tab, db, campaign, answers):  # noqa: F811
    panel = tab.templates
    panel.list.setCurrentRow([t.kind for t in panel.templates()].index("thank_you"))
    panel.subject.setText("Thank you, {organisation}!")
    click(qtbot, panel.save_button)
    with db.session() as s:
        saved = find_template(s, campaign, "thank_you")
    assert not saved.is_default and saved.subject == "Thank you, {organisation}!"
    assert "Thank-you (en)" in [tab.recipients.template.itemText(i)
                                for i in range(tab.recipients.template.count())]
    click(qtbot, panel.reset_button)
    assert answers.questions and "standard wording" in answers.questions[-1]
    with db.session() as s:
        assert find_template(s, campaign, "thank_you").is_default


def test_a_template_a_teammate_saved_meanwhile_is_not_written_over(
        qtbot, tab, db, campaign, answers):  # noqa: F811
    panel = tab.templates
    panel.list.setCurrentRow([t.kind for t in panel.templates()].index("reminder"))
    with db.session() as s:  # a teammate saves the reminder while it is open here
        theirs = find_template(s, campaign, "reminder")
        save_template(s, campaign, kind="reminder", subject="Their subject",
                      body=theirs.body, language=theirs.language)
    panel.subject.setText("My subject")
    click(qtbot, panel.save_button)
    assert answers.errors[-1] == (
        "Another coordinator saved “Reminder (en)” while you were editing it, so nothing was "
        "saved. Your text is still in the editor: save again to replace their version with "
        "yours.")
    assert panel.subject.text() == "My subject"  # my text stays in the editor
    with db.session() as s:
        assert find_template(s, campaign, "reminder").subject == "Their subject"
    click(qtbot, panel.save_button)  # knowingly, over theirs
    with db.session() as s:
        assert find_template(s, campaign, "reminder").subject == "My subject"


def test_insert_placeholder_chip(qtbot, tab):
    from PySide6.QtWidgets import QPushButton

    panel = tab.templates
    panel.body.setPlainText("")
    click(qtbot, child(tab, QPushButton, "insert_deadline"))
    assert panel.body.toPlainText() == "{deadline}"


def test_tab_leaves_the_template_body(qtbot, tab):
    """Tab moves the focus on out of the body instead of typing a tab
    character into the message (issue 21)."""
    from PySide6.QtWidgets import QApplication

    body = child(tab, QPlainTextEdit, "templateBody")
    tab.activateWindow()
    body.setFocus()
    qtbot.waitUntil(body.hasFocus)
    text = body.toPlainText()
    qtbot.keyClick(body, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not body
    assert body.toPlainText() == text
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab,
                   Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is body


def queue_all(db, campaign_id, kind="reminder"):  # noqa: F811
    with db.session() as s:
        template = find_template(s, campaign_id, kind)
        return queue_messages(s, campaign_id, template, recipients(s, campaign_id))


def test_send_with_progress(qtbot, tab, db, campaign, smtp_configured):  # noqa: F811
    queue_all(db, campaign)
    tab.pages.setCurrentIndex(PAGE_OUTBOX)
    tab.outbox.refresh()
    values = []
    tab.outbox.progress.valueChanged.connect(values.append)
    with qtbot.waitSignal(tab.changed):
        click(qtbot, tab.outbox.send_button)
    assert values[:5] == [1, 2, 3, 4, 5]
    assert len(smtp_configured.handler.messages) == 5
    table = tab.outbox.table
    assert {table.item(i, 5).text() for i in range(table.rowCount())} == {"Sent"}
    assert tab.outbox.status.text() == "Done: 5 sent."
    assert not tab.outbox.cancel_button.isEnabled()
    with db.session() as s:
        assert {r.status for r in list_signatories(s, campaign)} == {"reminded"}


def test_cancel_from_progress(qtbot, tab, db, campaign, smtp_configured):  # noqa: F811
    queue_all(db, campaign)
    tab.outbox.refresh()

    def cancel_at_two(value):
        if value == 2:
            click(qtbot, tab.outbox.cancel_button)

    tab.outbox.progress.valueChanged.connect(cancel_at_two)
    click(qtbot, tab.outbox.send_button)
    assert len(smtp_configured.handler.messages) == 2
    assert outbox_states(db, campaign) == ["queued"] * 3 + ["sent"] * 2
    assert tab.outbox.status.text() == "Sending cancelled. 3 messages are still queued."
    assert tab.outbox.send_button.isEnabled() and tab.outbox.send_button.text() == \
        "Send 3 waiting"


def test_uncertain_message_is_resolved_by_the_coordinator(qtbot, tab, db, campaign,  # noqa: F811
                                                          smtp_factory):  # noqa: F811
    server = smtp_factory(Recorder(drop={2: "kept"}))
    with db.session() as s:
        save_smtp_settings(s, server.settings())
    queue_all(db, campaign)
    tab.outbox.refresh()
    click(qtbot, tab.outbox.send_button)
    assert "1 uncertain" in tab.outbox.status.text()
    assert "check your Sent folder" in tab.outbox.status.text()
    table = tab.outbox.table
    row = [i for i in range(table.rowCount()) if table.item(i, 5).text() == "Uncertain"][0]
    table.selectRow(row)
    assert not tab.outbox.exclude_button.isEnabled()
    click(qtbot, tab.outbox.arrived_button)
    assert outbox_states(db, campaign) == ["sent"] * 5
    assert len(server.handler.messages) == 5


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_password_asked_once_when_no_keyring(qtbot, tab, db, campaign, smtp_factory,  # noqa: F811
                                             monkeypatch):
    from aiosmtpd.smtp import AuthResult

    from signon.ui import dialogs

    def authenticator(server, session, envelope, mechanism, auth_data):
        return AuthResult(success=auth_data.password == b"typed", handled=False)

    server = smtp_factory(Recorder(), authenticator=authenticator, auth_required=True,
                          auth_require_tls=False)
    with db.session() as s:
        save_smtp_settings(s, server.settings(user="ana"))
    prompts = []
    monkeypatch.setattr(dialogs, "ask_password",
                        lambda parent, title, text: prompts.append(text) or "typed")
    queue_all(db, campaign)
    tab.outbox.refresh()
    click(qtbot, tab.outbox.send_button)
    assert len(server.handler.messages) == 5
    assert len(prompts) == 1 and "memory for this session only" in prompts[0]
    assert secrets.get_password(server.host, "ana") == "typed"  # not asked again
    secrets.clear_session()


def test_eml_export_then_mark_as_sent(qtbot, tab, db, campaign, tmp_path,  # noqa: F811
                                      monkeypatch, answers):
    from signon.ui import dialogs

    monkeypatch.setattr(dialogs, "choose_folder", lambda *a: str(tmp_path / "eml"))
    queue_all(db, campaign)
    tab.outbox.refresh()
    click(qtbot, tab.outbox.eml_button)
    assert len(list((tmp_path / "eml").glob("*.eml"))) == 5
    assert "Saved 5 .eml files" in tab.outbox.status.text()
    tab.outbox.select_all()
    with qtbot.waitSignal(tab.changed):
        click(qtbot, tab.outbox.mark_sent_button)
    assert outbox_states(db, campaign) == ["sent"] * 5
    with db.session() as s:
        assert {r.status for r in list_signatories(s, campaign)} == {"reminded"}


def test_mailto_opens_the_selected_messages(qtbot, tab, db, campaign, monkeypatch):  # noqa: F811
    from signon.ui import dialogs

    opened = []
    monkeypatch.setattr(dialogs, "open_link", opened.append)
    queue_all(db, campaign)
    tab.outbox.refresh()
    tab.outbox.table.selectRow(0)
    click(qtbot, tab.outbox.mailto_button)
    assert len(opened) == 1 and opened[0].startswith("mailto:marwa@accessnow.example?subject=")


def test_exclude_and_include(qtbot, tab, db, campaign):  # noqa: F811
    queue_all(db, campaign)
    tab.outbox.refresh()
    tab.outbox.table.selectRow(0)
    click(qtbot, tab.outbox.exclude_button)
    assert outbox_states(db, campaign) == ["excluded"] + ["queued"] * 4
    tab.outbox.filter.setCurrentIndex(3)  # Excluded
    assert tab.outbox.table.rowCount() == 1
    tab.outbox.table.selectRow(0)
    click(qtbot, tab.outbox.include_button)
    assert outbox_states(db, campaign) == ["queued"] * 5


def test_smtp_settings_dialog_keeps_password_in_memory_without_keyring(qtbot, tab, db,
                                                                       answers):
    def fill(dialog):
        assert "memory for this session only" in dialog.keyring_note.text()
        assert not dialog.remember.isEnabled()
        dialog.host.setText("smtp.coalition.example")
        dialog.user.setText("ana")
        dialog.password_edit.setText("never-on-disk-7")
        dialog.from_address.setText("ana@coalition.example")
        dialog.from_name.setText("Ana García")
        dialog.accept()
        return dialog.result() == dialog.DialogCode.Accepted

    answers.on_dialog = fill
    click(qtbot, tab.outbox.smtp_button)
    with db.session() as s:
        settings = load_smtp_settings(s)
    assert settings == SmtpSettings(host="smtp.coalition.example", user="ana",
                                    from_address="ana@coalition.example",
                                    from_name="Ana García")
    assert secrets.get_password("smtp.coalition.example", "ana") == "never-on-disk-7"
    assert "memory for this session only" in tab.outbox.status.text()
    db.close()
    assert b"never-on-disk-7" not in db.path.read_bytes()
    secrets.clear_session()


def test_smtp_settings_dialog_names_the_bad_field(qtbot, tab, answers):
    def fill(dialog):
        dialog.host.setText("smtp.coalition.example")
        dialog.from_address.setText("not an address")
        dialog.accept()
        assert dialog.error.isVisibleTo(dialog)
        assert "sender address" in dialog.error.text()
        return False

    answers.on_dialog = fill
    click(qtbot, tab.outbox.smtp_button)


def test_deadline_reminders_and_no_response(qtbot, tab, db, campaign, answers):  # noqa: F811
    panel = tab.deadline
    panel.clock = lambda: datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    tab.pages.setCurrentIndex(PAGE_DEADLINE)
    assert panel.days_left.text() == "6 days left · deadline December 1, 2026"
    assert panel.table.model().rowCount() == 5
    assert "The round of November 24, 2026 is due." in panel.schedule.text()
    assert not panel.close_button.isEnabled()
    click(qtbot, panel.remind_button)
    assert tab.pages.currentIndex() == PAGE_OUTBOX
    assert outbox_states(db, campaign) == ["queued"] * 5

    panel.clock = lambda: datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
    tab.pages.setCurrentIndex(PAGE_DEADLINE)
    assert panel.days_left.text().startswith("Deadline passed 1 day ago")
    assert not panel.remind_button.isEnabled()
    with qtbot.waitSignal(tab.changed):
        click(qtbot, panel.close_button)
    with db.session() as s:
        assert {r.status for r in list_signatories(s, campaign)} == {"no_response"}
    assert panel.table.model().rowCount() == 0


def test_reminder_days(qtbot, tab, db, campaign, answers):  # noqa: F811
    """The Deadline page keeps the reminder days; the form link and the
    coordinator are campaign settings (issue 21)."""
    panel = tab.deadline
    assert tab.findChild(QLineEdit, "formLink") is None
    panel.reminder_days.setText("10, 3")
    click(qtbot, panel.save_button)
    with db.session() as s:
        c = get_campaign(s, campaign)
    assert (c.form_link, c.coordinator, c.reminder_days) == (
        "https://forms.example/sign", "Ana García", "10,3")
    panel.reminder_days.setText("soon")
    click(qtbot, panel.save_button)
    assert "'soon' is not a number" in answers.errors[-1]


def test_screenshot(qtbot, tab, db, campaign, tmp_path):  # noqa: F811
    queue_all(db, campaign)
    tab.pages.setCurrentIndex(PAGE_OUTBOX)
    tab.outbox.table.selectRow(1)
    qtbot.wait(10)
    image = tab.grab()
    assert image.width() >= 1000 and image.height() >= 700
    assert image.save(str(tmp_path / "outreach.png"))


def test_coming_back_to_the_tab_shows_changes_made_elsewhere(qtbot, tab, db,
                                                             campaign):  # noqa: F811
    from signon.store.signatories import set_status

    tab.pages.setCurrentIndex(PAGE_RECIPIENTS)
    choose_template(tab, "Reminder (en)")
    table = tab.recipients.table
    assert table.model().rowCount() == 5
    table.selectRow(4)
    tab.hide()  # the coordinator goes to the Signatories tab …
    with db.session() as s:
        first = list_signatories(s, campaign)[0].id
        set_status(s, first, "endorsed", channel="form")
    tab.note_change()  # (the window tells the tabs out of view that one wrote)
    tab.show()  # … and comes back
    assert table.model().rowCount() == 4
    # the rows are read again; the one selected stays selected
    assert [i.row() for i in table.selectionModel().selectedRows()] == [3]
    assert cell(table, 3, 0) == PEOPLE[4][0]


def test_a_switch_reads_the_signatories_once_for_every_page(qtbot, tab, db, monkeypatch,
                                                           campaign):  # noqa: F811
    """Messages, Recipients and Deadline share one snapshot (issue 22): the
    signatory list used to be read four times per switch, and the letter
    twice for {statement}."""
    from signon.outreach import mailing
    from signon.store import letters

    reads = []
    real = mailing.recipient_rows
    monkeypatch.setattr(mailing, "recipient_rows",
                        lambda *a, **k: reads.append(a[1]) or real(*a, **k))
    monkeypatch.setattr(letters, "signatory_entries",
                        lambda *a, **k: pytest.fail("{statement} needs no signatories"))
    tab.set_campaign(None)
    tab.set_campaign(campaign)
    assert reads == [campaign]
    assert tab.templates.preview_for.count() == len(PEOPLE)
    assert tab.deadline.table.model().rowCount() == 5
    tab.pages.setCurrentIndex(PAGE_RECIPIENTS)  # a page coming into view reads once more
    assert reads == [campaign, campaign]
    reads.clear()
    tab.recipients.country.setCurrentIndex(tab.recipients.country.count() - 1)
    tab.recipients.status.setCurrentIndex(0)  # filtering reads nothing
    assert reads == []


# -- a new campaign: no form link, no coordinator (issue 21) ------------------------


@pytest.fixture
def new_campaign(db):
    """A campaign as the New campaign dialog leaves it when the link and the
    coordinator are left empty: no deadline either, three prospects, one
    without a contact name."""
    from signon.store.campaigns import create_campaign

    with db.session() as s:
        c = create_campaign(s, "Open letter on spyware", language="en")
        add_signatory(s, c.id, name="Access Now", contact_email="info@accessnow.example")
        add_signatory(s, c.id, name="Derechos Digitales", contact_name="José Pérez",
                      contact_email="jose@derechosdigitales.example")
        add_signatory(s, c.id, name="Amnesty Tech", contact_name="Likhita Banerji",
                      contact_email="likhita@amnesty.example")
        return c.id


def select_template(panel, label):
    names = [panel.list.item(i).text() for i in range(panel.list.count())]
    row = [i for i, name in enumerate(names) if name.startswith(label)]
    assert row, (label, names)
    panel.list.setCurrentRow(row[0])


def test_default_invitation_works_on_a_new_campaign(qtbot, db, new_campaign, answers):
    """No link, no coordinator, no deadline: the invitation previews and
    queues as it is (the refusal "{link} has no value" of issue 21)."""
    tab = OutreachTab(db)
    qtbot.addWidget(tab)
    tab.resize(1100, 720)
    tab.set_campaign(new_campaign)
    tab.show()
    panel = tab.templates
    select_template(panel, "Invitation (en)")
    text = panel.preview.toPlainText()
    assert "How to endorse: reply to this message with your organisation’s name" in text
    assert "The coordinating team" in text and "Dear colleagues," in text
    assert not panel.preview_error.isVisible() and not panel.set_value.isVisible()

    tab.pages.setCurrentIndex(PAGE_RECIPIENTS)
    choose_template(tab, "Invitation (en)")
    table = tab.recipients.table
    assert [cell(table, i, 5) for i in range(table.model().rowCount())] == ["", "", ""]
    assert not tab.recipients.missing.isVisible()
    click(qtbot, tab.recipients.queue_button)
    assert answers.errors == []
    assert outbox_states(db, new_campaign) == ["queued"] * 3


def outreach_in(window, qtbot, campaign_id):
    """The main window showing `campaign_id`'s Outreach tab, read."""
    window.refresh(select=campaign_id)
    window.tab_widget.setCurrentIndex(2)
    tab = window.tab(2)
    assert isinstance(tab, OutreachTab)
    qtbot.waitUntil(lambda: tab.templates.campaign_id == campaign_id)
    return tab


def answer_settings(qtbot, field, text=None, *, seen):
    """An exec_dialog answer: show Campaign settings, note which field has
    the focus, type `text` there and save."""
    from PySide6.QtWidgets import QApplication, QPushButton

    def answer(dialog):
        assert dialog.objectName() == "campaignSettingsDialog"
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        widget = dialog.findChild(QWidget, field)
        qtbot.waitUntil(widget.hasFocus)
        seen["focus"] = QApplication.focusWidget().objectName()
        if text is not None and text.isascii():
            qtbot.keyClicks(widget, text)
        elif text is not None:  # QTest types no accented letter (Qt aborts)
            widget.insert(text)
        qtbot.mouseClick(dialog.findChild(QPushButton, "okButton"), Qt.MouseButton.LeftButton)
        return dialog.result() == dialog.DialogCode.Accepted

    return answer


def test_a_template_needing_the_form_link_offers_to_set_it(qtbot, main_window, db,
                                                           new_campaign, answers):
    """A custom template with {link} and no fallback, on a campaign without a
    link: the refusal comes with "Set form link…", which opens Campaign
    settings in the link field; once a link is saved the problem is gone."""
    with db.session() as s:
        save_template(s, new_campaign, kind="custom", name="Sign here", language="en",
                      subject="Sign “{campaign}”",
                      body="Dear {contact|colleagues},\n\nPlease sign here: {link}\n")
    tab = outreach_in(main_window, qtbot, new_campaign)
    panel = tab.templates
    select_template(panel, "Sign here")
    assert panel.preview_error.isVisible()
    assert "{link} has no value" in panel.preview_error.text()
    assert "(the campaign has no form link)" in panel.preview_error.text()
    button = child(tab, QPushButton, "previewSetValueButton")
    assert button.isVisible() and button.text() == "Set form link…"

    tab.pages.setCurrentIndex(PAGE_RECIPIENTS)
    choose_template(tab, "Sign here")
    table = tab.recipients.table
    assert {cell(table, i, 5) for i in range(table.model().rowCount())} == {
        "{link} has no value"}
    assert tab.recipients.missing_label.text() == (
        "“Sign here” uses {link}, and the campaign has no form link.")
    button = child(tab, QPushButton, "recipientsSetValueButton")
    assert button.isVisible() and button.text() == "Set form link…"

    seen = {}
    answers.on_dialog = answer_settings(qtbot, "formLinkEdit", "https://forms.example/spyware",
                                        seen=seen)
    click(qtbot, button)
    assert seen["focus"] == "formLinkEdit"
    with db.session() as s:
        assert get_campaign(s, new_campaign).form_link == "https://forms.example/spyware"
    # the tab read the campaign again: no problem left, on either page
    qtbot.waitUntil(lambda: not tab.recipients.missing.isVisible())
    assert [cell(table, i, 5) for i in range(table.model().rowCount())] == ["", "", ""]
    assert tab.recipients.model.checked_count() == 3
    tab.pages.setCurrentIndex(0)
    qtbot.waitUntil(lambda: "https://forms.example/spyware" in panel.preview.toPlainText())
    assert not panel.preview_error.isVisible() and not panel.set_value.isVisible()
    assert answers.errors == []


def test_set_deadline_and_set_coordinator(qtbot, main_window, db, new_campaign, answers):
    """The reminder needs the deadline ("Set deadline…" unticks No deadline
    and focuses the date); a template signed {coordinator} needs one."""
    from datetime import date, timedelta

    tab = outreach_in(main_window, qtbot, new_campaign)
    tab.pages.setCurrentIndex(PAGE_RECIPIENTS)
    choose_template(tab, "Reminder (en)")
    recipients_page = tab.recipients
    recipients_page.status.setCurrentIndex(0)  # any status: they are all prospects
    assert recipients_page.missing_label.text() == (
        "“Reminder (en)” uses {deadline}, and the campaign has no deadline.")
    assert recipients_page.set_value.text() == "Set deadline…"
    seen = {}
    answers.on_dialog = answer_settings(qtbot, "deadlineEdit", seen=seen)
    click(qtbot, recipients_page.set_value)
    assert seen["focus"] == "deadlineEdit"
    with db.session() as s:  # the dialog's proposal: 30 days from today
        assert get_campaign(s, new_campaign).deadline == date.today() + timedelta(days=30)
    qtbot.waitUntil(lambda: not recipients_page.missing.isVisible())

    with db.session() as s:
        save_template(s, new_campaign, kind="custom", name="Signed", language="en",
                      subject="News", body="Dear {contact|colleagues},\n\n{coordinator}")
    tab.read_again()
    choose_template(tab, "Signed")
    assert recipients_page.set_value.text() == "Set coordinator…"
    answers.on_dialog = answer_settings(qtbot, "coordinatorEdit", "Ana García", seen=seen)
    click(qtbot, recipients_page.set_value)
    assert seen["focus"] == "coordinatorEdit"
    with db.session() as s:
        assert get_campaign(s, new_campaign).coordinator == "Ana García"
    qtbot.waitUntil(lambda: not recipients_page.missing.isVisible())


def test_a_template_being_written_survives_setting_the_link(qtbot, main_window, db,
                                                            new_campaign, answers):
    """Setting the link from the preview of a new custom template, not saved
    yet: the campaign is read again, and the template stays as typed."""
    tab = outreach_in(main_window, qtbot, new_campaign)
    panel = tab.templates
    click(qtbot, panel.new_button)
    panel.name.setText("Sign here")
    panel.subject.setText("Sign “{campaign}”")
    panel.body.setPlainText("Please sign: {link}")
    panel.update_preview()
    assert "{link} has no value" in panel.preview_error.text()
    seen = {}
    answers.on_dialog = answer_settings(qtbot, "formLinkEdit", "forms.example/s", seen=seen)
    click(qtbot, panel.set_value)
    qtbot.waitUntil(lambda: "https://forms.example/s" in panel.preview.toPlainText())
    assert (panel.name.text(), panel.body.toPlainText()) == ("Sign here", "Please sign: {link}")
    assert panel.list.currentItem().text() == "Custom (new)"
    click(qtbot, panel.save_button)
    with db.session() as s:
        assert find_template(s, new_campaign, "Sign here").body == "Please sign: {link}"
