"""The main window's shape, empty state, about dialog, remembered layout and
the start-up error path, driven through real widgets by objectName."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
)

from signon.store.campaigns import create_campaign
from signon.store.dbapi import list_campaigns


def test_window_shape(main_window, db):
    assert main_window.objectName() == "mainWindow"
    assert main_window.findChild(QListView, "campaignList") is not None
    tabs = main_window.findChild(QTabWidget, "campaignTabs")
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Statement", "Signatories", "Outreach", "Export"]
    assert main_window.findChild(QLabel, "dbLabel").text() == db.display
    assert db.display in main_window.findChild(QLabel, "dbLabel").toolTip()
    menus = [a.text() for a in main_window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&Campaign", "&View", "&Help"]


def test_shortcuts(main_window):
    shortcuts = {name: main_window.findChild(type(main_window.new_action), name).shortcut()
                 for name in ("newCampaignAction", "renameCampaignAction",
                              "duplicateCampaignAction", "deleteCampaignAction",
                              "campaignSettingsAction", "openDatabaseAction", "quitAction",
                              "undoAction", "showStatementTabAction", "showExportTabAction")}
    assert shortcuts["newCampaignAction"].matches(QKeySequence("Ctrl+N"))
    assert shortcuts["renameCampaignAction"] == QKeySequence("F2")
    assert shortcuts["duplicateCampaignAction"] == QKeySequence("Ctrl+D")
    assert shortcuts["deleteCampaignAction"].matches(QKeySequence("Del"))
    assert shortcuts["campaignSettingsAction"] == QKeySequence("Ctrl+,")
    assert shortcuts["openDatabaseAction"].matches(QKeySequence("Ctrl+O"))
    assert shortcuts["quitAction"].matches(QKeySequence("Ctrl+Q"))
    assert shortcuts["undoAction"].matches(QKeySequence("Ctrl+Z"))
    assert shortcuts["showStatementTabAction"] == QKeySequence("Ctrl+1")
    assert shortcuts["showExportTabAction"] == QKeySequence("Ctrl+4")


def test_tab_shortcut_switches_tab(main_window, db, qtbot):
    with db.session() as s:
        create_campaign(s, "Letter")
    main_window.refresh()
    tabs = main_window.findChild(QTabWidget, "campaignTabs")
    view = main_window.findChild(QListView, "campaignList")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 2
    assert main_window.tabs[2].campaign_id == main_window.campaign_id  # built when shown


def test_every_window_control_has_an_accessible_name(main_window, db):
    """The window's own controls (the tabs test their own contents)."""
    with db.session() as s:
        create_campaign(s, "Letter")
    main_window.refresh()
    pages = [main_window.tab_widget.widget(i) for i in range(main_window.tab_widget.count())]

    def inside_a_tab(widget):
        parent = widget
        while parent is not None:
            if parent in pages:
                return True
            parent = parent.parentWidget()
        return False

    unnamed = []
    for kind in (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QTabWidget, QLabel):
        for widget in main_window.findChildren(kind):
            if widget.objectName().startswith("qt_") or inside_a_tab(widget):
                continue
            if isinstance(widget, QLabel) and not widget.objectName():
                continue  # form captions are read with their buddy field
            if not widget.accessibleName():
                unnamed.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert unnamed == []


def test_empty_database_shows_empty_state(main_window, db, qtbot, answers):
    assert main_window.stack.currentWidget().objectName() == "emptyState"
    create = main_window.findChild(QPushButton, "createCampaignButton")
    assert create.isVisible()

    def fill(dialog):
        qtbot.keyClicks(dialog.findChild(QLineEdit, "titleEdit"), "First letter")
        qtbot.mouseClick(dialog.findChild(QPushButton, "okButton"), Qt.MouseButton.LeftButton)
        return True

    answers.on_dialog = fill
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    assert main_window.stack.currentWidget() is main_window.splitter
    assert main_window.findChild(QListView, "campaignList").model().rowCount() == 1


def test_empty_state_demo_button(main_window, db, qtbot):
    button = main_window.findChild(QPushButton, "loadDemoButton")
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    with db.session() as s:
        [demo] = list_campaigns(s)
    assert demo.total >= 30 and demo.counts.get("endorsed", 0) > 0
    view = main_window.findChild(QListView, "campaignList")
    assert view.current_campaign_id() == demo.id
    assert main_window.stack.currentWidget() is main_window.splitter


