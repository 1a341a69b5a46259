"""Merging two selected signatories of one campaign: "ARTICLE 19" and
"Article 19 UK", the same group entered twice.

The two entries side by side (`merge_cards.MergeCards`, as the directory's
duplicate finder shows them); the coordinator picks the one to keep, and
the line under them says what the merge will do with that choice — the
name the letter prints, the status that stays and whose it is, the
history, the contacts, the other campaigns that follow — from the
`store.signatory_merge.MergePlan` of each choice, read before the dialog
opens (it reads nothing itself). "Merge" is the confirmation; the rules
are `store.signatory_merge`'s, and Edit → Undo takes a merge back.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from signon.domain.signatory_kind import SignatoryKind
from signon.ui.labels import (
    country_label,
    format_number,
    org_type_label,
    signatory_kind_label,
    status_label,
    status_word,
)
from signon.ui.signatories.merge_cards import MergeCards, card_html, text_direction


class SignatoryMergeDialog(QDialog):
    """`plans`: the MergePlan keeping the first entry, and the one keeping
    the second. `chosen()` is (keep id, other id) once accepted."""

    def __init__(self, plans: tuple, parent: QWidget | None = None):
        super().__init__(parent)
        self.plans = plans
        self.setObjectName("signatoryMergeDialog")
        self.setWindowTitle(self.tr("Merge signatories"))
        self.setAccessibleName(self.tr("Merge two signatories"))
        intro = QLabel(self.tr("The same signatory entered twice? Choose the entry to keep: "
                               "the other one is merged into it."))
        intro.setObjectName("dialogHeading")
        intro.setWordWrap(True)
        self.cards = MergeCards(self.tr("Keep this one"))
        first, second = plans[0].keep, plans[0].other
        # by default keep the entry with the stronger answer
        self.cards.show_pair(self._describe(first), self._describe(second),
                             plans[0].status_from == first.signatory_id)
        self.outcome = QLabel()
        self.outcome.setObjectName("mergeOutcome")
        self.outcome.setTextFormat(Qt.TextFormat.RichText)
        self.outcome.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Merge"))
        ok.setObjectName("mergeSignatoriesButton")
        ok.setProperty("primary", True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName(
            "mergeCancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.cards)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(760, 460)
        self.cards.choice_changed.connect(self._show_outcome)
        self._show_outcome()

    def _describe(self, side) -> str:
        """One entry's card: what the letter prints of it, its answer, and
        what it brings along."""
        country = f"{country_label(side.country)} ({side.country})" if side.country else ""
        if side.kind == SignatoryKind.ORGANISATION:
            rows = [(self.tr("Acronym"), side.acronym), (self.tr("Country"), country),
                    (self.tr("Type"), org_type_label(side.org_type)),
                    (self.tr("Website"), side.website)]
        else:
            rows = [(self.tr("Signing as"), signatory_kind_label(side.kind)),
                    (self.tr("Title"), side.title), (self.tr("Affiliation"), side.affiliation),
                    (self.tr("Country"), country)]
        rows += [(self.tr("Status"), status_label(side.status)),
                 (self.tr("History"), self.tr("%Ln events", "", side.events)),
                 (self.tr("Contacts"), format_number(side.contacts))]
        if side.kind == SignatoryKind.ORGANISATION:
            rows.append((self.tr("Other campaigns"), format_number(side.campaigns)))
        return card_html(side.name, rows)

    def plan(self):
        """The MergePlan of the entry chosen now."""
        return self.plans[0] if self.cards.first_kept() else self.plans[1]

    def chosen(self) -> tuple[int, int]:
        plan = self.plan()
        return plan.keep.signatory_id, plan.other.signatory_id

    def _show_outcome(self) -> None:
        plan = self.plan()
        keep, other = escape(plan.keep.name), escape(plan.other.name)
        whose = keep if plan.status_from == plan.keep.signatory_id else other
        lines = [
            self.tr("The list and the letter show “{name}”; “{other}” is gone from this "
                    "campaign.").format(name=keep, other=other),
            self.tr("Status: {status}, the stronger answer (from “{whose}”), with its "
                    "date and channel.").format(status=escape(status_word(plan.status)),
                                                whose=whose),
            self.tr("History: the %Ln events of both, in one list, and one saying what was "
                    "merged; the notes of both are kept.", "", plan.events),
        ]
        if plan.keep.kind == SignatoryKind.ORGANISATION:
            lines.append(self.tr("Contacts: %Ln move to “{name}”.", "",
                                 plan.contacts_moved).format(name=keep))
            if plan.other_campaigns:
                lines.append(self.tr(
                    "The directory: the two organisations become one, “{name}”, in %Ln "
                    "other campaigns too.", "", plan.other_campaigns).format(name=keep))
        elif plan.keep.contacts and plan.other.contacts:
            lines.append(self.tr("Contact: the one of “{whose}” stays; the other is written "
                                 "into the notes.").format(whose=whose))
        lines.append(self.tr("Edit → Undo takes the merge back."))
        direction = text_direction()
        self.outcome.setText(f"<p dir='{direction}' style='margin:0'>"
                             + escape(self.tr("Merging will:"))
                             + f"</p><ul dir='{direction}' style='margin-top:2px'>"
                             + "".join(f"<li dir='{direction}'>{line}</li>" for line in lines)
                             + "</ul>")
        self._fit()

    def _fit(self) -> None:
        """Tall enough for both cards and the outcome at the dialog's width
        (wrapped labels ask for their height only for a given width)."""
        width = max(self.width(), 760)
        needed = self.layout().totalHeightForWidth(width)
        if needed > self.height():
            self.resize(width, needed)
