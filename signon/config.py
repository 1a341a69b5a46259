"""Where Sign-on keeps its data, and how a `--db` argument becomes a URL.

Tests and portable installs set SIGNON_DATA_DIR so nothing touches the
user's real data dir; SIGNON_DB (or --db) picks the database.

The backup folder is the data dir's "backups" unless SIGNON_BACKUP_DIR or
the person's choice (File → Backups…, kept in the data dir's settings.json)
says otherwise. It is a per-user setting kept outside every database on
purpose: the folder must still be found when the database is the thing
that is broken. Its keys are declared once, below (`DATA_DIR_SETTINGS`);
`read_setting` and `write_setting` refuse any other (docs/architecture.md,
"Settings").
"""

from __future__ import annotations

import json
import os
from importlib.resources import files
from pathlib import Path

from signon.domain.settings import Declarations, Setting

APP_NAME = "Sign-on"
#: The bundled data, wherever the package lives (checkout, wheel, frozen app).
#: Every install keeps it as a folder on disk, which reportlab and Qt need.
RESOURCES = Path(str(files("signon.resources")))


def data_dir() -> Path:
    override = os.environ.get("SIGNON_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, appauthor=False))
    return private_folder(path)


def private_folder(path: Path) -> Path:
    """`path`, created if missing, readable by its owner only (0700): the
    data folder, the backup folder and the settings folder hold contacts,
    notes and whole databases, and with the usual umask 022 every user of
    the machine could read them. On Windows the user's profile folder
    already keeps them private; chmod there only sets the read-only flag."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    _mode(path, 0o700)
    return path


def private_file(path: Path) -> Path:
    """`path` (a database, a backup, a settings file) readable and writable
    by its owner only (0600), if it exists."""
    _mode(path, 0o600)
    return path


def _mode(path: Path, mode: int) -> None:
    if os.name != "posix":
        return
    try:
        if path.stat().st_mode & 0o777 != mode:
            path.chmod(mode)
    except OSError:  # gone, not ours, or a file system without modes (FAT)
        pass


def secure_private_files() -> None:
    """At start-up: the data folder and the backup folder 0700, the files
    Sign-on keeps in them 0600, whatever older versions or the umask made
    of them."""
    for folder in (data_dir(), backups_dir_path()):
        if not folder.is_dir():
            continue
        private_folder(folder)
        for entry in folder.iterdir():
            if entry.is_file() and not entry.is_symlink():
                private_file(entry)
            elif entry.is_dir() and not entry.is_symlink():
                private_folder(entry)
                for inner in entry.iterdir():
                    if inner.is_file() and not inner.is_symlink():
                        private_file(inner)


def default_db_path() -> Path:
    return data_dir() / "signon.db"


SETTINGS_FILE = "settings.json"
BACKUPS_DIR = Setting(
    "backups_dir", None, str,
    "The backup folder the person chose (File → Backups…); none: the data dir's "
    "\"backups\". SIGNON_BACKUP_DIR overrides it.")
BACKUP_PERIODS = Setting(
    "backup_periods", None, dict,
    "How long backups are kept, as the person set them in File → Backups… "
    "({\"daily\": days, \"weekly\": weeks, \"safety_days\": days}); none: the "
    "defaults (signon.store.backup.BackupPeriods).")
DATA_DIR_SETTINGS = Declarations(SETTINGS_FILE, (BACKUPS_DIR, BACKUP_PERIODS))


def default_backups_dir() -> Path:
    return data_dir() / "backups"


def _read_settings() -> dict:
    """The data dir's settings.json; {} when missing or unreadable (a damaged
    settings file must not keep the app from starting)."""
    try:
        value = json.loads((data_dir() / SETTINGS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def read_setting(setting: Setting) -> object:
    """One declared setting of settings.json, or its default."""
    value = _read_settings().get(DATA_DIR_SETTINGS.key(setting))
    return setting.default_value() if value is None else value


def write_setting(setting: Setting, value: object | None) -> None:
    """Store (or with None forget) one declared setting; written to a temp
    file and renamed, so a crash leaves the old or the new file, never half
    of one."""
    key = DATA_DIR_SETTINGS.key(setting)
    if value is not None:
        setting.check_value(value)
    settings = _read_settings()
    if value is None:
        settings.pop(key, None)
    else:
        settings[key] = value
    target = data_dir() / SETTINGS_FILE
    tmp = target.with_name(f".{target.name}.part")
    tmp.write_text(json.dumps(settings, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(private_file(tmp), target)


def backups_dir_source() -> str:
    """Who chose the backup folder: "environment", "setting" or "default"."""
    if os.environ.get("SIGNON_BACKUP_DIR"):
        return "environment"
    return "setting" if read_setting(BACKUPS_DIR) else "default"


def backups_dir_path() -> Path:
    """The backup folder, without creating it (for showing it)."""
    chosen = os.environ.get("SIGNON_BACKUP_DIR") or read_setting(BACKUPS_DIR)
    if chosen and isinstance(chosen, str):
        return Path(chosen).expanduser()
    return default_backups_dir()


def backups_dir() -> Path:
    """The backup folder, created if needed (OSError when it cannot be, e.g.
    the external drive it was set to is not plugged in)."""
    return private_folder(backups_dir_path())


def set_backups_dir(folder: str | Path | None) -> None:
    """Remember the person's backup folder (None: back to the default)."""
    write_setting(BACKUPS_DIR, str(Path(folder).expanduser().resolve()) if folder else None)


