"""The contract of a campaign tab (Statement, Signatories, Outreach, Export).

The main window builds each tab with `(db)`, tells it every campaign switch
with `set_campaign(id | None)`, listens to `changed` (the tab wrote data:
the campaign list's counts must follow) and, when another coordinator or
program committed something, calls `reload_if_changed()` on the tab in view.
Each tab used to write that contract out itself; here it is once, and a tab
implements `load()` (read `campaign_id` and show it, or its empty state when
it is None) and overrides only what differs.

When a tab reads its campaign (issue 22): the window tells every tab built
so far about a switch, but only the tab in view should read the campaign (a
switch used to read all four tabs, 50,000 signatories up to eight times). A
tab that is out of view keeps the campaign id (`stale`) and reads it when it
is next shown (`showEvent`).

"Out of view" is narrower than "not visible": the tab itself was shown, but
something above it hides it, its page being behind another tab or its window
not shown yet. A tab on its own that was never shown (a test, a tab embedded
elsewhere) still reads at once, as it always did — except where a tab says
otherwise (`defers`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QWidget

from signon.ui.i18n import ensure_installed

if TYPE_CHECKING:
    from signon.store.database import Database


#: Above this many rows a tab out of view lets go of them (`hideEvent`):
#: a 50,000-signatory campaign's tabs all fit in 290 MB and come back at
#: once; 200,000 cost 100 MB a tab and a second or two to read again.
LET_GO_ROWS = 100_000


@dataclass(frozen=True)
class UndoStep:
    """Something Edit → Undo can take back, as a tab (`undo_offered`) or
    the window offers it: the Edit menu's text, the tooltip of the status
    bar's Undo button, and what undoes it."""

    text: str
    tip: str
    run: Callable[[], None]


class CampaignTab(QWidget):
    """A tab showing one campaign at a time; see the module docstring.

    Subclasses set `OBJECT_NAME` (stable: tests and the stylesheet find the
    tab by it), `ACCESSIBLE_NAME` and `EMPTY_TEXT` (marked with
    `QT_TRANSLATE_NOOP` in the subclass's own context: `self.tr` looks a
    text up in the context of each class of the instance, so they keep the
    translations they had), and implement `load()`."""

    #: The tab wrote data (a signatory, the statement, a status): the window
    #: refreshes its campaign list. Exporting never emits it.
    changed = Signal()
    #: What Edit → Undo can take back of the tab's last write (an `UndoStep`),
    #: or None once there is nothing (undone, another campaign shown).
    undo_offered = Signal(object)
    #: Open Campaign settings at this field ("form_link", "deadline", …):
    #: something the tab shows needs it. Saving them reloads the tabs.
    settings_requested = Signal(str)
    #: Show the Statement tab's translation into this language (the Export
    #: tab's "Translate the missing texts"): the window switches tabs.
    translation_requested = Signal(str)

    OBJECT_NAME = ""
    ACCESSIBLE_NAME = ""
    #: What the tab says while no campaign is chosen (or "" when it says nothing).
    EMPTY_TEXT = ""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        ensure_installed()
        self.db = db
        self.campaign_id: int | None = None
        #: `campaign_id` was given out of view and is not read yet.
        self.stale = False
        #: another tab wrote, or a teammate committed, since this tab read
        #: what it shows (`note_change`): it looks again when next shown
        self.changed_elsewhere = False
        self.setObjectName(self.OBJECT_NAME)
        self.setAccessibleName(self.tr(self.ACCESSIBLE_NAME))

    def empty_text(self, reason: str = "") -> str:
        """What the empty tab says: why it is empty when a read failed,
        otherwise the tab's `EMPTY_TEXT`."""
        return reason or (self.tr(self.EMPTY_TEXT) if self.EMPTY_TEXT else "")

    # -- the campaign -----------------------------------------------------------

    def set_campaign(self, campaign_id: int | None) -> None:
        """Show this campaign (None: the empty state). A tab that `defers`
        only keeps the id, lets go of what it showed (`unload`) and reads
        the campaign when it is shown."""
        self.campaign_id = campaign_id
        self.changed_elsewhere = False
        self.stale = campaign_id is not None and self.defers()
        if self.stale:
            self.unload()
        else:
            self.load()

    def reload(self) -> None:
        """Read the campaign again now, in view or not."""
        self.stale = False
        self.load()

    def load(self) -> None:
        """Read `campaign_id` and show it; None shows the empty state."""
        raise NotImplementedError

    def unload(self) -> None:
        """A campaign was given out of view: let go of what the tab showed
        (the old campaign must not stay on screen, nor its rows in memory)."""

    def reload_if_changed(self) -> None:
        """Another coordinator or program committed something: reread what
        moved, and only that. The default reads nothing."""

    def note_change(self) -> None:
        """Another tab wrote, or a teammate committed, while this tab was not
        in view: it looks again when it is shown (`shown`). A tab that knows
        nothing changed reads nothing when it comes back into view: on a team
        server 100 ms away every tab click cost 0.3-0.8 s of reads."""
        self.changed_elsewhere = True

    def take_change(self) -> bool:
        """Whether something changed elsewhere since the last look (and
        forget it: the caller looks now)."""
        changed, self.changed_elsewhere = self.changed_elsewhere, False
        return changed

    # -- keyboard ---------------------------------------------------------------

    def panes(self) -> list[QWidget]:
        """The parts F6 moves between, in reading order (the whole tab
        unless a tab says otherwise)."""
        return [self]

    def main_pane(self) -> QWidget:
        """Where Ctrl+1…4 put the focus: the part a person works in."""
        return self.panes()[0]

    def out_of_view(self) -> bool:
        """True when the tab was shown but an ancestor hides it."""
        return not self.isHidden() and not self.isVisible()

    def defers(self) -> bool:
        """True when a campaign given now is read only when the tab is shown."""
        return self.out_of_view()

    # -- going out of view and coming into view --------------------------------

    def held_rows(self) -> int:
        """How many signatories' rows the tab holds in memory (0: few)."""
        return 0

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt API)
        """Out of view with a very big campaign's rows (more than `LET_GO_ROWS`):
        let go of them and read them again when shown. With 200,000
        signatories each tab's rows take 100 MB, and four tabs held them
        at once; a person looks at one."""
        super().hideEvent(event)
        if not event.spontaneous() and self.campaign_id is not None \
                and self.held_rows() > LET_GO_ROWS:
            self.unload()
            self.stale = True

    # -- coming into view ---------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        """Read the campaign given while out of view; else `shown`."""
        super().showEvent(event)
        if self.stale:
            self.reload()
        else:
            self.shown(event)

    def shown(self, event: QShowEvent) -> None:
        """The tab came back into view with its campaign already read: when
        other tabs or a teammate changed data meanwhile (`note_change`), the
        default is `reload_if_changed`."""
        if self.take_change():
            self.reload_if_changed()
