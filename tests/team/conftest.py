"""Team-mode tests run on both backends where they take `db` (see backends.py)."""

import pytest

from team.backends import location, pytest_configure, pytest_generate_tests, url_of  # noqa: F401


@pytest.fixture
def db(backend, request, tmp_path):
    from signon.store.database import open_database

    database = open_database(url_of(location(backend, request, tmp_path)))
    yield database
    database.close()


@pytest.fixture
def other(db):
    """A second client of the same database: its own engine and connections,
    as another coordinator's app would have."""
    from signon.store.database import open_database

    second = open_database(db.url)
    yield second
    second.close()


@pytest.fixture
def keyring_backend(memory_keyring, monkeypatch):
    """The in-memory keyring, also returned by keyring.get_keyring() so the
    app sees a usable backend (the real one is never touched)."""
    import keyring

    monkeypatch.setattr(keyring, "get_keyring", lambda: memory_keyring)
    return memory_keyring


@pytest.fixture(autouse=True)
def forget_session_passwords():
    """Database passwords kept in memory never leak from one test to the next."""
    from signon.store import credentials

    credentials.clear_session()
    yield
    credentials.clear_session()
