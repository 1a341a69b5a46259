"""Pages from blocks: the part of platypus a letter needs, without platypus.

A letter is a column of blocks (paragraphs, a rule, a logo, the signatory
list) flowed down the pages of one frame. reportlab's platypus does that,
but importing it costs a tenth of a second of a `signon export` that must
take under one (its Paragraph module compiles large regular expressions on
import), and the letter uses none of its flowables: our blocks measure,
split and draw themselves. What remains is this loop, with platypus's
rules, so a letter lays out as it did with platypus:

- the space between two blocks is the larger of the space after the first
  and the space before the second; a block at the top of a page has none
  above it;
- a block that does not fit is asked to split at the page end; if it
  cannot, it starts the next page;
- blocks marked `keep_with_next` and the block after them move to a new
  page together when they do not fit in what is left of this one (a
  heading is never the last line of a page);
- `NeedRoom(h)` starts a new page unless `h` points are left; the block
  after it keeps its whole space above (the rule before the signatories).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass

#: Rounding slack when comparing heights (points), as platypus's frames.
_FUZZ = 1e-6


class LayoutError(RuntimeError):
    """A block that fits on no page (taller than an empty page and unsplittable)."""


class Block:
    """Something the page flow places: it answers how big it is at a width,
    how it splits at a height, and draws itself with (0, 0) at its bottom
    left corner on `self.canv`."""

    space_before: float = 0.0
    space_after: float = 0.0
    keep_with_next: bool = False
    width: float = 0.0
    height: float = 0.0
    canv = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        raise NotImplementedError

    def split(self, avail_width: float, avail_height: float) -> list[Block]:
        """The block cut so that the first part fits in `avail_height`, or []
        when it cannot be cut there (then it moves to the next page)."""
        return []

    def draw(self) -> None:
        raise NotImplementedError

    def draw_on(self, canvas, x: float, y: float) -> None:
        canvas.saveState()
        canvas.translate(x, y)
        self.canv = canvas
        try:
            self.draw()
        finally:
            self.canv = None
            canvas.restoreState()


class NeedRoom(Block):
    """Start a new page unless `height` points are left on this one."""

    def __init__(self, height: float):
        self.height = height

    def wrap(self, avail_width, avail_height):
        return 0.0, 0.0


class Image(Block):
    """A letterhead image `width` × `height` points, flush to the start side
    of the letter (the right in a right-to-left letter)."""

    def __init__(self, path: str, width: float, height: float, right: bool = False,
                 space_after: float = 0.0):
        self.path = path
        self.image_width = width
        self.height = height
        self.right = right
        self.space_after = space_after

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        return avail_width, self.height

    def draw(self):
        x = self.width - self.image_width if self.right else 0.0
        # "auto" keeps a PNG's transparency (as platypus's Image did)
        self.canv.drawImage(self.path, x, 0, self.image_width, self.height, mask="auto")


@dataclass
class Frame:
    """The text area of a page and how far down it is filled."""

    x: float
    bottom: float
    width: float
    top: float

    def __post_init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.y = self.top
        self.at_top = True
        self.prev_space_after = 0.0

    def _space_above(self, block: Block) -> float:
        if self.at_top:
            return 0.0
        return max(block.space_before - self.prev_space_after, 0.0)

    def room(self) -> float:
        return self.y - self.bottom

    def add(self, block: Block, canvas) -> bool:
        """Draw `block` here if it fits; False if it does not."""
        space = self._space_above(block)
        avail = self.y - self.bottom - space
        if avail <= 0:
            return False
        _, height = block.wrap(self.width, avail)
        y = self.y - space - height
        if y < self.bottom - _FUZZ:
            return False
        block.draw_on(canvas, self.x, y)
        y -= block.space_after
        self.prev_space_after = block.space_after
        if y != self.y:
            self.at_top = False
        self.y = y
        return True

    def split(self, block: Block) -> list[Block]:
        avail = self.y - self.bottom - self._space_above(block)
        if avail <= 0:
            return []
        return block.split(self.width, avail)

    def group_fits(self, group: list[Block]) -> bool:
        """Whether blocks kept together fit in what is left of the frame
        (spaces between them merged as when they are placed)."""
        total = 0.0
        prev_after = 0.0
        for i, block in enumerate(group):
            _, height = block.wrap(self.width, 0xFFFFFF)
            total += height
            if i:
                total += max(block.space_before - prev_after, 0.0)
            prev_after = block.space_after
        return total <= self.y - self.bottom - self._space_above(group[0]) + _FUZZ


def lay_out(blocks: Iterable[Block], canvas, frame: Frame) -> int:
    """Place `blocks` on as many pages of `canvas` as they need, each page
    ended with `canvas.showPage()`; return the number of pages (at least
    one: a letter with nothing to print is still a valid one-page PDF)."""
    queue: deque[Block] = deque(blocks)
    pages = 0
    drawn_on_page = False
    grouped: set[int] = set()  # blocks that already passed the keep-with-next test

    def new_page() -> None:
        nonlocal pages, drawn_on_page
        canvas.showPage()
        pages += 1
        drawn_on_page = False
        frame.reset()

    while queue:
        block = queue.popleft()
        if isinstance(block, NeedRoom):
            if not frame.at_top and frame.room() < block.height:
                new_page()
            else:  # as platypus: the block after it keeps its whole space above
                frame.prev_space_after = 0.0
            continue
        if block.keep_with_next and queue and id(block) not in grouped:
            group = [block]
            while queue and group[-1].keep_with_next and not isinstance(queue[0], NeedRoom):
                group.append(queue.popleft())
            if not frame.at_top and not frame.group_fits(group):
                new_page()
            queue.extendleft(reversed(group[1:]))
            grouped.update(id(b) for b in group)
        if frame.add(block, canvas):
            drawn_on_page = True
            continue
        parts = frame.split(block)
        if parts:
            if not frame.add(parts[0], canvas):
                raise LayoutError(f"{type(block).__name__} split on page {pages + 1} "
                                  "does not fit where it was split")
            drawn_on_page = True
            queue.extendleft(reversed(parts[1:]))
            continue
        if frame.at_top and not drawn_on_page:
            raise LayoutError(f"{type(block).__name__} is taller than a page and "
                              "cannot be split")
        queue.appendleft(block)
        new_page()
    canvas.showPage()
    return pages + 1
