"""The Export tab, driven through its widgets like a coordinator would."""

from __future__ import annotations

from pathlib import Path

import pytest
from exchange.letter_fixtures import (
    ABSENT_NAMES,
    EXPECTED_NAMES,
    example_paragraphs,
    paragraphs_of,
    reference_campaign,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QPushButton

from signon.domain.compose import SectionDraft
from signon.store.statements import freeze_version, load_sections, replace_sections
from signon.ui.export import writing as module
from signon.ui.export_tab import ExportTab


@pytest.fixture
def campaign(db) -> int:
    with db.session() as session:
        return reference_campaign(session)


@pytest.fixture
def tab(qtbot, db, campaign, answers):
    widget = ExportTab(db)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    widget.set_campaign(campaign)
    return widget


@pytest.fixture
def dialogs_seen(monkeypatch, tmp_path):
    """The save dialog answers with `seen['path']`; the success message asks to
    open the folder, which is recorded instead of opened."""
    seen: dict = {"path": tmp_path / "out" / "letter", "messages": [], "opened": []}

    def choose(_parent, fmt, suggested):
        seen["suggested"] = suggested
        path = Path(seen["path"])
        return path if path.suffix else path.with_suffix(module.EXTENSIONS[fmt])

    def message(_parent, path):
        seen["messages"].append(path)
        return module.OPEN_FOLDER

    monkeypatch.setattr(module, "choose_output", choose)
    monkeypatch.setattr(module, "exported_message", message)
    monkeypatch.setattr(module, "open_folder", lambda path: seen["opened"].append(path))
    return seen


def select(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def preview_text(tab) -> str:
    tab.refresh_preview()
    return tab.findChild(type(tab.preview), "exportPreview").toPlainText()


def test_preview_shows_the_letter_with_only_endorsed_signatories(tab):
    text = preview_text(tab)
    assert text.startswith("Joint statement on the UN General Assembly resolution")
    names = [line for line in text.splitlines() if line.strip() in EXPECTED_NAMES]
    assert [n.strip() for n in names] == EXPECTED_NAMES
    for name in ABSENT_NAMES:
        assert name not in text
    assert "@" not in text
    assert "Endorsed by 9 organisations from 5 countries" in tab.summary.text()


def test_preview_follows_the_options(qtbot, tab):
    tab.title_check.setChecked(False)
    tab.counts_check.setChecked(True)
    select(tab.order_combo, "country")
    qtbot.waitUntil(lambda: "Signed by 9 organisations" in tab.preview.toPlainText())
    text = tab.preview.toPlainText()
    assert not text.startswith("Joint statement")
    assert text.index("Chile") < text.index("Derechos Digitales") < text.index("Netherlands")


def test_export_button_writes_the_text_letter(qtbot, tab, dialogs_seen):
    select(tab.format_combo, "txt")
    tab.title_check.setChecked(False)
    tab.date_check.setChecked(False)
    assert not tab.paper_combo.isEnabled()  # paper means nothing for plain text
    qtbot.mouseClick(tab.findChild(type(tab.export_button), "exportButton"),
                     Qt.MouseButton.LeftButton)
    out = dialogs_seen["path"].with_suffix(".txt")
    assert paragraphs_of(out.read_text("utf-8")) == example_paragraphs()
    assert dialogs_seen["messages"] == [out] and dialogs_seen["opened"] == [out]
    assert dialogs_seen["suggested"].name.startswith("joint-statement-on-the-un")
    assert tab.status.text() == f"Exported to {out}"
    assert tab.progress_bar.isHidden() and tab.export_button.isEnabled()


@pytest.mark.parametrize(("button", "opened"), [
    ("openFileButton", lambda out: out), ("openFolderButton", lambda out: out.parent),
    ("exportDoneOkButton", None)])
def test_export_finished_opens_the_file_or_its_folder(qtbot, tab, answers, monkeypatch,
                                                      tmp_path, button, opened):
    """"Export finished" offers "Open file" beside "Open folder": each opens
    what it says through the desktop; OK opens nothing."""
    out = tmp_path / "exports" / "letter.txt"
    monkeypatch.setattr(module, "choose_output", lambda _parent, _fmt, _suggested: out)
    urls = []
    monkeypatch.setattr(module.QDesktopServices, "openUrl", lambda url: urls.append(url))
    shown = []

    def click(box):
        shown.append([b.text() for b in box.buttons()])
        box.findChild(QPushButton, button).click()
        return True

    answers.on_dialog = click
    select(tab.format_combo, "txt")
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    assert out.is_file()
    assert [d.objectName() for d in answers.dialogs] == ["exportDoneDialog"]
    assert {"Open file", "Open folder"} <= set(shown[0])
    assert [Path(u.toLocalFile()) for u in urls] == ([] if opened is None else [opened(out)])


def test_the_last_export_folder_is_offered_next_time(qtbot, db, campaign, tab, dialogs_seen,
                                                     tmp_path):
    """The folder of the last export is remembered across restarts (a new
    tab, as at the next start): its file dialog starts there."""
    select(tab.format_combo, "txt")
    dialogs_seen["path"] = tmp_path / "chosen" / "letter"
    (tmp_path / "chosen").mkdir()
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    assert dialogs_seen["messages"] == [tmp_path / "chosen" / "letter.txt"]
    again = ExportTab(db)
    qtbot.addWidget(again)
    again.show()
    again.set_campaign(campaign)
    qtbot.waitUntil(lambda: again.build_letter() is not None)
    select(again.format_combo, "txt")
    qtbot.mouseClick(again.export_button, Qt.MouseButton.LeftButton)
    assert dialogs_seen["suggested"].parent == tmp_path / "chosen"
    # a folder since removed is not offered: the home folder is
    (tmp_path / "chosen" / "letter.txt").unlink()
    (tmp_path / "chosen").rmdir()
    later = ExportTab(db)
    qtbot.addWidget(later)
    assert later.last_dir == Path.home()


def test_export_docx_with_columns_and_paper(qtbot, tab, dialogs_seen):
    import docx

    select(tab.format_combo, "docx")
    select(tab.paper_combo, "letter")
    select(tab.columns_combo, 2)
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    out = dialogs_seen["path"].with_suffix(".docx")
    document = docx.Document(str(out))
    assert [p.text for p in document.paragraphs if p.style.name == "Signatory"] == EXPECTED_NAMES
    assert round(document.sections[0].page_width.mm) == 216


def test_export_csv_and_html(qtbot, tab, dialogs_seen):
    select(tab.format_combo, "csv")
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    csv_text = dialogs_seen["path"].with_suffix(".csv").read_text("utf-8-sig")
    assert "Privacy International" in csv_text and "@" not in csv_text
    select(tab.format_combo, "html")
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    html = dialogs_seen["path"].with_suffix(".html").read_text("utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<li>Access Now</li>" in html


def test_cancel_leaves_no_file(qtbot, tab, dialogs_seen, monkeypatch):
    started = []
    monkeypatch.setattr(module.Worker, "start", lambda self: started.append(self) or self)
    select(tab.format_combo, "txt")
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    assert tab.progress_bar.isVisible() and tab.cancel_button.isVisible()
    assert not tab.export_button.isEnabled()
    qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
    started[0].run()  # the worker reaches its first progress step and stops
    assert tab.status.text() == "Export cancelled; no file was written."
    out_dir = dialogs_seen["path"].parent
    assert not out_dir.exists() or list(out_dir.iterdir()) == []
    assert dialogs_seen["messages"] == []
    assert tab.export_button.isEnabled()


def test_failed_export_says_why(qtbot, tab, dialogs_seen, answers, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    dialogs_seen["path"] = blocker / "letter.txt"
    select(tab.format_combo, "txt")
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    assert len(answers.errors) == 1
    assert tab.status.text().startswith("Export failed")
    assert dialogs_seen["messages"] == []


def test_copy_html_snippet(qtbot, tab):
    qtbot.mouseClick(tab.findChild(type(tab.copy_button), "copyHtmlButton"),
                     Qt.MouseButton.LeftButton)
    snippet = QGuiApplication.clipboard().text()
    assert snippet.startswith('<div class="signon-letter" lang="en" dir="ltr">')
    assert "<li>ARTICLE 19</li>" in snippet and "<style" not in snippet


def test_frozen_version_is_exported_as_it_was(qtbot, db, campaign, tab, dialogs_seen):
    with db.session() as session:
        freeze_version(session, campaign, note="sent to partners")
        drafts = load_sections(session, campaign)
        drafts.append(SectionDraft(kind="closing", text="A paragraph added later."))
        replace_sections(session, campaign, drafts)
    tab.reload()
    assert "A paragraph added later." in preview_text(tab)
    assert tab.version_combo.itemText(1).startswith("Version 1")
    assert tab.version_combo.itemText(1).endswith("sent to partners")
    select(tab.version_combo, 1)
    assert "A paragraph added later." not in preview_text(tab)
    select(tab.format_combo, "md")
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    assert "A paragraph added later." not in dialogs_seen["path"].with_suffix(
        ".md").read_text("utf-8")


def test_no_campaign_means_nothing_to_export(qtbot, db, answers):
    widget = ExportTab(db)
    qtbot.addWidget(widget)
    widget.set_campaign(None)
    assert not widget.export_button.isEnabled()
    assert "Choose a campaign" in widget.preview.toPlainText()


def test_campaign_file_export(qtbot, tab, dialogs_seen):
    import json

    select(tab.format_combo, "campaign")
    assert not tab.order_combo.isEnabled() and not tab.paper_combo.isEnabled()
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    data = json.loads(dialogs_seen["path"].with_suffix(".json").read_text("utf-8"))
    assert data["format"] == "signon-campaign/1"
    assert len(data["signatories"]) == 18  # every signatory, not only the endorsed


def test_export_pdf(qtbot, tab, dialogs_seen):
    select(tab.format_combo, "pdf")
    assert tab.paper_combo.isEnabled() and tab.columns_combo.isEnabled()
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    out = dialogs_seen["path"].with_suffix(".pdf")
    assert out.read_bytes().startswith(b"%PDF")
    assert dialogs_seen["messages"] == [out]


def test_a_hidden_tab_reads_the_campaign_when_shown(qtbot, db, campaign, answers):
    widget = ExportTab(db)
    qtbot.addWidget(widget)
    widget.set_campaign(campaign)
    assert widget.source is None
    widget.show()
    qtbot.waitExposed(widget)
    assert "Access Now" in widget.preview.toPlainText()


def test_a_campaign_shown_builds_its_letter_once_with_the_read(tab, campaign, monkeypatch):
    """The letter is built off the GUI thread with the campaign's read (issue
    22): showing it does not sort and group the signatories a second time,
    while changing an option still rebuilds it."""
    from signon.store.letters import LetterSource

    built = []
    real = LetterSource.letter
    monkeypatch.setattr(LetterSource, "letter",
                        lambda self, *a, **k: built.append(1) or real(self, *a, **k))
    tab.set_campaign(None)
    tab.set_campaign(campaign)
    assert len(built) == 1 and tab.letter is not None
    assert tab.export_button.isEnabled()
    tab.findChild(QCheckBox, "exportCounts").toggle()
    tab.refresh_preview()
    assert len(built) == 2 and tab.letter.counts_line
