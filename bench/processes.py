"""Fresh `signon` processes for the whole-command figures, timed as a
coordinator's machine runs them.

A normal install caches compiled bytecode (`__pycache__`) after the first
run. A shell that sets PYTHONDONTWRITEBYTECODE (this one does) makes every
run compile Sign-on's modules again, about 0.1 s a command that no user
pays. So the children get their own bytecode cache in a temp folder (the
repository stays clean), and one untimed run fills it.
"""

from __future__ import annotations

import os
from pathlib import Path


def bytecode_env(cache_dir: Path) -> dict[str, str]:
    """The environment for timed children: bytecode cached in `cache_dir`."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(cache_dir)
    return env
