"""Import fields, and guessing them from the headers people actually use.

Endorsement exports come from Google Forms, Typeform and hand-made
spreadsheets, in English, Spanish and French, with headers that are whole
questions ("Nombre de la organización", "Country / País", "Are you signing
on behalf of an organisation or as an individual?"). `guess_mapping` scores
every header against every field from the words it contains and assigns
each field to at most one column, best score first. `parse_signing_as`
reads the answers of a signing-as question; a status column's answers are
read by `status_words.read_status`.

Pure functions: the importer (exchange/) and the wizard (ui/) share them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from signon.domain.folding import fold
from signon.domain.signatory_kind import SignatoryKind

#: The fields a column can be mapped to, in the order a wizard lists them.
FIELDS: tuple[str, ...] = (
    "name", "acronym", "country", "type", "website", "email", "contact",
    "title", "affiliation", "notes", "signing_as", "endorsed_at", "status",
)

#: What each field holds, for the wizard's column drop-downs and the docs.
FIELD_LABELS: dict[str, str] = {
    "name": "Name (organisation or person)",
    "acronym": "Acronym",
    "country": "Country",
    "type": "Organisation type",
    "website": "Website",
    "email": "Email (private contact)",
    "contact": "Contact person (private)",
    "title": "Title / position (individuals)",
    "affiliation": "Affiliation (individuals)",
    "notes": "Notes",
    "signing_as": "Signing as (organisation / individual)",
    "endorsed_at": "Endorsement date",
    "status": "Status (endorsed, declined, …)",
}

#: Values accepted for "leave this column out" in --map COLUMN=FIELD.
IGNORE_WORDS = frozenset({"", "-", "ignore", "none", "skip"})

def _norm(text: str) -> str:
    """Header or answer as comparable words: folded, punctuation as spaces."""
    return " ".join(re.sub(r"[^\w]+", " ", fold(text)).split())


def _has(text: str, phrase: str) -> bool:
    """Whole-word containment of a (normalised) phrase."""
    return f" {phrase} " in f" {text} "


def _any(text: str, phrases: Sequence[str]) -> bool:
    return any(_has(text, p) for p in phrases)


_ORG_WORDS = (
    "organisation", "organization", "organisations", "organizations", "organizacion",
    "organizaciones", "organisme", "organismo", "entidad", "entite", "group", "groupe",
    "grupo", "colectivo", "collectif", "association", "asociacion", "ngo", "ong",
    "structure", "red", "network", "reseau", "institution", "institucion", "org",
)
_NAME_WORDS = ("name", "nombre", "nom", "denominacion", "razon social", "raison sociale")
_PERSON_WORDS = (
    "your name", "full name", "first and last name", "nombre completo", "nom complet",
    "nombre y apellido", "nombre y apellidos", "nom et prenom", "prenom et nom",
    "nombre apellido", "tu nombre", "su nombre", "votre nom", "first name", "last name",
    "surname", "apellido", "apellidos", "prenom",
)

#: (field, score, phrases): a header containing one of the phrases as whole
#: words scores that much for the field. Higher scores are more specific.
_RULES: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    ("signing_as", 100, (
        "signing as", "sign as", "signing on behalf", "on behalf of", "behalf",
        "as an individual", "individual or", "or individual", "or as an individual",
        "firma como", "firmar como", "firmas como", "firma en nombre", "en nombre de",
        "a titulo", "en calidad de", "signe en tant", "signez en tant", "signer en tant",
        "au nom de", "en tant que", "type of signatory", "signatory type",
        "tipo de firmante", "tipo de firma", "type de signataire", "type de signature",
        "kind of signatory", "capacity", "endorsing as", "endorse as",
    )),
    ("acronym", 97, (
        "acronym", "acronimo", "acronyme", "abbreviation", "abreviatura", "abreviacion",
        "siglas", "sigla", "sigle", "sigles", "short name", "nombre corto", "nom court",
        "initials",
    )),
    ("affiliation", 93, (
        "affiliation", "afiliacion", "identification purposes", "for identification",
        "fines de identificacion", "fins d identification", "institutional affiliation",
        "employer", "empleador", "employeur", "filiacion",
    )),
    ("email", 91, (
        "email", "e mail", "mail", "correo", "courriel", "adresse electronique",
        "correo electronico", "adresse mail", "email address",
    )),
    ("country", 90, (
        "country", "countries", "pais", "pays", "country region", "nation", "based in",
        "country of origin", "pais de origen", "pays d origine",
    )),
    ("website", 90, (
        "website", "web site", "web", "url", "homepage", "home page", "site web",
        "site internet", "sitio web", "pagina web", "web page", "webpage", "site",
        "sitio", "link to your website",
    )),
    ("type", 86, (
        "type of organisation", "type of organization", "organisation type",
        "organization type", "tipo de organizacion", "tipo de entidad",
        "type d organisation", "type d organization", "type de structure",
        "type d organisme", "sector", "secteur", "category", "categoria", "categorie",
        "kind of organisation", "kind of organization", "org type",
    )),
    ("contact", 82, (
        "contact", "contact person", "contact name", "persona de contacto",
        "personne de contact", "personne contact", "contacto", "focal point",
        "punto focal", "point focal", "representative", "representante", "representant",
        "submitted by", "responsable", "person completing", "persona que completa",
    )),
    ("title", 76, (
        "title", "job title", "position", "role", "cargo", "puesto", "titulo",
        "fonction", "poste", "titre", "occupation", "profession", "rol",
    )),
    ("notes", 70, (
        "notes", "note", "comments", "comment", "comentarios", "comentario",
        "observaciones", "observacion", "remarques", "remarque", "commentaires",
        "commentaire", "message", "mensaje", "anything else", "remarks",
    )),
)

#: Headers of the column saying when a form was answered (Google Forms'
#: "Timestamp", Microsoft Forms' "Completion time", a hand-kept "Fecha"), by
#: language: the language tells how its dates are written when no value does.
_DATE_HEADERS: dict[str, tuple[str, ...]] = {
    "en": ("timestamp", "completion time", "submitted at", "date submitted",
           "submission date", "submitted on", "date of endorsement", "endorsement date",
           "date endorsed", "date signed", "signed on", "date"),
    "es": ("marca temporal", "hora de finalizacion", "fecha de envio", "fecha de firma",
           "fecha de adhesion", "fecha", "fecha y hora"),
    "fr": ("horodateur", "horodatage", "heure de fin", "date de signature",
           "date d envoi", "date de soumission"),
    "pt": ("carimbo de data hora", "hora de conclusao", "data de envio",
           "data da assinatura", "data de assinatura", "data da adesao", "data de adesao"),
    "ar": ("الطابع الزمني", "وقت الإكمال", "وقت الاكمال", "التاريخ", "تاريخ",
           "تاريخ التوقيع", "الطابع الزمنى"),
}
#: Dates that are not when the form was answered.
_OTHER_DATES = ("start time", "hora de inicio", "heure de debut", "وقت البدء",
                "last modified", "birth", "nacimiento", "naissance", "deadline")

#: Headers of a column saying each row's status: a tracking sheet's "Status"
#: ("Estado", "Statut", "الحالة"), or a form's yes/no question ("Do you
#: endorse?", "¿Firma?", "Signe ?"). Kept narrow (`_status_header`): a whole
#: header of `_STATUS_HEADERS`, one beginning with "Status" or "Statut", a
#: question of `_STATUS_QUESTIONS` (only with its question mark: "Firma"
#: alone is a signature, "Signed" alone may be a date), or a header holding
#: a phrase of `_STATUS_PHRASES`; never one that names a name, a person, a
#: date, a legal or civil status or a place.
_STATUS_HEADERS = ("status", "estado", "estado actual", "statut", "الحالة", "حالة",
                   "حالة التوقيع")
_STATUS_FIRST_WORDS = ("status", "statut")
_STATUS_QUESTIONS = (
    "endorsed", "endorse", "endorses", "endorsing", "signed", "signing", "firma", "firmo",
    "firmado", "firmada", "firmas", "adhiere", "adhirio", "adhieren", "signe", "a signe",
    "signee", "signez vous", "signe t elle", "signe t il", "وقع", "توقع", "هل وقع",
)
_STATUS_PHRASES = (
    "endorsement status", "signing status", "signature status", "status of endorsement",
    "status of the endorsement", "do you endorse", "do you want to endorse",
    "would you like to endorse", "will you endorse", "will you sign", "do you sign",
    "does your organisation endorse", "does your organization endorse",
    "will your organisation endorse", "will your organization endorse",
    "estado de la firma", "estado de firma", "estado de la adhesion", "estado de adhesion",
    "desea firmar", "quiere firmar", "desea adherir", "quiere adherir", "desea adherirse",
    "firma la carta", "firma la declaracion", "firma el pronunciamiento",
    "su organizacion firma", "tu organizacion firma", "se adhiere",
    "statut de la signature", "statut de signature", "votre organisation signe",
    "souhaitez vous signer", "voulez vous signer", "حالة التوقيع", "هل توقع", "هل توقعون",
    "هل ستوقع",
)
#: Words that make a header something else: a legal or civil status, a place
#: ("Estado / Provincia"), the person who signs ("Persona que firma la carta").
_NOT_STATUS = ("legal", "juridique", "juridico", "juridica", "civil", "marital", "tax",
               "fiscal", "registration", "registro", "enregistrement", "provincia",
               "province", "region", "departamento", "ciudad", "city", "persona", "person",
               "personne", "quien", "who", "qui", "contact", "contacto", "responsable")

#: Headers that mean "no field": recognised so they are never guessed as one.
_IGNORED = ("phone", "telephone", "telefono", "tel", "city", "ciudad", "ville", "consent",
            "consentimiento", "score", "puntuacion", *_OTHER_DATES)


def date_header_language(header: str) -> str | None:
    """The language of a date column's header ("Marca temporal" → "es"),
    None when it is not one this module knows (or is in several)."""
    text = _norm(header)
    found = {lang for lang, phrases in _DATE_HEADERS.items() if _any(text, phrases)}
    return found.pop() if len(found) == 1 else None


def _status_header(header: str, text: str) -> bool:
    """Whether a header (as written, and normalised: `text`) names each
    row's status."""
    if _any(text, _NOT_STATUS) or _any(text, _OTHER_DATES) or _is_date_header(text):
        return False
    asks = any(mark in header for mark in "?¿؟")
    return (text in _STATUS_HEADERS or text.split(" ", 1)[0] in _STATUS_FIRST_WORDS
            or (asks and text in _STATUS_QUESTIONS) or _any(text, _STATUS_PHRASES))


