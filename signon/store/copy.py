"""Copy everything between two Sign-on databases (SQLite ↔ PostgreSQL).

`signon copy-db FROM TO` moves a campaign into team mode, or keeps an
offline copy of the team database. Tables are copied in foreign-key order
inside ONE transaction on the target, so a failed copy leaves the target as
it was. A non-empty target is refused unless `merge=True`: then rows get new
ids, organisations are matched by their normalised key (never duplicated),
settings already present are kept, and every foreign key is remapped.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, insert, select, text
from sqlmodel import SQLModel

import signon.store.models  # noqa: F401  (registers the tables)
from signon.domain.errors import SignonError
from signon.domain.messages import _
from signon.progress import NO_PROGRESS, Progress
from signon.store.database import Database

BATCH = 1000


class CopyError(SignonError):
    """The copy cannot run as asked (e.g. the target is not empty)."""


@dataclass
class CopyReport:
    rows: dict[str, int] = field(default_factory=dict)
    reused: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def _tables():
    """Every table, parents first; the settings last, since a campaign's own
    settings name the campaign's id (`_setting_key`)."""
    return sorted(SQLModel.metadata.sorted_tables, key=lambda t: t.name == "setting")


def count_rows(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in _tables()}


def is_empty(db: Database) -> bool:
    return not any(count_rows(db).values())


def copy_database(
    source: Database, target: Database, *, merge: bool = False,
    progress: Progress = NO_PROGRESS,
) -> CopyReport:
    if source.url == target.url:
        raise CopyError(_("{where}: source and target are the same database").format(
            where=source.display))
    if not merge and not is_empty(target):
        raise CopyError(_("{where}: the target database is not empty; use --merge to add this "
                          "database's campaigns to it").format(where=target.display))
    tables = _tables()
    total = sum(count_rows(source).values()) or 1
    done = 0
    report = CopyReport()
    id_maps: dict[str, dict[object, object]] = {}
    with source.engine.connect() as src, target.engine.begin() as dst:
        for table in tables:
            pk = [c.name for c in table.primary_key.columns]
            fks = {fk.parent.name: fk.column.table.name for fk in table.foreign_keys}
            id_map = id_maps.setdefault(table.name, {})
            existing_keys = _existing_natural_keys(dst, table) if merge else {}
            rows = src.execute(select(table).order_by(*table.primary_key.columns))
            n = reused = 0
            batch: list[dict] = []
            for row in rows.mappings():
                values = dict(row)
                for column, parent in fks.items():
                    if values.get(column) is not None and parent in id_maps:
                        values[column] = id_maps[parent].get(values[column], values[column])
                if table.name == "setting":
                    values["key"] = _setting_key(values["key"], id_maps.get("campaign", {}))
                if merge:
                    key = _natural_key(table.name, values)
                    if key is not None and key in existing_keys:
                        if len(pk) == 1:
                            id_map[values[pk[0]]] = existing_keys[key]
                        reused += 1
                        continue
                    if table.name != "setting" and len(pk) == 1 and pk[0] == "id":
                        old = values.pop("id")
                        new_id = dst.execute(insert(table).values(**values)).inserted_primary_key[0]
                        id_map[old] = new_id
                        n += 1
                        continue
                batch.append(values)
                if len(batch) >= BATCH:
                    dst.execute(insert(table), batch)
                    n += len(batch)
                    batch.clear()
                done += 1
                if done % BATCH == 0:
                    progress.step(done, total, f"copying {table.name}")
            if batch:
                dst.execute(insert(table), batch)
                n += len(batch)
            done += reused
            report.rows[table.name] = n
            report.reused[table.name] = reused
            progress.step(done, total, f"copied {table.name}")
        if target.engine.dialect.name == "postgresql":
            _reset_sequences(dst, tables)
    return report


def _setting_key(key: str, campaigns: dict) -> str:
    """A campaign's own setting ("export.letterhead.7") under the id its
    campaign got in the target (a merge gives copied campaigns new ids: the
    letterhead of campaign 7 must not land on the target's campaign 7)."""
    from signon.store.setting_keys import DATABASE_SETTINGS

    setting = DATABASE_SETTINGS.find(key)
    if setting is None or not setting.per_campaign:
        return key
    fields = setting.fields_of(key)
    old = int(fields["campaign_id"])
    return setting.key(**{**fields, "campaign_id": campaigns.get(old, old)})


def _natural_key(table: str, values: dict) -> object | None:
    """Rows that mean the same thing in both databases: an organisation is its
    normalised name; a setting is its key. Everything else is new."""
    if table == "organisation":
        return values["norm_key"]
    if table == "setting":
        return values["key"]
    return None


def _existing_natural_keys(conn, table) -> dict[object, object]:
    if table.name == "organisation":
        return {k: i for i, k in conn.execute(select(table.c.id, table.c.norm_key))}
    if table.name == "setting":
        return {k: k for (k,) in conn.execute(select(table.c.key))}
    return {}


def _reset_sequences(conn, tables) -> None:
    """Rows were inserted with explicit ids: move each id sequence past them."""
    for table in tables:
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        conn.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f"COALESCE((SELECT MAX(id) FROM \"{table.name}\"), 0) + 1, false)"
        ))
