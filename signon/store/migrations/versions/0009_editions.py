"""published editions, and the letter's shapes: its date, an inline sign-off,
list items without a marker

Issue 20: a letter is published, then grows; each publication is kept.

- `edition`: one row per published edition of a campaign (number unique per
  campaign), immutable: its date, the statement version, the letter options,
  the letter itself as built (JSON), the names it printed with who each is,
  its canonical text and that text's SHA-256 (`digest`, indexed: `signon
  verify` finds an edition by it, in any campaign).
- `editionfile`: the SHA-256 of each file written from an edition, so a file
  is still recognised after an upgrade draws the edition differently.
- `campaign.letter_date` (NULL: the day of export), `campaign.signatory_layout`
  (list | inline), `campaign.retractions` (mark | omit): columns with constant
  defaults, added without rewriting the table.
- `section.marker` (bullet | none).

PostgreSQL: the new tables notify `signon_changes` like the others (0004).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-16 10:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

NEW_TABLES = ("edition", "editionfile")


def upgrade() -> None:
    op.create_table('edition',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('campaign_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('published_on', sa.Date(), nullable=False),
    sa.Column('statement_version', sa.Integer(), nullable=True),
    sa.Column('language', sa.String(), nullable=False),
    sa.Column('options', sa.Text(), nullable=False),
    sa.Column('letter', sa.Text(), nullable=False),
    sa.Column('names', sa.Text(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('digest', sa.String(), nullable=False),
    sa.Column('note', sa.String(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('campaign_id', 'number')
    )
    with op.batch_alter_table('edition', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_edition_campaign_id'), ['campaign_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_edition_digest'), ['digest'], unique=False)

    op.create_table('editionfile',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('edition_id', sa.Integer(), nullable=False),
    sa.Column('format', sa.String(), nullable=False),
    sa.Column('digest', sa.String(), nullable=False),
    sa.Column('written_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['edition_id'], ['edition.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('editionfile', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_editionfile_edition_id'), ['edition_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_editionfile_digest'), ['digest'], unique=False)

    with op.batch_alter_table('campaign', schema=None) as batch_op:
        batch_op.add_column(sa.Column('letter_date', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('signatory_layout', sa.String(), nullable=False,
                                      server_default='list'))
        batch_op.add_column(sa.Column('retractions', sa.String(), nullable=False,
                                      server_default='mark'))
    with op.batch_alter_table('section', schema=None) as batch_op:
        batch_op.add_column(sa.Column('marker', sa.String(), nullable=False,
                                      server_default='bullet'))

    if op.get_bind().dialect.name == "postgresql":
        for table in NEW_TABLES:
            op.execute(f'CREATE TRIGGER signon_notify AFTER INSERT OR UPDATE OR DELETE OR '
                       f'TRUNCATE ON "{table}" FOR EACH STATEMENT '
                       f'EXECUTE FUNCTION signon_notify_change()')


def downgrade() -> None:
    with op.batch_alter_table('section', schema=None) as batch_op:
        batch_op.drop_column('marker')
    with op.batch_alter_table('campaign', schema=None) as batch_op:
        batch_op.drop_column('retractions')
        batch_op.drop_column('signatory_layout')
        batch_op.drop_column('letter_date')
    with op.batch_alter_table('editionfile', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_editionfile_digest'))
        batch_op.drop_index(batch_op.f('ix_editionfile_edition_id'))
    op.drop_table('editionfile')
    with op.batch_alter_table('edition', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_edition_digest'))
        batch_op.drop_index(batch_op.f('ix_edition_campaign_id'))
    op.drop_table('edition')
