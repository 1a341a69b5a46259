"""change notifications for team databases (PostgreSQL only)

Every write to a Sign-on table notifies the channel `signon_changes` with
the table's name, so the other coordinators' apps refresh within a second
(LISTEN in signon/store/changes.py). Statement-level triggers: a 10,000-row
import sends a handful of notifications, and PostgreSQL folds identical ones
of one transaction into one, delivered at commit. SQLite has no server to
notify: its apps poll `PRAGMA data_version`, so this revision changes nothing
there. A table added by a later migration needs its own trigger there
(`signon_notify_change()` is kept for that).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 09:00:00
"""
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

CHANNEL = "signon_changes"
TABLES = ("campaign", "block", "section", "sectionitem", "statementversion", "organisation",
          "contact", "signatory", "signatoryevent", "setting", "messagetemplate",
          "outboxmessage")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"""
        CREATE OR REPLACE FUNCTION signon_notify_change() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
            RETURN NULL;
        END
        $$""")
    for table in TABLES:
        op.execute(f'DROP TRIGGER IF EXISTS signon_notify ON "{table}"')
        op.execute(f'CREATE TRIGGER signon_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE '
                   f'ON "{table}" FOR EACH STATEMENT EXECUTE FUNCTION signon_notify_change()')


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f'DROP TRIGGER IF EXISTS signon_notify ON "{table}"')
    op.execute("DROP FUNCTION IF EXISTS signon_notify_change()")
