"""Statement service: saving the composed text, frozen versions, restore, and
what editing after a freeze means for endorsements."""

from __future__ import annotations

import json

import pytest
from sqlmodel import select

from signon.domain.blocks import BlockData
from signon.domain.compose import SectionDraft
from signon.domain.errors import ValidationError
from signon.store.blocks import create_block, delete_block
from signon.store.campaigns import create_campaign, get_campaign
from signon.store.models import Section, SectionItem, StatementVersion
from signon.store.signatories import add_signatory
from signon.store.statements import (
    content_hash,
    endorsement_exposure,
    freeze_version,
    get_version,
    latest_version,
    load_sections,
    replace_sections,
    restore_version,
    version_sections,
    versions,
)


def statement(lead: str = "Nonetheless, there are concerns:") -> list[SectionDraft]:
    return [
        SectionDraft("intro", text="We, the undersigned organisations, write.\n\nSecond."),
        SectionDraft("concern", lead=lead, numbering="ordinal",
                     items=["the paragraphs calling for funding", "the exemptions"]),
        SectionDraft("recommendation", numbering="bullet", items=["act now"]),
        SectionDraft("closing", title="In closing", text="We stand ready."),
    ]


@pytest.fixture
def campaign(session):
    return create_campaign(session, "Letter on AI")


def test_replace_and_load_round_trip_with_source_links(session, campaign):
    block = create_block(session, BlockData("concern", "Funding", "the paragraphs"))
    drafts = statement()
    drafts[0].source_block_id = block.id
    drafts[1].item_sources = [block.id, None]
    replace_sections(session, campaign.id, drafts)
    loaded = load_sections(session, campaign.id)
    assert loaded == drafts
    assert [d.provenance() for d in loaded] == [
        (block.id, ()), (None, (block.id, None)), (None, (None,)), (None, ())]
    # saving again replaces, never appends
    replace_sections(session, campaign.id, drafts[:2])
    assert load_sections(session, campaign.id) == drafts[:2]
    assert len(session.exec(select(Section)).all()) == 2
    assert len(session.exec(select(SectionItem)).all()) == 2


def test_saving_to_a_missing_campaign_is_refused(session):
    with pytest.raises(ValidationError, match="no campaign with id 42"):
        replace_sections(session, 42, statement())
    assert session.exec(select(Section)).all() == []


def test_links_to_deleted_blocks_are_dropped_on_save(session, campaign):
    block = create_block(session, BlockData("concern", "Gone", "the text"))
    kept = create_block(session, BlockData("intro", "Kept", "We write."))
    stale = [SectionDraft("intro", text="We write.", source_block_id=kept.id),
             SectionDraft("concern", items=["the text"], item_sources=[block.id])]
    delete_block(session, block.id)
    replace_sections(session, campaign.id, stale)  # e.g. an undo after the delete
    loaded = load_sections(session, campaign.id)
    assert loaded[0].source_block_id == kept.id
    assert loaded[1].items == ["the text"] and loaded[1].item_sources == [None]


def test_content_hash_covers_text_not_provenance():
    a = statement()
    b = statement()
    b[1].item_sources = [42, 43]
    b[0].source_block_id = 7
    assert content_hash(a) == content_hash(b)
    assert a == b  # drafts compare by text: links are provenance
    c = statement()
    c[1].items[1] = "the exemptions."
    assert content_hash(a) != content_hash(c)
    assert content_hash(statement(lead="")) != content_hash(a)


def test_freeze_numbers_versions_and_starts_collecting(session, campaign):
    replace_sections(session, campaign.id, statement())
    first = freeze_version(session, campaign.id, note="sent to partners")
    assert (first.number, first.note) == (1, "sent to partners")
    assert first.content_hash == content_hash(statement())
    assert first.created_at is not None
    assert get_campaign(session, campaign.id).status == "collecting"
    assert version_sections(first) == statement()

    with pytest.raises(ValidationError, match="has not changed since version 1"):
        freeze_version(session, campaign.id)

    edited = statement()
    edited[1].items.append("the environmental cost")
    replace_sections(session, campaign.id, edited)
    second = freeze_version(session, campaign.id)
    assert second.number == 2
    assert [v.number for v in versions(session, campaign.id)] == [1, 2]
    assert latest_version(session, campaign.id).number == 2
    # version 1 is untouched by later edits
    assert version_sections(get_version(session, campaign.id, 1)) == statement()


