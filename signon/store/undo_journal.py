"""The saved states of a campaign's statement, so undo outlives the app.

The Statement tab keeps every edit on a QUndoStack, which lives in memory:
closing the app, a crash or a kill would take the history with it. Each
autosave therefore also appends the text it saved to this journal, and
when the campaign is opened again the tab turns the journal into undo
steps: Ctrl+Z walks back through the saved states (to within the last
autosave, 1.5 s after typing stops).

The journal is a small JSON file per campaign in the data dir, not a table:
it is a per-person convenience (a teammate on a shared database has their
own), it must not grow the database or its backups, and losing it loses
only undo steps, never text (the text is in the database). It is keyed by
the database, the campaign id and the campaign's creation time, so a
campaign created later with a reused id never inherits another's history.
Written to a temp file and renamed, so a kill leaves the old journal or the
new one; an unreadable journal is ignored.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from signon import config
from signon.domain.compose import SectionDraft
from signon.store.statements import sections_to_json

#: Saved states kept per campaign, and their total size at most.
MAX_STATES = 50
MAX_BYTES = 2_000_000
FOLDER = "undo-journal"


@dataclass(frozen=True)
class SavedState:
    saved_at: datetime
    drafts: list[SectionDraft]


@dataclass(frozen=True)
class JournalKey:
    """Which campaign of which database a journal belongs to."""

    database: str
    campaign_id: int
    created_at: datetime | None

    def path(self) -> Path:
        created = self.created_at.isoformat() if self.created_at else ""
        digest = hashlib.sha256(
            f"{self.database}\n{self.campaign_id}\n{created}".encode()).hexdigest()[:32]
        return config.data_dir() / FOLDER / f"{digest}.json"


def _entry(draft: SectionDraft) -> dict:
    """A section as JSON, with its library links (undo puts them back too)."""
    entry = sections_to_json([draft])[0]
    if draft.source_block_id is not None:
        entry["source_block_id"] = draft.source_block_id
    if any(s is not None for s in draft.item_sources):
        entry["item_sources"] = list(draft.item_sources)
    return entry


def encode(drafts: list[SectionDraft]) -> list[dict]:
    return [_entry(d) for d in drafts]


def decode(entries: list[dict]) -> list[SectionDraft]:
    return [SectionDraft(**entry) for entry in entries]


def load(key: JournalKey) -> list[SavedState]:
    """The saved states, oldest first ([] when none or unreadable)."""
    try:
        doc = json.loads(key.path().read_text(encoding="utf-8"))
        return [SavedState(datetime.fromisoformat(s["saved_at"]), decode(s["sections"]))
                for s in doc["states"]]
    except (OSError, ValueError, KeyError, TypeError):
        return []


def record(key: JournalKey, drafts: list[SectionDraft], now: datetime | None = None) -> bool:
    """Append the text just saved (nothing when it equals the last state);
    True when the journal grew. Oldest states go beyond MAX_STATES/MAX_BYTES."""
    path = key.path()
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        states = list(doc["states"])
    except (OSError, ValueError, KeyError, TypeError):
        states = []
    sections = encode(drafts)
    if states and states[-1].get("sections") == sections:
        return False
    states.append({"saved_at": (now or datetime.now(UTC)).isoformat(), "sections": sections})
    states = states[-MAX_STATES:]
    doc = {"database": key.database, "campaign": key.campaign_id,
           "created": key.created_at.isoformat() if key.created_at else None,
           "states": states}
    text = json.dumps(doc, ensure_ascii=False)
    while len(text.encode("utf-8")) > MAX_BYTES and len(doc["states"]) > 1:
        doc["states"] = doc["states"][1:]
        text = json.dumps(doc, ensure_ascii=False)
    config.private_folder(path.parent)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    tmp.write_text(text, encoding="utf-8")
    os.replace(config.private_file(tmp), path)
    return True


def forget(key: JournalKey) -> None:
    key.path().unlink(missing_ok=True)
