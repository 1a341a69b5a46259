"""Language variants of library blocks: linking, translating, listing, and
library files that keep the links (signon-blocks/1 `variant_group`)."""

from __future__ import annotations

import json

import pytest
from sqlmodel import select

from signon.domain.blocks import LIBRARY_FORMAT, BlockData
from signon.domain.errors import ValidationError
from signon.store import blocks as library
from signon.store.models import Block


def concern(title: str, body: str, language: str = "en", **kw) -> BlockData:
    return BlockData(kind="concern", title=title, body=body, language=language, **kw)


def write_library(path, *entries):
    path.write_text(json.dumps({"format": LIBRARY_FORMAT, "blocks": list(entries)}),
                    encoding="utf-8")
    return path


def languages(session, block_id: int) -> list[str]:
    return [b.language for b in library.list_variants(session, block_id)]


def test_translate_a_block_into_other_languages(session):
    remedy = library.create_block(session, concern("No remedy", "the lack of remedy",
                                                   tags=("remedy",), source="Coalition"))
    assert library.list_variants(session, remedy.id) == [remedy]
    draft = library.translation_draft(remedy, "fr")
    assert (draft.kind, draft.language, draft.body, draft.tags, draft.source) == (
        "concern", "fr", "the lack of remedy", ("remedy",), "Coalition")

    fr = library.create_translation(session, remedy.id, concern(
        "Pas de recours", "l’absence de recours", "fr"))
    es = library.create_translation(session, fr.id, concern(
        "Sin reparación", "la falta de reparación", "ES"))
    assert remedy.variant_group and fr.variant_group == es.variant_group == remedy.variant_group
    assert languages(session, es.id) == ["en", "es", "fr"]

    with pytest.raises(ValidationError, match="“Sin reparación” is already the 'es' variant"):
        library.create_translation(session, remedy.id, concern("Otra", "otra", "es"))
    with pytest.raises(ValidationError, match="a translation of a concern is a concern"):
        library.create_translation(session, remedy.id, BlockData("closing", "C", "c", (), "de"))
    assert len(session.exec(select(Block)).all()) == 3


def test_link_merges_groups_and_refuses_two_texts_in_one_language(session):
    en = library.create_block(session, concern("Spyware", "the spread of spyware"))
    fr = library.create_block(session, concern("Logiciels espions", "les logiciels", "fr"))
    es = library.create_block(session, concern("Programas espía", "los programas", "es"))
    ar = library.create_block(session, concern("برامج التجسس", "انتشار برامج التجسس", "ar"))
    library.link_variants(session, [en.id, fr.id])
    library.link_variants(session, [es.id, ar.id])
    group = library.link_variants(session, [fr.id, ar.id])  # joins both groups
    assert languages(session, en.id) == ["ar", "en", "es", "fr"]
    assert {b.variant_group for b in session.exec(select(Block)).all()} == {group}

    other = library.create_block(session, concern("Spyware again", "spyware, reworded"))
    with pytest.raises(ValidationError, match="are both in 'en'"):
        library.link_variants(session, [other.id, es.id])
    closing = library.create_block(session, BlockData("closing", "Fin", "Nous restons.", (),
                                                      "de"))
    with pytest.raises(ValidationError, match="translations share one kind"):
        library.link_variants(session, [closing.id, en.id])
    assert other.variant_group == closing.variant_group == ""
    with pytest.raises(ValidationError, match="at least two blocks"):
        library.link_variants(session, [en.id, en.id])


def test_unlink_and_edits_keep_one_block_per_language(session):
    en = library.create_block(session, concern("Remedy", "the lack of remedy"))
    fr = library.create_translation(session, en.id, concern("Recours", "le recours", "fr"))
    es = library.create_translation(session, en.id, concern("Reparación", "la reparación", "es"))

    with pytest.raises(ValidationError, match="already the 'fr' variant"):
        library.update_block(session, es.id, concern("Reparación", "la reparación", "fr"))
    assert library.get_block(session, es.id).language == "es"
    # the kind is the group's: a translation of a recommendation is one too
    library.update_block(session, en.id, BlockData("recommendation", "Remedy", "ensure remedy"))
    assert {b.kind for b in library.list_variants(session, fr.id)} == {"recommendation"}

    library.unlink_variant(session, es.id)
    assert languages(session, en.id) == ["en", "fr"]
    assert languages(session, es.id) == ["es"]
    library.unlink_variant(session, fr.id)  # a group of one links nothing
    assert en.variant_group == fr.variant_group == ""


