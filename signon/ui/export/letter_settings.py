"""The campaign's letter shape in the Export tab: its date, how the signers
are laid out, and what a later edition does with a signer who withdrew.

These are the campaign's own settings (`store.editions.set_letter_settings`,
the campaign file's `letter_date`, `signatory_layout` and `retractions`),
not choices of one export: a change is saved at once, and every export,
the preview and the next published edition follow it.

- **Letter date**: the day of export, or a fixed date (an event report is
  dated by its event, whenever it is exported).
- **Signers**: one name per line under the heading, or one closing line
  after the date ("November 14, 2023. Org A and Org B."). With five signers
  or fewer a hint suggests the closing line, with a button that sets it; it
  is never forced.
- **Withdrawals**: a signer an earlier edition printed who withdrew since is
  marked "retracted (date)" in a later edition, or left out.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from signon.domain.errors import SignonError
from signon.ui import dialogs
from signon.ui.labels import long_date_format

#: Up to this many signers, one closing line is suggested (issue 20).
INLINE_SUGGESTED = 5
#: A typed date is saved once typing pauses (not at every digit).
DATE_SAVE_DELAY_MS = 400


class LetterSettings(QObject):
    """The three settings' widgets (`rows()` for the tab's form) and their
    saving; `saved(values)` after each save, with what changed."""

    saved = Signal(dict)

    def __init__(self, tab):
        super().__init__(tab)
        self.tab = tab
        #: the campaign whose settings are shown (and saved): the tab may
        #: already have switched to another while a typed date waits
        self.campaign_id: int | None = None
        self.signers = 0
        self._filling = False
        self.date_mode = QComboBox()
        self.date_mode.setObjectName("exportLetterDateMode")
        self.date_mode.setAccessibleName(self.tr("Letter date"))
        self.date_mode.addItem(self.tr("Day of export"), "export")
        self.date_mode.addItem(self.tr("Fixed date"), "fixed")
        self.date_mode.setToolTip(self.tr("The date the letter prints: the day it is exported, "
                                          "or a date of your choice (an event's day)"))
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setObjectName("exportLetterDate")
        self.date_edit.setAccessibleName(self.tr("Fixed letter date"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(long_date_format())
        self.layout_combo = QComboBox()
        self.layout_combo.setObjectName("exportLayout")
        self.layout_combo.setAccessibleName(self.tr("How the signers are printed"))
        self.layout_combo.addItem(self.tr("One name per line"), "list")
        self.layout_combo.addItem(self.tr("One closing line"), "inline")
        self.layout_combo.setToolTip(self.tr(
            "One closing line: the date, then the signers joined as a sentence, with no "
            "heading (“November 14, 2023. Org A and Org B.”)"))
        self.retractions_combo = QComboBox()
        self.retractions_combo.setObjectName("exportRetractions")
        self.retractions_combo.setAccessibleName(self.tr("Signers who withdrew"))
        self.retractions_combo.addItem(self.tr("Marked “retracted (date)”"), "mark")
        self.retractions_combo.addItem(self.tr("Left out"), "omit")
        self.retractions_combo.setToolTip(self.tr(
            "In a later edition, a signer an earlier edition printed who has withdrawn since"))
        self._build_hint()
        self._date_timer = QTimer(self)
        self._date_timer.setSingleShot(True)
        self._date_timer.setInterval(DATE_SAVE_DELAY_MS)
        self._date_timer.timeout.connect(self._save_date)
        self.date_mode.currentIndexChanged.connect(self._mode_changed)
        self.date_edit.dateChanged.connect(self._date_changed)
        self.layout_combo.currentIndexChanged.connect(self._layout_changed)
        self.retractions_combo.currentIndexChanged.connect(
            lambda _i: self._save(retractions=self.retractions_combo.currentData()))
        self.use_inline.clicked.connect(self._choose_inline)

    def _build_hint(self) -> None:
        self.hint = QWidget()
        self.hint.setObjectName("exportInlineHint")
        self.hint_label = QLabel()
        self.hint_label.setObjectName("exportInlineHintText")
        self.hint_label.setWordWrap(True)
        self.hint_label.setProperty("role", "muted")
        self.use_inline = QPushButton(self.tr("Use one closing line"))
        self.use_inline.setObjectName("exportUseInline")
        self.use_inline.setAccessibleName(self.tr("Use one closing line"))
        self.use_inline.setFlat(True)
        self.use_inline.setProperty("link", True)
        row = QHBoxLayout(self.hint)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.hint_label, 1)
        row.addWidget(self.use_inline)
        self.hint.hide()

    def rows(self) -> list[tuple[str, object]]:
        """(label, field) rows for the tab's form."""
        when = QHBoxLayout()
        when.addWidget(self.date_mode)
        when.addWidget(self.date_edit, 1)
        return [(self.tr("Letter date"), when), (self.tr("Signers"), self.layout_combo),
                ("", self.hint), (self.tr("Withdrawn"), self.retractions_combo)]

    # -- showing the campaign's ------------------------------------------------------------

    def show_campaign(self, campaign, signers: int) -> None:
        """The campaign's settings (a `LetterCampaign`, None: none shown),
        without saving them again (a date being typed is saved first)."""
        self.flush()
        self.campaign_id = campaign.id if campaign is not None else None
        self._filling = True
        try:
            fixed = campaign is not None and campaign.letter_date is not None
            self.date_mode.setCurrentIndex(1 if fixed else 0)
            if fixed:
                day = campaign.letter_date
                self.date_edit.setDate(QDate(day.year, day.month, day.day))
            layout = campaign.signatory_layout if campaign is not None else "list"
            self.layout_combo.setCurrentIndex(max(self.layout_combo.findData(layout), 0))
            retractions = campaign.retractions if campaign is not None else "mark"
            self.retractions_combo.setCurrentIndex(
                max(self.retractions_combo.findData(retractions), 0))
        finally:
            self._filling = False
        self.date_edit.setEnabled(fixed)
        for widget in (self.date_mode, self.layout_combo, self.retractions_combo):
            widget.setEnabled(campaign is not None)
        self.show_hint(signers)

    def show_hint(self, signers: int) -> None:
        """"3 signers: one closing line may read better." while the list is
        one name per line and short enough."""
        self.signers = signers
        wanted = 0 < signers <= INLINE_SUGGESTED and self.layout_combo.currentData() == "list" \
            and self.layout_combo.isEnabled()
        if wanted:
            self.hint_label.setText(self.tr("%Ln signers: one closing line may read better.",
                                            "", signers))
        self.hint.setVisible(wanted)

    # -- saving ------------------------------------------------------------------------------

    def _fixed_date(self) -> date:
        qd = self.date_edit.date()
        return date(qd.year(), qd.month(), qd.day())

    def _mode_changed(self, _index: int) -> None:
        fixed = self.date_mode.currentData() == "fixed"
        self.date_edit.setEnabled(fixed)
        if not self._filling:
            self._date_timer.stop()
            self._save(letter_date=self._fixed_date() if fixed else None)

    def _date_changed(self, _date) -> None:
        if not self._filling and self.date_mode.currentData() == "fixed":
            self._date_timer.start()

    def _save_date(self) -> None:
        if self.date_mode.currentData() == "fixed":
            self._save(letter_date=self._fixed_date())

    def flush(self) -> None:
        """Save a typed date now (the tab before it reads or publishes)."""
        if self._date_timer.isActive():
            self._date_timer.stop()
            self._save_date()

    def _layout_changed(self, _index: int) -> None:
        self._save(signatory_layout=self.layout_combo.currentData())
        self.show_hint(self.signers)

    def _choose_inline(self) -> None:
        self.layout_combo.setCurrentIndex(self.layout_combo.findData("inline"))

    def _save(self, **values) -> None:
        from signon.store.editions import set_letter_settings

        tab = self.tab
        if self._filling or self.campaign_id is None:
            return
        try:
            with tab.db.session() as session:
                set_letter_settings(session, self.campaign_id, **values)
        except SignonError as exc:
            dialogs.error(tab, str(exc))
            return
        if self.campaign_id == tab.campaign_id:
            self.saved.emit(values)
