"""The dialogs of statement versions: freezing the text as a new version
(`freezeDialog`), and comparing (`versionDiff`) any two frozen versions, or
a version and the current draft, side by side with word-level changes
marked, with the way back to an old wording (restored as the new current
text).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from signon.domain.compose import SectionDraft, statement_text
from signon.domain.diff import Change, Span, word_diff
from signon.ui import colours
from signon.ui.i18n import translate
from signon.ui.labels import diff_summary, format_date, format_datetime, format_number

CURRENT = -1
REMOVED_STYLE = (f"background-color:{colours.REMOVED_BACKGROUND}; color:{colours.REMOVED_TEXT}; "
                 "text-decoration:line-through;")
ADDED_STYLE = f"background-color:{colours.ADDED_BACKGROUND}; color:{colours.ADDED_TEXT};"


@dataclass(frozen=True)
class VersionInfo:
    number: int
    created_at: datetime | None
    note: str
    content_hash: str
    sections: list[SectionDraft]

    def label(self) -> str:
        when = f" — {format_datetime(self.created_at)}" if self.created_at else ""
        note = f" — {self.note}" if self.note else ""
        version = translate("VersionDialog", "Version {number}").format(
            number=format_number(self.number))
        return f"{version}{when}{note}"


FIRST_CHANGE = "first-change"


def spans_html(spans: tuple[Span, ...], direction: str = "ltr") -> str:
    """Spans as paragraphs; removals struck through in red, additions green.
    The first change carries an anchor so the view can scroll to it."""
    paragraphs: list[str] = [""]
    anchored = False
    for span in spans:
        style = {Change.REMOVED: REMOVED_STYLE, Change.ADDED: ADDED_STYLE}.get(span.change)
        parts = span.text.split("\n")
        for n, part in enumerate(parts):
            if n:
                paragraphs.append("")
            if not part:
                continue
            text = escape(part)
            if style and not anchored:
                paragraphs[-1] += f'<a name="{FIRST_CHANGE}"></a>'
                anchored = True
            paragraphs[-1] += f'<span style="{style}">{text}</span>' if style else text
    body = "".join(f'<p dir="{direction}" style="margin-bottom:10px">{p}</p>'
                   for p in paragraphs if p)
    return f"<html><body>{body}</body></html>"


class FreezeDialog(QDialog):
    """Confirms a freeze and takes its note (e.g. "sent to partners 12 May")."""

    def __init__(self, number: int, reconfirm: int, parent: QWidget | None = None,
                 translation_warnings: list[str] | None = None):
        super().__init__(parent)
        self.setObjectName("freezeDialog")
        self.setWindowTitle(self.tr("Freeze version {number}").format(number=format_number(number)))
        text = self.tr("Version {number} keeps the text exactly as it is now, with today's "
                       "date: later edits never change it. Each endorsement records the "
                       "version the organisation agreed to. A campaign still drafting moves "
                       "to collecting.").format(number=format_number(number))
        if reconfirm:
            text += "\n\n" + self.tr("%Ln endorsements of earlier text will need "
                                     "reconfirmation.", "", reconfirm)
        explanation = QLabel(text)
        explanation.setWordWrap(True)
        self.note = QLineEdit(objectName="freezeNote")
        self.note.setPlaceholderText(self.tr("Note (optional), e.g. “text agreed with partners”"))
        self.note.setAccessibleName(self.tr("Version note"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Freeze version {number}").format(number=format_number(number)))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        if translation_warnings:
            layout.addWidget(self._translation_warning(translation_warnings))
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        # a window is sized from its size hint, not from the height its
        # wrapped paragraphs need at the width it gets: ask for that height
        self.setMinimumHeight(layout.totalHeightForWidth(self.minimumWidth()))

    def _translation_warning(self, lines: list[str]) -> QLabel:
        """What the dialog says about translations that are not current."""
        label = QLabel(self, objectName="freezeTranslationWarning")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        intro = self.tr("Some translations are not up to date with this text. You can freeze "
                        "anyway (endorsers sign the primary text) and update them later:")
        label.setText("\n".join([intro, *(f"  • {line}" for line in lines)]))
        return label


class VersionDialog(QDialog):
    restore_requested = Signal(int)

    def __init__(self, versions: list[VersionInfo], current: list[SectionDraft],
                 language: str, direction: str = "ltr", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("versionDiff")
        self.setWindowTitle(self.tr("Statement versions"))
        self.resize(1040, 660)
        self.versions = {v.number: v for v in versions}
        self.current = current
        self.language = language
        self.direction = direction
        self._build_choices(versions)
        self._build_views()
        self._build_layout()
        self._syncing = False
        self._connect()

        numbers = sorted(self.versions)
        if numbers:
            self.left.setCurrentIndex(self.left.findData(numbers[-1]))
        self.right.setCurrentIndex(self.right.findData(CURRENT))
        self.refresh()

    def _build_choices(self, versions: list[VersionInfo]) -> None:
        """The two texts to compare (each version, or the current draft) and
        what is known about each."""
        self.left = QComboBox(objectName="versionLeft")
        self.right = QComboBox(objectName="versionRight")
        for combo in (self.left, self.right):
            for v in versions:
                combo.addItem(v.label(), v.number)
            combo.addItem(self.tr("Current draft (not frozen)"), CURRENT)
        self.left.setAccessibleName(self.tr("Older text"))
        self.right.setAccessibleName(self.tr("Newer text"))
        self.left_meta = QLabel()
        self.right_meta = QLabel()
        for meta in (self.left_meta, self.right_meta):
            meta.setProperty("role", "muted")

    def _build_views(self) -> None:
        """The two texts side by side, the summary of changes and Restore."""
        self.old_view = QTextBrowser(objectName="diffOld")
        self.new_view = QTextBrowser(objectName="diffNew")
        self.old_view.setAccessibleName(self.tr("Older text with removed words struck through"))
        self.new_view.setAccessibleName(self.tr("Newer text with added words highlighted"))
        self.summary = QLabel(objectName="diffSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # may quote names and titles
        self.summary.setProperty("role", "caption")
        self.restore_button = QPushButton(objectName="restoreVersionButton")
        self.restore_button.setToolTip(
            self.tr("Make this version's text the current draft again. Versions are never changed: "
                    "freeze the restored text to make it a new version."))

    def _build_layout(self) -> None:
        """The "Compare … with …" row above the two texts, the summary and the
        legend under them, and the buttons."""
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Compare")), 0, 0)
        grid.addWidget(self.left, 0, 1)
        grid.addWidget(QLabel(self.tr("with")), 0, 2)
        grid.addWidget(self.right, 0, 3)
        grid.addWidget(self.left_meta, 1, 1)
        grid.addWidget(self.right_meta, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        views = QHBoxLayout()
        views.addWidget(self.old_view, 1)
        views.addWidget(self.new_view, 1)
        removed, added = escape(self.tr("removed")), escape(self.tr("added"))
        legend = QLabel(f'<span style="{REMOVED_STYLE}">{removed}</span>&nbsp;&nbsp;'
                        f'<span style="{ADDED_STYLE}">{added}</span>')
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(legend)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(views, 1)
        layout.addLayout(bottom)
        layout.addWidget(buttons)

    def _connect(self) -> None:
        self.restore_button.clicked.connect(self._restore)
        self.old_view.verticalScrollBar().valueChanged.connect(
            lambda _v: self._sync(self.old_view, self.new_view))
        self.new_view.verticalScrollBar().valueChanged.connect(
            lambda _v: self._sync(self.new_view, self.old_view))
        self.left.currentIndexChanged.connect(self.refresh)
        self.right.currentIndexChanged.connect(self.refresh)

    def select(self, left: int, right: int) -> None:
        """Choose the two texts (a version number, or CURRENT)."""
        self.left.setCurrentIndex(self.left.findData(left))
        self.right.setCurrentIndex(self.right.findData(right))

    def _text(self, number: int) -> str:
        sections = self.current if number == CURRENT else self.versions[number].sections
        return statement_text(sections, self.language)

    def _meta(self, number: int) -> str:
        if number == CURRENT:
            return self.tr("The text as it is now in the composer")
        v = self.versions[number]
        if v.created_at is None:
            return self.tr("Frozen: this text never changes")
        return self.tr("Frozen on {date}: this text never changes").format(
            date=format_date(v.created_at, "long"))

    def refresh(self) -> None:
        a, b = self.left.currentData(), self.right.currentData()
        if a is None or b is None:
            return
        diff = word_diff(self._text(a), self._text(b))
        self.old_view.setHtml(spans_html(diff.old, self.direction))
        self.new_view.setHtml(spans_html(diff.new, self.direction))
        self.left_meta.setText(self._meta(a))
        self.right_meta.setText(self._meta(b))
        self.summary.setText(diff_summary(diff) if a != b
                             else self.tr("The same text on both sides"))
        self.restore_button.setText(
            self.tr("Restore version {number} as current text").format(number=format_number(a))
            if a != CURRENT else self.tr("Restore"))
        self.restore_button.setEnabled(a != CURRENT)
        self._jump_to_changes()

    def _jump_to_changes(self) -> None:
        """Show each side's first change near the top, with a line of context."""
        self._syncing = True
        for view in (self.old_view, self.new_view):
            bar = view.verticalScrollBar()
            bar.setValue(0)
            view.scrollToAnchor(FIRST_CHANGE)
            if bar.value():
                bar.setValue(max(0, bar.value() - 2 * view.fontMetrics().lineSpacing()))
        self._syncing = False

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        QTimer.singleShot(0, self._jump_to_changes)  # after the views are laid out

    def _sync(self, source: QTextBrowser, target: QTextBrowser) -> None:
        """Scroll both sides together (by proportion: the texts differ in length)."""
        src, dst = source.verticalScrollBar(), target.verticalScrollBar()
        if self._syncing or src.maximum() <= 0:
            return
        value = round(src.value() / src.maximum() * dst.maximum())
        if dst.value() != value:
            dst.blockSignals(True)
            dst.setValue(value)
            dst.blockSignals(False)

    def _restore(self) -> None:
        number = self.left.currentData()
        if number is not None and number != CURRENT:
            self.restore_requested.emit(number)
            self.accept()