def test_library_file_round_trip_keeps_groups(db, tmp_path):
    with db.session() as session:
        en = library.create_block(session, concern("Remedy", "the lack of remedy"))
        library.create_translation(session, en.id, concern("Recours", "le recours", "fr"))
        library.create_block(session, BlockData("closing", "Bye", "We stand ready."))
        out = tmp_path / "lib.json"
        assert library.export_library(session, out) == 3
        for block in library.list_blocks(session):
            library.delete_block(session, block.id)
    entries = json.loads(out.read_text("utf-8"))["blocks"]
    keys = {e["title"]: e.get("variant_group") for e in entries}
    assert keys["Remedy"] == keys["Recours"] and keys["Remedy"] and keys["Bye"] is None

    with db.session() as session:
        assert library.import_library(session, out).added == 3
        rows = {b.title: b for b in library.list_blocks(session)}
        assert languages(session, rows["Remedy"].id) == ["en", "fr"]
        assert rows["Bye"].variant_group == ""
        # importing again adds nothing and links nothing new
        assert library.import_library(session, out) == library.ImportResult(0, 3)
        assert languages(session, rows["Remedy"].id) == ["en", "fr"]


def test_a_file_key_used_by_other_blocks_gets_a_fresh_group(session, tmp_path):
    a = library.create_block(session, concern("A", "the first"))
    library.create_translation(session, a.id, concern("A fr", "la première", "fr"))
    taken = library.get_block(session, a.id).variant_group
    path = write_library(
        tmp_path / "other.json",
        {"kind": "intro", "title": "B", "body": "We write.", "variant_group": taken},
        {"kind": "intro", "title": "B es", "body": "Escribimos.", "language": "es",
         "variant_group": taken})
    assert library.import_library(session, path).added == 2
    rows = {b.title: b for b in library.list_blocks(session)}
    assert rows["B"].variant_group == rows["B es"].variant_group
    assert rows["B"].variant_group not in ("", taken)
    assert languages(session, a.id) == ["en", "fr"]


@pytest.mark.parametrize(("second", "message"), [
    ({"kind": "concern", "title": "Dup", "body": "otra", "language": "es",
      "variant_group": "g"}, "block 2 ('Dup'): field 'variant_group': 'g' already has a "
                             "block in 'es' (block 1)"),
    ({"kind": "closing", "title": "Fin", "body": "fin", "language": "fr",
      "variant_group": "g"}, "block 2 ('Fin'): field 'variant_group': 'g' links a closing "
                             "to a concern (block 1); variants share one kind"),
    ({"kind": "concern", "title": "N", "body": "n", "variant_group": 7},
     "block 2 ('N'): field 'variant_group' must be text"),
])
def test_bad_groups_in_a_file_are_one_line_and_add_nothing(db, tmp_path, second, message):
    path = write_library(tmp_path / "bad.json",
                         {"kind": "concern", "title": "Uno", "body": "uno", "language": "es",
                          "variant_group": "g"}, second)
    with pytest.raises(ValidationError) as err, db.session() as session:
        library.import_library(session, path)
    assert str(err.value) == f"{path}: {message}"
    with db.session() as session:
        assert session.exec(select(Block)).all() == []


def test_starter_library_has_real_translations(session):
    assert library.ensure_starter_library(session) > 0
    rows = library.list_blocks(session)
    groups = library.variants_by_group(rows)
    assert len(groups) >= 5
    by_title = {(b.language, b.title): b for b in rows}
    remedy = by_title[("en", "No effective remedy")]
    variants = {b.language: b for b in library.list_variants(session, remedy.id)}
    assert sorted(variants) == ["en", "es", "fr"]
    assert variants["es"].body.startswith("la falta de una reparación efectiva")
    assert variants["fr"].body.startswith("l’absence de recours effectif")
    shutdowns = by_title[("en", "Never shut down the internet")]
    assert languages(session, shutdowns.id) == ["en", "es", "fr"]
    for members in groups.values():
        assert len({b.language for b in members}) == len(members) >= 2
        assert len({b.kind for b in members}) == 1


def test_adding_starter_blocks_again_links_an_older_seeded_library(session):
    """A library seeded before the starter blocks had variants: "Add starter
    blocks" adds the new translations and links the blocks it already has."""
    entries = library.read_library_entries(library.STARTER_LIBRARY)
    old = [d for d, _ in entries if d.title != "Sin reparación efectiva"]
    library.add_blocks(session, old)  # the old seeding: no links
    assert all(not b.variant_group for b in library.list_blocks(session))
    result = library.add_starter_blocks(session)
    assert (result.added, result.skipped) == (1, len(entries) - 1)
    remedy = next(b for b in library.list_blocks(session) if b.title == "No effective remedy")
    assert languages(session, remedy.id) == ["en", "es", "fr"]
