"""Settings stored with the data (the `setting` table): JSON values by key.

They live in the database rather than in the user's config so that they
travel with it (a backup, a team database) — e.g. SMTP server details, the
import mapping remembered per header set, a campaign's letterhead image.

Every key is declared once, with its default, in signon.store.setting_keys
(docs/architecture.md, "Settings"); `get_setting`, `set_setting` and
`delete_setting` take a declaration, never a string, and refuse one that is
not among `DATABASE_SETTINGS`. A campaign's own settings (`{campaign_id}` in
the name) go with it: `delete_campaign` removes them in its transaction, and
undoing the delete puts back what `campaign_settings` read before.
"""

from __future__ import annotations

import json

from sqlmodel import Session

from signon.domain.settings import CAMPAIGN_ID, Setting
from signon.store.models import Setting as SettingRow
from signon.store.setting_keys import DATABASE_SETTINGS


def get_setting(session: Session, setting: Setting, **fields: object):
    """The stored value, or the declared default when there is none (or it
    is not JSON)."""
    row = session.get(SettingRow, DATABASE_SETTINGS.key(setting, **fields))
    return stored_value(setting, row.value if row is not None else None)


def stored_value(setting: Setting, stored: str | None):
    """`get_setting`'s answer for the text stored under the setting's key
    (None: no row), for a caller that read it in a query of its own."""
    if not stored:
        return setting.default_value()
    try:
        return json.loads(stored)
    except json.JSONDecodeError:
        return setting.default_value()


def set_setting(session: Session, setting: Setting, value, **fields: object) -> None:
    key = DATABASE_SETTINGS.key(setting, **fields)
    setting.check_value(value)
    row = session.get(SettingRow, key) or SettingRow(key=key)
    row.value = json.dumps(value, ensure_ascii=False, sort_keys=True)
    session.add(row)
    session.flush()


def delete_setting(session: Session, setting: Setting, **fields: object) -> None:
    row = session.get(SettingRow, DATABASE_SETTINGS.key(setting, **fields))
    if row is not None:
        session.delete(row)
        session.flush()


# --- a campaign's own settings ---------------------------------------------------------


def campaign_settings(session: Session, campaign_id: int) -> dict[str, str]:
    """The campaign's own settings as stored (declared name → stored text),
    for putting back with `restore_campaign_settings` after a delete."""
    stored = {}
    for setting in DATABASE_SETTINGS.per_campaign():
        row = session.get(SettingRow, setting.key(**{CAMPAIGN_ID: campaign_id}))
        if row is not None:
            stored[setting.name] = row.value
    return stored


def delete_campaign_settings(session: Session, campaign_id: int) -> None:
    """Remove the campaign's own settings (`delete_campaign` does, in its transaction)."""
    for setting in DATABASE_SETTINGS.per_campaign():
        row = session.get(SettingRow, setting.key(**{CAMPAIGN_ID: campaign_id}))
        if row is not None:
            session.delete(row)
    session.flush()


def restore_campaign_settings(session: Session, campaign_id: int,
                              stored: dict[str, str]) -> None:
    """Give `campaign_id` the settings `campaign_settings` read from a
    campaign (the same one, deleted and put back under a new id)."""
    for setting in DATABASE_SETTINGS.per_campaign():
        if setting.name in stored:
            key = setting.key(**{CAMPAIGN_ID: campaign_id})
            row = session.get(SettingRow, key) or SettingRow(key=key)
            row.value = stored[setting.name]
            session.add(row)
    session.flush()
