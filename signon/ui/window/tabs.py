"""The campaign tabs of the main window, in the order a campaign is worked on.

A new tab is one row here (and a `CampaignTab` subclass in its module): the
window makes its page, its View menu entry and its Ctrl+number shortcut
from it, and builds the tab itself only when it is first shown.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

#: (module, class, label, shortcut) of each tab, in the order a campaign is
#: worked on. Modules, not classes: a tab's module is imported when the tab
#: is first shown. The label names objects in English and is translated when
#: shown.
TABS: tuple[tuple[str, str, str, str], ...] = (
    ("signon.ui.statement_tab", "StatementTab",
     QT_TRANSLATE_NOOP("MainWindow", "Statement"), "Ctrl+1"),
    ("signon.ui.signatories_tab", "SignatoriesTab",
     QT_TRANSLATE_NOOP("MainWindow", "Signatories"), "Ctrl+2"),
    ("signon.ui.outreach_tab", "OutreachTab",
     QT_TRANSLATE_NOOP("MainWindow", "Outreach"), "Ctrl+3"),
    ("signon.ui.export_tab", "ExportTab", QT_TRANSLATE_NOOP("MainWindow", "Export"), "Ctrl+4"),
)
#: Where the window sends a person: the Statement tab (a translation to
#: finish) and the Export tab (publishing an edition).
STATEMENT_TAB, EXPORT_TAB = 0, 3
