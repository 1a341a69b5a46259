"""Publish edition…: what the next edition would print, then publishing it.

Before anything is stored the dialog shows the edition as publishing would
store it (`store.editions.draft_edition`, computed off the GUI thread):
its number and date, the statement version it prints (saying when
publishing freezes the current text as a new version), how many names it
prints, and what changed since the edition before: names added, and names
printed before whose signer withdrew since, marked "retracted (date)" or
left out as the campaign's setting says. The date (today unless changed)
and the "Added since edition N" line change the draft, which is computed
again.

Publish stores the edition in the background (`store.editions.publish`),
then the dialog says "Edition N published on DATE — digest abcd…" and
offers to write its files (`write_files` is then True when it closes).

The letter is the one the Export tab shows (its order, language, layout,
title and counts lines): what is previewed is what is published.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from signon.domain.letter import LetterOptions
from signon.store.database import Database
from signon.ui.elide import isolate
from signon.ui.i18n import translate
from signon.ui.labels import format_date, format_number, long_date_format
from signon.ui.worker import Worker

#: Hex digits of a digest shown in a sentence (the whole one is copyable).
DIGEST_SHOWN = 12


def published_line(number: int, on: date, digest: str) -> str:
    """"Edition 2 published on December 5, 2026 — digest 9f2c61a0b3d4…"."""
    return translate("PublishEditionDialog", "Edition {number} published on {date} — digest "
                                             "{digest}…").format(
        number=format_number(number), date=format_date(on, "long"),
        digest=digest[:DIGEST_SHOWN])


def draft_for(db: Database, campaign_id: int, on: date, options: LetterOptions,
              language: str | None, *, progress):
    """Off the GUI thread: the edition publishing on `on` would store."""
    from signon.store.editions import draft_edition

    del progress
    with db.session() as session:
        draft = draft_edition(session, campaign_id, on=on, options=options, language=language)
        session.rollback()
        return draft


def publish_now(db: Database, campaign_id: int, on: date, note: str, options: LetterOptions,
                language: str | None, *, progress):
    """Off the GUI thread: store the edition; (number, date, digest)."""
    from signon.store.editions import publish

    del progress
    with db.session() as session:
        done = publish(session, campaign_id, on=on, note=note, options=options,
                       language=language)
        return done.edition.number, done.edition.published_on, done.edition.digest


class PublishEditionDialog(QDialog):
    """See the module docstring. After it closes, `published` is (number,
    date, digest) or None, and `write_files` says whether the coordinator
    asked to write the edition's files."""

    def __init__(self, db: Database, campaign_id: int, title: str, options: LetterOptions,
                 language: str | None, *, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("publishEditionDialog")
        self.setWindowTitle(self.tr("Publish edition"))
        self.setAccessibleName(self.tr("Publish edition"))
        self.db, self.campaign_id, self.title = db, campaign_id, title
        # an edition is the public letter: never a delivery copy, never cut at a date
        self.options = replace(options, edition_date=None, delivery_copy=False)
        self.language = language
        self.draft = None
        self.published: tuple[int, date, str] | None = None
        self.write_files = False
        self._asked = 0  # the newest draft asked for (older ones are dropped)
        self._build(today)
        self.resize(560, 520)
        self._ask_draft()

    # -- widgets ---------------------------------------------------------------------------

    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _build(self, today: date) -> None:
        self.heading = self._label("publishHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setObjectName("publishDate")
        self.date_edit.setAccessibleName(self.tr("Date of the edition"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(long_date_format())
        self.date_note = self._label("publishLetterDate")
        self.date_note.setProperty("role", "muted")
        self.statement = self._label("publishStatement")
        self.names = self._label("publishNames")
        self.changes_heading = self._label("publishChangesHeading")
        self.changes = QListWidget()
        self.changes.setObjectName("publishChanges")
        self.changes.setAccessibleName(self.tr("What changed since the edition before"))
        self.changes.setMinimumHeight(90)
        self.retractions = self._label("publishRetractions")
        self.retractions.setProperty("role", "muted")
        self.note = QLineEdit()
        self.note.setObjectName("publishNote")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Optional: kept with the edition"))
        self.added_line = QCheckBox()
        self.added_line.setObjectName("publishAddedLine")
        self.status = self._label("publishStatus")
        self.result = self._label("publishResult")
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bold = self.result.font()
        bold.setBold(True)
        self.result.setFont(bold)
        self.result.hide()

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        date_row = QVBoxLayout()
        date_row.setSpacing(2)
        date_row.addWidget(self.date_edit)
        date_row.addWidget(self.date_note)
        form.addRow(self.tr("Date"), date_row)
        form.addRow(self.tr("Statement"), self.statement)
        form.addRow(self.tr("Names"), self.names)
        form.addRow(self.tr("Note"), self.note)
        form.addRow("", self.added_line)

        self.publish_button = QPushButton(self.tr("Publish"))
        self.publish_button.setObjectName("publishButton")
        self.publish_button.setDefault(True)
        self.publish_button.setProperty("primary", True)
        self.publish_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("publishCancelButton")
        self.files_button = QPushButton(self.tr("Write its files…"))
        self.files_button.setObjectName("publishWriteFilesButton")
        self.files_button.setProperty("primary", True)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("publishCloseButton")
        for button in (self.files_button, self.close_button):
            button.hide()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.publish_button, self.cancel_button, self.files_button,
                       self.close_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.changes_heading)
        layout.addWidget(self.changes, 1)
        layout.addWidget(self.retractions)
        layout.addWidget(self.status)
        layout.addWidget(self.result)
        layout.addLayout(buttons)

        self.date_edit.dateChanged.connect(lambda _d: self._ask_draft())
        self.added_line.toggled.connect(lambda _on: self._ask_draft())
        self.publish_button.clicked.connect(self._publish)
        self.cancel_button.clicked.connect(self.reject)
        self.files_button.clicked.connect(self._write_files)
        self.close_button.clicked.connect(self.accept)

    @property
    def day(self) -> date:
        qd = self.date_edit.date()
        return date(qd.year(), qd.month(), qd.day())

    # -- the draft ---------------------------------------------------------------------------

    def _edition_options(self) -> LetterOptions:
        return replace(self.options, show_added=self.added_line.isChecked()
                       and not self.added_line.isHidden())

    def _ask_draft(self) -> None:
        self._asked += 1
        asked = self._asked
        self.publish_button.setEnabled(False)
        self.status.setText(self.tr("Reading what the edition would print…"))
        worker = Worker(draft_for, self.db, self.campaign_id, self.day,
                        self._edition_options(), self.language)
        worker.signals.finished.connect(lambda draft: self._show_draft(asked, draft))
        worker.signals.failed.connect(lambda message: self._draft_failed(asked, message))
        worker.start()

    def _draft_failed(self, asked: int, message: str) -> None:
        if asked == self._asked:
            self.draft = None
            self.status.setText(message)

    def _show_draft(self, asked: int, draft) -> None:
        if asked != self._asked:
            return
        self.draft = draft
        self.status.setText("")
        self.heading.setText(self.tr("Edition {number} of “{title}”").format(
            number=format_number(draft.number), title=isolate(self.title)))
        printed = date.fromisoformat(draft.options["letter_date"])
        self.date_note.setText(self.tr("The letter prints its own date, {date} (Letter date "
                                       "in the Export tab).").format(
            date=format_date(printed, "long")) if printed != draft.published_on else "")
        self.date_note.setVisible(printed != draft.published_on)
        version = format_number(draft.statement_version)
        self.statement.setText(
            self.tr("The current text, not frozen yet: publishing freezes it as version "
                    "{number}.").format(number=version) if draft.freezes
            else self.tr("Version {number}, as frozen.").format(number=version))
        endorsing = sum(1 for n in draft.names if not n.retracted)
        marked = len(draft.names) - endorsing
        names = self.tr("%Ln names", "", endorsing)
        if marked:
            names = self.tr("{names}, and %Ln marked retracted", "", marked).format(names=names)
        self.names.setText(names)
        self._show_changes(draft)
        self.publish_button.setEnabled(True)

    def _show_changes(self, draft) -> None:
        self.changes.clear()
        first = draft.previous is None
        self.added_line.setVisible(not first)
        self.retractions.setVisible(not first)
        if first:
            self.changes_heading.setText(self.tr(
                "The first edition: every name it prints is new. Later editions add late "
                "signers and say who withdrew."))
            self.changes.hide()
            return
        previous = format_number(draft.previous)
        self.added_line.setText(self.tr("End the list with “Added since edition {number}: …”"
                                        ).format(number=previous))
        added, retracted = draft.changes.added, draft.changes.retracted
        self.changes_heading.setText(self.tr(
            "Since edition {number}: {added}, {retracted}.").format(
            number=previous, added=self.tr("%Ln added", "", len(added)),
            retracted=self.tr("%Ln retracted", "", len(retracted))))
        for line in added:
            item = QListWidgetItem(self.tr("Added: {name}").format(name=isolate(line)))
            item.setData(Qt.ItemDataRole.UserRole, "added")
            self.changes.addItem(item)
        for line in retracted:
            item = QListWidgetItem(self.tr("Retracted: {name}").format(name=isolate(line)))
            item.setData(Qt.ItemDataRole.UserRole, "retracted")
            self.changes.addItem(item)
        if not added and not retracted:
            self.changes.addItem(self.tr("The same names as edition {number}.").format(
                number=previous))
        self.changes.show()
        if draft.options.get("retractions") == "omit":
            text = self.tr("Signers who withdrew since an earlier edition are left out of "
                           "this one (the campaign's setting, Withdrawn in the Export tab).")
        else:
            text = self.tr("Signers who withdrew since an earlier edition stay in their "
                           "place, marked “retracted (date)” (the campaign's setting, "
                           "Withdrawn in the Export tab).")
        self.retractions.setText(text)

    # -- publishing --------------------------------------------------------------------------

    def _publish(self) -> None:
        if self.draft is None:
            return
        for widget in (self.publish_button, self.date_edit, self.note, self.added_line):
            widget.setEnabled(False)
        self.status.setText(self.tr("Publishing…"))
        worker = Worker(publish_now, self.db, self.campaign_id, self.day,
                        self.note.text(), self._edition_options(), self.language)
        worker.signals.finished.connect(self._published)
        worker.signals.failed.connect(self._publish_failed)
        worker.start()

    def _publish_failed(self, message: str) -> None:
        self.status.setText(self.tr("Nothing was published: {reason}").format(reason=message))
        for widget in (self.publish_button, self.date_edit, self.note, self.added_line):
            widget.setEnabled(True)

    def _published(self, result) -> None:
        number, on, digest = result
        self.published = (number, on, digest)
        self.status.setText("")
        self.result.setText(published_line(number, on, digest))
        self.result.setToolTip(f"sha256:{digest}")
        self.result.show()
        self.publish_button.hide()
        self.cancel_button.hide()
        self.files_button.show()
        self.close_button.show()
        self.close_button.setDefault(True)

    def _write_files(self) -> None:
        self.write_files = True
        self.accept()

    def reject(self) -> None:
        """Once published, closing is not cancelling: the edition is stored."""
        if self.published is not None:
            self.accept()
        else:
            super().reject()
