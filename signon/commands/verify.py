"""`signon verify FILE [--logo IMAGE]`: is FILE an unaltered export of a
published edition? The edition is looked for among every campaign's
editions in the database; nobody has to say which campaign.

Prints one line per edition the file is, and exits 0:

    letter.pdf: edition 2 of “Joint statement” (campaign 3), published 2026-12-05

Anything else is one line on stderr and exit 1: a file changed since it
was written (even by one character), a file that names an edition this
database does not hold, or no edition's file at all. How a file is
recognised is in signon/exchange/edition_files.py and docs/export.md.
"""

from __future__ import annotations

from pathlib import Path

from signon.domain.errors import ValidationError
from signon.domain.messages import _
from signon.domain.text import terminal_safe


def run(args) -> int:
    from signon.commands.common import open_db
    from signon.exchange.edition_files import matches, read_seal, sha256
    from signon.store.editions import (
        campaign_title,
        edition_letter,
        editions_with_digest,
        file_with_digest,
    )

    path = Path(args.file).expanduser()
    if not path.is_file():
        raise ValidationError(_("{path}: no such file").format(path=path))
    data = path.read_bytes()
    digest = sha256(data)
    logo = Path(args.logo).expanduser() if args.logo else None
    if logo is not None and not logo.is_file():
        raise ValidationError(_("{path}: letterhead image not found").format(path=logo))
    db = open_db(args)
    try:
        with db.session() as session:
            # the text export: its bytes are the canonical text
            found = editions_with_digest(session, digest)
            if not found:  # a file this database recorded when it wrote it
                recorded = file_with_digest(session, digest)
                found = [recorded[0]] if recorded else []
            seal = read_seal(data) if not found else None
            if seal is not None:
                candidates = editions_with_digest(session, seal.digest)
                if not candidates:
                    raise ValidationError(_("{path}: written from an edition this database "
                                            "does not hold (sha256:{digest}…)").format(
                                              path=path, digest=seal.digest[:16]))
                found = [e for e in candidates
                         if matches(data, seal, edition_letter(e), e.text, logo)]
                if not found:
                    e = candidates[0]
                    raise ValidationError(_(
                        "{path}: NOT an unaltered copy of edition {number} of “{title}”: the "
                        "file was changed after it was written").format(
                            path=path, number=e.number,
                            title=terminal_safe(campaign_title(session, e.campaign_id))))
            if not found:
                raise ValidationError(_("{path}: not a file of any published edition in this "
                                        "database (changed, or never published)").format(
                                          path=path))
            lines = [f"{path}: edition {e.number} of "
                     f"“{terminal_safe(campaign_title(session, e.campaign_id))}” "
                     f"(campaign {e.campaign_id}), published {e.published_on.isoformat()}"
                     for e in found]
    finally:
        db.close()
    for line in lines:
        print(line)
    return 0
