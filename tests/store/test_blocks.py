"""Block library service on a real temp database."""

from __future__ import annotations

import json

import pytest
from sqlmodel import select

from signon.domain.blocks import LIBRARY_FORMAT, BlockData
from signon.domain.compose import SectionDraft
from signon.domain.errors import ValidationError
from signon.store import blocks as library
from signon.store.campaigns import create_campaign
from signon.store.models import Block, Section, SectionItem, Setting
from signon.store.setting_keys import STARTER_LIBRARY_SEEDED
from signon.store.statements import load_sections, replace_sections


def concern(title="No effective remedy", body="the lack of effective remedy", **kw):
    return BlockData(kind="concern", title=title, body=body, **kw)


def test_create_edit_tag_and_list_in_library_order(session):
    closing = library.create_block(session, BlockData("closing", "Zebra", "We stand ready."))
    remedy = library.create_block(session, concern(tags=("Remedy", "accountability")))
    intro = library.create_block(session, BlockData("intro", "Welcome", "We welcome it."))
    assert remedy.tags == "remedy,accountability"
    assert [b.id for b in library.list_blocks(session)] == [intro.id, remedy.id, closing.id]

    library.update_block(session, remedy.id, concern(title="Remedy", body="new wording",
                                                     language="FR", source="Coalition X"))
    edited = library.get_block(session, remedy.id)
    assert (edited.title, edited.body, edited.language, edited.source) == (
        "Remedy", "new wording", "fr", "Coalition X")
    library.set_tags(session, remedy.id, "Spyware, spyware, export controls")
    assert library.get_block(session, remedy.id).tags == "spyware,export controls"


def test_invalid_block_is_refused_and_nothing_written(session):
    with pytest.raises(ValidationError, match="field 'kind'"):
        library.create_block(session, BlockData("annex", "t", "body"))
    with pytest.raises(ValidationError, match="field 'body'"):
        library.create_block(session, BlockData("intro", "t", " "))
    assert session.exec(select(Block)).all() == []
    with pytest.raises(ValidationError, match="no block with id 99"):
        library.update_block(session, 99, concern())


def test_duplicate_makes_an_independent_copy(session):
    original = library.create_block(session, concern(tags=("remedy",)))
    first = library.duplicate_block(session, original.id)
    second = library.duplicate_block(session, original.id)
    assert first.title == "No effective remedy (copy)"
    assert second.title == "No effective remedy (copy 2)"
    assert (first.body, first.tags, first.kind) == (original.body, "remedy", "concern")
    library.update_block(session, first.id, concern(title="Variant", body="stronger"))
    assert library.get_block(session, original.id).body == "the lack of effective remedy"


def test_delete_keeps_statement_text_and_drops_the_link(session):
    block = library.create_block(session, concern())
    intro = library.create_block(session, BlockData("intro", "Hello", "We write."))
    campaign = create_campaign(session, "Letter")
    replace_sections(session, campaign.id, [
        SectionDraft("intro", text="We write.", source_block_id=intro.id),
        SectionDraft("concern", items=["the lack of effective remedy"],
                     item_sources=[block.id])])
    library.delete_block(session, block.id)
    library.delete_block(session, intro.id)
    drafts = load_sections(session, campaign.id)
    assert drafts[1].items == ["the lack of effective remedy"]
    assert drafts[1].item_sources == [None]
    assert drafts[0].source_block_id is None and drafts[0].text == "We write."
    assert session.exec(select(Block)).all() == []


def write_library(path, *blocks):
    path.write_text(json.dumps({"format": LIBRARY_FORMAT, "blocks": list(blocks)}),
                    encoding="utf-8")
    return path


