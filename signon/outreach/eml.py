"""The outbox as .eml files, one per message, for sending without SMTP.

Each file is the exact message SMTP would send (same headers, same
Message-ID), marked X-Unsent so mail programs that know the header open it
as a draft ready to send. Exporting changes nothing in the database: the
coordinator marks messages as sent by hand once they really went.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from signon.atomic import atomic_write_bytes
from signon.outreach.message import Envelope, build_message, message_bytes
from signon.progress import NO_PROGRESS, Progress


def eml_filename(number: int, name: str, address: str) -> str:
    """"0007-access-now.eml": sortable, readable, safe on every file system."""
    base = unicodedata.normalize("NFKD", name or address.partition("@")[0])
    base = base.encode("ascii", "ignore").decode("ascii").lower()
    base = re.sub(r"[^a-z0-9]+", "-", base).strip("-")[:60] or "message"
    return f"{number:04d}-{base}.eml"


def export_eml(
    rows: Iterable,
    folder: str | Path,
    *,
    from_name: str,
    from_address: str,
    progress: Progress = NO_PROGRESS,
) -> list[Path]:
    """Write one .eml per outbox row into `folder` (created if needed);
    returns the paths. Rows are OutboxMessage-like (to_name, to_address,
    subject, body, message_id, id)."""
    rows = list(rows)
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for i, row in enumerate(rows, start=1):
        progress.step(i - 1, len(rows), row.to_address)
        msg = build_message(
            Envelope(row.to_name, row.to_address, row.subject, row.body, row.message_id),
            from_name=from_name, from_address=from_address,
            unsent=True)
        path = target / eml_filename(row.id or i, row.to_name, row.to_address)
        atomic_write_bytes(path, message_bytes(msg), private=True)  # addresses, 0600
        written.append(path)
    progress.step(len(rows), len(rows), "done")
    return written
