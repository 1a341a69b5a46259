"""JSON files people hand to the app (campaign files, block libraries),
decoded with the guards hostile input needs.

Pure: bytes in, Python values out, every refusal a one-line ValidationError
naming the file. Both the campaign file reader (exchange) and the block
library reader (store) use it, so a deeply nested or quote-bombed file is
refused the same way wherever it is opened. The refusals are in the
user's language (`_()`), the kind of file too (`KINDS`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from signon.domain.errors import ValidationError
from signon.domain.messages import N_, _

#: Nesting no file of ours needs (a campaign file has five levels); deeper
#: input is refused before the JSON parser can exhaust the stack on it.
MAX_DEPTH = 64
#: The kinds of file `decode_json` reads, as its callers name them (`what`),
#: marked so the catalog holds them.
KINDS = (N_("campaign file"), N_("block library"))


def decode_json(data: bytes, name: str, *, what: str = "campaign file",
                object_pairs_hook: Callable | None = None) -> object:
    """JSON from bytes in UTF-8 (with or without BOM), UTF-16 or UTF-32.

    `what` names the kind of file in messages ("nested more than 64 levels
    deep, which no block library is"), one of `KINDS`."""
    what = _(what)
    if not data.strip():
        raise ValidationError(_("{name}: the file is empty; it is not a {what}").format(
            name=name, what=what))
    try:
        text = data.decode(json.detect_encoding(data))
    except UnicodeDecodeError as exc:
        raise ValidationError(
            _("{name}: not UTF-8 text (byte {byte} at offset {offset}); save the file as "
              "UTF-8").format(name=name, byte=f"0x{data[exc.start]:02x}", offset=exc.start)
        ) from None
    text = text.removeprefix("\ufeff")
    if max_depth(text) > MAX_DEPTH:
        raise ValidationError(
            _("{name}: nested more than {depth} levels deep, which no {what} is (a damaged "
              "or hostile file?)").format(name=name, depth=MAX_DEPTH, what=what)
        )
    try:
        return json.loads(text, object_pairs_hook=object_pairs_hook,
                          parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        # exc.msg is Python's own English ("Expecting value")
        raise ValidationError(
            _("{name}: line {line}, column {column}: invalid JSON ({error})").format(
                name=name, line=exc.lineno, column=exc.colno, error=exc.msg)
        ) from None
    except _NotJson as exc:
        raise ValidationError(_("{name}: {value} is not valid JSON; write a number or "
                                "null").format(name=name, value=exc)) from None
    except RecursionError:  # pragma: no cover - max_depth stops this first
        raise ValidationError(_("{name}: nested too deeply; not a {what}").format(
            name=name, what=what)) from None


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
