"""privacy: no orphaned personal data, retention, and names kept off the letter

Issue 19.

- Removes today's orphans, the personal data nothing showed or could delete
  since a campaign was deleted or a signatory removed before those took it
  with them: contacts of no organisation that no signatory uses, outbox
  messages whose signatory was removed (their address and "Dear …" body),
  and history entries of signatories that no longer exist (written by a
  database whose foreign keys were not enforced).
- `campaign.closed_on`: the day the campaign was closed or first published
  (NULL while it collects); retention counts from it. Campaigns already
  closed or published take their first edition's date, else the day they
  were last changed.
- `campaign.retention_days`: remove private contact data this many days
  after `closed_on` (NULL: never, the default).
- `signatory.private`: "do not publish": a signatory kept off every public
  list, printed only in the coordinator's delivery copy.
- `campaign.count_private`: whether the letter's totals count them.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-17 10:00:00
"""
from datetime import date, datetime

from alembic import op
import sqlalchemy as sa

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def _day(value) -> date:
    """A stored timestamp as its day, whichever form the dialect returns."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def remove_orphans(bind) -> None:
    bind.execute(sa.text(
        "DELETE FROM signatoryevent WHERE signatory_id NOT IN (SELECT id FROM signatory)"))
    bind.execute(sa.text("DELETE FROM outboxmessage WHERE signatory_id IS NULL"))
    bind.execute(sa.text(
        "DELETE FROM contact WHERE organisation_id IS NULL AND id NOT IN"
        " (SELECT contact_id FROM signatory WHERE contact_id IS NOT NULL)"))


def upgrade() -> None:
    bind = op.get_bind()
    remove_orphans(bind)
    with op.batch_alter_table('campaign', schema=None) as batch_op:
        batch_op.add_column(sa.Column('closed_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('retention_days', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('count_private', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    with op.batch_alter_table('signatory', schema=None) as batch_op:
        batch_op.add_column(sa.Column('private', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    closed = bind.execute(sa.text(
        "SELECT c.id, c.updated_at, (SELECT MIN(e.published_on) FROM edition e"
        " WHERE e.campaign_id = c.id) FROM campaign c"
        " WHERE c.status IN ('closed', 'published')")).all()
    for campaign_id, updated_at, first_edition in closed:
        day = _day(first_edition) if first_edition is not None else _day(updated_at)
        bind.execute(sa.text("UPDATE campaign SET closed_on = :day WHERE id = :id"),
                     {"day": day, "id": campaign_id})


def downgrade() -> None:
    with op.batch_alter_table('signatory', schema=None) as batch_op:
        batch_op.drop_column('private')
    with op.batch_alter_table('campaign', schema=None) as batch_op:
        batch_op.drop_column('count_private')
        batch_op.drop_column('retention_days')
        batch_op.drop_column('closed_on')
