"""A bad import through `signon import-signatories` in each interface
language (issue 23): the rejected rows and what stops a whole file are told
in the language of SIGNON_LANG, else of the locale, naming the row and the
field; English by default and on the C locale.

In process (`signon.cli.main`), with the environment set per test; the
language the command installed is taken out after each test.
"""

from __future__ import annotations

import pytest

from signon import cli
from signon.store.campaigns import create_campaign

pytestmark = pytest.mark.usefixtures("no_machine_language")

#: Row 3 has no name, row 4 an endorsement date that is no date.
CSV = ("Timestamp,Organisation,Email\r\n"
       "2026-01-05 10:00,Asociación por los Derechos Civiles,ana@adc.org\r\n"
       "2026-01-05 11:00,,nameless@example.org\r\n"
       "soon,Hiperderecho,carla@hiperderecho.org\r\n")

#: Arabic sets each value in its own direction (first strong isolate … pop),
#: as the interface does (signon.ui.elide.isolate).
FSI, PDI = "\u2068", "\u2069"
#: The two rejected rows, as each language reports them.
REJECTED = {
    "en": ("  row 3: no name",
           "  row 4: field endorsed_at (column 'Timestamp'): 'soon' is not a date"),
    "es": ("  fila 3: sin nombre",
           "  fila 4: campo endorsed_at (columna 'Timestamp'): 'soon' no es una fecha"),
    "fr": ("  ligne 3 : pas de nom",
           "  ligne 4 : champ endorsed_at (colonne 'Timestamp') : 'soon' n’est pas une date"),
    "ar": ("  الصف 3: بلا اسم",
           f"  الصف 4: الحقل endorsed_at (العمود {FSI}'Timestamp'{PDI}): القيمة {FSI}'soon'{PDI} "
           "ليست تاريخًا"),
    "pt": ("  linha 3: sem nome",
           "  linha 4: campo endorsed_at (coluna 'Timestamp'): 'soon' não é uma data"),
}
#: The count line of the rejected rows.
COUNT = {"en": "rejected: 2", "es": "rechazados: 2", "fr": "refusés : 2", "ar": "مرفوض: 2",
         "pt": "recusados: 2"}
#: A file whose quote is never closed stops the whole import (exit 1).
UNCLOSED = {
    "en": "signon: open.csv: row 2: a quote (\") opens a cell that is never closed",
    "es": "signon: open.csv: fila 2: unas comillas (\") abren una celda que nunca se cierra",
    "fr": "signon: open.csv : ligne 2 : un guillemet (\") ouvre une cellule qui n’est jamais "
          "fermée",
    "ar": f"signon: الملف {FSI}open.csv{PDI}: الصف 2: علامة اقتباس (\") تفتح خلية لا تُغلق أبدًا",
    "pt": "signon: open.csv: linha 2: aspas (\") abrem uma célula que nunca é fechada",
}


@pytest.fixture
def campaign_db(db, db_path):
    with db.session() as s:
        create_campaign(s, "AI resolution")
    return db_path


@pytest.fixture
def files(tmp_path):
    good = tmp_path / "endorsements.csv"
    good.write_text(CSV, encoding="utf-8")
    unclosed = tmp_path / "open.csv"
    unclosed.write_text('Organisation,Email\r\n"Access Now,x@example.org\r\n', encoding="utf-8")
    return good, unclosed


def _import(db_path, path, capsys, *extra):
    code = cli.main(["--db", str(db_path), "import-signatories", "AI resolution", str(path),
                     "--status", "endorsed", "--dry-run", *extra])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err.strip()


@pytest.mark.parametrize("language", ["es", "fr", "ar", "pt"])
def test_a_bad_import_names_the_row_and_field_in_signon_lang(
        language, campaign_db, files, capsys, monkeypatch):
    monkeypatch.setenv("SIGNON_LANG", language)
    monkeypatch.setenv("LANG", "en_US.UTF-8")  # SIGNON_LANG comes first
    good, unclosed = files
    code, lines, _err = _import(campaign_db, good, capsys)
    assert code == 0
    for line in (*REJECTED[language], COUNT[language]):
        assert line in lines
    code, _lines, err = _import(campaign_db, unclosed, capsys)
    assert code == 1
    assert err.startswith(UNCLOSED[language]) and "\n" not in err


@pytest.mark.parametrize(("environ", "language"), [
    ({}, "en"),
    ({"LANG": "C"}, "en"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({"LANG": "es_ES.UTF-8", "LC_ALL": "C"}, "en"),
    ({"LANG": "fr_FR.UTF-8"}, "fr"),
    ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "pt_BR.UTF-8"}, "pt"),
])
def test_without_signon_lang_the_locale_decides(environ, language, campaign_db, files,
                                                 capsys, monkeypatch):
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    good, unclosed = files
    _code, lines, _err = _import(campaign_db, good, capsys)
    assert REJECTED[language][0] in lines and REJECTED[language][1] in lines
    _code, _lines, err = _import(campaign_db, unclosed, capsys)
    assert err.startswith(UNCLOSED[language])


def test_the_commands_own_words(campaign_db, capsys, monkeypatch):
    monkeypatch.setenv("SIGNON_LANG", "es")
    with pytest.raises(SystemExit) as stop:
        cli.main(["--db", str(campaign_db), "status", "AI resolution", "1", "endorsed",
                  "--correct"])
    assert stop.value.code == 2
    assert "status --correct necesita --reason TEXTO" in capsys.readouterr().err
