"""The evidence of an endorsement by email (issue #18): the receiving
server's Authentication-Results as real servers write them (Gmail,
Microsoft 365, Fastmail, Postfix milters), which header counts, and the rule
that says an endorsement is the organisation's."""

from __future__ import annotations

import csv
import email
from email import policy
from pathlib import Path

import pytest

from signon.domain.evidence import (
    NO_VERDICTS,
    AuthVerdicts,
    auth_verdicts,
    domains_related,
    email_domain,
    is_free_mail,
    is_verified,
    message_digest,
    parse_authentication_results,
    website_domain,
)

CORPUS = Path(__file__).resolve().parents[1] / "data" / "replies"

GMAIL = """\
Authentication-Results: mx.google.com;
       dkim=pass header.i=@accessnow.org header.s=google header.b=Xy1Z2a3B;
       arc=pass (i=1 spf=pass spfdomain=evil.example dkim=pass dkdomain=evil.example
        dmarc=pass fromdomain=evil.example);
       spf=pass (google.com: domain of someone@accessnow.org designates 209.85.220.41
        as permitted sender) smtp.mailfrom=someone@accessnow.org;
       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=accessnow.org
"""
MICROSOFT = """\
Authentication-Results: spf=pass (sender IP is 40.107.22.93)
 smtp.mailfrom=Example.org; dkim=pass (signature was verified)
 header.d=example.org;dmarc=pass action=none
 header.from=example.org;compauth=pass reason=100
"""
FASTMAIL = """\
Authentication-Results: mx3.messagingengine.com;
    dkim=pass (2048-bit rsa key sha256) header.d=example.org header.i=@example.org
      header.b=AbCdEfGh header.a=rsa-sha256 header.s=fm1 x-bits=2048;
    dmarc=pass policy.published-domain-policy=reject
      policy.applied-disposition=none policy.evaluated-disposition=none
      (p=reject,d=none,d.eval=none) policy.policy-from=p header.from=example.org;
    iprev=pass smtp.remote-ip=192.0.2.1 (mail.example.org);
    spf=pass smtp.mailfrom=someone@example.org smtp.helo=mail.example.org;
    x-aligned-from=pass (Address match);
    x-me-sender=none
"""


def parse(headers: str, body: str = "x\n"):
    return email.message_from_string(headers + "From: a@example.org\n\n" + body,
                                     policy=policy.default)


def test_gmail():
    v = auth_verdicts(parse(GMAIL))
    assert (v.dkim, v.spf, v.dmarc) == ("pass", "pass", "pass")
    # Gmail writes header.i, not header.d: its domain is the signer's
    assert v.dkim_domains == ("accessnow.org",)
    assert v.dmarc_domain == "accessnow.org"
    assert v.authserv_id == "mx.google.com"
    assert v.spf_domain == "accessnow.org"
    assert v.raw.startswith("Authentication-Results: mx.google.com;")


def test_the_arc_comment_says_nothing():
    """Results inside a comment (Gmail's arc=pass (… dkdomain=…)) are not
    results: only evil.example's comment names evil.example."""
    _, results = parse_authentication_results(GMAIL.partition(":")[2])
    assert [r.method for r in results] == ["dkim", "arc", "spf", "dmarc"]
    assert "evil.example" not in repr(results)


def test_microsoft_365_writes_no_authserv_id():
    v = auth_verdicts(parse(MICROSOFT))
    assert (v.dkim, v.spf, v.dmarc) == ("pass", "pass", "pass")
    assert v.dkim_domains == ("example.org",)
    assert v.dmarc_domain == "example.org"
    assert v.authserv_id is None
    assert v.spf_domain == "example.org"
    # a header without an id is no trusted server's
    assert auth_verdicts(parse(MICROSOFT), ["mx.coalition.example"]) == NO_VERDICTS


def test_fastmail():
    v = auth_verdicts(parse(FASTMAIL))
    assert (v.dkim, v.spf, v.dmarc) == ("pass", "pass", "pass")
    assert v.dkim_domains == ("example.org",)
    assert v.dmarc_domain == "example.org"
    assert v.authserv_id == "mx3.messagingengine.com"


@pytest.mark.parametrize("value,authserv,results", [
    ("example.com; none", "example.com", []),
    ("mx.example.org 1; spf=pass smtp.mailfrom=a.example", "mx.example.org",
     [("spf", "pass", {"smtp.mailfrom": "a.example"})]),
    # comments anywhere, nested, and a quoted reason holding ";" and "("
    ("mx.example.org (the (inner) one); dkim=fail (bad sig; really) reason=\"bad; (x)\" "
     "header.d=a.example; dmarc = pass header.from = a.example",
     "mx.example.org",
     [("dkim", "fail", {"reason": "bad; (x)", "header.d": "a.example"}),
      ("dmarc", "pass", {"header.from": "a.example"})]),
    # a method version, an upper-case result
    ("mx.example.org; dkim/1=PASS header.d=a.example", "mx.example.org",
     [("dkim", "pass", {"header.d": "a.example"})]),
])
def test_parsing(value, authserv, results):
    found_id, found = parse_authentication_results(value)
    assert found_id == authserv
    assert [(r.method, r.result, r.properties) for r in found] == results


