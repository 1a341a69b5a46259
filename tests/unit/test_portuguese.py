"""Portuguese letters, imports and replies (issue 23): the words a letter
writes itself, the statuses a sheet or the interface writes, the answers
people send, and the default messages, in Portuguese (Brazilian wording
where the variants differ; "pt-BR" and "pt-PT" read as "pt")."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from signon.domain.compose import Numbering, default_lead, join_lead_in, lead_ins
from signon.domain.fields import date_header_language
from signon.domain.letter import counts_line, delivery_notice, format_date, join_list, words
from signon.domain.message_templates import PLACEHOLDERS, MessageValues, check_template, render
from signon.domain.replies import Action, judge
from signon.domain.status import Status
from signon.domain.status_words import read_status
from signon.store.templates import default_template, default_templates

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"


# -- the letter's own words ----------------------------------------------------


def test_counts_line_in_portuguese():
    assert counts_line(312, 45, 61, "pt") == \
        "Assinado por 312 organizações e 45 pessoas de 61 países"
    assert counts_line(1, 1, 1, "pt-BR") == "Assinado por 1 organização e 1 pessoa de 1 país"
    # round millions take "de" (CLDR "many"), and numbers group with a full stop
    assert counts_line(1_000_000, 0, 0, "pt") == "Assinado por 1.000.000 de organizações"
    assert counts_line(2, 0, 0, "pt", unnamed=2) == \
        "Assinado por 2 organizações, incluindo 2 que pediram para não ter o nome divulgado"


def test_headings_dates_and_lists_in_portuguese():
    w = words("pt-PT")
    assert (w["signatories"], w["organisations"], w["individuals"]) == \
        ("Signatários", "Organizações", "Pessoas")
    assert format_date(date(2026, 12, 1), "pt") == "1 de dezembro de 2026"
    assert join_list(["Conectas", "Intervozes", "IDEC"], "pt") == "Conectas, Intervozes e IDEC"
    assert delivery_notice(3, "pt").startswith("Cópia de entrega — inclui 3 signatários")


def test_lead_ins_and_default_leads_in_portuguese():
    assert lead_ins(3, Numbering.ORDINAL, "pt-BR") == \
        ["Em primeiro lugar", "Em segundo lugar", "Por fim"]
    assert join_lead_in("Em primeiro lugar", "Os parágrafos que pedem …", "pt") == \
        "Em primeiro lugar, os parágrafos que pedem …"
    assert default_lead("concern", "pt") == "Temos as seguintes preocupações:"


# -- statuses as a sheet or the interface writes them ---------------------------


@pytest.mark.parametrize("text,status", [
    ("Aderiu", "endorsed"), ("aderiu", "endorsed"), ("Sim", "endorsed"),
    ("Sim, assinamos", "endorsed"), ("Assinou", "endorsed"), ("Recusou", "declined"),
    ("Não", "declined"), ("nao", "declined"), ("Não, obrigada", "declined"),
    ("A convidar", "prospect"), ("Convidada", "invited"), ("Com lembrete", "reminded"),
    ("Sem resposta", "no_response"), ("Retirou a adesão", "withdrawn"),
    ("Precisa reconfirmar", "needs_reconfirmation"),
])
def test_reads_portuguese_statuses(text, status):
    assert read_status(text) == Status(status)


def test_every_portuguese_status_label_of_the_interface_reads_back():
    root = ET.parse(I18N / "signon_pt.ts").getroot()
    checked = 0
    for context in root.iter("context"):
        if context.findtext("name") not in ("Status", "StatusInSentence"):
            continue
        for message in context.iter("message"):
            status = Status(message.findtext("source").lower().replace(" ", "_"))
            assert read_status(message.findtext("translation")) is status
            checked += 1
    assert checked == 2 * len(Status)


def test_a_portuguese_form_timestamp_is_a_date_column():
    assert date_header_language("Carimbo de data/hora") == "pt"
    assert date_header_language("Data da adesão") == "pt"


# -- replies ------------------------------------------------------------------------


@pytest.mark.parametrize("text,action", [
    ("Olá! Assinamos com prazer em nome da Rede.", Action.ENDORSE),
    ("Podem contar conosco.", Action.ENDORSE),
    ("Sim!", Action.ENDORSE),
    ("Infelizmente não podemos assinar desta vez.", Action.DECLINE),
    ("Não vamos aderir.", Action.DECLINE),  # a negated verb of signing
    ("Não, obrigada.", Action.DECLINE),
    ("Quem mais assina a carta?", Action.REVIEW),
    ("Assinamos, mas sugerimos uma mudança no segundo parágrafo.", Action.REVIEW),
    ("Precisamos consultar a diretoria antes.", Action.REVIEW),
    ("Sem dúvida, assinamos.", Action.ENDORSE),  # "sem dúvida" negates nothing
])
def test_portuguese_replies(text, action):
    assert judge(text).action is action, judge(text)


# -- default messages ------------------------------------------------------------------


def test_default_templates_in_portuguese():
    templates = default_templates("pt")
    assert [d.kind for d in templates] == ["invitation", "reminder", "reconfirmation",
                                           "thank_you"]
    assert default_template("invitation", "pt-BR").language == "pt"
    values = MessageValues(organisation="Intervozes", contact="", campaign="Carta aberta",
                           deadline=date(2026, 12, 1), statement="Nós, abaixo assinados…",
                           link="", coordinator="").as_mapping("pt")
    for d in templates:
        assert set(check_template(d.text())) <= set(PLACEHOLDERS)
        out = render(d.text(), values)
        assert "{" not in out.body and out.body.startswith("Prezada/o colega,")
        assert "A equipe de coordenação" in out.body
    reminder = render(default_template("reminder", "pt").text(), values)
    assert reminder.subject == \
        "Lembrete: as adesões a “Carta aberta” se encerram em 1 de dezembro de 2026"
