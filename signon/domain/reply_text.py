"""A reply's own text: what its writer typed, without the invitation it quotes.

An answer to an invitation carries the invitation under it, and the
invitation says "endorse", "sign" and asks questions: reading the quote would
make every reply an endorsement with a question. So `own_text` keeps only
the lines above (or, when the writer answered below the quote, beside) the
quoted message, the way mail programs mark it:

- plain text: lines starting with ">"; an attribution line ("On … wrote:",
  "Le … a écrit :", "El … escribió:", "في … كتب:", also wrapped over two or
  three lines, as Gmail does); Outlook's "-----Original Message-----",
  its header block ("From: … Sent: … To: … Subject:", "De : … Envoyé : …",
  "De: … Enviado: …", "من: … تم الإرسال: …") and the line of underscores
  above it; a forwarded message ("---------- Forwarded message ---------",
  "Begin forwarded message:"). Everything below an Outlook block or a
  forward is the old message (Outlook always answers on top); below an
  attribution whose quote is marked with ">", the writer may answer under
  the quote (Thunderbird's default), so those lines are kept.
- HTML (replies in HTML only, or when the plain part says nothing): the
  standard library's html.parser, dropping <blockquote>, Gmail's
  gmail_quote, Yahoo's yahoo_quoted, Thunderbird's moz-cite-prefix, and
  everything from Outlook's divRplyFwdMsg / appendonsend on; then the same
  plain-text rules (Outlook desktop writes its header block as paragraphs).
- format=flowed plain text (Thunderbird, Apple Mail) is unwrapped first.

Then the signature goes, when it can be told: from a "-- " line, a phone's
"Sent from my iPhone", or a valediction line ("Best regards,", "Cordialement",
"مع التحية") that has text above it and only a signature's few lines under it
(a "P.S." paragraph after the signature is kept). Pure: takes a parsed
message, reads no file.
"""

from __future__ import annotations

import re
from email.message import Message
from html.parser import HTMLParser

from signon.domain.folding import fold
from signon.domain.reply_phrases import GREETINGS, MOBILE_FOOTERS, VALEDICTIONS

#: Arabic vowel marks (harakat, shadda, sukun, superscript alef), the
#: tatweel, hamza forms of alef typed as a plain alef, alef maqsura as yeh,
#: teh marbuta as heh, and the Persian yeh and kaf that Arabic keyboards on
#: some systems produce. The same rule as `status_words` (vowel marks are
#: optional in writing), with the spelling variants of fast typing.
_ARABIC = {**{c: None for c in (*range(0x064B, 0x0660), 0x0670, 0x0640)},
           0x0622: "\u0627", 0x0623: "\u0627", 0x0625: "\u0627", 0x0671: "\u0627",
           0x0649: "\u064a", 0x0629: "\u0647", 0x06CC: "\u064a", 0x06A9: "\u0643"}
#: Marks of direction and joining that mail programs put around names and
#: numbers in right-to-left text, and the byte order mark.
_INVISIBLE = {c: None for c in (0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B,
                                0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
                                0x061C, 0xFEFF, 0x00AD)}
_SPACES = {c: " " for c in (0x00A0, 0x2007, 0x202F, 0x2009, 0x200A, 0x3000)}
_APOSTROPHES = {c: "'" for c in (0x2019, 0x2018, 0x02BC, 0x0060, 0x00B4, 0x2032)}


def fold_text(text: str) -> str:
    """`folding.fold`, then Arabic marks and spelling variants, invisible
    direction marks, odd spaces and curly apostrophes made plain: the form
    every phrase and every line is compared in."""
    text = text.translate(_INVISIBLE).translate(_SPACES).translate(_APOSTROPHES)
    return fold(text).translate(_ARABIC)


#: Inside a sentence, what separates its parts: a comma, semicolon, colon,
#: a bracket, a dash standing alone, the Arabic comma and semicolon.
_PART_BREAK = re.compile(r"[,;:()\[\]{}\u060c\u061b\u2013\u2014]|\s-+\s")
#: A word: letters, digits and marks, with apostrophes inside it ("can't",
#: "n'avons"); an apostrophe at a word's edge is a quotation mark.
_WORD = re.compile(r"\w+(?:'\w+)*")