def test_about_dialog_shows_version_and_database(main_window, db, qtbot, answers):
    from signon import __version__

    seen = {}

    def look(dialog):
        seen["name"] = dialog.objectName()
        seen["text"] = dialog.findChild(QTextBrowser, "aboutText").toPlainText()
        return True

    answers.on_dialog = look
    main_window.about_action.trigger()
    assert seen["name"] == "aboutDialog"
    assert db.display in seen["text"]
    assert f"Sign-on {__version__}" in seen["text"]
    assert "Licences of bundled resources" in seen["text"]


def test_about_lists_bundled_licences(tmp_path):
    from signon.ui.about import about_html

    fonts = tmp_path / "fonts"
    fonts.mkdir()
    (fonts / "NotoSans-Regular.ttf").write_bytes(b"\0")
    (fonts / "OFL.txt").write_text("SIL OPEN FONT LICENSE Version 1.1", encoding="utf-8")
    (tmp_path / "style").mkdir()
    (tmp_path / "style" / "app.qss").write_text("", encoding="utf-8")
    html = about_html("/data/signon.db", tmp_path)
    assert "fonts/OFL.txt" in html and "SIL OPEN FONT LICENSE Version 1.1" in html
    assert "fonts: 2 files" in html and "style: 1 file<" in html


def test_layout_is_remembered(db, qtbot, answers, isolated_env):
    from signon.ui.main_window import MainWindow
    from signon.ui.settings import settings_path

    first = MainWindow(db)
    qtbot.addWidget(first)
    first.show()  # offscreen screen is 800x600: restoreGeometry keeps windows on it
    first.resize(QSize(720, 520))
    with db.session() as s:
        create_campaign(s, "Letter")
    first.refresh()
    splitter = first.findChild(QSplitter, "mainSplitter")
    splitter.setSizes([260, 440])
    sizes = splitter.sizes()
    first.close()
    assert settings_path().parent == isolated_env  # under the test's temp data dir
    assert settings_path().exists()

    second = MainWindow(db)
    qtbot.addWidget(second)
    second.show()
    assert second.size() == QSize(720, 520)
    assert second.findChild(QSplitter, "mainSplitter").sizes() == sizes


def test_unopenable_database_gives_one_line_and_quits(tmp_path, monkeypatch, qapp):
    from signon.ui import app, dialogs

    bad = tmp_path / "notes.txt"
    bad.write_text("these are my meeting notes\n", encoding="utf-8")
    asked = []

    def ask(_parent, message, latest_backup, quit_label="Quit"):
        asked.append((message, quit_label))
        return dialogs.Recovery.QUIT

    monkeypatch.setattr(dialogs, "ask_database_error", ask)
    assert app.run_app(f"sqlite:///{bad}") == 1
    [(message, quit_label)] = asked
    assert "\n" not in message and "Traceback" not in message
    assert str(bad) in message and "not a Sign-on database" in message
    assert quit_label == "Quit"
    assert bad.read_text(encoding="utf-8") == "these are my meeting notes\n"


def test_open_another_file_after_an_error(tmp_path, monkeypatch, qapp):
    from signon.ui import dialogs, opening

    bad = tmp_path / "notes.txt"
    bad.write_text("not a database", encoding="utf-8")
    good = tmp_path / "other.db"
    monkeypatch.setattr(dialogs, "ask_database_error",
                        lambda *a, **k: dialogs.Recovery.OPEN_OTHER)
    monkeypatch.setattr(dialogs, "choose_database_file", lambda *a, **k: str(good))
    db = opening.open_with_recovery(f"sqlite:///{bad}")
    try:
        assert db is not None and db.path == good
    finally:
        db.close()


def test_open_database_menu_switches_file(main_window, db, tmp_path, monkeypatch, qtbot):
    from signon.store.database import open_database
    from signon.ui import dialogs

    other_path = tmp_path / "team.db"
    other = open_database(f"sqlite:///{other_path}")
    with other.session() as s:
        create_campaign(s, "Team letter")
    other.close()
    monkeypatch.setattr(dialogs, "choose_database_file", lambda *a, **k: str(other_path))
    main_window.open_action.trigger()
    try:
        assert main_window.db.path == Path(other_path)
        assert main_window.findChild(QLabel, "dbLabel").text() == str(other_path)
        view = main_window.findChild(QListView, "campaignList")
        assert view.currentIndex().data() == "Team letter"
        assert main_window.findChild(QTabWidget, "campaignTabs").count() == 4
    finally:
        main_window.db.close()


