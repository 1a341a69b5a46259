"""When a tab reads its campaign: the lazy-load contract of the tabs.

The main window tells every tab built so far about a campaign switch, but
only the tab in view should read the campaign (issue 22: a switch read all
four tabs, 50,000 signatories up to eight times). A tab that is out of view
keeps the campaign id and reads it when it is next shown (its `showEvent`).

"Out of view" is narrower than "not visible": the tab itself was shown, but
something above it hides it, its page being behind another tab or its window
not shown yet. A tab on its own that was never shown (a test, a tab embedded
elsewhere) still reads at once, as it always did.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def out_of_view(widget: QWidget) -> bool:
    """True when `widget` was shown but an ancestor hides it."""
    return not widget.isHidden() and not widget.isVisible()
