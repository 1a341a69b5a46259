"""Header guessing and signing-as answers, as real forms word them."""

import pytest

from signon.domain.fields import (
    FIELD_LABELS,
    FIELDS,
    field_scores,
    guess_mapping,
    parse_field,
    parse_signing_as,
)


def named(headers, **kw):
    mapping = guess_mapping(headers, **kw)
    assert set(mapping) == set(range(len(headers)))
    return {headers[i]: f for i, f in mapping.items()}


def test_fields_are_the_documented_ones():
    assert FIELDS == ("name", "acronym", "country", "type", "website", "email", "contact",
                      "title", "affiliation", "notes", "signing_as", "endorsed_at",
                      "status")
    assert set(FIELD_LABELS) == set(FIELDS)


def test_google_forms_questions_in_english():
    got = named([
        "Timestamp", "Email Address", "Organisation name", "Acronym", "Country",
        "Type of organisation", "Website", "Your name",
        "Are you signing on behalf of an organisation or as an individual?", "Comments",
    ])
    assert got == {
        "Timestamp": "endorsed_at", "Email Address": "email", "Organisation name": "name",
        "Acronym": "acronym", "Country": "country", "Type of organisation": "type",
        "Website": "website", "Your name": "contact",
        "Are you signing on behalf of an organisation or as an individual?": "signing_as",
        "Comments": "notes",
    }


def test_spanish_headers():
    got = named(["Marca temporal", "Nombre de la organización", "Siglas", "País",
                 "Tipo de organización", "Sitio web", "Correo electrónico",
                 "Persona de contacto", "Cargo", "Firma como", "Comentarios"])
    assert got == {
        "Marca temporal": "endorsed_at", "Nombre de la organización": "name", "Siglas": "acronym",
        "País": "country", "Tipo de organización": "type", "Sitio web": "website",
        "Correo electrónico": "email", "Persona de contacto": "contact", "Cargo": "title",
        "Firma como": "signing_as", "Comentarios": "notes",
    }


def test_french_headers():
    got = named(["Horodateur", "Nom de l'organisation", "Sigle", "Pays", "Courriel",
                 "Vous signez en tant que", "Fonction", "Commentaires"])
    assert got == {
        "Horodateur": "endorsed_at", "Nom de l'organisation": "name", "Sigle": "acronym",
        "Pays": "country", "Courriel": "email", "Vous signez en tant que": "signing_as",
        "Fonction": "title", "Commentaires": "notes",
    }


def test_date_columns_in_four_languages_are_the_endorsement_date():
    from signon.domain.fields import date_header_language

    for header, language in (("Timestamp", "en"), ("Completion time", "en"),
                             ("Fecha", "es"), ("Marca temporal", "es"),
                             ("Hora de finalización", "es"), ("Horodateur", "fr"),
                             ("Heure de fin", "fr"), ("الطابع الزمني", "ar"),
                             ("وقت الإكمال", "ar")):
        assert named([header, "Organisation"])[header] == "endorsed_at", header
        assert date_header_language(header) == language, header
    # Microsoft Forms: the answer was given at its completion time, not its start
    assert named(["ID", "Start time", "Completion time", "Name"]) == {
        "ID": None, "Start time": None, "Completion time": "endorsed_at", "Name": "name"}
    assert named(["Date of birth", "Name"])["Date of birth"] is None
    assert parse_field("Date") == parse_field("timestamp") == "endorsed_at"


@pytest.mark.parametrize("header", [
    "Status", "STATUS", "Estado", "Statut", "الحالة", "Endorsed?", "Do you endorse",
    "Do you endorse this statement?", "Does your organisation endorse the letter?",
    "¿Firma?", "¿Firmó?", "Signe ?", "A signé ?", "Endorsement status",
    "Status (endorsed / declined)", "Estado de la firma", "Statut de la signature",
    "¿Su organización se adhiere a la declaración?", "Souhaitez-vous signer ?",
    "حالة التوقيع", "هل توقعون على البيان؟",
])
def test_status_columns_in_four_languages(header):
    assert named(["Organisation", header, "Country"]) == {
        "Organisation": "name", header: "status", "Country": "country"}


@pytest.mark.parametrize("header", [
    # a signature, or a date: not whether the row endorsed
    "Firma", "Signed", "Endorsed", "Signature", "Date signed", "Fecha de firma",
    # statuses that are not a signatory's, a place, the person who signs
    "Legal status", "Statut juridique", "Estado civil", "Marital status",
    "Estado / Provincia", "Persona que firma la carta", "Nombre de quien firma",
    # signing as an organisation or an individual
    "Firma como", "Vous signez en tant que",
    "Are you signing on behalf of an organisation or as an individual?",
])
def test_headers_that_are_not_a_status_column(header):
    assert field_scores(header).get("status") is None, header


