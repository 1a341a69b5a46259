"""Near-duplicate organisation names: offered for a merge, never merged.

Exact duplicates share a normalised key (domain.normalise). Near ones
("Acces Now" / "Access Now", "Derecho Digitales" / "Derechos Digitales")
are found with rapidfuzz's `ratio` on those keys. Comparing every imported
name with a 10,000-entry directory is 10⁸ comparisons, so candidates are
blocked: a key is filed under its first and its last character, and a query
is compared only with the keys sharing one of them. A typo at both ends of a
short name already scores below the threshold, so blocking loses nothing
that would have been suggested, and rapidfuzz's length filter discards most
of each block without computing a score.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

#: rapidfuzz ratio (0–100) from which two keys are offered as a possible duplicate.
NEAR_DUPLICATE_THRESHOLD = 90.0
#: Keys shorter than this are too short for a ratio to mean anything ("apc"/"apa").
MIN_KEY_LENGTH = 5


@dataclass(frozen=True)
class NearMatch(Generic[T]):
    payload: T
    key: str
    score: float


class NearDuplicateIndex(Generic[T]):
    """Keys with a payload each (an organisation id, a row), searchable for
    near-duplicates of a new key. Keys may be added while searching, so the
    rows of one file are compared with each other too."""

    def __init__(self, threshold: float = NEAR_DUPLICATE_THRESHOLD):
        self.threshold = threshold
        self._blocks: dict[str, tuple[list[str], list[T]]] = {}
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def add(self, key: str, payload: T) -> None:
        if len(key) < MIN_KEY_LENGTH:
            return
        for block in {key[0], "$" + key[-1]}:
            keys, payloads = self._blocks.setdefault(block, ([], []))
            keys.append(key)
            payloads.append(payload)
        self._count += 1

    def find(self, key: str, limit: int = 3) -> list[NearMatch[T]]:
        """The best near-duplicates of `key` (an identical key is not one: it
        is an exact duplicate), best first."""
        if len(key) < MIN_KEY_LENGTH or not self._blocks:
            return []
        from rapidfuzz import fuzz, process

        best: dict[str, NearMatch[T]] = {}
        for block in (key[0], "$" + key[-1]):
            entry = self._blocks.get(block)
            if entry is None:
                continue
            keys, payloads = entry
            for choice, score, index in process.extract(
                    key, keys, scorer=fuzz.ratio, score_cutoff=self.threshold,
                    limit=limit + 1):
                if choice == key:
                    continue
                if choice not in best or best[choice].score < score:
                    best[choice] = NearMatch(payloads[index], choice, round(score, 1))
        return sorted(best.values(), key=lambda m: (-m.score, m.key))[:limit]
