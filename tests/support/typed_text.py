"""Hypothesis strategies for text a person can get into Sign-on.

Control characters (other than tab and line breaks), lone surrogates and
U+FFFE/U+FFFF are dropped on the way in (domain.text.clean_text), so a
round trip is tested with the characters that survive it; clean_text has
its own property test over every character."""

from __future__ import annotations

from hypothesis import strategies as st

#: What clean_text removes or turns into a space.
DROPPED = "".join(chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20),
                                   *range(0x7F, 0xA0), 0xFFFE, 0xFFFF))

#: Any character that survives the way in (NUL included in DROPPED).
TYPED_CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters=DROPPED)
