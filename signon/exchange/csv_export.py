"""The public signatory list as CSV: what a coalition publishes next to the
letter or hands to a partner to count countries.

Only what the letter prints, in the letter's order: the rows come from the
`Letter` (`public_signatories`), which holds no email, phone or note. Written
as UTF-8 with a byte-order mark so that Excel shows accents right, and every
cell neutralised so that a name typed as a formula stays text.
"""

from __future__ import annotations

import csv
from pathlib import Path

from signon.atomic import atomic_write
from signon.domain.letter import Letter
from signon.exchange.spreadsheet import neutralise_cell
from signon.progress import NO_PROGRESS, Progress

#: Columns in order. `type` is the organisation type ("NGO", "Network");
#: `signing_as` tells organisations from individuals, whose title and
#: affiliation follow.
COLUMNS = ("name", "acronym", "country", "type", "date", "signing_as", "title",
           "affiliation", "country_code")


def csv_rows(letter: Letter) -> list[list[str]]:
    rows = []
    for s in letter.public_signatories:
        rows.append([
            s.name, s.acronym, s.country_name or s.country, s.org_type,
            s.endorsed_on.isoformat() if s.endorsed_on else "", s.kind, s.title,
            s.affiliation, s.country,
        ])
    return rows


def write_csv(letter: Letter, out: str | Path, *, progress: Progress = NO_PROGRESS,
              **_options) -> Path:
    rows = csv_rows(letter)
    progress.step(0, len(rows), "Writing CSV")
    with atomic_write(out, "w", encoding="utf-8-sig") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for done, row in enumerate(rows, start=1):
            writer.writerow([neutralise_cell(cell) for cell in row])
            if done % 2000 == 0:
                progress.step(done, len(rows), "Writing CSV")
    progress.step(len(rows), len(rows), "Done")
    return Path(out)
