"""Reading tables as real tools write them, and refusing what is not one."""

import codecs
import io
import zipfile
from datetime import date, datetime

import pytest

from signon.domain.errors import ValidationError
from signon.exchange.tables import decode_text, read_table
from tests.conftest import DATA

CORPUS = DATA / "imports"


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- the corpus --------------------------------------------------------------


def test_google_forms_export_with_bom_and_crlf():
    table = read_table(CORPUS / "google_forms_bom_crlf.csv")
    assert table.encoding == "utf-8-sig"
    assert table.delimiter == ","
    assert table.headers[0] == "Timestamp"  # the BOM is not part of the header
    assert table.headers[2] == "Organisation name / Nombre de la organización"
    assert len(table.headers) == 10
    by_row = dict(zip(table.row_numbers, table.rows, strict=True))
    assert 9 not in by_row  # the empty row is left out, numbering kept
    assert by_row[2][2] == "Access Now"
    assert by_row[26][9] == "We support this.\r\nSecond line."  # one row, two lines
    assert by_row[27][2] == "Privacy International"
    assert by_row[15][2] == '=HYPERLINK("http://evil.example","Click me")'
    assert by_row[11][2] == "Роскомсвобода"
    assert by_row[13][2] == "مؤسسة سمكس"
    assert all(len(r) == 10 for r in table.rows)


def test_excel_semicolon_cp1252():
    table = read_table(CORPUS / "excel_semicolon_cp1252.csv")
    assert table.encoding == "cp1252"
    assert table.delimiter == ";"
    assert table.headers[0] == "Nombre de la organización"
    by_row = dict(zip(table.row_numbers, table.rows, strict=True))
    assert by_row[2][6] == "Apoyamos “totalmente” la declaración"
    assert by_row[6][6] == "Cuota 10 €"
    assert by_row[10][0] == "Asociación; con punto y coma"  # quoted delimiter
    assert by_row[10][6] == "=1+1"
    assert by_row[11][0] == "Coordinadora Güeña de Derechos Humanos"
    assert 8 not in by_row


def test_utf16_with_bom_tab_separated():
    table = read_table(CORPUS / "utf16_tab.txt")
    assert table.encoding == "utf-16"
    assert table.delimiter == "\t"
    assert table.headers == ["Nom de l'organisation", "Sigle", "Pays", "Courriel",
                             "Vous signez en tant que", "Commentaires"]
    by_row = dict(zip(table.row_numbers, table.rows, strict=True))
    assert by_row[5][0] == "Роскомсвобода"
    assert by_row[7][0] == "المفكرة القانونية"
    assert by_row[8][4] == "À titre individuel"
    assert 10 not in by_row


def test_utf16_without_bom():
    table = read_table(CORPUS / "utf16_nobom.csv")
    assert table.encoding == "utf-16-le"
    assert table.headers == ["Name", "Country", "Email"]
    assert table.rows[-1][0] == "Электронная граница"


def test_utf16_big_endian_without_bom(tmp_path):
    path = write(tmp_path, "be.csv", "Name;País\nÑandú;Perú\n".encode("utf-16-be"))
    table = read_table(path)
    assert table.encoding == "utf-16-be"
    assert table.rows == [["Ñandú", "Perú"]]


def test_xlsx_first_sheet_reads_formulas_as_their_text():
    table = read_table(CORPUS / "endorsements.xlsx")
    assert table.encoding == "xlsx" and table.delimiter is None
    assert table.sheets == ["Form responses 1", "Individuals"]
    assert table.sheet == "Form responses 1"
    assert table.headers == ["Timestamp", "Organisation", "Acronym", "Country", "Email",
                             "Signing as", "Notes"]
    by_row = dict(zip(table.row_numbers, table.rows, strict=True))
    assert 5 not in by_row
    assert by_row[2][0] == "2024-03-01 09:30:00"
    assert by_row[9][1] == '=CONCATENATE("Evil","Corp")'  # formula text, never a value
    assert by_row[10][2] == "19"  # a number cell reads as it shows
    assert by_row[10][6] == "=1+1"  # text that looks like a formula stays text
    assert by_row[7][6] == "19"
    assert by_row[8][1] == "مؤسسة سمكس"


def test_xlsx_chosen_sheet():
    table = read_table(CORPUS / "endorsements.xlsx", sheet="Individuals")
    assert table.sheet == "Individuals"
    assert table.headers == ["Full name", "Title", "Affiliation", "Email"]
    assert table.row_numbers == [2, 3, 4, 5, 6]
    assert read_table(CORPUS / "endorsements.xlsx", sheet=" individuals ").sheet == \
        "Individuals"


def test_xlsx_unknown_sheet_lists_the_sheets():
    with pytest.raises(ValidationError, match=r"no sheet 'Nope'; sheets: Form responses 1, "
                                              r"Individuals"):
        read_table(CORPUS / "endorsements.xlsx", sheet="Nope")


