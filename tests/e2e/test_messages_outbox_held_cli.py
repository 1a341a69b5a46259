"""Why `signon outbox` leaves someone out, and what `signon data-held`
finds, in the user's language (issue 23): the reasons and the places are
codes and facts worded where they are shown, so SIGNON_LANG turns every
word of them; `data-held --json` stays English, as machine output does.

One SQLite file: the wording does not depend on the backend.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from signon import cli
from signon.store.campaigns import create_campaign
from signon.store.database import open_database
from signon.store.signatories import add_signatory, set_status

pytestmark = pytest.mark.usefixtures("no_machine_language")

AT = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
FSI, LRI, PDI = "\u2068", "\u2066", "\u2069"
CAMPAIGN = "AI resolution"

#: The lines `outbox … --template reminder --dry-run` writes on stderr.
LEFT_OUT = {
    "en": ["skipped: Beirut Digital Rights: no email address",
           "skipped: Access Now: reminders go only to those invited who have not answered yet"],
    "es": ["omitido: Beirut Digital Rights: no hay dirección de correo",
           "omitido: Access Now: los recordatorios se envían solo a los invitados que aún no "
           "han respondido"],
    "fr": ["ignoré : Beirut Digital Rights : aucune adresse e-mail",
           "ignoré : Access Now : les relances ne vont qu’aux invités qui n’ont pas encore "
           "répondu"],
    "ar": [f"تخطّيت {FSI}Beirut Digital Rights{PDI}: {FSI}لا يوجد عنوان بريد إلكتروني{PDI}",
           f"تخطّيت {FSI}Access Now{PDI}: {FSI}التذكيرات تُرسل فقط إلى المدعوّين الذين لم "
           f"يردّوا بعد{PDI}"],
    "pt": ["ignorado: Beirut Digital Rights: nenhum endereço de e-mail",
           "ignorado: Access Now: os lembretes vão apenas para os convidados que ainda não "
           "responderam"],
}
#: What `data-held` says of the contact and the note that mention the address.
#: Arabic isolates a phone number left to right (LRI), not by its first
#: strong letter (FSI): it has none, and its digit groups would be laid out
#: right to left, last group first.
HELD = {
    "en": ("contact (contact 1) · AI resolution · Karisma: name Carolina Botero, "
           "phone +57 1 555 0100",
           "signatory note (signatory 3) · AI resolution · Access Now: the signatory's notes "
           "mention the address"),
    "es": ("contacto (contact 1) · AI resolution · Karisma: nombre Carolina Botero, "
           "teléfono +57 1 555 0100",
           "nota de un firmante (signatory 3) · AI resolution · Access Now: las notas del "
           "firmante mencionan la dirección"),
    "fr": ("contact (contact 1) · AI resolution · Karisma: nom Carolina Botero, "
           "téléphone +57 1 555 0100",
           "note d’un signataire (signatory 3) · AI resolution · Access Now: les notes du "
           "signataire mentionnent l’adresse"),
    "ar": (f"جهة اتصال (contact 1) · AI resolution · Karisma: الاسم {FSI}Carolina Botero{PDI}، "
           f"الهاتف {LRI}+57 1 555 0100{PDI}",
           "ملاحظة موقِّع (signatory 3) · AI resolution · Access Now: ملاحظات الموقِّع تذكر "
           "العنوان"),
    "pt": ("contato (contact 1) · AI resolution · Karisma: nome Carolina Botero, "
           "telefone +57 1 555 0100",
           "nota de um signatário (signatory 3) · AI resolution · Access Now: as notas do "
           "signatário mencionam o endereço"),
}
ADDRESS = "carolina@karisma.example"


@pytest.fixture
def database(tmp_path):
    """Three signatories of a reminder: one with no address, one who endorsed
    (whose notes mention Carolina's address), one still invited."""
    path = tmp_path / "messages.db"
    db = open_database(f"sqlite:///{path}")
    try:
        with db.session() as s:
            cid = create_campaign(s, CAMPAIGN).id
            beirut = add_signatory(s, cid, name="Beirut Digital Rights", at=AT)
            add_signatory(s, cid, name="Karisma", contact_name="Carolina Botero",
                          contact_email=ADDRESS, contact_phone="+57 1 555 0100", at=AT)
            access = add_signatory(s, cid, name="Access Now", contact_email="info@access.example",
                                   notes=f"co-signer found through {ADDRESS}", at=AT)
            for sig in (beirut, access):
                set_status(s, sig.id, "invited", at=AT)
            set_status(s, access.id, "endorsed", at=AT)
    finally:
        db.close()
    return path


def _run(capsys, *argv) -> tuple[str, str]:
    assert cli.main([str(a) for a in argv]) == 0
    out = capsys.readouterr()
    return out.out, out.err


@pytest.mark.parametrize("language", ["en", "es", "fr", "ar", "pt"])
def test_left_out_and_held_in_signon_lang(language, database, capsys, monkeypatch):
    monkeypatch.setenv("SIGNON_LANG", language)
    _out, err = _run(capsys, "--db", database, "outbox", CAMPAIGN, "--template", "reminder",
                     "--status", "invited,endorsed", "--dry-run")
    assert err.splitlines() == LEFT_OUT[language]
    out, _err = _run(capsys, "--db", database, "data-held", "--email", ADDRESS)
    lines = [line.strip() for line in out.splitlines()]
    contact, note = HELD[language]
    assert contact in lines and note in lines, lines


def test_the_json_listing_stays_english(database, capsys, monkeypatch):
    monkeypatch.setenv("SIGNON_LANG", "ar")
    out, _err = _run(capsys, "--db", database, "data-held", "--email", ADDRESS, "--json")
    places = json.loads(out)["places"]
    assert [(p["kind"], p["holds"]) for p in places] == [
        ("contact", "name Carolina Botero, phone +57 1 555 0100"),
        ("signatory note", "the signatory's notes mention the address")]
