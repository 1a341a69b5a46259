"""PDF render of large letters: time, pages, peak memory.

    python bench/bench_pdf.py [--names 10000] [--big 50000] [--columns N] [--keep DIR]
                              [--no-rare]

Builds Letters with `build_letter` from synthetic `SignatoryEntry` lists —
organisation names of realistic length (one to seven words, mostly two
to four, a third with an acronym in brackets), mostly Latin with accents,
a few per cent Cyrillic, Greek, Arabic, Hebrew, Devanagari, Chinese,
Japanese and Korean — and the
reference statement's sections, then renders them with `render_pdf`.

A third scenario adds names in the scripts bundled for issue 17 (Cherokee,
Ethiopic, Gujarati, Khmer, Myanmar, Adlam, emoji: about 2 % of the names,
on top of the mix above) to the 10,000; the first two keep the mix they
always had, so their figures stay comparable with earlier runs.

Each scenario runs in its own child process so that its peak RSS is its
own. Wall-clock and CPU times are both printed: on a shared machine the
CPU time is the steadier figure. Printed per scenario: import time of
the renderer (reportlab and the package), the first render (fonts
registered and parsed on first use), a second render in the same process
(what a second export from the app costs), pages, file size and peak RSS.
Design targets (DESIGN.md): 10,000 organisations rendered in ≤ 0.3 s;
50,000 signatories under 250 MB. Prints figures only: no assertions, not
run by CI.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

LATIN = ("Access", "Rights", "Digital", "Freedom", "Privacy", "Open", "Society", "Media",
         "Foundation", "Network", "Alliance", "Centre", "Institute", "Watch", "Coalition",
         "for", "of", "the", "and", "Human", "Civil", "Liberties", "Youth", "Women",
         "Justice", "Technology", "Initiative", "Observatory", "Forum", "Council",
         "Derechos", "Asociación", "Libertad", "Información", "Sociedad", "Fundación",
         "Réseau", "Liberté", "Données", "Citoyens", "Numérique", "Associação", "Liberdade",
         "Stiftung", "Verein", "Gesellschaft", "Dữ liệu", "Özgürlük", "Çevre", "Łódź",
         "Kraków", "Høyskole", "Ñandú")
OTHER_SCRIPTS = {
    "cyrillic": ("Ассоциация", "Цифровые", "права", "Свобода", "информации", "Центр"),
    "greek": ("Ένωση", "Ψηφιακά", "Δικαιώματα", "Ελευθερία", "Κέντρο"),
    "arabic": ("جمعية", "الحقوق", "الرقمية", "مركز", "حرية", "الإعلام", "مؤسسة"),
    "hebrew": ("האגודה", "לזכויות", "האזרח", "מרכז", "חופש", "המידע"),
    "devanagari": ("डिजिटल", "अधिकार", "संस्थान", "स्वतंत्रता", "केंद्र"),
    "cjk": ("国际", "数字", "权利", "中心", "日本", "デジタル", "協会"),
    "hangul": ("디지털", "권리", "센터", "시민", "연합"),
}
#: The rare-script scenario's extra names (issue 17).
RARE_SCRIPTS = {
    "cherokee": ("ᏣᎳᎩ", "ᎠᏕᎶᏆᏍᏗ", "ᏧᏂᎸᏫᏍᏓᏁᎯ", "ᎠᏂᏴᏫᏯ"),
    "ethiopic": ("የኢትዮጵያ", "ሰብአዊ", "መብቶች", "ጉባኤ"),
    "gujarati": ("ગુજરાત", "સ્વતંત્રતા", "સમિતિ", "અધિકાર"),
    "khmer": ("សមាគម", "សិទ្ធិមនុស្ស", "កម្ពុជា"),
    "myanmar": ("မြန်မာ", "လူ့အခွင့်အရေး", "ကွန်ရက်"),
    "adlam": ("𞤀𞤣𞤤𞤢𞤥", "𞤆𞤵𞤤𞤢𞤪", "𞤊𞤵𞤼𞤢"),
    "emoji": ("Climate 🌍", "Action ✊🏽", "Network 👩‍👩‍👧", "Open 🌱"),
}
RARE_SHARES = {script: 0.003 for script in RARE_SCRIPTS}
COUNTRIES = ("US", "GB", "FR", "KE", "IN", "BR")
#: Share of names written in each non-Latin script (the rest is Latin).
SHARES = {"cyrillic": 0.02, "greek": 0.005, "arabic": 0.01, "hebrew": 0.003,
          "devanagari": 0.005, "cjk": 0.006, "hangul": 0.003}


def synthetic_entries(n: int, individuals: float = 0.0, seed: int = 7,
                      rare: bool = False) -> list:
    from signon.domain.letter import SignatoryEntry

    rng = random.Random(seed)
    rare_rng = random.Random(seed + 1)  # the common mix stays what it was
    out = []
    for i in range(n):
        roll = rng.random()
        script = None
        acc = 0.0
        for name, share in SHARES.items():
            acc += share
            if roll < acc:
                script = name
                break
        words = OTHER_SCRIPTS[script] if script else LATIN
        if rare and script is None:
            roll = rare_rng.random()
            acc = 0.0
            for name, share in RARE_SHARES.items():
                acc += share
                if roll < acc:
                    script = name
                    words = RARE_SCRIPTS[name]
                    break
        # one to seven words, mostly two to four: "Access Now", "Association
        # for Progressive Communications", "Fundación Karisma"
        count = rng.choices(range(1, 8), weights=(8, 30, 28, 18, 9, 5, 2))[0]
        name = " ".join(rng.choice(words) for _ in range(count))
        name = name[0].upper() + name[1:] + f" {i}"  # unique, like real names
        acronym = "".join(w[0] for w in name.split()[:4]).upper() if script is None \
            and rng.random() < 0.3 else ""
        if rng.random() < individuals:
            out.append(SignatoryEntry(kind="individual", name=name, status="endorsed",
                                      title="Professor", affiliation="University of "
                                      + rng.choice(LATIN), country="KE"))
        else:
            out.append(SignatoryEntry(kind="organisation", name=name, acronym=acronym,
                                      status="endorsed", country=rng.choice(COUNTRIES)))
    return out


def build(n: int, individuals: float, rare: bool = False):
    from signon.domain.compose import SectionDraft
    from signon.domain.letter import LetterOptions, build_letter

    data = json.loads((ROOT / "tests" / "data" / "un-ai-resolution.json").read_text("utf-8"))
    return build_letter(
        title=data["campaign"]["title"], language="en",
        sections=[SectionDraft(**s) for s in data["sections"]],
        signatories=synthetic_entries(n, individuals, rare=rare),
        options=LetterOptions(show_counts=True, edition_date=date(2026, 4, 12)),
        letter_date=date(2026, 4, 12),
    )


def child(n: int, individuals: float, columns: int | None, keep: str | None,
          rare: bool = False) -> dict:
    letter = build(n, individuals, rare)
    t0 = time.perf_counter()
    from signon.exchange.pdf import document, render_pdf  # noqa: F401 (imports reportlab)
    imported = time.perf_counter() - t0
    out_dir = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="bench-pdf-"))
    out = out_dir / f"letter-{n}{'-rare' if rare else ''}.pdf"
    t1, c1 = time.perf_counter(), time.process_time()
    render_pdf(letter, out, columns=columns)
    first, first_cpu = time.perf_counter() - t1, time.process_time() - c1
    t2, c2 = time.perf_counter(), time.process_time()
    render_pdf(letter, out, columns=columns)
    second, second_cpu = time.perf_counter() - t2, time.process_time() - c2
    pages = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    page_count = next((int(line.split()[-1]) for line in pages.splitlines()
                       if line.startswith("Pages:")), -1)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"names": len(letter.signatory_lines), "import_s": imported, "first_s": first,
            "second_s": second, "first_cpu_s": first_cpu, "second_cpu_s": second_cpu,
            "pages": page_count, "bytes": out.stat().st_size,
            "peak_rss_mb": rss_mb, "file": str(out)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=10_000)
    parser.add_argument("--big", type=int, default=50_000)
    parser.add_argument("--columns", type=int, default=None)
    parser.add_argument("--keep", default=None, help="folder to keep the PDFs in")
    parser.add_argument("--no-rare", action="store_true",
                        help="skip the scenario with the rarer scripts")
    parser.add_argument("--child", nargs=3, metavar=("N", "INDIVIDUALS", "RARE"))
    args = parser.parse_args()
    if args.child:
        result = child(int(args.child[0]), float(args.child[1]), args.columns, args.keep,
                       args.child[2] == "1")
        print(json.dumps(result))
        return
    scenarios = [(args.names, 0.0, "organisations", False),
                 (args.big, 0.1, "signatories (10% individuals)", False)]
    if not args.no_rare:
        scenarios.append((args.names, 0.0, "organisations, +2% rarer scripts and emoji", True))
    for n, individuals, label, rare in scenarios:
        cmd = [sys.executable, __file__, "--child", str(n), str(individuals), str(int(rare))]
        if args.columns:
            cmd += ["--columns", str(args.columns)]
        if args.keep:
            cmd += ["--keep", args.keep]
        done = subprocess.run(cmd, capture_output=True, text=True, check=True)
        r = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"{r['names']:>6} {label}: import {r['import_s']:.2f} s, "
              f"render {r['first_s']:.3f} s first / {r['second_s']:.3f} s again "
              f"(CPU {r['first_cpu_s']:.3f} / {r['second_cpu_s']:.3f} s), "
              f"{r['pages']} pages, {r['bytes'] / 1e6:.1f} MB, peak RSS {r['peak_rss_mb']:.0f} MB")


if __name__ == "__main__":
    main()
