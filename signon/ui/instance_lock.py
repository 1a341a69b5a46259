"""One Sign-on window per database file.

Two windows on the same file would each keep their own view of the
statement and autosave over each other's typing, so the app takes a lock
on the database file before opening it and a second app on the same file
is told which process has it. The command line is not locked out: SQLite
itself serialises writers (busy timeout), and an import from a script while
the app is open is a normal thing to do.

The lock is a QLockFile ".<name>.lock" next to the database, so people
sharing a folder see each other too (it records pid and host name). A lock
left by a process that died (crash, SIGKILL, power cut) names a pid that no
longer runs on this host: QLockFile takes it over. When the database's
folder is read-only the lock lives in the data dir, keyed by the path.
"""

from __future__ import annotations

import hashlib
import socket
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile

from signon import config
from signon.ui.i18n import translate

#: The locks this process holds, by resolved database path.
_held: dict[Path, QLockFile] = {}


@dataclass(frozen=True)
class Holder:
    """Who holds a database: enough to tell the person which window it is."""

    pid: int
    hostname: str
    app: str

    def describe(self) -> str:
        if not self.pid:  # the lock file could not be read: say what we know
            return "lock file in use"
        here = not self.hostname or self.hostname == socket.gethostname()
        return f"pid {self.pid}" if here else f"pid {self.pid} on {self.hostname}"


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(f".{db_path.name}.lock")


def _fallback_path(db_path: Path) -> Path:
    key = hashlib.sha256(str(db_path).encode("utf-8")).hexdigest()[:24]
    folder = config.data_dir() / "locks"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{key}.lock"


def _key(db_path: Path) -> Path:
    return Path(db_path).expanduser().resolve()


def _try(lock_file: Path) -> tuple[QLockFile | None, Holder | None, bool]:
    """(our lock, or the holder) and whether the folder let us write at all."""
    lock = QLockFile(str(lock_file))
    lock.setStaleLockTime(0)  # stale only when its pid is dead, never by age
    if lock.tryLock(0):
        return lock, None, True
    if lock.error() == QLockFile.LockError.LockFailedError:
        info = lock.getLockInfo()  # PySide6: (pid, hostname, appname)
        pid, hostname, app = info[-3:] if isinstance(info, tuple) and len(info) >= 3 \
            else (0, "", "")
        return None, Holder(int(pid or 0), str(hostname or ""), str(app or "")), True
    return None, None, False


def acquire(db_path: Path) -> Holder | None:
    """Take the lock of the database at `db_path`; None when this process
    holds it now, else who holds it."""
    key = _key(db_path)
    if key in _held:
        return None
    lock, holder, writable = _try(lock_path(key))
    if not writable:  # read-only folder: the data dir keeps the lock instead
        lock, holder, _ = _try(_fallback_path(key))
    if lock is not None:
        _held[key] = lock
        return None
    return holder


def release(db_path: Path | None) -> None:
    """Let go of the lock of `db_path` (nothing when we do not hold it)."""
    if db_path is None:
        return
    lock = _held.pop(_key(db_path), None)
    if lock is not None:
        lock.unlock()


def holds(db_path: Path) -> bool:
    return _key(db_path) in _held


def release_all() -> None:
    for key in list(_held):
        release(key)


def in_use_message(db_path: Path, holder: Holder) -> str:
    """The one line shown when another Sign-on has the file."""
    return translate("instance_lock", "{path}: is open in another Sign-on window ({holder}); "
                                      "switch to that window, or open another file").format(
        path=db_path, holder=holder.describe())
