"""`signon import-signatories CAMPAIGN FILE [--map COLUMN=FIELD ...] [--status S]
[--sheet NAME] [--dry-run]`.

Prints the summary of signon.exchange.signatory_import (added, merged,
skipped, rejected rows with their spreadsheet row numbers, warnings,
possible duplicates). Rejected rows are part of a successful import (exit
0); only what stops the whole file is an error (exit 1, one line).

A column mapped to `status` (guessed from a "Status" or "Do you endorse?"
header, or `--map "COLUMN=status"`) gives each row its own status; then
`--status` is the status of rows whose cell is empty. `--status` refuses
withdrawn and needs_reconfirmation, which no import gives.
"""

from __future__ import annotations

import sys

from signon.domain.errors import ValidationError
from signon.domain.messages import _


def parse_maps(items: list[str]) -> dict[str, str]:
    """--map "COLUMN=FIELD" pairs; the last "=" splits, so a header may hold "="."""
    mapping: dict[str, str] = {}
    for item in items:
        column, sep, field = item.rpartition("=")
        if not sep or not column.strip():
            raise ValidationError(_('--map {item}: write it as "COLUMN=FIELD"').format(
                item=repr(item)))
        mapping[column.strip()] = field.strip()
    return mapping


def run(args) -> int:
    from signon.commands.common import open_db
    from signon.exchange.signatory_import import import_signatories, parse_import_status
    from signon.exchange.tables import read_table

    mapping = parse_maps(args.map)
    parse_import_status(args.status)
    # a file that is not a table fails before the database is even opened
    table = read_table(args.file, sheet=args.sheet)
    db = open_db(args)
    try:
        report = import_signatories(db, args.campaign, table, mapping=mapping,
                                    status=args.status, sheet=args.sheet,
                                    dry_run=args.dry_run)
    finally:
        db.close()
    sys.stdout.write("\n".join(report.summary_lines()) + "\n")
    return 0
