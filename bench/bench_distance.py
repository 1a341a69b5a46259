"""Team mode with a distant server: round trips and wall time per action.

    python bench/bench_distance.py [--rtt 100] [--signatories 5000] [--runs 3] [--json OUT]

Starts the throwaway PostgreSQL cluster of the tests (tests/support/postgres.py:
127.0.0.1, fsync off), fills it with the demo campaign and a campaign of
`--signatories` signatories (bench/bench_import.py's generator imported
into a SQLite file by `signon import-signatories`, `signon demo`, then
`signon copy-db` into the cluster), and puts bench/latency_proxy.py between
the clients and the server. For each action it prints the round trips the
proxy counted, the SQL statements SQLAlchemy executed (the rest are the
driver's and the pool's own: connecting, pings, BEGIN, COMMIT), and the
wall time at `--rtt` ms and at 0 ms (the proxy only counting).

- Commands, each in a fresh process (bytecode cached, as after an
  install): `signon list campaigns`, `signon check`, `signon export CAMPAIGN
  --format txt` of the big campaign, `signon import-signatories` of a
  5-row CSV into it (each run on a fresh copy of the database).
- In this process: `open_database`, the first window's reads, and what one
  campaign switch reads through the store for the tab in view (a tab out
  of view reads when it is shown, issue 22), modelled without Qt by
  calling the store functions the tabs' `load()` calls (directly or in
  their CampaignLoad worker), in the same `db.session()` blocks (MODELS
  lists them), then what a tab's check for a teammate's change reads.
  Each modelled function's statements and round trips are listed
  (attribution).

Prints figures; asserts nothing. Not run by CI.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from bench_import import build  # noqa: E402
from latency_proxy import LatencyProxy  # noqa: E402
from processes import bytecode_env  # noqa: E402

BIG = "Bench campaign"


# -- counting ------------------------------------------------------------------------------


class Meter:
    """Round trips (the proxy's), SQL statements and BEGINs the driver sends
    by itself (an SQLAlchemy listener on every engine in this process)."""

    def __init__(self, proxy: LatencyProxy):
        from sqlalchemy import event
        from sqlalchemy.engine import Engine

        self.proxy = proxy
        self.statements = 0
        self.begins = 0
        event.listen(Engine, "before_cursor_execute", self._statement)

    def _statement(self, conn, _cursor, _sql, _params, _context, _many) -> None:
        self.statements += 1
        raw = conn.connection.driver_connection
        info = getattr(raw, "info", None)  # psycopg: BEGIN goes first, a round trip
        if info is not None and not raw.autocommit and info.transaction_status == 0:
            self.begins += 1

    def read(self) -> tuple[int, int, int, float]:
        return (self.proxy.round_trips, self.statements, self.begins, time.perf_counter())


class Ledger:
    """Per modelled store function: calls, round trips, statements, seconds.
    BEGIN, COMMIT and the pool's work of a `db.session()` are the session's
    line, not the first function's."""

    def __init__(self, meter: Meter):
        self.meter = meter
        self.rows: dict[str, list[float]] = defaultdict(lambda: [0, 0, 0, 0.0])
        self._inner = 0

    def _add(self, name: str, before, after, inner: int = 0) -> int:
        rt = after[0] - before[0] - inner
        row = self.rows[name]
        row[0] += 1
        row[1] += rt
        row[2] += after[1] - before[1]
        row[3] += after[3] - before[3]
        return rt

    def call(self, name: str, fn: Callable, *args, **kwargs):
        before = self.meter.read()
        result = fn(*args, **kwargs)
        after = self.meter.read()
        begins = after[2] - before[2]
        # a BEGIN the driver sent before this function's first query is the session's
        self._inner += self._add(name, before, after, begins)
        return result

    @contextlib.contextmanager
    def session(self, db) -> Iterator:
        before, inner = self.meter.read(), self._inner
        with db.session() as session:
            session.connection()  # the checkout (and any ping) now, not in the first call
            yield session
        after = self.meter.read()
        spent = self._inner - inner
        row = self.rows["db.session(): checkout, BEGIN, COMMIT"]
        row[0] += 1
        row[1] += after[0] - before[0] - spent
        self._inner = inner + (after[0] - before[0])


# -- what the app reads (MODELS) ----------------------------------------------------------


def _letterhead(session, campaign_id: int):
    from signon.store import settings

    if hasattr(settings, "letterhead_key"):  # before declared settings
        return settings.get_setting(session, settings.letterhead_key(campaign_id))
    from signon.store.setting_keys import LETTERHEAD

    return settings.get_setting(session, LETTERHEAD, campaign_id=campaign_id)


def first_window(db, led: Ledger, campaign_id: int) -> None:
    """MainWindow after open_database: the campaign list (main_window.refresh),
    the starter library check and the library (statement_tab._seed_library,
    library.reload), then the Statement tab, the first one in view."""
    from signon.store import blocks
    from signon.store.dbapi import list_campaigns

    with led.session(db) as s:
        led.call("campaigns.list_campaigns", list_campaigns, s)
    with led.session(db) as s:
        led.call("blocks.ensure_starter_library", blocks.ensure_starter_library, s)
    with led.session(db) as s:
        rows = led.call("blocks.list_blocks", blocks.list_blocks, s)
    blocks.variants_by_group(rows)
    statement_tab(db, led, campaign_id)


def statement_tab(db, led: Ledger, campaign_id: int) -> None:
    """statement_tab._load_campaign (with _context_state) and refresh_context."""
    from signon.store import statements
    from signon.store.campaigns import get_campaign
    from signon.store.letters import signatory_entries
    from signon.store.signatories import table_fingerprint

    with led.session(db) as s:
        campaign = led.call("campaigns.get_campaign", get_campaign, s, campaign_id)
        led.call("statements.load_sections", statements.load_sections, s, campaign_id)
        _context_state(led, s, campaign_id, get_campaign, statements, table_fingerprint)
    with led.session(db) as s:
        campaign = led.call("campaigns.get_campaign", get_campaign, s, campaign_id)
        led.call("letters.signatory_entries", signatory_entries, s, campaign_id,
                 campaign.language)
        led.call("statements.endorsement_exposure", statements.endorsement_exposure, s,
                 campaign_id)


def _context_state(led, s, campaign_id, get_campaign, statements, table_fingerprint) -> None:
    led.call("campaigns.get_campaign", get_campaign, s, campaign_id)
    led.call("statements.latest_version", statements.latest_version, s, campaign_id)
    led.call("signatories.table_fingerprint", table_fingerprint, s, campaign_id)


def signatories_tab(db, led: Ledger, campaign_id: int) -> None:
    """signatories_tab.load and the reconfirmation banner (reconfirm.update_banner)."""
    from signon.store.campaigns import get_campaign
    from signon.store.reconfirm import endorsements_kept, outdated_endorsements
    from signon.store.signatories import table_fingerprint, table_rows

    with led.session(db) as s:
        led.call("campaigns.get_campaign", get_campaign, s, campaign_id)
        led.call("signatories.table_rows", table_rows, s, campaign_id)
        led.call("signatories.table_fingerprint", table_fingerprint, s, campaign_id)
    with led.session(db) as s:
        led.call("reconfirm.outdated_endorsements", outdated_endorsements, s, campaign_id)
        led.call("reconfirm.endorsements_kept", endorsements_kept, s, campaign_id)


def outreach_tab(db, led: Ledger, campaign_id: int) -> None:
    """outreach_tab.load: the snapshot its pages show (outreach.snapshot.
    read_snapshot, one session, modelled call by call) and the outbox
    panel's refresh."""
    from signon.outreach import mailing
    from signon.outreach.deadlines import unanswered
    from signon.outreach.statement import statement_text
    from signon.store import outbox
    from signon.store.campaigns import get_campaign
    from signon.store.templates import campaign_templates

    with led.session(db) as s:
        everyone = led.call("mailing.recipients", mailing.recipients, s, campaign_id)
        led.call("campaigns.get_campaign", get_campaign, s, campaign_id)
        led.call("templates.campaign_templates", campaign_templates, s, campaign_id)
        led.call("deadlines.unanswered", unanswered, s, campaign_id, everyone)
        led.call("statement.statement_text", statement_text, s, campaign_id)
    with led.session(db) as s:
        led.call("outbox.outbox", outbox.outbox, s, campaign_id, None)
        led.call("outbox.outbox_counts", outbox.outbox_counts, s, campaign_id)


def export_tab(db, led: Ledger, campaign_id: int) -> None:
    """export_tab.load on a team database: _fill_versions, _read_source
    (letter_source in a session), letterhead.load; the letter and its
    preview are built from what was read."""
    from signon.store.letters import letter_source
    from signon.store.statements import versions

    with led.session(db) as s:
        led.call("statements.versions", versions, s, campaign_id)
    with led.session(db) as s:
        led.call("letters.letter_source", letter_source, s, campaign_id, version=None)
    with led.session(db) as s:
        led.call("settings.get_setting (letterhead)", _letterhead, s, campaign_id)


def statement_check(db, led: Ledger, campaign_id: int) -> None:
    """statement_tab.reload_if_changed: what a teammate's change costs the
    Statement tab before it knows whether to reload."""
    from signon.store import statements
    from signon.store.campaigns import get_campaign
    from signon.store.signatories import table_fingerprint

    with led.session(db) as s:
        led.call("campaigns.get_campaign", get_campaign, s, campaign_id)
        _context_state(led, s, campaign_id, get_campaign, statements, table_fingerprint)


def signatories_check(db, led: Ledger, campaign_id: int) -> None:
    """signatories_tab.reload_if_changed: the fingerprint, then the banner."""
    from signon.store.reconfirm import endorsements_kept, outdated_endorsements
    from signon.store.signatories import table_fingerprint

    with led.session(db) as s:
        led.call("signatories.table_fingerprint", table_fingerprint, s, campaign_id)
    with led.session(db) as s:
        led.call("reconfirm.outdated_endorsements", outdated_endorsements, s, campaign_id)
        led.call("reconfirm.endorsements_kept", endorsements_kept, s, campaign_id)


MODELS = [
    ("switch: Statement tab in view", statement_tab),
    ("switch: Signatories tab in view", signatories_tab),
    ("switch: Outreach tab in view", outreach_tab),
    ("switch: Export tab in view", export_tab),
    ("teammate's change: Statement tab's check", statement_check),
    ("teammate's change: Signatories tab's check", signatories_check),
]


# -- the data --------------------------------------------------------------------------------


class Child:
    """Fresh `signon` processes of this source tree, bytecode cached."""

    def __init__(self, tmp: Path):
        self.env = bytecode_env(tmp / "pycache")
        self.env["PYTHONPATH"] = os.pathsep.join(
            [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])

    def run(self, args: list[str]) -> tuple[float, str]:
        start = time.perf_counter()
        result = subprocess.run([sys.executable, "-m", "signon", *args], capture_output=True,
                                text=True, env=self.env, cwd=ROOT)
        wall = time.perf_counter() - start
        if result.returncode != 0:
            raise SystemExit(f"signon {' '.join(args)}: {result.stderr}")
        return wall, result.stdout


def fill(tmp: Path, child: Child, signatories: int) -> tuple[Path, Path]:
    """A SQLite file with the big campaign and the demo; a 5-row CSV."""
    sqlite_path, csv_path = build(tmp, signatories, signatories)
    child.run(["--db", str(sqlite_path), "import-signatories", BIG, str(csv_path),
               "--status", "endorsed"])
    child.run(["--db", str(sqlite_path), "demo"])
    small = tmp / "five.csv"
    with small.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["Organisation name", "Country", "Email Address"])
        for i in range(5):
            w.writerow([f"Distant Friends Network {i}", "KE", f"friend{i}@example.org"])
    return sqlite_path, small


