"""The Export tab's language choices on a trilingual campaign: the preview
follows the language, gaps in the translation are said, and a side-by-side
PDF is written."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from signon.exchange.campaign_file import import_campaign
from signon.store.statements import load_sections, replace_sections
from signon.ui.export import writing as module
from signon.ui.export_tab import ExportTab

DATA = Path(__file__).resolve().parents[1] / "data" / "multilingual" / "trilingual.json"


@pytest.fixture
def campaign(db) -> int:
    with db.session() as session:
        cid = import_campaign(session, json.loads(DATA.read_text("utf-8"))).id
        session.commit()
    return cid


@pytest.fixture
def tab(qtbot, db, campaign, answers):
    widget = ExportTab(db)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    widget.set_campaign(campaign)
    return widget


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def preview(tab) -> str:
    tab.refresh_preview()
    return tab.preview.toPlainText()


def test_languages_listed_primary_first(tab):
    combo = tab.findChild(type(tab.language_combo), "exportLanguage")
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "English (en)", "Spanish (es)", "Arabic (ar)"]  # in the interface language
    side = tab.findChild(type(tab.bilingual_combo), "exportBilingual")
    assert side.itemText(0) == "None" and side.count() == 4


def test_preview_follows_the_language(tab):
    assert "First, the paragraphs calling" in preview(tab)
    choose(tab.language_combo, "es")
    text = preview(tab)
    assert "En primer lugar, los párrafos que piden" in text and "Firmantes" in text
    choose(tab.language_combo, "ar")
    text = preview(tab)
    assert "أولاً، تفتقر الفقرات" in text and "الموقعون" in text
    block = tab.preview.document().findBlock(0)
    assert block.textDirection() == Qt.LayoutDirection.RightToLeft
    choose(tab.language_combo, "en")
    preview(tab)
    assert tab.preview.document().findBlock(0).textDirection() == (
        Qt.LayoutDirection.LeftToRight)


def test_summary_names_untranslated_texts(tab, db, campaign):
    with db.session() as session:
        drafts = load_sections(session, campaign)
        drafts[1].items.append("the oversight is weak")
        replace_sections(session, campaign, drafts)
        session.commit()
    tab.reload()
    choose(tab.language_combo, "es")
    tab.refresh_preview()
    assert "Spanish: 1 text not translated yet (printed in en)." in tab.summary.text()
    choose(tab.language_combo, "en")
    tab.refresh_preview()
    assert "not translated" not in tab.summary.text()


def test_side_by_side_only_for_pdf(tab):
    choose(tab.format_combo, "docx")
    assert not tab.bilingual_combo.isEnabled()
    choose(tab.format_combo, "pdf")
    assert tab.bilingual_combo.isEnabled()
    choose(tab.bilingual_combo, "en")
    assert tab.bilingual is None  # the same language as the letter's: no pair
    choose(tab.bilingual_combo, "ar")
    assert tab.bilingual == "ar"


@pytest.mark.requires("poppler")
def test_export_writes_the_side_by_side_pdf(tab, monkeypatch, tmp_path):
    target = tmp_path / "letter.pdf"
    monkeypatch.setattr(module, "choose_output", lambda *_: target)
    monkeypatch.setattr(module, "exported_message", lambda *_: False)
    choose(tab.format_combo, "pdf")
    choose(tab.language_combo, "es")
    choose(tab.bilingual_combo, "en")
    tab.exporting.export()
    assert tab.status.text() == f"Exported to {target}"
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Firmantes" in text and "Signatories" in text
    assert text.count("Access Now") == 1
