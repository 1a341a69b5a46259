"""PyInstaller's entry script: the frozen app is the `signon` console script
(signon.cli:main), so one executable opens the GUI and runs every subcommand."""

import sys

from signon.cli import main

if __name__ == "__main__":
    sys.exit(main())
