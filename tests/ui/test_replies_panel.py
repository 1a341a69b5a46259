"""The Outreach tab's Replies page (issue 18, "Endorse by reply") driven
through its widgets: read the test mailbox (tests/data/inbox, whose
replies answer `support.inbox_campaign`'s invitations), see what each
message is and whether its sender is verified, apply the clear replies and
see the statuses move in the Signatories tab, decide the others by hand,
keep who authorised one, save the private evidence report, cancel a
reading; the Verification column, the verified count under the title, and
the outbox's bounced state."""

from __future__ import annotations

import csv
import stat
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QTableView, QTableWidget
from support.inbox_campaign import EML_FILES, EXPECTED, INBOX, make_campaign, write_mbox

from signon.outreach.imap import load_imap_settings
from signon.store import outbox
from signon.store.dbapi import list_campaigns
from signon.store.replies import NewReply, list_replies, record_reply
from signon.store.signatories import list_signatories, set_status
from signon.ui import colours, dialogs
from signon.ui.outreach.outbox_panel import STATE_COLUMN
from signon.ui.outreach.replies_model import (
    COL_ACTION,
    COL_MATCH,
    COL_SIGNATORY,
    COL_STATE,
    COL_VERIFIED,
)
from signon.ui.outreach_tab import PAGE_OUTBOX, PAGE_REPLIES, OutreachTab
from signon.ui.signatories.table_model import COL_VERIFICATION
from signon.ui.signatories_tab import SignatoriesTab

SIGNATORIES, OUTREACH = 1, 2
APC, DD, PI, EFF, A19, ACCESS = (
    "Association for Progressive Communications", "Derechos Digitales",
    "Privacy International", "Electronic Frontier Foundation", "ARTICLE 19", "Access Now")
APC_REPLY = "<reply-apc-1@apc.example.org>"
ACCESS_REPLY = "<reply-access-1@accessnow.example.org>"
EFF_REPLY = "<eff-fresh-1@eff.example.org>"


@pytest.fixture
def inbox(db):
    with db.session() as s:
        return make_campaign(s)


@pytest.fixture
def mbox(tmp_path):
    return write_mbox(tmp_path / "replies.mbox")


