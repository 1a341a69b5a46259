"""What an answer to an invitation says (issue #18, "Endorse by reply").

Organisations answer an invitation by replying to it: "yes, add us", "nous
signons", "unfortunately we can't", a question, a suggested edit. Mail
servers answer too: a bounce, a delay, an out-of-office. `read_reply` gives
each message exactly one `Action`, with the text it read and a short reason a
coordinator can check; the caller (the mailbox reader, `signon inbox`) matches
the message to a signatory through `thread_ids` and `sender_address`, and
decides the two actions that need the database: DUPLICATE and UNMATCHED.

The rule is to be sure or to ask. A reply is ENDORSE or DECLINE only when its
own text (`reply_text.own_text`: never the quoted invitation, which says
"endorse" itself) says so in words of `reply_phrases` — English, Spanish,
French, Arabic — and says nothing else that needs a person: a question, a
proposed change, a "we'll get back to you", or both a yes and a no. A yes
that is negated ("we cannot endorse this", "no podremos sumarnos") is a no.
Everything else is REVIEW, because a wrong yes puts an organisation's name on
a public letter it did not agree to.

Delivery reports are read as RFC 3464 says (multipart/report;
report-type=delivery-status): a failed recipient is a BOUNCE, with the
Message-ID of the message that failed (from the returned message or its
headers) so the caller can flag that one address; a delayed or delivered
report is only an AUTO_REPLY. Automatic answers are told by their headers
(RFC 3834 Auto-Submitted, Precedence, the X- headers of common responders,
Exchange's rules loop) or their subject.

Pure: takes a parsed message (`email.message.Message` or `EmailMessage`,
either policy), reads no file, no clock, no network.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from email.header import decode_header, make_header
from email.message import Message
from email.parser import HeaderParser
from email.utils import getaddresses
from enum import StrEnum
from functools import cache

from signon.domain import reply_phrases as P
from signon.domain.reply_text import own_text, phrase_key, text_parts, words_key


class Action(StrEnum):
    """What to do with a message. read_reply gives the first five; the
    caller gives DUPLICATE (a second answer from the same signatory, or the
    same message read twice) and UNMATCHED (no signatory found)."""

    ENDORSE = "endorse"
    DECLINE = "decline"
    REVIEW = "review"
    BOUNCE = "bounce"
    AUTO_REPLY = "auto-reply"
    DUPLICATE = "duplicate"
    UNMATCHED = "unmatched"


@dataclass(frozen=True)
class Reading:
    """What `read_reply` found in one message.

    `text` is the reply's own text (no quoted message, no signature when it
    can be told); `language` is that of the phrases that decided ("en",
    "es", "fr", "ar"; for a REVIEW, of any phrase found), else None;
    `reason` is a short English phrase ('says "we endorse"', 'asks a
    question', 'both yes and no'). For a BOUNCE, the Message-ID of the
    message that failed ("<…>") and the failed recipient (lower-cased), when
    the report names them, and the report's status code ("5.1.1").
    `phrases` are the phrases found in the text, as `reply_phrases` writes
    them (the ones that decided first)."""

    action: Action
    text: str
    language: str | None
    reason: str
    bounced_message_id: str | None = None
    bounced_recipient: str | None = None
    bounce_status: str | None = None
    phrases: tuple[str, ...] = field(default=())


# --- headers ------------------------------------------------------------


def _header_values(message: Message, name: str) -> list[str]:
    """A header's values as written (both policies; a malformed header never
    raises here, as it may through the default policy's parsed objects)."""
    wanted = name.lower()
    return [str(value) for key, value in message.raw_items() if key.lower() == wanted]


def _decoded_header(value: str) -> str:
    """An RFC 2047 encoded header ("=?utf-8?b?…?=") as text."""
    try:
        return str(make_header(decode_header(value)))
    except (ValueError, LookupError, UnicodeError, TypeError):
        return value


def _subject(message: Message) -> str:
    values = _header_values(message, "Subject")
    return " ".join(_decoded_header(values[0]).split()) if values else ""


_ANGLE_ID = re.compile(r"<([^<>]*)>")


def message_ids(value: str) -> list[str]:
    """The Message-IDs in a header value, each as "<id@host>": whitespace
    inside taken out (folding), bare ids (no angle brackets, as some programs
    write them) kept when they have an "@"; comments dropped."""
    found = _ANGLE_ID.findall(value)
    if not found:
        found = [t.strip("<>") for t in re.split(r"[\s,;]+", re.sub(r"\([^()]*\)", " ", value))
                 if "@" in t]
    ids = []
    for inner in found:
        inner = "".join(inner.split())
        if inner and f"<{inner}>" not in ids:
            ids.append(f"<{inner}>")
    return ids


def thread_ids(message: Message) -> list[str]:
    """The ids a reply names as its parents: In-Reply-To, then References
    (RFC 5322 §3.6.4), each "<id@host>", in order, each once. The caller
    looks them up among the Message-IDs it sent; References keeps the
    invitation even when the reply answers a reminder or a forward."""
    ids: list[str] = []
    for name in ("In-Reply-To", "References"):
        for value in _header_values(message, name):
            ids.extend(i for i in message_ids(value) if i not in ids)
    return ids


def sender_address(message: Message) -> str:
    """The From address, lower-cased, "" when there is none."""
    for _, address in getaddresses(_header_values(message, "From")):
        if "@" in address:
            return address.strip().lower()
    return ""


# --- delivery reports and automatic answers ---------------------------


def _blocks(part: Message) -> list[Message]:
    """The field blocks of a message/delivery-status part: the per-message
    block and one per recipient. Python parses the part into blocks; a part
    it did not (another type, an encoded body) is parsed here."""
    payload = part.get_payload()
    blocks: list[Message] = []
    texts: list[str] = []
    if isinstance(payload, list):
        for block in payload:
            blocks.append(block)
            rest = block.get_payload()
            if isinstance(rest, str) and rest.strip():
                texts.append(rest)
    else:
        raw = part.get_payload(decode=True)
        texts.append(raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(payload))
    for text in texts:
        for chunk in re.split(r"\r?\n\s*\r?\n", text.strip()):
            if chunk.strip():
                blocks.append(HeaderParser().parsestr(chunk.strip() + "\n"))
    return blocks


def _field(block: Message, name: str) -> str:
    value = block.get(name)
    return " ".join(str(value).split()) if value is not None else ""


def _address_field(value: str) -> str | None:
    """"rfc822; Name@Example.org" → "name@example.org"."""
    address = value.rpartition(";")[2].strip().strip("<>").strip()
    return address.lower() if "@" in address else None


def _returned_message_id(report: Message) -> str | None:
    """The Message-ID of the message a report returns: its message/rfc822
    part (Postfix) or its headers (text/rfc822-headers: Exchange, Sendmail)."""
    for part in report.walk():
        kind = part.get_content_type()
        headers: Message | None = None
        if kind in ("message/rfc822", "message/global"):
            inner = part.get_payload()
            headers = inner[0] if isinstance(inner, list) and inner else None
        elif kind in ("text/rfc822-headers", "message/global-headers", "message/rfc822-headers"):
            raw = part.get_payload(decode=True)
            text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else \
                str(part.get_payload())
            headers = HeaderParser().parsestr(text.lstrip())
        if headers is not None:
            for value in _header_values(headers, "Message-ID"):
                ids = message_ids(value)
                if ids:
                    return ids[0]
    return None


def _delivery_report(message: Message) -> Reading | None:
    if message.get_content_type() != "multipart/report":
        return None
    kind = (message.get_param("report-type") or "").lower()
    text = own_text(message)
    if kind == "disposition-notification":
        return Reading(Action.AUTO_REPLY, text, None, "a read receipt")
    if kind not in ("delivery-status", "global-delivery-status"):
        return Reading(Action.AUTO_REPLY, text, None, f"an automatic report ({kind or 'unnamed'})")
    blocks: list[Message] = []
    for part in message.walk():
        if part.get_content_type() in ("message/delivery-status",
                                       "message/global-delivery-status"):
            blocks.extend(_blocks(part))
    recipients = [b for b in blocks if _field(b, "Action")]
    actions = {(_field(b, "Action").split() or [""])[0].lower() for b in recipients}
    failed = [b for b in recipients if _field(b, "Action").lower().startswith("failed")]
    if failed:
        first = failed[0]
        recipient = (_address_field(_field(first, "Original-Recipient"))
                     or _address_field(_field(first, "Final-Recipient")))
        status = (_field(first, "Status").split() or [None])[0]
        original = _returned_message_id(message) or next(iter(thread_ids(message)), None)
        return Reading(Action.BOUNCE, text, None,
                       f"delivery failed ({status})" if status else "delivery failed",
                       bounced_message_id=original, bounced_recipient=recipient,
                       bounce_status=status)
    if "delayed" in actions:
        return Reading(Action.AUTO_REPLY, text, None, "delivery delayed, still being tried")
    if actions:
        return Reading(Action.AUTO_REPLY, text, None,
                       "delivery report: " + ", ".join(sorted(a for a in actions if a)))
    return Reading(Action.REVIEW, text, None, "a delivery report without a recipient's status")


_DAEMONS = ("mailer-daemon", "mailerdaemon", "mail-daemon", "postmaster")


@cache
def _subject_cues(cues: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    return tuple((words_key(cue), cue) for cue in cues)


def _subject_says(subject: str, cues: tuple[str, ...]) -> str | None:
    key = f" {words_key(subject)} "
    return next((cue for k, cue in _subject_cues(cues) if f" {k} " in key), None)


def _plain_bounce(message: Message) -> Reading | None:
    """A bounce without an RFC 3464 report (Exim, qmail, old servers): from
    a mailer-daemon or postmaster, with a bounce's subject, or Exim's
    X-Failed-Recipients header."""
    failed = [a.lower() for _, a in getaddresses(_header_values(message, "X-Failed-Recipients"))
              if "@" in a]
    daemon = sender_address(message).partition("@")[0] in _DAEMONS
    if not failed and not (daemon and _subject_says(_subject(message), P.BOUNCE_SUBJECTS)):
        return None
    original = _returned_message_id(message)
    if original is None:
        plain, _ = text_parts(message)
        quoted = re.search(r"^\s*Message-ID:\s*(<[^<>\s]+>)", plain or "", re.I | re.M)
        original = quoted.group(1) if quoted else next(iter(thread_ids(message)), None)
    return Reading(Action.BOUNCE, own_text(message), None, "a bounce without a delivery report",
                   bounced_message_id=original, bounced_recipient=failed[0] if failed else None)


def auto_reply_reason(message: Message) -> str | None:
    """Why a message is an automatic answer, or None: RFC 3834's
    Auto-Submitted (anything but "no"), the X-Autoreply / X-Autorespond
    headers of vacation programs, Precedence auto_reply / bulk / junk,
    Exchange's X-MS-Exchange-Inbox-Rules-Loop, or an out-of-office subject
    in one of the languages of `reply_phrases.AUTO_REPLY_SUBJECTS`."""
    for value in _header_values(message, "Auto-Submitted"):
        word = value.split(";")[0].strip().lower()
        if word and word != "no":
            return f"Auto-Submitted: {word}"
    for name in ("X-Autoreply", "X-Autorespond", "X-Autoresponder", "X-Autogenerated"):
        for value in _header_values(message, name):
            if value.strip().lower() not in ("no", "false", "0"):
                return f"{name}: {value.strip()}"
    for value in _header_values(message, "Precedence"):
        if value.strip().lower() in ("auto_reply", "bulk", "junk"):
            return f"Precedence: {value.strip().lower()}"
    if _header_values(message, "X-MS-Exchange-Inbox-Rules-Loop"):
        return "Exchange inbox rule (X-MS-Exchange-Inbox-Rules-Loop)"
    cue = _subject_says(_subject(message), P.AUTO_REPLY_SUBJECTS)
    return f'subject says "{cue}"' if cue else None


# --- the text -----------------------------------------------------------


@dataclass(frozen=True)
class _Phrase:
    kind: str
    language: str
    text: str                  # as the table writes it, without its "*"
    pattern: re.Pattern[str]
    first: str                 # its first word, folded
    stem: bool                 # one word that may go on ("suggest*")
    order: int                 # its place in the tables: earlier tables first


def _pattern(phrase: str, language: str) -> re.Pattern[str]:
    """A phrase as a pattern on `phrase_key` text: whole words, a "," (a
    comma, colon, dash…) allowed between them, a trailing "*" letting the
    last word go on, Arabic و / ف allowed onto the first word."""
    stem = phrase.endswith("*")
    words = [w for w in phrase_key(phrase.rstrip("*")).split() if w != ","]
    body = " (?:, )?".join(re.escape(w) for w in words)
    prefix = "[\u0648\u0641]?" if language == "ar" else ""
    tail = r"\w*" if stem else ""
    return re.compile(r"(?<![\w'])" + prefix + body + tail + r"(?![\w'])")


@cache
def _phrases() -> tuple[_Phrase, ...]:
    tables = {"endorse": P.ENDORSE, "decline": P.DECLINE, "negatable": P.NEGATABLE,
              "question": P.QUESTION, "edit": P.EDIT, "hedge": P.HEDGE}
    found = []
    for kind, table in tables.items():
        for language in P.LANGUAGES:
            for phrase in table.get(language, ()):
                words = [w for w in phrase_key(phrase.rstrip("*")).split() if w != ","]
                found.append(_Phrase(kind, language, phrase.rstrip("*"),
                                     _pattern(phrase, language), words[0],
                                     phrase.endswith("*") and len(words) == 1, len(found)))
    return tuple(found)


@cache
def _by_first_word() -> tuple[dict[str, tuple[_Phrase, ...]], tuple[_Phrase, ...]]:
    """The phrases by their first word, so a sentence is tried only against
    phrases whose first word it has (2 ms a message instead of 5); and the
    one-word stems ("suggest*"), tried against every sentence."""
    index: dict[str, list[_Phrase]] = {}
    for phrase in _phrases():
        if not phrase.stem:
            index.setdefault(phrase.first, []).append(phrase)
    return ({w: tuple(p) for w, p in index.items()},
            tuple(p for p in _phrases() if p.stem))


def _candidates(key: str) -> list[_Phrase]:
    """The phrases that may match a sentence's `phrase_key`, in table order
    (an Arabic word may carry و or ف in front)."""
    index, stems = _by_first_word()
    found = set(stems)
    for token in set(key.split()):
        found.update(index.get(token, ()))
        if token[:1] in ("\u0648", "\u0641"):
            found.update(index.get(token[1:], ()))
    return sorted(found, key=lambda p: p.order)


@cache
def _bare() -> dict[str, tuple[str, str, str]]:
    """A whole sentence's words → (kind, language, phrase); the first
    language listing a sentence keeps it ("no" is English)."""
    found: dict[str, tuple[str, str, str]] = {}
    for kind, table in (("endorse", P.BARE_YES), ("decline", P.BARE_NO)):
        for language in P.LANGUAGES:
            for phrase in table.get(language, ()):
                found.setdefault(words_key(phrase), (kind, language, phrase))
    return found


@cache
def _question_starts() -> tuple[tuple[str, str], ...]:
    return tuple((words_key(w), language) for language in P.LANGUAGES
                 for w in P.QUESTION_STARTS.get(language, ()))


def _asks(sentence_words: str) -> tuple[str, str] | None:
    """(word, language) when a sentence starts like a question."""
    return next(((w, lang) for w, lang in _question_starts()
                 if sentence_words == w or sentence_words.startswith(w + " ")), None)


@cache
def _negation_words() -> frozenset[str]:
    return frozenset(phrase_key(w) if not w.endswith("'") else w
                     for words in P.NEGATIONS.values() for w in words)


@cache
def _keys(phrases: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(words_key(p) for p in phrases)


def _is_negation(token: str) -> bool:
    words = _negation_words()
    if token in words or token.endswith("n't"):
        return True
    if "'" in token and token.split("'")[0] + "'" in words:  # French n'avons
        return True
    return token[:1] in ("\u0648", "\u0641") and token[1:] in words  # Arabic ولا, فلن


@dataclass(frozen=True)
class _Hit:
    kind: str          # endorse, decline, question, edit, hedge
    language: str
    phrase: str        # as the table writes it, or the words that negate
    sentence: int
    start: int
    end: int
    derived: bool = False   # a negated yes, not a phrase of DECLINE


def _negated(key: str, start: int, end: int) -> str | None:
    """The words negating the phrase at key[start:end] ("cannot endorse
    this"), or None: a negation within NEGATION_WINDOW words before it in
    the same part of the sentence, not one of NOT_NEGATING; or a French
    "pas" just after it."""
    before = key[:start].split()
    window: list[str] = []
    breaks = _keys(P.CLAUSE_BREAKS)
    for token in reversed(before):
        if token == "," or token in breaks or \
                (window and f"{token} {window[-1]}" in breaks):
            break
        window.append(token)
        if len(window) == P.NEGATION_WINDOW:
            break
    window.reverse()
    not_negating = _keys(P.NOT_NEGATING)
    for i, token in enumerate(window):
        if _is_negation(token):
            rest = " ".join([*window[i:], *key[start:].split()])
            if any(rest == k or rest.startswith(k + " ") for k in not_negating):
                continue
            return " ".join([*window[i:], *key[start:end].split()]).replace(" ,", ",")
    after = key[end:].split()[:2]
    if after and after[0] != "," and any(t in P.NEGATIONS_AFTER for t in after):
        return key[start:end] + " " + next(t for t in after if t in P.NEGATIONS_AFTER)
    return None


_SENTENCE_END = re.compile(r"[.!?¡¿؟…]+(?=\s|$)|[!?¿¡؟]+")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)


def sentences(text: str) -> list[str]:
    """The sentences of a text: split at sentence marks and at line ends,
    except where a line was only wrapped (it ends without a mark and the
    next starts in lower case, or it is long)."""
    lines = [line.strip() for line in _URL.sub(" ", text).split("\n")]
    joined: list[str] = []
    for line in lines:
        if joined and joined[-1] and line and not re.search(r"[.!?؟:;…]$", joined[-1]) and (
                line[0].islower() or len(joined[-1]) >= 60):
            joined[-1] += " " + line
        else:
            joined.append(line)
    out: list[str] = []
    for line in joined:
        out.extend(s.strip() for s in _SENTENCE_END.split(line) if s.strip())
    return out


def _hits(text: str) -> list[_Hit]:
    hits: list[_Hit] = []
    for n, sentence in enumerate(sentences(text)):
        key = phrase_key(sentence)
        words = words_key(sentence)
        bare = _bare().get(words)
        if bare is not None:
            hits.append(_Hit(bare[0], bare[1], bare[2], n, 0, len(key)))
        opening = _asks(words)
        if opening is not None:
            hits.append(_Hit("question", opening[1], opening[0], n, 0, len(opening[0])))
        found: list[_Hit] = []
        for phrase in _candidates(key):
            for m in phrase.pattern.finditer(key):
                found.append(_Hit(phrase.kind, phrase.language, phrase.text, n,
                                  m.start(), m.end()))
        declines = [h for h in found if h.kind == "decline"]
        for hit in found:
            if hit.kind in ("endorse", "negatable"):
                if any(d.start < hit.end and hit.start < d.end for d in declines):
                    continue  # "no nos sumamos" is a no, not a "nos sumamos"
                negation = _negated(key, hit.start, hit.end)
                if negation:
                    hits.append(_Hit("decline", hit.language, negation, n, hit.start, hit.end,
                                     derived=True))
                elif hit.kind == "endorse":
                    hits.append(hit)
            else:
                hits.append(hit)
    hits.sort(key=lambda h: (h.sentence, h.start, -h.end))
    return hits


def _language(hits: list[_Hit]) -> str | None:
    """The language most of the hits are in; on a tie, the first one's."""
    if not hits:
        return None
    counts = Counter(h.language for h in hits)
    best = max(counts.values())
    return next(h.language for h in hits if counts[h.language] == best)


def _unique(items) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def judge(text: str) -> Reading:
    """The action a reply's own text asks for (see the module's docstring):
    ENDORSE, DECLINE or REVIEW."""
    if not text.strip():
        return Reading(Action.REVIEW, text, None, "no text of its own")
    hits = _hits(text)
    of = {kind: [h for h in hits if h.kind == kind]
          for kind in ("endorse", "decline", "question", "edit", "hedge")}
    of["decline"].sort(key=lambda h: h.derived)  # a DECLINE phrase says it best
    asks = bool(of["question"]) or bool(re.search(r"[?؟¿]", _URL.sub(" ", text)))

    def review(reason: str, deciding: list[_Hit]) -> Reading:
        language = _language(deciding) or _language(hits) or _question_mark_language(text)
        return Reading(Action.REVIEW, text, language, reason,
                       phrases=_unique(h.phrase for h in [*deciding, *hits]))

    if of["endorse"] and of["decline"]:
        return review("both yes and no", [*of["endorse"], *of["decline"]])
    if asks:
        return review("asks a question", of["question"])
    if of["edit"]:
        return review("suggests a change", of["edit"])
    if of["hedge"]:
        return review("not decided yet", of["hedge"])
    for kind, action in (("endorse", Action.ENDORSE), ("decline", Action.DECLINE)):
        if of[kind]:
            first = of[kind][0]
            return Reading(action, text, _language(of[kind]), f'says "{first.phrase}"',
                           phrases=_unique(h.phrase for h in of[kind]))
    return review("no clear yes or no", [])


def _question_mark_language(text: str) -> str | None:
    if "؟" in text:
        return "ar"
    if "¿" in text:
        return "es"
    return None


def read_reply(message: Message) -> Reading:
    """One message's action: BOUNCE or AUTO_REPLY from its headers and
    report parts, else ENDORSE, DECLINE or REVIEW from its own text."""
    for reading in (_delivery_report(message), _plain_bounce(message)):
        if reading is not None:
            return reading
    automatic = auto_reply_reason(message)
    if automatic:
        return Reading(Action.AUTO_REPLY, own_text(message), None, automatic)
    return judge(own_text(message))
