"""The Export tab's Editions page (issue 20): the campaign's editions newest
first, each exported again exactly as published through the path of
`signon export --edition` (so `signon verify` recognises the file), its
digest copied whole; with none yet, a sentence on what publishing does.
Every date is given."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QPushButton, QTreeWidget

from signon.domain.compose import SectionDraft
from signon.store.campaigns import create_campaign
from signon.store.editions import editions, publish
from signon.store.signatories import add_signatory
from signon.store.statements import replace_sections
from signon.ui.export import editions as editions_module
from signon.ui.export import writing
from signon.ui.export_tab import ExportTab
from signon.ui.labels import format_date

NOV = date(2023, 11, 14)
DEC = date(2023, 12, 5)


@pytest.fixture
def campaign(db) -> int:
    with db.session() as s:
        cid = create_campaign(s, "Event report").id
        replace_sections(s, cid, [SectionDraft(kind="intro", text="The participants met.")])
        add_signatory(s, cid, name="Org A", status="endorsed",
                      endorsed_at=datetime(2023, 11, 1, tzinfo=UTC))
    return cid


@pytest.fixture
def tab(qtbot, db, campaign, answers, monkeypatch):
    monkeypatch.setattr(editions_module, "today", lambda: DEC)
    widget = ExportTab(db)
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    widget.set_campaign(campaign)
    widget.pages.setCurrentWidget(widget.editions)
    return widget


@pytest.fixture
def written(monkeypatch, tmp_path) -> list:
    """The file dialog answers with a file in tmp_path; "Export finished"
    is recorded instead of shown."""
    seen: list = []

    def choose(_parent, fmt, suggested):
        seen.append(suggested.name)
        return tmp_path / f"edition{writing.EXTENSIONS[fmt]}"

    monkeypatch.setattr(writing, "choose_output", choose)
    monkeypatch.setattr(writing, "exported_message", lambda _p, path: seen.append(path) or "")
    return seen


def verify(db_path: Path, path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "signon", "--db", str(db_path), "verify",
                           str(path)], capture_output=True, text=True, timeout=120)


def test_with_no_edition_the_page_says_what_publishing_does(tab):
    empty = tab.findChild(QLabel, "editionsEmpty")
    assert empty.isVisible() and "Publishing stores the letter" in empty.text()
    assert not tab.findChild(QTreeWidget, "editionsList").isVisible()
    assert not tab.findChild(QPushButton, "editionExportButton").isVisible()
    assert tab.findChild(QPushButton, "publishEditionButton").isEnabled()


@pytest.mark.parametrize("fmt", ["md", "pdf"])
def test_export_this_edition_writes_a_file_that_verify_recognises(qtbot, db, db_path, campaign,
                                                                 tab, written, fmt):
    with db.session() as s:
        publish(s, campaign, on=NOV, note="for the summit")
        add_signatory(s, campaign, name="Org B", status="endorsed",
                      endorsed_at=datetime(2023, 11, 20, tzinfo=UTC))  # after edition 1
    tab.reload()
    listed = tab.findChild(QTreeWidget, "editionsList")
    assert listed.topLevelItemCount() == 1
    row = listed.topLevelItem(0)
    assert [row.text(c) for c in range(3)] == ["1", format_date(NOV), "1"]
    details = tab.findChild(QLabel, "editionDetails").text()
    with db.session() as s:
        digest = editions(s, campaign)[0].digest
    assert row.text(3) == f"\u2068{digest[:12]}…\u2069"
    assert row.toolTip(3).startswith(f"sha256:{digest}")
    assert "Note: \u2068for the summit\u2069" in details and f"sha256:{digest}" in details

    combo = tab.findChild(QComboBox, "editionFormat")
    combo.setCurrentIndex(combo.findData(fmt))
    qtbot.mouseClick(tab.findChild(QPushButton, "editionExportButton"),
                     Qt.MouseButton.LeftButton)

    path = written[-1]
    assert written[0].startswith("event-report-edition-1")
    assert path.is_file() and tab.status.text() == f"Exported to {path}"
    if fmt == "md":
        assert "Org B" not in path.read_text("utf-8")  # as published, not as today
    result = verify(db_path, path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (f"{path}: edition 1 of “Event report” (campaign "
                                     f"{campaign}), published 2023-11-14")


def test_copy_digest_copies_the_whole_digest(qtbot, db, campaign, tab):
    with db.session() as s:
        publish(s, campaign, on=NOV)
        publish(s, campaign, on=DEC)
        first, second = editions(s, campaign)
    tab.reload()
    listed = tab.findChild(QTreeWidget, "editionsList")
    assert [listed.topLevelItem(i).text(0) for i in range(2)] == ["2", "1"]
    listed.setCurrentItem(listed.topLevelItem(1))
    qtbot.mouseClick(tab.findChild(QPushButton, "editionCopyDigestButton"),
                     Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == first.digest != second.digest


def test_write_its_files_after_publishing(qtbot, db, db_path, campaign, tab, answers, written):
    """"Write its files…" at the end of Publish edition… writes the new
    edition in the format chosen on the page."""
    combo = tab.findChild(QComboBox, "editionFormat")
    combo.setCurrentIndex(combo.findData("txt"))

    def answer(dialog):
        dialog.findChild(QDateEdit, "publishDate").setDate(QDate(2023, 11, 14))
        dialog.findChild(QPushButton, "publishButton").click()
        dialog.findChild(QPushButton, "publishWriteFilesButton").click()
        return True

    answers.on_dialog = answer
    qtbot.mouseClick(tab.findChild(QPushButton, "publishEditionButton"),
                     Qt.MouseButton.LeftButton)
    path = written[-1]
    with db.session() as s:
        [edition] = editions(s, campaign)
    assert path.read_text("utf-8") == edition.text
    assert verify(db_path, path).returncode == 0
