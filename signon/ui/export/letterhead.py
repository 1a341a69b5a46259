"""The Export tab's letterhead: the logo printed at the top of PDF and Word
letters, chosen per campaign and kept in its settings.

`Letterhead` acts for one `ExportTab`: it reads the campaign's setting when
the tab loads a campaign, lets the person choose or remove the image (the
dispatcher's `check_logo` refuses what the exporters cannot print), stores
it through `signon.store.settings`, and shows the file's name, or that the
file is missing, next to the buttons. Its texts keep the tab's translation
context ("ExportTab").
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from signon.domain.errors import SignonError
from signon.exchange.export import check_logo
from signon.ui import dialogs
from signon.ui.i18n import translate

if TYPE_CHECKING:
    from signon.ui.campaign_tab import CampaignTab


def read_stored(session, campaign_id: int) -> str:
    """The letterhead file stored for a campaign ("" without one)."""
    from signon.store.setting_keys import LETTERHEAD
    from signon.store.settings import get_setting

    return get_setting(session, LETTERHEAD, campaign_id=campaign_id) or ""


class Letterhead(QObject):
    """The campaign's letterhead image (`path`, None without one); `tab` is
    the ExportTab (typed by its base class: the tab's module imports this
    one)."""

    def __init__(self, tab: CampaignTab):
        super().__init__(tab)
        self.tab = tab
        self.db = tab.db
        self.path: Path | None = None

    def show_stored(self, stored: str) -> None:
        """Show the letterhead stored for the tab's campaign (`read_stored`,
        read with the rest of the campaign, off the GUI thread)."""
        self.path = Path(stored) if stored else None
        self.show_logo()

    def show_logo(self) -> None:
        label = self.tab.logo_label
        if self.path is None:
            label.setText(translate("ExportTab", "None"))
            label.setToolTip("")
        elif not self.path.is_file():
            label.setText(translate("ExportTab", "{file} (missing)").format(file=self.path.name))
            label.setToolTip(str(self.path))
        else:
            label.setText(self.path.name)
            label.setToolTip(str(self.path))
        self.tab.sync_enabled()

    def choose_logo(self) -> None:
        start = str(self.path.parent if self.path else self.tab.last_dir)
        chosen = dialogs.choose_open_file(self.tab, translate("ExportTab", "Letterhead image"),
                                          start,
                                          translate("ExportTab", "Images (*.png *.jpg *.jpeg)"))
        if chosen:
            self.set_logo(Path(chosen))

    def set_logo(self, path: Path | None) -> None:
        """Check and keep the campaign's letterhead (None removes it)."""
        from signon.store.setting_keys import LETTERHEAD
        from signon.store.settings import delete_setting, set_setting

        campaign_id = self.tab.campaign_id
        if campaign_id is None:
            return
        try:
            path = check_logo(path) if path is not None else None
        except SignonError as exc:
            dialogs.error(self.tab, str(exc))
            return
        with self.db.session() as session:
            if path is None:
                delete_setting(session, LETTERHEAD, campaign_id=campaign_id)
            else:
                set_setting(session, LETTERHEAD, str(path), campaign_id=campaign_id)
        self.path = path
        self.show_logo()
