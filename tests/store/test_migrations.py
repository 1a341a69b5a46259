"""Every released schema upgrades to the current one without losing data.

tests/data/db/ keeps one small database file per released schema revision,
filled with a campaign, an organisation, a private contact, a signatory with
its event and a section. Add a file here each time a migration is released.
"""

import shutil
import sqlite3
from pathlib import Path

import pytest

from signon.store.database import current_revision, head_revision, open_database
from signon.store.letters import load_letter
from signon.store.signatories import events, list_signatories

OLD_DATABASES = sorted((Path(__file__).parent.parent / "data" / "db").glob("schema-*.db"))


@pytest.mark.parametrize("old", OLD_DATABASES, ids=lambda p: p.stem)
def test_old_schema_upgrades_with_backup_and_keeps_data(old, tmp_path):
    path = tmp_path / "campaigns.db"
    shutil.copy(old, path)
    original = path.read_bytes()
    db = open_database(f"sqlite:///{path}")
    try:
        assert current_revision(db.engine) == head_revision()
        backups = list(tmp_path.glob("campaigns.before-upgrade-*.db"))
        assert len(backups) == 1
        # the backup is the database as it was before the upgrade
        with sqlite3.connect(backups[0]) as con:
            rev = con.execute("select version_num from alembic_version").fetchone()[0]
            assert rev == old.stem.removeprefix("schema-")
        with db.session() as s:
            rows = list_signatories(s, 1)
            assert [(r.name, r.acronym, r.status) for r in rows] == [
                ("Association for Progressive Communications", "APC", "endorsed")]
            assert [e.to_status for e in events(s, rows[0].id)] == ["endorsed"]
            letter = load_letter(s, 1)
            assert letter.sections[0].paragraphs == ("We, the undersigned.",)
            assert letter.signatory_lines == ["Association for Progressive Communications (APC)"]
    finally:
        db.close()
    assert original != path.read_bytes()


def test_every_release_has_a_fixture():
    """A migration without an old-database fixture is a migration nobody tested."""
    from signon.store.database import known_revisions

    fixtures = {p.stem.removeprefix("schema-") for p in OLD_DATABASES}
    assert fixtures == known_revisions() - {head_revision()}


#: What schema-0004.db's setting table holds besides campaign 1 (the only
#: campaign): the settings of campaigns 2, 10 and 17, deleted before 0005.
ORPHANED = ("export.letterhead.2", "reconfirm.kept.2", "export.letterhead.10",
            "reconfirm.kept.17")


def settings_of(db) -> dict[str, str]:
    from sqlalchemy import text

    with db.engine.connect() as con:
        return dict(con.execute(text("SELECT key, value FROM setting")).all())


def test_0005_drops_the_settings_of_campaigns_that_no_longer_exist(tmp_path):
    path = tmp_path / "campaigns.db"
    shutil.copy(Path(__file__).parent.parent / "data" / "db" / "schema-0004.db", path)
    with sqlite3.connect(path) as con:
        before = dict(con.execute("SELECT key, value FROM setting").fetchall())
    con.close()
    assert set(ORPHANED) < set(before)
    db = open_database(f"sqlite:///{path}")
    try:
        assert settings_of(db) == {k: v for k, v in before.items() if k not in ORPHANED}
        assert set(settings_of(db)) == {"outreach.smtp", "export.letterhead.1",
                                        "reconfirm.kept.1"}
    finally:
        db.close()


def undo_0010(con) -> None:
    """A PostgreSQL database at the current schema taken back to 0009:
    without the privacy columns of issue 19."""
    from sqlalchemy import text

    for column in ("closed_on", "retention_days", "count_private"):
        con.execute(text(f"ALTER TABLE campaign DROP COLUMN {column}"))
    con.execute(text("ALTER TABLE signatory DROP COLUMN private"))


def undo_0009(con) -> None:
    """A PostgreSQL database at the current schema taken back to 0008:
    without the editions and letter shapes of issue 20."""
    from sqlalchemy import text

    con.execute(text("DROP TABLE editionfile"))
    con.execute(text("DROP TABLE edition"))
    for column in ("letter_date", "signatory_layout", "retractions"):
        con.execute(text(f"ALTER TABLE campaign DROP COLUMN {column}"))
    con.execute(text("ALTER TABLE section DROP COLUMN marker"))