def phrase_key(text: str) -> str:
    """Text as words for phrase matching: folded, words separated by one
    space, the parts of a sentence kept apart by a "," token ("Yes, we sign"
    → "yes , we sign"), every other mark dropped ("co-sign" → "co sign")."""
    tokens: list[str] = []
    for part in _PART_BREAK.split(fold_text(text)):
        words = _WORD.findall(part)
        if words:
            if tokens:
                tokens.append(",")
            tokens.extend(words)
    return " ".join(tokens)


# --- the message's text parts -------------------------------------------


def _decoded(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        payload = str(part.get_payload() or "").encode("utf-8", "replace")
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:  # a charset Python does not know: most are UTF-8 or Latin-1
        return payload.decode("utf-8", errors="replace")


def _leaves(part: Message):
    """The parts of a message, depth first, not going into an attached or
    returned message (message/rfc822): that is someone else's text."""
    if part.is_multipart() and not part.get_content_type().startswith("message/"):
        for sub in part.get_payload():
            yield from _leaves(sub)
    else:
        yield part


def text_parts(message: Message) -> tuple[str | None, str | None]:
    """The first plain-text and the first HTML body of a message, decoded
    (format=flowed plain text unwrapped); attachments are not bodies."""
    plain: str | None = None
    html: str | None = None
    for part in _leaves(message):
        if part.get_content_disposition() == "attachment":
            continue
        kind = part.get_content_type()
        if kind == "text/plain" and plain is None:
            plain = _decoded(part)
            if (part.get_param("format") or "").lower() == "flowed":
                plain = unflow(plain, (part.get_param("delsp") or "").lower() == "yes")
        elif kind == "text/html" and html is None:
            html = _decoded(part)
    return plain, html


def unflow(text: str, delsp: bool = False) -> str:
    """RFC 3676 format=flowed: a line ending in a space goes on in the next
    line of the same quote depth; a leading space is stuffing."""
    out: list[str] = []
    carry: str | None = None
    carry_depth = -1
    for line in text.replace("\r\n", "\n").split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        body = line[depth:]
        if body.startswith(" "):
            body = body[1:]
        if carry is not None and depth == carry_depth:
            body = carry + body
        elif carry is not None:
            out.append(">" * carry_depth + (" " if carry_depth else "") + carry)
        carry = None
        if body.endswith(" ") and body != "-- ":
            carry = body[:-1] if delsp else body
            carry_depth = depth
            continue
        out.append(">" * depth + (" " if depth else "") + body)
    if carry is not None:
        out.append(">" * carry_depth + (" " if carry_depth else "") + carry)
    return "\n".join(out)


# --- HTML ---------------------------------------------------------------

_BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "table",
          "ul", "ol", "pre", "section", "article", "header", "footer", "address", "center",
          "dd", "dt", "dl", "blockquote", "form", "fieldset", "figure", "tbody", "thead"}
_PARAGRAPH = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "pre"}
_INVISIBLE_TAGS = {"style", "script", "head", "title", "template", "xml", "noscript"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed",
         "source", "track", "wbr", "param"}
#: A class or id naming quoted text: dropped with everything inside.
_QUOTE_MARKS = ("gmail_quote", "yahoo_quoted", "moz-cite-prefix", "protonmail_quote",
                "zmail_extra", "ms-outlook-mobile-reference", "quote", "signature")
#: A class or id where Outlook (and Hotmail before it) starts the old
#: message: everything from there on is dropped, not only the element.
_QUOTE_FROM_HERE = ("divrplyfwdmsg", "appendonsend", "mail-editor-reference-message-container",
                    "olk_src_body_section", "stopspelling", "replysplit")


