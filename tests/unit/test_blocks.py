"""Block library rules without a database: tags, search, library files, and
the starter library that ships in resources/."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from signon.domain.blocks import (
    BLOCK_KINDS,
    LIBRARY_FORMAT,
    BlockData,
    BlockIndex,
    library_to_json,
    parse_library,
    parse_tags,
    search_blocks,
    tags_to_text,
)
from signon.domain.compose import compose_items
from signon.domain.errors import ValidationError

STARTER = Path(__file__).resolve().parents[2] / "resources" / "library" / "starter-blocks.json"


@dataclass
class FakeBlock:
    kind: str
    title: str
    body: str
    tags: str = ""
    language: str = "en"


BLOCKS = [
    FakeBlock("concern", "No ban on emotion recognition", "the absence of any prohibition",
              "biometrics,surveillance"),
    FakeBlock("recommendation", "Participation", "guarantee participation of Indigenous "
              "communities and emotion", "participation"),
    FakeBlock("concern", "Reconocimiento de emociones", "la ausencia de una prohibición",
              "biometría", "es"),
    FakeBlock("intro", "Welcome", "We welcome the adoption", "welcome"),
]


def titles(blocks):
    return [b.title for b in blocks]


def test_parse_tags_lowercases_trims_and_dedupes():
    assert parse_tags(" Biometrics, AI ,ai,,  human   rights ") == (
        "biometrics", "ai", "human rights")
    assert parse_tags(["A", "b", "a"]) == ("a", "b")
    assert tags_to_text(["Spyware", "export controls"]) == "spyware,export controls"


def test_search_is_case_and_accent_insensitive_over_title_body_and_tags():
    index = BlockIndex(BLOCKS)
    assert titles(index.search("EMOCIONES")) == ["Reconocimiento de emociones"]
    assert titles(index.search("prohibicion")) == ["Reconocimiento de emociones"]
    assert titles(index.search("BIOMETRIA")) == ["Reconocimiento de emociones"]
    assert titles(index.search("surveillance")) == ["No ban on emotion recognition"]
    assert titles(index.search("indigenous participation")) == ["Participation"]
    assert index.search("nothing like this") == []
    assert len(index.search("")) == len(BLOCKS)


def test_title_matches_come_first():
    found = BlockIndex(BLOCKS).search("emotion")
    assert titles(found) == ["No ban on emotion recognition", "Participation"]


def test_filters_by_kind_language_and_tag():
    index = BlockIndex(BLOCKS)
    assert titles(index.search(kind="intro")) == ["Welcome"]
    assert titles(index.search(language="ES")) == ["Reconocimiento de emociones"]
    assert titles(index.search(tag="Biometrics")) == ["No ban on emotion recognition"]
    assert titles(index.search("ban", kind="concern", language="en")) == [
        "No ban on emotion recognition"]
    assert index.search("ban", kind="recommendation") == []
    assert index.languages == ["en", "es"]
    assert "biometría" in index.tags
    assert titles(search_blocks(BLOCKS, "welcome", kind="intro")) == ["Welcome"]


def test_validation_cleans_up_and_names_the_field():
    clean = BlockData(" Concern ", "  Title   here ", " body ", ("A",), "ES", " src ").validated()
    assert clean == BlockData("concern", "Title here", "body", ("a",), "es", "src")
    untitled = BlockData("intro", "", "We, the undersigned organisations, write to share "
                         "our concerns about the draft text").validated()
    assert untitled.title.startswith("We, the undersigned") and untitled.title.endswith("…")
    with pytest.raises(ValidationError, match=r"block 3: field 'kind'"):
        BlockData("preamble", "t", "b").validated("block 3")
    with pytest.raises(ValidationError, match="field 'body'"):
        BlockData("intro", "t", "  ").validated()
    with pytest.raises(ValidationError, match="field 'language'"):
        BlockData("intro", "t", "b", language="e n!").validated()


def library(*blocks: dict) -> dict:
    return {"format": LIBRARY_FORMAT, "blocks": list(blocks)}


def test_library_json_round_trip():
    data = library_to_json([BlockData("concern", "T", "the body", ("a", "b"), "fr", "S")])
    assert data == {"format": LIBRARY_FORMAT, "blocks": [
        {"kind": "concern", "title": "T", "body": "the body", "tags": ["a", "b"],
         "language": "fr", "source": "S"}]}
    assert parse_library(json.loads(json.dumps(data)), "x.json") == [
        BlockData("concern", "T", "the body", ("a", "b"), "fr", "S")]


@pytest.mark.parametrize(("data", "message"), [
    ([], "x.json: not a block library"),
    ({"format": "other/1", "blocks": []}, "x.json: field 'format' is 'other/1'"),
    ({"format": LIBRARY_FORMAT, "blocks": [], "extra": 1}, "x.json: unknown key 'extra'"),
    ({"format": LIBRARY_FORMAT, "blocks": {}}, "field 'blocks' must be a list"),
    (library({"kind": "intro", "body": "b"}, "text"), "x.json: block 2: not an object"),
    (library({"kind": "intro", "title": "Hi", "body": "b", "colour": "red"}),
     "x.json: block 1 ('Hi'): unknown field 'colour'"),
    (library({"kind": "intro"}), "block 1: field 'body' is missing"),
    (library({"kind": "intro", "body": 3}), "block 1: field 'body' must be text"),
    (library({"kind": "intro", "body": "b", "tags": [1]}), "field 'tags' must be a list"),
    (library({"kind": "closing", "body": "b"}, {"kind": "annex", "body": "b"}),
     "x.json: block 2: field 'kind'"),
])
def test_library_file_errors_name_file_block_and_field(data, message):
    with pytest.raises(ValidationError) as err:
        parse_library(data, "x.json")
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_tags_may_be_a_comma_separated_string():
    blocks = parse_library(library({"kind": "intro", "body": "b", "tags": "A, b"}), "x")
    assert blocks[0].tags == ("a", "b")


# -- the starter library ---------------------------------------------------------------


@pytest.fixture(scope="module")
def starter() -> list[BlockData]:
    return parse_library(json.loads(STARTER.read_text(encoding="utf-8")), str(STARTER))


def test_starter_library_is_valid_and_covers_the_topics(starter):
    assert len(starter) >= 20
    assert {b.kind for b in starter} == set(BLOCK_KINDS)
    assert {"en", "es", "fr"} <= {b.language for b in starter}
    assert all(b.tags and b.title and len(b.body.split()) >= 20 for b in starter)
    text = " ".join(f"{b.title} {b.body} {' '.join(b.tags)}" for b in starter).lower()
    for topic in ("due diligence", "emotion recognition", "biometric categorisation",
                  "multistakeholder", "indigenous languages", "military", "national security",
                  "digital divide", "funding", "registers", "remedy", "data protection",
                  "environmental cost", "data workers", "spyware", "internet shutdowns"):
        assert topic in text, topic
    assert len({(b.kind, b.language, b.title) for b in starter}) == len(starter)


def test_starter_items_are_written_without_lead_ins(starter):
    """Concerns and recommendations start in lower case with no "First," so
    the composer can number them; joined, they read as sentences."""
    items = [b for b in starter if b.kind in ("concern", "recommendation")]
    assert len(items) >= 10
    for block in items:
        first = block.body.split()[0]
        assert first[0].islower(), block.title
        assert first.rstrip(",").lower() not in ("first", "second", "finally", "enfin",
                                                 "premièrement")
    english = [b.body for b in items if b.language == "en" and b.kind == "concern"][:3]
    composed = compose_items(english, "ordinal", "en")
    assert composed[0].text.startswith("First, the ")
    assert composed[-1].text.startswith("Finally, ")
    assert all(c.text.endswith(".") for c in composed)