# -- measuring --------------------------------------------------------------------------------


class Results:
    def __init__(self, rtt: float):
        self.rtt = rtt
        self.rows: list[dict] = []

    def add(self, action: str, rts: list[int], statements: int | None, wall: list[float],
            local: list[float] | None = None) -> None:
        row = {"action": action, "round_trips": int(statistics.median(rts)), "runs": rts,
               "statements": statements, "wall_s": round(statistics.median(wall), 3),
               "local_s": round(statistics.median(local), 3) if local else None}
        self.rows.append(row)
        spread = "" if len(set(rts)) == 1 else f" (runs: {', '.join(map(str, rts))})"
        local_text = f"   {row['local_s']:6.2f} s" if local else "          "
        stmts = f"{statements:5d}" if statements is not None else "    -"
        print(f"  {action:<52} {row['round_trips']:5d} {stmts}   {row['wall_s']:6.2f} s{local_text}"
              f"{spread}", flush=True)


def header(rtt: float) -> None:
    print(f"  {'action':<52} {'RTs':>5} {'stmts':>5}   {f'@{rtt:g} ms':>8}   {'@0 ms':>8}")


def cli_action(child: Child, proxy: LatencyProxy, meter_cli: Callable[[list[str]], int],
               args: list[str], runs: int, rtt: float, fresh_url: Callable[[], str] | None,
               url: str) -> tuple[list[int], int, list[float], list[float]]:
    def argv() -> list[str]:
        return ["--db", fresh_url() if fresh_url else url, *args]

    proxy.set_rtt(0)
    child.run(argv())  # untimed: fills the bytecode cache
    local = [child.run(argv())[0] for _ in range(runs)]
    proxy.set_rtt(rtt)
    walls, rts = [], []
    for _ in range(runs):
        before = proxy.round_trips
        walls.append(child.run(argv())[0])
        rts.append(proxy.round_trips - before)
    proxy.set_rtt(0)
    statements = meter_cli(argv())
    return rts, statements, walls, local


