"""Every settings store reads and writes only the keys it declares
(signon/domain/settings.py; docs/architecture.md, "Settings")."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from signon import config
from signon.domain.settings import Setting, UndeclaredSetting

# -- the data dir's settings.json (signon.config) ---------------------------------------------


def test_the_backup_folder_is_stored_under_its_old_key(isolated_env, tmp_path):
    config.set_backups_dir(tmp_path / "usb")
    stored = json.loads((isolated_env / "settings.json").read_text(encoding="utf-8"))
    assert stored == {"backups_dir": str((tmp_path / "usb").resolve())}
    assert config.read_setting(config.BACKUPS_DIR) == stored["backups_dir"]
    config.set_backups_dir(None)
    assert config.read_setting(config.BACKUPS_DIR) is None


def test_settings_json_refuses_an_undeclared_key(isolated_env):
    stray = Setting("backups_dir", None, str, "the same name, declared elsewhere")
    with pytest.raises(UndeclaredSetting):
        config.read_setting(stray)
    with pytest.raises(UndeclaredSetting):
        config.write_setting(stray, "/tmp")
    with pytest.raises(TypeError):
        config.write_setting(config.BACKUPS_DIR, 3)
    assert not (isolated_env / "settings.json").exists()


# -- the UI's ui-settings.ini (signon.ui.settings) ---------------------------------------------


def test_ui_settings_keep_their_keys_and_refuse_undeclared_ones(isolated_env):
    from PySide6.QtCore import QByteArray

    from signon.ui.settings import LANGUAGE, RECENT_DATABASES, SPLITTER, settings_path, ui_settings

    settings = ui_settings()
    assert settings.get(LANGUAGE) == "" and settings.get(RECENT_DATABASES) == []
    settings.put(LANGUAGE, "es")
    settings.put(SPLITTER, QByteArray(b"sizes"), window="MainWindow", splitter="statementSplit")
    for call in (lambda: settings.value("interface/languag"),
                 lambda: settings.setValue("interface/language2", "es"),
                 lambda: settings.remove("MainWindow/geometry/x"),
                 lambda: settings.get(Setting("interface/language", "", str, "a stray"))):
        with pytest.raises(UndeclaredSetting):
            call()
    with pytest.raises(TypeError):
        settings.put(RECENT_DATABASES, "one.db")
    settings.sync()
    again = ui_settings()
    assert again.value("interface/language") == "es"  # the raw key, as before
    assert again.value("MainWindow/statementSplit/splitter") == QByteArray(b"sizes")
    again.forget(LANGUAGE)
    again.sync()
    assert "language" not in settings_path().read_text(encoding="utf-8")


# -- every key in one place, and only there -----------------------------------------------------

PACKAGE = Path(__file__).resolve().parents[2] / "signon"
DOCS = PACKAGE.parent / "docs" / "architecture.md"  # its "Settings" section
#: The modules that declare a store's keys (and the declaration type).
DECLARING = {"config.py", "ui/settings.py", "store/setting_keys.py", "domain/settings.py"}
#: The functions that read and write a store by declaration: none may be
#: given a key as text. (ui_settings()' QSettings refuses an undeclared key
#: itself, at run time.)
ACCESSORS = {"get_setting", "set_setting", "delete_setting", "read_setting", "write_setting"}


def stores():
    from signon.store.setting_keys import DATABASE_SETTINGS
    from signon.ui.settings import UI_SETTINGS

    return (config.DATA_DIR_SETTINGS, UI_SETTINGS, DATABASE_SETTINGS)


def key_fragments() -> set[str]:
    """Text that gives a declared key away: a whole key, or a pattern's
    literal start or end ("export.letterhead.", "/geometry")."""
    found = set()
    for store in stores():
        for setting in store:
            pieces = re.split(r"\{\w+\}", setting.name)
            found.update(p for p in (pieces[0], pieces[-1]) if len(p) > 3)
    return found


def sources():
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if "migrations" not in path.parts and relative not in DECLARING:
            yield relative, ast.parse(path.read_text(encoding="utf-8"))


def docstrings(tree) -> set[int]:
    return {id(node.body[0].value) for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef,
                                 ast.AsyncFunctionDef))
            and node.body and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)}


def test_the_stores_declare_their_keys_once():
    counts = {store.store: len(store) for store in stores()}
    assert counts == {"settings.json": 2, "ui-settings.ini": 8,
                      "the database's setting table": 9}
    names = [s.name for store in stores() for s in store]
    assert len(names) == len(set(names))


def test_no_key_is_spelled_outside_its_declaration():
    """A key written as text anywhere else (a literal, a piece of an
    f-string) would be a second declaration; a key handed to a store as text
    would bypass the declarations."""
    fragments = key_fragments()
    found = []
    for module, tree in sources():
        skip = docstrings(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and id(node) not in skip:
                hits = [f for f in fragments if f in node.value]
                if hits:
                    found.append(f"{module}:{node.lineno} {node.value!r}")
            if isinstance(node, ast.Call):
                name = getattr(node.func, "attr", getattr(node.func, "id", ""))
                texts = [a for a in node.args if isinstance(a, ast.JoinedStr)
                         or (isinstance(a, ast.Constant) and isinstance(a.value, str))]
                if name in ACCESSORS and texts:
                    found.append(f"{module}:{node.lineno} {name}() given a key as text")
    assert found == []


def test_the_scan_sees_a_key_spelled_as_text():
    tree = ast.parse('x = f"{name}/geometry"\ny = "reconfirm.kept." + str(3)\n')
    texts = [n.value for n in ast.walk(tree)
             if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    assert [t for t in texts if any(f in t for f in key_fragments())] == [
        "/geometry", "reconfirm.kept."]


def test_every_declared_key_is_documented():
    text = DOCS.read_text(encoding="utf-8")
    missing = [s.name for store in stores() for s in store if f"`{s.name}`" not in text]
    assert missing == []
