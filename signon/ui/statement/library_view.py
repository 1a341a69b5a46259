"""The block library panel's widgets and their layout: the heading with the
language filter, search, kind and tag filters, the block tree and its
count, the selected block's text, and the Insert, New… and More buttons
(More holds the library's actions, also the tree's context menu).

Layout only, after TagStudio's convention: `LibraryPanel` (library.py)
subclasses this view and wires it to the blocks and to `LibraryActions`,
which write them. The texts keep the translation context "LibraryPanel"
they were written in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from signon.domain.blocks import BLOCK_KINDS
from signon.ui.eliding_combo import ElidingComboBox
from signon.ui.i18n import translate
from signon.ui.labels import section_kind_plural
from signon.ui.statement.library_tree import LibraryTree


class LibraryView(QWidget):
    """`search`, `kind_filter`, `language_filter`, `tag_filter`, `tree`,
    `count_label`, `details`; `insert_button`, `new_button` and
    `more_button`, whose menu holds the block actions (`edit_action`, …,
    `delete_action`, also on the tree) and the library's (`import_action`,
    `export_action`, `starter_action`)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("libraryPanel")
        title = QLabel(translate("LibraryPanel", "<b>Block library</b>"))
        self._build_filters()
        self.tree = LibraryTree(self)
        self.count_label = QLabel(objectName="blockCount")
        self.count_label.setProperty("role", "muted")
        self.details = QTextBrowser(objectName="blockDetails")
        self.details.setAccessibleName(translate("LibraryPanel", "Selected block"))
        self.details.setOpenLinks(False)
        self.details.document().setDocumentMargin(6)
        buttons = self._build_buttons()
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (self.edit_action, self.duplicate_action, self.tags_action,
                       self.translate_action, self.link_action, self.unlink_action,
                       self.delete_action):
            self.tree.addAction(action)
        self._lay_out(title, buttons)

    def _build_filters(self) -> None:
        self.search = QLineEdit(objectName="blockSearch")
        self.search.setPlaceholderText(translate("LibraryPanel", "Search title, text, tags…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("LibraryPanel", "Search blocks"))
        self.kind_filter = ElidingComboBox(objectName="blockKindFilter")
        self.kind_filter.addItem(translate("LibraryPanel", "All kinds"), None)
        for kind in BLOCK_KINDS:
            self.kind_filter.addItem(section_kind_plural(kind), kind)
        self.kind_filter.setAccessibleName(translate("LibraryPanel", "Filter by kind"))
        # its whole "All languages" beside the heading, cut with "…" (not
        # mid-letter: "All languag") only when the pane is dragged narrow
        self.language_filter = ElidingComboBox(objectName="blockLanguageFilter")
        self.language_filter.setAccessibleName(translate("LibraryPanel", "Filter by language"))
        self.tag_filter = ElidingComboBox(objectName="blockTagFilter")
        self.tag_filter.setAccessibleName(translate("LibraryPanel", "Filter by tag"))
        for combo in (self.kind_filter, self.tag_filter):
            combo.setMinimumContentsLength(4)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.language_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def _build_buttons(self) -> QLayout:
        self.insert_button = QPushButton(translate("LibraryPanel", "Insert"),
                                         objectName="insertBlockButton")
        self.insert_button.setToolTip(
            translate("LibraryPanel", "Insert a copy of the block into the statement (Enter)"))
        self.insert_button.setMinimumWidth(56)  # the style's 80 px floor is too wide here
        self.new_button = QToolButton(objectName="newBlockButton")
        self.new_button.setText(translate("LibraryPanel", "New…"))
        self.new_button.setToolTip(translate("LibraryPanel", "Write a new block"))
        self.more_button = QToolButton(objectName="libraryMenuButton")
        self.more_button.setText(translate("LibraryPanel", "More"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button.setAccessibleName(translate("LibraryPanel", "More library actions"))
        self.more_button.setMenu(self._build_menu())
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self.insert_button, 1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.more_button)
        return buttons

    def _build_menu(self) -> QMenu:
        """More: what can be done with the selected block, then with the
        whole library."""
        menu = QMenu(self.more_button)
        self.edit_action = menu.addAction(translate("LibraryPanel", "Edit…"))
        self.edit_action.setObjectName("editBlockAction")
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.duplicate_action = menu.addAction(translate("LibraryPanel", "Duplicate"))
        self.tags_action = menu.addAction(translate("LibraryPanel", "Edit tags…"))
        self.translate_menu = QMenu(translate("LibraryPanel", "Translate into"), menu)
        self.translate_menu.setObjectName("translateBlockMenu")
        self.translate_action = menu.addMenu(self.translate_menu)
        self.translate_action.setObjectName("translateBlockAction")
        self.link_action = menu.addAction(translate("LibraryPanel", "Link a translation…"))
        self.link_action.setObjectName("linkVariantAction")
        self.unlink_action = menu.addAction(
            translate("LibraryPanel", "Unlink from its translations"))
        self.unlink_action.setObjectName("unlinkVariantAction")
        self.delete_action = menu.addAction(translate("LibraryPanel", "Delete…"))
        menu.addSeparator()
        self.import_action = menu.addAction(translate("LibraryPanel", "Import library…"))
        self.export_action = menu.addAction(translate("LibraryPanel", "Export library…"))
        self.starter_action = menu.addAction(translate("LibraryPanel", "Add starter blocks"))
        return menu

    def _lay_out(self, title: QLabel, buttons: QLayout) -> None:
        """Heading; search, filters, tree and count above the selected
        block's text (a splitter); the buttons below."""
        filters = QHBoxLayout()
        filters.setSpacing(4)
        filters.addWidget(self.kind_filter, 1)
        filters.addWidget(self.tag_filter, 1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(4)
        top_layout.addWidget(self.search)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.tree, 1)
        top_layout.addWidget(self.count_label)
        split = QSplitter(Qt.Orientation.Vertical, objectName="librarySplitter")
        split.addWidget(top)
        split.addWidget(self.details)
        # the selected block is read here: room for a whole block of a few
        # paragraphs, not three lines of it
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 3, 6)
        layout.setSpacing(4)
        heading = QHBoxLayout()
        heading.addWidget(title, 1)
        heading.addWidget(self.language_filter)
        layout.addLayout(heading)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
