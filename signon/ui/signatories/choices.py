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


@lru_cache(maxsize=1)
def country_names() -> list[str]:
    """English country names for the country field's completer (the field
    also accepts codes and Spanish or French names: see resolve_country)."""
    import pycountry

    from signon.domain.countries import country_name

    return sorted({country_name(c.alpha_2) for c in pycountry.countries}, key=str.casefold)
