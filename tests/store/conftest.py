"""The store suite runs on SQLite and on PostgreSQL: `db` (and `session`,
built on it) is parametrised over both backends (see tests/team/backends.py)."""

import pytest
from team.backends import location, pytest_configure, pytest_generate_tests, url_of  # noqa: F401


@pytest.fixture
def db(backend, request, tmp_path):
    from signon.store.database import open_database

    database = open_database(url_of(location(backend, request, tmp_path)))
    yield database
    database.close()
