"""The previews lay each paragraph out the way its own text runs, as the
exports do (issue 23): an English item not yet translated reads left to
right in the Arabic letter, in the Export tab's preview and in the
Statement tab's."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt

from signon.exchange.campaign_file import import_campaign
from signon.store.letters import letter_source
from signon.store.statements import load_sections, replace_sections
from signon.ui.export_tab import ExportTab
from signon.ui.statement.preview import LetterPreview

DATA = Path(__file__).resolve().parents[1] / "data" / "multilingual" / "trilingual.json"
UNTRANSLATED = "the oversight is weak"


def half_translated(db) -> int:
    with db.session() as s:
        cid = import_campaign(s, json.loads(DATA.read_text("utf-8"))).id
        drafts = load_sections(s, cid)
        drafts[1].items.append(UNTRANSLATED)
        replace_sections(s, cid, drafts)
    return cid


def directions(document) -> dict[str, Qt.LayoutDirection]:
    out, block = {}, document.begin()
    while block.isValid():
        out[block.text()] = block.textDirection()
        block = block.next()
    return out


def find(blocks: dict, start: str) -> Qt.LayoutDirection:
    return next(d for text, d in blocks.items() if start in text)


def test_export_preview(qtbot, db, answers):
    cid = half_translated(db)
    tab = ExportTab(db)
    qtbot.addWidget(tab)
    tab.show()
    tab.set_campaign(cid)
    qtbot.waitUntil(lambda: tab.source is not None)
    tab.language_combo.setCurrentIndex(tab.language_combo.findData("ar"))
    tab.refresh_preview()
    blocks = directions(tab.preview.document())
    assert find(blocks, "Finally, the oversight is weak.") == Qt.LayoutDirection.LeftToRight
    assert find(blocks, "أولاً") == Qt.LayoutDirection.RightToLeft


def test_statement_preview(qtbot, db):
    cid = half_translated(db)
    with db.session() as s:
        letter = letter_source(s, cid).letter(language="ar")
    preview = LetterPreview()
    qtbot.addWidget(preview)
    preview.show_letter(letter)
    blocks = directions(preview.document())
    assert find(blocks, "Finally, the oversight is weak.") == Qt.LayoutDirection.LeftToRight
    assert find(blocks, "أولاً") == Qt.LayoutDirection.RightToLeft
