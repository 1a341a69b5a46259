"""The import wizard tells the importer's own messages in the interface
language (issue 23): a file that is no table, a rejected row, a warning and
the summary come from the exchange layer, through the catalog that
`i18n.install` puts in place with the Qt translations.

Every test takes its language out again, so the other GUI tests keep the
English source texts.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QTableWidget

from signon.domain.messages import _
from signon.store.campaigns import create_campaign
from signon.ui import i18n
from signon.ui.signatories.import_wizard import ImportWizard

#: Row 3 has no name; row 4 a country no one knows.
CSV = ("Organisation name,Country,Email\r\n"
       "Asociación por los Derechos Civiles,Argentina,ana@adc.org\r\n"
       ",Kenya,nameless@example.org\r\n"
       "Hiperderecho,Atlantis,carla@hiperderecho.org\r\n")


@pytest.fixture
def language(qapp):
    def install(code: str) -> str:
        return i18n.install(qapp, code)

    yield install
    i18n.uninstall(qapp)


@pytest.fixture
def wizard(qtbot, db):
    with db.session() as s:
        campaign_id = create_campaign(s, "AI resolution").id

    def build():
        w = ImportWizard(db, campaign_id)
        qtbot.addWidget(w)
        w.show()
        return w

    return build


def _dry_run(w, path):
    w.findChild(QLineEdit, "importFileEdit").setText(str(path))
    for page in ("importPreviewPage", "importMappingPage", "importStatusPage"):
        w.next()
        assert w.currentPage().objectName() == page
    combo = w.findChild(QComboBox, "importStatusCombo")
    combo.setCurrentIndex(combo.findData("endorsed"))
    w.next()
    assert w.currentPage().objectName() == "importDryRunPage"


def _details(w, row: int) -> str:
    table = w.findChild(QTableWidget, "dryRunTable")
    line = next(i for i in range(table.rowCount()) if table.item(i, 0).text() == str(row))
    return table.item(line, 3).text()


def test_a_file_that_is_no_table_is_told_in_spanish(wizard, language, tmp_path):
    language("es")
    photo = tmp_path / "photo.csv"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    w = wizard()
    w.findChild(QLineEdit, "importFileEdit").setText(str(photo))
    w.next()
    assert w.currentPage().objectName() == "importFilePage"
    assert w.findChild(QLabel, "importFileError").text() == \
        "photo.csv: una imagen PNG, no una tabla"


def test_a_bad_row_is_told_in_spanish_from_dry_run_to_summary(wizard, language, tmp_path):
    language("es")
    path = tmp_path / "firmas.csv"
    path.write_text(CSV, encoding="utf-8")
    w = wizard()
    _dry_run(w, path)
    assert _details(w, 3) == "sin nombre"
    notes = w.findChild(QPlainTextEdit, "dryRunNotes").toPlainText()
    assert "Aviso — fila 4: país desconocido 'Atlantis'; importada sin país" in notes
    w.next()
    summary = w.findChild(QPlainTextEdit, "importSummary").toPlainText().splitlines()
    assert summary[0] == "firmas.csv → «AI resolution»"
    assert "rechazados: 1" in summary and "  fila 3: sin nombre" in summary


def test_english_again_once_the_language_is_taken_out(wizard, qapp, tmp_path):
    i18n.install(qapp, "fr")
    assert _("no name") == "pas de nom"
    i18n.uninstall(qapp)
    path = tmp_path / "list.csv"
    path.write_text(CSV, encoding="utf-8")
    w = wizard()
    _dry_run(w, path)
    assert _details(w, 3) == "no name"
