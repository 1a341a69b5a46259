"""Placeholder rendering and validation: every mistake is an error that
names the template and the placeholder, before anything is sent."""

from __future__ import annotations

from datetime import date

import pytest

from signon.domain.message_templates import (
    PLACEHOLDERS,
    MessageValues,
    TemplateError,
    TemplateText,
    check_template,
    format_deadline,
    render,
    template_label,
)
from signon.store.templates import available_languages, default_template, default_templates

VALUES = MessageValues(organisation="Access Now", contact="Marwa", campaign="AI statement",
                       deadline=date(2026, 12, 1), statement="We, the undersigned…",
                       link="https://forms.example/s", coordinator="Ana García")


def t(subject: str, body: str = "", label: str = "Invitation (en)") -> TemplateText:
    return TemplateText(label, subject, body, "en")


def test_render_fills_every_placeholder():
    template = t("{campaign}: {organisation}",
                 "Dear {contact},\n{statement}\nBy {deadline}: {link}\n{coordinator}")
    out = render(template, VALUES.as_mapping("en"))
    assert out.subject == "AI statement: Access Now"
    assert out.body == ("Dear Marwa,\nWe, the undersigned…\nBy December 1, 2026: "
                        "https://forms.example/s\nAna García")


def test_unknown_placeholder_names_template_and_suggests():
    with pytest.raises(TemplateError) as info:
        check_template(t("Hello", "Dear {organization},", label="Reminder (fr)"))
    message = str(info.value)
    assert "“Reminder (fr)”" in message and "{organization}" in message
    assert "did you mean {organisation}?" in message and "in the body" in message
    assert (info.value.template, info.value.placeholder) == ("Reminder (fr)", "organization")


def test_unknown_placeholder_without_close_match_lists_known_ones():
    with pytest.raises(TemplateError, match=r"unknown placeholder \{budget\} in the subject "
                                            r"\(known: \{organisation\}"):
        check_template(t("{budget}"))


def test_missing_value_names_template_placeholder_and_recipient():
    values = VALUES.as_mapping("en") | {"contact": ""}
    with pytest.raises(TemplateError) as info:
        render(t("Hi", "Dear {contact},"), values, recipient="Access Now")
    assert str(info.value) == ("template “Invitation (en)”: {contact} has no value for Access "
                               "Now (no contact name is recorded)")
    assert info.value.recipient == "Access Now"


def test_missing_value_that_is_not_used_is_fine():
    values = VALUES.as_mapping("en") | {"link": "", "statement": ""}
    assert render(t("Thanks {organisation}", "Dear {contact},"), values).subject == \
        "Thanks Access Now"


def test_missing_deadline_is_named():
    values = MessageValues(organisation="X", contact="Y").as_mapping("en")
    with pytest.raises(TemplateError, match=r"\{deadline\} has no value .*no deadline"):
        render(t("Before {deadline}"), values)


def test_escaped_braces_and_lone_braces():
    out = render(t("{{not a placeholder}} {organisation}"), VALUES.as_mapping("en"))
    assert out.subject == "{not a placeholder} Access Now"
    with pytest.raises(TemplateError, match=r"a lone '\{' in the body"):
        check_template(t("Hi", "Dear {contact, see {link}"))
    with pytest.raises(TemplateError, match=r"a lone '\}' in the subject"):
        check_template(t("Hi }"))


def test_no_format_spec_or_attribute_access():
    with pytest.raises(TemplateError, match="unknown placeholder"):
        check_template(t("{organisation.__class__}"))
    with pytest.raises(TemplateError, match="unknown placeholder"):
        check_template(t("{deadline:%Y}"))


def test_statement_cannot_go_in_the_subject():
    with pytest.raises(TemplateError, match=r"\{statement\} holds several lines"):
        check_template(t("{statement}"))


def test_empty_subject_is_an_error():
    with pytest.raises(TemplateError, match="the subject is empty"):
        check_template(t("  ", "body"))


