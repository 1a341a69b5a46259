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
