"""Word-level differences between statement versions."""

from __future__ import annotations

from pathlib import Path

from signon.domain.diff import PARAGRAPH, Change, tokenize, word_diff

EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "joint-statement-un-ai-resolution.txt"


def marked(spans, change):
    return [s.text for s in spans if s.change is change]


def joined(spans):
    return "".join(s.text for s in spans)


def test_tokens_are_words_marks_and_paragraph_breaks():
    tokens = tokenize("We urge states, now.\n\n\nSecond — it's AI-driven.")
    assert [t.text for t in tokens] == [
        "We", "urge", "states", ",", "now", ".", PARAGRAPH,
        "Second", "—", "it's", "AI-driven", "."]
    assert [t.space for t in tokens[:4]] == ["", " ", " ", ""]


def test_identical_texts_have_no_changes():
    diff = word_diff("Same text here.", "Same text here.")
    assert not diff.changed
    assert diff.summary() == "No differences"
    assert joined(diff.old) == joined(diff.new) == "Same text here."


def test_a_changed_word_is_marked_on_both_sides():
    diff = word_diff("States should consider a ban.", "States must adopt a ban.")
    assert marked(diff.old, Change.REMOVED) == ["should consider"]
    assert marked(diff.new, Change.ADDED) == ["must adopt"]
    assert joined(diff.old) == "States should consider a ban."
    assert joined(diff.new) == "States must adopt a ban."
    assert (diff.words_removed, diff.words_added) == (2, 2)
    assert diff.summary() == "2 words removed, 2 words added"


def test_punctuation_and_capitals_count():
    diff = word_diff("the resolution, framed", "The resolution. framed")
    assert marked(diff.old, Change.REMOVED) == ["the", ","]
    assert marked(diff.new, Change.ADDED) == ["The", "."]
    only_comma = word_diff("a, b", "a b")
    assert only_comma.changed and only_comma.words_removed == 0
    assert only_comma.summary() == "Punctuation or spacing changed"


def test_highlight_does_not_swallow_the_space_before_a_word():
    diff = word_diff("We urge states.", "We strongly urge states.")
    assert marked(diff.new, Change.ADDED) == ["strongly"]
    assert joined(diff.new) == "We strongly urge states."
    assert diff.summary() == "1 word added"


def test_paragraphs_align_and_a_new_paragraph_is_added_whole():
    old = "First paragraph stays.\n\nSecond paragraph stays."
    new = "First paragraph stays.\n\nA new paragraph.\n\nSecond paragraph stays."
    diff = word_diff(old, new)
    assert marked(diff.new, Change.ADDED) == ["A new paragraph.\n"]
    assert marked(diff.old, Change.REMOVED) == []
    assert diff.words_added == 3


def test_removed_paragraph():
    diff = word_diff("Keep.\n\nDrop this one.\n\nKeep too.", "Keep.\n\nKeep too.")
    assert diff.words_removed == 3 and diff.words_added == 0
    assert "Drop this one." in "".join(marked(diff.old, Change.REMOVED))


def test_non_latin_words_are_compared_whole():
    diff = word_diff("حقوق الإنسان مهمة", "حقوق الإنسان أساسية")
    assert marked(diff.new, Change.ADDED) == ["أساسية"]
    assert marked(diff.old, Change.REMOVED) == ["مهمة"]


def test_long_letter_with_a_few_edits_marks_only_those():
    text = EXAMPLE.read_text(encoding="utf-8") * 6  # ~48,000 characters
    edited = text.replace("Fourth", "Fifth").replace("states", "States", 3)
    diff = word_diff(text, edited)
    assert diff.words_added == diff.words_removed == 9
    assert joined(diff.new).replace("\n", " ").split() == edited.split()