def undo_0008(con) -> None:
    """A PostgreSQL database at the current schema taken back to 0007 (the
    tests below go further back): without the replies of issue 18."""
    from sqlalchemy import text

    con.execute(text("DROP TABLE reply"))
    con.execute(text("DROP TABLE mailboxstate"))
    con.execute(text("ALTER TABLE outboxmessage DROP COLUMN statement_version"))


def test_0005_on_postgresql(pg_url):
    from sqlalchemy import text

    from signon.store.campaigns import create_campaign

    db = open_database(pg_url)
    try:
        with db.session() as s:
            kept = create_campaign(s, "Kept").id
        with db.engine.begin() as con:
            for key in (f"export.letterhead.{kept}", f"reconfirm.kept.{kept}", "outreach.smtp",
                        *ORPHANED):
                con.execute(text("INSERT INTO setting (key, value) VALUES (:k, '1')"), {"k": key})
            # the database as 0004 left it: without the columns of later revisions
            undo_0010(con)
            undo_0009(con)
            undo_0008(con)
            con.execute(text("ALTER TABLE signatoryevent DROP COLUMN kind"))
            con.execute(text("DROP INDEX ix_signatory_campaign_position"))
            con.execute(text("UPDATE alembic_version SET version_num = '0004'"))
    finally:
        db.close()
    db = open_database(pg_url)
    try:
        assert current_revision(db.engine) == head_revision()
        assert set(settings_of(db)) == {f"export.letterhead.{kept}", f"reconfirm.kept.{kept}",
                                        "outreach.smtp"}
    finally:
        db.close()


def test_0006_gives_every_earlier_event_the_kind_change(tmp_path):
    path = tmp_path / "campaigns.db"
    shutil.copy(Path(__file__).parent.parent / "data" / "db" / "schema-0005.db", path)
    db = open_database(f"sqlite:///{path}")
    try:
        with db.session() as s:
            [sig] = list_signatories(s, 1)
            assert [(e.to_status, e.kind) for e in events(s, sig.id)] == [("endorsed", "change")]
    finally:
        db.close()


def test_0006_on_postgresql(pg_url):
    from sqlalchemy import text

    from signon.store.campaigns import create_campaign
    from signon.store.signatories import add_signatory

    db = open_database(pg_url)
    try:
        with db.session() as s:
            sid = add_signatory(s, create_campaign(s, "Kept").id, name="Access Now").id
        with db.engine.begin() as con:  # the database as 0005 left it
            undo_0010(con)
            undo_0009(con)
            undo_0008(con)
            con.execute(text("ALTER TABLE signatoryevent DROP COLUMN kind"))
            con.execute(text("DROP INDEX ix_signatory_campaign_position"))
            con.execute(text("UPDATE alembic_version SET version_num = '0005'"))
    finally:
        db.close()
    db = open_database(pg_url)
    try:
        assert current_revision(db.engine) == head_revision()
        with db.session() as s:
            assert [e.kind for e in events(s, sid)] == ["change"]
    finally:
        db.close()


def test_0007_orders_a_campaigns_signatories_by_an_index(tmp_path):
    """Every list of a campaign's signatories reads them in their order: from
    the index, not sorted again at every read (issue 22)."""
    path = tmp_path / "campaigns.db"
    shutil.copy(Path(__file__).parent.parent / "data" / "db" / "schema-0006.db", path)
    open_database(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as con:
        plan = " ".join(str(row) for row in con.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM signatory WHERE campaign_id = 1"
            " ORDER BY position, id"))
    assert "ix_signatory_campaign_position" in plan and "TEMP B-TREE" not in plan


def _add_0007_rows(con) -> None:
    """Two frozen versions and outbox messages queued before, between and at
    them, as a database at 0007 may hold (times as SQLAlchemy writes them)."""
    con.executemany(
        "INSERT INTO statementversion (campaign_id, number, created_at, note, content_hash,"
        " content) VALUES (1, ?, ?, '', '', '')",
        [(1, "2026-01-10 09:00:00.000000"), (2, "2026-03-01 09:00:00.000000")])
    con.executemany(
        "INSERT INTO outboxmessage (id, campaign_id, signatory_id, kind, to_name, to_address,"
        " subject, body, message_id, state, error, attempts, created_at)"
        " VALUES (?, 1, 1, 'reminder', '', 'ana@example.org', '', '', ?, 'sent', '', 1, ?)",
        [(2, "<before@signon>", "2026-01-05 12:00:00.000000"),
         (3, "<at@signon>", "2026-03-01 09:00:00.000000"),
         (4, "<after@signon>", "2026-04-01 08:00:00.000000")])


