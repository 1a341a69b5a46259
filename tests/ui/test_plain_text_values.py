"""Values people typed into a public form are text in the app, never markup:
a name or affiliation holding `<a href='file://…'>` or `<img src='file://…'>`
shows its characters, loads nothing, and links open only http(s) sites."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QTableView
from sqlmodel import select

from signon.store.campaigns import create_campaign
from signon.store.models import Signatory
from signon.store.signatories import add_signatory
from signon.ui.signatories import details_panel
from signon.ui.signatories.table_model import COL_NAME

LINK = "<a href='file:///etc/passwd'>University</a>"
IMAGE = "<img src='file:///etc/hosts'>"


@pytest.fixture
def tab(qtbot, db):
    from signon.ui.signatories_tab import SignatoriesTab

    with db.session() as s:
        cid = create_campaign(s, "Letter").id
        add_signatory(s, cid, kind="individual", name="<b>Link</b> Person", affiliation=LINK,
                      title=IMAGE, notes="<i>note</i>")
        add_signatory(s, cid, name="<img src='file:///etc/hosts'> Rights",
                      acronym="<u>A</u>", website="file:///etc/passwd")
        add_signatory(s, cid, name="Web Rights", website="webrights.example")
    widget = SignatoriesTab(db)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.set_campaign(cid)
    return widget


def show(tab, db, name_like: str) -> QFrame:
    with db.session() as s:
        ids = [sig.id for sig in s.exec(select(Signatory)).all()]
    view = tab.findChild(QTableView, "signatoryTable")
    model = view.model()
    for row in range(model.rowCount()):
        if name_like in model.index(row, COL_NAME).data():
            view.selectRow(row)
            break
    else:
        raise AssertionError(f"{name_like} not shown among {ids}")
    return tab.findChild(QFrame, "signatoryDetails")


def plain(label: QLabel) -> str:
    """What a person sees in the label: rich text rendered to its characters."""
    from PySide6.QtGui import QTextDocument

    if label.textFormat() == Qt.TextFormat.PlainText:
        return label.text()
    document = QTextDocument()
    document.setHtml(label.text())
    assert "<img" not in label.text() and "<a href='file" not in label.text()
    return document.toPlainText()


def test_an_individuals_fields_show_as_typed(tab, db):
    panel = show(tab, db, "Link")
    name = panel.findChild(QLabel, "detailsName")
    assert name.textFormat() == Qt.TextFormat.PlainText
    assert name.text() == "<b>Link</b> Person"
    assert plain(panel.findChild(QLabel, "detail_affiliation")) == LINK
    assert plain(panel.findChild(QLabel, "detail_title")) == IMAGE
    assert plain(panel.findChild(QLabel, "detail_notes")) == "<i>note</i>"


def test_an_organisations_website_that_is_not_the_web_is_not_a_link(tab, db):
    panel = show(tab, db, "Rights")
    assert panel.findChild(QLabel, "detailsName").text() == "<img src='file:///etc/hosts'> Rights"
    assert plain(panel.findChild(QLabel, "detail_acronym")) == "<u>A</u>"
    website = panel.findChild(QLabel, "detail_website")
    assert "href" not in website.text()
    assert plain(website) == "file:///etc/passwd"


def test_a_web_address_is_a_link_and_opens_only_as_https(tab, db, monkeypatch):
    opened = []
    monkeypatch.setattr(details_panel.QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toString()) or True)
    panel = show(tab, db, "Web Rights")
    website = panel.findChild(QLabel, "detail_website")
    assert "href='https://webrights.example'" in website.text()
    website.linkActivated.emit("https://webrights.example")
    website.linkActivated.emit("file:///etc/passwd")
    website.linkActivated.emit("javascript:alert(1)")
    assert opened == ["https://webrights.example"]
