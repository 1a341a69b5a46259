"""Without SMTP: one .eml per message (the same message SMTP would send) and
mailto: links; then the messages are marked as sent by hand."""

from __future__ import annotations

from email import message_from_bytes, policy
from urllib.parse import parse_qs, unquote, urlsplit

from outreach.conftest import PEOPLE, queue
from signon.outreach.eml import eml_filename, export_eml
from signon.outreach.message import mailto_link
from signon.store.outbox import outbox


def test_one_eml_per_message_with_the_outbox_message_id(db, campaign, tmp_path):
    queue(db, campaign)
    with db.session() as s:
        rows = outbox(s, campaign)
    paths = export_eml(rows, tmp_path / "out", from_name="Ana García",
                       from_address="ana@coalition.example")
    assert len(paths) == 5 == len({p.name for p in paths})
    by_id = {r.message_id: r for r in rows}
    seen = set()
    for path in paths:
        msg = message_from_bytes(path.read_bytes(), policy=policy.default)
        row = by_id[msg["Message-ID"]]
        seen.add(row.message_id)
        assert msg["To"].addresses[0].addr_spec == row.to_address
        assert msg["To"].addresses[0].display_name == row.to_name
        assert msg["Subject"] == row.subject
        assert msg["From"].addresses[0].display_name == "Ana García"
        assert msg["X-Unsent"] == "1"
        content = msg.get_content().replace("\r\n", "\n")  # the parser keeps CRLF
        assert content.rstrip("\n") == row.body.rstrip("\n")
        assert b"\r\n" in path.read_bytes()
    assert seen == set(by_id)
    # exporting does not mark anything as sent
    with db.session() as s:
        assert {m.state for m in outbox(s, campaign)} == {"queued"}


def test_eml_without_sender_leaves_from_to_the_mail_program(db, campaign, tmp_path):
    queue(db, campaign)
    with db.session() as s:
        rows = outbox(s, campaign)[:1]
    (path,) = export_eml(rows, tmp_path, from_name="", from_address="")
    assert message_from_bytes(path.read_bytes(), policy=policy.default)["From"] is None


def test_eml_filenames_are_safe_and_readable():
    assert eml_filename(7, "Access Now", "x@y.org") == "0007-access-now.eml"
    assert eml_filename(8, "Fundación Karisma", "x@y.org") == "0008-fundacion-karisma.eml"
    assert eml_filename(9, "中国数字权利联盟", "wang@x.org") == "0009-message.eml"
    assert eml_filename(10, "", "dmitry@memorial.example") == "0010-dmitry.eml"


def test_mailto_link_round_trips():
    link = mailto_link("josé@example.org", "Recordatorio: «Declaración» & más",
                       "Estimada/o José:\n\nLínea dos")
    parts = urlsplit(link)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == "josé@example.org"
    query = parse_qs(parts.query)
    assert query["subject"] == ["Recordatorio: «Declaración» & más"]
    assert query["body"] == ["Estimada/o José:\r\n\r\nLínea dos"]


def test_people_fixture_covers_several_scripts():
    scripts = {"Arabic": "ل", "Han": "中", "Cyrillic": "М"}
    names = "".join(name for name, *_ in PEOPLE)
    assert all(ch in names for ch in scripts.values())
