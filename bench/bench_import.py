"""Import of a 10,000-row endorsement CSV into a directory of 10,000
organisations: the whole `signon import-signatories` command, then where the
time goes, then what the near-duplicate search would cost without blocking.

    python bench/bench_import.py [--rows 10000] [--directory 10000] [--runs 3]

Builds a temporary database with `--directory` organisations (names made of
invented words, so they are distinct like real ones, with acronyms and
countries) and an empty campaign, and a Google-Forms-like CSV of `--rows`
rows: half are case/spacing/"The"/legal-suffix variants of directory
entries (merged), half are new organisations (each searched for
near-duplicates). Each run imports into a fresh copy of the database.

Target (issue 6): whole command < 2 s. Prints figures; asserts nothing.
Not run by CI.
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from processes import bytecode_env

SYLLABLES = ("ka", "lo", "mi", "ra", "tu", "sen", "dor", "vi", "na", "pe", "qui", "zal",
             "bre", "fon", "gu", "ha", "jo", "ne", "sti", "wa", "yo", "xi", "cu", "del")
KINDS = ("Association", "Centre for", "Foundation", "Institute of", "Network", "Coalition",
         "Asociación", "Fundación", "Réseau", "Observatorio", "Collectif", "Stichting",
         "Forum", "Alliance", "Initiative", "Instituto", "Lab", "Union", "Council", "Red")
TOPICS = ("Digital Rights", "Human Rights", "Privacy", "Free Expression", "Open Data",
          "Derechos Digitales", "Libertés Numériques", "Press Freedom", "Civil Liberties",
          "Data Justice", "Internet Freedom", "Transparencia", "Accountability", "")
COUNTRIES = ("US", "GB", "FR", "ES", "AR", "BR", "KE", "NG", "IN", "DE", "MX", "PE", "PL",
             "EG", "TR", "VN", "ZA", "CO", "PH", "ID", "HR", "CL", "NL", "SE")
SUFFIXES = ("", "", "", " Inc.", " e.V.", " A.C.", " Ltd")


def invented(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def make_names(n: int, rng: random.Random) -> list[str]:
    from signon.domain.normalise import normalise_name

    names: list[str] = []
    keys: set[str] = set()
    while len(names) < n:
        name = f"{rng.choice(KINDS)} {invented(rng)} {rng.choice(TOPICS)}".strip()
        if rng.random() < 0.3:
            name = f"{invented(rng)} {invented(rng)}"
        key = normalise_name(name)
        if key not in keys:
            keys.add(key)
            names.append(name)
    return names


def variant(name: str, rng: random.Random) -> str:
    """How the same group arrives from a form: case, spaces, "The", a suffix."""
    choice = rng.randrange(5)
    if choice == 0:
        return name.upper()
    if choice == 1:
        return f"  {name.lower()} "
    if choice == 2:
        return name.replace(" ", "  ")
    if choice == 3:
        return f"The {name}{rng.choice(SUFFIXES[3:])}"
    return name


def build(tmp: Path, rows: int, directory: int, seed: int = 7) -> tuple[Path, Path]:
    from sqlalchemy import insert

    from signon.domain.normalise import normalise_name
    from signon.store.campaigns import create_campaign
    from signon.store.database import open_database
    from signon.store.models import Organisation, utcnow

    rng = random.Random(seed)
    names = make_names(directory + rows // 2, rng)
    existing, fresh = names[:directory], names[directory:]
    db_path = tmp / "bench.db"
    db = open_database(f"sqlite:///{db_path}")
    now = utcnow()
    country_of = {n: rng.choice(COUNTRIES) for n in existing}
    with db.session() as s:
        create_campaign(s, "Bench campaign")
        s.execute(insert(Organisation.__table__), [
            {"name": n, "acronym": "".join(w[0] for w in n.split() if w[0].isupper())[:6],
             "country": country_of[n], "org_type": "NGO", "website": "",
             "norm_key": normalise_name(n), "created_at": now, "updated_at": now}
            for n in existing])
    db.close()
    picks = rng.sample(existing, rows - len(fresh))
    named = ("Argentina", "United Kingdom", "France", "Kenya", "Perú", "Deutschland", "US",
             "México")
    lines = ([(variant(n, rng), country_of[n]) for n in picks]
             + [(n, rng.choice(named)) for n in fresh])
    rng.shuffle(lines)
    csv_path = tmp / "endorsements.csv"
    with csv_path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["Timestamp", "Email Address", "Organisation name", "Country",
                     "Your name", "Are you signing on behalf of an organisation?"])
        for i, (name, country) in enumerate(lines):
            w.writerow([f"2024/03/01 10:{i % 60:02d}:00", f"contact{i}@example.org", name,
                        country, f"Person {i}", "On behalf of my organisation"])
    return db_path, csv_path


#: Set by main(): bytecode cached as after a normal install (bench/processes.py).
CHILD_ENV: dict[str, str] | None = None


def run_timed(args: list[str]) -> tuple[float, float, str]:
    """Wall time, CPU time (user + system) and stdout of one fresh process.
    The CPU time is the steadier figure on a machine shared with others."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "signon", *args], capture_output=True,
                            text=True, env=CHILD_ENV)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(result.stderr)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, result.stdout


