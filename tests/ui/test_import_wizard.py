"""The import wizard end to end on small files written here, through its widgets."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QToolButton,
    QWizard,
)
from sqlmodel import select

from signon.store.campaigns import create_campaign
from signon.store.models import Contact, Organisation, Signatory, SignatoryEvent
from signon.store.signatories import add_signatory
from signon.ui import dialogs
from signon.ui.signatories import import_wizard
from signon.ui.signatories.import_wizard import ImportWizard

CSV = (
    "\ufeffTimestamp,Organisation name,Acronym,Country,Your name,Email,Comments\r\n"
    "2026-01-05 10:00,Asociación por los Derechos Civiles,ADC,Argentina,Ana,ana@adc.org,\r\n"
    "2026-01-05 11:00,access now,,United States,Bo,bo@accessnow.org,already there\r\n"
    "2026-01-05 12:00,,,Kenya,Nameless,x@example.org,\r\n"
    ",,,,,,\r\n"
    "2026-01-06 09:00,Hiperderecho,,Perú,Carla,carla@hiperderecho.org,\r\n"
    "2026-01-06 10:00,=HYPERLINK(\"http://evil\"),,,Eve,eve@example.org,\r\n"
)


@pytest.fixture
def csv_file(tmp_path):
    path = tmp_path / "endorsements.csv"
    path.write_bytes(CSV.encode("utf-8"))
    return path


@pytest.fixture
def campaign_id(db) -> int:
    with db.session() as s:
        c = create_campaign(s, "AI resolution")
        add_signatory(s, c.id, name="Access Now", country="US", status="invited")
        other = create_campaign(s, "Earlier letter")
        add_signatory(s, other.id, name="Hiperderecho", country="PE", status="endorsed")
        return c.id


@pytest.fixture
def wizard(qtbot, db, campaign_id):
    w = ImportWizard(db, campaign_id)
    qtbot.addWidget(w)
    w.show()
    return w


def _page(wizard) -> str:
    return wizard.currentPage().objectName()


def _go_to_dry_run(wizard, path, status="endorsed"):
    wizard.findChild(QLineEdit, "importFileEdit").setText(str(path))
    wizard.next()
    assert _page(wizard) == "importPreviewPage"
    wizard.next()
    assert _page(wizard) == "importMappingPage"
    wizard.next()
    assert _page(wizard) == "importStatusPage"
    combo = wizard.findChild(QComboBox, "importStatusCombo")
    combo.setCurrentIndex(combo.findData(status))
    wizard.next()
    assert _page(wizard) == "importDryRunPage"


def test_wizard_end_to_end(wizard, db, campaign_id, csv_file):
    assert wizard.objectName() == "importWizard"
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no file yet
    wizard.findChild(QLineEdit, "importFileEdit").setText(str(csv_file))
    wizard.next()

    preview = wizard.findChild(QTableWidget, "importPreview")
    assert preview.columnCount() == 7 and preview.rowCount() == 5  # the empty row is dropped
    assert preview.horizontalHeaderItem(1).text() == "Organisation name"
    assert preview.item(0, 1).text() == "Asociación por los Derechos Civiles"
    assert preview.verticalHeaderItem(0).text() == "2"  # spreadsheet row numbers
    assert "utf-8" in wizard.currentPage().subTitle()
    wizard.next()

    mapping = {wizard.table.headers[i]: wizard.findChild(QComboBox, f"mapColumn_{i}")
               .currentData() for i in range(7)}
    assert mapping["Organisation name"] == "name"
    assert mapping["Country"] == "country"
    assert mapping["Your name"] == "contact"
    assert mapping["Email"] == "email"
    assert mapping["Timestamp"] == "endorsed_at"  # each row endorsed at its own date
    wizard.next()
    combo = wizard.findChild(QComboBox, "importStatusCombo")
    combo.setCurrentIndex(combo.findData("endorsed"))
    wizard.next()

    counts = wizard.findChild(QLabel, "dryRunCounts").text()
    for expected in ("<b>2</b> new", "<b>1</b> merged", "<b>1</b> skipped", "<b>1</b> rejected"):
        assert expected in counts
    rows = wizard.findChild(QTableWidget, "dryRunTable")
    first = [rows.item(0, c).text() for c in range(4)]
    assert first[:2] == ["4", "Rejected"] and "name" in first[3]
    with db.session() as s:  # the dry run wrote nothing
        assert len(s.exec(select(Signatory).where(Signatory.campaign_id == campaign_id))
                   .all()) == 1
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "Import 3"

    imported = []
    wizard.imported.connect(lambda: imported.append(1))
    wizard.next()
    assert _page(wizard) == "importRunPage"
    assert imported == [1]
    summary = wizard.findChild(QPlainTextEdit, "importSummary").toPlainText()
    assert "rejected: 1" in summary and "row 4" in summary
    assert summary.splitlines()[0].endswith("→ “AI resolution”")  # curly quotes, as elsewhere
    assert wizard.findChild(QLabel, "importHeadline").text().startswith("3 signatories added")
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()

    with db.session() as s:
        sigs = s.exec(select(Signatory).where(Signatory.campaign_id == campaign_id)).all()
        names = {s.get(Organisation, x.organisation_id).name: x.status for x in sigs}
        assert names == {"Access Now": "invited", "Asociación por los Derechos Civiles":
                         "endorsed", "Hiperderecho": "endorsed",
                         '=HYPERLINK("http://evil")': "endorsed"}
        hiper = s.exec(select(Organisation).where(Organisation.name == "Hiperderecho")).all()
        assert len(hiper) == 1  # merged into the directory entry
        assert s.exec(select(Contact).where(Contact.email == "ana@adc.org")).one()
        notes = [e.note for e in s.exec(select(SignatoryEvent)).all()]
        assert any("endorsements.csv, row 2" in n for n in notes)


def test_mapping_remembered_for_same_headers(wizard, qtbot, db, campaign_id, csv_file):
    _go_to_dry_run(wizard, csv_file)
    wizard.back()
    wizard.back()
    page = wizard.currentPage()
    assert page.objectName() == "importMappingPage"
    page.set_field("Comments", None)
    page.set_field("Timestamp", "notes")
    wizard.next()
    wizard.next()
    wizard.next()
    assert _page(wizard) == "importRunPage"

    again = ImportWizard(db, campaign_id)
    qtbot.addWidget(again)
    again.show()
    again.findChild(QLineEdit, "importFileEdit").setText(str(csv_file))
    again.next()
    again.next()
    headers = again.table.headers
    chosen = {headers[i]: again.findChild(QComboBox, f"mapColumn_{i}").currentData()
              for i in range(len(headers))}
    assert chosen["Timestamp"] == "notes" and chosen["Comments"] is None


def test_mapping_needs_a_name_column(wizard, csv_file):
    wizard.findChild(QLineEdit, "importFileEdit").setText(str(csv_file))
    wizard.next()
    wizard.next()
    page = wizard.currentPage()
    page.set_field("Organisation name", None)
    assert not page.isComplete()
    assert "name" in wizard.findChild(QLabel, "mappingError").text()
    page.set_field("Acronym", "name")
    assert page.isComplete()
    page.set_field("Organisation name", "name")
    assert not page.isComplete()
    assert "more than once" in wizard.findChild(QLabel, "mappingError").text()


def test_not_a_table_stays_on_first_page(wizard, tmp_path):
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    wizard.findChild(QLineEdit, "importFileEdit").setText(str(binary))
    wizard.next()
    assert _page(wizard) == "importFilePage"
    error = wizard.findChild(QLabel, "importFileError").text()
    assert error.startswith("photo.csv:") and "\n" not in error


def test_cancel_rolls_back(wizard, db, campaign_id, csv_file, monkeypatch):
    real_apply = import_wizard._apply

    def cancel_then_apply(db_, plan, *, progress):
        progress.cancel()  # the person pressed Cancel as the import started
        return real_apply(db_, plan, progress=progress)

    monkeypatch.setattr(import_wizard, "_apply", cancel_then_apply)
    _go_to_dry_run(wizard, csv_file)
    wizard.next()
    assert wizard.findChild(QLabel, "importHeadline").text() == (
        "Cancelled; nothing was imported.")
    assert wizard.findChild(QPushButton, "importCancel").isHidden()
    with db.session() as s:
        assert len(s.exec(select(Signatory).where(Signatory.campaign_id == campaign_id))
                   .all()) == 1
        assert s.exec(select(Organisation).where(
            Organisation.name == "Asociación por los Derechos Civiles")).first() is None


def test_opened_from_the_tab(qtbot, db, campaign_id, csv_file, monkeypatch):
    from signon.ui.signatories_tab import SignatoriesTab

    tab = SignatoriesTab(db)
    qtbot.addWidget(tab)
    tab.set_campaign(campaign_id)
    changed = []
    tab.changed.connect(lambda: changed.append(1))

    def drive(wizard):
        assert wizard.objectName() == "importWizard"
        wizard.show()  # as exec() would
        _go_to_dry_run(wizard, csv_file, status="invited")
        wizard.next()
        return True

    monkeypatch.setattr(dialogs, "exec_dialog", drive)
    tab.findChild(QToolButton, "importButton").click()
    assert changed
    assert tab.model.total == 4
    assert "4 invited" in tab.findChild(QLabel, "statusCounts").text().replace("&nbsp;", " ")


def test_workbook_sheet_is_chosen(wizard, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Notes"
    book.active.append(["Whatever"])
    book.active.append(["not signatories"])
    sheet = book.create_sheet("Responses")
    sheet.append(["Organisation", "Country"])
    sheet.append(["Derechos Digitales", "Chile"])
    path = tmp_path / "form.xlsx"
    book.save(path)

    wizard.findChild(QLineEdit, "importFileEdit").setText(str(path))
    wizard.next()
    assert _page(wizard) == "importFilePage"  # two sheets: choose first
    combo = wizard.findChild(QComboBox, "importSheetCombo")
    assert combo.isVisible() and [combo.itemText(i) for i in range(2)] == ["Notes", "Responses"]
    assert "2 worksheets" in wizard.findChild(QLabel, "importFileError").text()
    combo.setCurrentText("Responses")
    wizard.next()
    assert _page(wizard) == "importPreviewPage"
    preview = wizard.findChild(QTableWidget, "importPreview")
    assert preview.item(0, 0).text() == "Derechos Digitales"
    assert "sheet “Responses”" in wizard.currentPage().subTitle()