def test_import_adds_blocks_and_skips_identical_ones(session, tmp_path):
    path = write_library(tmp_path / "lib.json",
                         {"kind": "concern", "title": "A", "body": "the first", "tags": ["x"]},
                         {"kind": "intro", "title": "B", "body": "We write.", "language": "es"})
    assert library.import_library(session, path) == library.ImportResult(2, 0)
    again = library.import_library(session, path)
    assert again == library.ImportResult(0, 2)
    assert again.summary() == "0 blocks added, 2 already in the library"
    rows = library.list_blocks(session)
    assert [(b.kind, b.title, b.language, b.tags) for b in rows] == [
        ("intro", "B", "es", ""), ("concern", "A", "en", "x")]


def test_import_is_all_or_nothing_with_a_one_line_error(db, tmp_path):
    path = write_library(tmp_path / "bad.json",
                         {"kind": "concern", "title": "Fine", "body": "the first"},
                         {"kind": "concern", "title": "Broken", "body": ""})
    with pytest.raises(ValidationError) as err, db.session() as session:
        library.import_library(session, path)
    assert str(err.value) == (f"{path}: block 2 ('Broken'): field 'body': a block needs "
                              "some text")
    with db.session() as session:
        assert session.exec(select(Block)).all() == []


@pytest.mark.parametrize(("content", "message"), [
    ('{"format": "signon-blocks/1",\n "blocks": [,]}', "line 2, column 13: invalid JSON"),
    (b"\xff\xfe\x00", "not UTF-8 text"),
    ("[" * 100_000, "nested more than 64 levels deep, which no block library is"),
])
def test_unreadable_library_files(session, tmp_path, content, message):
    path = tmp_path / "lib.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ValidationError, match=message):
        library.import_library(session, path)
    with pytest.raises(ValidationError, match="file not found"):
        library.import_library(session, tmp_path / "missing.json")


def test_export_round_trips_through_import(db, tmp_path):
    with db.session() as session:
        library.create_block(session, concern(tags=("remedy",), language="fr", source="S"))
        second = library.create_block(session, BlockData("closing", "Bye", "We stand ready."))
        out = tmp_path / "sub" / "export.json"
        assert library.export_library(session, out) == 2
        assert library.export_library(session, tmp_path / "one.json", ids=[second.id]) == 1
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == LIBRARY_FORMAT
    assert data["blocks"][0] == {"kind": "concern", "title": "No effective remedy",
                                 "body": "the lack of effective remedy", "tags": ["remedy"],
                                 "language": "fr", "source": "S"}
    assert [b.title for b in library.read_library_file(tmp_path / "one.json")] == ["Bye"]
    with db.session() as session:
        for block in library.list_blocks(session):
            library.delete_block(session, block.id)
    with db.session() as session:
        assert library.import_library(session, out).added == 2


def test_starter_library_is_seeded_once_into_an_empty_library(db):
    with db.session() as session:
        added = library.ensure_starter_library(session)
    assert added >= 20
    with db.session() as session:
        assert library.ensure_starter_library(session) == 0
        assert len(library.list_blocks(session)) == added
        for block in library.list_blocks(session):
            library.delete_block(session, block.id)
    with db.session() as session:  # deleted on purpose: not brought back
        assert library.ensure_starter_library(session) == 0
        assert library.list_blocks(session) == []
        result = library.add_starter_blocks(session)  # asked for explicitly
        assert result.added == added
        assert library.add_starter_blocks(session).skipped == added


def test_library_in_use_is_not_seeded(session):
    library.create_block(session, concern())
    assert library.ensure_starter_library(session) == 0
    assert len(library.list_blocks(session)) == 1
    # the row as it always was: key library.starter_seeded, JSON true
    assert session.get(Setting, STARTER_LIBRARY_SEEDED.key()).value == "true"


def test_links_from_sections_survive_a_save(session):
    block = library.create_block(session, concern())
    campaign = create_campaign(session, "Letter")
    replace_sections(session, campaign.id, [
        SectionDraft("concern", items=["a", "b"], item_sources=[block.id, None])])
    rows = session.exec(select(SectionItem).order_by(SectionItem.position)).all()
    assert [r.source_block_id for r in rows] == [block.id, None]
    assert session.exec(select(Section)).one().source_block_id is None
