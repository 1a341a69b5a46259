"""Where Sign-on keeps its data, and how a `--db` argument becomes a URL.

Tests and portable installs set SIGNON_DATA_DIR so nothing touches the
user's real data dir; SIGNON_DB (or --db) picks the database.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Sign-on"
RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def data_dir() -> Path:
    override = os.environ.get("SIGNON_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "signon.db"


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def is_url(value: str) -> bool:
    return "://" in value


def resolve_db(value: str | None = None) -> str:
    """--db argument, else SIGNON_DB, else the default file: always a URL."""
    value = value or os.environ.get("SIGNON_DB") or str(default_db_path())
    if is_url(value):
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def display_db(url: str) -> str:
    """The database as a person should see it: a path, or a URL without password."""
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///"):]
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
