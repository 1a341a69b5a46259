"""The commands' own refusals and the outreach and exchange errors they
pass on are told in the user's language (issue 23): one error of each kind
in Spanish, French, Arabic and Portuguese through `signon.cli.main`, with
SIGNON_LANG set; English on the C locale.

- a refused option combination (`export --delivery-copy --without-private`),
  said by the command before any database is read;
- `--bilingual` with a format that cannot hold two languages;
- `verify` of a file no published edition wrote (a changed file reads the
  same);
- `inbox --mbox` of a file that is not there, said by the mailbox reader.

The database is one SQLite file: these messages do not depend on the
backend. Arabic sets paths in their own direction (FSI…PDI).
"""

from __future__ import annotations

import pytest

from signon import cli
from signon.store.campaigns import create_campaign
from signon.store.database import open_database

pytestmark = pytest.mark.usefixtures("no_machine_language")

FSI, PDI = "\u2068", "\u2069"
CAMPAIGN = "AI resolution"

#: (what the command line is, the line each language prints); "{path}" is
#: the file the command names.
EXCLUSIVE = {
    "en": "--delivery-copy and --without-private exclude each other: the first makes a "
          "letter, the second a campaign file",
    "es": "--delivery-copy y --without-private se excluyen: la primera crea una carta, la "
          "segunda un archivo de campaña",
    "fr": "--delivery-copy et --without-private s’excluent : la première produit une lettre, "
          "la seconde un fichier de campagne",
    "ar": "الخياران --delivery-copy و--without-private لا يجتمعان: الأول يصنع رسالة، والثاني "
          "ملف حملة",
    "pt": "--delivery-copy e --without-private se excluem: a primeira gera uma carta, a "
          "segunda um arquivo de campanha",
}
BILINGUAL = {
    "en": "--bilingual makes a side-by-side PDF: use it with --format pdf",
    "es": "--bilingual crea un PDF a dos columnas: úselo con --format pdf",
    "fr": "--bilingual produit un PDF côte à côte : utilisez-le avec --format pdf",
    "ar": "الخيار --bilingual يصنع ملف PDF بلغتين متجاورتين: استخدمه مع --format pdf",
    "pt": "--bilingual gera um PDF lado a lado: use-o com --format pdf",
}
NOT_AN_EDITION = {
    "en": "{path}: not a file of any published edition in this database (changed, or never "
          "published)",
    "es": "{path}: no es un archivo de ninguna edición publicada en esta base de datos "
          "(modificado, o nunca publicado)",
    "fr": "{path} : n’est le fichier d’aucune édition publiée dans cette base de données "
          "(modifié, ou jamais publié)",
    "ar": f"الملف {FSI}{{path}}{PDI} ليس ملف أي إصدار منشور في قاعدة البيانات هذه (تغيّر، أو "
          "لم يُنشر قط)",
    "pt": "{path}: não é um arquivo de nenhuma edição publicada neste banco de dados "
          "(alterado, ou nunca publicado)",
}
NO_MBOX = {
    "en": "{path}: no such mbox file",
    "es": "{path}: no existe el archivo mbox",
    "fr": "{path} : fichier mbox introuvable",
    "ar": f"لا يوجد ملف mbox باسم {FSI}{{path}}{PDI}",
    "pt": "{path}: arquivo mbox não encontrado",
}


@pytest.fixture
def database(tmp_path):
    path = tmp_path / "messages.db"
    db = open_database(f"sqlite:///{path}")
    try:
        with db.session() as s:
            create_campaign(s, CAMPAIGN)
    finally:
        db.close()
    return path


def _error(capsys, *argv) -> str:
    """The one line a refused command prints (exit 1)."""
    code = cli.main([str(a) for a in argv])
    err = capsys.readouterr().err
    assert code == 1, err
    assert err.endswith("\n") and "\n" not in err[:-1], err
    assert err.startswith("signon: "), err
    return err[len("signon: "):-1]


def _errors(database, tmp_path, capsys) -> dict[str, str]:
    letter = tmp_path / "letter.txt"
    letter.write_text("AI resolution\n\nWe, the undersigned…\n", encoding="utf-8")
    db = ("--db", database)
    return {
        "exclusive": _error(capsys, *db, "export", CAMPAIGN, "--format", "pdf", "-o",
                            tmp_path / "out.pdf", "--delivery-copy", "--without-private"),
        "bilingual": _error(capsys, *db, "export", CAMPAIGN, "--format", "docx", "-o",
                            tmp_path / "out.docx", "--bilingual", "es"),
        "verify": _error(capsys, *db, "verify", letter),
        "inbox": _error(capsys, *db, "inbox", CAMPAIGN, "--mbox", tmp_path / "replies.mbox"),
    }


def _expected(language: str, tmp_path) -> dict[str, str]:
    return {
        "exclusive": EXCLUSIVE[language],
        "bilingual": BILINGUAL[language],
        "verify": NOT_AN_EDITION[language].format(path=tmp_path / "letter.txt"),
        "inbox": NO_MBOX[language].format(path=tmp_path / "replies.mbox"),
    }


@pytest.mark.parametrize("language", ["es", "fr", "ar", "pt"])
def test_errors_in_signon_lang(language, database, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SIGNON_LANG", language)
    monkeypatch.setenv("LANG", "en_US.UTF-8")  # SIGNON_LANG comes first
    assert _errors(database, tmp_path, capsys) == _expected(language, tmp_path)


@pytest.mark.parametrize("locale", ["C", "C.UTF-8"])
def test_english_on_the_c_locale(locale, database, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", locale)
    assert _errors(database, tmp_path, capsys) == _expected("en", tmp_path)
