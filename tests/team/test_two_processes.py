"""Two coordinators as two processes on one database (SQLite file and
PostgreSQL): overlapping imports into one campaign at the same moment, a
stale edit saved after the other's save, and status changes racing on the
same signatories. Nothing is duplicated, nothing overwritten silently, and
every signatory's history is one unbroken chain."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlmodel import select

from signon.store.campaigns import create_campaign
from signon.store.database import open_database
from signon.store.models import Organisation, Signatory, SignatoryEvent
from signon.store.signatories import add_signatory, list_signatories
from team.backends import url_of

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def target(backend, request, tmp_path):
    from team.backends import location

    return location(backend, request, tmp_path)


def write_csv(path: Path, numbers: range) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["Organisation", "Country", "Email"])
        for n in numbers:
            out.writerow([f"Coalition Member {n:04d}", "KE" if n % 2 else "BR",
                          f"contact{n}@member{n}.example"])
    return path


def start(*args: str, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, *args], cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdin=subprocess.PIPE,
                            env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})


def finish(proc: subprocess.Popen, timeout: float = 120) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out, err


def test_overlapping_imports_at_once_both_succeed_without_duplicates(target, tmp_path):
    url = url_of(target)
    db = open_database(url)
    with db.session() as s:
        create_campaign(s, "Coalition letter")
    db.close()
    first = write_csv(tmp_path / "form-a.csv", range(0, 1200))
    second = write_csv(tmp_path / "form-b.csv", range(600, 1800))
    procs = [start("-m", "signon", "--db", str(target), "import-signatories",
                   "Coalition letter", str(path), "--status", "endorsed")
             for path in (first, second)]
    results = [finish(p) for p in procs]
    for code, _out, err in results:
        assert code == 0, err
        assert err == ""
    added = sorted(int(next(line for line in out.splitlines() if line.startswith("added:"))
                       .split()[1]) for _code, out, _err in results)
    # whoever went second found the 600 shared organisations already there
    assert added == [600, 1200]

    db = open_database(url)
    with db.session() as s:
        names = [o.name for o in s.exec(select(Organisation)).all()]
        rows = list_signatories(s, 1)
    db.close()
    assert len(names) == len(set(names)) == 1800
    assert len(rows) == 1800 and len({r.organisation_id for r in rows}) == 1800
    assert {r.status for r in rows} == {"endorsed"}


EDITOR = textwrap.dedent("""
    import sys
    from signon.store.concurrency import ConflictError
    from signon.store.database import open_database
    from signon.store.signatories import signatory_details, update_signatory

    db = open_database(sys.argv[1])
    sid = int(sys.argv[2])
    with db.session() as s:
        shown = signatory_details(s, sid).signatory.row_version  # the form opens
    print("opened", shown, flush=True)
    sys.stdin.readline()  # the coordinator types for a while
    try:
        with db.session() as s:
            update_signatory(s, sid, expected_version=shown, notes="called them twice")
        print("saved", flush=True)
    except ConflictError as exc:
        print("refused:", exc, flush=True)
    db.close()
""")


def test_stale_edit_from_another_process_is_refused(target):
    url = url_of(target)
    db = open_database(url)
    with db.session() as s:
        cid = create_campaign(s, "Coalition letter").id
        sid = add_signatory(s, cid, kind="individual", name="Ada Lovelace",
                            title="Professor").id
    editor = start("-c", EDITOR, url, str(sid))
    assert editor.stdout.readline().split() == ["opened", "1"]
    # meanwhile this coordinator saves the same signatory
    from signon.store.signatories import update_signatory

    with db.session() as s:
        update_signatory(s, sid, expected_version=1, notes="endorsed by phone")
    editor.stdin.write("\n")
    editor.stdin.flush()
    code, out, err = finish(editor)
    assert code == 0, err
    assert out.strip() == ("refused: Ada Lovelace was changed by someone else since you "
                           "opened it; reload to see their changes")
    with db.session() as s:
        sig = s.get(Signatory, sid)
        assert (sig.notes, sig.row_version) == ("endorsed by phone", 2)
    db.close()


TOGGLER = textwrap.dedent("""
    import json, sys, time
    from signon.domain.errors import WorkflowError
    from signon.store.database import open_database
    from signon.store.models import Signatory
    from signon.store.signatories import set_status

    db = open_database(sys.argv[1])
    ids = json.loads(sys.argv[2])
    while time.time() < float(sys.argv[5]):  # both start together, after start-up
        time.sleep(0.001)
    applied = refused = 0
    for round_ in range(int(sys.argv[3])):
        for sid in ids:
            with db.session() as s:
                seen = s.get(Signatory, sid).status
            target = "withdrawn" if seen == "endorsed" else "endorsed"
            try:
                with db.session() as s:
                    set_status(s, sid, target, note=sys.argv[4])
                applied += 1
            except WorkflowError:
                refused += 1  # the other process got there first
    print(json.dumps({"applied": applied, "refused": refused}))
""")


def test_racing_status_changes_keep_every_history_a_chain(target):
    url = url_of(target)
    db = open_database(url)
    with db.session() as s:
        cid = create_campaign(s, "Coalition letter").id
        ids = [add_signatory(s, cid, name=f"Group {i}", status="endorsed").id
               for i in range(2)]
    # Few rows, many rounds, a common start: without compare-and-set about a
    # third of the changes broke the chain (two "endorsed → withdrawn" in a row)
    rounds = 60
    at = time.time() + 3
    procs = [start("-c", TOGGLER, url, json.dumps(ids), str(rounds), name, str(at))
             for name in ("alice", "bob")]
    results = []
    for proc in procs:
        code, out, err = finish(proc)
        assert code == 0, err
        results.append(json.loads(out))
    applied = sum(r["applied"] for r in results)
    assert applied + sum(r["refused"] for r in results) == 2 * rounds * len(ids)

    with db.session() as s:
        all_events = s.exec(select(SignatoryEvent).order_by(SignatoryEvent.id)).all()
        for sid in ids:
            chain = [e for e in all_events if e.signatory_id == sid]
            # every change starts from the status the previous one left
            for before, after in zip(chain, chain[1:], strict=False):
                assert after.from_status == before.to_status, (sid, before, after)
            assert s.get(Signatory, sid).status == chain[-1].to_status
        # every applied change is in the history, nothing else
        assert len(all_events) == len(ids) + applied
        assert {e.note for e in all_events[len(ids):]} <= {"alice", "bob"}
    db.close()
