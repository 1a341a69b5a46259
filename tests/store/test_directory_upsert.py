"""The importer's directory upsert (store.directory.upsert_organisations) on
SQLite skips re-reading the keys it wrote when every row went in; when a row
was ignored, because another program created the entry between the read and
the write, that entry is used and reported as not created."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from signon.domain.normalise import normalise_name

NOW = datetime(2024, 3, 1, 10, 0, tzinfo=UTC)


def org(name: str) -> dict:
    return {"name": name, "acronym": "", "country": "", "org_type": "", "website": "",
            "norm_key": normalise_name(name), "created_at": NOW, "updated_at": NOW}


def names(db) -> list[tuple[int, str]]:
    from signon.store.directory import ORGANISATION

    with db.transaction() as conn:
        return [tuple(r) for r in conn.execute(
            select(ORGANISATION.c.id, ORGANISATION.c.name).order_by(ORGANISATION.c.id))]


def test_new_entries_get_consecutive_ids_in_order(db):
    from signon.store.directory import upsert_organisations

    with db.transaction() as conn:
        first = upsert_organisations(conn, [org("Access Now"), org("EFF")])
    with db.transaction() as conn:
        again = upsert_organisations(conn, [org("ARTICLE 19"), org("access now"),
                                            org("Article 19 ")])
    (a, a_new), (e, e_new) = first
    assert a_new and e_new and e == a + 1
    article = again[0][0]
    assert again == [(article, True), (a, False), (article, False)]
    assert names(db) == [(a, "Access Now"), (e, "EFF"), (article, "ARTICLE 19")]


@pytest.mark.sqlite_only("PostgreSQL inserts with ON CONFLICT DO NOTHING, no read first")
def test_entry_created_between_read_and_write_is_used(db, monkeypatch):
    from signon.store import directory

    with db.transaction() as conn:
        ((theirs, _),) = directory.upsert_organisations(conn, [org("Access Now")])
    real = directory._ids_by_key
    reads = []

    def stale_first_read(connection, keys):
        reads.append(list(keys))
        # the first read happened before the other program's commit
        return {} if len(reads) == 1 else real(connection, keys)

    monkeypatch.setattr(directory, "_ids_by_key", stale_first_read)
    with db.transaction() as conn:
        result = directory.upsert_organisations(conn, [org("ACCESS NOW"), org("EFF")])
    assert len(reads) == 2  # the ignored row made it read the keys again
    assert result[0] == (theirs, False)
    assert result[1][1] is True
    with db.transaction() as conn:
        count = conn.execute(select(func.count()).select_from(directory.ORGANISATION)).scalar()
    assert count == 2
    assert [n for _, n in names(db)] == ["Access Now", "EFF"]


@pytest.mark.sqlite_only("SQLite's read-then-insert path")
def test_all_rows_written_needs_no_second_read(db, monkeypatch):
    from signon.store import directory

    real = directory._ids_by_key
    reads = []

    def counted(connection, keys):
        reads.append(list(keys))
        return real(connection, keys)

    monkeypatch.setattr(directory, "_ids_by_key", counted)
    with db.transaction() as conn:
        result = directory.upsert_organisations(conn, [org("Access Now"), org("EFF")])
    assert len(reads) == 1
    assert [created for _, created in result] == [True, True]
