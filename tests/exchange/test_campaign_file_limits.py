"""Campaign files a coordinator did not make: too big, or built to be slow."""

from __future__ import annotations

import pytest

from signon.domain import json_text
from signon.domain.errors import ValidationError
from signon.exchange import campaign_file
from signon.exchange.campaign_file import read_campaign_file


def test_a_file_bigger_than_any_campaign_is_refused_unread(tmp_path, monkeypatch):
    path = tmp_path / "huge.json"
    path.write_bytes(b" " * 4096)
    monkeypatch.setattr(campaign_file, "MAX_BYTES", 1024)
    read = []
    monkeypatch.setattr(type(path), "read_bytes", lambda self: read.append(self) or b"")
    with pytest.raises(ValidationError, match=r"^huge.json: 0 MB, more than the 0 MB any "
                                              r"campaign file needs; not a campaign file\?$"):
        read_campaign_file(path)
    assert read == []


@pytest.mark.parametrize(("text", "depth"), [
    ('{"a": [1, {"b": "[[[{{{"}]}', 3),
    ('{"a": "\\"[[[\\\\"}', 1),  # escaped quote, then an escaped backslash
    ('["\\\\", ["x"]]', 2),
    ("[" * 70, json_text.MAX_DEPTH + 1),  # counting stops past the limit
    ('{"title": "' + '\\"' * 100_000, 1),  # unterminated: one pass, no backtracking
    ("", 0),
])
def test_max_depth_counts_brackets_outside_strings(text, depth):
    assert json_text.max_depth(text) == depth
