"""The schema revisions, read from the migration files' own header lines.

Every command checks the revision of the database it opens against the
newest migration, and `signon export` does so before it reads an SQLite file
with the standard library alone (store/letters.py). Importing Alembic costs
more than half a second and SQLAlchemy a fifth, so this module imports
neither: the `revision = …` / `down_revision = …` lines and the
create/drop_table steps of signon/store/migrations/versions/*.py say all
that is needed. Alembic itself is asked only when the files branch.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

_REVISION_LINE = re.compile(
    r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(?:['\"]([\w.-]+)['\"]|None)", re.MULTILINE)
_TABLE_STEP = re.compile(r"op\.(create_table|drop_table)\(\s*['\"](\w+)['\"]")


def alembic_config(url: str):
    """Alembic's configuration for the migrations of this package and `url`."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def _migration_files() -> list[tuple[str, str | None, str]]:
    """(revision, down_revision, text) of every migration file, in name order."""
    found = []
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        lines = dict(_REVISION_LINE.findall(text))
        if lines.get("revision"):
            found.append((lines["revision"], lines.get("down_revision") or None, text))
    return found


@lru_cache(maxsize=1)
def _migration_graph() -> tuple[frozenset[str], frozenset[str]]:
    """(every revision, the heads: revisions no other one names as its parent)."""
    files = _migration_files()
    revisions = frozenset(rev for rev, _down, _text in files)
    parents = {down for _rev, down, _text in files if down}
    return revisions, revisions - parents


def head_revision() -> str:
    """The newest schema revision, the one a current database is stamped with."""
    heads = _migration_graph()[1]
    if len(heads) != 1:  # a branch needs Alembic's own resolution
        from alembic.script import ScriptDirectory

        return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    return next(iter(heads))


def known_revisions() -> frozenset[str]:
    """Every revision this Sign-on knows; a database stamped otherwise is newer."""
    return _migration_graph()[0]


@lru_cache(maxsize=16)
def tables_at(revision: str) -> frozenset[str]:
    """The tables a database at `revision` has, from the upgrade() steps of
    the migration files, so that an outdated file with a table missing is
    refused as damaged before the upgrade touches it."""
    steps: dict[str, tuple[str | None, list[tuple[str, str]]]] = {}
    for rev, down, text in _migration_files():
        start, end = text.find("def upgrade"), text.find("def downgrade")
        body = text[start:end if end > start else len(text)]
        steps[rev] = (down, _TABLE_STEP.findall(body))
    chain = []
    current: str | None = revision
    while current is not None and current in steps:
        chain.append(current)
        current = steps[current][0]
    tables = {"alembic_version"}
    for rev in reversed(chain):
        for action, table in steps[rev][1]:
            (tables.add if action == "create_table" else tables.discard)(table)
    return frozenset(tables)


def required_tables() -> frozenset[str]:
    """The tables of a database at the current schema, as the migrations
    create them (tests/store/test_import_core_tables.py checks that they are
    exactly the tables of signon.store.models). Read from the migration
    files rather than from the models, whose import (SQLModel, pydantic)
    would cost every command that opens a database a tenth of a second."""
    return tables_at(head_revision()) - {"alembic_version"}
