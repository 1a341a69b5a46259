"""Retention in the app (issue 19): the campaign's rule in its settings, the
run once the window shows its database, and the backup periods in File →
Backups…. Dates are given, never read from the clock."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QMessageBox, QPushButton, QSpinBox, QTreeWidget

from signon import config
from signon.store.backup import BackupPeriods, backup_periods
from signon.store.campaigns import create_campaign, get_campaign, update_campaign
from signon.store.models import Campaign
from signon.store.outbox import NewMessage, enqueue
from signon.store.signatories import add_signatory
from signon.ui.backups_dialog import BackupsDialog
from signon.ui.campaign_dialog import CampaignSettingsDialog
from signon.ui.retention_run import RetentionRun

AT = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


# -- the campaign's rule ------------------------------------------------------------------


def test_the_rule_is_off_by_default_and_suggests_180_days(qtbot):
    dialog = CampaignSettingsDialog({"title": "Letter"})
    qtbot.addWidget(dialog)
    check = dialog.findChild(QCheckBox, "retentionCheck")
    spin = dialog.findChild(QSpinBox, "retentionDaysSpin")
    assert not check.isChecked() and not spin.isEnabled()
    assert dialog.values()["retention_days"] is None
    check.setChecked(True)
    assert spin.isEnabled() and spin.value() == 180
    assert dialog.values()["retention_days"] == 180
    spin.setValue(30)
    assert dialog.values()["retention_days"] == 30
    note = dialog.findChild(QLabel, "retentionNote").text()
    assert "letter" in note and "contacts" in note


def test_the_rule_is_saved_and_shown_again(main_window, db, qtbot, answers):
    with db.session() as s:
        cid = create_campaign(s, "Closed letter").id
    main_window.refresh(select=cid)
    qtbot.waitUntil(lambda: main_window.campaign_id == cid)

    def switch_on(dialog):
        dialog.findChild(QCheckBox, "retentionCheck").setChecked(True)
        dialog.findChild(QSpinBox, "retentionDaysSpin").setValue(90)
        qtbot.mouseClick(dialog.findChild(QPushButton, "okButton"), Qt.MouseButton.LeftButton)
        return True

    answers.on_dialog = switch_on
    main_window.settings_action.trigger()
    with db.session() as s:
        assert get_campaign(s, cid).retention_days == 90

    shown = {}

    def switch_off(dialog):
        shown["on"] = dialog.findChild(QCheckBox, "retentionCheck").isChecked()
        shown["days"] = dialog.findChild(QSpinBox, "retentionDaysSpin").value()
        dialog.findChild(QCheckBox, "retentionCheck").setChecked(False)
        qtbot.mouseClick(dialog.findChild(QPushButton, "okButton"), Qt.MouseButton.LeftButton)
        return True

    answers.on_dialog = switch_off
    main_window.settings_action.trigger()
    assert shown == {"on": True, "days": 90}
    with db.session() as s:
        assert get_campaign(s, cid).retention_days is None


# -- the run at start-up -------------------------------------------------------------------


def closed_campaign(db, days: int = 30) -> int:
    with db.session() as s:
        cid = create_campaign(s, "Closed letter").id
        sig = add_signatory(s, cid, kind="individual", name="Karim Haddad",
                            contact_email="karim@example.org", notes="met at RightsCon", at=AT)
        enqueue(s, cid, "invitation", [NewMessage(
            sig.id, "Karim", "karim@example.org", "Invitation", "Dear Karim", "<m@x>")], at=AT)
        update_campaign(s, cid, status="closed", retention_days=days)
        s.get(Campaign, cid).closed_on = date(2026, 1, 10)
    return cid


def test_nothing_is_said_when_nothing_is_due(main_window, db):
    closed_campaign(db)
    run = RetentionRun(main_window, clock=lambda: date(2026, 2, 1))
    reports = []
    run.finished.connect(reports.append)
    assert run.start()  # inline worker: done now
    [report] = reports
    assert report.clearings == []
    assert main_window.findChild(QMessageBox, "retentionReport") is None
    assert "retention" not in main_window.statusBar().currentMessage()


def test_what_went_is_reported_without_a_modal_dialog(main_window, db, qtbot, tmp_path):
    closed_campaign(db)
    run = RetentionRun(main_window, clock=lambda: date(2026, 3, 1))
    assert run.start()
    box = main_window.findChild(QMessageBox, "retentionReport")
    assert box is not None and box.isVisible() and not box.isModal()
    assert ("“\u2068Closed letter\u2069” — outbox messages: 1, replies: 0, contacts: 1, "
            "signatory notes: 1") in box.informativeText()
    assert "retention period" in main_window.statusBar().currentMessage()
    box.grab().save(str(tmp_path / "retention-report.png"))
    with db.transaction() as c:
        from signon.store.dbapi import rows

        assert rows(c, "SELECT count(*) FROM outboxmessage") == [(0,)]
        assert rows(c, "SELECT count(*) FROM contact") == [(0,)]
    box.close()
    # the next start finds nothing more to say
    again = RetentionRun(main_window, clock=lambda: date(2026, 3, 2))
    reports = []
    again.finished.connect(reports.append)
    assert again.start()
    assert reports[0].clearings == []
    assert not [b for b in main_window.findChildren(QMessageBox, "retentionReport")
                if b.isVisible()]


def test_run_app_starts_the_run_once_the_window_is_ready(tmp_path, monkeypatch, qapp):
    from signon.ui import app as app_module
    from signon.ui.main_window import MainWindow

    started = []
    monkeypatch.setattr(RetentionRun, "start", lambda self: started.append(self.window))
    monkeypatch.setattr(MainWindow, "show", lambda self: self.ready.emit())
    monkeypatch.setattr(type(qapp), "exec", lambda self: 0)
    assert app_module.run_app(f"sqlite:///{tmp_path / 'x.db'}") == 0
    assert len(started) == 1 and isinstance(started[0], MainWindow)


# -- the backup periods ---------------------------------------------------------------------


def test_the_backup_periods_are_shown_and_saved(main_window, qtbot, tmp_path):
    dialog = BackupsDialog(main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    spins = {name: dialog.findChild(QSpinBox, name)
             for name in ("dailyBackupsSpin", "weeklyBackupsSpin", "safetyDaysSpin")}
    assert [s.value() for s in spins.values()] == [14, 8, 30]
    assert "never" not in dialog.findChild(QLabel, "backupRule").text()
    spins["dailyBackupsSpin"].setValue(7)
    spins["safetyDaysSpin"].setValue(10)
    assert backup_periods() == BackupPeriods(daily=7, weekly=8, safety_days=10)
    assert "next backup" in dialog.findChild(QLabel, "backupsMessage").text()
    assert spins["dailyBackupsSpin"].minimum() == 1  # the backup just written stays
    again = BackupsDialog(main_window)
    qtbot.addWidget(again)
    assert again.findChild(QSpinBox, "safetyDaysSpin").value() == 10
    dialog.grab().save(str(tmp_path / "backups-periods.png"))


def test_copies_before_an_upgrade_beside_the_database_are_listed(main_window, db_path, qtbot):
    beside = db_path.with_name(f"{db_path.stem}.before-upgrade-20260101-090000.db")
    beside.write_bytes(b"x")
    (config.backups_dir() / f"{db_path.stem}.before-delete-20260102-090000.db").write_bytes(b"x")
    dialog = BackupsDialog(main_window)
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTreeWidget, "backupList")
    kinds = {table.topLevelItem(i).text(3): table.topLevelItem(i).text(2)
             for i in range(table.topLevelItemCount())}
    assert kinds == {beside.name: "before an upgrade",
                     f"{db_path.stem}.before-delete-20260102-090000.db": "before a deletion"}
