"""The main window's widgets and layout, and nothing that reads or writes.

`MainWindowView` builds the campaign list beside the campaign's heading and
tabs, the empty-state card shown instead while the database has no
campaign, the status bar (the Undo button, the database's name) and,
through `MainMenu`, the actions, menus and toolbar. After TagStudio's
convention (a view builds widgets, its controller wires them), `MainWindow`
(signon/ui/main_window.py) subclasses this view, opens the database, builds
the tabs and wires the view to the handlers that act on the store.

This module imports only Qt and light modules: the window is built and
painted before the store is imported (see main_window). The texts keep the
window's translation context ("MainWindow").
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from signon.ui.campaign_list import CampaignListView
from signon.ui.i18n import ensure_installed, translate
from signon.ui.window.menu import MainMenu


class EmptyState(QWidget):
    """Shown instead of the list and tabs while the database has no campaign."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.setAccessibleName(self.tr("No campaigns yet"))
        heading = QLabel(self.tr("No campaigns yet"))
        heading.setObjectName("emptyHeading")
        heading.setAccessibleName(self.tr("No campaigns yet"))
        text = QLabel(
            self.tr("A campaign holds one joint statement, the organisations and people you "
                    "invite to endorse it, and the letter you publish with its signatory list.\n\n"
                    "Start your own, or explore a ready-made demo: a statement with concerns "
                    "and recommendations, and about forty signatories from many countries."))
        text.setObjectName("emptyText")
        text.setWordWrap(True)
        text.setAccessibleName(self.tr("What a campaign holds"))
        card = QFrame()
        card.setObjectName("emptyCard")
        card.setMaximumWidth(560)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(14)
        inner.addWidget(heading)
        inner.addWidget(text)
        inner.addSpacing(6)
        inner.addLayout(self._build_buttons())
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def _build_buttons(self) -> QHBoxLayout:
        self.create_button = QPushButton(self.tr("Create a campaign…"))
        self.create_button.setObjectName("createCampaignButton")
        self.create_button.setAccessibleName(self.tr("Create a campaign"))
        self.create_button.setToolTip(self.tr("Start a new campaign (Ctrl+N)"))
        self.create_button.setProperty("primary", True)
        self.demo_button = QPushButton(self.tr("Load the demo campaign"))
        self.demo_button.setObjectName("loadDemoButton")
        self.demo_button.setAccessibleName(self.tr("Load the demo campaign"))
        self.demo_button.setToolTip(self.tr("Add a realistic example campaign to explore"))
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        return buttons


class MainWindowView(MainMenu, QMainWindow):
    """`campaign_list` and, beside it, `heading`, `subheading` and
    `tab_widget` in `splitter`; `empty_state` instead of them in `stack`;
    `undo_button` and `db_label` in the status bar; the actions, menus and
    toolbar of `MainMenu`."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        ensure_installed()
        self.setObjectName("mainWindow")
        self.setAccessibleName(translate("MainWindow", "Sign-on"))
        self._build_central()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()

    def _build_central(self) -> None:
        self.empty_state = EmptyState()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setAccessibleName(translate("MainWindow", "Campaigns and campaign tabs"))
        self.splitter.addWidget(self._build_campaign_panel())
        self.splitter.addWidget(self._build_campaign_pane())
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([280, 820])
        self.splitter.setChildrenCollapsible(False)
        self.stack = QStackedWidget()
        self.stack.setObjectName("centralStack")
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)

    def _build_campaign_panel(self) -> QWidget:
        """The campaign list under its heading (Alt+A: Alt+C opens the
        Campaign menu)."""
        self.campaign_list = CampaignListView()
        list_heading = QLabel(translate("MainWindow", "C&ampaigns"))
        list_heading.setObjectName("campaignListHeading")
        list_heading.setBuddy(self.campaign_list)
        list_heading.setAccessibleName(translate("MainWindow", "Campaigns"))
        left = QWidget()
        left.setObjectName("campaignPanel")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(10, 10, 4, 10)
        left_layout.setSpacing(4)
        left_layout.addWidget(list_heading)
        left_layout.addWidget(self.campaign_list, 1)
        return left

    def _build_campaign_pane(self) -> QWidget:
        """The chosen campaign's title, status line and tabs."""
        self.heading = QLabel()
        self.heading.setObjectName("campaignHeading")
        self.heading.setAccessibleName(translate("MainWindow", "Campaign title"))
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.heading.setWordWrap(True)  # a long title must not force the window wider
        self.subheading = QLabel()
        self.subheading.setObjectName("campaignSubheading")
        self.subheading.setAccessibleName(translate("MainWindow", "Campaign status and counts"))
        self.subheading.setWordWrap(True)
        self.tab_widget = QTabWidget()
        self.tab_widget.setObjectName("campaignTabs")
        self.tab_widget.setAccessibleName(translate("MainWindow", "Campaign tabs"))
        self.tab_widget.setDocumentMode(False)
        right = QWidget()
        right.setObjectName("campaignPane")
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 10, 10, 10)
        right_layout.setSpacing(4)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.subheading)
        right_layout.addSpacing(6)
        right_layout.addWidget(self.tab_widget, 1)
        return right

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setObjectName("statusBar")
        bar.setAccessibleName(translate("MainWindow", "Status"))
        self.undo_button = QPushButton(translate("MainWindow", "Undo"))
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setAccessibleName(translate("MainWindow", "Undo the deletion"))
        self.undo_button.setFlat(True)
        self.undo_button.hide()
        self.db_label = QLabel()
        self.db_label.setObjectName("dbLabel")
        self.db_label.setAccessibleName(translate("MainWindow", "Database"))
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar.addPermanentWidget(self.undo_button)
        bar.addPermanentWidget(self.db_label)