def test_sheet_option_on_a_csv_is_an_error():
    with pytest.raises(ValidationError, match="XLSX"):
        read_table(CORPUS / "utf16_nobom.csv", sheet="Sheet1")


def test_xlsx_row_numbers_across_gaps_and_cell_types(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws["A1"], ws["B1"], ws["C1"] = "Name", "Since", "Members"
    ws["A2"], ws["B2"], ws["C2"] = "First", date(2020, 5, 17), 12.0
    ws["A10"], ws["B10"], ws["C10"] = "Tenth", datetime(2021, 1, 2, 3, 4, 5), 2.5
    ws["A11"] = True
    path = tmp_path / "gaps.xlsx"
    wb.save(path)
    table = read_table(path)
    assert table.row_numbers == [2, 10, 11]
    assert table.rows[0] == ["First", "2020-05-17", "12"]
    assert table.rows[1] == ["Tenth", "2021-01-02 03:04:05", "2.5"]
    assert table.rows[2] == ["TRUE", "", ""]


def test_xlsx_named_csv_is_read_as_xlsx(tmp_path):
    path = write(tmp_path, "really.csv", (CORPUS / "endorsements.xlsx").read_bytes())
    assert read_table(path).encoding == "xlsx"


# --- encodings ---------------------------------------------------------------


def test_utf8_without_bom(tmp_path):
    table = read_table(write(tmp_path, "u.csv", "Name,Country\nPerú Libre,Perú\n"
                             .encode()))
    assert table.encoding == "utf-8"
    assert table.rows == [["Perú Libre", "Perú"]]


def test_latin1_text_is_not_mangled(tmp_path):
    raw = "Name;Ville\nAssociation Genève;Genève\nÇa Ira;Besançon\n".encode("latin-1")
    table = read_table(write(tmp_path, "l.csv", raw))
    assert table.encoding == "cp1252"  # cp1252 agrees with latin-1 on these bytes
    assert table.rows == [["Association Genève", "Genève"], ["Ça Ira", "Besançon"]]


def test_bytes_cp1252_leaves_undefined_decode_as_latin1(tmp_path):
    raw = b"Name,Note\nCaf\xe9,x\x81y\n"
    table = read_table(write(tmp_path, "l1.csv", raw))
    assert table.encoding == "latin-1"
    # decoded as latin-1, then the C1 control U+0081 leaves the cell (clean_text)
    assert table.rows == [["Café", "xy"]]


def test_utf32_with_bom(tmp_path):
    data = codecs.BOM_UTF32_LE + "Name\nÅland\n".encode("utf-32-le")
    assert read_table(write(tmp_path, "u32.csv", data)).rows == [["Åland"]]


def test_declared_utf16_that_is_damaged(tmp_path):
    with pytest.raises(ValidationError, match="damaged or binary"):
        decode_text(codecs.BOM_UTF16_LE + b"N\x00a\x00\x00\xd8", "bad.csv")


# --- CSV shapes --------------------------------------------------------------


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_any_delimiter(tmp_path, delimiter):
    text = delimiter.join(["Name", "Country", "Email"]) + "\n"
    text += delimiter.join(["Access Now", "US", "a@b.org"]) + "\n"
    text += delimiter.join(["ARTICLE 19", "GB", ""]) + "\n"
    table = read_table(write(tmp_path, "d.csv", text.encode()))
    assert table.delimiter == delimiter
    assert table.rows == [["Access Now", "US", "a@b.org"], ["ARTICLE 19", "GB", ""]]


def test_quoting_with_doubled_quotes_and_embedded_delimiters(tmp_path):
    text = ('Name,Notes\n"Foo, Bar and ""Baz""","one\ntwo"\n'
            "Plain,'single quotes are text'\n")
    table = read_table(write(tmp_path, "q.csv", text.encode()))
    assert table.rows == [['Foo, Bar and "Baz"', "one\ntwo"],
                          ["Plain", "'single quotes are text'"]]
    assert table.row_numbers == [2, 3]


def test_semicolons_inside_names_do_not_fool_the_sniffer(tmp_path):
    text = "Name,Country\nFoo; Bar,AR\nBaz; Qux; Quux,CL\nPlain,PE\n"
    table = read_table(write(tmp_path, "s.csv", text.encode()))
    assert table.delimiter == ","
    assert table.rows[0] == ["Foo; Bar", "AR"]


def test_single_column(tmp_path):
    table = read_table(write(tmp_path, "one.csv", b"Organisation\nAccess Now\nARTICLE 19\n"))
    assert table.headers == ["Organisation"]
    assert table.rows == [["Access Now"], ["ARTICLE 19"]]


def test_ragged_rows_blank_and_repeated_headers(tmp_path):
    text = "Name,,Email,email\nA\nB,x,b@x.org,c@x.org,extra\n,,,\n\nC,,,\n"
    table = read_table(write(tmp_path, "r.csv", text.encode()))
    assert table.headers == ["Name", "Column 2", "Email", "email (2)", "Column 5"]
    assert table.rows == [["A", "", "", "", ""], ["B", "x", "b@x.org", "c@x.org", "extra"],
                          ["C", "", "", "", ""]]
    assert table.row_numbers == [2, 3, 6]
    assert table.column("EMAIL") == 2
    assert table.column(" email (2) ") == 3
    assert table.column("nope") is None


def test_leading_blank_lines_keep_spreadsheet_numbering(tmp_path):
    table = read_table(write(tmp_path, "b.csv", b"\n\nName\nX\n"))
    assert table.headers == ["Name"]
    assert table.row_numbers == [4]


# --- not a table -------------------------------------------------------------


@pytest.mark.parametrize("name,message", [
    ("binary.csv", "a PNG image, not a table"),
    ("random_binary.csv", "a binary file, not a CSV or XLSX table"),
    ("document.pdf.csv", "a PDF document"),
    ("empty.csv", "the file is empty"),
    ("truncated.xlsx", "damaged or incomplete"),
    ("zip_of_text.xlsx", "a ZIP archive, not an XLSX workbook"),
])
def test_corpus_files_that_are_not_tables(name, message):
    with pytest.raises(ValidationError) as info:
        read_table(CORPUS / name)
    text = str(info.value)
    assert message in text and name in text
    assert "\n" not in text


def zipped(**members: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name.replace("__", "/"), content)
    return buffer.getvalue()


@pytest.mark.parametrize("data,message", [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "old Excel .xls"),
    (b"Name,Country\nA\x00B,C\n", "binary file"),
    (b"\x1f\x8b\x08\x00" + bytes(100), "gzip"),
    (b"SQLite format 3\x00" + bytes(100), "SQLite database"),
    (zipped(mimetype="application/vnd.oasis.opendocument.spreadsheet",
            **{"content.xml": "<x/>"}), "OpenDocument spreadsheet"),
    (zipped(word__document="<x/>", **{"word/document.xml": "<x/>"}), "Word document"),
    (zipped(**{"xl/workbook.xml": "not xml at all"}), "damaged XLSX"),
    (b"   \n\r\n ", "the file is empty"),
])
def test_other_files_that_are_not_tables(tmp_path, data, message):
    with pytest.raises(ValidationError, match=message):
        read_table(write(tmp_path, "x.xlsx", data))


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ValidationError, match="no such file"):
        read_table(tmp_path / "missing.csv")
    with pytest.raises(ValidationError, match="folder"):
        read_table(tmp_path)


