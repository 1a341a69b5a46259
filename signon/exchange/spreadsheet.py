"""Cells that are safe to open in a spreadsheet.

A name typed into a public web form can be `=HYPERLINK("http://evil", "Click")`
or `@SUM(…)`; Excel, LibreOffice and Google Sheets run such a cell as a
formula when the exported CSV is opened. Every exporter that writes cells
passes them through `neutralise_cell` (this is the one implementation).
"""

from __future__ import annotations

#: What a spreadsheet reads as the start of a formula (OWASP's list, plus the
#: full-width forms that some spreadsheets fold to the ASCII ones).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")


def neutralise_cell(value: object) -> str:
    """The cell as text that no spreadsheet evaluates: a leading apostrophe
    makes it a literal, which is how a person would type it by hand. Spaces
    before the formula character do not protect it (Excel strips them), so
    they are looked through."""
    text = "" if value is None else str(value)
    if text.lstrip(" ").startswith(FORMULA_STARTS):
        return "'" + text
    return text


def restore_cell(text: str) -> str:
    """The value `neutralise_cell` protected: the importer drops an apostrophe
    that sits before a formula character, so the public CSV round-trips
    ("'+Acumen" comes back as "+Acumen").

    The trade-off (docs/importing.md): a value that really begins with an
    apostrophe followed by =, +, -, @ loses that apostrophe. No name or
    website does, and a spreadsheet shows such a cell without it anyway."""
    if text.startswith("'") and text[1:].lstrip(" ").startswith(FORMULA_STARTS):
        return text[1:]
    return text