def _is_date_header(text: str) -> bool:
    """"Date signed", "Fecha de firma": when, not whether."""
    return any(_any(text, phrases) for phrases in _DATE_HEADERS.values())


def field_scores(header: str, *, policy: str | None = None) -> dict[str, int]:
    """How strongly one header suggests each field (absent: not at all).

    `policy` is the campaign's signatory policy: in a campaign of
    individuals a bare "Organisation" column is the signer's affiliation and
    "Name" is the signer; otherwise "Organisation" is the signatory's name
    and a person's "Your name" is the contact.
    """
    text = _norm(header)
    if not text:
        return {}
    scores: dict[str, int] = {}
    for fld, score, phrases in _RULES:
        if _any(text, phrases):
            scores[fld] = score + (3 if text in phrases else 0)
    has_org = _any(text, _ORG_WORDS)
    has_name = _any(text, _NAME_WORDS)
    has_person = _any(text, _PERSON_WORDS)
    individuals = policy == "individuals"
    if has_org and has_name and not has_person:
        # "Organisation name", "Nombre de la organización", "Nom de l'organisme"
        if individuals:
            scores["affiliation"] = max(scores.get("affiliation", 0), 92)
        else:
            scores["name"] = max(scores.get("name", 0), 95)
    elif has_org:
        # a bare "Organisation": the signatory, or the signer's affiliation
        if individuals:
            scores["affiliation"] = max(scores.get("affiliation", 0), 88)
            scores["name"] = max(scores.get("name", 0), 30)
        else:
            scores["name"] = max(scores.get("name", 0), 65)
    if has_person or (has_name and not has_org):
        # "Name", "Full name", "Your name", "Nombre"
        scores["name"] = max(scores.get("name", 0), 60 if not individuals else 96)
        scores["contact"] = max(scores.get("contact", 0), 55)
    if "type" not in scores and text in ("type", "tipo", "kind"):
        scores["type"] = 80
    if _any(text, ("signatory", "firmante", "signataire")) and "signing_as" not in scores:
        scores["name"] = max(scores.get("name", 0), 62)
    if not (has_name or has_person or "signing_as" in scores) and _status_header(
            header, text):
        # "Status", "Estado", "Do you endorse?", "¿Firma?", "Signe ?"
        scores["status"] = 87 if text in _STATUS_HEADERS else 84
    if not scores and _any(text, _IGNORED):
        return {}
    if not scores and _is_date_header(text):
        # "Timestamp", "Completion time", "Fecha": the endorsement date
        exact = any(text in phrases for phrases in _DATE_HEADERS.values())
        return {"endorsed_at": 85 + (3 if exact else 0)}
    if any(_has(text, w) for w in ("phone", "telephone", "telefono")):
        scores.pop("contact", None)  # "Contact phone" is not the contact person
    return scores


