"""A decoded CSV is refused as binary by counting the characters no
spreadsheet writes; the regex that counts them must pick exactly the
control, surrogate and private-use code points the Unicode database names,
minus the separators spreadsheets do write."""

from __future__ import annotations

import sys
import unicodedata

import pytest

from signon.domain.errors import ValidationError
from signon.exchange.tables import _ALLOWED_CONTROLS, _NOT_TEXT, decode_text


def test_regex_matches_the_unicode_categories_on_every_code_point():
    wrong = [
        hex(cp) for cp in range(sys.maxunicode + 1)
        if bool(_NOT_TEXT.fullmatch(chr(cp))) != (
            chr(cp) not in _ALLOWED_CONTROLS
            and unicodedata.category(chr(cp)) in ("Cc", "Cs", "Co"))
    ]
    assert wrong == []


def test_text_with_a_few_stray_controls_is_still_text():
    text, _ = decode_text(b"name,country\nAccess Now\x07,US\n")
    assert text.startswith("name")


@pytest.mark.parametrize("noise", ["\x01\x02\x03\x04", "\ue000\ue001\ue002\ue003"])
def test_mostly_unprintable_text_is_binary(noise):
    with pytest.raises(ValidationError, match="a binary file"):
        decode_text(("a,b\n" + noise * 50).encode(), "x.csv")
