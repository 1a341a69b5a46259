"""What an endorsement by email proves (issue #18): the evidence kept with it.

Open letters meet fake signatures. Anyone can write "please add Amnesty
International" from a free-mail address, or put an organisation's address in
the From line of a message sent from anywhere: SMTP does not check it. A
name on a published letter that the organisation never agreed to hurts the
organisation and the letter, and retracting it is public. So an endorsement
that arrives by reply is kept with its evidence: the receiving server's
verdicts on the message (`auth_verdicts`, from the Authentication-Results
header of RFC 8601) and a digest of the message as it was read
(`message_digest`), and `is_verified` says whether that evidence ties the
message to the organisation.

A verified endorsement proves two things: the address belongs to the
organisation (its domain is the organisation's website domain, or the
address is one on record for it), and the message really came from that
domain's mail system (a DKIM signature of that domain, or DMARC, passed at
our receiving server). It does not prove that the person who wrote it may
sign for the organisation (an intern's "sure, add us" passes), that the
mailbox was not misused, or anything about a verdict that the receiving
server did not write itself: a sender can put an Authentication-Results
header into its own message, so only the topmost one (the last added, by
our server) counts, or the topmost whose authserv-id the caller trusts. A
free-mail address is never verified, even when it is on record: gmail.com
signs for every Gmail user alike. An unverified endorsement is not a fake
one; it is one a coordinator confirms another way (a call, a second address).

The digest is not a signature: it says which bytes were read, so the stored
copy can be checked against the mailbox later, nothing more. Pure: takes a
parsed message or bytes, reads no file, no DNS.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from email.message import Message
from email.utils import getaddresses
from urllib.parse import urlsplit

#: Personal mailbox providers (free or paid): an address there belongs to a
#: person, not to an organisation, whatever its name says.
FREE_MAIL_DOMAINS: frozenset[str] = frozenset({
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com",
    "passport.com", "ymail.com", "rocketmail.com", "aol.com", "aim.com", "icloud.com",
    "me.com", "mac.com", "proton.me", "protonmail.com", "protonmail.ch", "pm.me",
    "tutanota.com", "tutanota.de", "tutamail.com", "tuta.io", "tuta.com", "mail.ru",
    "bk.ru", "inbox.ru", "list.ru", "internet.ru", "rambler.ru", "yandex.com", "ya.ru",
    "zoho.com", "zohomail.com", "mail.com", "email.com", "usa.com", "gmx.com", "gmx.net",
    "web.de", "t-online.de", "posteo.de", "posteo.net", "mailbox.org", "fastmail.com",
    "fastmail.fm", "hushmail.com", "riseup.net", "disroot.org", "autistici.org",
    "systemli.org", "qq.com", "163.com", "126.com", "sina.com", "naver.com", "daum.net",
    "hanmail.net", "rediffmail.com", "libero.it", "virgilio.it", "orange.fr", "wanadoo.fr",
    "free.fr", "laposte.net", "sfr.fr", "seznam.cz", "wp.pl", "o2.pl", "interia.pl",
    "onet.pl", "uol.com.br", "bol.com.br", "terra.com.br", "yahoo.com", "att.net",
    "comcast.net", "verizon.net", "btinternet.com", "sky.com", "bigpond.com",
    "hey.com", "duck.com", "skiff.com", "cock.li", "lavabit.com",
})
#: Providers with a domain per country: yahoo.fr, hotmail.co.uk, gmx.de,
#: yandex.ru, outlook.es, live.com.ar …
FREE_MAIL_FAMILIES: frozenset[str] = frozenset({
    "yahoo", "hotmail", "outlook", "live", "gmx", "yandex", "aol", "tutanota", "windowslive",
    "libero", "rediff",
})
#: Sites where an organisation has a page but not the domain: a website
#: there says nothing about which addresses are the organisation's.
SHARED_HOSTS: frozenset[str] = frozenset({
    "facebook.com", "fb.com", "fb.me", "twitter.com", "x.com", "instagram.com",
    "linkedin.com", "youtube.com", "youtu.be", "tiktok.com", "t.me", "telegram.me",
    "medium.com", "substack.com", "wordpress.com", "blogspot.com", "blogger.com",
    "wixsite.com", "wix.com", "weebly.com", "squarespace.com", "github.io", "github.com",
    "gitlab.io", "gitlab.com", "google.com", "linktr.ee", "bit.ly", "carrd.co",
    "notion.site", "mastodon.social", "bsky.app", "wa.me", "weibo.com", "vk.com",
    "tumblr.com", "about.me", "jimdosite.com", "webnode.com", "strikingly.com",
})
#: Second-level labels under a country code that are registries, not
#: organisations ("org.uk", "com.br", "or.jp"): never a parent domain that
#: makes two organisations one.
_REGISTRY_LABELS = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "or", "ne", "go",
                              "gob", "nic", "mil", "ltd", "plc", "sch", "nom", "gv", "ong",
                              "asso", "int", "info", "biz", "web"})


@dataclass(frozen=True)
class AuthVerdicts:
    """The receiving server's verdicts on one message. Results are as
    written, lower-cased ("pass", "fail", "none", "softfail", "temperror",
    Microsoft's "bestguesspass" …), None when the header has none.
    `dkim` is "pass" when any signature passed, else the first result;
    `dkim_domains` are the signing domains (header.d, else the domain of
    header.i) of the passing ones; `dmarc_domain` is the header.from of the
    DMARC result; `raw` the header(s) read, as written. `authserv_id` is
    the server that wrote them (None for Microsoft 365, which writes none),
    `spf_domain` the domain of smtp.mailfrom (or smtp.helo)."""

    dkim: str | None
    spf: str | None
    dmarc: str | None
    dkim_domains: tuple[str, ...]
    dmarc_domain: str | None
    raw: str
    authserv_id: str | None = None
    spf_domain: str | None = None


NO_VERDICTS = AuthVerdicts(None, None, None, (), None, "")


@dataclass(frozen=True)
class AuthResult:
    """One method's result in an Authentication-Results header: "dkim",
    "pass", {"header.d": "example.org", …}."""

    method: str
    result: str
    properties: dict[str, str] = field(default_factory=dict)


def _without_comments(text: str) -> str:
    """RFC 5322 comments (nested parentheses) out, quoted strings kept."""
    out: list[str] = []
    depth = 0
    quoted = False
    escaped = False
    for ch in text:
        if escaped:
            escaped = False
            if depth == 0:
                out.append(ch)
            continue
        if ch == "\\":
            escaped = True
            if depth == 0:
                out.append(ch)
            continue
        if quoted:
            out.append(ch)
            quoted = ch != '"'
        elif ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if not depth:
                out.append(" ")
        elif depth == 0:
            out.append(ch)
            quoted = ch == '"'
    return "".join(out)


def _split_outside_quotes(text: str, sep: str = ";") -> list[str]:
    parts, current, quoted = [], [], False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        if ch == sep and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


_PAIR = re.compile(r'([A-Za-z0-9_.\-/]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^\s;"]+)')


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return re.sub(r"\\(.)", r"\1", value[1:-1])
    return value


def parse_authentication_results(value: str) -> tuple[str | None, list[AuthResult]]:
    """One Authentication-Results value: its authserv-id (None when the
    header starts with a result, as Microsoft 365 writes it) and its
    results, comments and folding ignored, "none" giving no results."""
    parts = _split_outside_quotes(_without_comments(" ".join(value.split())))
    first = parts[0].strip()
    if _PAIR.match(first):
        authserv, resinfos = None, parts
    else:
        authserv = first.split()[0].lower() if first else None
        resinfos = parts[1:]
    results = []
    for resinfo in resinfos:
        pairs = _PAIR.findall(resinfo)
        if not pairs:
            continue
        method, result = pairs[0]
        results.append(AuthResult(
            method.split("/")[0].lower(), _unquote(result).lower(),
            {key.lower(): _unquote(val) for key, val in pairs[1:]}))
    return authserv, results


def _domain_of(value: str) -> str:
    """"@example.org", "user@Example.org", "example.org" → "example.org"."""
    return canonical_domain(value.rpartition("@")[2])


def auth_verdicts(message: Message, trusted_authserv_ids: Iterable[str] = ()) -> AuthVerdicts:
    """The verdicts of the receiving server on `message`: the topmost
    Authentication-Results header (the last one added, by the server that
    delivered the message to us), or, when `trusted_authserv_ids` are given,
    the topmost written by one of them. Headers of the same server right
    under it (a milter each for DKIM, SPF and DMARC) are read with it, up
    to the first Received header: anything below that came with the message
    and may be forged. No header: `NO_VERDICTS`."""
    trusted = {t.strip().lower() for t in trusted_authserv_ids if t.strip()}
    chosen: str | None = None
    used: list[str] = []
    results: list[AuthResult] = []
    started = False
    for name, value in message.raw_items():
        key = name.lower()
        if started and key == "received":
            break
        if key != "authentication-results":
            continue
        authserv, found = parse_authentication_results(str(value))
        if not started:
            if trusted and (authserv is None or authserv not in trusted):
                continue
            started, chosen = True, authserv
        elif authserv != chosen:
            continue
        used.append(f"{name}: {value}")
        results.extend(found)
    if not started:
        return NO_VERDICTS
    dkim = [r for r in results if r.method == "dkim"]
    passing = [r for r in dkim if r.result == "pass"]
    domains = []
    for r in passing:
        domain = _domain_of(r.properties.get("header.d") or r.properties.get("header.i") or "")
        if domain and domain not in domains:
            domains.append(domain)
    spf = next((r for r in results if r.method == "spf"), None)
    dmarc = next((r for r in results if r.method == "dmarc"), None)
    spf_from = (spf.properties.get("smtp.mailfrom") or spf.properties.get("smtp.helo") or "") \
        if spf else ""
    return AuthVerdicts(
        dkim="pass" if passing else (dkim[0].result if dkim else None),
        spf=spf.result if spf else None,
        dmarc=dmarc.result if dmarc else None,
        dkim_domains=tuple(domains),
        dmarc_domain=(_domain_of(dmarc.properties.get("header.from", "")) or None)
        if dmarc else None,
        raw="\n".join(used),
        authserv_id=chosen,
        spf_domain=_domain_of(spf_from) or None,
    )


def canonical_domain(domain: str) -> str:
    """A domain as compared here: lower case, no trailing dot, ASCII (IDNA)."""
    domain = domain.strip().strip("<>[]").rstrip(".").lower()
    if not domain.isascii():
        try:
            domain = domain.encode("idna").decode("ascii")
        except UnicodeError:
            pass
    return domain


def _address(text: str) -> str:
    """The address in "Name <a@b>" or "a@b", lower-cased."""
    pairs = getaddresses([text])
    address = next((a for _, a in pairs if "@" in a), text if "@" in text else "")
    return address.strip().lower()


def email_domain(address: str) -> str:
    """"Maria <Maria@Mail.Example.ORG>" → "mail.example.org"; "" when there
    is no address."""
    address = _address(address)
    return canonical_domain(address.rpartition("@")[2]) if "@" in address else ""


def website_domain(website: str) -> str:
    """"https://www.accessnow.org/x" → "accessnow.org"; also without a
    scheme ("accessnow.org/x"), with a port or user; "" when there is none."""
    text = website.strip()
    if not text:
        return ""
    if "://" not in text:
        text = "http://" + text.lstrip("/")
    try:
        host = urlsplit(text).hostname or ""
    except ValueError:
        return ""
    host = canonical_domain(host)
    if not re.fullmatch(r"[a-z0-9_-]+(?:\.[a-z0-9_-]+)+", host):
        return ""  # "not a url", "localhost"
    if host.startswith("www.") and host.count(".") >= 2:
        host = host[4:]
    return host


def _under(domain: str, parent: str) -> bool:
    return domain == parent or domain.endswith("." + parent)


def _is_registry(domain: str) -> bool:
    """A public suffix or a registry under a country code ("org", "co.uk",
    "com.br"): too wide to be one organisation's."""
    labels = domain.split(".")
    return len(labels) < 2 or (
        len(labels) == 2 and len(labels[1]) == 2 and labels[0] in _REGISTRY_LABELS)


def is_free_mail(domain: str) -> bool:
    """A personal mailbox provider's domain (or one under it):
    `FREE_MAIL_DOMAINS`, and the families with a domain per country
    (yahoo.fr, hotmail.co.uk, gmx.de)."""
    domain = canonical_domain(domain.rpartition("@")[2])
    if not domain:
        return False
    if any(_under(domain, free) for free in FREE_MAIL_DOMAINS):
        return True
    labels = domain.split(".")
    return labels[0] in FREE_MAIL_FAMILIES and 2 <= len(labels) <= 3 and \
        all(len(label) <= 3 for label in labels[1:])


def is_shared_host(domain: str) -> bool:
    """A site where many organisations have pages (`SHARED_HOSTS`)."""
    domain = canonical_domain(domain)
    return any(_under(domain, host) for host in SHARED_HOSTS)


def domains_related(a: str, b: str) -> bool:
    """One organisation's domains: equal, or one under the other
    ("mail.example.org" and "example.org"), the shorter not a registry
    ("co.uk"), neither a shared host nor free mail."""
    a, b = canonical_domain(a), canonical_domain(b)
    if not a or not b or is_shared_host(a) or is_shared_host(b) or is_free_mail(a) \
            or is_free_mail(b):
        return False
    shorter = a if len(a) <= len(b) else b
    return not _is_registry(shorter) and (_under(a, b) or _under(b, a))


def authenticated_for(domain: str, verdicts: AuthVerdicts) -> bool:
    """The receiving server saw the message come from `domain`'s mail
    system: a passing DKIM signature of the domain or a parent of it (not a
    registry), or DMARC passed with that domain as header.from. SPF alone is
    not enough: it checks the envelope sender, which readers never see."""
    domain = canonical_domain(domain)
    if not domain:
        return False
    if verdicts.dkim == "pass" and any(_under(domain, d) and not _is_registry(d)
                                       for d in verdicts.dkim_domains):
        return True
    return verdicts.dmarc == "pass" and verdicts.dmarc_domain == domain


def is_verified(from_address: str, verdicts: AuthVerdicts, website: str,
                known_addresses: Iterable[str]) -> bool:
    """The message is the organisation's (see the module's docstring): its
    From address is the organisation's — its domain related to the website
    domain, or the address on record (case-insensitive) — and authenticated
    for its domain. Never for free mail, never without verdicts."""
    domain = email_domain(from_address)
    if not domain or is_free_mail(domain):
        return False
    address = _address(from_address)
    on_record = address in {_address(known) for known in known_addresses}
    if not on_record and not domains_related(domain, website_domain(website)):
        return False
    return authenticated_for(domain, verdicts)


def message_digest(raw: bytes) -> str:
    """SHA-256 of the message's bytes as read, in hex: which message was
    read, to check a stored copy against the mailbox later."""
    return hashlib.sha256(raw).hexdigest()