def settle(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(10)


@pytest.fixture
def window(qtbot, inbox, main_window):
    """The main window on the inbox campaign, at 1100×720."""
    main_window.resize(1100, 720)
    assert main_window.campaign_list.select_campaign(inbox.id)
    settle(qtbot)
    return main_window


def outreach(window) -> OutreachTab:
    window.tab_widget.setCurrentIndex(OUTREACH)
    tab = window.tab(OUTREACH)
    assert isinstance(tab, OutreachTab)
    return tab


@pytest.fixture
def page(qtbot, window, mbox, monkeypatch):
    """The Replies page, reading from the mbox file chosen in its dialog."""
    tab = outreach(window)
    tab.pages.setCurrentIndex(PAGE_REPLIES)
    panel = tab.replies
    assert panel.objectName() == "repliesPanel"
    source = panel.findChild(type(panel.source), "replySource")
    source.setCurrentIndex(source.findData("mbox"))
    monkeypatch.setattr(dialogs, "choose_open_file", lambda *_a: str(mbox))
    click(qtbot, button(panel, "chooseReplySourceButton"))
    assert panel.source_label.full_text() == str(mbox)
    return panel


def button(widget, name) -> QPushButton:
    found = widget.findChild(QPushButton, name)
    assert found is not None, name
    return found


def click(qtbot, widget) -> None:
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def table(panel) -> QTableView:
    found = panel.findChild(QTableView, "repliesTable")
    assert found is not None
    return found


def cells(panel, col: int, role=Qt.ItemDataRole.DisplayRole) -> list:
    model = table(panel).model()
    return [model.index(r, col).data(role) for r in range(model.rowCount())]


def select(panel, message_id: str) -> None:
    assert panel.select_message(message_id), message_id
    assert panel.selected_row().message_id == message_id


def statuses(db, campaign_id) -> dict[str, str]:
    with db.session() as s:
        return {r.name: r.status for r in list_signatories(s, campaign_id)}


def read(qtbot, page) -> None:
    click(qtbot, button(page, "readRepliesButton"))


def apply_clear(qtbot, page, answers) -> None:
    answers.confirm = True
    click(qtbot, button(page, "applyClearButton"))


# -- reading ------------------------------------------------------------------------------


def test_reading_shows_what_each_message_is_and_writes_nothing(qtbot, page, db, inbox,
                                                               tmp_path):
    before = statuses(db, inbox.id)
    db_file = tmp_path / "signon.db"
    bytes_before = db_file.read_bytes() if db_file.exists() else None
    read(qtbot, page)

    assert cells(page, COL_SIGNATORY) == [s or "unmatched" for s, *_ in EXPECTED]
    assert cells(page, COL_MATCH) == [{"thread": "Thread", "sender": "Sender"}.get(m, "")
                                      for _s, m, *_ in EXPECTED]
    assert cells(page, COL_ACTION) == ["Endorse", "Decline", "Bounce", "Endorse",
                                       "Automatic reply", "To review", "Unmatched",
                                       "Duplicate"]
    assert cells(page, COL_STATE) == ["To apply", "To apply", "To apply", "To record",
                                      "Ignored", "To record", "Not recorded", "Not recorded"]
    # a clear mark, and why (or why not) as the tooltip
    verified = cells(page, COL_VERIFIED)
    assert verified[:2] == ["✓ Verified", "Not verified"]
    assert verified[2] == verified[6] == ""  # a bounce, an unmatched message
    tips = cells(page, COL_VERIFIED, Qt.ItemDataRole.ToolTipRole)
    assert tips[0].startswith("Verified: campaigns@apc.example.org is the organisation's")
    assert "neither DKIM nor DMARC passed for derechos.example.org (DKIM fail" in tips[1]
    assert "bounce comes from a mail server" in tips[2]
    # the action's colour, as the status it leads to
    colour = cells(page, COL_ACTION, Qt.ItemDataRole.ForegroundRole)
    assert colour[0].color().name() == colours.ENDORSED_GREEN
    assert colour[1].color().name() == colours.DECLINED_RED

    assert page.summary.text() == (
        "8 replies: 2 endorse, 1 decline, 1 to review, 1 bounce, 1 automatic reply, "
        "1 duplicate, 1 unmatched · 3 verified · 3 to apply · 2 yours to decide")
    assert "Nothing was written" in page.status.text()

    # the reply's own text, not the quoted invitation
    select(page, ACCESS_REPLY)
    assert "Could we change the second paragraph" in page.text.toPlainText()
    assert "Would you endorse?" not in page.text.toPlainText()
    # nothing to decide before the reply is recorded
    for name in ("endorseReplyButton", "declineReplyButton", "ignoreReplyButton"):
        assert not button(page, name).isEnabled(), name
    assert not page.rep_name.isEnabled()

    assert statuses(db, inbox.id) == before
    with db.session() as s:
        assert list_replies(s, inbox.id) == []
    if bytes_before is not None:
        assert db_file.read_bytes() == bytes_before


def test_cancel_stops_a_reading(qtbot, page, db, inbox):
    cancel = button(page, "cancelReadButton")
    assert not cancel.isVisible()
    seen = []

    def cancel_midway(value: int) -> None:
        if value >= 2 and not seen:
            seen.append(value)
            assert cancel.isVisible() and cancel.isEnabled()
            cancel.click()

    page.progress.valueChanged.connect(cancel_midway)
    read(qtbot, page)
    assert seen
    assert page.status.text() == "Reading cancelled; nothing was written."
    assert table(page).model().rowCount() == 0
    assert not cancel.isVisible()
    assert button(page, "readRepliesButton").isEnabled()
    with db.session() as s:
        assert list_replies(s, inbox.id) == []


def test_a_missing_mbox_is_one_line_in_a_dialog(qtbot, page, answers, tmp_path, monkeypatch):
    monkeypatch.setattr(dialogs, "choose_open_file", lambda *_a: str(tmp_path / "gone.mbox"))
    click(qtbot, button(page, "chooseReplySourceButton"))
    read(qtbot, page)
    assert answers.errors and "no such mbox file" in answers.errors[-1]
    assert page.status.text().startswith("Reading stopped:")
    assert button(page, "readRepliesButton").isEnabled()


def test_a_folder_of_eml_files(qtbot, window, db, inbox, monkeypatch):
    tab = outreach(window)
    tab.pages.setCurrentIndex(PAGE_REPLIES)
    panel = tab.replies
    panel.source.setCurrentIndex(panel.source.findData("eml"))
    assert button(panel, "chooseReplySourceButton").isVisible()
    assert not button(panel, "mailboxSettingsButton").isVisible()
    monkeypatch.setattr(dialogs, "choose_folder", lambda *_a: str(INBOX))
    read(qtbot, panel)  # no folder yet: the dialog first, then the reading
    assert cells(panel, COL_SIGNATORY)[:2] == [APC, DD]
    assert table(panel).model().rowCount() == len(EML_FILES)


# -- applying ----------------------------------------------------------------------------


def test_apply_clear_replies_moves_statuses_everywhere(qtbot, page, window, db, inbox,
                                                       answers):
    read(qtbot, page)
    apply_clear(qtbot, page, answers)
    assert "3 to apply" in answers.questions[-1]
    assert statuses(db, inbox.id)[APC] == "endorsed"
    assert statuses(db, inbox.id)[DD] == "declined"
    assert cells(page, COL_STATE)[:6] == ["Applied", "Applied", "Applied", "Yours to decide",
                                         "Ignored", "Yours to decide"]
    assert "3 clear replies applied" in page.status.text()
    with db.session() as s:
        assert len(list_replies(s, inbox.id)) == 6  # matched; not the newsletter, not the copy
        [bounced] = [m for m in outbox.outbox(s, inbox.id) if m.state == outbox.BOUNCED]
        assert bounced.to_address == "pi@privacy.example.org"

    # the window's other tabs see it: the heading, the Signatories tab
    settle(qtbot)
    assert window.subheading.text().startswith("Collecting · 1 endorsed of 6 · 1 verified")
    window.tab_widget.setCurrentIndex(SIGNATORIES)
    signatories = window.tab(SIGNATORIES)
    assert isinstance(signatories, SignatoriesTab)
    qtbot.waitUntil(lambda: signatories.model.total == 6)
    settle(qtbot)
    shown = {signatories.model.row_tuple(r)[2]: r for r in range(signatories.model.rowCount())}
    model = signatories.model
    assert model.index(shown[APC], 4).data() == "Endorsed"
    assert model.index(shown[DD], 4).data() == "Declined"
    assert not signatories.table.isColumnHidden(COL_VERIFICATION)
    assert model.index(shown[APC], COL_VERIFICATION).data() == "✓ verified"
    assert model.index(shown[DD], COL_VERIFICATION).data() == ""  # a refusal endorses nothing

    # applying again applies nothing twice
    tab = outreach(window)
    tab.pages.setCurrentIndex(PAGE_REPLIES)
    apply_clear(qtbot, page, answers)
    assert "0 clear replies applied" in page.status.text()
    with db.session() as s:
        assert len(list_replies(s, inbox.id)) == 6


def test_endorse_a_reply_to_review_by_hand(qtbot, page, window, db, inbox, answers):
    read(qtbot, page)
    apply_clear(qtbot, page, answers)
    select(page, APC_REPLY)  # applied already: nothing left to decide
    assert not button(page, "endorseReplyButton").isEnabled()
    select(page, ACCESS_REPLY)
    for name in ("endorseReplyButton", "declineReplyButton", "ignoreReplyButton"):
        assert button(page, name).isEnabled(), name
    click(qtbot, button(page, "endorseReplyButton"))
    assert statuses(db, inbox.id)[ACCESS] == "endorsed"
    assert page.status.text() == "Access Now: endorsed version 1."
    select(page, ACCESS_REPLY)
    assert page.selected_row().state == "applied"
    assert not button(page, "endorseReplyButton").isEnabled()
    settle(qtbot)
    assert "· 2 verified" in window.subheading.text()
    with db.session() as s:
        [summary] = [c for c in list_campaigns(s) if c.id == inbox.id]
        assert summary.verified == 2

    # a sender-only match is the coordinator's too: declined by hand
    select(page, EFF_REPLY)
    click(qtbot, button(page, "declineReplyButton"))
    assert statuses(db, inbox.id)[EFF] == "declined"


def test_ignore_a_reply(qtbot, page, db, inbox, answers):
    read(qtbot, page)
    apply_clear(qtbot, page, answers)
    select(page, EFF_REPLY)
    click(qtbot, button(page, "ignoreReplyButton"))
    assert statuses(db, inbox.id)[EFF] == "invited"
    select(page, EFF_REPLY)
    assert page.selected_row().state == "ignored"
    assert cells(page, COL_STATE)[3] == "Ignored"
    assert not button(page, "endorseReplyButton").isEnabled()
    with db.session() as s:
        [reply] = [r for r in list_replies(s, inbox.id) if r.message_id == EFF_REPLY]
        assert reply.applied_at is None and reply.outcome == "ignored by the coordinator"


def test_representative_and_the_private_evidence_report(qtbot, page, db, inbox, answers,
                                                        tmp_path, monkeypatch):
    evidence = button(page, "saveEvidenceButton")
    assert not evidence.isEnabled()  # nothing recorded yet
    assert "Private" in evidence.toolTip()
    read(qtbot, page)
    apply_clear(qtbot, page, answers)
    select(page, APC_REPLY)
    assert page.rep_name.isEnabled()
    page.rep_name.setText("  María   Pérez ")
    page.rep_role.setText("Executive director")
    click(qtbot, button(page, "saveRepresentativeButton"))
    with db.session() as s:
        [reply] = [r for r in list_replies(s, inbox.id) if r.message_id == APC_REPLY]
        assert (reply.representative_name, reply.representative_role) == (
            "María Pérez", "Executive director")
    select(page, APC_REPLY)
    assert page.rep_name.text() == "María Pérez"

    out = tmp_path / "evidence"
    asked = []

    def choose_save_file(_parent, title, start, _filters):
        asked.append((title, start))
        return str(out)

    monkeypatch.setattr(dialogs, "choose_save_file", choose_save_file)
    click(qtbot, evidence)
    assert "private" in asked[0][0]
    written = tmp_path / "evidence.csv"
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    with written.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 6
    apc = next(r for r in rows if r["message_id"] == APC_REPLY)
    assert (apc["representative_name"], apc["verified"]) == ("María Pérez", "yes")
    assert "private" in page.status.text()


# -- the Verification column, the heading ------------------------------------------------


def test_verification_column_values_and_sort(qtbot, window, db, inbox):
    window.tab_widget.setCurrentIndex(SIGNATORIES)
    signatories = window.tab(SIGNATORIES)
    qtbot.waitUntil(lambda: signatories.model.total == 6)
    assert signatories.table.isColumnHidden(COL_VERIFICATION)  # no reply endorsed yet
    moment = datetime(2024, 1, 20, tzinfo=UTC)
    with db.session() as s:
        for name, verified, mid in ((APC, True, "<a@x>"), (A19, False, "<b@x>")):
            sid = inbox.signatories[name]
            set_status(s, sid, "endorsed", channel="email reply", version=1, at=moment)
            record_reply(s, inbox.id, NewReply(
                message_id=mid, action="endorse", from_address="someone@example.org",
                signatory_id=sid, match="thread", verified=verified, applied_at=moment))
    window.note_change()
    signatories.reload()
    qtbot.waitUntil(lambda: not signatories.table.isColumnHidden(COL_VERIFICATION))
    model = signatories.model
    by_name = {model.row_tuple(r)[2]: model.index(r, COL_VERIFICATION)
               for r in range(model.rowCount())}
    assert by_name[APC].data() == "✓ verified"
    assert by_name[A19].data() == "by reply, not verified"
    assert by_name[ACCESS].data() == ""
    assert "could not be verified" in by_name[A19].data(Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(COL_VERIFICATION, Qt.Orientation.Horizontal) == "Verification"
    signatories.table.sortByColumn(COL_VERIFICATION, Qt.SortOrder.AscendingOrder)
    order = [model.index(r, COL_VERIFICATION).data() for r in range(model.rowCount())]
    assert order[:2] == ["✓ verified", "by reply, not verified"]
    assert set(order[2:]) == {""}
    signatories.table.sortByColumn(COL_VERIFICATION, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, COL_VERIFICATION).data()
            for r in range(model.rowCount())][-2:] == ["by reply, not verified", "✓ verified"]


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request, db):
    """The SQLite file, or a PostgreSQL database (a team's)."""
    if request.param == "sqlite":
        yield db
        return
    from signon.store.database import open_database

    database = open_database(request.getfixturevalue("pg_db_url"))
    yield database
    database.close()


