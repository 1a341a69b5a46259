"""Atomic file writes: a failed or killed export never leaves half a file.

A base module at the package top, below the store: the store writes the
block library with it, the exporters their letters, outreach its .eml files.
It uses only the standard library.

Write to a temp file in the same folder, fsync, then rename over the target
(rename is atomic on POSIX and on Windows with os.replace).

The new file's permissions: a public letter follows the umask (or keeps the
mode of the file it replaces, so a folder shared on purpose stays shared);
a file holding private contacts (`private=True`: the campaign file, .eml
messages) is 0600 whatever the umask. mkstemp alone made every export 0600.

A writer that is killed cannot delete its temp file. The file's name holds
the writer's process id, so the next write to the same target removes the
temp files of writers that no longer run (POSIX; elsewhere they stay, hidden
and harmless), and a coordinator's folder does not fill with `.part` files.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from glob import escape as glob_escape
from pathlib import Path
from typing import IO


@contextmanager
def atomic_write(path: str | Path, mode: str = "wb", encoding: str | None = None, *,
                 private: bool = False) -> Iterator[IO]:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temp_files(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".part",
                               dir=target.parent)
    try:
        if hasattr(os, "fchmod"):  # POSIX; Windows files follow the folder's ACL
            os.fchmod(fd, 0o600 if private else _public_mode(target))
        with os.fdopen(fd, mode, encoding=encoding if "b" not in mode else None,
                       newline="" if "b" not in mode else None) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _public_mode(target: Path) -> int:
    """The mode of the file being replaced, else what the umask gives a new
    file (0644 under the usual 022)."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~current_umask()


def current_umask() -> int:
    """The process umask, read without changing it where the system says it
    (/proc, Linux): setting it to read it back would, for a moment, give
    files created by other threads the wrong mode."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o077)  # the strict value meanwhile, never a looser one
    os.umask(mask)
    return mask


def remove_stale_temp_files(target: Path) -> list[Path]:
    """Delete the temp files left next to `target` by writers that were
    killed; return them. A temp file of a running writer is left alone."""
    if os.name != "posix":
        return []
    removed = []
    for part in target.parent.glob(f".{glob_escape(target.name)}.*.part"):
        pid = part.name[len(target.name) + 2:].split(".", 1)[0]
        if pid.isdigit() and not _running(int(pid)):
            part.unlink(missing_ok=True)
            removed.append(part)
    return removed


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def atomic_write_bytes(path: str | Path, data: bytes, *, private: bool = False) -> None:
    with atomic_write(path, "wb", private=private) as fh:
        fh.write(data)


def atomic_write_text(path: str | Path, text: str, *, private: bool = False) -> None:
    with atomic_write(path, "w", encoding="utf-8", private=private) as fh:
        fh.write(text)
