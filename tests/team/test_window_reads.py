"""The window's reads on a team server: the Export tab's versions and letter
read at the same time (store.parallel), with the same result as one after
the other on a file; the connections its first reads use (issue 22)."""

import pytest

from signon.domain.compose import SectionDraft
from signon.store.campaigns import create_campaign
from signon.store.database import open_database
from signon.store.signatories import add_signatory
from signon.store.statements import freeze_version, replace_sections
from signon.ui.export_tab import read_export


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'campaigns.db'}"
    return request.getfixturevalue("pg_url")


def test_a_version_is_read_with_the_list_and_a_gone_one_gives_the_current_text(url):
    db = open_database(url)
    try:
        with db.session() as s:
            cid = create_campaign(s, "Open letter").id
            add_signatory(s, cid, name="Access Now", status="endorsed")
            replace_sections(s, cid, [SectionDraft(kind="intro", text="First words.")])
            freeze_version(s, cid, note="sent")
            replace_sections(s, cid, [SectionDraft(kind="intro", text="Newer words.")])

        frozen = read_export(db, cid, 1, None, {})
        assert [number for number, _at, _note in frozen.versions] == [1]
        assert frozen.version == 1
        assert frozen.letter.sections[0].paragraphs == ("First words.",)
        assert frozen.letter.signatory_lines == ["Access Now"]

        gone = read_export(db, cid, 7, None, {})
        assert gone.version is None
        assert gone.letter.sections[0].paragraphs == ("Newer words.",)

        current = read_export(db, cid, None, None, {})
        assert current.version is None
        assert current.letter.sections[0].paragraphs == ("Newer words.",)
    finally:
        db.close()


def test_the_windows_connections_log_in_while_the_first_checks_the_schema(pg_url):
    """open_database(connections=4): three more connections wait in the pool,
    so the window's first four reads do not each log in (issue 22)."""
    open_database(pg_url).close()  # created and upgraded, as a window finds it
    db = open_database(pg_url, connections=4)
    try:
        assert db.engine.pool.checkedin() == 4
    finally:
        db.close()
    single = open_database(pg_url)
    try:
        assert single.engine.pool.checkedin() == 1
    finally:
        single.close()
