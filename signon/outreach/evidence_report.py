"""The evidence report: who authorised what, when, and how it was verified.

One CSV row per reply recorded for a campaign (`signon.store.replies`), in
the order they were read: the signatory, what the reply said and what was
done with it, the statement version it endorsed, the sender and its
authentication (DKIM, SPF, DMARC and Sign-on's "verified"), the
representative the coordinator entered, the message's SHA-256 (to find the
very message again in the mailbox and show it was not altered) and the
reply's own text.

Private, like the campaign file: it names people and quotes their mail, so
it is written 0600 whatever the umask (`atomic.py`). UTF-8 with a
byte-order mark, and every cell neutralised, as the public CSV list is.
"""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from signon.atomic import atomic_write
from signon.exchange.spreadsheet import neutralise_cell
from signon.progress import NO_PROGRESS, Progress

if TYPE_CHECKING:
    from signon.store.replies import EvidenceRow

COLUMNS = (
    "signatory", "action", "applied_at", "outcome", "statement_version", "matched_by",
    "verified", "dkim", "spf", "dmarc", "from", "reply_date", "subject", "message_id",
    "answered", "answered_message_id", "representative_name", "representative_role",
    "sha256", "source", "recorded_at", "authentication_results", "reply_text",
)


def _time(value: datetime | None) -> str:
    if value is None:
        return ""
    if value.tzinfo is None:  # SQLite gives back UTC without its offset
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def evidence_cells(row: EvidenceRow) -> list[str]:
    r = row.reply
    return [
        row.signatory, r.action, _time(r.applied_at), r.outcome,
        "" if r.statement_version is None else str(r.statement_version), r.match or "",
        "yes" if r.verified else "no", r.dkim or "", r.spf or "", r.dmarc or "",
        r.from_address, _time(r.message_date), r.subject, r.message_id,
        row.answered_kind.replace("_", "-"), row.answered_message_id,
        r.representative_name, r.representative_role, r.digest, r.source,
        _time(r.recorded_at), r.auth_results, r.text,
    ]


def write_evidence_csv(rows: list[EvidenceRow], out: str | Path, *,
                       progress: Progress = NO_PROGRESS) -> Path:
    """Write the report to `out` (0600), whole or not at all."""
    progress.step(0, len(rows), "Writing the evidence")
    with atomic_write(out, "w", encoding="utf-8-sig", private=True) as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for done, row in enumerate(rows, start=1):
            writer.writerow([neutralise_cell(cell) for cell in evidence_cells(row)])
            if done % 1000 == 0:
                progress.step(done, len(rows), "Writing the evidence")
    progress.step(len(rows), len(rows), "Done")
    return Path(out)
