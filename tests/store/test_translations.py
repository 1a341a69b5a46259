"""Translation service: languages, translated fields surviving statement saves,
outdated detection, freeze warnings, versions, block language variants."""

from __future__ import annotations

import json

import pytest

from signon.domain.compose import SectionDraft
from signon.domain.errors import ValidationError
from signon.domain.translations import FieldRef, TranslationStatus, set_field
from signon.store import translations as tr
from signon.store.campaigns import create_campaign, update_campaign
from signon.store.statements import (
    content_hash,
    freeze_version,
    latest_version,
    load_sections,
    replace_sections,
    version_sections,
)


def statement() -> list[SectionDraft]:
    return [
        SectionDraft("intro", text="We, the undersigned organisations, write."),
        SectionDraft("concern", lead="There are concerns:", numbering="ordinal",
                     items=["the paragraphs calling for funding", "the exemptions",
                            "the deadline"]),
    ]


@pytest.fixture
def campaign(session):
    c = create_campaign(session, "Joint statement", addressee="To the UN")
    replace_sections(session, c.id, statement())
    tr.set_translation_languages(session, c.id, "es, ar")
    return c


def test_languages_normalised_without_primary(session, campaign):
    assert tr.translation_languages(session, campaign.id) == ["es", "ar"]
    assert tr.set_translation_languages(session, campaign.id, ["ES", "en", "pt_BR", "es"]) \
        == ["es", "pt-br"]
    assert tr.letter_languages(session, campaign.id) == ["en", "es", "pt-br"]
    with pytest.raises(ValidationError, match="not a language code"):
        tr.set_translation_languages(session, campaign.id, ["Spanish!"])


def test_status_counts_missing_then_current(session, campaign):
    status = tr.translation_status(session, campaign.id)
    # title, addressee, intro text, concern lead, three items (heading is the default)
    assert status["es"].missing == 7 and status["es"].current == 0
    tr.set_campaign_translation(session, campaign.id, "es", "title", "Declaración conjunta")
    tr.set_section_translation(session, campaign.id, 1, "es", "lead", "Hay preocupaciones:")
    tr.set_item_translation(session, campaign.id, 1, 0, "es", "los párrafos")
    status = tr.translation_status(session, campaign.id)
    assert (status["es"].current, status["es"].missing) == (3, 4)
    assert status["ar"].missing == 7
    assert tr.campaign_translation(session, campaign.id, "es") == {
        "title": "Declaración conjunta"}


def test_translations_survive_a_composer_save(session, campaign):
    tr.set_item_translation(session, campaign.id, 1, 2, "es", "el plazo")
    drafts = load_sections(session, campaign.id)
    assert drafts[1].item_translation(2)["es"]["text"] == "el plazo"
    # the composer moves the item to the top and saves the whole statement
    s = drafts[1]
    order = [2, 0, 1]
    moved = SectionDraft(s.kind, lead=s.lead, numbering=s.numbering,
                         items=[s.items[i] for i in order], translations=s.translations,
                         item_translations=[s.item_translation(i) for i in order])
    replace_sections(session, campaign.id, [drafts[0], moved])
    again = load_sections(session, campaign.id)
    assert again[1].item_translation(0)["es"]["text"] == "el plazo"
    assert again[1].item_translation(1) == {}


def test_change_primary_makes_outdated_update_makes_current(session, campaign):
    tr.set_item_translation(session, campaign.id, 1, 1, "es", "las exenciones")
    assert tr.outdated_translations(session, campaign.id) == []
    drafts = load_sections(session, campaign.id)
    drafts[1].items[1] = "the broad exemptions"
    replace_sections(session, campaign.id, drafts)
    outdated = tr.outdated_translations(session, campaign.id)
    assert [(o.language, o.ref) for o in outdated] == [("es", FieldRef("item", "text", 1, 1))]
    state = outdated[0]
    assert state.source == "the exemptions" and state.primary == "the broad exemptions"
    diff = state.diff()
    assert "broad" in "".join(s.text for s in diff.new if s.change == "added")
    warnings = tr.freeze_warnings(session, campaign.id)
    assert warnings[0].startswith("es: 1 outdated (section 2 (concern) item 2)")
    assert warnings[1].startswith("ar: ") and "missing" in warnings[1]
    # the translator updates it: current again
    tr.set_item_translation(session, campaign.id, 1, 1, "es", "las amplias exenciones")
    assert tr.outdated_translations(session, campaign.id) == []


def test_whitespace_change_is_not_outdated(session, campaign):
    tr.set_section_translation(session, campaign.id, 0, "es", "text", "Nosotras escribimos.")
    drafts = load_sections(session, campaign.id)
    drafts[0].text = "We,  the undersigned\norganisations, write. "
    replace_sections(session, campaign.id, drafts)
    assert tr.outdated_translations(session, campaign.id) == []


def test_confirm_keeps_text_and_makes_current(session, campaign):
    tr.set_campaign_translation(session, campaign.id, "es", "addressee", "A la ONU")
    update_campaign(session, campaign.id, addressee="To the United Nations")
    ref = FieldRef("campaign", "addressee")
    assert [o.ref for o in tr.outdated_translations(session, campaign.id)] == [ref]
    tr.confirm_translation(session, campaign.id, ref, "es")
    assert tr.outdated_translations(session, campaign.id) == []
    assert tr.campaign_translation(session, campaign.id, "es")["addressee"] == "A la ONU"


def test_versions_hold_translations_but_hash_is_primary_only(session, campaign):
    before = content_hash(load_sections(session, campaign.id))
    tr.set_item_translation(session, campaign.id, 1, 0, "ar", "الفقرات")
    assert content_hash(load_sections(session, campaign.id)) == before
    freeze_version(session, campaign.id)
    version = latest_version(session, campaign.id)
    assert version.content_hash == before
    snap = version_sections(version)
    assert snap[1].item_translation(0)["ar"]["text"] == "الفقرات"
    assert "translations" not in json.dumps(json.loads(version.content)[0])


def test_dropping_a_language_deletes_its_translations(session, campaign):
    tr.set_item_translation(session, campaign.id, 1, 0, "es", "los párrafos")
    tr.set_campaign_translation(session, campaign.id, "es", "title", "Declaración")
    assert tr.drop_language(session, campaign.id, "es") == ["ar"]
    assert load_sections(session, campaign.id)[1].item_translation(0) == {}
    assert tr.campaign_translations(session, campaign.id) == {}


def test_bad_targets_are_one_line_errors(session, campaign):
    with pytest.raises(ValidationError, match="no section 9"):
        tr.set_section_translation(session, campaign.id, 8, "es", "text", "x")
    with pytest.raises(ValidationError, match="has no translatable field 'text'"):
        tr.set_section_translation(session, campaign.id, 1, "es", "text", "x")
    with pytest.raises(ValidationError, match="campaign's own language"):
        tr.set_campaign_translation(session, campaign.id, "en", "title", "x")
    with pytest.raises(ValidationError, match="not translatable"):
        tr.set_campaign_translation(session, campaign.id, "es", "deadline", "x")


def test_domain_set_field_is_what_the_composer_saves(session, campaign):
    drafts = load_sections(session, campaign.id)
    edited = set_field(drafts, FieldRef("item", "text", 1, 0), "es", "los párrafos")
    assert drafts[1].item_translation(0) == {}  # the original drafts are untouched
    replace_sections(session, campaign.id, edited)
    states = tr.translation_states(session, campaign.id, "es")
    item = next(s for s in states if s.ref == FieldRef("item", "text", 1, 0))
    assert item.status is TranslationStatus.CURRENT and item.text == "los párrafos"
