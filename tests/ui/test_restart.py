"""Preferences → Restart now (issue 21): a language change offers to start
Sign-on again; the window closes as by Quit and the same program starts
with the same arguments once the database is free. The relaunch itself is
patched: a test must not start another Sign-on."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QComboBox, QPushButton

from signon.ui import i18n, restart


@pytest.fixture(autouse=True)
def english(monkeypatch):
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    monkeypatch.setattr(restart, "_requested", False)


@pytest.fixture
def started(monkeypatch):
    calls = []

    def start_detached(program, arguments, directory):
        calls.append((program, arguments, directory))
        return True, 4242

    monkeypatch.setattr(QProcess, "startDetached", start_detached)
    return calls


def test_restart_now_shows_only_while_the_language_would_change(qtbot):
    from signon.ui.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    button = dialog.findChild(QPushButton, "restartNowButton")
    assert button.isHidden()
    combo = dialog.findChild(QComboBox, "interfaceLanguageCombo")
    combo.setCurrentIndex(combo.findData("es"))
    assert not button.isHidden()
    combo.setCurrentIndex(combo.findData("en"))
    assert button.isHidden()


def test_restart_now_closes_the_window_and_relaunches(qtbot, main_window, answers, started):
    def restart_in_french(dialog):
        combo = dialog.findChild(QComboBox, "interfaceLanguageCombo")
        combo.setCurrentIndex(combo.findData("fr"))
        dialog.findChild(QPushButton, "restartNowButton").click()
        return dialog.result()

    answers.on_dialog = restart_in_french
    main_window.preferences_action.trigger()
    assert i18n.stored_language() == "fr"
    qtbot.waitUntil(lambda: not main_window.isVisible())  # closed as by Quit
    assert restart.requested() and started == []  # not while this one holds the database
    assert restart.relaunch_if_requested() is True  # what run_app does once it is free
    program, arguments, _folder = started[0]
    assert (program, arguments) == restart.command()
    assert restart.relaunch_if_requested() is False  # once


def test_ok_alone_does_not_restart(qtbot, main_window, answers, started):
    def choose_french(dialog):
        combo = dialog.findChild(QComboBox, "interfaceLanguageCombo")
        combo.setCurrentIndex(combo.findData("fr"))
        return True

    answers.on_dialog = choose_french
    main_window.preferences_action.trigger()
    qtbot.wait(50)
    assert main_window.isVisible() and not restart.requested()
    assert "Français" in main_window.statusBar().currentMessage()


def test_a_refused_close_cancels_the_restart(qtbot, main_window, answers, monkeypatch,
                                             started):
    monkeypatch.setattr(type(main_window), "finish_jobs", lambda self, action=None: False)

    def restart_in_french(dialog):
        combo = dialog.findChild(QComboBox, "interfaceLanguageCombo")
        combo.setCurrentIndex(combo.findData("fr"))
        dialog.findChild(QPushButton, "restartNowButton").click()
        return dialog.result()

    answers.on_dialog = restart_in_french
    main_window.preferences_action.trigger()
    qtbot.wait(50)
    assert main_window.isVisible() and not restart.requested()
    assert "Français" in main_window.statusBar().currentMessage()


def test_run_app_relaunches_after_it_released_the_database(tmp_path, monkeypatch, qapp,
                                                           started):
    from signon.ui import app, instance_lock
    from signon.ui.backup_schedule import BackupSchedule
    from signon.ui.main_window import MainWindow

    held = []
    monkeypatch.setattr(BackupSchedule, "start", lambda self, *a: None)
    monkeypatch.setattr(MainWindow, "show", lambda self: None)

    def exec_and_ask(self):
        restart._requested = True
        return 0

    monkeypatch.setattr(type(qapp), "exec", exec_and_ask)
    real_release = instance_lock.release_all
    monkeypatch.setattr(instance_lock, "release_all",
                        lambda: (held.append(len(started)), real_release()))
    assert app.run_app(f"sqlite:///{tmp_path / 'c.db'}") == 0
    assert held == [0] and len(started) == 1  # released first, then started


@pytest.mark.parametrize("frozen", [False, True])
def test_the_same_program_with_the_same_arguments(monkeypatch, frozen):
    monkeypatch.setattr(sys, "argv", ["/opt/Sign-on/signon", "--db", "x.db"])
    monkeypatch.setattr(sys, "orig_argv", ["/usr/bin/python3", "-m", "signon", "--db", "x.db"])
    if frozen:
        monkeypatch.setattr(sys, "frozen", True, raising=False)
        monkeypatch.setattr(sys, "executable", "/opt/Sign-on/signon")
        assert restart.command() == ("/opt/Sign-on/signon", ["--db", "x.db"])
    else:
        monkeypatch.delattr(sys, "frozen", raising=False)
        assert restart.command() == (sys.executable, ["-m", "signon", "--db", "x.db"])
