"""The Export tab's two privacy choices (issue 19), as one self-contained
widget the tab places and reads.

- **Delivery copy** (letter formats that can say so: PDF, DOCX, HTML,
  Markdown, text): also print the signatories marked "do not publish",
  under a note that the copy is not for publication. Offered only while
  the campaign has some that would print, and never ticked by itself: a
  new count (another campaign, a mark added or taken off) clears it, so a
  private copy is always chosen on purpose.
- **Leave out private data** (the campaign file): the file to share with a
  partner, without contacts, notes, history notes and private signatories.

`options()` gives the choice as keyword arguments of the export dispatcher
(`signon.exchange.export`): `{"delivery_copy": bool}` for a letter format,
to pass to `letter_options(...)` (the letters are then built with it, and
`write_export` refuses a format that cannot carry the note);
`{"without_private": bool}` for the campaign file, to pass to
`write_export(...)`; `{}` for a format with neither (a CSV list).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from signon.exchange.export import DELIVERY_FORMATS

CAMPAIGN_FORMAT = "campaign"


def _note(name: str, text: str = "") -> QLabel:
    note = QLabel(text)
    note.setObjectName(name)
    note.setWordWrap(True)
    note.setProperty("role", "muted")
    return note


class PrivacyChoice(QWidget):
    """"Delivery copy" for a letter, "Leave out private data" for the
    campaign file; `changed` when what `options()` gives changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exportPrivacyChoice")
        self.fmt = "pdf"
        self.private_count = 0
        # short box labels, the detail in a note that wraps: a check box
        # never wraps, and a long one widened the whole options column
        self.delivery = QCheckBox(self.tr("Delivery copy (not for publication)"))
        self.delivery.setObjectName("deliveryCopyBox")
        self.delivery.setToolTip(self.tr(
            "A private copy for the addressee: the signatories marked “do not publish” are "
            "printed in their place, under a line saying the copy is not for publication. "
            "Never an edition."))
        self.delivery_note = _note("deliveryCopyNote")
        self.without_private = QCheckBox(self.tr("Leave out private data"))
        self.without_private.setObjectName("withoutPrivateBox")
        self.without_note = _note("withoutPrivateNote", self.tr(
            "No contacts, notes, messages, replies or private signatories: a file to share "
            "with a partner."))
        self.without_private.setToolTip(self.tr(
            "The campaign file to share with a partner: its statement, settings and public "
            "signatories, imported as a campaign of its own"))
        for box in (self.delivery, self.without_private):
            box.toggled.connect(lambda _on: self.changed.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for widget in (self.delivery, self.delivery_note, self.without_private,
                       self.without_note):
            layout.addWidget(widget)
        self._update()

    def set_format(self, fmt: str) -> None:
        """The format chosen: which of the two choices applies."""
        self.fmt = fmt
        self._update()
        self.changed.emit()

    def set_private_count(self, count: int) -> None:
        """How many signatories marked "do not publish" a delivery copy
        would add (`store.letters.LetterSource.private_count`). A new count
        clears the delivery copy: it is chosen again, on purpose."""
        if count != self.private_count:
            self.private_count = count
            self.delivery.setChecked(False)
        self.delivery_note.setText(self.tr(
            "Also prints the %Ln signatories marked “do not publish”.", "", count))
        self._update()

    def _update(self) -> None:
        delivery = self.fmt in DELIVERY_FORMATS and self.private_count > 0
        self.delivery.setVisible(delivery)
        self.delivery_note.setVisible(delivery)
        self.without_private.setVisible(self.fmt == CAMPAIGN_FORMAT)
        self.without_note.setVisible(self.fmt == CAMPAIGN_FORMAT)

    def has_choice(self) -> bool:
        """Whether a choice is offered for this format and campaign (with
        none, the widget takes no room; a form row around it can go)."""
        return not (self.delivery.isHidden() and self.without_private.isHidden())

    def options(self) -> dict:
        """The choice as keyword arguments of the export dispatcher (see the
        module's docstring); a choice that does not apply is never given."""
        if self.fmt == CAMPAIGN_FORMAT:
            return {"without_private": self.without_private.isChecked()}
        if self.fmt in DELIVERY_FORMATS:
            return {"delivery_copy": not self.delivery.isHidden()
                    and self.delivery.isChecked()}
        return {}
