"""The Export tab's privacy choices in place (issue 19): a delivery copy
offered only when the campaign has signatories marked "do not publish", the
copied HTML snippet always public, and the campaign file without private
data; and "Translate the missing texts" going to the Statement tab's
translation of the letter's language (issue 23)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from signon.exchange.campaign_file import import_campaign
from signon.store.campaigns import create_campaign
from signon.store.signatories import add_signatory, set_private
from signon.store.statements import load_sections, replace_sections
from signon.ui.export import writing as module
from signon.ui.export_tab import ExportTab

DATA = Path(__file__).resolve().parents[1] / "data" / "multilingual" / "trilingual.json"


@pytest.fixture
def campaign(db) -> int:
    with db.session() as s:
        cid = create_campaign(s, "Open letter", status="collecting").id
        for name in ("Access Now", "ARTICLE 19"):
            add_signatory(s, cid, name=name, status="endorsed")
        karim = add_signatory(s, cid, kind="individual", name="Karim Haddad",
                              status="endorsed").id
        set_private(s, [karim], True)
    return cid


@pytest.fixture
def tab(qtbot, db, campaign, answers):
    widget = ExportTab(db)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    widget.set_campaign(campaign)
    qtbot.waitUntil(lambda: widget.source is not None)
    widget.refresh_preview()
    return widget


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_a_delivery_copy_is_chosen_on_purpose_and_never_copied_for_the_web(tab, qtbot):
    choose(tab.format_combo, "pdf")
    tab.refresh_preview()
    box = tab.findChild(type(tab.privacy.delivery), "deliveryCopyBox")
    assert tab.privacy.isVisibleTo(tab) and box.isVisibleTo(tab) and not box.isChecked()
    note = tab.findChild(type(tab.privacy.delivery_note), "deliveryCopyNote")
    assert note.isVisibleTo(tab) and "1 signatory marked" in note.text()
    assert "Karim" not in tab.preview.toPlainText()
    box.setChecked(True)
    tab.refresh_preview()
    text = tab.preview.toPlainText()
    assert "Karim Haddad" in text and "Not for publication" in text
    tab.exporting.copy_html_snippet()
    assert "Karim" not in QGuiApplication.clipboard().text()
    choose(tab.format_combo, "csv")  # a list cannot say it is private: nothing offered
    assert not tab.privacy.isVisibleTo(tab)


def test_the_campaign_file_can_leave_private_data_out(tab, monkeypatch, tmp_path):
    seen = {}

    def write_export(fmt, path, letters, **options):
        seen.update(options, fmt=fmt)
        return path

    monkeypatch.setattr(module, "write_export", write_export)
    monkeypatch.setattr(module, "choose_output", lambda *_: tmp_path / "share.json")
    monkeypatch.setattr(module, "exported_message", lambda *_: False)
    choose(tab.format_combo, "campaign")
    box = tab.findChild(type(tab.privacy.without_private), "withoutPrivateBox")
    assert box.isVisibleTo(tab) and not tab.privacy.delivery.isVisibleTo(tab)
    box.setChecked(True)
    tab.exporting.export()
    assert seen["fmt"] == "campaign" and seen["without_private"] is True


def test_translate_the_missing_texts_opens_the_statements_translation(main_window, db,
                                                                      qtbot):
    with db.session() as s:
        cid = import_campaign(s, json.loads(DATA.read_text("utf-8"))).id
        drafts = load_sections(s, cid)
        drafts[1].items.append("the oversight is weak")  # not translated yet
        replace_sections(s, cid, drafts)
    main_window.refresh(select=cid)
    qtbot.waitUntil(lambda: main_window.campaign_id == cid)
    main_window.tab_widget.setCurrentIndex(3)
    export = main_window.tab(3)
    qtbot.waitUntil(lambda: export.source is not None)
    choose(export.language_combo, "es")
    export.refresh_preview()
    link = export.findChild(type(export.translation_link), "exportTranslationLink")
    assert link.isVisibleTo(export) and "Statement tab" in link.text()
    link.linkActivated.emit("translate")
    assert main_window.tab_widget.currentIndex() == 0
    statement = main_window.tab(0)
    qtbot.waitUntil(lambda: statement.composer.translation_bar.language() == "es")
    choose(export.language_combo, "en")
    export.refresh_preview()
    assert not link.isVisibleTo(export)
