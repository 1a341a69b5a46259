"""the kind of a signatory event: a change, or a correction

A status set by mistake (an "Endorsed" that nobody gave) can now be put
right by a correction, from any status to any other, with its reason; and
Edit → Undo of a status change records one. The history says so: every
event gets a `kind`, "change" (the workflow's moves and creations: every
event written before this revision) or "correction" (the reason is the
event's note). A column with a constant default: SQLite and PostgreSQL add
it without rewriting the table.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-09 10:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('signatoryevent', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(), nullable=False,
                                      server_default='change'))


def downgrade() -> None:
    with op.batch_alter_table('signatoryevent', schema=None) as batch_op:
        batch_op.drop_column('kind')
