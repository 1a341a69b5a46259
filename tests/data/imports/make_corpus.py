"""Write the import test corpus: files as real tools export them.

Run `python tests/data/imports/make_corpus.py` after changing it; the
generated files are committed, so tests never depend on this script running.
Each file carries duplicates in its own form, names in Cyrillic and Arabic,
formula payloads, empty and nameless rows; tests/exchange/test_signatory_import.py
states what each row must become.
"""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LONG = "x" * 1001


def google_forms() -> None:
    """Google Forms "Download responses (.csv)": UTF-8 with BOM, CRLF, every
    cell that needs it quoted, questions as headers."""
    headers = [
        "Timestamp", "Email Address", "Organisation name / Nombre de la organización",
        "Acronym", "Country / País", "Type of organisation", "Website", "Your name",
        "Are you signing on behalf of an organisation or as an individual?", "Comments",
    ]
    org = "On behalf of my organisation"
    ind = "As an individual"
    rows = [
        # row 2
        ["2024/03/01 10:00:00", "ana@accessnow.org", "Access Now", "", "United States",
         "NGO", "https://www.accessnow.org", "Ana Pérez", org, ""],
        # rows 3-5: one organisation typed three ways
        ["2024/03/01 10:05:00", "info@article19.org", "ARTICLE 19", "", "GB", "NGO", "",
         "Quinn", org, ""],
        ["2024/03/01 10:06:00", "", "Article 19 ", "", "United Kingdom", "", "", "", org, ""],
        ["2024/03/01 10:07:00", "", "article 19", "", "Reino Unido", "", "", "", org, ""],
        # rows 6-8: the ADC example of the issue (name, variant, acronym only)
        ["2024/03/01 11:00:00", "adc@adc.org.ar", "Asociación por los Derechos Civiles",
         "ADC", "Argentina", "NGO", "https://adc.org.ar", "Lucía", org, ""],
        ["2024/03/01 11:01:00", "", "Asociacion por los derechos civiles ", "", "AR", "", "",
         "", org, ""],
        ["2024/03/01 11:02:00", "", "ADC", "", "Argentina", "", "", "", org, ""],
        # row 9: empty
        [""] * 10,
        # row 10: nameless
        ["2024/03/01 12:00:00", "someone@example.org", "", "", "Chile", "", "", "", org, ""],
        # rows 11-12: Cyrillic, then the same name in capitals
        ["2024/03/02 09:00:00", "", "Роскомсвобода", "", "Russia", "NGO", "", "", org, ""],
        ["2024/03/02 09:01:00", "", "РОСКОМСВОБОДА", "", "Russia", "", "", "", org, ""],
        # rows 13-14: Arabic, then the same name with vowel marks and a tatweel
        ["2024/03/02 10:00:00", "", "مؤسسة سمكس", "SMEX", "Lebanon", "NGO", "", "", org, ""],
        ["2024/03/02 10:01:00", "", "مُؤسسـة سمكس", "", "Liban", "", "", "", org, ""],
        # rows 15-17: formula payloads
        ["2024/03/03 08:00:00", "", '=HYPERLINK("http://evil.example","Click me")', "", "",
         "", "", "", org, ""],
        ["2024/03/03 08:01:00", "", "Fundación Karisma", "", "Colombia", "", "", "", org,
         "+cmd|' /C calc'!A0"],
        ["2024/03/03 08:02:00", "", "@SUM(1+1)*cmd|' /C calc'!A0", "", "", "", "", "", org,
         "-2+3"],
        # rows 18-20: individuals: one person twice, then a namesake
        ["2024/03/04 09:00:00", "maria@uchile.cl", "Universidad de Chile", "", "Chile", "",
         "", "María López", ind, ""],
        ["2024/03/04 09:30:00", "maria@uchile.cl", "Universidad de Chile", "", "Chile", "",
         "", "María López", ind, ""],
        ["2024/03/04 10:00:00", "mlopez@unam.mx", "UNAM", "", "Mexico", "", "",
         "María López", ind, ""],
        # row 21: unknown country
        ["2024/03/05 09:00:00", "", "Digital Rights Foundation", "DRF", "Narnia", "", "", "",
         org, ""],
        # row 22: invalid email
        ["2024/03/05 09:05:00", "not-an-email", "Derechos Digitales", "", "Chile", "", "",
         "Pat", org, ""],
        # row 23: a field over 1,000 characters
        ["2024/03/05 09:10:00", "", "Too Long Org", "", "", "", "", "", org, LONG],
        # rows 24-25: leading "The" and a legal suffix
        ["2024/03/06 09:00:00", "", "The Tor Project, Inc.", "", "US", "", "", "", org, ""],
        ["2024/03/06 09:01:00", "", "Tor Project", "", "USA", "", "", "", org, ""],
        # row 26: a comment over two lines (still one spreadsheet row)
        ["2024/03/06 10:00:00", "", "Open Rights Group", "ORG", "UK", "", "", "", org,
         "We support this.\r\nSecond line."],
        # rows 27-28: a near-duplicate (typo), suggested, not merged
        ["2024/03/06 11:00:00", "", "Privacy International", "", "GB", "", "", "", org, ""],
        ["2024/03/06 11:01:00", "", "Privacy Internationl", "", "GB", "", "", "", org, ""],
    ]
    out = io.StringIO(newline="")
    writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    (HERE / "google_forms_bom_crlf.csv").write_bytes(b"\xef\xbb\xbf" + out.getvalue()
                                                     .encode("utf-8"))


