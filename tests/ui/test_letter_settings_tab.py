"""The campaign's letter shape in the Export tab (issue 20): the letter date
(day of export or fixed), the signers (one per line or one closing line)
and withdrawals (marked or left out) are saved as they change, and the
preview follows them; with five signers or fewer one closing line is
suggested, never forced. Every date is given."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QPushButton, QWidget

from signon.domain.compose import SectionDraft
from signon.store.campaigns import create_campaign, get_campaign
from signon.store.signatories import add_signatory
from signon.store.statements import replace_sections
from signon.ui.export_tab import ExportTab


def make_campaign(db, signers: int) -> int:
    with db.session() as s:
        cid = create_campaign(s, "Event report").id
        replace_sections(s, cid, [SectionDraft(kind="intro", text="The participants met.")])
        for i in range(signers):
            add_signatory(s, cid, name=f"Org {chr(65 + i)}", status="endorsed",
                          endorsed_at=datetime(2023, 11, 1 + i, tzinfo=UTC))
    return cid


def open_tab(qtbot, db, cid) -> ExportTab:
    widget = ExportTab(db)
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    widget.set_campaign(cid)
    return widget


@pytest.fixture
def campaign(db) -> int:
    return make_campaign(db, 2)


@pytest.fixture
def tab(qtbot, db, campaign, answers):
    return open_tab(qtbot, db, campaign)


def choose(tab, name: str, data) -> None:
    combo = tab.findChild(QComboBox, name)
    combo.setCurrentIndex(combo.findData(data))


def stored(db, campaign):
    with db.session() as s:
        c = get_campaign(s, campaign)
        return c.letter_date, c.signatory_layout, c.retractions


def preview(qtbot, tab, needle: str) -> str:
    qtbot.waitUntil(lambda: needle in tab.preview.toPlainText())
    return tab.preview.toPlainText()


def test_a_fixed_letter_date_is_saved_and_printed(qtbot, db, campaign, tab):
    assert stored(db, campaign) == (None, "list", "mark")
    assert not tab.findChild(QDateEdit, "exportLetterDate").isEnabled()
    choose(tab, "exportLetterDateMode", "fixed")
    edit = tab.findChild(QDateEdit, "exportLetterDate")
    assert edit.isEnabled()
    edit.setDate(QDate(2023, 11, 14))
    qtbot.waitUntil(lambda: stored(db, campaign)[0] == date(2023, 11, 14))
    preview(qtbot, tab, "November 14, 2023")

    choose(tab, "exportLetterDateMode", "export")  # back to the day of export
    assert stored(db, campaign)[0] is None
    qtbot.waitUntil(lambda: "November 14, 2023" not in tab.preview.toPlainText())


def test_one_closing_line_is_saved_and_previewed(qtbot, db, campaign, tab):
    tab.letter_settings.date_mode.setCurrentIndex(1)
    tab.findChild(QDateEdit, "exportLetterDate").setDate(QDate(2023, 11, 14))
    tab.letter_settings.flush()
    choose(tab, "exportLayout", "inline")
    assert stored(db, campaign) == (date(2023, 11, 14), "inline", "mark")
    text = preview(qtbot, tab, "November 14, 2023. Org A and Org B.")
    assert "Signatories" not in text  # no heading before a closing line


def test_withdrawals_left_out_is_saved(db, campaign, tab):
    choose(tab, "exportRetractions", "omit")
    assert stored(db, campaign)[2] == "omit"


def test_a_short_list_suggests_one_closing_line(qtbot, db, campaign, tab):
    hint = tab.findChild(QWidget, "exportInlineHint")
    assert hint.isVisible()
    assert "2 signers" in tab.letter_settings.hint_label.text()
    qtbot.mouseClick(tab.findChild(QPushButton, "exportUseInline"), Qt.MouseButton.LeftButton)
    assert stored(db, campaign)[1] == "inline"
    assert not hint.isVisible()
    preview(qtbot, tab, "Org A and Org B.")


def test_a_long_list_gets_no_suggestion(qtbot, db, answers):
    tab = open_tab(qtbot, db, make_campaign(db, 6))
    assert not tab.findChild(QWidget, "exportInlineHint").isVisible()


def test_settings_follow_the_campaign_shown(qtbot, db, answers):
    first, second = make_campaign(db, 2), make_campaign(db, 2)
    tab = open_tab(qtbot, db, first)
    choose(tab, "exportLayout", "inline")
    tab.set_campaign(second)
    assert tab.findChild(QComboBox, "exportLayout").currentData() == "list"
    assert (stored(db, first)[1], stored(db, second)[1]) == ("inline", "list")
