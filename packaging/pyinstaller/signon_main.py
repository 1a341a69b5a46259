"""PyInstaller's entry script: the frozen app is the `signon` console script
(signon.cli:console, as in pyproject.toml), so one executable opens the GUI
and runs every subcommand."""

import os
import sys

# A windowed Windows executable (Sign-on.exe) has no console: sys.stdout and
# sys.stderr are None there, and code that writes or flushes them directly
# (not through print) would fail with a "NoneType" error when the app closes.
if sys.stdout is None:
    sys.stdout = open(os.devnull, "w", encoding="utf-8")
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w", encoding="utf-8")

from signon.cli import console  # noqa: E402

if __name__ == "__main__":
    console()
