"""Export of a 10,000-signatory letter: the whole `signon export` command per
format, and LibreOffice converting our own DOCX to PDF in the same run.

    python bench/bench_export.py [--orgs 10000] [--runs 3] [--memory 50000]

Builds a temporary database holding the example letter's statement and
`--orgs` endorsed organisations (plus as many pending invitations, which the
letter must skip), then times, each `--runs` times, a fresh process running
`signon export CAMPAIGN --format F -o OUT` for pdf, docx, html, md, txt and
csv (the time a person waits, start-up and imports included). In-process
figures break the PDF and DOCX down: reading the letter, building it,
rendering. When `soffice` is on the PATH (Debian: libreoffice-writer-nogui)
it converts the DOCX we wrote to PDF and prints the ratio to our PDF
command. `--memory N` repeats the PDF and DOCX commands on an N-signatory
letter and prints each process's peak RSS.

Targets (DESIGN.md): whole command < 1 s; in-app PDF render <= 0.3 s and at
least 10x faster than LibreOffice's conversion; 50,000 signatories < 250 MB.
Prints figures; asserts nothing. Not run by CI.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from processes import bytecode_env

ROOT = Path(__file__).resolve().parents[1]
STATEMENT = ROOT / "tests" / "data" / "un-ai-resolution.json"
FORMATS = ("pdf", "docx", "html", "md", "txt", "csv")

WORDS = ("Access", "Rights", "Digital", "Freedom", "Privacy", "Open", "Society", "Media",
         "Foundation", "Network", "Alliance", "Centre", "Institute", "Watch", "Coalition",
         "Derechos", "Asociación", "Libertad", "Información", "Sociedad", "Réseau",
         "Liberté", "Données", "Citoyens", "Stiftung", "Verein", "Özgürlük", "Çevre",
         "Ciudadanía", "Transparência", "Justiça", "Građani", "Świadomość")
COUNTRIES = ("US", "GB", "FR", "ES", "AR", "BR", "KE", "NG", "IN", "DE", "MX", "PE", "PL",
             "EG", "TR", "VN", "ZA", "CO", "PH", "ID", "HR", "CL", "NL", "SE")
TYPES = ("NGO", "Academic", "Union", "Network", "Foundation", "Media")


def build(path: Path, orgs: int, pending: int, seed: int = 11) -> int:
    """A campaign with the example statement and `orgs` endorsed organisations,
    inserted with bulk Core statements (seconds rather than minutes)."""
    from sqlalchemy import insert

    from signon.domain.compose import SectionDraft
    from signon.domain.normalise import normalise_name
    from signon.store.campaigns import create_campaign
    from signon.store.database import open_database
    from signon.store.models import Organisation, Signatory
    from signon.store.statements import replace_sections

    reference = json.loads(STATEMENT.read_text("utf-8"))
    rnd = random.Random(seed)
    db = open_database(f"sqlite:///{path}")
    with db.session() as session:
        campaign = create_campaign(session, reference["campaign"]["title"])
        replace_sections(session, campaign.id,
                         [SectionDraft(**s) for s in reference["sections"]])
        cid = campaign.id
    names, keys = [], set()
    while len(names) < orgs + pending:
        name = " ".join(rnd.sample(WORDS, rnd.randint(2, 4))) + f" {rnd.randint(1, 999)}"
        key = normalise_name(name)
        if key not in keys:
            keys.add(key)
            names.append((name, key))
    start = datetime(2026, 3, 1, tzinfo=UTC)
    with db.session() as session:
        session.execute(insert(Organisation), [
            {"name": name, "norm_key": key, "country": rnd.choice(COUNTRIES),
             "org_type": rnd.choice(TYPES),
             "acronym": "".join(w[0] for w in name.split()[:-1]).upper()
             if rnd.random() < 0.3 else ""}
            for name, key in names])
    with db.session() as session:
        from sqlmodel import select

        ids = session.exec(select(Organisation.id).order_by(Organisation.id)).all()
        session.execute(insert(Signatory), [
            {"campaign_id": cid, "kind": "organisation", "organisation_id": oid,
             "status": "endorsed" if i < orgs else "invited", "position": i + 1,
             "endorsed_at": start + timedelta(minutes=i) if i < orgs else None}
            for i, oid in enumerate(ids)])
    db.close()
    return cid


def command(db: Path, cid: int, fmt: str, out: Path) -> list[str]:
    return [sys.executable, "-m", "signon", "--db", str(db), "export", str(cid),
            "--format", fmt, "-o", str(out), "--counts"]


#: Runs one command and reports its wall time and peak RSS. A fresh small
#: process does the spawning: a child forked from this benchmark (which holds
#: a whole database build in memory) would report this process's RSS.
_LAUNCHER = """
import json, resource, subprocess, sys, time
t0 = time.perf_counter()
proc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
wall = time.perf_counter() - t0
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"wall": wall, "rss": rss, "code": proc.returncode,
                  "err": proc.stderr.decode("utf-8", "replace")[-500:]}))
