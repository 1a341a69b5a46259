"""Messages of the store through the command line in each language (issue
23): a campaign that is not there, and a restore refused because the file
is no backup, are told in the language of SIGNON_LANG; English by default
and on the C locale.

The refused restore also shows that the store swaps the advice of a
database message in the user's language (`backup._with_advice`): a file
that is not SQLite is "not a Sign-on database", and the advice is to
choose another backup, not to restore one.

In process (`signon.cli.main`), with the environment set per test; the
language the command installed is taken out after each test.
"""

from __future__ import annotations

import pytest

from signon import cli

pytestmark = pytest.mark.usefixtures("no_machine_language")

#: Arabic sets each value in its own direction (first strong isolate … pop).
FSI, PDI = "\u2068", "\u2069"
#: `signon list signatories Nope`: no campaign of that name (on either backend).
NO_CAMPAIGN = {
    "en": "signon: no campaign 'Nope'; see `signon list campaigns`",
    "es": "signon: no hay ninguna campaña 'Nope'; vea `signon list campaigns`",
    "fr": "signon: aucune campagne 'Nope' ; voir `signon list campaigns`",
    "ar": f"signon: لا توجد حملة {FSI}'Nope'{PDI}؛ انظر `signon list campaigns`",
    "pt": "signon: não há campanha 'Nope'; veja `signon list campaigns`",
}
#: `signon restore taken.db`, a text file: refused before anything changes (a
#: file database only).
NOT_A_BACKUP = {
    "en": "taken.db: not a Sign-on database (not an SQLite file); choose another backup",
    "es": "taken.db: no es una base de datos de Sign-on (no es un archivo SQLite); elija otra "
          "copia de seguridad",
    "fr": "taken.db : pas une base de données Sign-on (pas un fichier SQLite) ; choisissez une "
          "autre sauvegarde",
    "ar": f"taken.db{PDI} ليس قاعدة بيانات Sign-on (ليس ملف SQLite)؛ اختر نسخة احتياطية أخرى",
    "pt": "taken.db: não é um banco de dados do Sign-on (não é um arquivo SQLite); escolha "
          "outro backup",
}


def _error(capsys, *argv) -> str:
    """The one line a refused command writes, checked to exit with status 1."""
    code = cli.main([str(arg) for arg in argv])
    err = capsys.readouterr().err.strip()
    assert code == 1 and "\n" not in err
    return err


@pytest.mark.parametrize("language", ["es", "fr", "ar", "pt"])
def test_an_unknown_campaign_in_signon_lang(language, db_path, capsys, monkeypatch):
    monkeypatch.setenv("SIGNON_LANG", language)
    monkeypatch.setenv("LANG", "en_US.UTF-8")  # SIGNON_LANG comes first
    assert _error(capsys, "--db", db_path, "list", "signatories", "Nope") == NO_CAMPAIGN[language]


@pytest.mark.parametrize("environ", [{}, {"LANG": "C"}, {"LANG": "es_ES.UTF-8", "LC_ALL": "C"}])
def test_english_by_default(environ, db_path, capsys, monkeypatch):
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    assert _error(capsys, "--db", db_path, "list", "signatories", "Nope") == NO_CAMPAIGN["en"]


@pytest.mark.sqlite_only("a backup is restored over a database file")
@pytest.mark.parametrize(("environ", "language"), [
    ({"SIGNON_LANG": "es"}, "es"), ({"SIGNON_LANG": "fr"}, "fr"),
    ({"SIGNON_LANG": "ar"}, "ar"), ({"SIGNON_LANG": "pt", "LANG": "fr_FR.UTF-8"}, "pt"),
    ({"LANG": "C"}, "en"),
])
def test_a_refused_restore_advises_another_backup(environ, language, db, db_path, tmp_path,
                                                  capsys, monkeypatch):
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    taken = tmp_path / "taken.db"
    taken.write_text("someone's file", encoding="utf-8")
    before = db_path.read_bytes()
    assert _error(capsys, "--db", db_path, "restore", taken).endswith(NOT_A_BACKUP[language])
    assert db_path.read_bytes() == before
