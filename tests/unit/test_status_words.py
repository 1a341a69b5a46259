"""A status as a cell writes it (issue 21): the interface's own words in four
languages, the answers of a yes/no question, and nothing guessed."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from signon.domain.status import Status
from signon.domain.status_words import WORDS, read_status

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"


@pytest.mark.parametrize("text,status", [
    # the names and as the interface shows them in English
    ("endorsed", "endorsed"), ("Prospect", "prospect"), ("INVITED", "invited"),
    ("Reminded", "reminded"), ("Declined", "declined"), ("No response", "no_response"),
    ("no_response", "no_response"), ("Withdrawn", "withdrawn"),
    ("Needs reconfirmation", "needs_reconfirmation"),
    # Spanish, French, Arabic labels, with and without their accents and marks
    ("Adherido", "endorsed"), ("Declinó", "declined"), ("declino", "declined"),
    ("Por invitar", "prospect"), ("Sin respuesta", "no_response"),
    ("A signé", "endorsed"), ("a signe", "endorsed"), ("À inviter", "prospect"),
    ("Relancé", "reminded"), ("Sans réponse", "no_response"),
    ("وقّع", "endorsed"), ("وقع", "endorsed"), ("اعتذر", "declined"),
    ("مرشّح للدعوة", "prospect"), ("أُرسل تذكير", "reminded"), ("ارسل تذكير", "reminded"),
    ("لا رد", "no_response"), ("يحتاج إلى إعادة تأكيد", "needs_reconfirmation"),
    # yes/no answers and what forms and sheets write
    ("Yes", "endorsed"), ("y", "endorsed"), ("Sí", "endorsed"), ("¿Sí?", "endorsed"),
    ("si", "endorsed"), ("Oui", "endorsed"), ("نعم", "endorsed"), ("No", "declined"),
    ("Non", "declined"), ("لا", "declined"), ("Signed", "endorsed"), ("Firmado", "endorsed"),
    ("Firmó", "endorsed"), ("Signé", "endorsed"), ("Won't sign", "declined"),
    ("  endorsed  ", "endorsed"), ("Endorsed!", "endorsed"),
    # the first clause tells when the whole does not
    ("Yes, we endorse on behalf of our members", "endorsed"),
    ("Declined (by email, 3 March)", "declined"), ("Sí, firmamos", "endorsed"),
    ("Non, merci beaucoup", "declined"), ("نعم، نوقّع", "endorsed"),
    ("Invited – 2 March", "invited"),
])
def test_reads_the_status(text, status):
    assert read_status(text) == Status(status)


@pytest.mark.parametrize("text", [
    "", "   ", "maybe", "Quizás", "Peut-être", "N/A", "?", "Pending", "2026-03-01",
    "Access Now", "Yes/No", "Firmará pronto",
])
def test_what_says_no_status_is_none(text):
    assert read_status(text) is None


def test_no_word_means_two_statuses():
    """A phrase in two languages' tables means the same status in both (the
    table is built once and refuses a clash; this says which were checked)."""
    seen: dict[str, Status] = {}
    for by_status in WORDS.values():
        for status, phrases in by_status.items():
            for phrase in phrases:
                assert read_status(phrase) is status, phrase
                seen[phrase] = status
    assert len(seen) > 150


@pytest.mark.parametrize("code", ["es", "fr", "ar"])
def test_every_status_label_of_the_interface_reads_back(code):
    """What the Signatories tab shows in each language (its .ts file), as a
    coordinator copies it into a sheet, is read as that status."""
    root = ET.parse(I18N / f"signon_{code}.ts").getroot()
    checked = 0
    for context in root.iter("context"):
        if context.findtext("name") not in ("Status", "StatusInSentence"):
            continue
        for message in context.iter("message"):
            status = Status(message.findtext("source").lower().replace(" ", "_"))
            shown = message.findtext("translation")
            assert read_status(shown) is status, (code, shown)
            checked += 1
    assert checked == 2 * len(Status)
