"""Every settings store reads and writes only the keys it declares
(signon/domain/settings.py, docs/settings.md)."""

from __future__ import annotations

import json

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
