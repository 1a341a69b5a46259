"""The import wizard's review page (issue 21): the coordinator overrides a
row's outcome (leave it out, merge it into a suggested directory entry, a
new organisation instead of an acronym match), in-file repeats say so, and
the finished import no longer talks about cancelling."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QTableWidget, QWizard
from sqlmodel import select

from signon.store.campaigns import create_campaign
from signon.store.models import Organisation, Signatory
from signon.store.signatories import add_signatory
from signon.ui.signatories.import_wizard import ImportWizard

CSV = (
    "Organisation,Acronym,Country,Email\r\n"
    "Derechos Digitale,,Chile,dd@example.org\r\n"          # 2: near duplicate of the directory's
    "Hiperderecho,,Peru,h@example.org\r\n"                  # 3: new
    "hiperderecho,,Peru,other@example.org\r\n"              # 4: repeated in this file
    "Asociación Derechos Civiles,ADC,Argentina,a@example.org\r\n"  # 5: merged by acronym
)


@pytest.fixture
def campaign_id(db) -> int:
    with db.session() as s:
        other = create_campaign(s, "Earlier letter")
        add_signatory(s, other.id, name="Derechos Digitales", country="CL", status="endorsed")
        add_signatory(s, other.id, name="Access to Digital Commons", acronym="ADC",
                      country="AR", status="endorsed")
        return create_campaign(s, "AI resolution").id


@pytest.fixture
def wizard(qtbot, db, campaign_id, tmp_path):
    path = tmp_path / "form.csv"
    path.write_text(CSV, encoding="utf-8")
    w = ImportWizard(db, campaign_id)
    qtbot.addWidget(w)
    w.show()
    w.findChild(QLineEdit, "importFileEdit").setText(str(path))
    for _ in range(3):  # preview, mapping, status
        w.next()
    combo = w.findChild(QComboBox, "importStatusCombo")
    combo.setCurrentIndex(combo.findData("endorsed"))
    w.next()
    assert w.currentPage().objectName() == "importDryRunPage"
    return w


def cell(wizard, number: int, column: int) -> str:
    table = wizard.findChild(QTableWidget, "dryRunTable")
    row = next(i for i in range(table.rowCount()) if table.item(i, 0).text() == str(number))
    return table.item(row, column).text()


def choose(wizard, number: int, decision: str) -> None:
    combo = wizard.findChild(QComboBox, f"rowDecision_{number}")
    assert combo is not None, number
    combo.setCurrentIndex(combo.findData(decision))


def names_on_campaign(db, campaign_id) -> set[str]:
    with db.session() as s:
        return {s.get(Organisation, sig.organisation_id).name for sig in s.exec(
            select(Signatory).where(Signatory.campaign_id == campaign_id)).all()}


def test_in_file_repeats_say_so(wizard):
    assert cell(wizard, 4, 1) == "Skipped"
    assert cell(wizard, 4, 3) == "Repeated in this file (row 3)"
    assert wizard.findChild(QComboBox, "rowDecision_4") is None  # nothing to decide


def test_overridden_rows_are_imported_as_decided(wizard, db, campaign_id):
    counts = wizard.findChild(QLabel, "dryRunCounts")
    assert "<b>2</b> new" in counts.text() and "<b>1</b> merged" in counts.text()
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "Import 3"
    # the near duplicate the dry run suggested: merge it into the directory's entry
    directory = {}
    with db.session() as s:
        for org in s.exec(select(Organisation)).all():
            directory[org.name] = org.id
    choose(wizard, 2, f"merge:{directory['Derechos Digitales']}")
    assert cell(wizard, 2, 1) == "Merged" and "Derechos Digitales" in cell(wizard, 2, 3)
    # ADC matched only by acronym and country is another group: a new organisation
    assert cell(wizard, 5, 1) == "Merged"
    choose(wizard, 5, "new")
    assert cell(wizard, 5, 1) == "New"
    # and Hiperderecho is left out
    choose(wizard, 3, "leave_out")
    assert cell(wizard, 3, 1) == "Skipped" and cell(wizard, 3, 3) == "Left out"
    assert "<b>1</b> new" in counts.text() and "<b>1</b> merged" in counts.text()
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "Import 2"
    wizard.next()
    assert names_on_campaign(db, campaign_id) == {"Derechos Digitales",
                                                  "Asociación Derechos Civiles"}
    with db.session() as s:
        assert len(s.exec(select(Organisation).where(Organisation.acronym == "ADC")).all()) == 2
    summary = wizard.findChild(QPlainTextEdit, "importSummary").toPlainText()
    assert "left out on review: 1" in summary
    assert "possible duplicate" not in summary  # row 2's was settled by merging it


def test_a_decision_can_be_taken_back(wizard, db, campaign_id):
    choose(wizard, 3, "leave_out")
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "Import 2"
    choose(wizard, 3, "")
    assert cell(wizard, 3, 1) == "New"
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "Import 3"
    wizard.next()
    assert "Hiperderecho" in names_on_campaign(db, campaign_id)


def test_leaving_every_row_out_imports_nothing(wizard):
    for number in (2, 3, 5):
        choose(wizard, number, "leave_out")
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()


def test_the_finished_import_does_not_talk_about_cancelling(wizard):
    page = wizard.run_page
    assert "cancelling" in page.subTitle()
    wizard.next()
    assert wizard.currentPage() is page and page.done
    assert page.title() == "Imported" and page.subTitle() == ""
