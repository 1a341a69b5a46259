"""Countries typed by people in English, Spanish, French and as codes."""

import pytest

from signon.domain.countries import country_name, resolve_country


@pytest.mark.parametrize("typed,code", [
    ("United Kingdom", "GB"), ("GB", "GB"), ("gb", "GB"), ("GBR", "GB"), ("UK", "GB"),
    ("U.K.", "GB"), ("Reino Unido", "GB"), ("Royaume-Uni", "GB"), ("Great Britain", "GB"),
    ("Perú", "PE"), ("peru", "PE"), ("PERÚ", "PE"),
    ("Russia", "RU"), ("Rusia", "RU"), ("Russie", "RU"), ("Россия", "RU"),
    ("Palestine", "PS"), ("State of Palestine", "PS"), ("Palestina", "PS"),
    ("United States", "US"), ("USA", "US"), ("U.S.A.", "US"), ("EE.UU.", "US"),
    ("Estados Unidos de América", "US"), ("États-Unis", "US"),
    ("México", "MX"), ("Mexico", "MX"), ("España", "ES"), ("Allemagne", "DE"),
    ("Liban", "LB"), ("Lebanon", "LB"), ("Côte d’Ivoire", "CI"), ("Ivory Coast", "CI"),
    ("Türkiye", "TR"), ("Turkey", "TR"), ("The Netherlands", "NL"), ("La France", "FR"),
    ("Kosovo", "XK"), ("  Chile ", "CL"), ("المغرب", "MA"),
])
def test_resolve_country(typed, code):
    assert resolve_country(typed) == code


@pytest.mark.parametrize("typed", ["", "   ", "Narnia", "XX", "Global", "Latin America",
                                   "Argentina, Chile", "123"])
def test_not_a_country(typed):
    assert resolve_country(typed) is None


def test_country_name_in_the_letter_language():
    assert country_name("GB") == "United Kingdom"
    assert country_name("PE", "es") == "Perú"
    assert country_name("DE", "fr") == "Allemagne"
    assert country_name("") == ""


def test_every_iso_code_resolves_to_itself():
    import pycountry

    for country in pycountry.countries:
        assert resolve_country(country.alpha_2) == country.alpha_2
        assert resolve_country(country.alpha_3) == country.alpha_2


def test_generated_name_table_matches_the_libraries():
    """country_names.py is pycountry's and Babel's names at the versions
    pyproject.toml pins, so this check runs on every install instead of
    skipping when a newer library arrives: a version bump fails here until
    the table is regenerated (python -m signon.domain.countries) and re-pinned."""
    import tomllib
    from importlib.metadata import version
    from pathlib import Path

    from signon.domain import country_names
    from signon.domain.countries import build_index

    generated = {"pycountry": country_names.PYCOUNTRY_VERSION,
                 "babel": country_names.BABEL_VERSION}
    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    dependencies = tomllib.loads(pyproject.read_text("utf-8"))["project"]["dependencies"]
    for name, generated_with in generated.items():
        assert f"{name}=={generated_with}" in dependencies, name
        assert version(name) == generated_with, name
    assert build_index() == country_names.NAMES