def test_verified_count_in_the_campaign_summary(any_db):
    from signon.outreach.inbox import read_inbox
    from signon.outreach.mailboxes import EmlFolder

    with any_db.session() as s:
        cid = make_campaign(s).id
    read_inbox(any_db, cid, EmlFolder(INBOX), apply=True)
    with any_db.session() as s:
        [summary] = [c for c in list_campaigns(s) if c.id == cid]
    # APC's endorsement is verified; DD's refusal endorses nothing
    assert summary.counts == {"endorsed": 1, "declined": 1, "invited": 4}
    assert summary.verified == 1
    with any_db.transaction() as connection:  # SQL Core, as `signon list campaigns`
        [summary] = [c for c in list_campaigns(connection) if c.id == cid]
    assert summary.verified == 1


# -- the outbox's bounced state ------------------------------------------------------------


def test_the_outbox_shows_bounced_messages(qtbot, window, db, inbox):
    from signon.outreach.inbox import read_inbox
    from signon.outreach.mailboxes import EmlFolder

    read_inbox(db, inbox.id, EmlFolder(INBOX), apply=True)
    tab = outreach(window)
    tab.pages.setCurrentIndex(PAGE_OUTBOX)
    settle(qtbot)
    box = tab.findChild(QTableWidget, "outboxTable")
    states = {box.item(r, 2).text(): box.item(r, STATE_COLUMN) for r in range(box.rowCount())}
    bounced = states["pi@privacy.example.org"]
    assert bounced.text() == "Bounced"
    assert bounced.foreground().color().name() == colours.WARNING
    assert tab.outbox.counts.text() == "4 sent · 1 bounced"
    tab.outbox.filter.setCurrentIndex(tab.outbox.filter.findText("Bounced"))
    settle(qtbot)
    assert box.rowCount() == 1

    # the Bounced button marks a message bounced and flags its address
    tab.outbox.filter.setCurrentIndex(0)
    settle(qtbot)
    row = next(r for r in range(box.rowCount())
               if box.item(r, 2).text() == "info@article19.example.org")
    box.selectRow(row)
    click(qtbot, button(tab, "bouncedButton"))
    settle(qtbot)
    assert tab.outbox.counts.text() == "3 sent · 2 bounced"
    with db.session() as s:
        states = {m.to_address: m.state for m in outbox.outbox(s, inbox.id)}
    assert states["info@article19.example.org"] == outbox.BOUNCED