def test_utf16_without_bom_in_mostly_cyrillic_and_arabic_text(tmp_path):
    text = ("Название,Страна\nРоскомсвобода,Россия\nЭлектронная граница,Россия\n"
            "المفكرة القانونية,لبنان\n")
    for encoding in ("utf-16-le", "utf-16-be"):
        table = read_table(write(tmp_path, f"{encoding}.csv", text.encode(encoding)))
        assert table.encoding == encoding
        assert table.headers == ["Название", "Страна"]
        assert table.rows[2] == ["المفكرة القانونية", "لبنان"]


def test_excel_sep_line_names_the_delimiter_and_is_not_a_row(tmp_path):
    table = read_table(write(tmp_path, "sep.csv", b"sep=;\r\nName;Notes\r\nA, B;x,y\r\n"))
    assert table.delimiter == ";"
    assert table.headers == ["Name", "Notes"]
    assert table.rows == [["A, B", "x,y"]]
    assert table.row_numbers == [2]


def test_windows_cyrillic_cp1251(tmp_path):
    text = "Название;Страна\r\nРоскомсвобода;Россия\r\nЭлектронная граница;Россия\r\n"
    table = read_table(write(tmp_path, "ru.csv", text.encode("cp1251")))
    assert table.encoding == "cp1251"
    assert table.rows == [["Роскомсвобода", "Россия"], ["Электронная граница", "Россия"]]


@pytest.mark.parametrize("text", [
    "Name;City\nAssociation Genève;Genève\nÇa Ira;Besançon\nSão Paulo Livre;São Paulo\n",
    "Nombre;País\nÑandú Ñoño;Perú\nÆrø Forening;Danmark\nÜber Öl;Österreich\n",
    "Name\nÉÀÈ\n",
])
def test_western_text_stays_cp1252(tmp_path, text):
    table = read_table(write(tmp_path, "w.csv", text.encode("cp1252")))
    assert table.encoding == "cp1252"
    assert text.splitlines()[1].split(";")[0] == table.rows[0][0]