"""


#: Set by main(): bytecode cached as after a normal install (bench/processes.py).
CHILD_ENV: dict[str, str] | None = None


def timed_process(argv: list[str]) -> tuple[float, float]:
    """Wall time of a fresh process and its peak RSS in MB."""
    done = subprocess.run([sys.executable, "-c", _LAUNCHER, *argv], capture_output=True,
                          env=CHILD_ENV,
                          text=True, check=True)
    result = json.loads(done.stdout)
    if result["code"] != 0:
        raise SystemExit(f"{' '.join(argv)} failed: {result['err']}")
    return result["wall"], result["rss"]


def in_process(db: Path, cid: int, out_dir: Path) -> dict[str, float]:
    """Where the time of one export goes, in this process."""
    from signon.domain.letter import LetterOptions
    from signon.exchange.export import export_letter
    from signon.store.letters import read_letter_source

    figures = {}
    t0 = time.perf_counter()
    source = read_letter_source(f"sqlite:///{db}", str(cid))
    figures["read letter source (sqlite3)"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    letter = source.letter(LetterOptions(show_counts=True))
    figures["build Letter"] = time.perf_counter() - t0
    for fmt in FORMATS:
        try:
            export_letter(letter, fmt, out_dir / f"warm.{fmt}")  # imports paid here
        except ModuleNotFoundError as exc:
            figures[f"render {fmt}"] = float("nan")
            print(f"  ({fmt}: {exc})")
            continue
        t0 = time.perf_counter()
        export_letter(letter, fmt, out_dir / f"inproc.{fmt}")
        figures[f"render {fmt} (warm)"] = time.perf_counter() - t0
    return figures


def libreoffice(docx: Path, out_dir: Path) -> float | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    profile = out_dir / "lo-profile"
    argv = [soffice, f"-env:UserInstallation=file://{profile}", "--headless",
            "--convert-to", "pdf", "--outdir", str(out_dir / "lo"), str(docx)]
    subprocess.run(argv, capture_output=True, check=True)  # first start creates the profile
    t0 = time.perf_counter()
    subprocess.run(argv, capture_output=True, check=True)
    return time.perf_counter() - t0


def pdf_pages(pdf: Path) -> str:
    if shutil.which("pdfinfo") is None or not pdf.exists():
        return "?"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages")),
                "?")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orgs", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--memory", type=int, default=50_000,
                        help="signatories for the memory run (0 to skip)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="signon-bench-export-") as tmp:
        tmp_path = Path(tmp)
        db = tmp_path / "bench.db"
        t0 = time.perf_counter()
        cid = build(db, args.orgs, pending=args.orgs)
        print(f"database: {args.orgs} endorsed + {args.orgs} invited organisations "
              f"({time.perf_counter() - t0:.1f} s to build)")

        global CHILD_ENV
        CHILD_ENV = bytecode_env(tmp_path / "pycache")
        for fmt in FORMATS:  # untimed: fills the bytecode cache
            timed_process(command(db, cid, fmt, tmp_path / f"warm-up.{fmt}"))
        baseline, _ = timed_process([sys.executable, "-c", "pass"])
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        print(f"python -c pass: {baseline:.3f} s   (load average {load} on "
              f"{os.cpu_count()} cores: other work slows every figure)")
        print(f"\nwhole `signon export` command (bytecode cached), {args.runs} runs each "
              "(best / median):")
        best: dict[str, float] = {}
        for fmt in FORMATS:
            out = tmp_path / f"letter.{fmt}"
            try:
                times = [timed_process(command(db, cid, fmt, out)) for _ in range(args.runs)]
            except SystemExit as exc:
                print(f"  {fmt:5} FAILED: {str(exc)[-200:]}")
                continue
            walls = [t for t, _ in times]
            best[fmt] = min(walls)
            extra = f"  {pdf_pages(out)} pages" if fmt == "pdf" else ""
            print(f"  {fmt:5} {min(walls):.3f} s / {statistics.median(walls):.3f} s  "
                  f"peak RSS {max(r for _, r in times):.0f} MB  "
                  f"{out.stat().st_size / 1024:.0f} KiB{extra}")

        print("\nin-process breakdown:")
        breakdown = in_process(db, cid, tmp_path)
        for name, seconds in breakdown.items():
            print(f"  {name:32} {seconds:.3f} s")

        lo = libreoffice(tmp_path / "letter.docx", tmp_path)
        if lo is None:
            print("\nLibreOffice: soffice not installed (apt-get install "
                  "libreoffice-writer-nogui); conversion not measured")
        else:
            lo_pdf = tmp_path / "lo" / "letter.pdf"
            print(f"\nLibreOffice headless, our DOCX -> PDF: {lo:.2f} s "
                  f"({pdf_pages(lo_pdf)} pages)")
            if "pdf" in best:
                print(f"  ratio to the whole `signon export --format pdf` command: "
                      f"{lo / best['pdf']:.1f}x")
            if breakdown.get("render pdf (warm)"):
                print(f"  ratio to the in-app render (Letter -> PDF file): "
                      f"{lo / breakdown['render pdf (warm)']:.1f}x")

        if args.memory:
            big = tmp_path / "big.db"
            big_cid = build(big, args.memory, pending=0, seed=5)
            print(f"\nmemory, {args.memory} endorsed organisations:")
            for fmt in ("pdf", "docx"):
                try:
                    wall, rss = timed_process(command(big, big_cid, fmt,
                                                      tmp_path / f"big.{fmt}"))
                except SystemExit as exc:
                    print(f"  {fmt:5} FAILED: {str(exc)[-200:]}")
                    continue
                print(f"  {fmt:5} {wall:.2f} s  peak RSS {rss:.0f} MB")


if __name__ == "__main__":
    main()
