"""The main window's actions, menus and toolbar.

`MainMenu` is a part of the window's view (`window.view.MainWindowView`
inherits it): it makes every action of the window with its objectName,
text, shortcut and tip, and puts them in the menu bar, the toolbar and the
campaign list's context menu. It connects only what stays inside the
window's widgets (Ctrl+L, Ctrl+1…4, Edit → Cut … Find through
`window.edit.EditActions`, the Help menu's user guide and shortcuts list);
`MainWindow` wires the rest to the handlers that act on the store
(`window.campaigns`, `window.databases`).

The texts keep the window's translation context ("MainWindow").
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

from signon.ui.i18n import translate
from signon.ui.window.edit import EditActions
from signon.ui.window.tabs import TABS


class MainMenu:
    """The window's actions (`*_action`, `tab_actions`), its menus
    (`recent_menu` is filled when it opens) and its toolbar. A mixin of
    `MainWindowView`: `self` is the window, its campaign list and tab widget
    already built."""

    def _action(self, name: str, text: str, shortcut: QKeySequence | str | None,
                tip: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        hint = f" ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})" \
            if shortcut is not None else ""
        action.setToolTip(tip + hint)
        action.setStatusTip(tip)
        return action

    def _build_actions(self) -> None:
        self._build_file_actions()
        self._build_campaign_actions()
        self._build_view_actions()
        self._build_edit_actions()
        self._build_help_actions()

    def _build_file_actions(self) -> None:
        a = self._action
        self.open_action = a("openDatabaseAction", translate("MainWindow", "&Open database…"),
                             QKeySequence.StandardKey.Open,
                             translate("MainWindow", "Open another Sign-on database file"))
        self.backup_action = a("backupAction", translate("MainWindow", "&Back up now"),
                               "Ctrl+Shift+B",
                               translate("MainWindow", "Write a checked copy of the database "
                                                       "into the backups folder"))
        self.quit_action = a("quitAction", translate("MainWindow", "&Quit"),
                             QKeySequence.StandardKey.Quit,
                             translate("MainWindow", "Close Sign-on"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.backups_action = a("backupsAction", translate("MainWindow", "Bac&kups…"), None,
                                translate("MainWindow", "The backup folder and the backups in "
                                                        "it: back up, restore one, change the "
                                                        "folder"))
        self.undo_action = a("undoAction", translate("MainWindow", "&Undo"),
                             QKeySequence.StandardKey.Undo,
                             translate("MainWindow", "Undo the last campaign deletion"))
        self.preferences_action = a(
            "preferencesAction", translate("MainWindow", "&Preferences…"), None,
            translate("MainWindow", "Interface language and other choices that apply to every "
                                    "campaign"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)

    def _build_campaign_actions(self) -> None:
        a = self._action
        self.new_action = a("newCampaignAction", translate("MainWindow", "&New campaign…"),
                            QKeySequence.StandardKey.New,
                            translate("MainWindow", "Create a campaign"))
        self.rename_action = a("renameCampaignAction", translate("MainWindow", "&Rename"), "F2",
                               translate("MainWindow",
                                         "Rename the selected campaign in the list"))
        self.duplicate_action = a(
            "duplicateCampaignAction", translate("MainWindow", "D&uplicate"), "Ctrl+D",
            translate("MainWindow", "Copy the campaign's statement and signatories (reset to "
                                    "prospect) into a new campaign"))
        self.delete_action = a(
            "deleteCampaignAction", translate("MainWindow", "&Delete…"),
            QKeySequence.StandardKey.Delete,
            translate("MainWindow", "Delete the selected campaign (asks first, takes a backup)"))
        self.settings_action = a(
            "campaignSettingsAction", translate("MainWindow", "&Settings…"), "Ctrl+,",
            translate("MainWindow", "Title, addressee, language, deadline, status and "
                                    "signatory list options"))
        self.publish_action = a(
            "publishEditionAction", translate("MainWindow", "&Publish edition…"), None,
            translate("MainWindow", "Store the letter as it stands as a numbered, dated "
                                    "edition, after seeing what changed since the last one"))
        self.connect_action = a(
            "connectTeamDatabaseAction", translate("MainWindow", "Connect to &team database…"),
            None, translate("MainWindow", "Open a PostgreSQL database shared by your team"))
        self.about_action = a("aboutAction", translate("MainWindow", "&About Sign-on"), None,
                              translate("MainWindow", "Version, database path and licences"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_view_actions(self) -> None:
        """Ctrl+L, Ctrl+1…4 and F6 / Shift+F6, which only move within the
        window (wired here: Ctrl+1…4 and F6 through the window's
        `focus_tab` and `focus_pane`), and the campaign list's context menu."""
        self.focus_list_action = self._action(
            "focusCampaignListAction", translate("MainWindow", "Campaign &list"), "Ctrl+L",
            translate("MainWindow", "Move the keyboard focus to the campaign list"))
        self.focus_list_action.triggered.connect(
            lambda _checked=False: self.campaign_list.setFocus())
        self.tab_actions = []
        for index, (_module, _name, label, shortcut) in enumerate(TABS):
            name = translate("MainWindow", label)  # marked in TABS
            action = self._action(f"show{label}TabAction", "&" + name, shortcut,
                                  translate("MainWindow", "Show the {tab} tab").format(tab=name))
            action.triggered.connect(lambda _checked=False, i=index: self.focus_tab(i))
            self.tab_actions.append(action)
        self.next_pane_action = self._action(
            "nextPaneAction", translate("MainWindow", "&Next pane"), "F6",
            translate("MainWindow", "Move the keyboard focus to the next part of the window"))
        self.next_pane_action.triggered.connect(lambda _checked=False: self.focus_pane(1))
        self.previous_pane_action = self._action(
            "previousPaneAction", translate("MainWindow", "&Previous pane"), "Shift+F6",
            translate("MainWindow",
                      "Move the keyboard focus to the previous part of the window"))
        self.previous_pane_action.triggered.connect(lambda _checked=False: self.focus_pane(-1))
        # Rename and Delete act on the list only: in a tab, F2 and Delete belong to
        # that tab's own table or editor (deleting a campaign by accident is worse).
        for action in (self.rename_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for action in (self.new_action, self.rename_action, self.duplicate_action,
                       self.settings_action):
            self.campaign_list.addAction(action)
        separator = QAction(self)
        separator.setSeparator(True)
        self.campaign_list.addAction(separator)
        self.campaign_list.addAction(self.delete_action)

    def _build_edit_actions(self) -> None:
        """Cut, Copy, Paste, Select All on the focused widget, and Find: the
        search of the tab in view (see `window.edit`, which enables them)."""
        a = self._action
        self.cut_action = a("cutAction", translate("MainWindow", "Cu&t"),
                            QKeySequence.StandardKey.Cut,
                            translate("MainWindow", "Move the selected text to the clipboard"))
        self.copy_action = a("copyAction", translate("MainWindow", "&Copy"),
                             QKeySequence.StandardKey.Copy,
                             translate("MainWindow", "Copy the selected text, or the selected "
                                                     "rows as text, to the clipboard"))
        self.paste_action = a("pasteAction", translate("MainWindow", "&Paste"),
                              QKeySequence.StandardKey.Paste,
                              translate("MainWindow", "Insert the clipboard's text"))
        self.select_all_action = a("selectAllAction", translate("MainWindow", "Select &All"),
                                   QKeySequence.StandardKey.SelectAll,
                                   translate("MainWindow", "Select all the text, or all the rows"))
        # No key of its own: Find triggers the tab's search, whose key (the
        # Signatories tab's Ctrl+F) the menu shows after a tab (edit.EditActions).
        self.find_text = translate("MainWindow", "&Find")
        self.find_action = a("findAction", self.find_text, None,
                             translate("MainWindow", "Go to the search field of the tab in view"))

    def _build_help_actions(self) -> None:
        a = self._action
        self.user_guide_action = a(
            "userGuideAction", translate("MainWindow", "User &guide"),
            QKeySequence.StandardKey.HelpContents,
            translate("MainWindow", "Read how to run a campaign in Sign-on, from the statement "
                                    "to the published letter"))
        self.user_guide_action.triggered.connect(lambda _checked=False: self.show_user_guide())
        self.shortcuts_action = a(
            "keyboardShortcutsAction", translate("MainWindow", "&Keyboard shortcuts"), None,
            translate("MainWindow", "List every keyboard shortcut of the window and its tabs"))
        self.shortcuts_action.triggered.connect(lambda _checked=False: self.show_shortcuts())

    def show_user_guide(self) -> None:
        """Help → User guide: beside the window, not over it; opened again,
        the same viewer comes to the front."""
        from signon.ui.help import UserGuideDialog

        if getattr(self, "user_guide", None) is None:
            self.user_guide = UserGuideDialog(self)
        self.user_guide.show()
        self.user_guide.raise_()
        self.user_guide.activateWindow()

    def show_shortcuts(self) -> None:
        """Help → Keyboard shortcuts, read from the window as it is now:
        every tab is built first, so the keys of each are there."""
        from signon.ui.help import ShortcutsDialog, collect_shortcuts

        places = []
        for index in range(self.tab_widget.count()):
            if self.is_ready():
                self.tab(index)
            places.append((self.tab_widget.widget(index),
                           self.tab_widget.tabText(index).replace("&", "")))
        if getattr(self, "shortcuts_dialog", None) is not None:
            self.shortcuts_dialog.close()
            self.shortcuts_dialog.deleteLater()
        self.shortcuts_dialog = ShortcutsDialog(collect_shortcuts(self, places), self)
        self.shortcuts_dialog.show()
        self.shortcuts_dialog.raise_()
        self.shortcuts_dialog.activateWindow()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.setObjectName("menuBar")
        bar.setAccessibleName(translate("MainWindow", "Menu bar"))
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        file_menu.setObjectName("fileMenu")
        file_menu.addAction(self.open_action)
        file_menu.addAction(self.connect_action)
        self.recent_menu = file_menu.addMenu(translate("MainWindow", "Open &Recent"))
        self.recent_menu.setObjectName("recentMenu")
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.backups_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
        edit_menu.setObjectName("editMenu")
        edit_menu.addAction(self.undo_action)
        edit_menu.addSeparator()
        for action in (self.cut_action, self.copy_action, self.paste_action,
                       self.select_all_action):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        self.edit_menu = edit_menu
        campaign_menu = bar.addMenu(translate("MainWindow", "&Campaign"))
        campaign_menu.setObjectName("campaignMenu")
        for action in (self.new_action, self.rename_action, self.duplicate_action,
                       self.settings_action):
            campaign_menu.addAction(action)
        campaign_menu.addSeparator()
        campaign_menu.addAction(self.publish_action)
        campaign_menu.addSeparator()
        campaign_menu.addAction(self.delete_action)
        view_menu = bar.addMenu(translate("MainWindow", "&View"))
        view_menu.setObjectName("viewMenu")
        view_menu.addAction(self.focus_list_action)
        view_menu.addAction(self.next_pane_action)
        view_menu.addAction(self.previous_pane_action)
        view_menu.addSeparator()
        for action in self.tab_actions:
            view_menu.addAction(action)
        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(self.user_guide_action)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        for menu in (file_menu, edit_menu, campaign_menu, view_menu, help_menu):
            menu.setAccessibleName(translate("MainWindow", "{menu} menu").format(
                menu=menu.title().replace("&", "")))
            menu.setToolTipsVisible(True)
        self.edit_actions = EditActions(self)  # needs the Edit menu

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(translate("MainWindow", "Campaign actions"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setAccessibleName(translate("MainWindow", "Campaign actions"))
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.duplicate_action, self.settings_action,
                       self.delete_action):
            toolbar.addAction(action)
        for action in toolbar.actions():
            button = toolbar.widgetForAction(action)
            if button is not None:
                button.setObjectName(action.objectName().replace("Action", "Button"))
                button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        self.addToolBar(toolbar)