def test_a_message_without_the_header_has_no_verdicts():
    assert auth_verdicts(parse("Subject: x\n")) == NO_VERDICTS


def test_several_dkim_results():
    v = auth_verdicts(parse(
        "Authentication-Results: mx.coalition.example;\n"
        "  dkim=fail (body hash did not verify) header.d=example.org header.s=old;\n"
        "  dkim=pass header.d=mailchimp.example header.s=k1;\n"
        "  dkim=pass header.i=someone@Sub.Example.org header.s=new\n"))
    assert v.dkim == "pass"
    assert v.dkim_domains == ("mailchimp.example", "sub.example.org")
    v = auth_verdicts(parse("Authentication-Results: mx.example; dkim=neutral (no key) "
                            "header.d=a.example; dkim=fail header.d=b.example\n"))
    assert (v.dkim, v.dkim_domains) == ("neutral", ())


def test_the_topmost_header_is_the_receiving_servers():
    msg = parse("Authentication-Results: mx.coalition.example; dkim=fail header.d=a.example\n"
                "Received: from relay by mx.coalition.example\n"
                "Authentication-Results: relay.example; dkim=pass header.d=a.example\n")
    assert auth_verdicts(msg).dkim == "fail"
    assert auth_verdicts(msg, ["relay.example"]).dkim == "pass"
    assert auth_verdicts(msg, ["MX.Coalition.Example"]).dkim == "fail"
    assert auth_verdicts(msg, ["other.example"]) == NO_VERDICTS


def test_one_servers_headers_are_read_together_down_to_its_received_line():
    """Postfix with OpenDKIM, OpenDMARC and an SPF milter writes one header
    each; a header of the same id below the Received line came with the
    message and is a forgery."""
    msg = parse("Authentication-Results: mx.coalition.example; dmarc=fail (p=none) "
                "header.from=a.example\n"
                "Authentication-Results: mx.coalition.example; spf=fail smtp.mailfrom=a.example\n"
                "Authentication-Results: mx.coalition.example; dkim=none\n"
                "Received: from vps.example by mx.coalition.example\n"
                "Authentication-Results: mx.coalition.example; dkim=pass header.d=a.example;\n"
                " dmarc=pass header.from=a.example\n")
    v = auth_verdicts(msg)
    assert (v.dkim, v.spf, v.dmarc, v.dkim_domains) == ("none", "fail", "fail", ())
    assert v.raw.count("Authentication-Results:") == 3
    assert not is_verified("x@a.example", v, "https://a.example", [])


def test_folded_headers_are_kept_as_written_in_raw():
    v = auth_verdicts(parse(FASTMAIL))
    assert "\n" in v.raw and "x-bits=2048" in v.raw


@pytest.mark.parametrize("website,domain", [
    ("https://www.accessnow.org/x", "accessnow.org"),
    ("http://accessnow.org", "accessnow.org"),
    ("accessnow.org/issue/1", "accessnow.org"),
    ("www.accessnow.org", "accessnow.org"),
    ("  HTTPS://WWW.AccessNow.ORG:443/path?q=1#x  ", "accessnow.org"),
    ("https://user@mail.example.org/", "mail.example.org"),
    ("https://www.org/", "www.org"),  # www is the name here
    ("https://bücher.example/", "xn--bcher-kva.example"),
    ("", ""),
    ("not a url at all", ""),
])
def test_website_domain(website, domain):
    assert website_domain(website) == domain


@pytest.mark.parametrize("address,domain", [
    ("Maria@Mail.Example.ORG", "mail.example.org"),
    ('"Keller, Maria" <maria@example.org>', "example.org"),
    ("maria@example.org.", "example.org"),
    ("info@bücher.example", "xn--bcher-kva.example"),
    ("", ""),
    ("no address", ""),
])
def test_email_domain(address, domain):
    assert email_domain(address) == domain


@pytest.mark.parametrize("domain,free", [
    ("gmail.com", True), ("GMAIL.COM", True), ("googlemail.com", True), ("yahoo.com", True),
    ("yahoo.fr", True), ("yahoo.co.uk", True), ("hotmail.com", True), ("hotmail.es", True),
    ("outlook.com", True), ("outlook.fr", True), ("proton.me", True), ("protonmail.com", True),
    ("gmx.de", True), ("gmx.net", True), ("yandex.ru", True), ("mail.ru", True),
    ("icloud.com", True), ("aol.com", True), ("riseup.net", True), ("user@gmail.com", True),
    ("accessnow.org", False), ("yahoo-inc.example", False), ("outlook.office365.example", False),
    ("gmail.example.org", False), ("mail.example.org", False), ("", False),
])
def test_is_free_mail(domain, free):
    assert is_free_mail(domain) is free