def time_command(db_path: Path, csv_path: Path, runs: int) -> list[tuple[float, float]]:
    times = []
    for run in range(runs):
        copy = db_path.with_name(f"run{run}.db")
        shutil.copy(db_path, copy)
        wall, cpu, out = run_timed(["--db", str(copy), "import-signatories", "Bench campaign",
                                    str(csv_path), "--status", "endorsed"])
        times.append((wall, cpu))
        if run == 0:
            print("  " + "\n  ".join(out.splitlines()[:7]))
    return times


def time_one_row(db_path: Path, csv_path: Path, runs: int) -> list[tuple[float, float]]:
    """The same command on a one-row file (dry run): what every import pays
    whatever its size (start-up, opening the database, reading the
    directory)."""
    one = csv_path.with_name("one-row.csv")
    with csv_path.open(encoding="utf-8-sig", newline="") as fh:
        head = [next(fh), next(fh)]
    one.write_text("".join(head), encoding="utf-8")
    return [run_timed(["--db", str(db_path), "import-signatories", "Bench campaign", str(one),
                       "--status", "endorsed", "--dry-run"])[:2] for _ in range(runs)]


def time_phases(db_path: Path, csv_path: Path) -> None:
    from signon.exchange.signatory_import import apply_import, plan_import, suggest_mapping
    from signon.exchange.tables import read_table
    from signon.store.database import open_database
    from signon.store.directory import load_directory

    copy = db_path.with_name("phases.db")
    shutil.copy(db_path, copy)
    db = open_database(f"sqlite:///{copy}")
    t0 = time.perf_counter()
    table = read_table(csv_path)
    t1 = time.perf_counter()
    with db.transaction() as s:  # SQL Core, as the command (no ORM)
        t2 = time.perf_counter()
        load_directory(s)
        t3 = time.perf_counter()
        mapping = suggest_mapping(s, 1, table)
        plan = plan_import(s, 1, table, mapping, status="endorsed")
        t4 = time.perf_counter()
        report = apply_import(s, plan)
        t5 = time.perf_counter()
    t6 = time.perf_counter()
    db.close()
    print(f"  read_table      {t1 - t0:6.3f} s  ({len(table.rows)} rows)")
    print(f"  load directory  {t3 - t2:6.3f} s  (inside plan_import too)")
    print(f"  plan_import     {t4 - t3:6.3f} s  ({len(report.new)} new, {len(report.merged)} "
          f"merged, {len(plan.suggestions)} near-duplicate suggestions)")
    print(f"  apply_import    {t5 - t4:6.3f} s")
    print(f"  commit          {t6 - t5:6.3f} s")


