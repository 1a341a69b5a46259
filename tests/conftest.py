"""Fixtures shared by every test: nothing touches the real data dir or keyring.

Each test gets its own data dir under tmp_path (SIGNON_DATA_DIR), no SIGNON_DB
from the environment, an in-memory keyring, and Qt runs offscreen.

A test that needs a part of the machine (PostgreSQL, poppler) says so with
`@pytest.mark.requires("poppler")` or through the `pg_cluster` fixture: it
skips where the part is missing, or fails when SIGNON_REQUIRE names the part
(tests/support/requires.py).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from support.requires import PARTS, require, required

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("SIGNON_DB", None)


def pytest_configure(config) -> None:
    """Refuse the run at once when SIGNON_REQUIRE names a part that does not
    exist, instead of letting the skips it was meant to catch through."""
    config.addinivalue_line(
        "markers", f"requires(part): skips without the part, fails when SIGNON_REQUIRE names "
        f"it ({', '.join(sorted(PARTS))})")
    try:
        required()
    except ValueError as exc:
        raise pytest.UsageError(str(exc)) from None


def pytest_runtest_setup(item) -> None:
    for marker in item.iter_markers("requires"):
        for name in marker.args:
            require(name)


class MemoryKeyring:
    """A keyring backend that forgets everything when the test ends."""

    priority = 1

    def __init__(self):
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


@pytest.fixture(autouse=True)
def isolated_env(tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setenv("SIGNON_DATA_DIR", str(data))
    monkeypatch.delenv("SIGNON_DB", raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    return data


@pytest.fixture
def no_machine_language(monkeypatch):
    """No language from the machine running the tests (a command's messages
    follow SIGNON_LANG, else the locale); English messages again after."""
    from signon.domain import messages

    for name in ("SIGNON_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    yield
    messages.install(None)


@pytest.fixture
def memory_keyring(monkeypatch):
    import keyring

    backend = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_password", backend.get_password)
    monkeypatch.setattr(keyring, "set_password", backend.set_password)
    monkeypatch.setattr(keyring, "delete_password", backend.delete_password)
    return backend


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def db(db_path):
    """A migrated SQLite database in a temp file."""
    from signon.store.database import open_database

    database = open_database(f"sqlite:///{db_path}")
    yield database
    database.close()


@pytest.fixture
def session(db):
    with db.session() as s:
        yield s


DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def pg_cluster():
    """One throwaway PostgreSQL server for the whole run (started on first use)."""
    from support.postgres import Cluster

    require("postgres")
    cluster = Cluster().start()
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_url(pg_cluster, request):
    """A fresh, empty PostgreSQL database for one test."""
    import re

    name = "t_" + re.sub(r"\W", "_", request.node.name.lower())[:50] + f"_{id(request) % 10**6}"
    return pg_cluster.create_database(name)


#: The migrated database every PostgreSQL test database is copied from.
PG_TEMPLATE = "signon_template"


@pytest.fixture(scope="session")
def pg_admin(pg_cluster):
    """An autocommit connection to the throwaway cluster's `postgres`
    database, to create and drop test databases (CREATE DATABASE … TEMPLATE
    takes a few tens of milliseconds; migrating each one would take seconds)."""
    import psycopg

    from signon.store.database import open_database

    conn = psycopg.connect(host="127.0.0.1", port=pg_cluster.port, user="signon",
                           dbname="postgres", autocommit=True)
    conn.execute(f"CREATE DATABASE {PG_TEMPLATE}")
    open_database(pg_cluster.url(PG_TEMPLATE)).close()  # migrated to head once
    yield conn
    conn.close()


_pg_serial = iter(range(1, 10**9))


@pytest.fixture
def pg_db_url(pg_cluster, pg_admin):
    """A fresh PostgreSQL database at the current schema, dropped afterwards."""
    name = f"signon_test_{os.getpid()}_{next(_pg_serial)}"
    pg_admin.execute(f"CREATE DATABASE {name} TEMPLATE {PG_TEMPLATE}")
    yield pg_cluster.url(name)
    pg_admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
