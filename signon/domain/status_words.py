"""A status as a spreadsheet cell writes it, in English, Spanish, French, Arabic
and Portuguese.

A coordinator's tracking sheet has a "Status" column ("Endorsed",
"Declined", "Invited", or the interface's own words in Spanish, French or
Arabic: "Adherido", "A décliné", "وقّع"), and a form has a yes/no question
("Do you endorse?" – "Yes", "¿Firma?" – "Sí", "Signe ?" – "Oui"). The
import reads such a column into each row's workflow status (`read_status`),
so the file's own answers are kept instead of one status for every row.

The words are data, one table per language, not rules spread over the
importer: a translator or a coordinator with a new spelling adds a line
here, and the tests check every status label the interface shows (the
.ts files) reads back as its status. A cell is compared whole, folded
(case, accents, Arabic vowel marks, punctuation), then by its first clause
("Yes, we endorse" → "yes", "Declined (by email)" → "declined"); anything
else is not a status (None), and the importer says so on that row rather
than guess. Pure: no Qt, no SQL, no files.
"""

from __future__ import annotations

import re
import unicodedata

from signon.domain.folding import fold
from signon.domain.status import Status

S = Status

#: Words and phrases per status and language, as people write them (folded
#: when the table is built, so accents and case here are for the reader).
#: "yes" and "no" are the answers of a yes/no question ("Do you endorse?").
WORDS: dict[str, dict[Status, tuple[str, ...]]] = {
    "en": {
        S.PROSPECT: ("prospect", "prospects", "to invite", "to contact", "to ask",
                     "not invited", "not yet invited", "not contacted", "not yet contacted"),
        S.INVITED: ("invited", "invitation sent", "contacted", "asked"),
        S.REMINDED: ("reminded", "reminder sent", "followed up", "chased"),
        S.ENDORSED: ("endorsed", "endorses", "endorse", "endorsing", "signed", "signed on",
                     "signed up", "yes", "y", "we endorse", "I endorse", "yes, we endorse",
                     "yes, I endorse", "we sign", "yes, we sign", "confirmed", "agreed",
                     "joined"),
        S.DECLINED: ("declined", "declines", "decline", "refused", "rejected", "no", "n",
                     "not endorsed", "does not endorse", "will not sign", "won't sign",
                     "not signing", "no thanks", "no thank you"),
        S.NO_RESPONSE: ("no response", "no reply", "no answer", "not responded",
                        "did not respond", "didn't respond", "unanswered"),
        S.WITHDRAWN: ("withdrawn", "withdrew", "withdraws", "retracted"),
        S.NEEDS_RECONFIRMATION: ("needs reconfirmation", "to reconfirm",
                                 "reconfirmation needed"),
    },
    "es": {
        S.PROSPECT: ("por invitar", "a invitar", "sin invitar", "no invitado",
                     "no invitada", "prospecto", "por contactar", "sin contactar"),
        S.INVITED: ("invitado", "invitada", "invitados", "invitadas", "invitación enviada",
                    "contactado", "contactada"),
        S.REMINDED: ("con recordatorio", "recordatorio enviado", "recordado", "recordada"),
        S.ENDORSED: ("adherido", "adherida", "adheridos", "adheridas", "adhiere", "adhirió",
                     "se adhiere", "se adhirió", "nos adherimos", "adherimos", "firmado",
                     "firmada", "firmó", "firma", "firmamos", "sí", "sí, firmamos",
                     "sí, firmo", "sí, adherimos", "confirmado", "confirmada"),
        S.DECLINED: ("declinó", "declinado", "declinada", "rechazado", "rechazada",
                     "rechazó", "no firma", "no firmó", "no firmamos", "no se adhiere",
                     "no adhiere", "no, gracias"),
        S.NO_RESPONSE: ("sin respuesta", "no respondió", "no contestó", "no hubo respuesta"),
        S.WITHDRAWN: ("retirado", "retirada", "se retiró", "retiró su firma",
                      "retiró la firma"),
        S.NEEDS_RECONFIRMATION: ("debe reconfirmar", "por reconfirmar", "a reconfirmar"),
    },
    "fr": {
        S.PROSPECT: ("à inviter", "non invité", "non invitée", "pas encore invité",
                     "à contacter"),
        S.INVITED: ("invité", "invitée", "invités", "invitées", "invitation envoyée",
                    "contacté", "contactée"),
        S.REMINDED: ("relancé", "relancée", "relancés", "rappel envoyé"),
        S.ENDORSED: ("a signé", "signé", "signée", "signés", "signées", "signataire", "oui",
                     "nous signons", "oui, nous signons", "je signe", "oui, je signe",
                     "confirmé", "confirmée", "soutient"),
        S.DECLINED: ("a décliné", "décliné", "déclinée", "a refusé", "refusé", "refusée",
                     "non", "ne signe pas", "non merci", "pas de signature"),
        S.NO_RESPONSE: ("sans réponse", "pas de réponse", "aucune réponse",
                        "n'a pas répondu"),
        S.WITHDRAWN: ("retiré", "retirée", "s'est retiré", "s'est retirée", "a retiré",
                      "a retiré sa signature"),
        S.NEEDS_RECONFIRMATION: ("à reconfirmer", "doit reconfirmer"),
    },
    "ar": {
        S.PROSPECT: ("مرشّح للدعوة", "لم يُدعَ", "لم تتم دعوته", "للدعوة"),
        S.INVITED: ("مدعو", "مدعوة", "تمت الدعوة", "تمت دعوته", "دُعي"),
        S.REMINDED: ("أُرسل تذكير", "تم التذكير", "تم إرسال تذكير"),
        S.ENDORSED: ("وقّع", "وقّعت", "وقّعنا", "موقّع", "موقّعة", "تم التوقيع", "نعم",
                     "نعم، نوقّع", "نوقّع", "أيّد", "مؤيّد"),
        S.DECLINED: ("اعتذر", "اعتذرت", "رفض", "رفضت", "لا", "لن يوقّع", "لم يوقّع",
                     "لا نوقّع"),
        S.NO_RESPONSE: ("لا رد", "لم يرد", "بدون رد", "لا يوجد رد", "لم يتم الرد"),
        S.WITHDRAWN: ("انسحب", "انسحبت", "سحب توقيعه"),
        S.NEEDS_RECONFIRMATION: ("يحتاج إلى إعادة تأكيد", "بحاجة إلى إعادة تأكيد"),
    },
    "pt": {
        S.PROSPECT: ("a convidar", "por convidar", "não convidado", "não convidada",
                     "ainda não convidado", "ainda não convidada", "a contatar",
                     "não contatado", "não contatada"),
        S.INVITED: ("convidado", "convidada", "convidados", "convidadas", "convite enviado",
                    "contatado", "contatada"),
        S.REMINDED: ("com lembrete", "lembrete enviado", "lembrado", "lembrada"),
        S.ENDORSED: ("aderiu", "aderiram", "aderimos", "adere", "assinou", "assinado",
                     "assinada", "assinamos", "sim", "sim, assinamos", "sim, aderimos",
                     "confirmou"),
        S.DECLINED: ("recusou", "recusado", "recusada", "recusamos", "não", "não assina",
                     "não assinou", "não assinamos", "não vamos assinar", "não, obrigado",
                     "não, obrigada", "declinou"),
        S.NO_RESPONSE: ("sem resposta", "não respondeu", "nenhuma resposta"),
        S.WITHDRAWN: ("retirou", "retirou a assinatura", "retirou a adesão"),
        S.NEEDS_RECONFIRMATION: ("precisa reconfirmar", "reconfirmação pendente"),
    },
}

