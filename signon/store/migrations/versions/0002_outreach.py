"""outreach: templates, outbox, contact email status

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 10:46:11.184712
"""
from alembic import op
import sqlalchemy as sa

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('messagetemplate',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('campaign_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('language', sa.String(), nullable=False),
    sa.Column('subject', sa.String(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('campaign_id', 'kind', 'language', 'name')
    )
    with op.batch_alter_table('messagetemplate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_messagetemplate_campaign_id'), ['campaign_id'], unique=False)

    op.create_table('outboxmessage',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('campaign_id', sa.Integer(), nullable=False),
    sa.Column('signatory_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('to_name', sa.String(), nullable=False),
    sa.Column('to_address', sa.String(), nullable=False),
    sa.Column('subject', sa.String(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('message_id', sa.String(), nullable=False),
    sa.Column('state', sa.String(), nullable=False),
    sa.Column('error', sa.String(), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['signatory_id'], ['signatory.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('outboxmessage', schema=None) as batch_op:
        batch_op.create_index('ix_outbox_campaign_state', ['campaign_id', 'state'], unique=False)
        batch_op.create_index(batch_op.f('ix_outboxmessage_message_id'), ['message_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_outboxmessage_signatory_id'), ['signatory_id'], unique=False)

    with op.batch_alter_table('campaign', schema=None) as batch_op:
        batch_op.add_column(sa.Column('form_link', sa.String(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('coordinator', sa.String(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('reminder_days', sa.String(), nullable=False, server_default='7,2'))

    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.add_column(sa.Column('email_status', sa.String(), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_column('email_status')

    with op.batch_alter_table('campaign', schema=None) as batch_op:
        batch_op.drop_column('reminder_days')
        batch_op.drop_column('coordinator')
        batch_op.drop_column('form_link')

    with op.batch_alter_table('outboxmessage', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outboxmessage_signatory_id'))
        batch_op.drop_index(batch_op.f('ix_outboxmessage_message_id'))
        batch_op.drop_index('ix_outbox_campaign_state')

    op.drop_table('outboxmessage')
    with op.batch_alter_table('messagetemplate', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_messagetemplate_campaign_id'))

    op.drop_table('messagetemplate')