def is_url(value: str) -> bool:
    return "://" in value


#: URL schemes people type for PostgreSQL, and the driver Sign-on ships
#: (psycopg 3, binary wheels: no compiler or libpq needed).
POSTGRES_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg2://")
POSTGRES_DRIVER = "postgresql+psycopg://"


def resolve_db(value: str | None = None) -> str:
    """--db argument, else SIGNON_DB, else the default file: always a URL.

    `postgresql://user@host:5432/dbname?sslmode=require` (what libpq and
    every PostgreSQL guide write) becomes `postgresql+psycopg://…`, the
    driver Sign-on ships; the query string (TLS mode, …) goes to libpq."""
    value = (value or os.environ.get("SIGNON_DB") or str(default_db_path())).strip()
    if is_url(value):
        for scheme in POSTGRES_SCHEMES:
            if value.lower().startswith(scheme):
                return POSTGRES_DRIVER + value[len(scheme):]
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def without_secrets(url: str) -> str:
    """`url` with no password in it: neither the user's ("alice:pw@") nor a
    `password=` query parameter. What may be remembered (Open Recent).
    SQLAlchemy 2's `URL.set(password=None)` leaves the password where it
    was, which once saved a team database's password in clear to the
    settings file. A URL that cannot be read is given back as
    "(unreadable database URL)": none of it is shown."""
    return _rendered(url, hide_password=False, drop_password=True)


def display_db(url: str) -> str:
    """The database as a person should see it: a path, or a URL whose
    password shows as "***" (and whose `password=` parameter is gone)."""
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///"):]
    return _rendered(url, hide_password=True, drop_password=False).replace(
        "postgresql+psycopg://", "postgresql://", 1)


def _rendered(url: str, *, hide_password: bool, drop_password: bool) -> str:
    if url.startswith("sqlite:"):
        return url
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return "(unreadable database URL)"
    query = {k: v for k, v in parsed.query.items()
             if k.casefold() not in ("password", "sslpassword")}
    parsed = parsed._replace(query=query)
    if drop_password:
        parsed = parsed._replace(password=None)
    return parsed.render_as_string(hide_password=hide_password)


def describe_db(url: str) -> str:
    """Short words for the status bar: the file's path, or "Team: signon on
    db.example.org" — never a user name or password."""
    if url.startswith("sqlite"):
        return display_db(url)
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return "Team database"
    host = parsed.host or "localhost"
    port = f":{parsed.port}" if parsed.port and parsed.port != 5432 else ""
    return f"Team: {parsed.database or '(default database)'} on {host}{port}"
