"""Countries as ISO 3166 alpha-2 codes, typed by people in many ways.

"United Kingdom", "GB", "gbr", "Perú", "Russia", "Palestine", "Reino Unido",
"Royaume-Uni", "Deutschland", "Россия" all resolve to a code; display names
come in the letter's language (Babel), falling back to English.

Resolving reads a generated table (`country_names.NAMES`: every pycountry
name and alpha-3 code, Babel's territory names in LANGUAGES, and ALIASES)
rather than building it from pycountry and Babel at run time, which cost
0.3–0.5 s of every import command. pyproject.toml pins both libraries to
the versions the table was generated with, and tests/unit/test_countries.py
compares it with a fresh build; to upgrade either library, regenerate it
(`python -m signon.domain.countries`) and move the pins with it.
"""

from __future__ import annotations

from functools import lru_cache

from signon.domain.folding import fold

#: Languages whose territory names are understood.
LANGUAGES = ("en", "es", "fr", "de", "pt", "it", "nl", "ru", "ar", "zh")
#: Common names that neither pycountry nor Babel spell this way.
ALIASES = {
    "russia": "RU", "palestine": "PS", "state of palestine": "PS", "uk": "GB",
    "great britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
    "usa": "US", "united states of america": "US", "u s a": "US", "u s": "US",
    "eeuu": "US", "ee uu": "US", "estados unidos": "US", "etats unis": "US",
    "south korea": "KR", "north korea": "KP", "iran": "IR", "syria": "SY",
    "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ", "vietnam": "VN",
    "laos": "LA", "moldova": "MD", "taiwan": "TW", "ivory coast": "CI",
    "cote d ivoire": "CI", "kosovo": "XK", "turkey": "TR", "turkiye": "TR",
    "czech republic": "CZ", "macedonia": "MK", "democratic republic of congo": "CD",
    "drc": "CD", "dr congo": "CD", "congo kinshasa": "CD", "congo brazzaville": "CG",
    "the netherlands": "NL", "holland": "NL", "swaziland": "SZ", "burma": "MM",
    "cape verde": "CV", "the gambia": "GM", "vatican": "VA", "micronesia": "FM",
    "brunei": "BN", "east timor": "TL", "u k": "GB", "northern ireland": "GB",
    "united kingdom of great britain and northern ireland": "GB", "el": "GR",
    "estados unidos de america": "US", "etats unis d amerique": "US",
    "republic of korea": "KR", "korea republic of": "KR", "corea del sur": "KR",
    "coree du sud": "KR", "palestina": "PS", "territoires palestiniens": "PS",
    "palestinian territories": "PS", "occupied palestinian territory": "PS",
    "rusia": "RU", "russie": "RU", "russian federation": "RU", "the philippines": "PH",
    "swiss": "CH", "hong kong sar": "HK", "macau": "MO", "dprk": "KP",
}


def _key(text: str) -> str:
    return " ".join("".join(c if c.isalnum() else " " for c in fold(text)).split())


def build_index() -> dict[str, str]:
    """Normalised name → code from pycountry, Babel and ALIASES (what
    country_names.py holds)."""
    import pycountry
    from babel import Locale

    index: dict[str, str] = {}
    for c in pycountry.countries:
        for name in (c.name, getattr(c, "official_name", ""), getattr(c, "common_name", ""),
                     c.alpha_3):
            if name:
                index.setdefault(_key(name), c.alpha_2)
    index["kosovo"] = "XK"
    for lang in LANGUAGES:
        for code, name in Locale.parse(lang).territories.items():
            if len(code) == 2 and code.isalpha():
                index.setdefault(_key(name), code)
    for alias, code in ALIASES.items():
        index[_key(alias)] = code
    return dict(sorted(index.items()))


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    from signon.domain.country_names import NAMES

    return NAMES


def resolve_country(text: str) -> str | None:
    """ISO alpha-2 code for a typed country, or None when it is not a country."""
    text = (text or "").strip()
    if not text:
        return None
    if len(text) == 2 and text.isalpha() and text.upper() in _codes():
        return text.upper()
    key = _key(text)
    found = _index().get(key)
    if found is None and key.startswith(("the ", "la ", "le ", "el ", "les ", "los ")):
        found = _index().get(key.split(" ", 1)[1])
    return found


@lru_cache(maxsize=1)
def _codes() -> frozenset[str]:
    from signon.domain.country_names import CODES

    return CODES


@lru_cache(maxsize=2048)
def country_name(code: str, language: str = "en") -> str:
    code = (code or "").upper()
    if not code:
        return ""
    try:
        from babel import Locale

        name = Locale.parse(language.replace("-", "_")).territories.get(code)
        if name:
            return name
    except Exception:
        pass
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


def write_names_module() -> str:
    """Regenerate country_names.py from the installed pycountry and Babel."""
    from importlib.metadata import version
    from pathlib import Path

    import pycountry

    codes = sorted({c.alpha_2 for c in pycountry.countries} | {"XK"})
    lines = [
        '"""Generated by `python -m signon.domain.countries`: do not edit."""',
        "# ruff: noqa: E501",
        "",
        f"PYCOUNTRY_VERSION = {version('pycountry')!r}",
        f"BABEL_VERSION = {version('babel')!r}",
        "",
        f"CODES = frozenset({codes!r})",
        "",
        "NAMES = {",
        *(f"    {k!r}: {v!r}," for k, v in build_index().items()),
        "}",
        "",
    ]
    path = Path(__file__).with_name("country_names.py")
    path.write_text("\n".join(lines), encoding="utf-8")
    return str(path)


if __name__ == "__main__":
    print(write_names_module())
