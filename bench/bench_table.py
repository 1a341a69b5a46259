"""Signatories table at 50,000 rows: load time, per-keystroke filter, memory.

    python bench/bench_table.py [--rows 50000] [--duplicates]

Builds a temporary database with that many signatories (organisations with
accented and non-Latin names, some individuals), opens the real
SignatoriesTab offscreen, and prints: the store query, the model load, the
whole tab load, each keystroke of a search typed letter by letter (filter +
view update), sorting by name, a status filter, and the process's peak RSS.
Targets: keystroke < 16 ms, RSS < 250 MB. Not a timed test: run it by hand.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WORDS = ("Access", "Rights", "Digital", "Freedom", "Privacy", "Open", "Society", "Media",
         "Foundation", "Network", "Alliance", "Centre", "Institute", "Watch", "Coalition",
         "Derechos", "Asociación", "Libertad", "Información", "Sociedad", "Réseau",
         "Liberté", "Données", "Citoyens", "Инициатива", "Свобода", "الحقوق", "الرقمية",
         "Stiftung", "Verein", "Ẩn", "Dữ liệu", "Özgürlük", "Çevre")
COUNTRIES = ("US", "GB", "FR", "ES", "AR", "BR", "KE", "NG", "IN", "DE", "MX", "PE", "RU",
             "EG", "TR", "VN", "ZA", "CO", "PH", "ID")
TYPES = ("NGO", "Academic", "Union", "Network", "Company", "Foundation", "Media")
STATUSES = ("prospect", "invited", "reminded", "endorsed", "declined", "no_response",
            "withdrawn", "needs_reconfirmation")


def rss_mb() -> float:
    """Peak resident set size of this process in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build(db, rows: int, seed: int = 7) -> int:
    """Insert `rows` signatories with bulk Core inserts (seconds, not minutes)."""
    from signon.domain.normalise import normalise_name
    from signon.store.campaigns import create_campaign
    from signon.store.models import Organisation, Signatory

    rnd = random.Random(seed)
    with db.session() as session:
        cid = create_campaign(session, "Benchmark").id
    orgs, keys = [], set()
    n_ind = rows // 10
    while len(orgs) < rows - n_ind:
        name = " ".join(rnd.sample(WORDS, rnd.randint(2, 4))) + f" {rnd.randint(1, 999)}"
        key = normalise_name(name)
        if key in keys:
            continue
        keys.add(key)
        orgs.append({"name": name, "norm_key": key, "country": rnd.choice(COUNTRIES),
                     "acronym": "".join(w[0] for w in name.split()[:3]).upper(),
                     "org_type": rnd.choice(TYPES), "website": ""})
    base = datetime(2026, 1, 1, tzinfo=UTC)
    with db.session() as session:
        session.execute(Organisation.__table__.insert(), orgs)
        org_ids = [r[0] for r in session.execute(
            Organisation.__table__.select().with_only_columns(Organisation.id)).all()]
        sigs = []
        for i in range(rows):
            status = rnd.choice(STATUSES)
            endorsed = status in ("endorsed", "needs_reconfirmation", "withdrawn")
            common = {"campaign_id": cid, "status": status, "position": i,
                      "endorsed_version": 1 if endorsed else None,
                      "endorsed_at": base + timedelta(minutes=i) if endorsed else None,
                      "title": "", "affiliation": "", "channel": "", "notes": "",
                      "country": ""}
            if i < len(org_ids):
                sigs.append({**common, "kind": "organisation", "organisation_id": org_ids[i],
                             "name": ""})
            else:
                sigs.append({**common, "kind": "individual", "organisation_id": None,
                             "name": f"{rnd.choice(('Ana', 'José', 'Zoë', 'Ngozi'))} "
                                     f"{rnd.choice(('García', 'Müller', 'Okafor', 'Smith'))}",
                             "title": "Researcher", "affiliation": rnd.choice(WORDS) + " Univ.",
                             "country": rnd.choice(COUNTRIES)})
        session.execute(Signatory.__table__.insert(), sigs)
    return cid


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def build_file(path: str, rows: int) -> None:
    """Child process: fill the database, so its memory is not counted."""
    from signon.store.database import open_database

    db = open_database(f"sqlite:///{path}")
    t = time.perf_counter()
    build(db, rows)
    db.close()
    print(f"built {rows:,} signatories in {time.perf_counter() - t:.1f} s (separate process)")


