"""Team mode on PostgreSQL: a 10,000-row import, two imports at once, how
fast other coordinators hear of a change, and what the conflict checks cost.

    python bench/bench_team.py [--rows 10000] [--directory 10000] [--runs 3] [--url URL]

Without --url a throwaway PostgreSQL cluster is started (Debian's server
binaries, as the tests do: initdb in a temp dir, 127.0.0.1, fsync off like
the test cluster — a production server with fsync on adds its commit
latency). With --url (an EMPTY database you may fill and drop tables in) the
figures include your network. The data is bench/bench_import.py's: a
directory of `--directory` organisations and a Google-Forms-like CSV whose
rows are half variants of directory entries, half new organisations.

Prints figures; asserts nothing. Not run by CI.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from bench_import import build, run_timed  # noqa: E402


def start_cluster():
    from support.postgres import Cluster, server_bindir

    if server_bindir() is None:
        raise SystemExit("PostgreSQL server binaries not found (apt-get install postgresql), "
                         "or pass --url")
    return Cluster().start()


class Databases:
    """Fresh PostgreSQL databases holding the bench directory, made from one
    template filled by `signon copy-db` (which is timed on the way)."""

    def __init__(self, cluster, sqlite_path: Path):
        import psycopg

        from signon.store.copy import copy_database
        from signon.store.database import open_database

        self.cluster = cluster
        self.admin = psycopg.connect(host="127.0.0.1", port=cluster.port, user="signon",
                                     dbname="postgres", autocommit=True)
        self.admin.execute("CREATE DATABASE bench_template")
        source = open_database(f"sqlite:///{sqlite_path}")
        target = open_database(cluster.url("bench_template"))
        start = time.perf_counter()
        report = copy_database(source, target)
        self.copy_seconds = time.perf_counter() - start
        self.copy_rows = report.total
        source.close()
        target.close()
        self.count = 0

    def fresh(self) -> str:
        self.count += 1
        name = f"bench_{self.count}"
        self.admin.execute(f"CREATE DATABASE {name} TEMPLATE bench_template")
        return self.cluster.url(name)


def whole_command(url: str, csv_path: Path) -> tuple[float, float, str]:
    return run_timed(["--db", url, "import-signatories", "Bench campaign", str(csv_path),
                      "--status", "endorsed"])


def phases(url: str, csv_path: Path) -> None:
    from signon.exchange.signatory_import import apply_import, plan_import, suggest_mapping
    from signon.exchange.tables import read_table
    from signon.store.database import open_database

    db = open_database(url)
    table = read_table(csv_path)
    t0 = time.perf_counter()
    with db.session() as s:
        mapping = suggest_mapping(s, 1, table)
        plan = plan_import(s, 1, table, mapping, status="endorsed")
        t1 = time.perf_counter()
        report = apply_import(s, plan)
        t2 = time.perf_counter()
    t3 = time.perf_counter()
    db.close()
    print(f"  plan_import   {t1 - t0:6.3f} s  ({len(report.new)} new, {len(report.merged)} "
          f"merged)")
    print(f"  apply_import  {t2 - t1:6.3f} s  (upsert of new organisations, contacts, "
          f"signatories, events)")
    print(f"  commit        {t3 - t2:6.3f} s")


def split_csv(csv_path: Path, tmp: Path) -> tuple[Path, Path]:
    """Two form exports that overlap by half: rows 0–2/3 and 1/3–end."""
    with csv_path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    head, body = rows[0], rows[1:]
    third = len(body) // 3
    paths = []
    for name, part in (("a", body[:2 * third]), ("b", body[third:])):
        path = tmp / f"form-{name}.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            csv.writer(fh).writerows([head, *part])
        paths.append(path)
    return paths[0], paths[1]


def concurrent_imports(url: str, first: Path, second: Path) -> None:
    import subprocess

    start = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-m", "signon", "--db", url,
                               "import-signatories", "Bench campaign", str(path), "--status",
                               "endorsed"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for path in (first, second)]
    outs = []
    for proc in procs:
        out, err = proc.communicate()
        if proc.returncode != 0:
            raise SystemExit(err)
        outs.append(next(line for line in out.splitlines() if line.startswith("added:")))
    wall = time.perf_counter() - start
    from sqlalchemy import func
    from sqlmodel import select

    from signon.store.database import open_database
    from signon.store.models import Organisation, Signatory

    db = open_database(url)
    with db.session() as s:
        orgs = s.exec(select(func.count()).select_from(Organisation)).one()
        keys = s.exec(select(func.count(func.distinct(Organisation.norm_key)))).one()
        sigs = s.exec(select(func.count()).select_from(Signatory)).one()
    db.close()
    print(f"  both finished in {wall:.2f} s wall (two processes; the second waits for the "
          f"campaign's import lock)")
    for line in outs:
        print(f"    {line}")
    print(f"  directory: {orgs} organisations, {keys} distinct keys; campaign: {sigs} "
          f"signatories")


def notification_latency(url: str, samples: int = 20) -> None:
    from signon.store.campaigns import create_campaign
    from signon.store.changes import open_change_detector
    from signon.store.database import open_database

    db = open_database(url)
    detector = open_change_detector(url)
    delays = []
    for i in range(samples):
        got: list[float] = []
        waiter = threading.Thread(target=lambda got=got: detector.wait(5) and got.append(
            time.perf_counter()))
        waiter.start()
        time.sleep(0.05)
        with db.session() as s:
            create_campaign(s, f"Latency {i}")
        committed = time.perf_counter()
        waiter.join()
        if got:
            delays.append((got[0] - committed) * 1000)
    detector.close()
    db.close()
    print(f"  commit → notification in another connection: median "
          f"{statistics.median(delays):.1f} ms, max {max(delays):.1f} ms "
          f"({len(delays)}/{samples} received; includes the detector's 50 ms wait that "
          "gathers a burst into one refresh)")


def conflict_checks(url: str) -> None:
    from sqlmodel import select

    from signon.store.database import open_database
    from signon.store.models import Signatory
    from signon.store.signatories import set_status, table_fingerprint, update_signatory

    db = open_database(url)
    with db.session() as s:
        ids = s.exec(select(Signatory.id).limit(200)).all()
        versions = {sid: s.get(Signatory, sid).row_version for sid in ids}
    start = time.perf_counter()
    for sid in ids:
        with db.session() as s:
            update_signatory(s, sid, expected_version=versions[sid], notes="checked")
    edit = (time.perf_counter() - start) / len(ids) * 1000
    start = time.perf_counter()
    for sid in ids:
        with db.session() as s:
            set_status(s, sid, "withdrawn")
    status = (time.perf_counter() - start) / len(ids) * 1000
    with db.session() as s:
        start = time.perf_counter()
        for _ in range(10):
            table_fingerprint(s, 1)
        fingerprint = (time.perf_counter() - start) / 10 * 1000
    db.close()
    print(f"  edit with version check (one transaction each): {edit:.1f} ms")
    print(f"  status change by compare-and-set (one transaction each): {status:.1f} ms")
    print(f"  signatories table fingerprint (10,000 rows): {fingerprint:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--directory", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--url", help="an empty PostgreSQL database to use instead of a "
                        "throwaway cluster (only the whole-command figure is measured)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        start = time.perf_counter()
        sqlite_path, csv_path = build(tmp, args.rows, args.directory)
        print(f"setup: {args.directory} organisations, {args.rows}-row CSV in "
              f"{time.perf_counter() - start:.1f} s")
        if args.url:
            from signon.config import resolve_db
            from signon.store.copy import copy_database
            from signon.store.database import open_database

            url = resolve_db(args.url)
            source, target = open_database(f"sqlite:///{sqlite_path}"), open_database(url)
            copy_database(source, target)
            source.close()
            target.close()
            wall, cpu, out = whole_command(url, csv_path)
            print(f"signon import-signatories into {url}: wall {wall:.2f} s, cpu {cpu:.2f} s")
            print("  " + "\n  ".join(out.splitlines()[:3]))
            return
        cluster = start_cluster()
        try:
            dbs = Databases(cluster, sqlite_path)
            print(f"signon copy-db of that directory (SQLite → PostgreSQL, {dbs.copy_rows} "
                  f"rows): {dbs.copy_seconds:.2f} s")
            print("whole command: signon import-signatories, 10,000 rows (fresh process, "
                  "fresh database)")
            times = []
            for run in range(args.runs):
                wall, cpu, out = whole_command(dbs.fresh(), csv_path)
                times.append((wall, cpu))
                if run == 0:
                    print("  " + "\n  ".join(out.splitlines()[1:3]))
            walls, cpus = [w for w, _ in times], [c for _, c in times]
            print(f"  PostgreSQL wall: {', '.join(f'{t:.2f}' for t in walls)} s; median "
                  f"{statistics.median(walls):.2f} s")
            print(f"  PostgreSQL cpu:  {', '.join(f'{t:.2f}' for t in cpus)} s; median "
                  f"{statistics.median(cpus):.2f} s (the client process)")
            sqlite_walls = []
            for run in range(args.runs):
                copy = tmp / f"sqlite-run{run}.db"
                copy.write_bytes(sqlite_path.read_bytes())
                sqlite_walls.append(whole_command(str(copy), csv_path)[0])
            print(f"  the same on SQLite: median {statistics.median(sqlite_walls):.2f} s wall")
            base = [run_timed(["--db", dbs.fresh(), "list", "campaigns"])[0]
                    for _ in range(args.runs)]
            print(f"  `signon list campaigns` on PostgreSQL (start-up + connecting): "
                  f"{statistics.median(base):.2f} s")
            print("phases, in process (PostgreSQL):")
            phases(dbs.fresh(), csv_path)
            print("two coordinators importing overlapping halves into one campaign at once:")
            first, second = split_csv(csv_path, tmp)
            concurrent_imports(dbs.fresh(), first, second)
            print("change notifications (LISTEN/NOTIFY):")
            url = dbs.fresh()
            whole_command(url, csv_path)
            notification_latency(url)
            print("team-mode checks per save:")
            conflict_checks(url)
            dbs.admin.close()
        finally:
            cluster.stop()


if __name__ == "__main__":
    main()
