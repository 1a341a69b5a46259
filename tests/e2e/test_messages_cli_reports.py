"""The lines a command prints to report what it did, in the user's language
(issue 23): `signon erase --dry-run`, `signon retention --dry-run`,
`signon outbox --eml` and the note of `signon export` in the language of
SIGNON_LANG, counted words in the
form their number takes (Arabic has six); English, byte for byte as
before, by default and on the C locale.

What a script reads stays as it is in every language: the path printed
alone, ids, kinds, status names; here the database's path keeps its
own spelling inside the translated line (the template's label is the
kind's name in the user's language, as the Outreach tab shows it).

In process (`signon.cli.main`), with the environment set per test; the
language the command installed is taken out after each test.
"""

from __future__ import annotations

from datetime import date

import pytest
from e2e.test_erase_cli import build as karims_database
from e2e.test_outbox_cli import campaign_db  # noqa: F401  (fixture)
from e2e.test_retention_cli import build as closed_campaign

from signon import cli
from signon.commands import retention as retention_command

pytestmark = pytest.mark.usefixtures("no_machine_language")

#: Arabic sets each value in its own direction (first strong isolate … pop).
FSI, PDI = "\u2068", "\u2069"

#: `signon erase --email karim… --dry-run`: what would go, `{db}` the database.
ERASE = {
    "en": "karim.haddad@bdr.example.org: would remove 1 contact, 1 outbox message, 1 reply, "
          "1 individual signer from {db}",
    "es": "karim.haddad@bdr.example.org: se eliminaría de {db}: 1 contacto, 1 mensaje de la "
          "bandeja de salida, 1 respuesta, 1 firmante individual",
    "fr": "karim.haddad@bdr.example.org : serait supprimé de {db} : 1 contact, 1 message de la "
          "boîte d'envoi, 1 réponse, 1 signataire individuel",
    "ar": f"العنوان {FSI}karim.haddad@bdr.example.org{PDI}: سيُحذف من {FSI}{{db}}{PDI}: "
          f"{FSI}1 جهة اتصال, 1 رسالة في صندوق الصادر, 1 رد, 1 موقّع فرد{PDI}",
    "pt": "karim.haddad@bdr.example.org: seria removido de {db}: 1 contato, 1 mensagem da "
          "caixa de saída, 1 resposta, 1 signatário individual",
}
#: `signon retention --dry-run` 30 days after "Closed letter" closed: the
#: campaign's line, then the total (two of each kind: the dual in Arabic).
RETENTION = {
    "en": ["“Closed letter” (campaign 1, closed 2026-01-10, 30 days): would remove "
           "2 outbox messages, 2 replies' text and sender, 2 contacts, 2 signatory notes",
           "total: would remove 2 outbox messages, 2 replies' text and sender, 2 contacts, "
           "2 signatory notes from 1 campaign in {db}"],
    "es": ["«Closed letter» (campaña 1, cerrada el 2026-01-10, 30 días): por eliminar: "
           "2 mensajes de la bandeja de salida, texto y remitente de 2 respuestas, "
           "2 contactos, 2 notas de firmantes",
           "total: por eliminar: 2 mensajes de la bandeja de salida, texto y remitente de "
           "2 respuestas, 2 contactos, 2 notas de firmantes, de 1 campaña en {db}"],
    "fr": ["« Closed letter » (campagne 1, close le 2026-01-10, 30 jours) : serait supprimé : "
           "2 messages de la boîte d'envoi, texte et expéditeur de 2 réponses, 2 contacts, "
           "2 notes de signataires",
           "total : serait supprimé : 2 messages de la boîte d'envoi, texte et expéditeur de "
           "2 réponses, 2 contacts, 2 notes de signataires, de 1 campagne dans {db}"],
    "ar": [f"الحملة «{FSI}Closed letter{PDI}» (رقم {FSI}1{PDI}، أُغلقت في {FSI}2026-01-10{PDI}، "
           f"30 يومًا): سيُحذف {FSI}2 رسالتان في صندوق الصادر, نص 2 ردّين ومرسله, "
           f"2 جهتا اتصال, 2 ملاحظتا موقّع{PDI}",
           f"المجموع: سيُحذف {FSI}2 رسالتان في صندوق الصادر, نص 2 ردّين ومرسله, "
           f"2 جهتا اتصال, 2 ملاحظتا موقّع{PDI} من 1 حملة في {FSI}{{db}}{PDI}"],
    "pt": ["“Closed letter” (campanha 1, encerrada em 2026-01-10, 30 dias): a remover: "
           "2 mensagens da caixa de saída, texto e remetente de 2 respostas, 2 contatos, "
           "2 notas de signatários",
           "total: a remover: 2 mensagens da caixa de saída, texto e remetente de 2 respostas, "
           "2 contatos, 2 notas de signatários, de 1 campanha em {db}"],
}
#: `signon outbox … --eml DIR --dry-run`, then without --dry-run: five
#: reminders (the "few" form in Arabic), `{dir}` the folder.
OUTBOX = {
    "en": ["would export 5 messages (Reminder (en))", "wrote 5 .eml files to {dir}"],
    "es": ["se exportarían 5 mensajes (Recordatorio (en))",
           "escritos 5 archivos .eml en {dir}"],
    "fr": ["5 messages seraient exportés (Relance (en))",
           "5 fichiers .eml écrits dans {dir}"],
    "ar": [f"ستُصدَّر 5 رسائل ({FSI}تذكير (en){PDI})",
           f"كُتب 5 ملفات .eml في {FSI}{{dir}}{PDI}"],
    "pt": ["seriam exportadas 5 mensagens (Lembrete (en))",
           "gravados 5 arquivos .eml em {dir}"],
}
#: `signon export "Closed letter" --language fr` (no French text): the note
#: on stderr, after the program's name as every line of it starts.
EXPORT_NOTE = {
    "en": "signon: note: the fr letter has 1 text not translated yet (printed in en)",
    "es": "signon: nota: la carta en fr tiene 1 texto aún sin traducir (impreso en en)",
    "fr": "signon: remarque : la lettre en fr a 1 texte pas encore traduit (imprimé en en)",
    "ar": f"signon: ملاحظة: {FSI}في الرسالة بلغة {FSI}fr{PDI}: {FSI}1 نص لم يُترجم بعد "
          f"(يُطبع بلغة {FSI}en{PDI}){PDI}{PDI}",
    "pt": "signon: nota: a carta em fr tem 1 texto ainda não traduzido (impresso em en)",
}
LANGUAGES = ["es", "fr", "ar", "pt"]