def test_restore_latest_backup_after_damage(tmp_path, monkeypatch, qapp):
    from signon.config import backups_dir
    from signon.store import backup
    from signon.store.database import open_database
    from signon.ui import dialogs, opening

    path = tmp_path / "coalition.db"
    db = open_database(f"sqlite:///{path}")
    with db.session() as s:
        create_campaign(s, "Saved letter")
    taken = backup.backup_database(db)
    db.close()
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    path.write_text("overwritten by accident", encoding="utf-8")
    offered = []

    def ask(_parent, message, latest_backup, quit_label="Quit"):
        offered.append(latest_backup)
        return dialogs.Recovery.LATEST_BACKUP

    monkeypatch.setattr(dialogs, "ask_database_error", ask)
    restored = opening.open_with_recovery(f"sqlite:///{path}")
    try:
        assert offered == [str(taken)]
        with restored.session() as s:
            assert [c.title for c in list_campaigns(s)] == ["Saved letter"]
    finally:
        restored.close()
    kept = list(backups_dir().glob("coalition.before-restore-*"))
    assert kept and kept[0].read_text(encoding="utf-8") == "overwritten by accident"


def test_back_up_now(main_window, db, db_path, qtbot):
    from signon.config import backups_dir

    with db.session() as s:
        create_campaign(s, "Letter")
    assert main_window.backup_action.isVisible()
    main_window.backup_action.trigger()
    [written] = list(backups_dir().glob(f"{db_path.stem}-*.db"))
    assert str(written) in main_window.statusBar().currentMessage()
    assert main_window.backup_action.isEnabled()


def test_a_large_tab_scrolls_instead_of_growing_the_window(main_window, db):
    with db.session() as s:
        create_campaign(s, "A campaign title long enough to wrap on a small laptop screen")
    main_window.refresh()
    main_window.tab(1).setMinimumSize(2000, 1500)
    hint = main_window.minimumSizeHint()
    assert hint.width() <= 900 and hint.height() <= 600, hint


def test_back_up_now_on_a_real_thread(main_window, db, db_path, qtbot, monkeypatch):
    from signon.config import backups_dir
    from signon.ui.worker import Worker

    monkeypatch.setattr(Worker, "inline", False)
    main_window.backup_action.trigger()
    assert not main_window.backup_action.isEnabled()  # one backup at a time
    qtbot.waitUntil(lambda: "Backup written" in main_window.statusBar().currentMessage(),
                    timeout=10000)
    assert len(list(backups_dir().glob(f"{db_path.stem}-*.db"))) == 1
    assert main_window.backup_action.isEnabled()


def test_back_up_failure_is_one_line(main_window, tmp_path, answers, qtbot):
    main_window.db.path.unlink()  # the file went away under the app
    main_window.backup_action.trigger()
    [message] = answers.errors
    assert "\n" not in message and "nothing to back up" in message


def test_open_database_refused_keeps_the_current_one(main_window, db, tmp_path, monkeypatch):
    from signon.ui import dialogs

    bad = tmp_path / "letter.docx"
    bad.write_bytes(b"PK\x03\x04 not a database")
    asked = []
    monkeypatch.setattr(dialogs, "choose_database_file", lambda *a, **k: str(bad))

    def ask(_parent, message, latest_backup, quit_label="Quit"):
        asked.append((message, quit_label))
        return dialogs.Recovery.QUIT

    monkeypatch.setattr(dialogs, "ask_database_error", ask)
    main_window.open_action.trigger()
    [(message, label)] = asked
    assert str(bad) in message and label == "Cancel"
    assert main_window.db is db
    assert main_window.findChild(QLabel, "dbLabel").text() == db.display


# -- start-up: the window first, then the database -------------------------------------------


