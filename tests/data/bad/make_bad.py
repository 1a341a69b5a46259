"""Write the malformed-input corpus: files coordinators really meet.

Small files are committed; big or derived ones (a 10 MB cell, a JSON bomb,
databases cut short or missing a table) are made at test time by the
functions below, so the repository stays small. EXPECTED.json says what
each must give; tests/malformed/test_bad_corpus.py checks it.

Run `python tests/data/bad/make_bad.py` after changing a committed file.
"""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
import zipfile
from contextlib import closing
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROWS = ("Organisation,Country,Email\nAccess Now,US,info@accessnow.org\n"
        "Цифрові Права,UA,\nمنظمة الحقوق الرقمية,EG,\n")


def committed() -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    # "Unicode text" saved by Excel, then the BOM lost on the way (a script, a mail)
    files["utf16-no-bom.csv"] = ROWS.encode("utf-16-le")
    # a UTF-8 export with two rows typed later in Excel on Windows (cp1252)
    files["mixed-encodings.csv"] = (
        "Organisation,Country\nAsociación por los Derechos Civiles,AR\n".encode()
        + "Fundação Getúlio Direitos,BR\nAssociation Genève Numérique,CH\n".encode("cp1252"))
    # a quote opened and never closed: the rest of the file would be one cell
    files["unbalanced-quotes.csv"] = (
        b'Organisation,Country\n"Access Now,US\nDigital Rights Watch,AU\nEDRi,BE\n')
    # a form export with a thousand question columns
    header = ["Organisation"] + [f"Question {i}" for i in range(2, 1001)]
    row = ["Open Rights Group"] + [f"answer {i}" for i in range(2, 1001)]
    files["thousand-columns.csv"] = (",".join(header) + "\n" + ",".join(row) + "\n").encode()
    # formula payloads in every column a form lets people type into
    files["formula-payloads.csv"] = (
        b'Organisation,Country,Website,Notes\n'
        b'"=HYPERLINK(""http://evil.example"",""Click"")",US,=1+1,"=cmd|\' /C calc\'!A0"\n'
        b'+Plus Rights,FR,+33 1 23,+note\n'
        b'-Minus Rights,DE,-1,-2+3\n'
        b'@SUM Rights,KE,@SUM(A1),@x\n'
        b'"\tTab Rights",BR,"\t=1","\t=2"\n')
    # one NUL byte inside a row of an otherwise fine export
    files["nul-bytes.csv"] = b"Organisation,Country\nAccess\x00 Now,US\nEDRi,BE\n"
    # a zip of holiday photos renamed .xlsx
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        # a fixed date, so the committed file is exactly what this writes
        photo = zipfile.ZipInfo("DCIM/IMG_0001.JPG", date_time=(2024, 5, 1, 12, 0, 0))
        archive.writestr(photo, b"\xff\xd8\xff\xe0 not really a photo")
    files["zip-of-photos.xlsx"] = buffer.getvalue()
    # a workbook cut off half-way (an interrupted download)
    workbook = (HERE.parent / "imports" / "endorsements.xlsx").read_bytes()
    files["truncated.xlsx"] = workbook[: len(workbook) // 2]
    # a campaign file with a schema error of every kind at once; the first in
    # document order is reported (tests/data/campaigns/bad has one per file)
    files["campaign-every-error.json"] = json.dumps({
        "format": "signon-campaign/1",
        "campaign": {"title": "", "language": "Klingon", "deadline": "31/12/2026",
                     "status": "finished", "colour": "red"},
        "sections": [{"kind": "preamble", "text": 3}],
        "signatories": [{"type": "robot", "name": None, "status": "maybe",
                         "country": "Narnia", "contact_email": "not an address"}],
        "extra": True}, indent=2).encode()
    # a database that is really somebody's notes
    files["db-text-file.db"] = b"Meeting notes 12 May\n- call partners\n- send letter\n"
    # control characters pasted from a chat or a terminal: a BEL, an escape
    # sequence, a vertical tab and a SOH; they broke the DOCX export of the
    # whole campaign and `signon list` printed the escapes raw
    files["control-characters.csv"] = (
        b"Organisation,Country,Notes\n"
        b"Access\x07 Now,US,ring\x07\n"
        b"\x1b[31mRed Rights\x1b[0m,FR,\n"
        b"Open\x0bRights Group,GB,\x01start\n")
    # the same in a campaign file: a title and a signatory name
    files["campaign-control-characters.json"] = json.dumps({
        "format": "signon-campaign/1",
        "campaign": {"title": "Joint\u0001 statement\u0007", "addressee": "To\u000bwhom"},
        "sections": [{"kind": "intro", "text": "We\u0008 ask."}],
        "signatories": [{"type": "organisation", "name": "Bell\u0007 Rights",
                         "status": "endorsed"},
                        {"type": "individual", "name": "Ada\u001b[2J Lovelace",
                         "status": "endorsed"}]}, indent=2).encode()
    # markup where a form lets people type: it must stay text in the app
    files["markup-in-fields.csv"] = (
        b"Name,Signing as,Affiliation,Website\n"
        b"Link Person,individual,<a href='file:///etc/passwd'>University</a>,\n"
        b"Image Person,individual,<img src='file:///etc/hosts'>,\n"
        b"<b>Bold</b> Rights,organisation,,javascript:alert(1)\n")
    # Sign-on's own public CSV protects formula-like names with an apostrophe;
    # re-importing it must give the names back, not keep the apostrophe
    files["formula-apostrophe.csv"] = (
        b"Organisation,Country\n"
        b"'+Acumen,KE\n"
        b"' =Equal Rights,AR\n"
        b"'Apostrophe Kept,IE\n"
        b"O'Reilly Rights,US\n")
    return files


def huge_field(path: Path, size: int = 10 * 1024 * 1024) -> Path:
    """A CSV whose second row has one 10 MB cell (a pasted document)."""
    with path.open("w", encoding="utf-8") as fh:
        fh.write("Organisation,Notes\nAccess Now,")
        chunk = "lorem ipsum dolor sit amet " * 1000
        written = 0
        while written < size:
            fh.write(chunk)
            written += len(chunk)
        fh.write("\nEDRi,short\n")
    return path


def json_bomb(path: Path, depth: int = 100_000) -> Path:
    path.write_text("[" * depth + "]" * depth, encoding="utf-8")
    return path


def escaped_quotes(path: Path, size: int = 200_000) -> Path:
    """A campaign file whose text is an unterminated run of escaped quotes:
    the old bracket scan backtracked on it (quadratic: minutes for 200 kB)."""
    path.write_text('{"format": "signon-campaign/1", "campaign": {"title": "'
                    + '\\"' * (size // 2), encoding="utf-8")
    return path


def inflating_cell(path: Path, size: int = 60 * 1024 * 1024) -> Path:
    """A real workbook whose shared strings inflate to one 60 MB cell from a
    file of about 60 kB."""
    source = HERE.parent / "imports" / "endorsements.xlsx"
    cell = b'<c r="G2" t="inlineStr"><is><t>' + b"A" * size + b"</t></is></c></row>"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(
            path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                end = data.index(b"</row>", data.index(b'<row r="2"'))
                data = data[:end] + cell + data[end + len(b"</row>"):]
            out.writestr(item.filename, data, zipfile.ZIP_DEFLATED)
    return path


def deep_library(path: Path, depth: int = 100_000) -> Path:
    """A block library nested 100,000 levels deep (it raised RecursionError
    through a Qt slot)."""
    path.write_text('{"format": "signon-blocks/1", "blocks": ' + "[" * depth + "]" * depth
                    + "}", encoding="utf-8")
    return path


def sample_database(path: Path, campaigns: int = 3, signatories: int = 400) -> Path:
    """A real Sign-on database with data, to damage."""
    from signon.store.campaigns import create_campaign
    from signon.store.database import open_database
    from signon.store.signatories import add_signatory

    db = open_database(f"sqlite:///{path}")
    with db.session() as s:
        for c in range(campaigns):
            campaign = create_campaign(s, f"Campaign {c}")
            for i in range(signatories):
                add_signatory(s, campaign.id, name=f"Organisation {c}-{i} for rights")
    db.close()
    return path


def truncated_database(path: Path) -> Path:
    sample_database(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    return path


def missing_table_database(path: Path) -> Path:
    sample_database(path)
    with closing(sqlite3.connect(path)) as con:
        con.execute("PRAGMA foreign_keys=OFF")
        con.execute("DROP TABLE signatoryevent")
        con.commit()
    return path


def old_missing_table_database(path: Path) -> Path:
    """A schema-0002 database (due for an upgrade) that lost a table."""
    shutil.copy(HERE.parent / "db" / "schema-0002.db", path)
    with closing(sqlite3.connect(path)) as con:
        con.execute("DROP TABLE contact")
        con.commit()
    return path


GENERATED = {
    "huge-field.csv": huge_field,
    "json-bomb-deep.json": json_bomb,
    "escaped-quotes.json": escaped_quotes,
    "inflating-cell.xlsx": inflating_cell,
    "deep-library.json": deep_library,
    "db-truncated.db": truncated_database,
    "db-missing-table.db": missing_table_database,
    "db-old-missing-table.db": old_missing_table_database,
}


if __name__ == "__main__":
    for name, data in committed().items():
        (HERE / name).write_bytes(data)
        print(f"wrote {name} ({len(data):,} bytes)")
