"""Edit → Undo and the status bar's Undo button, for whatever offered one.

A deleted campaign (`window.campaigns`) and a status change in the
Signatories tab (`CampaignTab.undo_offered`) can both be taken back. Each
owner offers one `UndoStep` at a time, and withdraws it (None) once it no
longer applies; the newest one is what Ctrl+Z undoes and what the menu
names. When it is done or withdrawn, the one offered before it comes back:
undoing a status change leaves a campaign deletion still undoable.

The texts keep the window's translation context ("MainWindow").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from signon.ui.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from signon.ui.campaign_tab import UndoStep


class UndoSlot(QObject):
    """The window's one Undo: `offer(owner, step)`, `trigger()`. `window` is
    the MainWindow (its `undo_action` and `undo_button`)."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self._offers: list[tuple[object, UndoStep]] = []  # oldest first

    @property
    def current(self) -> UndoStep | None:
        return self._offers[-1][1] if self._offers else None

    def offer(self, owner: object, step: UndoStep | None) -> None:
        """`owner`'s step replaces the one it offered before (None: it has
        nothing to undo any more) and becomes the newest."""
        self._offers = [(o, s) for o, s in self._offers if o is not owner]
        if step is not None:
            self._offers.append((owner, step))
        self._show()

    def clear(self) -> None:
        """Nothing to undo (another database is shown)."""
        self._offers = []
        self._show()

    def trigger(self) -> None:
        """Undo the newest step; its owner withdraws or replaces it."""
        step = self.current
        if step is not None:
            step.run()

    def _show(self) -> None:
        window = self.window
        step = self.current
        window.undo_action.setEnabled(step is not None)
        if step is None:
            window.undo_action.setText(translate("MainWindow", "&Undo"))
            window.undo_button.hide()
            return
        window.undo_action.setText(step.text)
        window.undo_button.setToolTip(step.tip)
        window.undo_button.setAccessibleName(step.text.replace("&", ""))
        window.undo_button.show()
