"""The evidence of replies (issue 18) is private like contacts: no letter in
any format, no public list and no campaign file carries the sender, the
reply's text, its Message-ID or digest, or the representative. Only
`signon evidence`, a private file (0600), does — which also shows the scan
below would see them."""

from __future__ import annotations

import os
import stat
import zipfile

import pytest
from exchange.letter_fixtures import REPLY_EVIDENCE, reference_campaign

from signon.cli import main

SECRETS = list(REPLY_EVIDENCE.values())


@pytest.fixture
def campaign(db):
    with db.session() as session:
        return reference_campaign(session)


def readable(path) -> str:
    """Everything a reader of the file could get at, as text."""
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        reader = PdfReader(str(path))
        return "\n".join([*(p.extract_text() for p in reader.pages),
                          *(str(v) for v in (reader.metadata or {}).values())])
    if path.suffix == ".docx":
        with zipfile.ZipFile(path) as z:
            return "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    return path.read_bytes().decode("utf-8", "replace")


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "md", "txt", "csv", "campaign"])
def test_no_export_carries_the_evidence_of_a_reply(capsys, db_path, campaign, tmp_path, fmt):
    out = tmp_path / f"letter.{'json' if fmt == 'campaign' else fmt}"
    assert main(["--db", str(db_path), "export", str(campaign), "--format", fmt,
                 "-o", str(out)]) == 0
    capsys.readouterr()
    text = readable(out)
    assert "Association for Progressive Communications" in text or fmt == "pdf"
    for secret in SECRETS:
        assert secret not in text, (fmt, secret)


def test_the_evidence_report_has_them_and_is_private(capsys, db_path, campaign, tmp_path):
    out = tmp_path / "evidence.csv"
    assert main(["--db", str(db_path), "evidence", str(campaign), "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    text = readable(out)
    for secret in SECRETS:
        assert secret in text, secret
