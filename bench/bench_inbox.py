"""Reading replies: the time to read, classify and match a big mbox (issue 18).

    python bench/bench_inbox.py [--messages 5000] [--runs 3]

Builds, in a temporary folder, a SQLite campaign of `--messages`
organisations, each invited by an outbox message with its own Message-ID
(`<bench.N@coalition.example>`), and an mbox of one reply to each: the
domain corpus's replies (tests/data/replies/*.eml: every mail program,
four languages, bounces, out-of-office) taken in turn, each re-addressed to
its invitation (In-Reply-To, References, Message-ID, and the DSN's returned
Message-ID). Then times, in this process:

- `signon inbox --mbox` without --apply (`read_inbox(..., apply=False)`):
  reading the mbox, parsing, finding each reply's own text, classifying,
  checking its Authentication-Results, matching (nothing is written);
- the same with --apply (records every reply, applies those matched by
  thread) on a fresh copy of the database.

Prints figures (messages per second, peak RSS); asserts nothing; not run
by CI.
"""

from __future__ import annotations

import argparse
import mailbox
import re
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = sorted((ROOT / "tests" / "data" / "replies").glob("*.eml"))
SENT_ID = re.compile(rb"<signon\.\d+\.\d+\.(?:invitation|reminder)@coalition\.example>")


def build(folder: Path, count: int) -> tuple[Path, Path, int]:
    """The database (campaign id returned) and the mbox of replies."""
    from datetime import UTC, datetime

    from signon.domain.compose import SectionDraft
    from signon.store.campaigns import create_campaign
    from signon.store.database import open_database
    from signon.store.outbox import NewMessage, enqueue, mark_sent
    from signon.store.signatories import add_signatory
    from signon.store.statements import freeze_version, replace_sections

    sent = datetime(2024, 1, 15, 9, 0, tzinfo=UTC)
    db_path = folder / "bench.db"
    db = open_database(f"sqlite:///{db_path}")
    with db.session() as session:
        cid = create_campaign(session, "Bench replies", status="collecting").id
        replace_sections(session, cid, [SectionDraft(kind="intro", text="We, the undersigned.")])
        freeze_version(session, cid)
        for n in range(count):
            sid = add_signatory(session, cid, name=f"Organisation {n}",
                                website=f"https://org{n}.example.org",
                                contact_email=f"info@org{n}.example.org", status="prospect").id
            [row] = enqueue(session, cid, "invitation", [NewMessage(
                sid, f"Organisation {n}", f"info@org{n}.example.org", "Invitation",
                "Would you endorse?", f"<bench.{n}@coalition.example>")], at=sent).added
            mark_sent(session, row, at=sent)
    db.close()
    box_path = folder / "replies.mbox"
    box = mailbox.mbox(box_path, create=True)
    templates = [path.read_bytes() for path in CORPUS]
    for n in range(count):
        raw = templates[n % len(templates)]
        raw = SENT_ID.sub(f"<bench.{n}@coalition.example>".encode(), raw)
        raw = re.sub(rb"(?im)^Message-ID:[^\r\n]*", f"Message-ID: <reply.{n}@org.example>"
                     .encode(), raw, count=1)
        box.add(mailbox.mboxMessage(raw))
    box.flush()
    box.close()
    return db_path, box_path, cid


def timed_read(db_path: Path, box_path: Path, cid: int, apply: bool) -> tuple[float, dict]:
    from collections import Counter

    from signon.outreach.inbox import read_inbox
    from signon.outreach.mailboxes import MboxFile
    from signon.progress import Progress
    from signon.store.database import open_database

    db = open_database(f"sqlite:///{db_path}")
    try:
        start = time.perf_counter()
        report = read_inbox(db, cid, MboxFile(box_path), apply=apply,
                            progress=Progress(lambda *_: None))
        elapsed = time.perf_counter() - start
    finally:
        db.close()
    return elapsed, Counter(str(e.action) for e in report.entries)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        db_path, box_path, cid = build(folder, args.messages)
        print(f"built {args.messages:,} invitations and an mbox of {args.messages:,} replies "
              f"({box_path.stat().st_size / 1e6:.1f} MB, {len(CORPUS)} shapes) in "
              f"{time.perf_counter() - start:.1f} s")
        for apply in (False, True):
            times, counts = [], {}
            for _run in range(args.runs):
                work = folder / f"run-{apply}.db"
                shutil.copy(db_path, work)
                elapsed, counts = timed_read(work, box_path, cid, apply)
                times.append(elapsed)
            median = statistics.median(times)
            print(f"signon inbox --mbox{' --apply' if apply else ''}: {median:.2f} s "
                  f"(range {min(times):.2f}-{max(times):.2f}), "
                  f"{args.messages / median:,.0f} messages/s; "
                  + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
