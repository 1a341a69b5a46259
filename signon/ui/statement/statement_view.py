"""The Statement tab's widgets and their layout: block library | composer |
letter preview side by side, the conflict banner above them, and the
tab-wide Undo/Redo shortcuts.

Layout only, after TagStudio's convention (a view builds widgets, its
controller wires them): `StatementTab` (signon/ui/statement_tab.py)
subclasses this view and connects it to what reads and writes the
campaign. The texts keep the translation context "StatementTab" they had
when the tab built these widgets itself, so their translations still apply.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from signon.store.database import Database
from signon.ui.campaign_tab import CampaignTab
from signon.ui.conflict_banner import ConflictBanner
from signon.ui.i18n import translate
from signon.ui.statement.composer import ComposerPanel
from signon.ui.statement.library import LibraryPanel
from signon.ui.statement.preview import LetterPreview


class StatementView(CampaignTab):
    """`library`, `composer` (with its undo `stack`) and `preview` in
    `splitter`; above the preview its language switch (`preview_language`),
    under it `preview_note` and the tab's `message_label`; `conflict_banner`
    across the top, whose buttons emit the requests below."""

    #: the ways out of a team conflict: show their text, copy ours, save ours
    reload_requested = Signal()
    copy_requested = Signal()
    keep_mine_requested = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.library = LibraryPanel(db, self)
        self.composer = ComposerPanel(self)
        self.stack = self.composer.stack
        self.preview = LetterPreview(self)
        self.message_label = QLabel(objectName="statementMessage")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)  # may quote names and titles
        self.message_label.setProperty("role", "muted")
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.setWordWrap(True)
        self.splitter = self._build_splitter(self._build_preview_box())
        self._build_conflict_banner()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.conflict_banner)
        layout.addWidget(self.splitter)
        self._build_undo_actions()

    def _build_preview_box(self) -> QWidget:
        """The preview under its heading and language switch (shown when the
        campaign has translation languages), with the language note and the
        tab's messages below it."""
        box = QWidget(objectName="previewPanel")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(3, 6, 6, 6)
        layout.setSpacing(4)
        self.preview_language = QComboBox(objectName="previewLanguage")
        self.preview_language.setAccessibleName(translate("StatementTab", "Preview language"))
        self.preview_language.setToolTip(
            translate("StatementTab", "Preview the letter in this language"))
        self.preview_language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.preview_language.hide()
        header = QHBoxLayout()
        header.addWidget(QLabel(translate("StatementTab", "<b>Letter preview</b>")), 1)
        header.addWidget(self.preview_language)
        layout.addLayout(header)
        layout.addWidget(self.preview, 1)
        self.preview_note = QLabel(objectName="previewLanguageNote")
        self.preview_note.setTextFormat(Qt.TextFormat.PlainText)  # may quote names and titles
        self.preview_note.setWordWrap(True)
        self.preview_note.hide()
        layout.addWidget(self.preview_note)
        layout.addWidget(self.message_label)
        return box

    def _build_splitter(self, preview_box: QWidget) -> QSplitter:
        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="statementSplitter")
        splitter.addWidget(self.library)
        splitter.addWidget(self.composer)
        splitter.addWidget(preview_box)
        # on a small screen the library or the preview can be dragged shut;
        # the composer always stays
        splitter.setCollapsible(1, False)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 4)
        # the first sizes are shares: a narrower tab shrinks the panes in
        # proportion (at 1100×720 about 240 | 300 | 255 px), so the library
        # keeps room for its titles (at 175 px they were cut to "Before the
        # fi…") and its heading's "All languages"
        splitter.setSizes([320, 400, 340])
        self.library.setMinimumWidth(175)
        self.composer.setMinimumWidth(240)
        preview_box.setMinimumWidth(165)
        return splitter

    def _build_conflict_banner(self) -> None:
        """Shown when another coordinator saved the statement meanwhile."""
        self.conflict_banner = banner = ConflictBanner(self)
        banner.add_button(
            "conflictReloadButton", translate("StatementTab", "&Reload their text"),
            self.reload_requested.emit,
            translate("StatementTab", "Show the text as it is now saved (Ctrl+Z brings yours "
                                      "back)"))
        banner.add_button(
            "conflictCopyButton", translate("StatementTab", "&Copy my text"),
            self.copy_requested.emit,
            translate("StatementTab", "Put your version of the statement on the clipboard"))
        banner.add_button(
            "conflictKeepMineButton", translate("StatementTab", "&Keep mine"),
            self.keep_mine_requested.emit,
            translate("StatementTab", "Save your text over theirs"))

    def _build_undo_actions(self) -> None:
        """Undo and Redo of statement edits from anywhere in the tab (the
        library and the preview included), on the composer's stack."""
        undo = QAction(translate("StatementTab", "Undo"), self, objectName="undoAction")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.triggered.connect(self.stack.undo)
        redo = QAction(translate("StatementTab", "Redo"), self, objectName="redoAction")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        redo.triggered.connect(self.stack.redo)
        for action in (undo, redo):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
