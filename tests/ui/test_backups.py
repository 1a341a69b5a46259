"""Backups while the app runs: the daily schedule, the backup folder setting
and File → Backups… (list, back up now, change folder, restore)."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QTreeWidget

from signon import config
from signon.store.backup import backup_database, list_backups
from signon.store.campaigns import create_campaign
from signon.store.dbapi import list_campaigns
from signon.ui import backups_dialog, dialogs
from signon.ui.backup_schedule import BackupSchedule
from signon.ui.backups_dialog import BackupsDialog


def titles(db) -> list[str]:
    with db.session() as s:
        return [c.title for c in list_campaigns(s)]


def backups_of(path: Path) -> list[Path]:
    return [b.path for b in list_backups(config.backups_dir()) if b.stem == path.stem]


# -- the folder setting -----------------------------------------------------------------


def test_backup_folder_default_setting_and_environment(tmp_path, isolated_env, monkeypatch):
    monkeypatch.delenv("SIGNON_BACKUP_DIR", raising=False)
    assert config.backups_dir() == isolated_env / "backups"
    assert config.backups_dir_source() == "default"
    chosen = tmp_path / "usb" / "signon-backups"
    config.set_backups_dir(chosen)
    assert config.backups_dir() == chosen and chosen.is_dir()
    assert config.backups_dir_source() == "setting"
    monkeypatch.setenv("SIGNON_BACKUP_DIR", str(tmp_path / "from-env"))
    assert config.backups_dir() == tmp_path / "from-env"
    assert config.backups_dir_source() == "environment"
    monkeypatch.delenv("SIGNON_BACKUP_DIR")
    config.set_backups_dir(None)
    assert config.backups_dir() == isolated_env / "backups"


def test_a_damaged_settings_file_means_defaults(isolated_env):
    (isolated_env / "settings.json").write_text("{not json", encoding="utf-8")
    assert config.backups_dir() == isolated_env / "backups"
    config.set_backups_dir(isolated_env / "elsewhere")  # and it can be written again
    assert config.backups_dir_source() == "setting"


def test_cli_backup_goes_to_the_chosen_folder(db, db_path, tmp_path, capsys):
    from signon.cli import main

    config.set_backups_dir(tmp_path / "chosen")
    assert main(["--db", str(db_path), "backup"]) == 0
    written = Path(capsys.readouterr().out.strip())
    assert written.parent == tmp_path / "chosen" and written.exists()


# -- the schedule -------------------------------------------------------------------------


def test_schedule_backs_up_at_start_when_there_is_no_backup(main_window, db, db_path, qtbot):
    with db.session() as s:
        create_campaign(s, "Letter")
    schedule = BackupSchedule(main_window)
    assert schedule.due()
    assert schedule.check() is True  # inline worker: done now
    [written] = backups_of(db_path)
    with sqlite3.connect(written) as con:
        assert con.execute("SELECT title FROM campaign").fetchall() == [("Letter",)]
    con.close()
    assert "Daily backup written" in main_window.statusBar().currentMessage()
    assert not schedule.due() and schedule.check() is False
    assert len(backups_of(db_path)) == 1


def test_schedule_waits_a_day_then_backs_up_and_prunes(main_window, db, db_path):
    old = backup_database(db)
    now = [datetime.now()]
    schedule = BackupSchedule(main_window, clock=lambda: now[0])
    assert not schedule.due()
    now[0] += timedelta(hours=23)
    assert schedule.check() is False
    now[0] += timedelta(hours=1, seconds=1)
    # a backup folder full of old dailies: the new backup prunes them
    folder = config.backups_dir()
    for days in range(20, 60):
        stamp = (datetime.now() - timedelta(days=days)).strftime("%Y%m%d-%H%M%S")
        (folder / f"{db_path.stem}-{stamp}.db").write_bytes(old.read_bytes())
    assert schedule.check() is True
    kept = backups_of(db_path)
    assert len(kept) <= 14 + 8  # 41 in the folder before: pruned
    newest = kept[0]
    assert newest != old and old not in kept  # one backup per day is kept: the newest


def test_schedule_runs_off_the_gui_thread_from_its_timer(main_window, db, db_path, qtbot,
                                                         monkeypatch):
    from signon.ui.worker import Worker

    monkeypatch.setattr(Worker, "inline", False)
    schedule = BackupSchedule(main_window, check_every_ms=50)
    with qtbot.waitSignal(schedule.backed_up, timeout=10000) as done:
        schedule.start(first_check_ms=10_000)  # the timer, not the first check, fires
    assert Path(done.args[0]).exists()
    schedule.stop()
    assert len(backups_of(db_path)) == 1


def test_schedule_failure_is_a_status_line_and_retried(main_window, db, tmp_path, answers,
                                                       monkeypatch):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the backup folder should be", encoding="utf-8")
    monkeypatch.setenv("SIGNON_BACKUP_DIR", str(blocked))
    schedule = BackupSchedule(main_window)
    failures = []
    schedule.failed.connect(failures.append)
    assert schedule.check() is True
    assert len(failures) == 1 and "\n" not in failures[0]
    assert "Daily backup failed" in main_window.statusBar().currentMessage()
    assert answers.errors == []  # no modal dialog at start-up
    monkeypatch.delenv("SIGNON_BACKUP_DIR")
    assert schedule.check() is True and schedule.last_error is None


def test_schedule_leaves_team_databases_to_their_server(main_window, monkeypatch):
    schedule = BackupSchedule(main_window)
    monkeypatch.setattr(type(main_window.db), "path", property(lambda self: None))
    assert not schedule.due() and schedule.check() is False


def test_run_app_starts_the_schedule(tmp_path, monkeypatch, qapp):
    from signon.ui import app
    from signon.ui.main_window import MainWindow

    started = []
    monkeypatch.setattr(BackupSchedule, "start", lambda self, *a: started.append(self.window))
    monkeypatch.setattr(type(qapp), "exec", lambda self: 0)
    monkeypatch.setattr(MainWindow, "show", lambda self: None)
    assert app.run_app(f"sqlite:///{tmp_path / 'c.db'}") == 0
    assert len(started) == 1 and isinstance(started[0], MainWindow)


# -- the dialog ---------------------------------------------------------------------------


@pytest.fixture
def dialog(main_window, qtbot):
    dlg = BackupsDialog(main_window)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_menu_opens_the_dialog(main_window, answers):
    shown = []
    answers.on_dialog = lambda d: shown.append(d.objectName()) or False
    main_window.findChild(type(main_window.backup_action), "backupsAction").trigger()
    assert shown == ["backupsDialog"]
    assert main_window.backups_action in main_window.findChild(
        type(main_window.menuBar().actions()[0].menu()), "fileMenu").actions()


def test_dialog_lists_backups_with_dates_and_sizes(main_window, db, db_path, qtbot, tmp_path):
    with db.session() as s:
        create_campaign(s, "Letter")
    first = backup_database(db)
    dlg = BackupsDialog(main_window)
    qtbot.addWidget(dlg)
    table = dlg.findChild(QTreeWidget, "backupList")
    assert table.topLevelItemCount() == 1
    row = table.topLevelItem(0)
    assert row.text(3) == first.name and row.text(2) == "backup"
    assert row.text(1).endswith("kB") and row.text(0)[:4].isdigit()
    assert str(config.backups_dir()) in dlg.findChild(QLabel, "backupFolderLabel").text()
    dlg.grab().save(str(tmp_path / "backups-dialog.png"))


def test_dialog_back_up_now_adds_a_row(dialog, db_path):
    table = dialog.findChild(QTreeWidget, "backupList")
    assert table.topLevelItemCount() == 0
    assert "No backup" in dialog.findChild(QLabel, "backupsMessage").text()
    dialog.findChild(QPushButton, "backupNowButton").click()
    assert table.topLevelItemCount() == 1
    assert len(backups_of(db_path)) == 1
    assert "Backup written" in dialog.findChild(QLabel, "backupsMessage").text()


def test_dialog_changes_the_folder(dialog, tmp_path, monkeypatch, db_path):
    target = tmp_path / "synced" / "backups"
    monkeypatch.setattr(dialogs, "choose_folder", lambda *a: str(target))
    dialog.findChild(QPushButton, "changeBackupFolderButton").click()
    assert config.backups_dir_path() == target.resolve()
    assert str(target) in dialog.findChild(QLabel, "backupFolderLabel").text()
    assert "already written stay" in dialog.findChild(QLabel, "backupsMessage").text()
    dialog.findChild(QPushButton, "backupNowButton").click()
    assert [p.parent for p in backups_of(db_path)] == [target.resolve()]
    reset = dialog.findChild(QPushButton, "defaultBackupFolderButton")
    assert reset.isEnabled()
    reset.click()
    assert config.backups_dir_source() == "default"


def test_dialog_refuses_a_folder_it_cannot_write(dialog, tmp_path, monkeypatch, answers):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setattr(dialogs, "choose_folder", lambda *a: str(blocker / "sub"))
    dialog.findChild(QPushButton, "changeBackupFolderButton").click()
    [message] = answers.errors
    assert "backups cannot be written there" in message and "\n" not in message
    assert config.backups_dir_source() == "default"


def test_environment_folder_cannot_be_changed_in_the_dialog(main_window, monkeypatch, tmp_path,
                                                            qtbot):
    monkeypatch.setenv("SIGNON_BACKUP_DIR", str(tmp_path / "env-backups"))
    dlg = BackupsDialog(main_window)
    qtbot.addWidget(dlg)
    assert not dlg.findChild(QPushButton, "changeBackupFolderButton").isEnabled()
    assert "SIGNON_BACKUP_DIR" in dlg.findChild(QLabel, "backupFolderLabel").text()


def test_restore_selected_swaps_keeps_a_copy_and_reopens(main_window, db, db_path, qtbot,
                                                        answers):
    with db.session() as s:
        create_campaign(s, "Before")
    taken = backup_database(db)
    with db.session() as s:
        create_campaign(s, "Added after the backup")
    main_window.refresh()
    dlg = BackupsDialog(main_window)
    qtbot.addWidget(dlg)
    table = dlg.findChild(QTreeWidget, "backupList")
    assert table.currentItem().text(3) == taken.name
    dlg.findChild(QPushButton, "restoreBackupButton").click()
    assert answers.questions and "kept in the backup folder" in answers.questions[0]
    assert main_window.db is not db  # reopened on the restored file
    assert main_window.db.path == db_path
    assert titles(main_window.db) == ["Before"]
    assert main_window.campaign_list.model().rowCount() == 1
    kept = [r for r in backups_dialog.backup_rows(config.backups_dir(), db_path.stem)
            if r.kind == "before a restore"]
    assert len(kept) == 1
    with sqlite3.connect(kept[0].path) as con:
        assert len(con.execute("SELECT title FROM campaign").fetchall()) == 2
    con.close()
    assert table.topLevelItemCount() == 2  # the backup and the kept copy
    assert "kept as" in main_window.statusBar().currentMessage()
    main_window.db.close()


def test_restore_waits_for_running_jobs_and_keep_working_restores_nothing(
        main_window, db, db_path, qtbot, answers, monkeypatch):
    """A job still writing (an export, a status change) is asked about
    before the database is closed for a restore; "Keep working" restores
    nothing."""
    with db.session() as s:
        create_campaign(s, "Before")
    backup_database(db)
    with db.session() as s:
        create_campaign(s, "Added after the backup")
    asked = []

    def keep_working(action):
        asked.append(action)
        return False

    monkeypatch.setattr(main_window, "finish_jobs", keep_working)
    dlg = BackupsDialog(main_window)
    qtbot.addWidget(dlg)
    dlg.findChild(QPushButton, "restoreBackupButton").click()
    assert asked == ["restore"]
    assert main_window.db is db
    assert sorted(titles(db)) == ["Added after the backup", "Before"]


def test_restore_saves_unsaved_statement_text_into_the_kept_copy(main_window, db, db_path,
                                                                 qtbot, answers):
    flushed = []
    for tab in main_window.tabs:
        if hasattr(tab, "flush"):
            tab.flush = lambda t=tab: flushed.append(type(t).__name__)
    backup_database(db)
    dlg = BackupsDialog(main_window)
    qtbot.addWidget(dlg)
    dlg.restore_selected()
    assert "StatementTab" in flushed
    main_window.db.close()


def test_restore_refuses_a_damaged_backup_and_changes_nothing(main_window, db, db_path, qtbot,
                                                              answers):
    with db.session() as s:
        create_campaign(s, "Current")
    taken = backup_database(db)
    with taken.open("r+b") as fh:  # damaged on the backup drive since
        fh.seek(4096)
        fh.write(os.urandom(8192))
    dlg = BackupsDialog(main_window)
    qtbot.addWidget(dlg)
    dlg.restore_selected()
    [message] = answers.errors
    assert taken.name in message and "\n" not in message
    assert answers.questions == []  # refused before asking
    assert main_window.db is db and titles(db) == ["Current"]


def test_declined_restore_changes_nothing(main_window, db, qtbot, answers):
    backup_database(db)
    with db.session() as s:
        create_campaign(s, "Kept")
    answers.confirm = False
    dlg = BackupsDialog(main_window)
    qtbot.addWidget(dlg)
    dlg.restore_selected()
    assert main_window.db is db and titles(db) == ["Kept"]


# -- start-up recovery offers the latest GOOD backup ----------------------------------------


def _ask(monkeypatch, answer):
    from signon.ui import dialogs

    offered = []

    def ask(_parent, message, latest_backup, quit_label="Quit"):
        offered.append((message, latest_backup))
        return answer

    monkeypatch.setattr(dialogs, "ask_database_error", ask)
    return offered


def test_damaged_database_is_offered_the_newest_backup_that_passes_its_check(
        tmp_path, monkeypatch, qapp):
    from signon.store.database import open_database
    from signon.ui import dialogs, instance_lock, opening

    path = tmp_path / "coalition.db"
    db = open_database(f"sqlite:///{path}")
    with db.session() as s:
        create_campaign(s, "Good backup")
    good = backup_database(db)
    with db.session() as s:
        create_campaign(s, "After the good backup")
    folder = config.backups_dir()
    later = datetime.now() + timedelta(minutes=5)
    broken = folder / f"coalition-{later.strftime('%Y%m%d-%H%M%S')}.db"
    broken.write_bytes(good.read_bytes()[:4096])  # newest, but cut off on the way
    db.close()
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(5000))  # damaged
    offered = _ask(monkeypatch, dialogs.Recovery.LATEST_BACKUP)
    restored = opening.open_with_recovery(f"sqlite:///{path}")
    try:
        assert offered[0][1] == str(good)  # the cut-off newer one is passed over
        assert "damaged" in offered[0][0]
        assert titles(restored) == ["Good backup"]
        assert instance_lock.holds(path)
    finally:
        restored.close()
        instance_lock.release(path)


def test_newer_version_database_offers_an_older_good_backup_and_keeps_the_file(
        tmp_path, monkeypatch, qapp):
    from signon.store.database import open_database
    from signon.ui import dialogs, instance_lock, opening

    path = tmp_path / "coalition.db"
    db = open_database(f"sqlite:///{path}")
    with db.session() as s:
        create_campaign(s, "Before the other computer's Sign-on")
    good = backup_database(db)
    db.close()
    with sqlite3.connect(path) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.close()
    newer = path.read_bytes()
    offered = _ask(monkeypatch, dialogs.Recovery.QUIT)
    assert opening.open_with_recovery(f"sqlite:///{path}") is None
    [(message, backup)] = offered
    assert "written by a newer version of Sign-on (schema 9999)" in message
    assert backup == str(good)
    assert path.read_bytes() == newer and not instance_lock.holds(path)
