"""Export tab of a campaign.

Until its issue is built the tab says what it will hold, so the window
shows the whole shape of a campaign without any button that does nothing.
It already follows the tab contract (constructor, `set_campaign`,
`changed`) so the main window never has to change when it is filled in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from signon.store.database import Database

DESCRIPTION = (
    "This tab will hold the export of the letter with only the endorsed signatories, "
    "as PDF, Word, HTML, Markdown, plain text or CSV, and of the whole campaign file "
    "(signon-campaign/1) for backup and exchange, with the list options: order, "
    "columns, place after the name and the counts line."
)


class ExportTab(QWidget):
    """Shows what the tab will hold; emits `changed` after it writes data."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.campaign_id: int | None = None
        self.setObjectName("exportTab")
        self.setAccessibleName("Export the letter")
        heading = QLabel("Export: the letter with its signatory list.")
        heading.setObjectName("tabHeading")
        heading.setWordWrap(True)
        heading.setAccessibleName("Export the letter")
        description = QLabel(DESCRIPTION)
        description.setObjectName("tabDescription")
        description.setWordWrap(True)
        description.setAccessibleName("What this tab will hold")
        description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(description)
        layout.addStretch(1)

    def set_campaign(self, campaign_id: int | None) -> None:
        self.campaign_id = campaign_id