def test_0008_gives_each_outbox_message_the_version_it_went_out_with(tmp_path):
    """Issue 18: a reply endorses the text the message it answers went out
    with. Messages queued before 0008 get the latest version frozen by
    then (none before the first); the replies' tables start empty."""
    path = tmp_path / "campaigns.db"
    shutil.copy(Path(__file__).parent.parent / "data" / "db" / "schema-0007.db", path)
    with sqlite3.connect(path) as con:
        _add_0007_rows(con)
    con.close()
    open_database(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as con:
        versions = dict(con.execute("SELECT message_id, statement_version FROM outboxmessage"))
        empty = [con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                 for t in ("reply", "mailboxstate")]
    con.close()
    assert versions == {"<before@signon>": None, "<x@signon>": 1, "<at@signon>": 2,
                        "<after@signon>": 2}
    assert empty == [0, 0]


def test_0008_on_postgresql(pg_url):
    from sqlalchemy import text

    from signon.store.campaigns import create_campaign
    from signon.store.signatories import add_signatory

    db = open_database(pg_url)
    try:
        with db.session() as s:
            cid = create_campaign(s, "Kept").id
            sid = add_signatory(s, cid, name="Access Now").id
        with db.engine.begin() as con:  # the database as 0007 left it, with its rows
            undo_0010(con)
            undo_0009(con)
            undo_0008(con)
            con.execute(text("UPDATE alembic_version SET version_num = '0007'"))
            con.execute(text(
                "INSERT INTO statementversion (campaign_id, number, created_at, note,"
                " content_hash, content) VALUES (:c, 1, '2026-01-10 09:00+00', '', '', '')"),
                {"c": cid})
            for mid, at in (("<before@signon>", "2026-01-05 12:00+00"),
                            ("<after@signon>", "2026-02-01 08:00+01")):
                con.execute(text(
                    "INSERT INTO outboxmessage (campaign_id, signatory_id, kind, to_name,"
                    " to_address, subject, body, message_id, state, error, attempts,"
                    " created_at) VALUES (:c, :s, 'invitation', '', 'a@example.org', '', '',"
                    " :m, 'sent', '', 1, :at)"), {"c": cid, "s": sid, "m": mid, "at": at})
    finally:
        db.close()
    db = open_database(pg_url)
    try:
        assert current_revision(db.engine) == head_revision()
        with db.engine.connect() as con:
            versions = dict(con.execute(text(
                "SELECT message_id, statement_version FROM outboxmessage")).all())
            triggers = set(con.execute(text(
                "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                " WHERE t.tgname = 'signon_notify'")).scalars())
        assert versions == {"<before@signon>": None, "<after@signon>": 1}
        assert {"reply", "mailboxstate"} <= triggers
    finally:
        db.close()


def test_0009_gives_campaigns_and_sections_the_shapes_of_before(tmp_path):
    """Issue 20: an upgraded campaign prints as before (its letter dated the
    day of export, one name per line, list items with their bullets) and
    has no edition yet."""
    path = tmp_path / "campaigns.db"
    shutil.copy(Path(__file__).parent.parent / "data" / "db" / "schema-0008.db", path)
    open_database(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as con:
        campaign = con.execute("SELECT letter_date, signatory_layout, retractions"
                               " FROM campaign").fetchall()
        markers = {row[0] for row in con.execute("SELECT marker FROM section")}
        empty = [con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                 for t in ("edition", "editionfile")]
    con.close()
    assert campaign == [(None, "list", "mark")]
    assert markers == {"bullet"}
    assert empty == [0, 0]


def test_0009_on_postgresql(pg_url):
    from sqlalchemy import text

    from signon.domain.compose import SectionDraft
    from signon.store.campaigns import create_campaign
    from signon.store.statements import replace_sections

    db = open_database(pg_url)
    try:
        with db.session() as s:
            cid = create_campaign(s, "Kept").id
            replace_sections(s, cid, [SectionDraft(kind="concern", items=["one", "two"])])
        with db.engine.begin() as con:  # the database as 0008 left it
            undo_0010(con)
            undo_0009(con)
            con.execute(text("UPDATE alembic_version SET version_num = '0008'"))
    finally:
        db.close()
    db = open_database(pg_url)
    try:
        assert current_revision(db.engine) == head_revision()
        with db.engine.connect() as con:
            shapes = con.execute(text("SELECT letter_date, signatory_layout, retractions"
                                      " FROM campaign")).all()
            markers = con.execute(text("SELECT marker FROM section")).scalars().all()
            triggers = set(con.execute(text(
                "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                " WHERE t.tgname = 'signon_notify'")).scalars())
        assert [tuple(r) for r in shapes] == [(None, "list", "mark")]
        assert markers == ["bullet"]
        assert {"edition", "editionfile"} <= triggers
    finally:
        db.close()


def test_0010_removes_orphaned_personal_data_and_dates_closed_campaigns(tmp_path):
    """Issue 19: schema-0009.db holds what deleting and removing left behind
    before they took it with them — an individual's contact no signatory
    uses, a message to a removed signatory, a removed signatory's history —
    and a campaign closed in March. The upgrade removes the first three,
    keeps everything that still belongs to someone, and dates the closing."""
    path = tmp_path / "campaigns.db"
    shutil.copy(Path(__file__).parent.parent / "data" / "db" / "schema-0009.db", path)
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT COUNT(*) FROM contact").fetchone()[0] == 2
    con.close()
    open_database(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as con:
        contacts = con.execute("SELECT name FROM contact").fetchall()
        messages = con.execute("SELECT to_name FROM outboxmessage").fetchall()
        events_left = con.execute("SELECT signatory_id FROM signatoryevent").fetchall()
        campaigns = con.execute("SELECT id, closed_on, retention_days, count_private"
                                " FROM campaign ORDER BY id").fetchall()
        private = con.execute("SELECT private FROM signatory").fetchall()
    con.close()
    assert contacts == [("Ana",)]
    assert messages == [("Ana",)]
    assert events_left == [(1,)]
    assert campaigns == [(1, None, None, 0), (2, "2026-03-04", None, 0)]
    assert private == [(0,)]


def test_0010_on_postgresql(pg_url):
    from sqlalchemy import text

    from signon.store.campaigns import create_campaign

    db = open_database(pg_url)
    try:
        with db.session() as s:
            kept = create_campaign(s, "Kept").id
            published = create_campaign(s, "Published").id
        with db.engine.begin() as con:  # the database as 0009 left it, with orphans
            undo_0010(con)
            con.execute(text("UPDATE campaign SET status = 'published',"
                             " updated_at = '2026-05-06 07:00:00+00' WHERE id = :id"),
                        {"id": published})
            con.execute(text(
                "INSERT INTO contact (organisation_id, name, email, phone, notes,"
                " email_status, row_version) VALUES (NULL, 'Karim Haddad',"
                " 'karim@example.net', '', '', '', 1)"))
            con.execute(text(
                "INSERT INTO outboxmessage (campaign_id, signatory_id, kind, to_name,"
                " to_address, subject, body, message_id, state, error, attempts, created_at)"
                " VALUES (:c, NULL, 'invitation', 'Karim Haddad', 'karim@example.net', 's',"
                " 'Dear Karim Haddad', '<o@signon>', 'sent', '', 1, now())"), {"c": kept})
            con.execute(text("UPDATE alembic_version SET version_num = '0009'"))
    finally:
        db.close()
    db = open_database(pg_url)
    try:
        assert current_revision(db.engine) == head_revision()
        with db.engine.connect() as con:
            left = [con.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar()
                    for t in ("contact", "outboxmessage")]
            closed = dict(con.execute(text("SELECT id, closed_on FROM campaign")).all())
        assert left == [0, 0]
        assert {k: str(v) if v else v for k, v in closed.items()} == {
            kept: None, published: "2026-05-06"}
    finally:
        db.close()