def test_the_window_imports_no_store_before_it_shows():
    """What `signon` imports before the window shows: Qt and light modules,
    never SQLAlchemy, SQLModel, the store, the exchange or a tab (the most
    of a second of start-up that now comes after the first paint)."""
    import subprocess
    import sys

    code = ("import sys, signon.cli, signon.ui.app, signon.ui.main_window, signon.ui.style, "
            "signon.ui.backup_schedule, signon.ui.i18n\n"
            "heavy = ('sqlalchemy', 'sqlmodel', 'pydantic', 'babel', 'reportlab', "
            "'signon.store', 'signon.exchange', 'signon.outreach', 'importlib.metadata')\n"
            "tabs = ('statement_tab', 'signatories_tab', 'outreach_tab', 'export_tab')\n"
            "print(sorted(m for m in sys.modules if m.startswith(heavy) "
            "or m.split('.')[-1] in tabs))")
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True)
    assert found.stdout.strip() == "[]", found.stdout


def test_window_paints_before_it_opens_its_database(tmp_path, monkeypatch, qtbot, answers):
    """MainWindow(url), as run_app makes it: on screen at once in its opening
    state (the list and tabs in place, "Opening …" in the list, never the
    empty-state card), the database opened only after the first paint."""
    from PySide6.QtCore import QObject

    from signon.store.database import open_database
    from signon.ui import opening
    from signon.ui.main_window import MainWindow

    path = tmp_path / "coalition.db"
    first = open_database(f"sqlite:///{path}")
    with first.session() as s:
        create_campaign(s, "Letter on surveillance")
    first.close()
    seen = {}

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 (Qt API)
            if event.type() == event.Type.Paint and obj is window and "paint" not in seen:
                seen["paint"] = (window.db, window.windowTitle(),
                                 window.stack.currentWidget() is window.splitter,
                                 window.campaign_list.model().rowCount())
            return False

    real_attempt = opening.attempt

    def attempt(url):
        seen["opened after paint"] = "paint" in seen
        return real_attempt(url)

    monkeypatch.setattr(opening, "attempt", attempt)
    window = MainWindow(f"sqlite:///{path}")
    spy = FirstPaint()
    window.installEventFilter(spy)
    qtbot.addWidget(window)
    assert not window.is_ready() and window.db is None
    assert window.campaign_list.placeholder() == "Opening coalition.db…"
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.show()
    try:
        assert seen["paint"] == (None, "Sign-on", True, 0)
        assert seen["opened after paint"] is True
        assert window.is_ready() and window.windowTitle() == "coalition.db — Sign-on"
        assert window.stack.currentWidget() is window.splitter
        assert window.findChild(QLabel, "campaignHeading").text() == "Letter on surveillance"
        assert window.tab(0).campaign_id == window.campaign_id is not None
    finally:
        window.close()
        window.db.close()


def test_a_tab_out_of_view_reads_its_campaign_when_shown(main_window, db, qtbot, monkeypatch):
    """Only the tab in view reads a switched-to campaign; a tab behind another
    keeps the id and reads it when it is shown (Ctrl+2)."""
    from signon.store import signatories
    from signon.store.signatories import add_signatory

    with db.session() as s:
        first = create_campaign(s, "First").id
        second = create_campaign(s, "Second").id
        add_signatory(s, second, name="Access Now", status="endorsed")
    main_window.refresh(select=first)
    reads = []
    real_rows = signatories.table_rows
    monkeypatch.setattr(signatories, "table_rows",
                        lambda session, campaign_id, **kw: reads.append(campaign_id)
                        or real_rows(session, campaign_id, **kw))
    tab = main_window.tab(1)  # built behind the Statement tab
    main_window.refresh(select=second)
    assert tab.campaign_id == second and tab.model.rowCount() == 0 and reads == []
    view = main_window.findChild(QListView, "campaignList")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert main_window.tab_widget.currentIndex() == 1
    assert reads == [second] and tab.model.rowCount() == 1


def test_about_counts_resources_not_python_caches(tmp_path):
    from signon.ui.about import resource_summary

    root = tmp_path / "resources"
    (root / "fonts" / "__pycache__").mkdir(parents=True)
    (root / "fonts" / "Noto.ttf").write_bytes(b"x")
    (root / "fonts" / "__pycache__" / "y.pyc").write_bytes(b"x")
    (root / "__pycache__").mkdir()
    (root / "__pycache__" / "x.pyc").write_bytes(b"x")
    assert resource_summary(root) == [("fonts", 1)]
