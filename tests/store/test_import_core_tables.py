"""`signon import-signatories` works in SQL Core and never loads the ORM (a
quarter of a second of its start-up): what that rests on is checked here
against the models it does not import — the table names and columns it
writes, the tables a database must have, the campaign lookup."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy.dialects import postgresql, sqlite

from signon.domain.errors import ValidationError


def test_required_tables_are_exactly_the_models_tables():
    from sqlmodel import SQLModel

    import signon.store.models  # noqa: F401  (registers the tables)
    from signon.store.database import required_tables

    assert required_tables() == frozenset(SQLModel.metadata.tables)


@pytest.mark.parametrize("dialect", [sqlite.dialect(), postgresql.dialect()],
                         ids=["sqlite", "postgresql"])
def test_import_tables_are_the_models_columns_with_their_types(dialect):
    from sqlmodel import SQLModel

    import signon.store.models  # noqa: F401
    from signon.store.tables import TABLES

    for lean in TABLES:
        model = SQLModel.metadata.tables[lean.name]
        for col in lean.c:
            assert col.name in model.c, f"{lean.name}.{col.name} is not in the models"
            real = model.c[col.name].type
            assert col.type.compile(dialect=dialect) == real.compile(dialect=dialect), \
                f"{lean.name}.{col.name}"
            # the same conversion of Python values on the way in (dates)
            assert bound(col.type, dialect) == bound(real, dialect), f"{lean.name}.{col.name}"


#: a time not in UTC: the models store it converted to UTC
SAMPLES = {datetime: datetime(2024, 3, 1, 10, 0, 0, 123456, tzinfo=timezone(timedelta(hours=2))),
           int: 7,
           str: "Access Now"}


def bound(sql_type, dialect):
    """What a typical value becomes on its way to the driver."""
    value = SAMPLES[getattr(sql_type, "impl", sql_type).python_type]
    process = sql_type.dialect_impl(dialect).bind_processor(dialect)
    return process(value) if process else value


def test_import_tables_cover_every_column_an_import_writes():
    """A NOT NULL column without a default that the lean table lacks would
    make every import fail; those the models declare are all there."""
    from sqlmodel import SQLModel

    import signon.store.models  # noqa: F401
    from signon.store.tables import CONTACT, ORGANISATION, SIGNATORY, SIGNATORY_EVENT

    for lean in (ORGANISATION, CONTACT, SIGNATORY, SIGNATORY_EVENT):
        model = SQLModel.metadata.tables[lean.name]
        needed = {c.name for c in model.c if not c.nullable and c.server_default is None
                  and c.name != "row_version"}
        assert needed <= set(lean.c.keys()), (lean.name, needed - set(lean.c.keys()))


REFS = ["1", "2", "99", "Open letter", "open letter", "OPEN LETTER on spyware",
        "Open", "UN", "un ai", "  UN AI resolution  ", "nothing like it", "Open letter 2"]


@pytest.mark.parametrize("ref", REFS)
def test_campaign_lookup_finds_what_find_campaign_finds(db, ref):
    from signon.store.campaigns import create_campaign, find_campaign
    from signon.store.dbapi import find_campaign_ref

    with db.session() as s:
        create_campaign(s, "UN AI resolution")
        create_campaign(s, "Open letter on spyware", signatory_policy="individuals")
        create_campaign(s, "Open letter 2")
        create_campaign(s, "open letter 2")
    with db.session() as s:
        try:
            expected = find_campaign(s, ref)
            want = (expected.id, expected.title, expected.signatory_policy,
                    expected.language)
        except ValidationError as exc:
            want = str(exc)
    with db.transaction() as conn:
        try:
            got = tuple(find_campaign_ref(conn, ref))
        except ValidationError as exc:
            got = str(exc)
    assert got == want


def test_unknown_campaign_id_is_the_same_message(db):
    from signon.store.campaigns import get_campaign
    from signon.store.dbapi import campaign_ref

    with db.session() as s, pytest.raises(ValidationError) as expected:
        get_campaign(s, 42)
    with db.transaction() as conn, pytest.raises(ValidationError) as got:
        campaign_ref(conn, 42)
    assert str(got.value) == str(expected.value)


def test_a_failed_transaction_leaves_nothing(db):
    from sqlalchemy import insert, select

    from signon.store.tables import SETTING

    with pytest.raises(RuntimeError), db.transaction() as conn:
        conn.execute(insert(SETTING).values(key="half", value="written"))
        raise RuntimeError("stop")
    with db.transaction() as conn:
        conn.execute(insert(SETTING).values(key="whole", value="written"))
    with db.transaction() as conn:
        assert conn.execute(select(SETTING.c.key)).scalars().all() == ["whole"]


def test_the_import_command_never_loads_the_orm(tmp_path):
    """The command's start-up budget (issue 6): no sqlmodel, pydantic, ORM
    or models module is imported, even though the import writes rows."""
    from signon.store.campaigns import create_campaign
    from signon.store.database import open_database

    db_file = tmp_path / "x.db"
    db = open_database(f"sqlite:///{db_file}")
    with db.session() as s:
        create_campaign(s, "Letter")
    db.close()
    csv = tmp_path / "in.csv"
    csv.write_text("Organisation,Country,Email\nAccess Now,US,a@example.org\n"
                   "access now,,b@example.org\nEFF,US,\n", encoding="utf-8")
    probe = (
        "import sys\n"
        "from signon.cli import main\n"
        f"rc = main(['--db', {str(db_file)!r}, 'import-signatories', 'Letter', "
        f"{str(csv)!r}, '--status', 'endorsed'])\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlmodel', 'pydantic')"
        " or m in ('sqlalchemy.orm', 'signon.store.models', 'alembic'))\n"
        "print('RC', rc, 'HEAVY', heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert "added: 2 as endorsed" in out.stdout
    assert out.stdout.splitlines()[-1] == "RC 0 HEAVY []"