class _TextOfHtml(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.newlines = 0                  # how many line ends the text ends with
        self.skip_tag: str | None = None   # the element being dropped whole
        self.skip_depth = 0
        self.hidden = 0                    # inside <style>, <head>, …
        self.pre = 0
        self.stopped = False               # Outlook's old message started

    def handle_starttag(self, tag, attrs):
        if self.stopped:
            return
        if self.skip_tag is not None:
            if tag == self.skip_tag:
                self.skip_depth += 1
            return
        names = " ".join((v or "") for k, v in attrs if k in ("class", "id")).lower()
        if any(mark in names for mark in _QUOTE_FROM_HERE):
            self.stopped = True
            return
        if tag not in _VOID and (tag == "blockquote" or any(m in names for m in _QUOTE_MARKS)):
            self.skip_tag, self.skip_depth = tag, 1
            return
        if tag in _INVISIBLE_TAGS:
            self.hidden += 1
        elif tag == "pre":
            self.pre += 1
        if tag == "br":
            self._add("\n")
        elif tag in _BLOCK:
            self._end_line(2 if tag in _PARAGRAPH else 1)

    def _add(self, text: str) -> None:
        if text:
            self.chunks.append(text)
            stripped = text.rstrip("\n")
            self.newlines = (self.newlines if not stripped.strip(" ") else 0) + \
                len(text) - len(stripped)

    def _end_line(self, count: int) -> None:
        """A block's edge: the text ends with `count` line ends, at least
        (nested blocks, <div><div>, make one break, not several)."""
        if self.chunks and self.newlines < count:
            self._add("\n" * (count - self.newlines))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if self.stopped:
            return
        if self.skip_tag is not None:
            if tag == self.skip_tag:
                self.skip_depth -= 1
                if self.skip_depth == 0:
                    self.skip_tag = None
                    self._end_line(1)
            return
        if tag in _INVISIBLE_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag in _BLOCK and tag != "br":
            self._end_line(2 if tag in _PARAGRAPH else 1)

    def handle_data(self, data):
        if self.stopped or self.skip_tag is not None or self.hidden:
            return
        self._add(data if self.pre else re.sub(r"[ \t\r\n\f]+", " ", data))


def html_to_text(html: str) -> str:
    """The text of an HTML reply without its quoted parts: one line per
    block, a blank line between paragraphs."""
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    return tidy("".join(parser.chunks))


def tidy(text: str) -> str:
    """Lines stripped of their outer spaces, no more than one blank line in a
    row, none at either end."""
    lines = [" ".join(line.translate(_SPACES).split()) if line.strip() else ""
             for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


# --- plain text ---------------------------------------------------------

#: An attribution line, matched on folded text (lines joined with spaces
#: when the mail program wrapped it).
_ATTRIBUTION_START = re.compile(
    r"^(?:on\b.*\bwrote|le\b.*\ba ecrit|el\b.*\bescribio|am\b.*\bschrieb|"
    r"em\b.*\bescreveu|il\b.*\bha scritto|op\b.*\bschreef|في\b.*(?:كتب|بواسطه)).{0,120}:$")
#: A line ending like an attribution without its opening ("Maria Keller
#: <m@x.org> wrote:"): one only when a ">" quote follows it.
_ATTRIBUTION_END = re.compile(r"(?:\bwrote|\ba ecrit|\bescribio|\bschrieb|\bescreveu|كتب)\s*:$")
_SEPARATOR = re.compile(
    r"^[-=_*\s]*(?:original message|message d'origine|mensaje original|"
    r"ursprungliche nachricht|الرساله الاصليه|forwarded message|"
    r"message transfere|mensaje reenviado|weitergeleitete nachricht|"
    r"رساله معاد توجيهها|الرساله المعاد توجيهها)[-=_*\s]*:?$")
_FORWARD_INTRO = re.compile(
    r"^(?:begin forwarded message|debut du message reexpedie|inicio del mensaje reenviado|"
    r"anfang der weitergeleiteten nachricht)\s*:$")
_UNDERSCORES = re.compile(r"^_{10,}$|^-{20,}$")
_HEADER_FROM = re.compile(r"^\*?(?:from|de|von|من|المرسل)\s*:\*?\s*\S")
_HEADER_SENT = re.compile(
    r"^\*?(?:sent|date|envoye|enviado|enviado el|fecha|gesendet|datum|تم الارسال|التاريخ|"
    r"ارسل|ارسلت)\s*:")
_HEADER_TO = re.compile(
    r"^\*?(?:to|subject|objet|a|para|asunto|an|betreff|cc|الي|الموضوع)\s*:")


def _is_header_block(folded: list[str], i: int) -> bool:
    """An Outlook header block starts at line i: From, then Sent or Date,
    then To or Subject, within a few lines."""
    if not _HEADER_FROM.match(folded[i]):
        return False
    window = folded[i + 1:i + 7]
    sent = next((j for j, line in enumerate(window) if _HEADER_SENT.match(line)), None)
    return sent is not None and any(_HEADER_TO.match(line) for line in window)


def _attribution(folded: list[str], i: int) -> int | None:
    """The last line of an attribution starting at line i, or None."""
    for span in (1, 2, 3):
        if i + span > len(folded) or not folded[i + span - 1] or \
                folded[i + span - 1].startswith(">"):
            break  # a wrapped attribution has no blank or quoted line inside
        joined = " ".join(folded[i:i + span])
        if len(joined) > 300:
            break
        if _ATTRIBUTION_START.match(joined):
            return i + span - 1
        if _ATTRIBUTION_END.search(joined) and _next_is_quote(folded, i + span):
            return i + span - 1
    return None


def _next_is_quote(folded: list[str], start: int) -> bool:
    return next((line.startswith(">") for line in folded[start:] if line), False)


def strip_quotes(text: str) -> str:
    """The text without quoted lines, attributions, Outlook blocks and
    forwarded messages (see the module's docstring)."""
    lines = text.replace("\r\n", "\n").split("\n")
    folded = [fold_text(line).strip() for line in lines]
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = folded[i]
        if line.startswith(">"):
            i += 1
            continue
        if (_SEPARATOR.match(line) or _FORWARD_INTRO.match(line) or _is_header_block(folded, i)
                or (_UNDERSCORES.match(line) and any(
                    _is_header_block(folded, j) for j in range(i + 1, min(i + 4, len(lines)))))):
            break
        end = _attribution(folded, i) if line else None
        if end is not None:
            if _next_is_quote(folded, end + 1):
                i = end + 1
                continue
            break
        out.append(lines[i])
        i += 1
    return tidy("\n".join(out))


def words_key(text: str) -> str:
    """Only the words of a text, folded, one space between them."""
    return " ".join(_WORD.findall(fold_text(text)))


_VALEDICTION_KEYS = {" ".join(_WORD.findall(fold_text(v))) for v in VALEDICTIONS}
_GREETING_KEYS = tuple(" ".join(_WORD.findall(fold_text(g))) for g in GREETINGS)
_FOOTER_KEYS = tuple(" ".join(_WORD.findall(fold_text(f))) for f in MOBILE_FOOTERS)
#: At most this many lines under a valediction make a signature.
_SIGNATURE_LINES = 12


def _is_valediction(line: str) -> bool:
    """"Best regards", "Best regards," "Thanks!", "Best, Maria": the line is
    a valediction, or one followed by a comma and a name of a few words."""
    stripped = line.strip()
    if words_key(stripped) in _VALEDICTION_KEYS:
        return True
    head, comma, name = stripped.partition(",")
    words = name.split()
    # a name, not a sentence: "Thanks, we endorse" is no valediction
    return bool(comma) and words_key(head) in _VALEDICTION_KEYS and 0 < len(words) <= 3 \
        and not re.search(r"[.!?؟]", name) and all(not w[0].islower() for w in words)


def _is_greeting(line: str) -> bool:
    key = words_key(line)
    return any(key == g or key.startswith(g + " ") for g in _GREETING_KEYS)


def strip_signature(text: str) -> str:
    """The text without its signature, when one can be told (see the
    module's docstring)."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        key = words_key(line)
        if line.strip() in ("--", "—") or (
                key and any(key.startswith(f) for f in _FOOTER_KEYS) and len(key) < 80):
            lines = lines[:i] + _postscript(lines[i + 1:])
            break
    for i, line in enumerate(lines):
        if not _is_valediction(line):
            continue
        above = [x for x in lines[:i] if x.strip()]
        if not above or all(_is_greeting(x) for x in above):
            continue
        rest = lines[i + 1:]
        tail = _postscript(rest)
        if len([x for x in rest if x.strip()]) - len([x for x in tail if x.strip()]) \
                <= _SIGNATURE_LINES:
            return tidy("\n".join(lines[:i] + tail))
    return tidy("\n".join(lines))


def _postscript(lines: list[str]) -> list[str]:
    """A "P.S." paragraph under a signature, which is text of the reply."""
    for i, line in enumerate(lines):
        if re.match(r"^\s*p\.?\s?s\b", fold_text(line)):
            return [""] + lines[i:]
    return []


def own_text(message: Message) -> str:
    """What the writer of a reply typed: its plain text (or, when that is
    missing or says nothing of its own, its HTML) without the quoted message
    and without the signature."""
    plain, html = text_parts(message)
    text = strip_quotes(plain) if plain is not None else ""
    if not text and html is not None:
        text = strip_quotes(html_to_text(html))
    return strip_signature(text)
