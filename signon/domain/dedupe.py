"""Near-duplicate organisation names: offered for a merge, never merged.

Exact duplicates share a normalised key (domain.normalise). Near ones
("Acces Now" / "Access Now", "Fundacion Karizma" / "Fundacion Karisma")
are found with rapidfuzz's `ratio` on those keys.

Comparing every new name of a 10,000-row import with a 10,000-entry
directory is 10⁸ comparisons (seconds even in C++), so candidates are
found by sorted neighbourhood: the keys are kept sorted twice, as written
and reversed, and a query is compared only with its WINDOW neighbours on
each side in both orders. A near-duplicate differs from the query in a few
places; the part before the first difference is a shared prefix (neighbours
in the first order) and the part after the last one a shared suffix
(neighbours in the reversed order). Only when many other keys share *both*
that prefix and that suffix can a near-duplicate fall outside both windows;
bench/bench_import.py compares the result with an exhaustive search.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

#: rapidfuzz ratio (0–100) from which two keys are offered as a possible duplicate.
NEAR_DUPLICATE_THRESHOLD = 90.0
#: Keys shorter than this are too short for a ratio to mean anything ("apc"/"apa").
MIN_KEY_LENGTH = 5
#: Neighbours compared on each side, in each of the two sort orders.
WINDOW = 16


@dataclass(frozen=True)
class NearMatch(Generic[T]):
    payload: T
    key: str
    score: float


class NearDuplicateIndex(Generic[T]):
    """Keys with a payload each (an organisation id, a row), searchable for
    near-duplicates of a new key. Keys may be added between searches, so the
    rows of one file are compared with each other too. A key added twice
    keeps its first payload."""

    def __init__(self, threshold: float = NEAR_DUPLICATE_THRESHOLD, window: int = WINDOW):
        self.threshold = threshold
        self.window = window
        self._forward: list[str] = []
        self._backward: list[str] = []  # each key reversed, sorted
        self._backward_keys: list[str] = []  # the key of each _backward entry
        self._payloads: dict[str, T] = {}

    def __len__(self) -> int:
        return len(self._payloads)

    def add(self, key: str, payload: T) -> None:
        if len(key) < MIN_KEY_LENGTH or key in self._payloads:
            return
        self._payloads[key] = payload
        insort(self._forward, key)
        rev = key[::-1]
        i = bisect_left(self._backward, rev)
        self._backward.insert(i, rev)
        self._backward_keys.insert(i, key)

    def extend(self, items: list[tuple[str, T]]) -> None:
        """Add many keys at once (one sort instead of an insertion each)."""
        for key, payload in items:
            if len(key) >= MIN_KEY_LENGTH:
                self._payloads.setdefault(key, payload)
        self._forward = sorted(self._payloads)
        pairs = sorted((k[::-1], k) for k in self._payloads)
        self._backward = [rev for rev, _ in pairs]
        self._backward_keys = [k for _, k in pairs]

    def _neighbours(self, key: str) -> list[str]:
        """Keys near `key` in either order (some twice), in a fixed order so
        that ties between equal scores are always broken the same way."""
        w = self.window
        i = bisect_left(self._forward, key)
        j = bisect_left(self._backward, key[::-1])
        return (self._forward[max(0, i - w): i + w]
                + self._backward_keys[max(0, j - w): j + w])

    def find(self, key: str, limit: int = 3) -> list[NearMatch[T]]:
        """The best near-duplicates of `key`, best first. An identical key is
        not one: that is an exact duplicate."""
        if len(key) < MIN_KEY_LENGTH or not self._payloads:
            return []
        from rapidfuzz import fuzz, process

        candidates = [k for k in self._neighbours(key) if k != key]
        best: dict[str, float] = {}
        for choice, score, _ in process.extract(key, candidates, scorer=fuzz.ratio,
                                                score_cutoff=self.threshold,
                                                limit=2 * limit):
            best.setdefault(choice, score)
        ranked = sorted(best.items(), key=lambda item: (-item[1], item[0]))[:limit]
        return [NearMatch(self._payloads[choice], choice, round(score, 1))
                for choice, score in ranked]


_NUMBERS = re.compile(r"\d+")


def resemblance(key: str, other: str, threshold: float = NEAR_DUPLICATE_THRESHOLD) -> float:
    """How likely two normalised keys (`normalise.normalise_name`) name the
    same signer, 0–100, or 0 below `threshold`: the Add dialog's warning
    that a campaign already has an entry like the one being typed.

    Equal keys are 100. Keys whose numbers differ are 0 ("article 19" is
    not "article 18"). Otherwise the better of rapidfuzz's ratio and its
    ratio of the words in any order ("foundation panoptykon"); and a key
    that is the other's first words ("article 19" of "article 19 uk") is
    the threshold itself: one group, or its national branch, worth a
    question. Keys shorter than MIN_KEY_LENGTH only count when equal."""
    from rapidfuzz import fuzz

    if key == other:
        return 100.0
    if min(len(key), len(other)) < MIN_KEY_LENGTH:
        return 0.0
    if _NUMBERS.findall(key) != _NUMBERS.findall(other):
        return 0.0
    score = max(fuzz.ratio(key, other), fuzz.token_sort_ratio(key, other))
    if score >= threshold:
        return score
    short, long_ = sorted((key, other), key=len)
    if long_.startswith(short + " "):
        return threshold
    return 0.0
