"""The CLI end-to-end suite runs on SQLite and on PostgreSQL: `db_path`, the
value the tests pass to `--db`, is a file path or a PostgreSQL URL (see
tests/team/backends.py); `url_of` / `content_digest` there open and compare
either."""

import pytest
from team.backends import location, pytest_configure, pytest_generate_tests  # noqa: F401


@pytest.fixture
def db_path(backend, request, tmp_path):
    return location(backend, request, tmp_path)
