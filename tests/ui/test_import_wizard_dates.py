"""The import wizard maps a column to the endorsement date (issue 21): each
row is endorsed when the file says, the review page shows each date and how
day and month were read, and the coordinator can read them the other way."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QTableWidget
from sqlmodel import select

from signon.store.campaigns import create_campaign
from signon.store.models import Organisation, Signatory
from signon.ui.elide import FSI, PDI
from signon.ui.signatories.import_wizard import DATE_COLUMN, ImportWizard

#: The wizard's clock: tests never ask the real one.
NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)

#: "When" is no header the wizard recognises: the coordinator maps it.
CSV = (
    "When,Organisation,Country\r\n"
    "01/03/2026,Access Now,US\r\n"          # 2: 1 March, or 3 January
    "02/03/2026,Derechos Digitales,CL\r\n"  # 3: 2 March, or 3 February
    "12/03/2026,Hiperderecho,PE\r\n"        # 4: 12 March (after today), or 3 December
    "someday,Privacy International,GB\r\n"  # 5: no date
)


@pytest.fixture
def campaign_id(db) -> int:
    with db.session() as s:
        return create_campaign(s, "AI resolution", language="es").id


@pytest.fixture
def wizard(qtbot, db, campaign_id, tmp_path):
    path = tmp_path / "form.csv"
    path.write_text(CSV, encoding="utf-8")
    w = ImportWizard(db, campaign_id, clock=lambda: NOW)
    qtbot.addWidget(w)
    w.show()
    w.findChild(QLineEdit, "importFileEdit").setText(str(path))
    w.next()
    w.next()
    assert w.currentPage().objectName() == "importMappingPage"
    return w


def to_review(wizard, status="endorsed") -> None:
    wizard.next()
    combo = wizard.findChild(QComboBox, "importStatusCombo")
    combo.setCurrentIndex(combo.findData(status))
    wizard.next()
    assert wizard.currentPage().objectName() == "importDryRunPage"


def plain(text: str) -> str:
    """Without the isolates and marks that keep the file's words in their own
    direction."""
    return "".join(c for c in text if c not in (FSI, PDI, "\u200e", "\u200f"))


def note(wizard) -> str:
    return plain(wizard.findChild(QLabel, "dryRunDateNote").text())


def cell(wizard, number: int, column: int) -> str:
    table = wizard.findChild(QTableWidget, "dryRunTable")
    row = next(i for i in range(table.rowCount()) if table.item(i, 0).text() == str(number))
    return plain(table.item(row, column).text())


def map_when(wizard) -> None:
    combo = wizard.findChild(QComboBox, "mapColumn_0")
    assert combo.currentData() is None  # not guessed
    index = combo.findData("endorsed_at")
    assert combo.itemText(index) == "Endorsement date"
    combo.setCurrentIndex(index)


def endorsed_days(db, campaign_id) -> dict[str, str]:
    with db.session() as s:
        sigs = s.exec(select(Signatory).where(Signatory.campaign_id == campaign_id)).all()
        return {s.get(Organisation, x.organisation_id).name: x.endorsed_at.date().isoformat()
                for x in sigs}


def test_a_mapped_date_column_dates_each_endorsement(wizard, db, campaign_id):
    map_when(wizard)
    to_review(wizard)
    table = wizard.findChild(QTableWidget, "dryRunTable")
    assert not table.isColumnHidden(DATE_COLUMN)
    assert table.horizontalHeaderItem(DATE_COLUMN).text() == "Endorsed on"
    # a Spanish campaign: no date tells, so day/month/year, and the page says so
    assert wizard.findChild(QLabel, "dryRunDateNote").isVisible()
    assert note(wizard).startswith("Dates in “When” read as day/month/year: no date in the "
                                  "file tells day from month.")
    order = wizard.findChild(QComboBox, "dryRunDateOrder")
    assert order.isVisible() and order.currentData() == "day-first"
    assert cell(wizard, 2, 1) == "New" and "2026" in cell(wizard, 2, DATE_COLUMN)
    # 12 March is after the wizard's today; "someday" is no date
    assert cell(wizard, 4, 1) == "Rejected"
    assert cell(wizard, 4, 3) == "“12/03/2026” in When is after today"
    assert cell(wizard, 5, 1) == "Rejected"
    assert cell(wizard, 5, 3) == "“someday” in When is not a date"

    wizard.next()
    assert wizard.currentPage().objectName() == "importRunPage"
    assert endorsed_days(db, campaign_id) == {"Access Now": "2026-03-01",
                                              "Derechos Digitales": "2026-03-02"}


def test_the_coordinator_reads_the_dates_the_other_way(wizard, db, campaign_id):
    map_when(wizard)
    to_review(wizard)
    order = wizard.findChild(QComboBox, "dryRunDateOrder")
    order.setCurrentIndex(order.findData("month-first"))
    order.activated.emit(order.currentIndex())
    assert note(wizard).startswith("Dates in “When” read as month/day/year")
    assert order.currentData() == "month-first"
    # 3 December is after today now, and 12/03 became 3 December too
    assert cell(wizard, 2, 1) == "New" and cell(wizard, 4, 1) == "Rejected"
    wizard.next()
    assert endorsed_days(db, campaign_id) == {"Access Now": "2026-01-03",
                                              "Derechos Digitales": "2026-02-03"}


def test_a_value_that_tells_decides_and_the_note_shows_it(qtbot, db, campaign_id, tmp_path):
    path = tmp_path / "gf.csv"
    path.write_text("Timestamp,Organisation\r\n3/1/2026 10:15:03,Uno\r\n"
                    "2/25/2026 9:00:00,Dos\r\n", encoding="utf-8")
    w = ImportWizard(db, campaign_id, clock=lambda: NOW)
    qtbot.addWidget(w)
    w.show()
    w.findChild(QLineEdit, "importFileEdit").setText(str(path))
    w.next()
    w.next()
    assert w.findChild(QComboBox, "mapColumn_0").currentData() == "endorsed_at"  # guessed
    to_review(w)
    assert note(w) == (
        "Dates in “Timestamp” read as month/day/year, as “2/25/2026 9:00:00” shows.")
    assert not w.findChild(QComboBox, "dryRunDateOrder").isVisible()
    w.next()
    assert endorsed_days(db, campaign_id) == {"Uno": "2026-03-01", "Dos": "2026-02-25"}


def test_without_the_column_or_status_there_is_no_date(wizard):
    to_review(wizard)  # "When" left unmapped
    table = wizard.findChild(QTableWidget, "dryRunTable")
    assert table.isColumnHidden(DATE_COLUMN)
    assert not wizard.findChild(QLabel, "dryRunDateNote").isVisible()
    wizard.back()
    wizard.back()
    map_when(wizard)
    to_review(wizard, status="invited")
    assert note(wizard) == (
        "The endorsement date column is not used: the rows are imported as invited.")
    assert cell(wizard, 5, 1) == "New"  # its date is not read at all
