"""The database's settings: declared keys only, stored exactly as before."""

from __future__ import annotations

import pytest
from sqlmodel import select

from signon.domain.settings import Setting, UndeclaredSetting
from signon.store.models import Setting as SettingRow
from signon.store.setting_keys import (
    DATABASE_SETTINGS,
    ENDORSEMENTS_KEPT,
    LETTERHEAD,
    NOT_DUPLICATES,
    SMTP,
)
from signon.store.settings import delete_setting, get_setting, set_setting


def test_values_are_stored_under_the_keys_they_always_had(session):
    set_setting(session, SMTP, {"host": "smtp.example.org", "port": 587})
    set_setting(session, LETTERHEAD, "/tmp/logo.png", campaign_id=3)
    set_setting(session, ENDORSEMENTS_KEPT, 2, campaign_id=3)
    rows = {r.key: r.value for r in session.exec(select(SettingRow))}
    assert rows == {"outreach.smtp": '{"host": "smtp.example.org", "port": 587}',
                    "export.letterhead.3": '"/tmp/logo.png"',
                    "reconfirm.kept.3": "2"}
    assert get_setting(session, LETTERHEAD, campaign_id=3) == "/tmp/logo.png"
    delete_setting(session, LETTERHEAD, campaign_id=3)
    assert get_setting(session, LETTERHEAD, campaign_id=3) is None


def test_a_missing_or_unreadable_value_is_the_declared_default(session):
    assert get_setting(session, SMTP) == {}
    assert get_setting(session, NOT_DUPLICATES) == []
    get_setting(session, NOT_DUPLICATES).append((1, 2))  # a copy: the default stays empty
    assert get_setting(session, NOT_DUPLICATES) == []
    session.add(SettingRow(key="dedupe.not_duplicates", value="[1, 2"))
    session.flush()
    assert get_setting(session, NOT_DUPLICATES) == []


def test_an_undeclared_setting_is_refused(session):
    stray = Setting("outreach.smtp", {}, dict, "the same name, declared elsewhere")
    for call in (lambda: get_setting(session, stray),
                 lambda: set_setting(session, stray, {}),
                 lambda: delete_setting(session, stray),
                 lambda: get_setting(session, "outreach.smtp")):
        with pytest.raises(UndeclaredSetting):
            call()
    with pytest.raises(TypeError):  # a per-campaign setting needs its campaign
        get_setting(session, LETTERHEAD)
    with pytest.raises(TypeError):  # and holds the declared type
        set_setting(session, ENDORSEMENTS_KEPT, "2", campaign_id=1)
    assert session.exec(select(SettingRow)).all() == []


def test_every_stored_key_belongs_to_one_declaration():
    examples = {"outreach.smtp": SMTP, "export.letterhead.12": LETTERHEAD,
                "reconfirm.kept.7": ENDORSEMENTS_KEPT,
                "import-mapping:0123456789abcdef": DATABASE_SETTINGS.find(
                    "import-mapping:0123456789abcdef")}
    for key, setting in examples.items():
        assert setting is not None and DATABASE_SETTINGS.check_key(key) is setting
    for key in ("outreach.smtpp", "export.letterhead.", "export.letterhead.x",
                "reconfirm.kept.1.2", "library.starter_seeded.1"):
        assert DATABASE_SETTINGS.find(key) is None, key
    # each goes with its campaign when it is deleted, and comes back with an undo
    assert {s.name for s in DATABASE_SETTINGS.per_campaign()} == {
        "export.letterhead.{campaign_id}", "reconfirm.kept.{campaign_id}",
        "privacy.retention_cleared.{campaign_id}"}
