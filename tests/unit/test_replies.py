"""Reading answers to invitations (issue #18, "Endorse by reply"): the corpus
of real-shaped messages in tests/data/replies (its README says each case),
then the rules one at a time: the quoted invitation never counts, negation,
HTML, delivery reports, automatic answers, thread ids."""

from __future__ import annotations

import csv
import email
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from signon.domain import reply_phrases as P
from signon.domain.replies import (
    Action,
    judge,
    message_ids,
    read_reply,
    sender_address,
    sentences,
    thread_ids,
)
from signon.domain.reply_text import html_to_text, own_text, strip_quotes, strip_signature

CORPUS = Path(__file__).resolve().parents[1] / "data" / "replies"
ROWS = list(csv.DictReader((CORPUS / "expected.csv").open(encoding="utf-8")))
INVITATION_TEXT = "We are inviting organisations"


def load(name: str, *, compat: bool = False):
    with (CORPUS / name).open("rb") as f:
        if compat:  # the library's default policy: Message, not EmailMessage
            return email.message_from_binary_file(f)
        return email.message_from_binary_file(f, policy=policy.default)


def message(body: str = "", *, html: str | None = None, subject: str = "Re: Invitation",
            **headers: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = headers.pop("From", "Someone <someone@org.example>")
    msg["To"] = "letters@coalition.example"
    msg["Subject"] = subject
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    if body:
        msg.set_content(body)
        if html is not None:
            msg.add_alternative(html, subtype="html")
    elif html is not None:
        msg.set_content(html, subtype="html")
    return msg


# --- the corpus ---------------------------------------------------------


def test_every_file_of_the_corpus_has_a_row():
    files = {p.name for p in CORPUS.glob("*.eml")}
    assert files == {row["file"] for row in ROWS}
    assert len(files) >= 20


@pytest.mark.parametrize("row", ROWS, ids=[r["file"] for r in ROWS])
def test_the_corpus_reads_as_expected(row):
    reading = read_reply(load(row["file"]))
    assert reading.action == Action(row["action"]), reading.reason
    assert reading.language == (row["language"] or None)
    assert reading.bounced_message_id == (row["bounced_message_id"] or None)
    assert reading.bounced_recipient == (row["bounced_recipient"] or None)
    assert reading.reason
    if reading.action in (Action.ENDORSE, Action.DECLINE):
        assert reading.reason.startswith('says "')


@pytest.mark.parametrize("row", ROWS, ids=[r["file"] for r in ROWS])
def test_the_library_default_policy_reads_the_same(row):
    """A mailbox reader may parse with email.message_from_bytes and no
    policy (compat32 Message objects): the answer is the same."""
    assert read_reply(load(row["file"], compat=True)) == read_reply(load(row["file"]))


@pytest.mark.parametrize("row", [r for r in ROWS if r["action"] not in ("bounce", "auto-reply")],
                         ids=lambda r: r["file"])
def test_the_own_text_never_holds_the_quoted_invitation(row):
    text = read_reply(load(row["file"])).text
    assert INVITATION_TEXT not in text
    assert "we endorse\"" not in text  # the invitation's instruction
    assert "Digital Rights Coalition" not in text  # its attribution line or header block


def test_the_own_text_loses_the_signature_but_keeps_the_answer():
    text = read_reply(load("thunderbird-endorse.eml")).text
    assert text.startswith("Hi all,")
    assert "Yes, we endorse the statement on behalf of Open Rights Lab." in text
    assert "Policy Lead" not in text and "+49" not in text and "Best," not in text
    gmail = read_reply(load("gmail-endorse.eml")).text
    assert "Programme Manager" not in gmail and "https://" not in gmail
    assert read_reply(load("reminder-reply-endorse.eml")).text == \
        "Sorry for the slow answer. Yes, we sign!\n\nJonas"


def test_html_and_plain_parts_give_the_same_answer():
    for name in ("gmail-endorse.eml", "outlook-html-endorse.eml", "french-endorse.eml",
                 "arabic-endorse.eml", "forwarded-endorse.eml", "suggested-edit-review.eml"):
        msg = load(name)
        plain = msg.get_body(("plain",)).get_content()
        html = msg.get_body(("html",)).get_content()
        assert judge(strip_signature(strip_quotes(plain))).action == \
            judge(strip_signature(strip_quotes(html_to_text(html)))).action, name


@pytest.mark.parametrize("name,ids", [
    ("thunderbird-endorse.eml", ["<signon.1.41.invitation@coalition.example>"]),
    ("forwarded-endorse.eml", [
        "<CAHr7kP2wQ9xM3vB8nL1tY6uE4zR5sD0fG2hJ7kA9cV3bN1mX8q@mail.gmail.com>",
        "<signon.1.57.invitation@coalition.example>"]),
    ("reminder-reply-endorse.eml", ["<signon.1.58.reminder@coalition.example>"]),
    ("dsn-exchange.eml", ["<signon.1.54.reminder@coalition.example>"]),
    ("dsn-postfix.eml", []),
])
def test_thread_ids_of_the_corpus(name, ids):
    assert thread_ids(load(name)) == ids


@pytest.mark.parametrize("name,address", [
    ("thunderbird-endorse.eml", "maria.keller@openrightslab.example"),
    ("arabic-decline-cp1256.eml", "info@levantrights.example"),  # encoded name
    ("dsn-postfix.eml", "mailer-daemon@smtp.coalition.example"),  # a comment, not a name
    ("dsn-exchange.eml", "postmaster@contosoadvocacy.example"),
    ("question-review.eml", "cmt.director@gmail.com"),
])
def test_sender_address_of_the_corpus(name, address):
    assert sender_address(load(name)) == address


def test_bounces_say_their_status():
    assert read_reply(load("dsn-postfix.eml")).bounce_status == "5.1.1"
    assert read_reply(load("dsn-exchange.eml")).bounce_status == "5.2.2"
    assert read_reply(load("dsn-delayed.eml")).reason == "delivery delayed, still being tried"


def test_matching_ids_follow_the_readme_scheme():
    """Every signatory the expected rows name was sent the ids the README's
    scheme gives, and the file names one of them (or bounced it)."""
    sent = {row["signatory_id"]: {row["invitation_id"], row["reminder_id"]} - {""}
            for row in csv.DictReader((CORPUS / "signatories.csv").open(encoding="utf-8"))}
    for row in ROWS:
        if not row["signatory_id"]:
            continue
        ids = set(thread_ids(load(row["file"])))
        ids.add(row["bounced_message_id"])
        assert ids & sent[row["signatory_id"]], row["file"]


# --- quoting ------------------------------------------------------------

QUOTED = ("Dear Org,\n\nTo endorse, simply reply saying \"we endorse\". Questions?\n\n"
          "Thank you,\nDigital Rights Coalition")


@pytest.mark.parametrize("reply", [
    # ">" quoting, top and bottom, and nested
    "Unfortunately we can't sign.\n\n> " + QUOTED.replace("\n", "\n> "),
    "> " + QUOTED.replace("\n", "\n> ") + "\n\nUnfortunately we can't sign.",
    ">> old\n> " + QUOTED.replace("\n", "\n> ") + "\nUnfortunately we can't sign.",
    # attributions, one line or wrapped as Gmail wraps them, in four languages
    "Unfortunately we can't sign.\n\nOn Mon, 2 Mar 2026 at 10:00, Coalition <\n"
    "letters@coalition.example> wrote:\n\n> " + QUOTED.replace("\n", "\n> "),
    "Unfortunately we can't sign.\n\nLe lun. 2 mars 2026 à 10:00, Coalition "
    "<letters@coalition.example> a écrit :\n" + QUOTED,
    "Unfortunately we can't sign.\n\nEl lun, 2 mar 2026 a las 10:00, Coalition "
    "(<letters@coalition.example>) escribió:\n" + QUOTED,
    "Unfortunately we can't sign.\n\nفي الاثنين، 2 مارس 2026، كتب Coalition "
    "<letters@coalition.example>:\n" + QUOTED,
    "Unfortunately we can't sign.\n\nDigital Rights Coalition wrote:\n> "
    + QUOTED.replace("\n", "\n> "),
    # Outlook's separators and header blocks, in three languages
    "Unfortunately we can't sign.\n\n-----Original Message-----\n" + QUOTED,
    "Unfortunately we can't sign.\n\n----- Original Message -----\n" + QUOTED,
    "Unfortunately we can't sign.\n\n________________________________\n"
    "From: Coalition <letters@coalition.example>\nSent: Monday, 2 March 2026 10:00\n"
    "To: Org\nSubject: Invitation\n\n" + QUOTED,
    "Unfortunately we can't sign.\n\nFrom: Coalition <letters@coalition.example>\n"
    "Sent: Monday, March 2, 2026 10:00 AM\nTo: org@org.example\nSubject: Invitation\n\n"
    + QUOTED,
    "Unfortunately we can't sign.\n\nDe : Coalition <letters@coalition.example>\n"
    "Envoyé : lundi 2 mars 2026 10:00\nÀ : org@org.example\nObjet : Invitation\n\n"
    + QUOTED,
    "Unfortunately we can't sign.\n\nDe: Coalition <letters@coalition.example>\n"
    "Enviado: lunes, 2 de marzo de 2026 10:00\nPara: org@org.example\n"
    "Asunto: Invitation\n\n" + QUOTED,
    "Unfortunately we can't sign.\n\n*From:* Coalition <letters@coalition.example>\n"
    "*Sent:* Monday, March 2, 2026 10:00 AM\n*To:* org@org.example\n"
    "*Subject:* Invitation\n\n" + QUOTED,
    # forwards
    "Unfortunately we can't sign.\n\n---------- Forwarded message ---------\n" + QUOTED,
    "Unfortunately we can't sign.\n\nBegin forwarded message:\n\n" + QUOTED,
    "Unfortunately we can't sign.\n\n-------- Message transféré --------\n" + QUOTED,
])
def test_quoted_text_never_counts(reply):
    text = strip_quotes(reply)
    assert "we endorse" not in text and "Questions" not in text
    assert judge(text).action == Action.DECLINE


def test_an_answer_under_the_quote_is_kept():
    reply = ("On 02/03/2026 10:00, Coalition wrote:\n> " + QUOTED.replace("\n", "\n> ")
             + "\n\nCount us in.\n\n> More of the invitation?\n\nBest,\nAna")
    assert strip_signature(strip_quotes(reply)) == "Count us in."


def test_format_flowed_is_unwrapped():
    msg = EmailMessage()
    msg["From"] = "a@org.example"
    msg.set_content("We are happy to \nsign on behalf of Org.\n\n> quoted \n> line\n")
    msg.set_param("format", "flowed")
    assert own_text(msg) == "We are happy to sign on behalf of Org."


@pytest.mark.parametrize("html,expected", [
    # Gmail: the quote and the signature go
    ('<div dir="ltr">We endorse.<div><br></div><div class="gmail_signature">Ana<br>'
     'Director?</div></div><div class="gmail_quote"><div class="gmail_attr">On Mon, X '
     'wrote:</div><blockquote class="gmail_quote">we cannot sign?</blockquote></div>',
     "We endorse."),
    # Outlook: everything from divRplyFwdMsg on, though not inside it
    ('<div>Count us in</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg">'
     '<b>From:</b> X</div><div>Could you sign? we decline</div>', "Count us in"),
    ('<div>Count us in</div><hr><div id="x_divRplyFwdMsg"><b>From:</b> X</div>'
     '<div>we decline</div>', "Count us in"),
    # Apple Mail, Thunderbird: blockquote type=cite and the cite prefix
    ('<body>Nous signons.<br><div><br><blockquote type="cite"><div>Le 2 mars, X a écrit :'
     '</div><div>Signez-vous ?</div></blockquote></div></body>', "Nous signons."),
    ('<p>Firmamos.</p><div class="moz-cite-prefix">El lun, X escribió:</div>'
     '<blockquote type="cite">¿Firman?</blockquote>', "Firmamos."),
    # nested blockquotes, entities, <style> and comments
    ('<style>p {color: red}</style><!-- x --><p>Yes, we sign&nbsp;&amp; thank you.</p>'
     '<blockquote><blockquote>old?</blockquote>also old?</blockquote>',
     "Yes, we sign & thank you."),
    # Outlook desktop: the header block is paragraphs
    ('<p class="MsoNormal">We endorse.</p><div style="border-top:solid #E1E1E1 1.0pt">'
     '<p class="MsoNormal"><b>From:</b> X<br><b>Sent:</b> Monday<br><b>To:</b> Y<br>'
     '<b>Subject:</b> Invitation</p></div><p>Do you sign?</p>', "We endorse."),
])
def test_html_replies(html, expected):
    assert strip_quotes(html_to_text(html)) == expected


def test_a_reply_in_html_only():
    msg = message(html='<html><body><p>Dear all,</p><p>We are glad to endorse the '
                       'statement.</p><blockquote type="cite">Would you sign? We decline.'
                       '</blockquote></body></html>')
    reading = read_reply(msg)
    assert reading.action == Action.ENDORSE
    assert reading.text == "Dear all,\n\nWe are glad to endorse the statement."


def test_an_empty_plain_part_falls_back_to_html():
    msg = message("> only the quote\n", html="<p>Count us in!</p><blockquote>x</blockquote>")
    assert read_reply(msg).action == Action.ENDORSE


def test_attachments_and_returned_messages_are_not_the_reply():
    msg = message("Thanks for the invitation.")
    msg.add_attachment("We endorse.", filename="notes.txt")
    assert read_reply(msg).action == Action.REVIEW


# --- what the text says -------------------------------------------------


@pytest.mark.parametrize("text,action,language", [
    ("Yes, we endorse the statement.", "endorse", "en"),
    ("Please add us to the list of signatories.", "endorse", "en"),
    ("Count us in!", "endorse", "en"),
    ("We're happy to sign.", "endorse", "en"),
    ("Happy to sign on behalf of our members.", "endorse", "en"),
    ("No problem, count us in!", "endorse", "en"),
    ("Yes!", "endorse", "en"),
    ("Nous signons avec plaisir.", "endorse", "fr"),
    ("NOUS SOUTENONS la déclaration.", "endorse", "fr"),
    ("Comptez sur nous !", "endorse", "fr"),
    ("Oui, nous signons.", "endorse", "fr"),
    ("Firmamos.", "endorse", "es"),
    ("Nos sumamos con gusto.", "endorse", "es"),
    ("Adherimos a la declaración.", "endorse", "es"),
    ("نوقع على البيان.", "endorse", "ar"),
    ("نؤيّد البيان ونوقّع عليه.", "endorse", "ar"),
    ("نحن ندعم البيان.", "endorse", "ar"),
    ("لا مانع لدينا من التوقيع.", "endorse", "ar"),  # "no objection" is a yes
    # declines, and yeses negated
    ("Unfortunately we can't.", "decline", "en"),
    ("We will not sign this letter.", "decline", "en"),
    ("We decline.", "decline", "en"),
    ("We are not able to sign.", "decline", "en"),
    ("We cannot endorse this statement.", "decline", "en"),
    ("We won’t be signing.", "decline", "en"),  # a curly apostrophe
    ("We cant endorse this letter.", "decline", "en"),
    ("We are unfortunately not in a position to endorse the letter.", "decline", "en"),
    ("No, thank you.", "decline", "en"),
    ("Nous ne pourrons pas signer.", "decline", "fr"),
    ("Nous ne signerons pas.", "decline", "fr"),
    ("Nous n'avons pas pu nous joindre à la déclaration cette fois.", "decline", "fr"),
    ("No podemos firmar.", "decline", "es"),
    ("No nos sumamos esta vez.", "decline", "es"),
    ("Lamentablemente no podremos sumarnos.", "decline", "es"),
    ("لا يمكننا التوقيع.", "decline", "ar"),
    ("للأسف لن نوقع.", "decline", "ar"),
    ("نعتذر عن التوقيع على البيان.", "decline", "ar"),
])
def test_clear_answers(text, action, language):
    reading = judge(text)
    assert (reading.action, reading.language) == (Action(action), language), reading.reason


@pytest.mark.parametrize("text,reason", [
    ("", "no text of its own"),
    ("Thanks for the invitation.", "no clear yes or no"),
    ("We will discuss this at our next meeting.", "no clear yes or no"),
    ("Could you send the final text?", "asks a question"),
    ("Is the list of signatories public", "asks a question"),  # the words ask
    ("We endorse, but who else has signed?", "asks a question"),
    ("¿Podrían enviarnos la versión final", "asks a question"),
    ("Pouvez-vous nous envoyer la version finale", "asks a question"),
    ("هل يمكن إضافة شعارنا", "asks a question"),
    ("نوقع على البيان؟", "asks a question"),
    ("We endorse and suggest one small change to paragraph 2.", "suggests a change"),
    ("We propose to amend the second paragraph.", "suggests a change"),
    ("Nous signons, mais nous proposons de modifier le titre.", "suggests a change"),
    ("Firmamos si pueden cambiar el título.", "suggests a change"),
    ("We'd be happy to sign, but we cannot endorse section 3.", "both yes and no"),
    ("We endorse. Unfortunately we can't sign.", "both yes and no"),
    ("We need to check with our board and will get back to you.", "not decided yet"),
    ("Count us in, subject to board approval.", "not decided yet"),
    ("Nous reviendrons vers vous la semaine prochaine.", "not decided yet"),
])
def test_what_needs_a_person(text, reason):
    reading = judge(text)
    assert (reading.action, reading.reason) == (Action.REVIEW, reason)


@pytest.mark.parametrize("text", [
    "We have no hesitation in endorsing this.",  # no negation, but no clear phrase either
    "We can't wait to sign!",
    "We are considering whether to sign.",
])
def test_unclear_or_hedged_is_never_a_decline(text):
    assert judge(text).action == Action.REVIEW


def test_a_question_mark_in_a_link_asks_nothing():
    assert judge("We endorse. Our logo: https://org.example/logo?size=big").action == \
        Action.ENDORSE


def test_reasons_quote_the_deciding_phrase():
    assert judge("Yes, we endorse.").reason == 'says "yes, we endorse"'
    assert judge("We cannot endorse this letter.").reason == \
        'says "cannot endorse this letter"'
    assert judge("Unfortunately we won't sign, we cannot endorse it.").reason == \
        'says "unfortunately we won\'t"'  # a phrase of DECLINE before a negated yes
    assert judge("Nous signons.").phrases == ("nous signons",)


def test_sentences_split_at_marks_and_lines_not_at_wrapping():
    assert sentences("Yes.\nWe sign! Thanks") == ["Yes", "We sign", "Thanks"]
    assert sentences("We would be happy to\nsign on behalf of Org.") == \
        ["We would be happy to sign on behalf of Org"]
    assert sentences("Yes\nMaria") == ["Yes", "Maria"]


@pytest.mark.parametrize("language", P.LANGUAGES)
def test_each_phrase_says_what_its_table_says(language):
    """Every phrase of ENDORSE, alone, endorses and every one of DECLINE
    declines, in its own language: no phrase is spoiled by another table."""
    for phrase in P.ENDORSE[language]:
        reading = judge(phrase + ".")
        assert (reading.action, reading.language) == (Action.ENDORSE, language), phrase
    for phrase in P.DECLINE[language]:
        reading = judge(phrase + ".")
        assert (reading.action, reading.language) == (Action.DECLINE, language), phrase


def test_the_tables_cover_the_same_languages():
    for table in (P.ENDORSE, P.DECLINE, P.NEGATABLE, P.NEGATIONS, P.BARE_YES, P.BARE_NO,
                  P.QUESTION, P.EDIT, P.HEDGE):
        assert set(table) == set(P.LANGUAGES)


# --- delivery reports and automatic answers ---------------------------


def _report(action: str, *, returned: str | None = "text/rfc822-headers",
            report_type: str = "delivery-status", **headers: str) -> EmailMessage:
    msg = message("This is the mail system.", From="MAILER-DAEMON@mx.example", **headers)
    msg.replace_header("Content-Type", "text/plain")
    msg.make_mixed()
    msg.set_type("multipart/report")
    msg.set_param("report-type", report_type)
    status = email.message_from_string(
        "Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n\n"
        f"Final-Recipient: rfc822; Info@Gone.example\nAction: {action}\nStatus: 5.1.1\n",
        policy=policy.default)
    msg.attach(status)
    if returned == "text/rfc822-headers":
        part = email.message_from_string(
            "Content-Type: text/rfc822-headers\n\nFrom: letters@coalition.example\n"
            "Message-ID:\n <signon.1.9.invitation@coalition.example>\nSubject: x\n",
            policy=policy.default)
        msg.attach(part)
    elif returned == "message/rfc822":
        inner = message("We endorse? the invitation", Message_ID="<signon.1.9.reminder@c.example>")
        wrapper = EmailMessage()
        wrapper.set_content(inner)
        msg.attach(wrapper)
    return msg


def test_a_failed_report_is_a_bounce_with_the_returned_id():
    reading = read_reply(_report("failed"))
    assert reading.action == Action.BOUNCE
    assert reading.bounced_message_id == "<signon.1.9.invitation@coalition.example>"
    assert reading.bounced_recipient == "info@gone.example"
    reading = read_reply(_report("failed", returned="message/rfc822"))
    assert reading.bounced_message_id == "<signon.1.9.reminder@c.example>"


def test_a_report_without_the_returned_headers_falls_back_to_in_reply_to():
    msg = _report("failed", returned=None, In_Reply_To="<signon.1.7.invitation@c.example>")
    assert read_reply(msg).bounced_message_id == "<signon.1.7.invitation@c.example>"
    assert read_reply(_report("failed", returned=None)).bounced_message_id is None


@pytest.mark.parametrize("action,expected", [
    ("delayed", Action.AUTO_REPLY), ("delivered", Action.AUTO_REPLY),
    ("relayed", Action.AUTO_REPLY), ("failed", Action.BOUNCE),
])
def test_report_actions(action, expected):
    assert read_reply(_report(action)).action == expected


def test_a_read_receipt_is_an_automatic_answer():
    msg = _report("failed", report_type="disposition-notification")
    assert read_reply(msg).action == Action.AUTO_REPLY


def test_a_bounce_without_a_report():
    """Exim: plain text, X-Failed-Recipients, the original's headers inline."""
    msg = message("This message was created automatically by mail delivery software.\n\n"
                  "A message that you sent could not be delivered.\n\n  info@gone.example\n\n"
                  "------ This is a copy of the message, including all the headers. ------\n"
                  "Message-ID: <signon.1.12.invitation@coalition.example>\n"
                  "Subject: Invitation\n\nTo endorse, reply \"we endorse\".\n",
                  subject="Mail delivery failed: returning message to sender",
                  From="Mail Delivery System <Mailer-Daemon@mx.gone.example>",
                  X_Failed_Recipients="info@gone.example", Auto_Submitted="auto-replied")
    reading = read_reply(msg)
    assert reading.action == Action.BOUNCE
    assert reading.bounced_message_id == "<signon.1.12.invitation@coalition.example>"
    assert reading.bounced_recipient == "info@gone.example"


@pytest.mark.parametrize("headers", [
    {"Auto_Submitted": "auto-replied"}, {"Auto_Submitted": "auto-generated; owner=x"},
    {"X_Autoreply": "yes"}, {"X_Autorespond": "Vacation"}, {"Precedence": "bulk"},
    {"Precedence": "auto_reply"}, {"Precedence": "junk"},
    {"X_MS_Exchange_Inbox_Rules_Loop": "someone@org.example"},
    {"subject": "Out of Office: Invitation to sign"},
    {"subject": "Automatic reply: Invitation to sign"},
    {"subject": "Réponse automatique : Invitation"},
    {"subject": "Respuesta automática: Invitation"},
    {"subject": "Abwesenheitsnotiz: Invitation"},
    {"subject": "Abwesenheit: Invitation"},
    {"subject": "رد تلقائي: Invitation"},
])
def test_automatic_answers(headers):
    reading = read_reply(message("We endorse! I am away until Monday.", **headers))
    assert reading.action == Action.AUTO_REPLY, reading.reason


@pytest.mark.parametrize("headers", [
    {"Auto_Submitted": "no"}, {"Precedence": "list"},
    {"subject": "Re: Invitation to sign (office hours)"},
])
def test_not_automatic(headers):
    assert read_reply(message("We endorse!", **headers)).action == Action.ENDORSE


# --- thread ids and the sender -----------------------------------------


def test_thread_ids_are_in_reply_to_then_references_each_once():
    msg = email.message_from_string(
        "From: a@org.example\nReferences: <a@host>\n <b@host>\n\t<c@host>\n"
        "In-Reply-To: <b@host>\n\nx\n", policy=policy.default)
    assert thread_ids(msg) == ["<b@host>", "<a@host>", "<c@host>"]


@pytest.mark.parametrize("value,ids", [
    ("<a@host>", ["<a@host>"]),
    ("  <a@host>  ", ["<a@host>"]),
    ("<a@host> (Maria's message of Monday)", ["<a@host>"]),
    ("<a@host><b@host>", ["<a@host>", "<b@host>"]),
    ("<a@host> <a@host>", ["<a@host>"]),
    ("a@host", ["<a@host>"]),  # some programs forget the brackets
    ("a@host, b@host", ["<a@host>", "<b@host>"]),
    ("<signon.1.42.invitation@\n coalition.example>",
     ["<signon.1.42.invitation@coalition.example>"]),
    ("Your message of Monday", []),
    ("", []),
])
def test_message_ids(value, ids):
    assert message_ids(value) == ids


def test_sender_address():
    assert sender_address(message("x", From='"Keller, Maria" <Maria.Keller@Org.Example>')) == \
        "maria.keller@org.example"
    msg = EmailMessage()
    msg["To"] = "x@y.example"
    assert sender_address(msg) == ""
