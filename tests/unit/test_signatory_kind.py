"""The signatory kind: one enum whose values are the stored and written words."""

from __future__ import annotations

import json

from signon.domain.fields import parse_signing_as
from signon.domain.signatory_kind import SignatoryKind
from signon.exchange.campaign_schema import SIGNATORY_TYPES


def test_values_are_the_stored_words():
    assert [k.value for k in SignatoryKind] == ["organisation", "individual"]
    assert SignatoryKind.ORGANISATION == "organisation"
    assert SignatoryKind.INDIVIDUAL == "individual"
    assert SignatoryKind("individual") is SignatoryKind.INDIVIDUAL
    # plain text, as read back from a database, finds the member and its labels
    assert {SignatoryKind.INDIVIDUAL: "x"}["individual"] == "x"
    assert "organisation" in tuple(SignatoryKind)


def test_written_as_the_word():
    assert f"{SignatoryKind.INDIVIDUAL}s" == "individuals"
    assert str(SignatoryKind.ORGANISATION) == "organisation"
    assert json.dumps({"type": SignatoryKind.INDIVIDUAL}) == '{"type": "individual"}'
    assert json.dumps([SignatoryKind.ORGANISATION], indent=1) == '[\n "organisation"\n]'


def test_campaign_file_types_are_the_kinds():
    """The campaign file spells the types out (they are its format); they
    must stay the enum's values."""
    assert SIGNATORY_TYPES == tuple(SignatoryKind)


def test_signing_as_answers_are_kinds():
    assert parse_signing_as("On behalf of my organisation") is SignatoryKind.ORGANISATION
    assert parse_signing_as("Individual") is SignatoryKind.INDIVIDUAL
    assert parse_signing_as("maybe") is None
