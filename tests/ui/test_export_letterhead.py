"""The letterhead image: chosen once per campaign in the Export tab, printed
at the top of PDF and Word letters, refused clearly when it is no image."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from exchange.letter_fixtures import reference_campaign
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from signon.ui import dialogs
from signon.ui.export import writing as module
from signon.ui.export_tab import ExportTab


def make_png(path: Path) -> Path:
    image = QImage(240, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f6f8b"))
    assert image.save(str(path))
    return path


@pytest.fixture
def campaign(db) -> int:
    with db.session() as session:
        return reference_campaign(session)


@pytest.fixture
def tab(qtbot, db, campaign, answers, monkeypatch, tmp_path):
    widget = ExportTab(db)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    widget.set_campaign(campaign)
    out = tmp_path / "out" / "letter"
    monkeypatch.setattr(module, "choose_output",
                        lambda _p, fmt, _s: out.with_suffix(module.EXTENSIONS[fmt]))
    monkeypatch.setattr(module, "exported_message", lambda _p, _path: False)
    return widget


def choose(monkeypatch, path):
    monkeypatch.setattr(dialogs, "choose_open_file", lambda *_a: str(path))


def pdf_images(path: Path) -> int:
    from pypdf import PdfReader

    page = PdfReader(path).pages[0]
    xobjects = page["/Resources"].get("/XObject") or {}
    return sum(1 for ref in xobjects.values() if ref.get_object()["/Subtype"] == "/Image")


def test_letterhead_is_kept_per_campaign_and_printed(qtbot, db, tab, campaign, monkeypatch,
                                                     tmp_path):
    logo = make_png(tmp_path / "coalition-logo.png")
    choose(monkeypatch, logo)
    qtbot.mouseClick(tab.logo_button, Qt.MouseButton.LeftButton)
    assert tab.logo_label.text() == "coalition-logo.png"

    tab.format_combo.setCurrentIndex(tab.format_combo.findData("pdf"))
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    pdf = tmp_path / "out" / "letter.pdf"
    assert pdf_images(pdf) == 1

    tab.format_combo.setCurrentIndex(tab.format_combo.findData("docx"))
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    import docx

    document = docx.Document(io.BytesIO((tmp_path / "out" / "letter.docx").read_bytes()))
    assert len(document.inline_shapes) == 1
    assert document.inline_shapes[0].height <= docx.shared.Cm(4) + 1

    # text formats have no letterhead: the button is off and nothing is passed
    tab.format_combo.setCurrentIndex(tab.format_combo.findData("txt"))
    assert not tab.logo_button.isEnabled() and tab.logo is None

    # a new tab on the same campaign remembers it
    again = ExportTab(db)
    qtbot.addWidget(again)
    again.show()
    again.set_campaign(campaign)
    assert again.letterhead.path == logo

    qtbot.mouseClick(again.logo_clear, Qt.MouseButton.LeftButton)
    assert again.letterhead.path is None and again.logo_label.text() == "None"


def test_a_file_that_is_no_image_is_refused(qtbot, tab, monkeypatch, tmp_path, answers):
    fake = tmp_path / "logo.png"
    fake.write_text("not a picture")
    choose(monkeypatch, fake)
    qtbot.mouseClick(tab.logo_button, Qt.MouseButton.LeftButton)
    assert answers.errors == [f"{fake}: the letterhead image must be a PNG or JPEG file"]
    assert tab.letterhead.path is None
