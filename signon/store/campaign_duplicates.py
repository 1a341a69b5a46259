"""Is the signatory being added already on the campaign's list?

The Add dialog asks before adding "Article 19" to a campaign that has
"ARTICLE 19 UK": `campaign_matches` finds the campaign's signatories that
are, or may be, the one typed.

- **The same entry** (`CampaignMatch.same`): an organisation the directory
  would use for what was typed (`organisations.match_organisation`: the
  same normalised name, or its acronym in the same country) that is on the
  campaign already. It cannot be added twice; the existing one can be
  opened.
- **A look-alike**: an organisation on the campaign whose normalised name
  resembles the typed one (`domain.dedupe.resemblance`), or whose acronym
  is the typed name or acronym (in any country); an individual with a
  resembling name. It may be another group (a national branch), so the
  coordinator may add anyway.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from signon.domain.dedupe import resemblance
from signon.domain.normalise import normalise_acronym, normalise_name
from signon.domain.signatory_kind import SignatoryKind

#: At most this many look-alikes are named.
LIMIT = 3


@dataclass(frozen=True)
class CampaignMatch:
    signatory_id: int
    name: str
    status: str
    #: the very entry that would be added: adding is refused
    same: bool
    score: float


def campaign_matches(session: Session, campaign_id: int, *, kind: str, name: str,
                     acronym: str = "", country: str = "") -> list[CampaignMatch]:
    """The campaign's signatories that are or may be the one typed: the
    same entry first, then look-alikes by resemblance (at most LIMIT)."""
    from signon.store.organisations import match_organisation
    from signon.store.signatories import list_signatories

    name = " ".join(name.split())
    if not name:
        return []
    key = normalise_name(name)
    organisation = kind == SignatoryKind.ORGANISATION
    same_org = None
    if organisation:
        found = match_organisation(session, name, acronym=acronym, country=country)
        same_org = found.id if found is not None else None
    typed_acronyms = {normalise_acronym(a) for a in (acronym, name) if a.strip()} - {""}
    out: list[CampaignMatch] = []
    for row in list_signatories(session, campaign_id):
        if (row.kind == SignatoryKind.ORGANISATION) != organisation:
            continue
        if organisation and row.organisation_id == same_org:
            out.append(CampaignMatch(row.id, row.name, row.status, True, 100.0))
            continue
        score = resemblance(key, normalise_name(row.name))
        if not score and organisation and row.acronym \
                and normalise_acronym(row.acronym) in typed_acronyms:
            score = 95.0
        if score:
            out.append(CampaignMatch(row.id, row.name, row.status, False, score))
    out.sort(key=lambda m: (not m.same, -m.score, m.name.casefold()))
    return out[:LIMIT]
