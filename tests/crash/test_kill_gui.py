"""Autosave and undo history survive a SIGKILL of the app as far as the last
autosave: the real GUI (offscreen) types into the statement, pauses past the
autosave, types more and is killed; reopened, the text is there up to the
autosave and Ctrl+Z steps back through the saved states."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crash.gui_driver import FIRST, SECOND

pytestmark = pytest.mark.slow

ORIGINAL = "We, the undersigned organisations, call on member states."


def make_campaign(path: Path) -> int:
    from signon.domain.compose import SectionDraft
    from signon.store.campaigns import create_campaign
    from signon.store.database import open_database
    from signon.store.statements import replace_sections

    db = open_database(f"sqlite:///{path}")
    with db.session() as s:
        campaign_id = create_campaign(s, "Joint statement").id
        replace_sections(s, campaign_id, [SectionDraft(kind="intro", text=ORIGINAL)])
    db.close()
    return campaign_id


def saved_text(path: Path, campaign_id: int) -> str:
    from signon.store.database import open_database
    from signon.store.statements import load_sections

    db = open_database(f"sqlite:///{path}")
    try:
        with db.session() as s:
            return load_sections(s, campaign_id)[0].text
    finally:
        db.close()


def test_killed_app_keeps_text_and_undo_up_to_the_last_autosave(tmp_path, isolated_env, qtbot):
    from signon.store.database import open_database
    from signon.ui import instance_lock
    from signon.ui.statement_tab import StatementTab

    path = tmp_path / "coalition.db"
    campaign_id = make_campaign(path)
    env = {**os.environ, "SIGNON_DATA_DIR": str(isolated_env), "QT_QPA_PLATFORM": "offscreen"}
    driver = Path(__file__).with_name("gui_driver.py")
    proc = subprocess.Popen([sys.executable, str(driver), f"sqlite:///{path}"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=Path(__file__).parents[1])
    try:
        lines = []
        deadline = time.monotonic() + 90
        while "typed second" not in lines:
            line = proc.stdout.readline().strip()
            assert line or proc.poll() is None, proc.stderr.read()
            if line:
                lines.append(line)
            assert time.monotonic() < deadline, lines
        time.sleep(0.3)  # typing done, autosave still 1.2 s away
        assert proc.poll() is None
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()
    assert lines == ["typed first", "typed second"]
    assert saved_text(path, campaign_id) == ORIGINAL + FIRST  # not SECOND: never saved

    assert instance_lock.acquire(path) is None  # the dead app's lock is taken over
    db = open_database(f"sqlite:///{path}")
    tab = StatementTab(db)
    qtbot.addWidget(tab)
    try:
        tab.set_campaign(campaign_id)
        # the text is read in the background (issue 22)
        qtbot.waitUntil(lambda: tab.campaign is not None and not tab.opening.loading,
                        timeout=20000)
        editor = tab.composer.text_body
        assert editor.toPlainText() == ORIGINAL + FIRST
        stack = tab.composer.stack
        assert stack.canUndo() and "Saved edits of" in stack.undoText()
        stack.undo()
        assert editor.toPlainText() == ORIGINAL
        assert not stack.canUndo()
        stack.redo()
        assert editor.toPlainText() == ORIGINAL + FIRST
        assert SECOND not in editor.toPlainText()
    finally:
        tab.flush()
        db.close()
        instance_lock.release(path)
