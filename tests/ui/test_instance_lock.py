"""One Sign-on window per database file: a second app on the same file is
told which process has it; a lock left by a killed app is taken over; the
command line keeps working while the app has the file open."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from signon.store.campaigns import create_campaign
from signon.store.database import open_database
from signon.store.dbapi import list_campaigns
from signon.ui import dialogs, instance_lock


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(autouse=True)
def no_locks_left():
    yield
    instance_lock.release_all()


@pytest.fixture
def coalition(tmp_path) -> Path:
    path = tmp_path / "coalition.db"
    db = open_database(f"sqlite:///{path}")
    with db.session() as s:
        create_campaign(s, "Joint letter")
    db.close()
    return path


@pytest.fixture
def running_app(coalition, isolated_env):
    """A real Sign-on GUI process (offscreen) with `coalition` open."""
    env = {**os.environ, "SIGNON_DATA_DIR": str(isolated_env), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-m", "signon", "--db", str(coalition)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    lock = instance_lock.lock_path(coalition)
    deadline = time.monotonic() + 60
    while not (lock.exists() and str(proc.pid) in lock.read_text(errors="replace")):
        assert proc.poll() is None, proc.stderr.read()
        assert time.monotonic() < deadline, "the app did not take its lock"
        time.sleep(0.1)
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.wait()
    proc.stderr.close()


def ask_recorder(monkeypatch, answer=dialogs.Recovery.QUIT):
    asked = []

    def ask(_parent, message, latest_backup, quit_label="Quit"):
        asked.append((message, latest_backup))
        return answer

    monkeypatch.setattr(dialogs, "ask_database_error", ask)
    return asked


def test_second_app_on_the_same_file_names_the_first(running_app, coalition, monkeypatch,
                                                     qapp):
    from signon.store.backup import backup_database
    from signon.ui import app

    backup_database(f"sqlite:///{coalition}")  # a good backup exists, yet is not offered
    before = digest(coalition)
    asked = ask_recorder(monkeypatch)
    assert app.run_app(f"sqlite:///{coalition}") == 1
    [(message, offered)] = asked
    assert message == (f"{coalition}: is open in another Sign-on window (pid {running_app.pid}); "
                       "switch to that window, or open another file")
    assert offered is None  # never restore over a file another window writes
    assert running_app.poll() is None
    assert not instance_lock.holds(coalition)
    assert str(running_app.pid) in instance_lock.lock_path(coalition).read_text()
    # WAL mode: the running app may have checkpointed; the data is the same either way
    assert digest(coalition) == before or _titles(coalition) == ["Joint letter"]


def test_second_app_can_open_another_file_instead(running_app, coalition, tmp_path,
                                                  monkeypatch, qapp):
    from signon.ui import opening

    other = tmp_path / "other.db"
    ask_recorder(monkeypatch, dialogs.Recovery.OPEN_OTHER)
    monkeypatch.setattr(dialogs, "choose_database_file", lambda *a, **k: str(other))
    db = opening.open_with_recovery(f"sqlite:///{coalition}")
    try:
        assert db is not None and db.path == other
        assert instance_lock.holds(other) and not instance_lock.holds(coalition)
    finally:
        db.close()


def test_a_killed_app_leaves_a_lock_that_is_taken_over(running_app, coalition, monkeypatch,
                                                       qapp):
    from signon.ui import opening

    os.kill(running_app.pid, signal.SIGKILL)
    running_app.wait()
    assert instance_lock.lock_path(coalition).exists()  # stale: its pid is gone
    asked = ask_recorder(monkeypatch)
    db = opening.open_with_recovery(f"sqlite:///{coalition}")
    try:
        assert asked == [] and db is not None
        assert instance_lock.holds(coalition)
        assert str(os.getpid()) in instance_lock.lock_path(coalition).read_text()
        with db.session() as s:
            assert [c.title for c in list_campaigns(s)] == ["Joint letter"]
    finally:
        db.close()


def test_cli_import_works_while_the_app_has_the_file(running_app, coalition, tmp_path,
                                                     isolated_env):
    table = tmp_path / "endorsements.csv"
    table.write_text("Organisation,Country\nAccess Now,US\nDerechos Digitales,CL\n",
                     encoding="utf-8")
    env = {**os.environ, "SIGNON_DATA_DIR": str(isolated_env)}
    done = subprocess.run([sys.executable, "-m", "signon", "--db", str(coalition),
                           "import-signatories", "1", str(table), "--status", "endorsed"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "added: 2" in done.stdout
    assert running_app.poll() is None
    listed = subprocess.run([sys.executable, "-m", "signon", "--db", str(coalition), "list",
                             "signatories", "1"], env=env, capture_output=True, text=True,
                            timeout=120)
    assert "Access Now" in listed.stdout and "Derechos Digitales" in listed.stdout


def test_lock_is_released_when_the_window_switches_file(coalition, tmp_path, monkeypatch,
                                                        qtbot, answers):
    from signon.ui.main_window import MainWindow
    from signon.ui.opening import open_with_recovery

    db = open_with_recovery(f"sqlite:///{coalition}")
    assert instance_lock.holds(coalition)
    window = MainWindow(db)
    qtbot.addWidget(window)
    qtbot.waitUntil(window.is_ready)
    other = tmp_path / "second.db"
    monkeypatch.setattr(dialogs, "choose_database_file", lambda *a, **k: str(other))
    window.open_action.trigger()
    try:
        assert window.db.path == other
        assert instance_lock.holds(other) and not instance_lock.holds(coalition)
        assert not instance_lock.lock_path(coalition).exists()
    finally:
        window.db.close()


def test_reopening_the_same_file_keeps_its_lock(coalition, monkeypatch, qtbot, answers):
    from signon.ui.main_window import MainWindow
    from signon.ui.opening import open_with_recovery

    window = MainWindow(open_with_recovery(f"sqlite:///{coalition}"))
    qtbot.addWidget(window)
    qtbot.waitUntil(window.is_ready)
    monkeypatch.setattr(dialogs, "choose_database_file", lambda *a, **k: str(coalition))
    window.open_action.trigger()
    try:
        assert instance_lock.holds(coalition)
    finally:
        window.db.close()


def test_read_only_folder_keeps_the_lock_in_the_data_dir(coalition, monkeypatch, isolated_env):
    monkeypatch.setattr(instance_lock, "lock_path",
                        lambda p: Path("/proc/no-such-folder") / f".{p.name}.lock")
    assert instance_lock.acquire(coalition) is None
    assert list((isolated_env / "locks").glob("*.lock"))
    instance_lock.release(coalition)
    assert not instance_lock.holds(coalition)


def test_a_refused_file_does_not_keep_a_lock(tmp_path, monkeypatch, qapp):
    from signon.ui import opening

    notes = tmp_path / "notes.db"
    notes.write_text("meeting notes, not a database", encoding="utf-8")
    asked = ask_recorder(monkeypatch)
    assert opening.open_with_recovery(f"sqlite:///{notes}") is None
    assert "not a Sign-on database" in asked[0][0]
    assert not instance_lock.holds(notes) and not instance_lock.lock_path(notes).exists()


def _titles(path: Path) -> list[str]:
    db = open_database(f"sqlite:///{path}")
    try:
        with db.session() as s:
            return [c.title for c in list_campaigns(s)]
    finally:
        db.close()
