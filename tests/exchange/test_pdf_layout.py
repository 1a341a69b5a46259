"""The page flow of the PDF letter (signon.exchange.pdf.layout), on blocks
of known sizes and a canvas that records where each one is drawn."""

from __future__ import annotations

import pytest

from signon.exchange.pdf.layout import Block, Frame, LayoutError, NeedRoom, lay_out


class Canvas:
    """Records (page, name, y) for every block drawn; pages end at showPage."""

    def __init__(self):
        self.page = 1
        self.drawn: list[tuple[int, str, float]] = []
        self._y = 0.0

    def saveState(self):  # noqa: N802 (reportlab's names)
        pass

    def restoreState(self):  # noqa: N802
        pass

    def translate(self, x, y):
        self._y = y

    def showPage(self):  # noqa: N802
        self.page += 1


class Box(Block):
    def __init__(self, name, height, before=0.0, after=0.0, keep=False, lines=None):
        self.name = name
        self.height = height
        self.space_before = before
        self.space_after = after
        self.keep_with_next = keep
        self.lines = lines  # splittable into lines of this height

    def wrap(self, avail_width, avail_height):
        return avail_width, self.height

    def split(self, avail_width, avail_height):
        if not self.lines:
            return []
        fit = int(avail_height // self.lines)
        total = round(self.height / self.lines)
        if fit < 1 or fit >= total:
            return []
        return [Box(self.name + "/1", fit * self.lines, self.space_before),
                Box(self.name + "/2", (total - fit) * self.lines, after=self.space_after,
                    lines=self.lines)]

    def draw(self):
        self.canv.drawn.append((self.canv.page, self.name, self.canv._y))


def run(blocks, height=100.0):
    canvas = Canvas()
    pages = lay_out(blocks, canvas, Frame(x=0, bottom=0, width=50, top=height))
    return pages, [(p, n, y) for p, n, y in canvas.drawn]


def test_spaces_between_blocks_merge_and_vanish_at_a_page_top():
    pages, drawn = run([Box("a", 40, before=8, after=10), Box("b", 20, before=6),
                        Box("c", 30, before=12)])
    # a at the top (no space above), b 10 below a (the larger of 10 and 6);
    # c (12 + 30) does not fit in the 30 left: new page, no space above
    assert drawn == [(1, "a", 60), (1, "b", 30), (2, "c", 70)]
    assert pages == 2


def test_a_block_that_does_not_fit_is_split_at_the_page_end():
    pages, drawn = run([Box("a", 60), Box("text", 80, lines=10)])
    assert drawn == [(1, "a", 40), (1, "text/1", 0), (2, "text/2", 60)]
    assert pages == 2


def test_keep_with_next_moves_a_heading_with_its_paragraph():
    pages, drawn = run([Box("a", 70), Box("heading", 10, keep=True), Box("para", 30)])
    assert drawn == [(1, "a", 30), (2, "heading", 90), (2, "para", 60)]


def test_kept_blocks_that_fit_stay_on_the_page():
    pages, drawn = run([Box("a", 50), Box("heading", 10, keep=True), Box("para", 30)])
    assert [(p, n) for p, n, _ in drawn] == [(1, "a"), (1, "heading"), (1, "para")]
    assert pages == 1


def test_need_room_breaks_only_when_the_room_is_short():
    _, drawn = run([Box("a", 50, after=5), NeedRoom(40), Box("b", 10, before=8)])
    # 45 points left ≥ 40: no break; b's space above (8) adds to a's
    # space after (5) instead of merging with it
    assert drawn == [(1, "a", 50), (1, "b", 27)]
    _, drawn = run([Box("a", 70), NeedRoom(40), Box("b", 10, before=8)])
    assert drawn == [(1, "a", 30), (2, "b", 90)]


def test_an_empty_letter_is_one_page():
    assert run([]) == (1, [])


def test_a_block_taller_than_a_page_that_cannot_split_is_an_error():
    with pytest.raises(LayoutError, match="taller than a page"):
        run([Box("a", 10), Box("huge", 150)])
