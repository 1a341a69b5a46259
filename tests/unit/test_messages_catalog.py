"""The message catalogs of the layers below the interface (gettext, made by
tools/update_translations.py): the template holds every `_()`/`n_()`/`N_()`
message of the code, each language translates all of them and keeps their
{placeholders}, the shipped .mo files are what the .po files compile to,
and the language of a command comes from SIGNON_LANG, else the locale.

Every test that installs a language takes it out again, so other tests keep
the English source texts.
"""

from __future__ import annotations

import importlib.util
import re
import string
import threading
import unicodedata
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from signon import message_catalog
from signon.domain import messages
from signon.domain.messages import _, n_

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("es", "fr", "ar", "pt")


def _tool():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TOOL = _tool()


@pytest.fixture(autouse=True)
def english_after():
    yield
    messages.install(None)


def _catalog(path: Path, language: str | None = None):
    with path.open("rb") as file:
        return read_po(file, locale=language)


def _names(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text)
            if name is not None}


# ------------------------------------------------------------- the files


def test_the_template_lists_every_message_of_the_code():
    """Run `python tools/update_translations.py` when this fails."""
    extracted = {m.id if isinstance(m.id, str) else m.id[0]
                 for m in TOOL.extract_messages() if m.id}
    shipped = {m.id if isinstance(m.id, str) else m.id[0]
               for m in _catalog(TOOL.pot_file()) if m.id}
    assert extracted - shipped == set(), "new messages: update the catalogs"
    assert shipped - extracted == set(), "messages gone from the code: update the catalogs"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_and_keeps_its_placeholders(language):
    template = {m.id for m in _catalog(TOOL.pot_file()) if m.id}
    catalog = _catalog(TOOL.po_file(language), language)
    translated = {m.id: m for m in catalog if m.id}
    assert set(translated) == template
    for message in translated.values():
        assert not message.fuzzy, message.id
        if message.pluralizable:
            forms = message.string
            wanted = _names(message.id[0]) | _names(message.id[1])
            assert len(forms) == catalog.num_plurals, message.id
        else:
            forms, wanted = (message.string,), _names(message.id)
        for form in forms:
            assert form, f"{language}: untranslated: {message.id!r}"
            assert _names(form) == wanted, f"{language}: {form!r} for {message.id!r}"
            form.format(**dict.fromkeys(wanted, "x"))  # no stray brace


def _first_strong(text: str) -> str:
    """"R" or "L": the direction a paragraph of `text` takes (Unicode's
    rule), with isolated placeholders (FSI…PDI) and numbers left out as the
    rule leaves them out; any other placeholder set bare counts as a Latin
    word."""
    text = re.sub("\u2068.*?\u2069", "", text)
    text = re.sub(r"\{(n|row|count|number)\}", "0", text)
    text = re.sub(r"\{[a-z_]+\}", "x", text)
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
    return ""


def test_arabic_messages_read_right_to_left():
    """Each Arabic message begins with an Arabic word, not with a file name
    or a value, so that a dialog lays it out right to left (a separator
    such as ", " has no word to begin with)."""
    catalog = _catalog(TOOL.po_file("ar"), "ar")
    wrong = [form for m in catalog if m.id and _first_strong(str(m.id)) != ""
             for form in (m.string if m.pluralizable else (m.string,))
             if _first_strong(form) != "R"]
    assert wrong == []


def test_plural_rules():
    assert _catalog(TOOL.po_file("ar"), "ar").num_plurals == 6
    for language in ("es", "fr", "pt"):
        assert _catalog(TOOL.po_file(language), language).num_plurals == 2


@pytest.mark.parametrize("language", LANGUAGES)
def test_shipped_mo_files_are_compiled_from_the_po(language):
    """Run `python tools/update_translations.py --release` when this fails."""
    assert TOOL.mo_file(language).read_bytes() == TOOL.compiled(language)


def test_the_package_finds_the_catalogs():
    for language in LANGUAGES:
        assert message_catalog.mo_path(language).is_file()
        assert message_catalog.has_catalog(language)
    assert not message_catalog.has_catalog("de")


