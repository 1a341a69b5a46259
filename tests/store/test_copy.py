"""copy-db: SQLite → PostgreSQL → SQLite keeps every row; merge never
duplicates an organisation; a non-empty target is refused."""

import pytest

from signon.domain.compose import SectionDraft
from signon.store.campaigns import create_campaign
from signon.store.copy import CopyError, copy_database, count_rows
from signon.store.database import open_database
from signon.store.dbapi import list_campaigns
from signon.store.signatories import add_signatory, list_signatories
from signon.store.statements import load_sections, replace_sections


def _fill(db, title="Joint statement"):
    with db.session() as s:
        c = create_campaign(s, title, addressee="UN member states")
        replace_sections(s, c.id, [
            SectionDraft("intro", text="We, the undersigned…"),
            SectionDraft("concern", lead="Concerns:", items=["one", "two", "three"]),
        ])
        add_signatory(s, c.id, name="ARTICLE 19", country="GB", status="endorsed",
                      contact_email="a19@example.org")
        add_signatory(s, c.id, name="Access Now", country="US", status="invited")
        add_signatory(s, c.id, kind="individual", name="Ada Lovelace", title="Professor",
                      affiliation="University of Somewhere", status="endorsed")
        return c.id


def test_sqlite_to_postgres_and_back(db, pg_url, tmp_path):
    cid = _fill(db)
    team = open_database(pg_url)
    report = copy_database(db, team)
    assert report.rows["signatory"] == 3 and report.rows["signatoryevent"] == 3
    assert count_rows(team) == count_rows(db)
    # the copy is a working database: new rows get fresh ids (sequences moved on)
    with team.session() as s:
        add_signatory(s, cid, name="Derechos Digitales", status="endorsed")
        assert [r.name for r in list_signatories(s, cid)][-1] == "Derechos Digitales"
    back = open_database(f"sqlite:///{tmp_path / 'offline.db'}")
    copy_database(team, back)
    with back.session() as s:
        assert len(list_signatories(s, cid)) == 4
        assert load_sections(s, cid)[1].items == ["one", "two", "three"]
    team.close()
    back.close()


def test_non_empty_target_is_refused_unless_merge(db, tmp_path):
    _fill(db)
    other = open_database(f"sqlite:///{tmp_path / 'other.db'}")
    _fill(other, "Another letter")
    before = count_rows(other)
    with pytest.raises(CopyError, match="not empty; use --merge"):
        copy_database(db, other)
    assert count_rows(other) == before
    report = copy_database(db, other, merge=True)
    # ARTICLE 19 and Access Now exist in both: reused, not duplicated
    assert report.reused["organisation"] == 2
    with other.session() as s:
        titles = sorted(c.title for c in list_campaigns(s))
        assert titles == ["Another letter", "Joint statement"]
        copied = next(c for c in list_campaigns(s) if c.title == "Joint statement")
        assert sorted(r.name for r in list_signatories(s, copied.id)) == [
            "ARTICLE 19", "Access Now", "Ada Lovelace"]
    other.close()


def test_merge_moves_a_campaigns_own_settings_to_its_new_id(db, tmp_path):
    """A merge gives copied campaigns new ids: the letterhead of the source's
    campaign 1 must follow it, not land on the target's campaign 1."""
    from signon.store.setting_keys import LETTERHEAD
    from signon.store.settings import get_setting, set_setting

    source_id = _fill(db)
    with db.session() as s:
        set_setting(s, LETTERHEAD, "/letterheads/source.png", campaign_id=source_id)
    other = open_database(f"sqlite:///{tmp_path / 'other.db'}")
    target_id = _fill(other, "Another letter")
    assert target_id == source_id  # both databases' first campaign
    with other.session() as s:
        set_setting(s, LETTERHEAD, "/letterheads/target.png", campaign_id=target_id)
    copy_database(db, other, merge=True)
    with other.session() as s:
        copied = next(c for c in list_campaigns(s) if c.title == "Joint statement").id
        assert copied != source_id
        assert get_setting(s, LETTERHEAD, campaign_id=target_id) == "/letterheads/target.png"
        assert get_setting(s, LETTERHEAD, campaign_id=copied) == "/letterheads/source.png"
    other.close()
