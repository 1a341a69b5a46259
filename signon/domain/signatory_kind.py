"""What a signatory is: an organisation or an individual.

One enum for the whole package. Its values are the words stored in the
`signatory.kind` column and written in the campaign file ("type"); a
`StrEnum` member is a `str` equal to its value, so a kind read back from the
database as plain text compares equal to the member, and a member written
to the database or a file is that same text.
"""

from __future__ import annotations

from enum import StrEnum


class SignatoryKind(StrEnum):
    ORGANISATION = "organisation"
    INDIVIDUAL = "individual"
