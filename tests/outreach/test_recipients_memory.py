"""`outreach.snapshot.by_name` sorts on part of the collation key, then
breaks ties on the whole key (issue 22: 200,000 whole keys at once were
55 MB of the Outreach tab's peak): the order must be the whole key's."""

from __future__ import annotations

from signon.domain.collation import collation_key
from signon.outreach.mailing import Recipient
from signon.outreach.snapshot import by_name


def _recipient(sid: int, name: str) -> Recipient:
    return Recipient(sid, "organisation", name, "prospect", "", None, "", "", "")


def test_names_equal_but_for_case_and_accents_keep_the_whole_keys_order():
    names = ["Ávila", "avila", "Zeta", "Avila", "AVILA", "Ñandú", "nandu", "Beta",
             "جمعية", "Ávila", "Nandu", "ávila"]
    everyone = [_recipient(i, name) for i, name in enumerate(names)]
    for language in ("en", "es", "ar"):
        key = collation_key(language)
        assert by_name(everyone, language) == sorted(everyone, key=lambda r: key(r.name))
    assert by_name([], "en") == []