def test_subject_is_one_line_even_if_a_value_has_newlines():
    values = VALUES.as_mapping("en") | {"organisation": "Access\r\nBcc: evil@example.org"}
    out = render(t("For {organisation}"), values)
    assert "\n" not in out.subject and "\r" not in out.subject


@pytest.mark.parametrize("language,expected", [
    ("en", "December 1, 2026"), ("fr", "1 décembre 2026"), ("es", "1 de diciembre de 2026"),
    ("ar", "1 ديسمبر 2026"),
])
def test_deadline_is_localised(language, expected):
    assert format_deadline(date(2026, 12, 1), language) == expected


def test_labels():
    assert template_label("thank_you", "fr") == "Thank-you (fr)"
    assert template_label("custom", "en", "Press follow-up") == "Press follow-up"


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_default_set_is_complete_and_valid(language):
    templates = default_templates(language)
    assert [d.kind for d in templates] == ["invitation", "reminder", "reconfirmation",
                                           "thank_you"]
    for d in templates:
        used = check_template(d.text())
        assert d.language == language
        assert "contact" in used and "organisation" in used and "coordinator" in used
        assert set(used) <= set(PLACEHOLDERS)
        render(d.text(), VALUES.as_mapping(language))  # renders with complete values


def test_default_languages_and_fallback():
    assert {"en", "es", "fr"} <= set(available_languages())
    assert default_template("reminder", "es-419").language == "es"
    assert default_template("reminder", "de").language == "en"


def test_invitation_carries_the_statement_and_link():
    used = check_template(default_template("invitation", "fr").text())
    assert {"statement", "link", "deadline"} <= set(used)


# -- fallbacks: {placeholder|words used when there is no value} ------------------


def test_fallback_is_used_only_when_the_value_is_missing():
    template = t("For {organisation}", "Dear {contact|colleagues},\nSigned: {coordinator| }x")
    with pytest.raises(TemplateError, match="empty fallback"):
        check_template(template)
    template = t("For {organisation}", "Dear {contact|colleagues},\n{ link | no form }")
    full = render(template, VALUES.as_mapping("en"))
    assert full.body == "Dear Marwa,\nhttps://forms.example/s"
    bare = render(template, {**VALUES.as_mapping("en"), "contact": " ", "link": ""})
    assert bare.body == "Dear colleagues,\nno form"
    assert check_template(template) == ["organisation", "contact", "link"]


def test_one_use_without_fallback_still_requires_the_value():
    template = t("Hello {contact|all}", "Dear {contact},")
    with pytest.raises(TemplateError, match=r"\{contact\} has no value for Access Now "
                                            r"\(no contact name is recorded\)"):
        render(template, {**VALUES.as_mapping("en"), "contact": ""}, recipient="Access Now")


def test_fallback_in_the_subject_and_braces_around_it():
    template = t("{{{campaign|Our letter}}}", "x")
    assert render(template, {**VALUES.as_mapping("en"), "campaign": ""}).subject == \
        "{Our letter}"
    with pytest.raises(TemplateError, match="unknown placeholder"):
        check_template(t("{contacts|all}", "x"))


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_default_templates_need_only_what_every_signatory_has(language):
    """Early in a campaign contacts have no name, and the campaign may have no
    form link or coordinator yet: the defaults still render, except the
    reminder, which is about the deadline."""
    sparse = {**VALUES.as_mapping(language), "contact": "", "link": "", "coordinator": ""}
    for d in default_templates(language):
        out = render(d.text(), sparse)
        assert "{" not in out.body and " ," not in out.body and "Dear ," not in out.body
    no_deadline = {**sparse, "deadline": ""}
    for d in default_templates(language):
        if d.kind == "reminder":
            with pytest.raises(TemplateError, match=r"\{deadline\}"):
                render(d.text(), no_deadline)
        else:
            render(d.text(), no_deadline)