def in_language(monkeypatch, language: str) -> None:
    """SIGNON_LANG for a translation; the C locale for English."""
    if language == "en":
        monkeypatch.setenv("LANG", "C")
    else:
        monkeypatch.setenv("SIGNON_LANG", language)
        monkeypatch.setenv("LANG", "en_US.UTF-8")  # SIGNON_LANG comes first


def said(capsys, *argv) -> list[str]:
    """The lines a command prints on stdout, checked to exit with status 0."""
    assert cli.main([str(arg) for arg in argv]) == 0
    return capsys.readouterr().out.splitlines()


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_erase_dry_run(language, tmp_path, capsys, monkeypatch):
    path = tmp_path / "c.db"
    karims_database(path).close()
    in_language(monkeypatch, language)
    assert said(capsys, "--db", path, "erase", "--email", "karim.haddad@bdr.example.org",
                "--dry-run") == [ERASE[language].format(db=path)]


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_retention_dry_run(language, tmp_path, capsys, monkeypatch):
    path = tmp_path / "c.db"
    closed_campaign(f"sqlite:///{path}")
    monkeypatch.setattr(retention_command, "today", lambda: date(2026, 2, 9))
    in_language(monkeypatch, language)
    assert said(capsys, "--db", path, "retention", "--dry-run") == [
        line.format(db=path) for line in RETENTION[language]]


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_outbox_eml(language, campaign_db, tmp_path, capsys, monkeypatch):  # noqa: F811
    out = tmp_path / "eml"
    in_language(monkeypatch, language)
    command = ("--db", campaign_db, "outbox", "AI statement", "--template", "reminder",
               "--status", "invited", "--eml", out)
    assert said(capsys, *command, "--dry-run") == [OUTBOX[language][0]]
    assert said(capsys, *command) == [OUTBOX[language][1].format(dir=out)]
    assert len(list(out.glob("*.eml"))) == 5


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_export_note(language, tmp_path, capsys, monkeypatch):
    path, out = tmp_path / "c.db", tmp_path / "letter.txt"
    closed_campaign(f"sqlite:///{path}")
    in_language(monkeypatch, language)
    assert cli.main(["--db", str(path), "export", "Closed letter", "--format", "txt",
                     "--language", "fr", "-o", str(out)]) == 0
    printed = capsys.readouterr()
    assert printed.err.splitlines() == [EXPORT_NOTE[language]]
    assert printed.out == f"{out}\n"  # the path alone, for a script, in every language
