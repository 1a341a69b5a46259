"""A list's marker ("none": plain "First, …" paragraphs, issue 20) survives
the statement editor: its document keeps what the drafts said, so a save
from the Statement tab never resets it to a bullet."""

from __future__ import annotations

from signon.domain.compose import Marker, SectionDraft
from signon.store.campaigns import create_campaign
from signon.store.statements import load_sections, replace_sections
from signon.ui.statement.document import StatementDoc


def test_the_editor_keeps_a_lists_marker(session):
    cid = create_campaign(session, "Event report").id
    drafts = [SectionDraft(kind="concern", items=["the panels", "the funding"],
                           marker=Marker.NONE),
              SectionDraft(kind="recommendation", items=["publish"])]
    replace_sections(session, cid, drafts)
    doc = StatementDoc.from_drafts(load_sections(session, cid))
    doc.sections[0].items[0].text = "the panels, all of them"  # an edit, then a save
    replace_sections(session, cid, doc.to_drafts())
    assert [Marker(d.marker) for d in load_sections(session, cid)] == [Marker.NONE,
                                                                        Marker.BULLET]