def test_freeze_keeps_a_later_status(session, campaign):
    replace_sections(session, campaign.id, statement())
    get_campaign(session, campaign.id).status = "closed"
    freeze_version(session, campaign.id)
    assert get_campaign(session, campaign.id).status == "closed"


def test_empty_statement_cannot_be_frozen(session, campaign):
    with pytest.raises(ValidationError, match="the statement is empty"):
        freeze_version(session, campaign.id)
    replace_sections(session, campaign.id, [SectionDraft("intro", text="  "),
                                            SectionDraft("concern", items=["", " "])])
    with pytest.raises(ValidationError, match="the statement is empty"):
        freeze_version(session, campaign.id)
    assert session.exec(select(StatementVersion)).all() == []


def test_version_content_is_json_without_provenance(session, campaign):
    block = create_block(session, BlockData("concern", "X", "the text"))
    drafts = statement()
    drafts[1].item_sources = [block.id, block.id]
    replace_sections(session, campaign.id, drafts)
    version = freeze_version(session, campaign.id)
    content = json.loads(version.content)
    assert content[1] == {"kind": "concern", "lead": "Nonetheless, there are concerns:",
                          "numbering": "ordinal",
                          "items": ["the paragraphs calling for funding", "the exemptions"]}
    assert "source_block_id" not in version.content


def test_restore_makes_an_old_version_current_without_rewriting_history(session, campaign):
    replace_sections(session, campaign.id, statement())
    freeze_version(session, campaign.id)
    replace_sections(session, campaign.id, [SectionDraft("intro", text="Rewritten.")])
    freeze_version(session, campaign.id)
    before = [(v.number, v.content_hash, v.content) for v in versions(session, campaign.id)]

    restored = restore_version(session, campaign.id, 1)
    assert restored == statement()
    assert load_sections(session, campaign.id) == statement()
    assert [(v.number, v.content_hash, v.content)
            for v in versions(session, campaign.id)] == before
    third = freeze_version(session, campaign.id, note="back to the first wording")
    assert third.number == 3 and third.content_hash == before[0][1]
    with pytest.raises(ValidationError, match="no statement version 9"):
        restore_version(session, campaign.id, 9)


def test_endorsement_exposure(session, campaign):
    assert endorsement_exposure(session, campaign.id).needing_reconfirmation(True) == 0
    add_signatory(session, campaign.id, name="Before any version", status="endorsed")
    replace_sections(session, campaign.id, statement())
    v1 = freeze_version(session, campaign.id)
    for name in ("Access Now", "ARTICLE 19"):
        add_signatory(session, campaign.id, name=name, status="endorsed", endorsed_version=1)
    add_signatory(session, campaign.id, name="Invited only", status="invited")
    exposure = endorsement_exposure(session, campaign.id)
    assert (exposure.latest, exposure.latest_hash) == (1, v1.content_hash)
    assert (exposure.endorsed, exposure.of_older_versions) == (2, 0)
    assert exposure.needing_reconfirmation(text_changed=False) == 0
    assert exposure.needing_reconfirmation(text_changed=True) == 2

    replace_sections(session, campaign.id, [SectionDraft("intro", text="New text.")])
    freeze_version(session, campaign.id)
    add_signatory(session, campaign.id, name="Digital Action", status="endorsed",
                  endorsed_version=2)
    exposure = endorsement_exposure(session, campaign.id)
    assert (exposure.latest, exposure.endorsed, exposure.of_older_versions) == (2, 3, 2)
    assert exposure.needing_reconfirmation(text_changed=False) == 2
    assert exposure.needing_reconfirmation(text_changed=True) == 3
