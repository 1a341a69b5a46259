"""A note the outbox stores beside a message that did not go is English in
the database and in the reader's language on screen (issue 23)."""

from __future__ import annotations

import pytest

from signon import message_catalog
from signon.domain import messages
from signon.domain.audience import MAYBE_SENT, NOT_FOR_THEM, LeftOut
from signon.domain.outbox_notes import EXCLUDED_BY_HAND, not_sent_note, shown_note


@pytest.fixture(autouse=True)
def english_after():
    yield
    messages.install(None)


def test_the_stored_note_is_english_whatever_the_language():
    message_catalog.install("fr")
    note = not_sent_note("Access Now", LeftOut(NOT_FOR_THEM, kind="reminder"))
    assert note == ("not sent: Access Now: reminders go only to those invited who have not "
                    "answered yet")


@pytest.mark.parametrize(("language", "shown"), [
    ("en", "not sent: Access Now: reminders go only to those invited who have not answered yet"),
    ("es", "no enviado: Access Now: los recordatorios se envían solo a los invitados que aún "
           "no han respondido"),
    ("ar", "لم يُرسل إلى \u2068Access Now\u2069: التذكيرات تُرسل فقط إلى المدعوّين الذين لم "
           "يردّوا بعد"),
])
def test_a_not_sent_note_is_shown_in_the_language(language, shown):
    note = not_sent_note("Access Now", LeftOut(NOT_FOR_THEM, kind="reminder"))
    message_catalog.install(language)
    assert shown_note(note) == shown


def test_notes_without_values_and_unknown_notes():
    message_catalog.install("pt")
    assert shown_note(EXCLUDED_BY_HAND) == "excluído manualmente"
    assert shown_note("550 mailbox unavailable") == "550 mailbox unavailable"
    assert shown_note("") == ""


def test_a_left_out_reason_is_worded_when_shown():
    reason = LeftOut(MAYBE_SENT, kind="invitation")
    english = str(reason)
    message_catalog.install("es")
    assert str(reason) != english and "bandeja de salida" in str(reason)
    assert str(LeftOut("bounced")) == "la dirección rebotó"


@pytest.mark.parametrize(("stored", "shown"), [
    ("connection lost while sending the message (timed out)",
     "انقطع الاتصال أثناء إرسال الرسالة (\u2068timed out\u2069)"),
    ("message refused: 554 5.7.1 spam: rejected",
     "رُفضت الرسالة: \u2068554 5.7.1 spam: rejected\u2069"),
    ("a bounce came back", "ارتدّت الرسالة"),
])
def test_a_mail_servers_refusal_keeps_its_own_words(stored, shown):
    message_catalog.install("ar")
    assert shown_note(stored) == shown
