"""`signon backup [-o FILE]`: a checked backup; prints its path.

Without -o the backup goes into the backup folder and what the backup
periods no longer keep is deleted: by default the newest backup of each of
the last 14 days and 8 weeks, and safety copies (before-upgrade copies
beside the database too, except the newest) 30 days. The periods are the
person's, set in File → Backups… (store/backup.py, `BackupPeriods`).
"""

from __future__ import annotations

import sys


def run(args) -> int:
    from signon.store.backup import backup_database

    path = backup_database(args.db_url, args.output, progress=_progress())
    print(path)
    return 0


def _progress():
    """A percentage on stderr for a long backup, only when a person watches."""
    from signon.domain.messages import _
    from signon.progress import NO_PROGRESS, Progress

    if not sys.stderr.isatty():
        return NO_PROGRESS

    def show(done: int, total: int, _message: str) -> None:
        if total:
            end = "\n" if done >= total else ""
            said = _("backing up… {percent}%").format(percent=f"{100 * done // total:3d}")
            print("\r" + said, end=end, file=sys.stderr)

    return Progress(show)