def in_process(proxy: LatencyProxy, meter: Meter, rtt: float, runs: int,
               fn: Callable[[], object]) -> tuple[list[int], int, list[float]]:
    proxy.set_rtt(rtt)
    rts, walls, statements = [], [], 0
    for _ in range(runs):
        before = meter.read()
        fn()
        after = meter.read()
        rts.append(after[0] - before[0])
        walls.append(after[3] - before[3])
        statements = after[1] - before[1]
    proxy.set_rtt(0)
    return rts, statements, walls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rtt", type=float, default=100.0, help="round trip in ms (100)")
    parser.add_argument("--signatories", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path, help="write the figures here too")
    args = parser.parse_args()

    from support.postgres import Cluster, server_bindir

    if server_bindir() is None:
        raise SystemExit("PostgreSQL server binaries not found (apt-get install postgresql)")
    import psycopg

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        child = Child(tmp)
        start = time.perf_counter()
        sqlite_path, small_csv = fill(tmp, child, args.signatories)
        cluster = Cluster().start()
        try:
            admin = psycopg.connect(host="127.0.0.1", port=cluster.port, user="signon",
                                    dbname="postgres", autocommit=True)
            admin.execute("CREATE DATABASE distance")
            child.run(["copy-db", str(sqlite_path), cluster.url("distance")])
            print(f"setup: the demo and a {args.signatories:,}-signatory campaign in a "
                  f"throwaway cluster (fsync off), {time.perf_counter() - start:.1f} s")
            with LatencyProxy("127.0.0.1", cluster.port, 0) as proxy:
                run_all(args, tmp, child, admin, proxy, small_csv)
            admin.close()
        finally:
            cluster.stop()


