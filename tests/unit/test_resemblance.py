"""domain.dedupe.resemblance: how alike two normalised names are (#21)."""

from signon.domain.dedupe import resemblance
from signon.domain.normalise import normalise_name


def alike(a: str, b: str) -> float:
    return resemblance(normalise_name(a), normalise_name(b))


def test_resemblance():
    assert alike("ARTICLE 19", "Article 19 ") == 100
    assert alike("Article 19", "Article 19 UK") == 90  # a branch: worth a question
    assert alike("Article 19", "Article 18") == 0  # numbers differ
    assert alike("Electronic Frontier Foundaton", "Electronic Frontier Foundation") >= 90
    assert alike("Foundation Panoptykon", "Panoptykon Foundation") == 100
    assert alike("Access Now", "Privacy International") == 0
    assert alike("APC", "APA") == 0  # too short to mean anything
