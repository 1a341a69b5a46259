"""The live preview lists the first names only (issue 22): it is re-rendered
as the coordinator types, and a big letter's every name froze the window."""

from __future__ import annotations

from signon.domain.compose import SectionDraft
from signon.domain.letter import SignatoryEntry, build_letter
from signon.ui.statement.preview import PREVIEW_NAMES, LetterPreview


def letter_with(count: int):
    entries = [SignatoryEntry(kind="organisation", name=f"Group {n:05d}", status="endorsed")
               for n in range(count)]
    return build_letter(title="Joint letter", sections=[SectionDraft("intro", text="We ask.")],
                        signatories=entries)


def test_a_big_list_shows_its_first_names_and_how_many_more(qtbot):
    preview = LetterPreview()
    qtbot.addWidget(preview)
    preview.show_letter(letter_with(PREVIEW_NAMES + 123))
    text = preview.toPlainText()
    assert f"Group {PREVIEW_NAMES - 1:05d}" in text
    assert f"Group {PREVIEW_NAMES:05d}" not in text
    assert "… and 123 more, listed in every export." in text
    assert "We ask." in text


def test_a_short_list_shows_every_name(qtbot):
    preview = LetterPreview()
    qtbot.addWidget(preview)
    preview.show_letter(letter_with(12))
    text = preview.toPlainText()
    assert "Group 00011" in text and "more, listed" not in text
