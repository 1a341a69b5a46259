"""One way of writing dates, one digit system in Arabic, history notes in
the interface language, and "…" on the side where a cut-short text ends
(issue 21)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QStyleOptionViewItem, QTreeWidget, QTreeWidgetItem

from signon.store.campaigns import create_campaign, duplicate_campaign
from signon.store.models import SignatoryEvent
from signon.store.signatories import add_signatory
from signon.ui import i18n, labels
from signon.ui.elide import FSI, IsolatingDelegate, elided


@pytest.fixture
def language(qapp):
    def install(code: str) -> str:
        return i18n.install(qapp, code)

    yield install
    i18n.uninstall(qapp)


DAY = date(2026, 12, 7)


@pytest.mark.parametrize(("code", "short", "long"), [
    ("en", "Dec 7, 2026", "December 7, 2026"),
    ("es", "7 dic 2026", "7 de diciembre de 2026"),
    ("fr", "7 déc. 2026", "7 décembre 2026"),
    ("ar", "7 ديسمبر 2026", "7 ديسمبر 2026"),
])
def test_one_way_of_writing_a_date(language, code, short, long):
    """Tables say "Dec 7, 2026" where sentences say "December 7, 2026": the
    same order and words, never "12/7/2026" (December or July?)."""
    language(code)
    assert labels.format_date(DAY) == short
    assert labels.format_date(DAY, "long") == long
    assert not re.search(r"\d+/\d+", labels.format_date(DAY))


def test_arabic_writes_latin_digits_everywhere(language, monkeypatch):
    """Counts (%Ln), numbers and dates in Arabic all use 0–9, as the row
    numbers, shortcuts and typed dates beside them do."""
    language("ar")
    assert QLocale().zeroDigit() == "0"
    assert labels.format_number(12345) == "12,345"
    assert labels.format_date(DAY, "long") == "7 ديسمبر 2026"
    count = labels.StatusCount.tr("%Ln endorsed", "", 1234)
    assert "1,234" in count and not re.search("[٠-٩]", count)
    # a system in an Arabic region with Arabic-Indic digits does not bring them back
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("ar_SA")))
    assert i18n.locale_for("ar").zeroDigit() == "0"
    # one whose region writes Latin digits keeps its own conventions
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("ar_MA")))
    assert i18n.locale_for("ar").name() == "ar_MA"
    monkeypatch.undo()  # before the language fixture puts the system's locale back


def _notes(db, campaign_id: int) -> list[str]:
    from sqlmodel import select

    from signon.store.models import Signatory

    with db.session() as s:
        return [e.note for e in s.exec(
            select(SignatoryEvent).join(Signatory, Signatory.id == SignatoryEvent.signatory_id)
            .where(Signatory.campaign_id == campaign_id)).all() if e.note]


def test_history_notes_written_below_are_shown_in_the_interface_language(db, tmp_path,
                                                                        language):
    """The notes the import and the duplication write (in English, for the
    command line and campaign files) are recognised and translated when
    shown: a change of wording down there fails here."""
    from signon.exchange.signatory_import import import_signatories

    language("en")
    with db.session() as s:
        campaign = create_campaign(s, "Letter").id
    sheet = tmp_path / "form.csv"
    sheet.write_text("Organisation,Email\nAccess Now,a@example.org\n", encoding="utf-8")
    import_signatories(db, campaign, sheet)
    with db.session() as s:
        copy = duplicate_campaign(s, campaign).id
    notes = _notes(db, campaign) + _notes(db, copy)
    assert notes and all(labels.event_note(note) != note for note in notes), notes
    assert labels.event_note(_notes(db, campaign)[0]) == "Imported from form.csv, row 2"
    assert labels.event_note("no answer by the deadline 2026-12-01") == \
        "No answer by the deadline, December 1, 2026"
    assert labels.event_note("merged 'A' into \"B's\"; the other entry was no response") == \
        "Merged “A” into “B's”; the other entry was no response"
    assert labels.event_note("called Maria on Tuesday") == "called Maria on Tuesday"
    from signon.store.signatories import PRIVATE_NOTES

    assert [labels.event_note(PRIVATE_NOTES[on]) for on in (True, False)] == [
        "Marked “do not publish”", "“Do not publish” taken off"]


def test_add_signatory_note_is_a_coordinators_own(db):
    with db.session() as s:
        campaign = create_campaign(s, "Letter").id
        add_signatory(s, campaign, name="Access Now")
    assert all(labels.event_note(n) == n for n in _notes(db, campaign))


# -- eliding ---------------------------------------------------------------------------


def test_a_cut_short_text_keeps_its_own_direction(qtbot, language):
    language("ar")
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.setItemDelegate(IsolatingDelegate(tree))
    item = QTreeWidgetItem(tree, ["Before the final vote on the surveillance bill"])
    option = QStyleOptionViewItem()
    tree.itemDelegate().initStyleOption(option, tree.indexFromItem(item))
    assert option.text.startswith(FSI)
    short = elided(tree.fontMetrics(), "Letter on surveillance and privacy rights", 120)
    assert short.startswith(FSI) and "…" in short


def test_the_trees_whose_titles_get_cut_short_use_it(qtbot):
    """The block library and the statement outline."""
    from signon.ui.statement.library_tree import LibraryTree
    from signon.ui.statement.outline import OutlineTree

    for cls in (LibraryTree, OutlineTree):
        view = cls()
        qtbot.addWidget(view)
        assert isinstance(view.itemDelegate(), IsolatingDelegate), cls


# -- plain words in the version dialogs ------------------------------------------------------

JARGON = re.compile(r"immutable|snapshot|hash", re.I)


def _texts(widget) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    found = [widget.toolTip()]
    for child in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton):
        found += [child.text(), child.toolTip()]
    return [t for t in found if t]


def test_freezing_and_versions_speak_plainly(qtbot):
    from datetime import datetime

    from signon.ui.statement.versions import CURRENT, FreezeDialog, VersionDialog, VersionInfo

    freeze = FreezeDialog(2, 3)
    qtbot.addWidget(freeze)
    said = " ".join(_texts(freeze))
    assert "never change" in said and not JARGON.search(said), said
    versions = [VersionInfo(1, datetime(2026, 5, 1, 9, 0), "sent to partners", "ab" * 32, [])]
    dialog = VersionDialog(versions, [], "en")
    qtbot.addWidget(dialog)
    dialog.select(1, CURRENT)
    said = " ".join(_texts(dialog))
    assert dialog.left_meta.text() == "Frozen on May 1, 2026: this text never changes"
    assert not JARGON.search(said), said


def test_the_freeze_button_speaks_plainly(qtbot):
    from signon.ui.statement.composer_view import ComposerView

    view = ComposerView()
    qtbot.addWidget(view)
    tip = view.freeze_button.toolTip()
    assert tip and not JARGON.search(tip)
