"""JSON files people hand to the app (campaign files, block libraries),
decoded with the guards hostile input needs.

Pure: bytes in, Python values out, every refusal a one-line ValidationError
naming the file. Both the campaign file reader (exchange) and the block
library reader (store) use it, so a deeply nested or quote-bombed file is
refused the same way wherever it is opened.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from signon.domain.errors import ValidationError

#: Nesting no file of ours needs (a campaign file has five levels); deeper
#: input is refused before the JSON parser can exhaust the stack on it.
MAX_DEPTH = 64


def decode_json(data: bytes, name: str, *, what: str = "campaign file",
                object_pairs_hook: Callable | None = None) -> object:
    """JSON from bytes in UTF-8 (with or without BOM), UTF-16 or UTF-32.

    `what` names the kind of file in messages ("nested more than 64 levels
    deep, which no block library is")."""
    if not data.strip():
        raise ValidationError(f"{name}: the file is empty; it is not a {what}")
    try:
        text = data.decode(json.detect_encoding(data))
    except UnicodeDecodeError as exc:
        raise ValidationError(
            f"{name}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save the file as UTF-8"
        ) from None
    text = text.removeprefix("\ufeff")
    if max_depth(text) > MAX_DEPTH:
        raise ValidationError(
            f"{name}: nested more than {MAX_DEPTH} levels deep, which no {what} is "
            "(a damaged or hostile file?)"
        )
    try:
        return json.loads(text, object_pairs_hook=object_pairs_hook,
                          parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            f"{name}: line {exc.lineno}, column {exc.colno}: invalid JSON ({exc.msg})"
        ) from None
    except _NotJson as exc:
        raise ValidationError(f"{name}: {exc} is not valid JSON; write a number or null") \
            from None
    except RecursionError:  # pragma: no cover - max_depth stops this first
        raise ValidationError(f"{name}: nested too deeply; not a {what}") from None


class _NotJson(ValueError):
    """NaN or Infinity: Python's json reads them, the JSON standard does not."""


def _no_constant(token: str) -> object:
    raise _NotJson(token)


#: What decides the nesting: an escape (skipped whole, so an escaped quote
#: never ends a string), a quote, or a bracket.
_TOKEN = re.compile(r'\\.|["\[\]{}]', re.DOTALL)


def max_depth(text: str) -> int:
    """Deepest nesting of brackets outside strings (stops counting past
    MAX_DEPTH), in one pass and without recursion, so a 'JSON bomb' of a
    million brackets is refused at once.

    One left-to-right scan: a regex that matched whole strings backtracked on
    an unterminated run of escaped quotes (quadratic: minutes for 200 kB)."""
    depth = deepest = 0
    in_string = False
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token == '"':
            in_string = not in_string
        elif in_string or token[0] == "\\":
            continue
        elif token in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_DEPTH:
                    break
        else:
            depth -= 1
    return deepest