# -- the mailbox: settings, and a reading over IMAP --------------------------------------------


def fill_mailbox_dialog(**values):
    def fill(dialog):
        assert dialog.objectName() == "mailboxSettingsDialog"
        for name, value in values.items():
            widget = dialog.findChild(object, name)
            assert widget is not None, name
            if hasattr(widget, "setCurrentIndex"):
                widget.setCurrentIndex(widget.findData(value))
            elif hasattr(widget, "setValue"):
                widget.setValue(value)
            else:
                widget.setText(value)
        dialog.accept()
        return dialog.result() == dialog.DialogCode.Accepted
    return fill


def test_mailbox_settings_keep_the_password_out_of_the_database(qtbot, window, db, answers):
    from signon.outreach import secrets

    tab = outreach(window)
    tab.pages.setCurrentIndex(PAGE_REPLIES)
    panel = tab.replies
    assert panel.source.currentData() == "imap"
    assert panel.source_label.full_text().startswith("Not set up yet")
    answers.on_dialog = fill_mailbox_dialog(
        imapHost="imap.example.org", imapSecurity="starttls", imapUser="coalition@example.org",
        imapFolder="Replies", imapMoveTo="Done", imapPassword="s3cret-imap")
    click(qtbot, button(panel, "mailboxSettingsButton"))
    [dialog] = answers.dialogs
    # no keyring here: the dialog said so before, and the password stays in memory
    assert dialog.findChild(object, "keyringStatus").property("role") == "warning"
    assert not dialog.findChild(object, "imapRemember").isEnabled()
    with db.session() as s:
        settings = load_imap_settings(s)
    assert (settings.host, settings.security, settings.user, settings.folder,
            settings.move_to) == ("imap.example.org", "starttls", "coalition@example.org",
                                  "Replies", "Done")
    assert secrets.get_imap_password("imap.example.org", "coalition@example.org") == \
        "s3cret-imap"
    assert panel.source_label.full_text() == (
        "coalition@example.org on imap.example.org, folder Replies "
        "(recorded replies move to Done)")
    secrets.clear_session()


