"""Reading a CSV or XLSX file into rows of text, whatever produced it.

Endorsements arrive as Google Forms exports (UTF-8 with a BOM, CRLF),
spreadsheets saved by Excel on Windows (semicolons, cp1252), "Unicode text"
(UTF-16) and XLSX workbooks. `read_table` turns any of them into a `Table`
of strings and refuses everything else (a PDF, an image, an .xls renamed
.csv, a damaged workbook) with ONE line, before anything is written.

Decisions that matter to the coordinator:
- The format is decided by the bytes, not the extension: an XLSX named
  .csv is read as XLSX; a PNG named .csv is refused.
- Text is never decoded lossily: UTF-8 is tried strictly first, then
  cp1252 (or cp1251 for Windows Cyrillic), then latin-1 (which decodes any
  byte), so an accented name is either read right or (for bytes cp1252
  leaves undefined) kept as latin-1.
- XLSX cells are read as they are stored: a formula cell gives its formula
  text ("=HYPERLINK(…)"), never a computed value, so nothing in a file is
  ever evaluated (see `_cell_text`).
- Row numbers are those a spreadsheet shows (the header is usually row 1,
  a quoted cell spanning lines is still one row), so "row 7" in a report is
  row 7 on screen.
- Every refusal is in the user's language (`_()`, signon.domain.messages).
  The "Column 3" that stands for a blank header is not translated: it is a
  column's name, typed in `--map` and remembered with the mapping.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from signon.domain.errors import ValidationError
from signon.domain.messages import N_, _
from signon.domain.text import clean_text

#: Delimiters tried when sniffing a CSV, in order of preference on a tie.
DELIMITERS = (",", ";", "\t", "|")
SNIFF_BYTES = 64 * 1024
#: A file this large is certainly not an endorsement list typed by people.
MAX_BYTES = 200 * 1024 * 1024

#: What a file is, by its first bytes: the refusal, translated where raised.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
     N_("{name}: an old Excel .xls (or other Office 97) file; save it as .xlsx or CSV")),
    (b"%PDF", N_("{name}: a PDF document, not a table; export the data as CSV or XLSX")),
    (b"\x89PNG", N_("{name}: a PNG image, not a table")),
    (b"\xff\xd8\xff", N_("{name}: a JPEG image, not a table")),
    (b"GIF8", N_("{name}: a GIF image, not a table")),
    (b"\x1f\x8b", N_("{name}: a gzip archive; extract the CSV first")),
    (b"SQLite format 3\x00", N_("{name}: an SQLite database, not a table")),
    (b"7z\xbc\xaf", N_("{name}: a 7-Zip archive; extract the CSV first")),
    (b"Rar!", N_("{name}: a RAR archive; extract the CSV first")),
    (b"{\\rtf", N_("{name}: an RTF document, not a table; save it as CSV")),
)


@dataclass
class Table:
    """A file read as text cells: the header row and the data rows.

    Every row has exactly `len(headers)` cells. Headers are unique and never
    empty ("Column 3" stands for a blank header cell, "Email (2)" for a
    repeated one) so that a column can be named on the command line.
    `row_numbers[i]` is the spreadsheet row of `rows[i]`. Rows with no text
    at all are left out (their numbers are simply absent). `encoding` is the
    text encoding found ("xlsx" for a workbook), `delimiter` the CSV
    delimiter (None for XLSX) and `sheets` the workbook's sheet names
    (empty for CSV).
    """

    source: str
    headers: list[str]
    rows: list[list[str]]
    row_numbers: list[int]
    encoding: str
    delimiter: str | None
    sheets: list[str] = field(default_factory=list)
    sheet: str | None = None

    def __len__(self) -> int:
        return len(self.rows)

    def column(self, header: str) -> int | None:
        """Index of a column named as a person types it: exact, then ignoring
        case and surrounding spaces."""
        if header in self.headers:
            return self.headers.index(header)
        wanted = " ".join(header.split()).casefold()
        for i, h in enumerate(self.headers):
            if " ".join(h.split()).casefold() == wanted:
                return i
        return None


def read_table(path: str | Path, *, sheet: str | None = None) -> Table:
    """Read a CSV (any delimiter, quoting and common encoding) or an XLSX
    workbook (the first worksheet, or `sheet`).

    Raises ValidationError with one line naming the file when it is not a
    table at all: binary, empty, damaged, or a workbook without that sheet.
    """
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ValidationError(_("{path}: no such file").format(path=path)) from None
    if path.is_dir():
        raise ValidationError(_("{path}: is a folder, not a CSV or XLSX file").format(path=path))
    if size > MAX_BYTES:
        raise ValidationError(_("{name}: {size} MB is too large for a signatory list").format(
            name=name, size=size // (1024 * 1024)))
    data = path.read_bytes()
    if not data.strip():
        raise ValidationError(_("{name}: the file is empty").format(name=name))
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _read_xlsx(path, data, sheet)
    if sheet is not None:
        raise ValidationError(_("{name}: --sheet applies to XLSX workbooks; this is a CSV "
                                "file").format(name=name))
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ValidationError(_(what).format(name=name))
    text, encoding = decode_text(data, name)
    return _read_csv(name, text, encoding)


# --- text ------------------------------------------------------------------


def decode_text(data: bytes, name: str = "file") -> tuple[str, str]:
    """Decode a text file without ever replacing a character.

    BOMs decide first (UTF-8, UTF-16, UTF-32). Without one, NUL bytes at
    every other position mean UTF-16 (which half is NUL gives the byte
    order); any other NUL means binary. Then strict UTF-8, then cp1252 (the
    usual "ANSI" of Excel on Windows; cp1251 when the bytes are Cyrillic
    words), then latin-1. Text with control characters that no spreadsheet
    writes is refused as binary.
    """
    if data.startswith(codecs.BOM_UTF32_LE) or data.startswith(codecs.BOM_UTF32_BE):
        text, encoding = _decode(data, "utf-32", name), "utf-32"
    elif data.startswith(codecs.BOM_UTF8):
        text, encoding = _decode(data[3:], "utf-8", name), "utf-8-sig"
    elif data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        text, encoding = _decode(data, "utf-16", name), "utf-16"
    else:
        utf16 = _utf16_without_bom(data)
        if utf16:
            text, encoding = _decode(data, utf16, name), utf16
        elif b"\x00" in data:
            _refuse_nul(data, name)
        else:
            try:
                text, encoding = data.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                mixed = _mixed_utf8_cp1252(data)
                if mixed is not None:
                    text, encoding = mixed, "utf-8 with some cp1252 lines"
                else:
                    encoding = "cp1251" if _looks_cyrillic_1251(data) else "cp1252"
                    try:
                        text = data.decode(encoding)
                    except UnicodeDecodeError:
                        text, encoding = data.decode("latin-1"), "latin-1"
    _refuse_binary_text(text, name)
    return text, encoding


_HIGH_RUN = re.compile(rb"[\xc0-\xff]{3,}")


def _refuse_nul(data: bytes, name: str) -> None:
    """A NUL byte no text editor or spreadsheet writes: binary when there are
    many; a damaged export when a few sit in otherwise readable text, and
    then the row is named so the coordinator can look at it."""
    nuls = data.count(b"\x00")
    if nuls <= max(2, len(data) // 1000):
        row = data[: data.index(b"\x00")].count(b"\n") + 1
        raise ValidationError(_("{name}: row {row} holds a NUL byte (\\x00), which no "
                                "spreadsheet writes: a damaged export or a binary file, not "
                                "a CSV table; export it again").format(name=name, row=row))
    raise ValidationError(_("{name}: a binary file, not a CSV or XLSX table").format(name=name))


def _mixed_utf8_cp1252(data: bytes) -> str | None:
    """A file pasted together from two sources (a UTF-8 export with rows
    added in Excel on Windows) has UTF-8 lines and cp1252 lines. Decoding
    it all as cp1252 would garble every UTF-8 accent ("AsociaciÃ³n"), so
    each line is decoded on its own: UTF-8 when it is valid UTF-8 with
    non-ASCII letters (cp1252 text almost never is), cp1252 otherwise.
    None unless at least one line is really UTF-8."""
    lines = data.splitlines(keepends=True)
    out = []
    utf8_lines = 0
    for line in lines:
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = line.decode("cp1252")
            except UnicodeDecodeError:
                return None
        else:
            utf8_lines += not line.isascii()
        out.append(text)
    return "".join(out) if utf8_lines else None


def _looks_cyrillic_1251(data: bytes) -> bool:
    """Windows Cyrillic (cp1251) rather than Western (cp1252)?

    In cp1251 the Cyrillic letters are bytes C0–FF and whole words are made
    of them; in Western text those bytes are accented letters scattered in
    ASCII words ("Genève"). Mostly runs of three or more such bytes means
    Cyrillic words.
    """
    high = sum(1 for b in data[:SNIFF_BYTES] if b >= 0xC0)
    in_runs = sum(len(m) for m in _HIGH_RUN.findall(data[:SNIFF_BYTES]))
    return high >= 6 and in_runs >= 0.6 * high


def _decode(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ValidationError(
            _("{name}: declares {encoding} but byte {offset} is not valid {encoding}; the "
              "file is damaged or binary").format(name=name, encoding=encoding.upper(),
                                                  offset=exc.start)
        ) from None
    return text[1:] if text.startswith("\ufeff") else text


def _utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when the NUL bytes of the start of the file
    sit (almost) all at odd or all at even positions, as the high bytes of
    ASCII delimiters, digits and Latin letters do in UTF-16 without a
    byte-order mark, even in mostly Cyrillic or Arabic text; and the file
    then decodes as such. Binary files have NULs at both parities."""
    sample = data[:8192]
    sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 4 or len(data) % 2:
        return None
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    total, half = odd + even, len(sample) // 2
    if total < max(2, half // 50):
        return None
    for encoding, nuls in (("utf-16-le", odd), ("utf-16-be", even)):
        if nuls >= 0.9 * total:
            try:
                data.decode(encoding)
            except UnicodeDecodeError:
                return None
            return encoding
    return None


_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v\x1c\x1d\x1e\x85\u2028\u2029")
#: Characters no spreadsheet writes: Unicode's control (Cc), surrogate (Cs)
#: and private-use (Co) code points, whose ranges Unicode never changes,
#: except _ALLOWED_CONTROLS. A regex finds them in a 64 kB sample in well
#: under a millisecond, a category lookup per character took ten
#: (tests/exchange/test_binary_text.py compares the two on every code point).
_NOT_TEXT = re.compile(
    "[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ue000-\uf8ff"
    "\U000f0000-\U000ffffd\U00100000-\U0010fffd]")


def _refuse_binary_text(text: str, name: str) -> None:
    sample = text[:SNIFF_BYTES]
    bad = len(_NOT_TEXT.findall(sample))
    # random bytes decode to about one control character in ten; a handful
    # pasted into a few names (cleaned later, in _build) is still a table
    if bad and bad > max(8, len(sample) // 100):
        raise ValidationError(_("{name}: a binary file, not a CSV or XLSX table").format(
            name=name))


# --- CSV -------------------------------------------------------------------


_SEP_LINE = re.compile(r"sep=(.)\r?\n", re.IGNORECASE)


def _read_csv(name: str, text: str, encoding: str) -> Table:
    hint = _SEP_LINE.match(text)
    if hint:
        # Excel's "sep=;" first line names the delimiter and is not a row
        text = text[hint.end():]
        delimiter, dialect = hint.group(1), _Quoted
    else:
        delimiter, dialect = sniff_dialect(text)
    reader = csv.reader(io.StringIO(text, newline=""), dialect, delimiter=delimiter)
    records: list[tuple[int, list[str]]] = []
    try:
        for number, record in enumerate(reader, start=1):
            records.append((number, record))
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise ValidationError(
                _("{name}: row {row} has a cell of more than {size} kB, which no signatory "
                  "detail needs (an unclosed quote, or a file that is not a signatory "
                  "list)").format(name=name, row=len(records) + 1,
                                  size=csv.field_size_limit() // 1024)) from None
        raise ValidationError(_("{name}: not a readable CSV file near row {row} "
                                "({error})").format(name=name, row=reader.line_num,
                                                    error=exc)) from None
    if records and any("\n" in cell or "\r" in cell for cell in records[-1][1]) and \
            _ends_inside_quotes(text, delimiter, getattr(dialect, "quotechar", '"') or '"'):
        raise ValidationError(
            _("{name}: row {row}: a quote (\") opens a cell that is never closed, so the "
              "rest of the file would be read as that one cell; fix the quote in that "
              "row").format(name=name, row=records[-1][0]))
    return _build(name, records, encoding=encoding, delimiter=delimiter, sheets=[], sheet=None)


def _ends_inside_quotes(text: str, delimiter: str, quote: str) -> bool:
    """Does `text` end inside a quoted cell? (CSV's own reader, not strict,
    silently takes everything after an unbalanced quote as one cell.) Only
    called when the last row has a line break in a cell, so the
    character-by-character walk over unquoted text runs rarely."""
    i, n = 0, len(text)
    at_cell_start = True
    while i < n:
        ch = text[i]
        if at_cell_start and ch == quote:
            j = i + 1
            while True:
                k = text.find(quote, j)
                if k < 0:
                    return True
                if k + 1 < n and text[k + 1] == quote:
                    j = k + 2
                    continue
                i = k + 1
                break
            at_cell_start = False
            continue
        at_cell_start = ch == delimiter or ch in "\r\n"
        i += 1
    return False


class _Quoted(csv.Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = csv.QUOTE_MINIMAL
    strict = False


def sniff_dialect(text: str) -> tuple[str, type[csv.Dialect] | csv.Dialect]:
    """The delimiter and quoting of a CSV text.

    csv.Sniffer first (it understands quoting), kept only when its delimiter
    splits the sample into a consistent number of columns; otherwise the
    candidate delimiter giving the most consistent column count wins. A file
    with one column and no delimiter reads as one column.
    """
    sample = text[:SNIFF_BYTES]
    if len(text) > SNIFF_BYTES and "\n" in sample:
        sample = sample[: sample.rfind("\n")]
    best_delim, best_score = ",", -1.0
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS))
        if _consistency(sample, sniffed.delimiter, sniffed) >= 0.8:
            return sniffed.delimiter, _with_defaults(sniffed)
    except csv.Error:
        pass
    for delim in DELIMITERS:
        score = _consistency(sample, delim, _Quoted)
        if score > best_score:
            best_delim, best_score = delim, score
    return best_delim, _Quoted


def _with_defaults(dialect) -> type[csv.Dialect]:
    """Only the sniffed delimiter and spacing are trusted: the Sniffer's guesses
    of quote character and doubling are often wrong on small samples, and
    every spreadsheet writes RFC 4180 quoting ("" inside "…")."""

    class Sniffed(_Quoted):
        delimiter = dialect.delimiter
        skipinitialspace = dialect.skipinitialspace

    return Sniffed


def _consistency(sample: str, delimiter: str, dialect) -> float:
    """Share of non-empty records with the header's column count, 0 when the
    delimiter does not split the header at all."""
    try:
        rows = [r for r in csv.reader(io.StringIO(sample, newline=""), dialect,
                                      delimiter=delimiter) if any(c.strip() for c in r)]
    except csv.Error:
        return 0.0
    if not rows or len(rows[0]) < 2:
        return 0.0
    width = len(rows[0])
    same = sum(1 for r in rows if len(r) == width)
    return same / len(rows) + min(width, 20) / 1000  # wider wins a tie


# --- XLSX ------------------------------------------------------------------


def _read_xlsx(path: Path, data: bytes, sheet: str | None) -> Table:
    import zipfile

    name = path.name
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = set(archive.namelist())
            _refuse_inflation(name, archive.infolist())
    except zipfile.BadZipFile:
        raise ValidationError(_("{name}: a damaged or incomplete ZIP/XLSX file").format(
            name=name)) from None
    if "xl/workbook.xml" not in members:
        if "content.xml" in members and "mimetype" in members:
            raise ValidationError(_("{name}: an OpenDocument spreadsheet; save it as XLSX or "
                                    "CSV").format(name=name))
        if "word/document.xml" in members:
            raise ValidationError(_("{name}: a Word document, not a table").format(name=name))
        raise ValidationError(_("{name}: a ZIP archive, not an XLSX workbook").format(
            name=name))
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds on damaged files
        raise ValidationError(_("{name}: a damaged XLSX workbook ({error})").format(
            name=name, error=type(exc).__name__)) from None
    try:
        names = list(workbook.sheetnames)
        worksheets = [ws for ws in workbook.worksheets if hasattr(ws, "iter_rows")]
        if not worksheets:
            raise ValidationError(_("{name}: the workbook has no worksheet").format(name=name))
        if sheet is None:
            ws = worksheets[0]
        else:
            ws = next((w for w in worksheets if w.title == sheet), None) or next(
                (w for w in worksheets if w.title.casefold() == sheet.strip().casefold()), None)
            if ws is None:
                raise ValidationError(_("{name}: no sheet {sheet}; sheets: {sheets}").format(
                    name=name, sheet=repr(sheet), sheets=", ".join(names)))
        try:
            ws.reset_dimensions()  # trust the cells, not a stale <dimension>
            records = []
            for number, row in enumerate(ws.iter_rows(values_only=True), start=1):
                records.append((number, [_cell_text(v) for v in row]))
        except ValidationError:
            raise
        except Exception as exc:
            raise ValidationError(
                _("{name}: a damaged XLSX workbook, sheet {sheet} cannot be read "
                  "({error})").format(name=name, sheet=repr(ws.title),
                                      error=type(exc).__name__)) from None
        title = ws.title
    finally:
        workbook.close()
    return _build(name, records, encoding="xlsx", delimiter=None, sheets=names, sheet=title)


#: Uncompressed XML no signatory list needs: 200,000 rows of a wide form
#: export come to about 200 MB of sheet XML.
MAX_XLSX_INFLATED = 256 * 1024 * 1024
#: Spreadsheet XML compresses 5 to 20 times; a part that inflates more than
#: this, and to more than a few MB, is built to swell (one 60 MB cell).
MAX_XLSX_RATIO = 100
_RATIO_FLOOR = 8 * 1024 * 1024


def _refuse_inflation(name: str, parts: list) -> None:
    """Refuse a workbook by the sizes its ZIP directory declares, before a
    byte is inflated: a 60 kB file holding a 60 MB cell cost 1.2 s and 157 MB
    before its row was rejected. (zipfile stops reading a part at its
    declared size, so a lying directory cannot get past this either.)"""
    total = sum(p.file_size for p in parts)
    if total > MAX_XLSX_INFLATED:
        raise ValidationError(
            _("{name}: inflates to {size} MB, more than the {limit} MB a signatory list "
              "needs").format(name=name, size=f"{total / 2**20:,.0f}",
                              limit=MAX_XLSX_INFLATED // 2**20))
    for part in parts:
        if (part.file_size > _RATIO_FLOOR
                and part.file_size > MAX_XLSX_RATIO * max(part.compress_size, 1)):
            raise ValidationError(
                _("{name}: {part} inflates from {packed} kB to {size} MB, which no "
                  "spreadsheet does (a damaged or hostile file)").format(
                    name=name, part=part.filename, packed=f"{part.compress_size / 1024:,.0f}",
                    size=f"{part.file_size / 2**20:,.0f}"))


def _cell_text(value) -> str:
    """A cell as the text a person sees typed in it.

    Formula cells (openpyxl with data_only=False) come as their formula text
    and are kept as such: the value cached by Excel is deliberately not used,
    so an import never carries the result of a formula it did not show.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    text = getattr(value, "text", None)  # ArrayFormula / DataTableFormula
    if isinstance(text, str):
        return text
    return str(value)


# --- common ----------------------------------------------------------------


def _build(name: str, records: list[tuple[int, list[str]]], *, encoding: str,
           delimiter: str | None, sheets: list[str], sheet: str | None) -> Table:
    # control characters (a BEL, an escape sequence) leave every cell here,
    # the one place both CSV and XLSX rows pass
    records = [(n, [clean_text(c) for c in r]) for n, r in records]
    records = [(n, r) for n, r in records if "".join(r).strip()]  # a cell with text
    if not records:
        raise ValidationError(_("{name}: no rows; the table is empty").format(name=name))
    header = records[0][1]
    body = records[1:]
    width = max(len(r) for _, r in records)
    while width > len(header) and not any(
            len(r) >= width and r[width - 1].strip() for _, r in records):
        width -= 1
    headers = _unique_headers([*header, *[""] * (width - len(header))][:width])
    rows = []
    numbers = []
    for number, record in body:
        cells = record[:width]
        if len(cells) < width:
            cells.extend([""] * (width - len(cells)))
        rows.append(cells)
        numbers.append(number)
    return Table(source=name, headers=headers, rows=rows, row_numbers=numbers,
                 encoding=encoding, delimiter=delimiter, sheets=sheets, sheet=sheet)


def _unique_headers(raw: list[str]) -> list[str]:
    headers: list[str] = []
    seen: Counter[str] = Counter()
    for i, cell in enumerate(raw, start=1):
        text = " ".join(cell.replace("\ufeff", "").split()) or f"Column {i}"
        seen[text.casefold()] += 1
        if seen[text.casefold()] > 1:
            text = f"{text} ({seen[text.casefold()]})"
        headers.append(text)
    return headers
