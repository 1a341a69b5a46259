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
import re
from pathlib import Path
from typing import TYPE_CHECKING

from signon.domain.errors import ValidationError
from signon.exchange.atomic import atomic_write_text
from signon.exchange.campaign_schema import document, object_pairs, parse_document
from signon.progress import NO_PROGRESS, Progress

if TYPE_CHECKING:  # the store (and SQLAlchemy) is imported only to write or read rows
    from sqlmodel import Session

    from signon.store.models import Campaign

#: Nesting a campaign file never needs (it has five levels); deeper input is
#: refused before the JSON parser can exhaust the stack on it.
MAX_DEPTH = 64


def read_campaign_file(path: str | Path) -> dict:
    """The decoded and validated content of a campaign file.

    Raises ValidationError with one line naming the file: a missing file,
    text that is not JSON (with line and column), nesting deeper than any
    campaign file has, or a schema error (with its JSON path).
    """
    path = Path(path)
    name = path.name or str(path)
    if not path.exists():
        raise ValidationError(f"{path}: no such file; check the name and the folder")
    if path.is_dir():
        raise ValidationError(f"{path}: is a folder; choose a campaign file (.json)")
    data = path.read_bytes()
    doc = decode_json(data, name)
    parse_document(doc, name)
    return doc


def decode_json(data: bytes, name: str) -> object:
    """JSON from bytes in UTF-8 (with or without BOM), UTF-16 or UTF-32."""
    if not data.strip():
        raise ValidationError(f"{name}: the file is empty; it is not a campaign file")
    try:
        text = data.decode(json.detect_encoding(data))
    except UnicodeDecodeError as exc:
        raise ValidationError(
            f"{name}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save the file as UTF-8"
        ) from None
    text = text.removeprefix("\ufeff")
    depth = _max_depth(text)
    if depth > MAX_DEPTH:
        raise ValidationError(
            f"{name}: nested more than {MAX_DEPTH} levels deep, which no campaign file is "
            "(a damaged or hostile file?)"
        )
    try:
        return json.loads(text, object_pairs_hook=object_pairs, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            f"{name}: line {exc.lineno}, column {exc.colno}: invalid JSON ({exc.msg})"
        ) from None
    except _NotJson as exc:
        raise ValidationError(f"{name}: {exc} is not valid JSON; write a number or null") \
            from None
    except RecursionError:  # pragma: no cover - _max_depth stops this first
        raise ValidationError(f"{name}: nested too deeply; not a campaign file") from None


class _NotJson(ValueError):
    """NaN or Infinity: Python's json reads them, the JSON standard does not."""


def _no_constant(token: str) -> object:
    raise _NotJson(token)


_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_BRACKET = re.compile(r"[\[\]{}]")


def _max_depth(text: str) -> int:
    """Deepest nesting of brackets outside strings, without recursion, so a
    'JSON bomb' of a million brackets is refused at once."""
    depth = deepest = 0
    for match in _BRACKET.finditer(_STRING.sub("", text)):
        if match.group() in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_DEPTH:
                    break
        else:
            depth -= 1
    return deepest


def import_campaign(
    session: Session,
    doc: dict,
    *,
    source: str = "campaign file",
    progress: Progress = NO_PROGRESS,
) -> Campaign:
    """Create a new campaign from a decoded campaign file, in the caller's
    transaction (validated again here, so any caller gets the same checks)."""
    from signon.store.campaign_io import insert_campaign

    data = parse_document(doc, source)
    return insert_campaign(session, data, note=f"imported from {source}", progress=progress)


def campaign_document(session: Session, campaign_id: int) -> dict:
    """Everything of a campaign as a campaign file (a JSON-ready dict)."""
    from signon.store.campaign_io import read_campaign

    return document(read_campaign(session, campaign_id))


def dumps(doc: dict) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def write_campaign_file(session: Session, campaign_id: int, path: str | Path) -> None:
    """Write the campaign file atomically: the target is the old file or the
    complete new one, never half of it."""
    atomic_write_text(path, dumps(campaign_document(session, campaign_id)))


def load_demo(session: Session) -> Campaign:
    """Add the demo campaign (see exchange/demo.py)."""
    from signon.exchange.demo import load_demo as _load_demo

    return _load_demo(session)