def test_mailbox_settings_name_the_wrong_field(qtbot, window, answers):
    tab = outreach(window)
    tab.pages.setCurrentIndex(PAGE_REPLIES)
    seen = []

    def fill(dialog):
        dialog.findChild(object, "imapHost").setText("imap.example.org")
        dialog.findChild(object, "imapUser").setText("me")
        dialog.findChild(object, "imapFolder").setText("INBOX")
        dialog.findChild(object, "imapMoveTo").setText("INBOX")
        dialog.accept()
        seen.append(dialog.findChild(object, "mailboxError").text())
        return False

    answers.on_dialog = fill
    click(qtbot, button(tab.replies, "mailboxSettingsButton"))
    assert seen == ["IMAP settings: replies cannot be moved to the folder they are read from"]


@pytest.fixture(scope="module")
def dovecot():
    from support.dovecot import Dovecot
    from support.requires import require

    require("dovecot")
    server = Dovecot().start()
    yield server
    server.stop()


def test_reading_and_applying_over_imap(qtbot, window, db, inbox, answers, dovecot,
                                        monkeypatch):
    from support.dovecot import PASSWORD, USER

    from signon.outreach import secrets

    dovecot.empty("INBOX")
    dovecot.empty("Processed")
    dovecot.deliver([p.read_bytes() for p in EML_FILES])
    tab = outreach(window)
    tab.pages.setCurrentIndex(PAGE_REPLIES)
    panel = tab.replies
    answers.on_dialog = fill_mailbox_dialog(
        imapHost="127.0.0.1", imapSecurity="none", imapPort=dovecot.port, imapUser=USER,
        imapFolder="INBOX", imapMoveTo="Processed")
    asked = []

    def ask_password(_parent, _title, prompt):
        asked.append(prompt)
        return PASSWORD

    monkeypatch.setattr(dialogs, "ask_password", ask_password)
    read(qtbot, panel)  # not set up: the settings first, then the password, then the reading
    assert len(asked) == 1 and USER in asked[0]
    assert cells(panel, COL_SIGNATORY) == [s or "unmatched" for s, *_ in EXPECTED]
    assert len(dovecot.uids("INBOX")) == len(EML_FILES)  # reading changes nothing

    apply_clear(qtbot, panel, answers)
    assert len(asked) == 1  # the session keeps the password
    assert statuses(db, inbox.id)[APC] == "endorsed"
    assert len(dovecot.uids("Processed")) == 7  # the recorded ones and the copy moved
    secrets.clear_session()