def test_ordinary_headers_never_map_to_status():
    for headers in (
        ["Timestamp", "Email Address", "Organisation name", "Acronym", "Country",
         "Type of organisation", "Website", "Your name", "Comments"],
        ["Marca temporal", "Nombre de la organización", "Siglas", "País", "Correo electrónico",
         "Persona de contacto", "Cargo", "Firma como", "Comentarios"],
        ["Horodateur", "Nom de l'organisation", "Sigle", "Pays", "Courriel",
         "Vous signez en tant que", "Fonction", "Commentaires"],
        ["Name", "Country", "Email", "Organisation", "Full name", "Title", "Affiliation"],
    ):
        assert "status" not in named(headers).values(), headers
    # a status column beside them is found, and takes nothing from them
    got = named(["Organisation name", "Country", "Status", "Timestamp"])
    assert got == {"Organisation name": "name", "Country": "country", "Status": "status",
                   "Timestamp": "endorsed_at"}
    assert parse_field("Status") == "status"


def test_bilingual_google_form_headers():
    got = named(["Organisation name / Nombre de la organización", "Country / País",
                 "Email address / Correo electrónico"])
    assert list(got.values()) == ["name", "country", "email"]


def test_contact_email_is_the_email_and_contact_name_the_contact():
    got = named(["Organization", "Contact name", "Contact email", "Contact phone"])
    assert got == {"Organization": "name", "Contact name": "contact",
                   "Contact email": "email", "Contact phone": None}


def test_organisation_acronym_is_not_the_name():
    got = named(["Organisation name", "Organisation acronym", "Organisation website"])
    assert got == {"Organisation name": "name", "Organisation acronym": "acronym",
                   "Organisation website": "website"}


def test_plain_name_column_is_the_name():
    assert named(["Name", "Country", "Email"]) == {"Name": "name", "Country": "country",
                                                   "Email": "email"}


def test_campaign_of_individuals_reads_organisation_as_affiliation():
    headers = ["Full name", "Title", "Organisation", "Email"]
    assert named(headers, policy="individuals") == {
        "Full name": "name", "Title": "title", "Organisation": "affiliation", "Email": "email"}
    # the same headers in a campaign of organisations: the group signs
    assert named(headers, policy="organisations")["Organisation"] == "name"
    assert named(headers, policy="organisations")["Full name"] == "contact"


def test_affiliation_for_identification_purposes():
    got = named(["Name", "Affiliation (for identification purposes only)", "Position"])
    assert got == {"Name": "name", "Affiliation (for identification purposes only)":
                   "affiliation", "Position": "title"}


def test_each_field_goes_to_one_column_only():
    got = named(["Email", "E-mail", "Organisation", "Organization"])
    assert sorted(f for f in got.values() if f) == ["email", "name"]
    assert got["Email"] == "email" and got["Organisation"] == "name"


def test_unknown_headers_map_to_nothing():
    assert named(["Favourite colour", "Column 7", ""]) == {
        "Favourite colour": None, "Column 7": None, "": None}
    assert field_scores("") == {}


@pytest.mark.parametrize("answer,kind", [
    ("On behalf of my organisation", "organisation"),
    ("On behalf of my organization", "organisation"),
    ("As an individual", "individual"),
    ("Individual", "individual"),
    ("Organización", "organisation"),
    ("En nombre de mi organización", "organisation"),
    ("A título personal", "individual"),
    ("Individuel", "individual"),
    ("Individuelle", "individual"),
    ("Au nom de mon organisation", "organisation"),
    ("À titre individuel", "individual"),
    ("Organisation", "organisation"),
    ("Individual (not on behalf of an organisation)", "individual"),
    ("Organisation / group / network", "organisation"),
    ("Persona", "individual"),
    ("Myself", "individual"),
    ("  INDIVIDUAL  ", "individual"),
])
def test_signing_as_wordings(answer, kind):
    assert parse_signing_as(answer) == kind


@pytest.mark.parametrize("answer", ["", "Yes", "Maybe", "N/A"])
def test_signing_as_not_understood(answer):
    assert parse_signing_as(answer) is None


@pytest.mark.parametrize("typed,field", [
    ("name", "name"), ("Name", "name"), ("signing as", "signing_as"),
    ("signing-as", "signing_as"), ("org_type", "type"), ("e-mail", "email"),
    ("ignore", None), ("", None), ("-", None),
])
def test_parse_field(typed, field):
    assert parse_field(typed) == field


def test_parse_field_unknown():
    with pytest.raises(KeyError):
        parse_field("favourite colour")