def time_near_duplicates(db_path: Path, csv_path: Path) -> None:
    """The blocked index against a naive process.extract over every key."""
    from rapidfuzz import fuzz, process

    from signon.domain.dedupe import NEAR_DUPLICATE_THRESHOLD, NearDuplicateIndex
    from signon.domain.normalise import normalise_name
    from signon.exchange.tables import read_table
    from signon.store.database import open_database
    from signon.store.directory import load_directory

    db = open_database(f"sqlite:///{db_path}")
    with db.session() as s:
        keys = [e.norm_key for e in load_directory(s)]
    db.close()
    known = set(keys)
    table = read_table(csv_path)
    queries = [k for k in (normalise_name(r[2]) for r in table.rows) if k not in known]
    start = time.perf_counter()
    index: NearDuplicateIndex[int] = NearDuplicateIndex()
    for i, k in enumerate(keys):
        index.add(k, i)
    built = time.perf_counter()
    found = sum(bool(index.find(q, limit=1)) for q in queries)
    blocked = time.perf_counter() - built
    sample = queries[:300]
    start_naive = time.perf_counter()
    naive_found = sum(bool(process.extract(q, keys, scorer=fuzz.ratio, limit=1,
                                           score_cutoff=NEAR_DUPLICATE_THRESHOLD))
                      for q in sample)
    naive = (time.perf_counter() - start_naive) * len(queries) / len(sample)
    blocked_sample = sum(bool(index.find(q, limit=1)) for q in sample)
    print(f"  {len(queries)} new names against {len(keys)} directory keys")
    print(f"  blocked index: build {built - start:.3f} s, search {blocked:.3f} s "
          f"({found} with a suggestion)")
    print(f"  naive process.extract over all keys: {naive:.2f} s (extrapolated from "
          f"{len(sample)} rows; {naive_found} vs {blocked_sample} suggestions on that sample)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--directory", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        db_path, csv_path = build(Path(tmp), args.rows, args.directory)
        print(f"setup: {args.directory} organisations, {args.rows}-row CSV "
              f"({csv_path.stat().st_size // 1024} KiB) in {time.perf_counter() - start:.1f} s")
        global CHILD_ENV
        CHILD_ENV = bytecode_env(Path(tmp) / "pycache")
        time_one_row(db_path, csv_path, 1)  # untimed: fills the bytecode cache
        print("whole command: signon import-signatories (fresh process, fresh database copy,"
              " bytecode cached)")
        times = time_command(db_path, csv_path, args.runs)
        walls, cpus = [w for w, _ in times], [c for _, c in times]
        print(f"  wall: {', '.join(f'{t:.2f}' for t in walls)} s; median "
              f"{statistics.median(walls):.2f} s (target < 2 s)")
        print(f"  cpu:  {', '.join(f'{t:.2f}' for t in cpus)} s; median "
              f"{statistics.median(cpus):.2f} s")
        one = time_one_row(db_path, csv_path, args.runs)
        print(f"  for comparison, the same command on a one-row file (start-up, opening "
              f"the database, reading the directory): wall "
              f"{statistics.median(w for w, _ in one):.2f} s, cpu "
              f"{statistics.median(c for _, c in one):.2f} s")
        base = [run_timed(["--db", str(db_path), "list", "campaigns"])[:2]
                for _ in range(args.runs)]
        print(f"  and `signon list campaigns` (start-up, opening the database, loading "
              f"the ORM): wall {statistics.median(w for w, _ in base):.2f} s, cpu "
              f"{statistics.median(c for _, c in base):.2f} s")
        print("phases, in process:")
        time_phases(db_path, csv_path)
        print("near-duplicate search:")
        time_near_duplicates(db_path, csv_path)


if __name__ == "__main__":
    main()