def run_all(args, tmp: Path, child: Child, admin, proxy: LatencyProxy, small_csv: Path) -> None:
    from signon import cli
    from signon.store.database import open_database

    meter = Meter(proxy)
    results = Results(args.rtt)

    def url_of(name: str) -> str:
        return f"postgresql+psycopg://signon@127.0.0.1:{proxy.port}/{name}"

    url = url_of("distance")
    copies = iter(range(1, 1000))

    def fresh_url() -> str:
        name = f"distance_{next(copies)}"
        admin.execute(f"CREATE DATABASE {name} TEMPLATE distance")
        return url_of(name)

    def statements_of(argv: list[str]) -> int:
        before = meter.statements
        with contextlib.redirect_stdout(io.StringIO()):
            code = cli.main(argv)
        if code:
            raise SystemExit(f"signon {' '.join(argv)} failed")
        return meter.statements - before

    print(f"\nround trips (RTs: the proxy's count), SQL statements (stmts) and wall time at "
          f"{args.rtt:g} ms round trip and at 0 ms; medians of {args.runs} runs (psycopg "
          "prepares a query the 6th time a connection runs it: one round trip more)")
    header(args.rtt)
    out = str(tmp / "letter.txt")
    commands = [
        ("signon list campaigns", ["list", "campaigns"], False),
        ("signon check", ["check"], False),
        (f"signon export ({args.signatories:,}) --format txt",
         ["export", BIG, "--format", "txt", "-o", out], False),
        (f"signon import-signatories (5 rows into {args.signatories:,})",
         ["import-signatories", BIG, str(small_csv), "--status", "endorsed"], True),
    ]
    for action, argv, fresh in commands:
        rts, stmts, walls, local = cli_action(child, proxy, statements_of, argv, args.runs,
                                              args.rtt, fresh_url if fresh else None, url)
        results.add(action, rts, stmts, walls, local)

    # in this process
    opened: list = []

    def open_it() -> None:
        db = open_database(url)
        opened.append(db)

    rts, stmts, walls = in_process(proxy, meter, args.rtt, args.runs, open_it)
    results.add("open_database (in process)", rts, stmts, walls)
    for db in opened[1:]:
        db.close()
    db = opened[0]
    with db.session() as s:
        from signon.store.dbapi import list_campaigns

        ids = {c.title: c.id for c in list_campaigns(s)}
    big = ids[BIG]
    ledgers: dict[str, Ledger] = {}

    def model(name: str, fn, campaign_id: int):
        ledger = ledgers[name] = Ledger(meter)
        return lambda: fn(db, ledger, campaign_id)

    def first() -> None:
        window = open_database(url)
        try:
            first_window(window, ledgers["first window"], big)
        finally:
            window.close()

    proxy.set_rtt(0)
    first_window(db, Ledger(meter), big)  # untimed: the first one adds the starter library
    ledgers["first window"] = Ledger(meter)
    rts, stmts, walls = in_process(proxy, meter, args.rtt, args.runs, first)
    results.add(f"first window ({args.signatories:,} in the Statement tab)",
                rts, stmts, walls)
    for name, fn in MODELS:
        for title, campaign_id in ((f"{args.signatories:,}", big),
                                   ("demo", min(v for k, v in ids.items() if k != BIG))):
            label = f"{name} ({title})"
            rts, stmts, walls = in_process(proxy, meter, args.rtt, args.runs,
                                           model(label, fn, campaign_id))
            results.add(label, rts, stmts, walls)
    db.close()

    print(f"\nattribution, per modelled store function (one run of each action; "
          f"RTs at {args.rtt:g} ms)")
    for label, ledger in ledgers.items():
        print(f"  {label}")
        for name, (calls, rt, stmts, _secs) in ledger.rows.items():
            calls, rt, stmts = (int(x / args.runs) for x in (calls, rt, stmts))
            print(f"    {name:<46} {calls:3d}x  {rt:4d} RTs  {stmts:4d} stmts")
    if args.json:
        args.json.write_text(json.dumps({"rtt_ms": args.rtt, "signatories": args.signatories,
                                         "rows": results.rows}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
