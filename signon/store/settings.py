"""Settings stored with the data (the `setting` table): JSON values by key.

They live in the database rather than in the user's config so that they
travel with it (a backup, a team database) — e.g. SMTP server details, the
import mapping remembered per header set, a campaign's letterhead image.
"""

from __future__ import annotations

import json

from sqlmodel import Session

from signon.store.models import Setting


def get_setting(session: Session, key: str, default=None):
    row = session.get(Setting, key)
    if row is None or not row.value:
        return default
    try:
        return json.loads(row.value)
    except json.JSONDecodeError:
        return default


def set_setting(session: Session, key: str, value) -> None:
    row = session.get(Setting, key) or Setting(key=key)
    row.value = json.dumps(value, ensure_ascii=False, sort_keys=True)
    session.add(row)
    session.flush()


def delete_setting(session: Session, key: str) -> None:
    row = session.get(Setting, key)
    if row is not None:
        session.delete(row)
        session.flush()


def letterhead_key(campaign_id: int) -> str:
    return f"export.letterhead.{campaign_id}"