# -- it fits ----------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_page_with_replies_fits_the_default_window(qtbot, qapp, db, inbox, mbox, answers,
                                                       monkeypatch, language):
    """Read replies, at 1100×720, in English and in Arabic (right to left):
    nothing scrolls sideways, no button or drop-down is cut off."""
    from ui.test_fits_default_window import cut_off_controls, sideways_scrollbars

    from signon.ui import i18n
    from signon.ui.main_window import MainWindow
    from signon.ui.style import stylesheet

    i18n.install(qapp, language)
    try:
        win = MainWindow(db)
        qtbot.addWidget(win)
        win.setStyleSheet(stylesheet())
        win.resize(1100, 720)
        win.show()
        qtbot.waitExposed(win)
        qtbot.waitUntil(win.is_ready)
        assert win.campaign_list.select_campaign(inbox.id)
        tab = outreach(win)
        tab.pages.setCurrentIndex(PAGE_REPLIES)
        panel = tab.replies
        panel.set_source("mbox", str(mbox))
        read(qtbot, panel)
        select(panel, ACCESS_REPLY)
        settle(qtbot)
        page = win.tab_widget.widget(OUTREACH)
        assert not sideways_scrollbars(page), sideways_scrollbars(page)
        assert not cut_off_controls(page, win), cut_off_controls(page, win)
        assert table(panel).model().rowCount() == len(EML_FILES)
    finally:
        i18n.uninstall(qapp)