#: Arabic vowel marks (harakat, shadda, sukun), the superscript alef and the
#: tatweel are optional in writing ("وقّع" is "وقع"); alef with hamza or madda
#: is often typed as a plain alef, and a final alef maqsura as a yeh.
_ARABIC = {**{c: None for c in (*range(0x064B, 0x0660), 0x0670, 0x0640)},
           0x0622: "\u0627", 0x0623: "\u0627", 0x0625: "\u0627", 0x0649: "\u064a"}
#: Where a cell's first clause ends: "Yes, we endorse", "Declined (by email)",
#: "Endorsed – 3 March", "نعم، نوقع".
_CLAUSE = re.compile(r"[,;:(\[\u060c\u061b\u2013\u2014]| - ")


def _key(text: str) -> str:
    """A cell as comparable words: folded, Arabic marks dropped, punctuation
    and symbols as spaces ("¿Sí?" → "si", "Won't sign" → "won t sign")."""
    words = []
    for ch in fold(text).translate(_ARABIC):
        if ch.isalnum() or ch.isspace():
            words.append(ch)
        elif unicodedata.category(ch) != "Mn":  # a mark left over stays with its letter
            words.append(" ")
    return " ".join("".join(words).split())


def _table() -> dict[str, Status]:
    table: dict[str, Status] = {}
    for status in Status:  # the names themselves: "no_response", "No response"
        table[_key(status.value.replace("_", " "))] = status
    for by_status in WORDS.values():
        for status, phrases in by_status.items():
            for phrase in phrases:
                key = _key(phrase)
                if table.setdefault(key, status) is not status:
                    raise ValueError(f"{phrase!r} is both {table[key]} and {status}")
    return table


_STATUS_OF: dict[str, Status] = _table()


def read_status(text: str) -> Status | None:
    """The workflow status a cell says ("Endorsed", "sí", "A décliné",
    "وقّع", "Yes, we endorse"), or None when it says none this module knows
    (an empty cell too: the caller decides what an empty cell means)."""
    key = _key(text)
    if not key:
        return None
    found = _STATUS_OF.get(key)
    if found is None:
        head = _key(_CLAUSE.split(text, maxsplit=1)[0])
        if head and head != key:
            found = _STATUS_OF.get(head)
    return found