def guess_mapping(headers: Sequence[str], *, policy: str | None = None
                  ) -> dict[int, str | None]:
    """Column index → field (or None) guessed from the headers.

    Each field goes to at most one column: the best-scoring pairs are taken
    first, so "Organisation name" wins `name` over "Your name", which then
    becomes the contact. Every column index appears in the result.
    """
    candidates: list[tuple[int, int, str]] = []
    for index, header in enumerate(headers):
        for fld, score in field_scores(header, policy=policy).items():
            candidates.append((score, -index, fld))
    candidates.sort(reverse=True)
    mapping: dict[int, str | None] = {i: None for i in range(len(headers))}
    taken: set[str] = set()
    for _score, neg_index, fld in candidates:
        index = -neg_index
        if fld in taken or mapping[index] is not None:
            continue
        mapping[index] = fld
        taken.add(fld)
    return mapping


def parse_field(text: str) -> str | None:
    """A field as typed in --map ("Name", "signing as", "ignore" → None).

    Raises KeyError for an unknown field so the caller can name it.
    """
    key = _norm(text).replace(" ", "_")
    if key in IGNORE_WORDS:
        return None
    aliases = {"org_type": "type", "organisation_type": "type", "person": "contact",
               "contact_name": "contact", "signingas": "signing_as", "e_mail": "email",
               "url": "website", "web": "website", "note": "notes", "date": "endorsed_at",
               "endorsement_date": "endorsed_at", "endorsed": "endorsed_at",
               "endorsed_on": "endorsed_at", "timestamp": "endorsed_at"}
    key = aliases.get(key, key)
    if key not in FIELDS:
        raise KeyError(text)
    return key


