"""translations, statement revision and row versions

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 11:25:50.521759
"""
from alembic import op
import sqlalchemy as sa

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('block', schema=None) as batch_op:
        batch_op.add_column(sa.Column('variant_group', sa.String(), nullable=False, server_default=''))
        batch_op.create_index(batch_op.f('ix_block_variant_group'), ['variant_group'], unique=False)

    with op.batch_alter_table('campaign', schema=None) as batch_op:
        batch_op.add_column(sa.Column('languages', sa.String(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('translations', sa.Text(), nullable=False, server_default='{}'))
        batch_op.add_column(sa.Column('statement_revision', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('row_version', sa.Integer(), nullable=False, server_default='1'))

    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.add_column(sa.Column('row_version', sa.Integer(), nullable=False, server_default='1'))

    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('row_version', sa.Integer(), nullable=False, server_default='1'))

    with op.batch_alter_table('section', schema=None) as batch_op:
        batch_op.add_column(sa.Column('translations', sa.Text(), nullable=False, server_default='{}'))

    with op.batch_alter_table('sectionitem', schema=None) as batch_op:
        batch_op.add_column(sa.Column('translations', sa.Text(), nullable=False, server_default='{}'))

    with op.batch_alter_table('signatory', schema=None) as batch_op:
        batch_op.add_column(sa.Column('row_version', sa.Integer(), nullable=False, server_default='1'))



def downgrade() -> None:
    with op.batch_alter_table('signatory', schema=None) as batch_op:
        batch_op.drop_column('row_version')

    with op.batch_alter_table('sectionitem', schema=None) as batch_op:
        batch_op.drop_column('translations')

    with op.batch_alter_table('section', schema=None) as batch_op:
        batch_op.drop_column('translations')

    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.drop_column('row_version')

    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_column('row_version')

    with op.batch_alter_table('campaign', schema=None) as batch_op:
        batch_op.drop_column('row_version')
        batch_op.drop_column('statement_revision')
        batch_op.drop_column('translations')
        batch_op.drop_column('languages')

    with op.batch_alter_table('block', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_block_variant_group'))
        batch_op.drop_column('variant_group')

