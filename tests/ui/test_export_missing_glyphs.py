"""The Export tab warns, before anything is written, about names holding
characters no bundled font can draw (issue 17): one line per signatory,
naming the signatory and the character; the coordinator goes on or
cancels. Driven through the tab's widgets and the warning's own buttons,
found by objectName; the warning is answered through `dialogs.exec_dialog`
(no real modal dialog)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from signon.store.campaigns import create_campaign
from signon.store.signatories import add_signatory
from signon.ui.export import writing as module
from signon.ui.export_tab import ExportTab

PRIVATE = "\ue000"
NAMES = ["Access Now", f"Acme {PRIVATE} Org", "ᏣᎳᎩ ⵜⴰⵎⴰⵣⵉⵖⵜ Ꮎⵣ Alliance",
         "Climate Action 🌍✊🏽 Network 👩‍👩‍👧"]


@pytest.fixture
def tab(qtbot, db, answers):
    with db.session() as session:
        campaign = create_campaign(session, "Every script", language="en")
        for name in NAMES:
            add_signatory(session, campaign.id, kind="organisation", name=name,
                          status="endorsed")
        campaign_id = campaign.id
    widget = ExportTab(db)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    widget.set_campaign(campaign_id)
    return widget


@pytest.fixture
def saved(monkeypatch, tmp_path) -> dict:
    """The save dialog answers with a path in tmp_path; what was asked is
    recorded, the success message is answered without opening a folder."""
    seen: dict = {"asked": 0, "messages": []}

    def choose(_parent, fmt, suggested):
        seen["asked"] += 1
        return tmp_path / f"letter{module.EXTENSIONS[fmt]}"

    monkeypatch.setattr(module, "choose_output", choose)
    monkeypatch.setattr(module, "exported_message",
                        lambda _parent, path: seen["messages"].append(path) and False)
    return seen


def select(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def answer(answers, button_name: str) -> list[QMessageBox]:
    """Answer the missing-characters warning by clicking one of its real
    buttons; return the boxes seen."""
    seen: list[QMessageBox] = []

    def on_dialog(box):
        assert box.objectName() == "missingGlyphsDialog"
        seen.append(box)
        box.findChild(QPushButton, button_name).click()
        return True

    answers.on_dialog = on_dialog
    return seen


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_the_warning_names_the_signatory_and_the_character_then_exports(
        qtbot, tab, answers, saved, tmp_path, fmt):
    select(tab.format_combo, fmt)
    boxes = answer(answers, "exportAnywayButton")
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    (box,) = boxes
    lines = box.informativeText().split("\n\n")[0].splitlines()
    assert lines == ["Acme \\ue000 Org: U+E000 <private use>"]
    assert box.text() == "1 signatory has characters that no font of the letter can draw."
    assert "\N{REPLACEMENT CHARACTER}" in box.informativeText()
    assert saved["asked"] == 1
    out = Path(tmp_path / f"letter.{fmt}")
    assert out.stat().st_size > 0 and saved["messages"] == [out]


def test_cancel_in_the_warning_writes_nothing(qtbot, tab, answers, saved, tmp_path):
    select(tab.format_combo, "pdf")
    boxes = answer(answers, "cancelExportButton")
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    assert len(boxes) == 1
    assert saved["asked"] == 0  # not even asked where to save
    assert list(tmp_path.glob("letter.*")) == []
    assert tab.status.text() == "Export cancelled; no file was written."
    assert tab.export_button.isEnabled()


def test_formats_without_fonts_are_not_held_up(qtbot, tab, answers, saved, tmp_path):
    select(tab.format_combo, "txt")
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    assert answers.dialogs == []  # no warning: text carries the character as typed
    assert f"Acme {PRIVATE} Org" in (tmp_path / "letter.txt").read_text("utf-8")


def test_a_letter_every_font_can_draw_exports_without_a_question(
        qtbot, db, answers, saved, tmp_path):
    with db.session() as session:
        campaign = create_campaign(session, "Drawable", language="en")
        for name in NAMES[:1] + NAMES[2:]:
            add_signatory(session, campaign.id, kind="organisation", name=name,
                          status="endorsed")
        campaign_id = campaign.id
    widget = ExportTab(db)
    qtbot.addWidget(widget)
    widget.show()
    widget.set_campaign(campaign_id)
    select(widget.format_combo, "pdf")
    qtbot.mouseClick(widget.export_button, Qt.MouseButton.LeftButton)
    assert answers.dialogs == []
    assert (tmp_path / "letter.pdf").stat().st_size > 0