@pytest.mark.parametrize("a,b,related", [
    ("example.org", "example.org", True),
    ("mail.example.org", "example.org", True),
    ("example.org", "lists.example.org", True),
    ("example.org", "example.com", False),
    ("badexample.org", "example.org", False),  # a suffix of the name, not a parent
    ("example.co.uk", "other.co.uk", False),
    ("co.uk", "example.co.uk", False),  # a registry is no one's parent
    ("facebook.com", "facebook.com", False),  # a page there, not the domain
    ("google.com", "sites.google.com", False),
    ("gmail.com", "gmail.com", False),
    ("", "example.org", False),
])
def test_domains_related(a, b, related):
    assert domains_related(a, b) is related


def verdicts(dkim=None, dmarc=None, domains=(), dmarc_domain=None, spf=None) -> AuthVerdicts:
    return AuthVerdicts(dkim=dkim, spf=spf, dmarc=dmarc, dkim_domains=tuple(domains),
                        dmarc_domain=dmarc_domain, raw="")


DKIM_OK = verdicts(dkim="pass", domains=["example.org"])
DMARC_OK = verdicts(dmarc="pass", dmarc_domain="example.org")
SITE = "https://www.example.org/en/"


@pytest.mark.parametrize("sender,v,website,known,expected", [
    # the website's domain, authenticated by DKIM or DMARC
    ("a@example.org", DKIM_OK, SITE, [], True),
    ("a@example.org", DMARC_OK, SITE, [], True),
    ("A@Example.ORG", DKIM_OK, SITE, [], True),
    ('"Ana" <a@example.org>', DKIM_OK, SITE, [], True),
    # a subdomain either way; DKIM by a parent domain
    ("a@mail.example.org", DKIM_OK, SITE, [], True),
    ("a@example.org", verdicts(dkim="pass", domains=["example.org"]),
     "https://campaigns.example.org", [], True),
    # DKIM for the wrong domain (a mailing service's own signature) or a child
    ("a@example.org", verdicts(dkim="pass", domains=["mailchimp.example"]), SITE, [], False),
    ("a@example.org", verdicts(dkim="pass", domains=["mail.example.org"]), SITE, [], False),
    ("a@example.org", verdicts(dmarc="pass", dmarc_domain="other.example"), SITE, [], False),
    # SPF alone, failures, nothing
    ("a@example.org", verdicts(spf="pass"), SITE, [], False),
    ("a@example.org", verdicts(dkim="fail", domains=[], dmarc="fail",
                               dmarc_domain="example.org"), SITE, [], False),
    ("a@example.org", NO_VERDICTS, SITE, [], False),
    ("a@example.org", NO_VERDICTS, SITE, ["a@example.org"], False),
    # another domain: only an address on record, authenticated for its own domain
    ("a@partner.example", verdicts(dkim="pass", domains=["partner.example"]), SITE, [], False),
    ("a@partner.example", verdicts(dkim="pass", domains=["partner.example"]), SITE,
     ["Ana <A@Partner.example>"], True),
    ("b@partner.example", verdicts(dkim="pass", domains=["partner.example"]), SITE,
     ["a@partner.example"], False),
    ("a@partner.example", verdicts(dkim="pass", domains=["partner.example"]), "",
     ["a@partner.example"], True),
    # free mail: never, even on record and authenticated by Google
    ("org.example@gmail.com", verdicts(dkim="pass", domains=["gmail.com"], dmarc="pass",
                                       dmarc_domain="gmail.com"), SITE,
     ["org.example@gmail.com"], False),
    ("a@gmail.com", verdicts(dkim="pass", domains=["gmail.com"]), "https://gmail.com", [],
     False),
    # a website on a shared host says nothing about addresses
    ("a@facebook.com", verdicts(dkim="pass", domains=["facebook.com"]),
     "https://www.facebook.com/ourorg", [], False),
    ("", DKIM_OK, SITE, [], False),
])
def test_the_verification_rule(sender, v, website, known, expected):
    assert is_verified(sender, v, website, known) is expected


def test_message_digest():
    assert message_digest(b"abc") == \
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    raw = (CORPUS / "spoofed-endorse.eml").read_bytes()
    assert message_digest(raw) == message_digest(bytes(raw))
    assert message_digest(raw) != message_digest(raw.replace(b"We endorse", b"We decline"))


ROWS = list(csv.DictReader((CORPUS / "expected.csv").open(encoding="utf-8")))
SIGNATORIES = {row["signatory_id"]: row for row in
               csv.DictReader((CORPUS / "signatories.csv").open(encoding="utf-8"))}


@pytest.mark.parametrize("row", ROWS, ids=[r["file"] for r in ROWS])
def test_the_corpus_is_verified_as_expected(row):
    from signon.domain.replies import sender_address

    with (CORPUS / row["file"]).open("rb") as f:
        msg = email.message_from_binary_file(f, policy=policy.default)
    signatory = SIGNATORIES.get(row["signatory_id"], {"website": "", "email": ""})
    verified = is_verified(sender_address(msg), auth_verdicts(msg, ["mx.coalition.example"]),
                           signatory["website"], [signatory["email"]])
    assert verified is (row["verified"] == "yes")
