"""replies read from a mailbox, the evidence they are, and how far a folder was read

Endorse by reply (issue 18): `signon inbox` reads replies to the campaign's
messages and applies the clear ones through the status workflow.

- `reply`: one row per reply matched to a campaign (its Message-ID unique
  per campaign, so a reply read again is never applied twice), with the
  evidence: sender, date, subject, the SHA-256 of the raw message, the
  Authentication-Results verdicts, whether the sender is verified, what was
  read in it and done with it, its own text and the representative's name
  and role. Private, like contacts.
- `mailboxstate`: per campaign, IMAP account and folder, the last UID seen
  and the folder's UIDVALIDITY, so only new messages are fetched. Both are
  unsigned 32-bit numbers in IMAP, hence BIGINT.
- `outboxmessage.statement_version`: the statement version a message went
  out with (the campaign's latest frozen version when it was queued), which
  is what a reply endorsing it endorses. Rows queued before this revision
  get the latest version that existed when they were queued (`created_at`),
  or NULL when none did.

PostgreSQL: the new tables notify `signon_changes` like the others (0004).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-14 10:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

NEW_TABLES = ("reply", "mailboxstate")


def upgrade() -> None:
    op.create_table('reply',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('campaign_id', sa.Integer(), nullable=False),
    sa.Column('message_id', sa.String(), nullable=False),
    sa.Column('signatory_id', sa.Integer(), nullable=True),
    sa.Column('outbox_message_id', sa.Integer(), nullable=True),
    sa.Column('statement_version', sa.Integer(), nullable=True),
    sa.Column('from_address', sa.String(), nullable=False),
    sa.Column('message_date', sa.DateTime(timezone=True), nullable=True),
    sa.Column('subject', sa.String(), nullable=False),
    sa.Column('digest', sa.String(), nullable=False),
    sa.Column('dkim', sa.String(), nullable=True),
    sa.Column('spf', sa.String(), nullable=True),
    sa.Column('dmarc', sa.String(), nullable=True),
    sa.Column('auth_results', sa.Text(), nullable=False),
    sa.Column('verified', sa.Boolean(), nullable=False),
    sa.Column('action', sa.String(), nullable=False),
    sa.Column('match', sa.String(), nullable=True),
    sa.Column('applied_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('outcome', sa.String(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('language', sa.String(), nullable=False),
    sa.Column('representative_name', sa.String(), nullable=False),
    sa.Column('representative_role', sa.String(), nullable=False),
    sa.Column('source', sa.String(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['signatory_id'], ['signatory.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['outbox_message_id'], ['outboxmessage.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('campaign_id', 'message_id')
    )
    with op.batch_alter_table('reply', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reply_campaign_id'), ['campaign_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reply_signatory_id'), ['signatory_id'],
                              unique=False)

    op.create_table('mailboxstate',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('campaign_id', sa.Integer(), nullable=False),
    sa.Column('account', sa.String(), nullable=False),
    sa.Column('folder', sa.String(), nullable=False),
    sa.Column('uidvalidity', sa.BigInteger(), nullable=False),
    sa.Column('last_uid', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('campaign_id', 'account', 'folder')
    )
    with op.batch_alter_table('mailboxstate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mailboxstate_campaign_id'), ['campaign_id'],
                              unique=False)

    with op.batch_alter_table('outboxmessage', schema=None) as batch_op:
        batch_op.add_column(sa.Column('statement_version', sa.Integer(), nullable=True))
    # the latest version frozen when each message was queued (the same
    # instant counts: a version frozen and a message queued in one action)
    op.execute(
        "UPDATE outboxmessage SET statement_version = ("
        " SELECT MAX(v.number) FROM statementversion v"
        " WHERE v.campaign_id = outboxmessage.campaign_id"
        " AND v.created_at <= outboxmessage.created_at)")

    if op.get_bind().dialect.name == "postgresql":
        for table in NEW_TABLES:
            op.execute(f'CREATE TRIGGER signon_notify AFTER INSERT OR UPDATE OR DELETE OR '
                       f'TRUNCATE ON "{table}" FOR EACH STATEMENT '
                       f'EXECUTE FUNCTION signon_notify_change()')


def downgrade() -> None:
    with op.batch_alter_table('outboxmessage', schema=None) as batch_op:
        batch_op.drop_column('statement_version')
    with op.batch_alter_table('mailboxstate', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mailboxstate_campaign_id'))
    op.drop_table('mailboxstate')
    with op.batch_alter_table('reply', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reply_signatory_id'))
        batch_op.drop_index(batch_op.f('ix_reply_campaign_id'))
    op.drop_table('reply')