_INDIVIDUAL_WORDS = (
    "individual", "individually", "individuo", "individual person", "individuel",
    "individuelle", "personal", "a titulo personal", "a titre personnel",
    "titre personnel", "titre individuel", "personnel", "personnelle", "persona",
    "person", "myself", "personally", "en mi nombre", "en mon nom", "yo mismo",
    "particulier", "particular", "citizen", "ciudadano", "ciudadana", "citoyen",
    "citoyenne", "individu", "private person", "persona fisica", "personne physique",
    "me", "moi", "yo",
)
_ORGANISATION_WORDS = (
    *_ORG_WORDS, "organizacional", "on behalf", "en nombre de mi", "en nombre de la",
    "en representacion", "au nom de mon", "au nom de ma", "au nom de l", "company",
    "empresa", "entreprise", "collective", "coalition", "coalicion", "union", "sindicato",
    "syndicat", "university", "universidad", "universite", "foundation", "fundacion",
    "fondation", "persona juridica", "personne morale",
)


def parse_signing_as(text: str) -> SignatoryKind | None:
    """The kind of signatory the answer names, or None when it says neither.

    The earliest telling word wins, so "Individual (not on behalf of an
    organisation)" is an individual and "On behalf of my organisation" an
    organisation.
    """
    answer = _norm(text)
    if not answer:
        return None
    padded = f" {answer} "
    best: tuple[int, SignatoryKind] | None = None
    for kind, words in ((SignatoryKind.INDIVIDUAL, _INDIVIDUAL_WORDS),
                        (SignatoryKind.ORGANISATION, _ORGANISATION_WORDS)):
        for word in words:
            pos = padded.find(f" {word} ")
            if pos >= 0 and (best is None or pos < best[0]):
                best = (pos, kind)
    return best[1] if best else None


_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")


def web_url(text: str) -> str | None:
    """The address a website field may be opened at, or None.

    Only http and https open: a form answer can hold `file:///…`,
    `javascript:…` or a `smb://` share, none of which a click should reach.
    A bare domain ("eff.org") is taken as https."""
    text = text.strip()
    if not text or any(ch.isspace() for ch in text):
        return None
    scheme = _SCHEME.match(text)
    if scheme is None or "." in scheme.group(1):  # "eff.org:8443/x": a domain and port
        return None if text.startswith(("/", "\\")) else f"https://{text}"
    if scheme.group(1).lower() not in ("http", "https") or not text.lower().split(
            ":", 1)[1].startswith("//"):
        return None
    return text