def median_ms(times: list[float]) -> str:
    return f"median {ms(statistics.median(times))}, worst {ms(max(times))}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--duplicates", action="store_true",
                        help="also time the duplicate finder over the directory")
    parser.add_argument("--build-only", metavar="PATH", help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    if args.build_only:
        build_file(args.build_only, args.rows)
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        path = f"{tmp}/bench.db"
        subprocess.run([sys.executable, __file__, "--rows", str(args.rows),
                        "--build-only", path], check=True)
        return measure(path, duplicates=args.duplicates)


def measure(path: str, *, duplicates: bool = False) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from signon.store.database import open_database
    from signon.store.signatories import table_rows
    from signon.ui.signatories.table_model import SignatoryTableModel
    from signon.ui.signatories_tab import SignatoriesTab
    from signon.ui.style import apply_style

    app = QApplication.instance() or QApplication([])
    apply_style(app)
    db = open_database(f"sqlite:///{path}")
    print(f"RSS before loading: {rss_mb():.0f} MB (Python, Qt, SQLAlchemy imported)")
    cid = 1

    t = time.perf_counter()
    with db.session() as session:
        rows = table_rows(session, cid)
    query = time.perf_counter() - t
    model = SignatoryTableModel()
    t = time.perf_counter()
    model.set_rows(rows)
    load = time.perf_counter() - t
    print(f"store query (table_rows, {len(rows):,} rows): {ms(query)}; "
          f"model load (fold + sort by name): {ms(load)}")
    del rows, model

    tab = SignatoriesTab(db)
    tab.resize(1280, 800)
    tab.show()
    app.processEvents()
    t = time.perf_counter()
    tab.set_campaign(cid)
    app.processEvents()
    print(f"whole tab load (query + model + counts + first paint): "
          f"{ms(time.perf_counter() - t)}")
    tab.table.selectRow(3)
    app.processEvents()

    filter_times: list[float] = []
    keystroke_times: list[float] = []
    for query_text in ("freedom", "asociacion", "свобода", "zoe garcia", "kenya"):
        tab.search.clear()
        tab.apply_filter_now()
        app.processEvents()
        typed = ""
        for ch in query_text:
            typed += ch
            tab.search.setText(typed)
            t = time.perf_counter()
            tab.apply_filter_now()
            filter_times.append(time.perf_counter() - t)
            app.processEvents()
            keystroke_times.append(time.perf_counter() - t)
        print(f"  typed {query_text!r}: {tab.model.rowCount():,} rows shown")
    print(f"filter per keystroke (model + counts + selection), {len(filter_times)} "
          f"keystrokes: {median_ms(filter_times)}")
    print(f"keystroke including the repaint of the window: {median_ms(keystroke_times)}")

    tab.search.clear()
    tab.apply_filter_now()
    t = time.perf_counter()
    tab.set_status_filter("endorsed")
    app.processEvents()
    print(f"status filter: {ms(time.perf_counter() - t)} ({tab.model.rowCount():,} rows)")
    tab.set_status_filter(None)
    for col, label in ((0, "name"), (2, "country"), (4, "status")):
        t = time.perf_counter()
        tab.table.sortByColumn(col, Qt.SortOrder.DescendingOrder)
        app.processEvents()
        print(f"sort by {label}: {ms(time.perf_counter() - t)}")
    t = time.perf_counter()
    tab.table.selectAll()
    ids = tab.selected_ids()
    print(f"select all + read {len(ids):,} selected ids: {ms(time.perf_counter() - t)}")
    t = time.perf_counter()
    print(f"peak RSS before the bulk change: {rss_mb():.0f} MB")
    tab.statuses.apply_status(ids, "endorsed", channel="form", note="bench")
    # a big change runs in a worker: the longest the window stays busy is
    # the longest gap between two turns of the event loop
    longest, last = 0.0, time.perf_counter()
    while tab.bulk_running:
        app.processEvents()
        now = time.perf_counter()
        longest, last = max(longest, now - last), now
    app.processEvents()
    print(f"bulk status change of the {len(ids):,} selected in the background (one "
          f"transaction, {tab.model.counts().get('endorsed', 0):,} now endorsed) + reload: "
          f"{ms(time.perf_counter() - t)}; longest the window was busy: {ms(longest)}")
    print(f"peak RSS: {rss_mb():.0f} MB (target < 250 MB)")
    if duplicates:
        from signon.store.merge import find_duplicates

        t = time.perf_counter()
        with db.session() as session:
            found = find_duplicates(session)
        print(f"possible duplicates in the directory: {len(found):,} pairs in "
              f"{time.perf_counter() - t:.1f} s (runs off the GUI thread; the synthetic "
              "names share few words, so acronyms collide far more than in a real directory)")
    tab.close()
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
