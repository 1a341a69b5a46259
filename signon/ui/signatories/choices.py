"""Words the signatories dialogs offer: channels, organisation types, countries.

Shown through `signon.ui.labels` (channel_label, org_type_label), so the
interface language decides the words; the values stored are these."""

from __future__ import annotations

from functools import lru_cache

#: How an answer reached the coordinator (stored on the event). "import" is
#: left to the importer; by hand it is one of these.
CHANNELS: tuple[str, ...] = ("email", "form", "phone", "in person", "app")

#: Suggested organisation types; the field stays free text.
ORG_TYPES: tuple[str, ...] = (
    "NGO", "Network", "Academic", "Union", "Foundation", "Community group", "Media",
    "Faith-based", "Company", "Professional body", "Public body", "Other",
)


@lru_cache(maxsize=4)
def country_names(language: str = "en") -> list[str]:
    """Country names in the interface language for the country field's
    completer (the field also accepts codes and names in the other languages
    resolve_country knows)."""
    import pycountry

    from signon.domain.countries import country_name

    return sorted({country_name(c.alpha_2, language) for c in pycountry.countries},
                  key=str.casefold)