def excel_semicolon_cp1252() -> None:
    """Excel on a Spanish Windows, "CSV (delimitado por comas)": semicolons,
    cp1252 (with “curly quotes” and € that only cp1252 has), CRLF."""
    lines = [
        "Nombre de la organización;Siglas;País;Tipo de organización;Correo electrónico;"
        "Persona de contacto;Comentarios",
        "Fundación Vía Libre;FVL;Argentina;ONG;info@vialibre.org.ar;José Núñez;"
        "Apoyamos “totalmente” la declaración",                          # row 2
        "fundacion via libre;;Argentina;;;;",                              # row 3 dup of 2
        "Hiperderecho;;Perú;ONG;hola@hiperderecho.org;Ñusta;",            # row 4
        "HIPERDERECHO ;;Peru;;;;",                                         # row 5 dup of 4
        "Red en Defensa de los Derechos Digitales;R3D;México;ONG;;;Cuota 10 €",  # row 6
        "R3D;;Mexico;;;;",                                      # row 7 dup of 6 (acronym)
        ";;;;;;",                                                          # row 8 empty
        ";;Chile;alguien@example.cl;;;sin nombre",                         # row 9 nameless
        '"Asociación; con punto y coma";;España;;;;"=1+1"',               # row 10
        "Coordinadora Güeña de Derechos Humanos;CGDH;Uruguay;;;;",         # row 11
    ]
    (HERE / "excel_semicolon_cp1252.csv").write_bytes(
        ("\r\n".join(lines) + "\r\n").encode("cp1252"))


def utf16_tab() -> None:
    """Excel "Unicode text": UTF-16 LE with a BOM, tab-separated, French headers."""
    lines = [
        "Nom de l'organisation\tSigle\tPays\tCourriel\tVous signez en tant que\tCommentaires",
        "La Quadrature du Net\tLQDN\tFrance\tcontact@laquadrature.net\tOrganisation\t",  # 2
        "la quadrature du net\t\tFR\t\tOrganisation\t",                 # 3 dup of 2
        "LQDN\t\tFrance\t\t\t",                                          # 4 dup of 2 (acronym)
        "Роскомсвобода\t\tRussie\t\tOrganisation\t",                     # 5
        "РОСКОМСВОБОДА \t\tRussie\t\tOrganisation\t",                    # 6 dup of 5
        "المفكرة القانونية\t\tLiban\t\tOrganisation\t",                  # 7
        "Jean Dupont\t\tFrance\tjean@example.fr\tÀ titre individuel\t",  # 8 individual
        "Élise Martin\t\tBelgique\t\tIndividuel\t@SUM(A1)",              # 9 individual
        "\t\t\t\t\t",                                                    # 10 empty
        "\t\tFrance\tanonyme@example.fr\tOrganisation\t",                # 11 nameless
    ]
    (HERE / "utf16_tab.txt").write_bytes(
        b"\xff\xfe" + ("\r\n".join(lines) + "\r\n").encode("utf-16-le"))


