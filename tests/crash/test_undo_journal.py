"""The journal of saved statement states: undo steps across a restart."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from signon.domain.compose import SectionDraft
from signon.store import undo_journal
from signon.store.campaigns import create_campaign, delete_campaign
from signon.store.statements import replace_sections
from signon.ui.statement_tab import StatementTab


def intro(text: str) -> list[SectionDraft]:
    return [SectionDraft(kind="intro", text=text)]


def new_campaign(db, text: str = "Start.") -> int:
    with db.session() as s:
        campaign_id = create_campaign(s, "Letter").id
        replace_sections(s, campaign_id, intro(text))
    return campaign_id


def open_tab(db, qtbot, campaign_id: int) -> StatementTab:
    tab = StatementTab(db)
    qtbot.addWidget(tab)
    show(qtbot, tab, campaign_id)
    return tab


def show(qtbot, tab: StatementTab, campaign_id: int) -> None:
    """Give the tab a campaign and wait until its text is read (in the
    background since issue 22)."""
    tab.set_campaign(campaign_id)
    qtbot.waitUntil(lambda: tab.campaign is not None and tab.campaign.id == campaign_id
                    and not tab.opening.loading, timeout=20000)


def type_and_save(tab: StatementTab, text: str) -> None:
    tab.composer.text_body.setPlainText(text)
    assert tab.save_now()


def test_undo_walks_back_through_saves_of_an_earlier_session(db, qtbot):
    campaign_id = new_campaign(db)
    tab = open_tab(db, qtbot, campaign_id)
    type_and_save(tab, "Start. One.")
    type_and_save(tab, "Start. One. Two.")
    tab.close()  # "quit": the next tab starts from the journal alone

    again = open_tab(db, qtbot, campaign_id)  # "after a restart"
    body, stack = again.composer.text_body, again.composer.stack
    assert body.toPlainText() == "Start. One. Two." and stack.count() == 2
    stack.undo()
    assert body.toPlainText() == "Start. One."
    stack.undo()
    assert body.toPlainText() == "Start." and not stack.canUndo()
    # an undone state is saved like any edit, and the session's edits stack on top
    assert again.save_now()
    type_and_save(again, "Start. Three.")
    stack.undo()
    assert body.toPlainText() == "Start."


def test_a_campaign_reusing_an_id_gets_no_history(db, qtbot):
    first = new_campaign(db)
    tab = open_tab(db, qtbot, first)
    type_and_save(tab, "Private draft of the deleted campaign.")
    tab.set_campaign(None)
    with db.session() as s:
        delete_campaign(s, first)
    second = new_campaign(db, "A new campaign.")
    assert second == first  # SQLite reuses the id
    show(qtbot, tab, second)
    assert tab.composer.text_body.toPlainText() == "A new campaign."
    assert not tab.composer.stack.canUndo()


def test_journal_is_capped_and_skips_unchanged_saves(isolated_env):
    key = undo_journal.JournalKey("/tmp/x.db", 1, datetime(2026, 1, 1, tzinfo=UTC))
    start = datetime(2026, 5, 1, tzinfo=UTC)
    for i in range(undo_journal.MAX_STATES + 10):
        assert undo_journal.record(key, intro(f"text {i}"), start + timedelta(seconds=i))
    assert not undo_journal.record(key, intro(f"text {undo_journal.MAX_STATES + 9}"))
    states = undo_journal.load(key)
    assert len(states) == undo_journal.MAX_STATES
    assert states[0].drafts[0].text == "text 10" and states[-1].saved_at == start + \
        timedelta(seconds=undo_journal.MAX_STATES + 9)


def test_library_links_come_back_with_undo(isolated_env):
    key = undo_journal.JournalKey("/tmp/x.db", 2, None)
    linked = [SectionDraft(kind="concern", items=["a", "b"], source_block_id=7,
                           item_sources=[3, None], lead="We are concerned:")]
    undo_journal.record(key, linked)
    [state] = undo_journal.load(key)
    assert state.drafts == linked
    assert state.drafts[0].provenance() == linked[0].provenance()


def test_unreadable_journal_costs_only_the_undo_steps(db, qtbot):
    campaign_id = new_campaign(db)
    tab = open_tab(db, qtbot, campaign_id)
    type_and_save(tab, "Start. Saved.")
    path = tab.saver.journal.path()
    path.write_text("{ damaged", encoding="utf-8")
    again = open_tab(db, qtbot, campaign_id)
    assert again.composer.text_body.toPlainText() == "Start. Saved."
    assert not again.composer.stack.canUndo()
    type_and_save(again, "Start. Saved. More.")  # and the journal starts again
    assert len(undo_journal.load(again.saver.journal)) == 2
