"""A password typed in a team database's URL never reaches a file or the
screen (issue 19): neither "alice:pw@" nor a `password=` query parameter.
The settings file is read as bytes, not through the label."""

from __future__ import annotations

import pytest

from signon.config import display_db, without_secrets
from signon.store.credentials import redact
from signon.ui.connect_dialog import recent_databases, remember_database
from signon.ui.settings import settings_path

URLS = [
    "postgresql+psycopg://alice:userinfo-secret-1@db.example.org:5433/signon",
    "postgresql+psycopg://alice@db.example.org/signon?password=query-secret-2&sslmode=require",
    "postgresql://alice:p%40ss-secret-3@db.example.org/signon?sslpassword=key-secret-4",
]
SECRETS = ("userinfo-secret-1", "query-secret-2", "p@ss-secret-3", "p%40ss-secret-3",
           "key-secret-4")


def test_open_recent_keeps_no_password_on_disk(qapp, isolated_env):
    for url in URLS:
        remember_database(url)
    saved = settings_path().read_bytes()
    assert not any(secret.encode() in saved for secret in SECRETS)
    assert recent_databases() == [
        "postgresql://alice@db.example.org/signon",
        "postgresql+psycopg://alice@db.example.org/signon?sslmode=require",
        "postgresql+psycopg://alice@db.example.org:5433/signon",
    ]


@pytest.mark.parametrize("url", URLS)
def test_no_password_is_shown(url):
    for shown in (display_db(url), without_secrets(url),
                  redact(f"connection to {url} failed")):
        assert not any(secret in shown for secret in SECRETS), shown
    assert "sslmode=require" in redact(f"connection to {URLS[1]} failed")
