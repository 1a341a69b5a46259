"""Campaign files (`signon-campaign/1`): read, validate, import, export.

The campaign file is the coordinator's own backup and interchange format, so
it is lossless (every key of an imported file comes back on export, private
contacts included) and strict (a mistake stops the import with one line that
names the file and the JSON path, before anything is written). The format
itself — keys, types, the JSON ↔ data mapping — lives in campaign_schema.py;
rows ↔ data in store/campaign_io.py.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from signon.atomic import atomic_write_text
from signon.domain.campaign_data import CampaignData
from signon.domain.errors import ValidationError
from signon.domain.json_text import decode_json
from signon.domain.messages import _
from signon.exchange.campaign_schema import document, object_pairs, parse_document
from signon.progress import NO_PROGRESS, Progress

if TYPE_CHECKING:  # the store (and SQLAlchemy) is imported only to write or read rows
    from sqlmodel import Session

    from signon.store.models import Campaign

#: Bigger than any real campaign file (200,000 signatories with contacts and
#: history come to about 150 MB); refused before it is read into memory.
MAX_BYTES = 256 * 1024 * 1024


def read_campaign_file(path: str | Path) -> dict:
    """The decoded and validated content of a campaign file.

    Raises ValidationError with one line naming the file: a missing file,
    text that is not JSON (with line and column), nesting deeper than any
    campaign file has, or a schema error (with its JSON path).
    """
    path = Path(path)
    name = path.name or str(path)
    if not path.exists():
        raise ValidationError(_("{path}: no such file; check the name and the folder").format(
            path=path))
    if path.is_dir():
        raise ValidationError(_("{path}: is a folder; choose a campaign file (.json)").format(
            path=path))
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ValidationError(_(
            "{name}: {size} MB, more than the {most} MB any campaign file needs; not a "
            "campaign file?").format(name=name, size=f"{size / 2**20:,.0f}",
                                     most=MAX_BYTES // 2**20))
    data = path.read_bytes()
    doc = decode_json(data, name, object_pairs_hook=object_pairs)
    parse_document(doc, name)
    return doc


def import_campaign(
    session: Session,
    doc: dict,
    *,
    source: str | None = None,
    progress: Progress = NO_PROGRESS,
) -> Campaign:
    """Create a new campaign from a decoded campaign file, in the caller's
    transaction (validated again here, so any caller gets the same checks).
    `source` names the file in errors and in the stored history note (which
    stays English: "imported from campaign file" when it has no name)."""
    from signon.store.campaign_io import insert_campaign

    data = parse_document(doc, source)
    return insert_campaign(session, data, note=f"imported from {source or 'campaign file'}",
                           progress=progress)


def campaign_document(session: Session, campaign_id: int, *,
                      without_private: bool = False) -> dict:
    """Everything of a campaign as a campaign file (a JSON-ready dict);
    `without_private`: the file to share with a partner (`shareable`)."""
    from signon.store.campaign_io import read_campaign

    data = read_campaign(session, campaign_id)
    return document(shareable(data) if without_private else data)


def shareable(data: CampaignData) -> CampaignData:
    """The campaign without its private data, to share with a partner
    coalition: no signatory marked "do not publish", and of the others no
    contact, no note and no history note (a note may name a person or an
    address: "reply from ana@example.org"). The file never holds messages,
    replies or their evidence in the first place. What is left imports as a
    campaign of its own (`import_campaign`)."""
    return replace(data, signatories=[
        replace(sd, notes="", contact_name="", contact_email="", contact_phone="",
                events=None if sd.events is None
                else [replace(e, note="") for e in sd.events])
        for sd in data.signatories if not sd.private])


def dumps(doc: dict) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def write_campaign_file(session: Session, campaign_id: int, path: str | Path, *,
                        without_private: bool = False) -> None:
    """Write the campaign file atomically: the target is the old file or the
    complete new one, never half of it. `without_private`: without private
    data (`shareable`)."""
    # 0600 on purpose: the campaign file carries private contacts (and one
    # without them is still the coordinator's to hand on, not the machine's)
    atomic_write_text(path, dumps(campaign_document(session, campaign_id,
                                                    without_private=without_private)),
                      private=True)


def load_demo(session: Session) -> Campaign:
    """Add the demo campaign (see exchange/demo.py)."""
    from signon.exchange.demo import load_demo as _load_demo

    return _load_demo(session)
