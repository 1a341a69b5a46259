"""The Signatories tab's reconfirmation banner and what its buttons write.

When a new version of the text is frozen after endorsements, the banner
says how many endorsed an older text and offers to mark them "needs
reconfirmation" (they leave the letter until they answer) or to keep them
as endorsed; while some must reconfirm, it offers to print them in the
letter meanwhile (the campaign's `keep_reconfirmation`). `Reconfirmation`
acts for one `SignatoriesTab` through `signon.store.reconfirm`.

Its texts keep the tab's translation context ("SignatoriesTab").
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject

from signon.domain.status import Status
from signon.ui.signatories import wording

if TYPE_CHECKING:
    from signon.ui.campaign_tab import CampaignTab


class BannerState(NamedTuple):
    """What the reconfirmation banner says, read from the store."""

    outdated: object  # store.reconfirm.OutdatedEndorsements
    kept: bool


def read_banner(session, campaign_id: int) -> BannerState:
    """The banner's two reads (in the session of the rows they go with)."""
    from signon.store.reconfirm import endorsements_kept, outdated_endorsements

    outdated = outdated_endorsements(session, campaign_id)
    # kept or not matters only when some endorsed an older text (a round
    # trip saved at most switches on a team server)
    return BannerState(outdated, outdated.total > 0 and endorsements_kept(session, campaign_id))


class Reconfirmation(QObject):
    """The banner's state and its three answers; `tab` is the SignatoriesTab
    (typed by its base class: the tab's module imports this one)."""

    def __init__(self, tab: CampaignTab):
        super().__init__(tab)
        self.tab = tab
        self.db = tab.db

    def update_banner(self, state: BannerState | None = None) -> None:
        """Show the banner when endorsements are outdated (and not kept) or
        signatories wait to reconfirm; hide it otherwise. `state` is what
        `read_banner` read with the rows off the GUI thread; without it
        (after this tab's own writes) it is read now."""
        tab, banner = self.tab, self.tab.banner
        if tab.campaign_id is None:
            banner.hide()
            return
        if state is None:
            with self.db.session() as session:
                state = read_banner(session, tab.campaign_id)
        outdated, kept = state
        waiting = tab.model.counts().get(Status.NEEDS_RECONFIRMATION.value, 0)
        ask = outdated.total > 0 and not kept
        if not ask and not waiting:
            banner.hide()
            return
        lines = []
        if ask:
            lines.append(outdated.describe() + ".")
        if waiting:
            lines.append(wording.must_reconfirm(waiting))
        tab.show_banner(" ".join(lines), ask=ask, waiting=bool(waiting),
                             keep=tab.keep_reconfirmation)

    def mark_reconfirmation(self) -> None:
        from signon.store.reconfirm import mark_reconfirmation

        tab = self.tab
        if tab.campaign_id is None:
            return
        with self.db.session() as session:
            n = mark_reconfirmation(session, tab.campaign_id)
        tab.reload()
        tab.show_notice(escape(wording.marked_for_reconfirmation(n)) + " " + tab.dismiss_link())
        tab.changed.emit()

    def keep_endorsements(self) -> None:
        from signon.store.reconfirm import keep_endorsements

        if self.tab.campaign_id is None:
            return
        with self.db.session() as session:
            keep_endorsements(session, self.tab.campaign_id)
        self.update_banner()

    def keep_toggled(self, checked: bool) -> None:
        from signon.store.campaigns import update_campaign

        tab = self.tab
        if tab.campaign_id is None:
            return
        with self.db.session() as session:
            update_campaign(session, tab.campaign_id, keep_reconfirmation=checked)
        tab.keep_reconfirmation = checked
        tab.changed.emit()
