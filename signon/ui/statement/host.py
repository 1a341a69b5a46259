"""What the Statement tab's handlers use of the tab.

`StatementSaver` (saving.py), `VersionActions` (versioning.py) and
`TranslationActions` (translating.py) act on the store for the tab
(signon/ui/statement_tab.py), which makes them; they see it through this
Protocol instead of importing it back (no import circles:
tests/unit/test_layers.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QComboBox

    from signon.domain.letter import Letter
    from signon.store.database import Database
    from signon.store.models import Campaign
    from signon.store.statements import EndorsementExposure
    from signon.ui.conflict_banner import ConflictBanner
    from signon.ui.statement.composer import ComposerPanel


class StatementHost(Protocol):
    """The tab (a QWidget: its handlers' dialogs open over it)."""

    db: Database
    composer: ComposerPanel
    conflict_banner: ConflictBanner
    preview_language: QComboBox
    #: the tab wrote data: the window's campaign list follows
    changed: SignalInstance
    #: the campaign whose text is shown, and who endorsed which version
    campaign: Campaign | None
    exposure: EndorsementExposure | None

    @property
    def campaign_id(self) -> int | None: ...

    def notify(self, text: str) -> None: ...

    def refresh_context(self) -> None: ...

    def render_preview(self) -> None: ...

    def current_letter(self, language: str | None = None) -> Letter | None: ...

    def save_now(self) -> bool: ...
