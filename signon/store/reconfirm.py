"""Endorsements of an older text, after a newer statement version was frozen.

Whoever endorsed version 1 did not endorse the wording of version 2. The
coordinator decides: ask them to reconfirm (they move to
needs_reconfirmation, and stay out of the letter until they answer), or keep
them (the campaign's `keep_reconfirmation` choice prints them anyway).
Nothing happens on its own when a version is frozen: it is an explicit act.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, func
from sqlmodel import Session, select

from signon.domain import status as workflow
from signon.store.dbapi import latest_version_number
from signon.store.models import Signatory, StatementVersion
from signon.store.signatories import set_status


@dataclass(frozen=True)
class OutdatedEndorsements:
    """Endorsements pointing at a version older than the latest one."""

    latest: int | None
    by_version: dict[int, int]  # endorsed version number → how many

    @property
    def total(self) -> int:
        return sum(self.by_version.values())

    def describe(self) -> str:
        """"12 endorsements are for version 1" — for the tab's banner."""
        if not self.total:
            return ""
        versions = sorted(self.by_version)
        which = (f"version {versions[0]}" if len(versions) == 1 else
                 "versions " + ", ".join(str(v) for v in versions[:-1])
                 + f" and {versions[-1]}")
        noun = "endorsement is" if self.total == 1 else "endorsements are"
        return f"{self.total} {noun} for {which}; the current text is version {self.latest}"


def _outdated_filter(campaign_id: int, latest: int):
    return (
        Signatory.campaign_id == campaign_id,
        Signatory.status == workflow.Status.ENDORSED.value,
        Signatory.endorsed_version.is_not(None),
        Signatory.endorsed_version < latest,
    )


def outdated_endorsements(session: Session, campaign_id: int) -> OutdatedEndorsements:
    """Count endorsements of older versions. An endorsement without a version
    (recorded before any text was frozen) is not counted: we cannot say it
    was for an older text. One query (a round trip to a team database):
    the latest version number joined with the endorsements older than it."""
    latest = select(func.max(StatementVersion.number).label("number")) \
        .where(StatementVersion.campaign_id == campaign_id).subquery()
    rows = session.exec(
        select(latest.c.number, Signatory.endorsed_version, func.count(Signatory.id))
        .select_from(latest.outerjoin(
            Signatory, and_(*_outdated_filter(campaign_id, latest.c.number))))
        .group_by(latest.c.number, Signatory.endorsed_version)
    ).all()
    number = rows[0][0]
    if number is None:
        return OutdatedEndorsements(None, {})
    return OutdatedEndorsements(number, {v: n for _, v, n in rows if v is not None})


def mark_reconfirmation(session: Session, campaign_id: int, *, channel: str = "app") -> int:
    """Move every endorser of an older version to needs_reconfirmation, each
    with an event naming both versions; returns how many moved."""
    latest = latest_version_number(session, campaign_id)
    if latest is None:
        return 0
    ids = session.exec(select(Signatory.id, Signatory.endorsed_version)
                       .where(*_outdated_filter(campaign_id, latest))).all()
    for sid, version in ids:
        set_status(session, sid, workflow.Status.NEEDS_RECONFIRMATION.value, channel=channel,
                   note=f"endorsed version {version}; the text is now version {latest}")
    return len(ids)


def keep_endorsements(session: Session, campaign_id: int) -> None:
    """The coordinator decided the change since the older versions does not
    need a new answer: remember it for the current version, so the question
    comes back only when another version is frozen."""
    from signon.store.setting_keys import ENDORSEMENTS_KEPT
    from signon.store.settings import set_setting

    set_setting(session, ENDORSEMENTS_KEPT, latest_version_number(session, campaign_id) or 0,
                campaign_id=campaign_id)


def endorsements_kept(session: Session, campaign_id: int) -> bool:
    """Whether the coordinator chose to keep endorsements of older versions
    as they are, for the current latest version. One query: the latest
    version number and the setting, each a scalar subquery."""
    from signon.store.models import Setting as SettingRow
    from signon.store.setting_keys import DATABASE_SETTINGS, ENDORSEMENTS_KEPT
    from signon.store.settings import stored_value

    key = DATABASE_SETTINGS.key(ENDORSEMENTS_KEPT, campaign_id=campaign_id)
    latest, stored = session.exec(select(
        select(func.max(StatementVersion.number))
        .where(StatementVersion.campaign_id == campaign_id).scalar_subquery(),
        select(SettingRow.value).where(SettingRow.key == key).scalar_subquery())).one()
    return latest is not None and stored_value(ENDORSEMENTS_KEPT, stored) == latest
