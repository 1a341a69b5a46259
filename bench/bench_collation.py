"""Sorting a letter's names: Sign-on's collation against ICU's, when ICU is there.

    python bench/bench_collation.py [--names 50000] [--runs 3]

For English, Spanish and Arabic it makes `--names` signatory names (English
ones from bench/bench_import.py's generator; Spanish ones with accents and
"ñ"; Arabic ones 60% in Arabic script, with hamza forms, vowel marks and
tatweel, the rest Latin) and times one `sorted(names,
key=collation_key(language))`, the median of `--runs`.

When an ICU binding is importable (`import icu`: PyICU, or the
pyicu-wheels package, neither a dependency: docs/languages.md says why), it
times `sorted(names, key=Collator.createInstance(Locale(language)).getSortKey)`
too and counts the positions where the two orders agree: the figures
docs/languages.md gives for the decision. The sort runs in this process
after an untimed warm-up, so module compilation and imports are not in the
figures.

Prints figures; asserts nothing. Not run by CI.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from bench_import import make_names  # noqa: E402

from signon.domain.collation import collation_key  # noqa: E402

SPANISH = ("Asociación", "Fundación", "Red", "Colectivo", "Observatorio", "Centro",
           "Núñez", "Muñoz", "Peña", "Ávila", "Ibáñez", "Derechos", "Digitales", "Niñez",
           "Andalucía", "Coruña", "Ñandú", "Ollantay", "Gómez", "Pérez")
ARABIC = ("جمعية", "مركز", "المنظمة", "شبكة", "مؤسسة", "الحقوق", "الرقمية", "حملة", "أمل",
          "إعلام", "آفاق", "اتحاد", "مُبادرة", "التنمية", "العربيـة", "رؤية", "مرصد", "بيئة")


def names(language: str, count: int, rng: random.Random) -> list[str]:
    if language == "en":
        return make_names(count, rng)
    out = []
    for i in range(count):
        words = ARABIC if language == "ar" and rng.random() < 0.6 else SPANISH
        out.append(" ".join(rng.choice(words) for _ in range(rng.randint(2, 4))) + f" {i}")
    return out


def timed(data: list[str], key: Callable[[str], object], runs: int) -> tuple[float, list[str]]:
    result = sorted(data, key=key)  # warm-up: caches, tables
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = sorted(data, key=key)
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def icu_key(language: str) -> Callable[[str], bytes] | None:
    try:
        import icu
    except ImportError:
        return None
    return icu.Collator.createInstance(icu.Locale(language)).getSortKey


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--names", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    rng = random.Random(7)
    for language in ("en", "es", "ar"):
        data = names(language, args.names, rng)
        ours, order = timed(data, collation_key(language), args.runs)
        line = f"{language}: {len(data)} names, collation_key {ours * 1000:.0f} ms"
        key = icu_key(language)
        if key is not None:
            theirs, icu_order = timed(data, key, args.runs)
            same = sum(a == b for a, b in zip(order, icu_order, strict=True))
            line += f", ICU {theirs * 1000:.0f} ms, same position {same}/{len(data)}"
        print(line)
    if icu_key("en") is None:
        print("(no ICU binding importable: only Sign-on's own collation was timed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