def utf16_without_bom() -> None:
    """UTF-16 LE without a byte-order mark, comma-separated: legal forms."""
    lines = [
        "Name,Country,Email",
        "Chaos Computer Club e.V.,Germany,mail@ccc.de",   # 2
        "chaos computer club,DE,",                        # 3 dup of 2 (legal suffix)
        "Stichting Bits of Freedom,Netherlands,",         # 4
        "Bits of Freedom,NL,",                            # 5 dup of 4 (leading form)
        "Электронная граница,Russia,",                    # 6
    ]
    (HERE / "utf16_nobom.csv").write_bytes(("\n".join(lines) + "\n").encode("utf-16-le"))


def workbook():
    from openpyxl import Workbook

    wb = Workbook()
    wb.properties.created = wb.properties.modified = datetime(2024, 3, 1)
    ws = wb.active
    ws.title = "Form responses 1"
    ws.append(["Timestamp", "Organisation", "Acronym", "Country", "Email", "Signing as",
               "Notes"])
    ws.append([datetime(2024, 3, 1, 9, 30), "Electronic Frontier Foundation", "EFF",
               "United States", "info@eff.org", "Organisation", None])           # 2
    ws.append([datetime(2024, 3, 1, 9, 31), "electronic  frontier foundation", None, "US",
               None, "Organisation", None])                                      # 3 dup
    ws.append([datetime(2024, 3, 1, 9, 32), "EFF", None, "USA", None, "Organisation",
               None])                                                            # 4 dup
    ws.append([])                                                                # 5 empty
    ws.append([datetime(2024, 3, 1, 9, 33), None, None, "Chile", "x@example.cl",
               "Organisation", None])                                            # 6 nameless
    ws.append([datetime(2024, 3, 1, 9, 34), "Роскомсвобода", None, "Russia", None,
               "Organisation", 19])                                              # 7
    ws.append([datetime(2024, 3, 1, 9, 35), "مؤسسة سمكس", "SMEX", "Lebanon", None,
               "Organisation", None])                                            # 8
    ws.append([datetime(2024, 3, 1, 9, 36), '=CONCATENATE("Evil","Corp")', None, None,
               None, "Organisation", None])                                      # 9 formula
    ws.append([datetime(2024, 3, 1, 9, 37), "Article 19", 19, "GB", None, "Organisation",
               None])                                                            # 10
    ws["G10"] = "=1+1"
    ws["G10"].data_type = "s"  # typed as text ('=1+1), not a formula
    ws.append([datetime(2024, 3, 1, 9, 38), "Ada Lovelace", None, "GB", "ada@example.org",
               "As an individual", None])                                        # 11 individual
    individuals = wb.create_sheet("Individuals")
    individuals.append(["Full name", "Title", "Affiliation", "Email"])
    individuals.append(["John Smith", "Professor", "University of Oxford",
                        "js@ox.ac.uk"])                                          # 2
    individuals.append(["John Smith", "", "University of Cambridge", "j@cam.ac.uk"])  # 3
    individuals.append(["john  smith", "Professor", "University of Oxford",
                        "JS@ox.ac.uk"])                                          # 4 dup of 2
    individuals.append(["Ирина Петрова", "Researcher", "Независимый", ""])       # 5
    individuals.append(["", "Lecturer", "Nowhere", ""])                          # 6 nameless
    path = HERE / "endorsements.xlsx"
    wb.save(path)
    return path


def broken_files(xlsx: Path) -> None:
    """Files that are no table at all: each must be refused whole."""
    (HERE / "binary.csv").write_bytes(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (HERE / "random_binary.csv").write_bytes(bytes((i * 37 + 11) % 256 for i in range(4096)))
    data = xlsx.read_bytes()
    (HERE / "truncated.xlsx").write_bytes(data[: len(data) // 2])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "this is a zip of something else\n")
    (HERE / "zip_of_text.xlsx").write_bytes(buffer.getvalue())
    (HERE / "document.pdf.csv").write_bytes(
        b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n")
    (HERE / "empty.csv").write_bytes(b"")


def main() -> None:
    google_forms()
    excel_semicolon_cp1252()
    utf16_tab()
    utf16_without_bom()
    broken_files(workbook())


if __name__ == "__main__":
    main()
