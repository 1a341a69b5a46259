"""PyInstaller's entry script: the frozen app is the `signon` console script
(signon.cli:console), so one executable opens the GUI and runs every subcommand."""

from signon.cli import console

if __name__ == "__main__":
    console()
