"""The import wizard with a file's own status column (issue 21): the status
page says each row gets its cell's status and asks only for empty cells,
the review page shows each row's status, and the rows are imported so."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QTableWidget
from sqlmodel import select

from signon.store.campaigns import create_campaign
from signon.store.models import Organisation, Signatory
from signon.store.signatories import add_signatory
from signon.ui.elide import FSI, PDI
from signon.ui.signatories.import_wizard import STATUS_COLUMN, ImportWizard

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)

#: A coordinator's tracking sheet; "Situación" is no header the wizard
#: recognises, so the test maps it by hand.
CSV = (
    "Organización,País,Situación,Fecha\r\n"
    "Access Now,US,Adherido,2026-03-02\r\n"         # 2
    "Derechos Digitales,CL,Declinó,\r\n"            # 3
    "Hiperderecho,PE,,\r\n"                         # 4: empty: the page's choice
    "Privacy International,GB,quizás,\r\n"          # 5: no status
    "Article 19,GB,Retirado,\r\n"                   # 6: not one an import gives
    "Karisma,CO,Sí,2026-03-04\r\n"                  # 7
    "ADC,AR,Adherido,\r\n"                          # 8: already on the campaign
)


@pytest.fixture
def campaign_id(db) -> int:
    with db.session() as s:
        c = create_campaign(s, "Carta", language="es")
        add_signatory(s, c.id, name="ADC", country="AR", status="invited")
        return c.id


def plain(text: str) -> str:
    return "".join(c for c in text if c not in (FSI, PDI, "\u200e", "\u200f"))


def start(qtbot, db, campaign_id, tmp_path, text=CSV) -> ImportWizard:
    path = tmp_path / "seguimiento.csv"
    path.write_text(text, encoding="utf-8")
    w = ImportWizard(db, campaign_id, clock=lambda: NOW)
    qtbot.addWidget(w)
    w.show()
    w.findChild(QLineEdit, "importFileEdit").setText(str(path))
    w.next()
    w.next()
    assert w.currentPage().objectName() == "importMappingPage"
    return w


def combo_of(wizard, header: str) -> QComboBox:
    return wizard.findChild(QComboBox, f"mapColumn_{wizard.table.headers.index(header)}")


def cell(wizard, number: int, column: int) -> str:
    table = wizard.findChild(QTableWidget, "dryRunTable")
    row = next(i for i in range(table.rowCount()) if table.item(i, 0).text() == str(number))
    return plain(table.item(row, column).text())


def imported(db, campaign_id) -> dict[str, str]:
    with db.session() as s:
        sigs = s.exec(select(Signatory).where(Signatory.campaign_id == campaign_id)).all()
        return {s.get(Organisation, x.organisation_id).name: x.status for x in sigs}


def test_a_mapped_status_column_gives_each_row_its_status(qtbot, db, campaign_id, tmp_path):
    w = start(qtbot, db, campaign_id, tmp_path)
    situation = combo_of(w, "Situación")
    assert situation.currentData() is None  # not guessed
    index = situation.findData("status")
    assert situation.itemText(index) == "Status (endorsed, declined, …)"
    situation.setCurrentIndex(index)
    w.next()

    page = w.currentPage()
    assert page.objectName() == "importStatusPage"
    assert plain(page.subTitle()) == (
        "Each row gets the status in the file's “Situación” column; rows with an empty cell "
        "get:")
    combo = w.findChild(QComboBox, "importStatusCombo")
    assert combo.accessibleName() == "Status of rows with an empty cell"
    combo.setCurrentIndex(combo.findData("invited"))
    w.next()
    assert w.currentPage().objectName() == "importDryRunPage"

    table = w.findChild(QTableWidget, "dryRunTable")
    assert not table.isColumnHidden(STATUS_COLUMN)
    assert table.horizontalHeaderItem(STATUS_COLUMN).text() == "Status"
    # shown before the date and the details
    header = table.horizontalHeader()
    assert header.visualIndex(STATUS_COLUMN) == 3
    assert (cell(w, 2, 1), cell(w, 2, STATUS_COLUMN)) == ("New", "Endorsed")
    assert cell(w, 3, STATUS_COLUMN) == "Declined"
    assert cell(w, 4, STATUS_COLUMN) == "Invited"
    assert cell(w, 7, STATUS_COLUMN) == "Endorsed"
    assert (cell(w, 5, 1), cell(w, 5, 3)) == ("Rejected", "“quizás” in Situación is not a status")
    assert (cell(w, 6, 1), cell(w, 6, 3)) == (
        "Rejected", "“Retirado” in Situación is “Withdrawn”, which an import cannot give")
    # already on the campaign: skipped, and no status is shown for it
    assert (cell(w, 8, 1), cell(w, 8, STATUS_COLUMN)) == ("Skipped", "")
    counts = w.findChild(QLabel, "dryRunCounts").text()
    assert "4 will be added as the file says (1 invited, 2 endorsed, 1 declined)" in counts
    assert cell(w, 2, 4) != "" and cell(w, 3, 4) == ""  # only endorsed rows are dated

    w.next()
    assert w.currentPage().objectName() == "importRunPage"
    assert imported(db, campaign_id) == {
        "ADC": "invited", "Access Now": "endorsed", "Derechos Digitales": "declined",
        "Hiperderecho": "invited", "Karisma": "endorsed"}
    with db.session() as s:
        endorsed = s.exec(select(Signatory).where(Signatory.campaign_id == campaign_id,
                                                  Signatory.status == "endorsed")).all()
        assert sorted(x.endorsed_at.date().isoformat() for x in endorsed) == [
            "2026-03-02", "2026-03-04"]


def test_without_a_status_column_the_page_asks_for_every_row(qtbot, db, campaign_id,
                                                             tmp_path):
    w = start(qtbot, db, campaign_id, tmp_path)
    w.next()
    page = w.findChild(type(w.status_page), "importStatusPage")
    assert page.subTitle() == (
        "The file has no status column. Choose the status the new signatories get: "
        "“Endorsed” for a form of endorsements, “Prospect” for a list of groups to invite.")
    assert w.findChild(QComboBox, "importStatusCombo").accessibleName() == "Status to give"
    w.next()
    table = w.findChild(QTableWidget, "dryRunTable")
    assert table.isColumnHidden(STATUS_COLUMN)
    assert "will be added as prospect" in w.findChild(QLabel, "dryRunCounts").text()


def test_a_guessed_status_column_and_back_again(qtbot, db, campaign_id, tmp_path):
    w = start(qtbot, db, campaign_id, tmp_path, text=CSV.replace("Situación", "Estado"))
    assert combo_of(w, "Estado").currentData() == "status"  # guessed from the header
    w.next()
    assert "“Estado” column" in plain(w.currentPage().subTitle())
    # back to the mapping, the column ignored: the page says so at once
    w.back()
    combo_of(w, "Estado").setCurrentIndex(0)
    w.next()
    assert w.currentPage().subTitle().startswith("The file has no status column.")


def test_a_column_remembered_as_ignored_before_its_field_existed(qtbot, db, campaign_id,
                                                                   tmp_path):
    """The reported bug: a form imported with an earlier Sign-on (no
    endorsement date, no status field) was remembered as "Timestamp: ignore";
    the mapping page showed "— ignore —" for the date column. It shows the
    endorsement date and the status now, and a later choice stays."""
    import json

    from signon.store.directory import mapping_key
    from signon.store.models import Setting

    headers = ["Timestamp", "Organisation name", "Status"]
    with db.session() as s:
        s.add(Setting(key=mapping_key(headers), value=json.dumps(
            {"headers": headers, "mapping": {"Timestamp": None, "Organisation name": "name",
                                             "Status": None}})))
    text = "Timestamp,Organisation name,Status\r\n2026-03-01 10:00,Uno,Endorsed\r\n"
    w = start(qtbot, db, campaign_id, tmp_path, text=text)
    assert combo_of(w, "Timestamp").currentData() == "endorsed_at"
    assert combo_of(w, "Timestamp").currentText() == "Endorsement date"
    assert combo_of(w, "Status").currentData() == "status"
    # the coordinator ignores the date this time: remembered as a choice
    combo_of(w, "Timestamp").setCurrentIndex(0)
    w.next()
    w.next()
    w.next()
    assert imported(db, campaign_id)["Uno"] == "endorsed"
    again = start(qtbot, db, campaign_id, tmp_path, text=text)
    assert combo_of(again, "Timestamp").currentData() is None
    assert combo_of(again, "Status").currentData() == "status"