def test_the_tool_merges_without_losing_translations(tmp_path):
    """A message added to the code appears untranslated; the others keep
    their translations; a file is rewritten only when its messages change."""
    package = tmp_path / "signon"
    (package / "domain").mkdir(parents=True)
    source = package / "domain" / "rules.py"
    source.write_text('from signon.domain.messages import _, n_\n'
                      'A = _("{name}: the file is empty")\n', encoding="utf-8")
    folder = tmp_path / "locale"
    TOOL.update_messages(("fr",), folder, package)
    catalog = _catalog(TOOL.po_file("fr", folder), "fr")
    catalog["{name}: the file is empty"].string = "{name} : le fichier est vide"
    TOOL._write_if_changed(TOOL.po_file("fr", folder), TOOL._po_bytes(catalog))
    before = TOOL.pot_file(folder).stat().st_mtime_ns
    TOOL.update_messages(("fr",), folder, package)
    assert TOOL.pot_file(folder).stat().st_mtime_ns == before
    source.write_text(source.read_text("utf-8") + 'B = n_("{n} row", "{n} rows", 2)\n',
                      encoding="utf-8")
    TOOL.update_messages(("fr",), folder, package)
    catalog = _catalog(TOOL.po_file("fr", folder), "fr")
    assert catalog["{name}: the file is empty"].string == "{name} : le fichier est vide"
    assert catalog["{n} row"].string == ("", "")
    assert "nplurals=2; plural=(n > 1);" in catalog.plural_forms
    TOOL.release_messages(("fr",), folder)
    assert TOOL.mo_file("fr", folder).is_file()


# ------------------------------------------------------------- the mechanism


def test_english_until_a_catalog_is_installed():
    assert _("{name}: the file is empty") == "{name}: the file is empty"
    assert n_("{n} row", "{n} rows", 1) == "{n} row"
    assert n_("{n} row", "{n} rows", 0) == "{n} rows"


def test_installed_language_and_back():
    assert message_catalog.install("fr") == "fr"
    assert _("{name}: the file is empty").format(name="a.csv") == "a.csv : le fichier est vide"
    assert message_catalog.install("de") == "en"
    assert _("{name}: the file is empty") == "{name}: the file is empty"


def test_arabic_has_six_plural_forms_at_run_time():
    message_catalog.install("ar")
    singular = ("{n} row signs as individual in a campaign of organisations (row {rows}); "
                "imported as an individual as the file says")
    plural = ("{n} rows sign as individual in a campaign of organisations (rows {rows}); "
              "imported as individuals as the file says")
    forms = {n: n_(singular, plural, n) for n in (0, 1, 2, 3, 11, 100)}
    assert len(set(forms.values())) == 6
    assert "صفان" in forms[2]


def test_english_block_on_one_thread_only():
    """A message that is stored is made under `english()`; the interface
    thread keeps its language meanwhile."""
    message_catalog.install("es")
    inside, other = [], []
    with messages.english():
        inside.append(_("no name"))
        thread = threading.Thread(target=lambda: other.append(_("no name")))
        thread.start()
        thread.join()
    assert inside == ["no name"]
    assert other == ["sin nombre"]
    assert _("no name") == "sin nombre"


@pytest.mark.parametrize(("environ", "language"), [
    ({}, "en"),
    ({"SIGNON_LANG": "es"}, "es"),
    ({"SIGNON_LANG": "ar", "LANG": "fr_FR.UTF-8"}, "ar"),
    ({"SIGNON_LANG": "de", "LANG": "fr_FR.UTF-8"}, "fr"),  # no German: the locale
    ({"LANG": "pt_BR.UTF-8"}, "pt"),
    ({"LANG": "es_AR.UTF-8", "LC_MESSAGES": "fr_CA"}, "fr"),
    ({"LANG": "es_ES.UTF-8", "LC_ALL": "C"}, "en"),  # LC_ALL wins, even when C
    ({"LANG": "C.UTF-8"}, "en"),
    ({"LANG": "POSIX"}, "en"),
    ({"LANG": "en_GB.UTF-8"}, "en"),
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({"LC_ALL": "sr_RS@latin"}, "en"),
])
def test_command_language(environ, language):
    assert message_catalog.command_language(environ) == language

