"""drop the settings of campaigns that no longer exist

Until this release, deleting a campaign left its own settings behind in the
`setting` table: its letterhead (`export.letterhead.<campaign id>`) and the
choice to keep older endorsements (`reconfirm.kept.<campaign id>`), which a
campaign created later under the same id (SQLite reuses the highest one)
then inherited. Deleting a campaign now removes them; this drops those left
in existing databases: every key with one of the two prefixes that names no
existing campaign. Nothing else changes, so there is nothing to downgrade.

Plain SQL on purpose (migrations are frozen history): the prefixes are
written out here, not taken from the app's setting declarations.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 14:00:00
"""
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

PER_CAMPAIGN_PREFIXES = ("export.letterhead.", "reconfirm.kept.")


def upgrade() -> None:
    for prefix in PER_CAMPAIGN_PREFIXES:
        op.execute(
            f"DELETE FROM setting WHERE substr(key, 1, {len(prefix)}) = '{prefix}' "
            f"AND NOT EXISTS (SELECT 1 FROM campaign "
            f"WHERE setting.key = '{prefix}' || CAST(campaign.id AS VARCHAR(20)))")


def downgrade() -> None:
    pass
