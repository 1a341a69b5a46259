"""Help → User guide and Help → Keyboard shortcuts.

The user guide is the Markdown of `docs/`, shipped inside the package as
`signon.resources/docs` (a wheel and the desktop app carry it; the checkout
reaches it through the `resources/docs` link), shown by a `QTextBrowser`
that renders Markdown itself: no browser, no network. The guide's pages
link to each other and the viewer follows those links; a link to the web
opens in the browser.

The shortcuts list is read from the window's own actions, shortcuts,
buttons and labels when it opens, never written out by hand, so it cannot
drift from the keys the app really has.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from signon.config import RESOURCES
from signon.ui.i18n import translate

GUIDE_DIR = RESOURCES / "docs"

#: The guide's pages in reading order: a person's journey through a
#: campaign. docs/ also holds pages for developers (DEVELOPER_PAGES), which
#: ship but are not listed; tests/ui/test_help.py fails on a page in neither.
GUIDE_PAGES: tuple[str, ...] = (
    "ui-tour.md", "drafting.md", "translating-statements.md", "translations.md",
    "signatories.md", "importing.md", "outreach.md", "export.md", "pdf.md",
    "campaign-file.md", "your-data.md", "team-mode.md", "interface-languages.md",
)
DEVELOPER_PAGES: tuple[str, ...] = ("architecture.md", "packaging.md", "languages.md")

NATIVE = QKeySequence.SequenceFormat.NativeText


def page_title(path: Path) -> str:
    """The first heading of a Markdown page, without its "#" and code marks."""
    try:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("# "):
                    return line[2:].strip().replace("`", "")
    except OSError:
        pass
    return path.stem.replace("-", " ").capitalize()


class UserGuideDialog(QDialog):
    """The guide's pages on the left (`guideTopics`), the page on the right
    (`guideBrowser`). Not modal: a person reads it beside the window."""

    def __init__(self, parent: QWidget | None = None, guide: Path = GUIDE_DIR):
        super().__init__(parent)
        self.setObjectName("userGuideDialog")
        self.setWindowTitle(self.tr("Sign-on user guide"))
        self.setAccessibleName(self.tr("User guide"))
        self.guide = guide
        self.topics = QListWidget()
        self.topics.setObjectName("guideTopics")
        self.topics.setAccessibleName(self.tr("Guide pages"))
        self.topics.setWordWrap(True)  # long titles on two lines, never cut
        self.topics.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideBrowser")
        self.browser.setAccessibleName(self.tr("Guide page"))
        self.browser.setOpenExternalLinks(True)  # the web in the browser, pages here
        splitter = QSplitter()
        # The guide is written in English: its pages and their list read left
        # to right in every interface.
        splitter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        splitter.setObjectName("guideSplitter")
        splitter.addWidget(self.topics)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 680])
        splitter.setChildrenCollapsible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("guideButtons")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(960, 680)
        self._fill()
        self.topics.currentItemChanged.connect(self._topic_chosen)
        self.browser.sourceChanged.connect(self._source_changed)
        if self.topics.count():
            self.topics.setCurrentRow(0)
        else:
            self.browser.setPlainText(self.tr("The user guide is not installed with this copy "
                                              "of Sign-on ({folder} is missing).").format(
                folder=str(guide)))

    def _fill(self) -> None:
        for name in GUIDE_PAGES:
            path = self.guide / name
            if path.is_file():
                item = QListWidgetItem(page_title(path))
                item.setData(Qt.ItemDataRole.UserRole, str(path))
                item.setToolTip(item.text())
                self.topics.addItem(item)

    def _topic_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.show_page(Path(item.data(Qt.ItemDataRole.UserRole)))

    def show_page(self, path: Path) -> None:
        if self.browser.source().toLocalFile() != str(path):
            self.browser.setSource(QUrl.fromLocalFile(str(path)))  # .md: rendered as Markdown

    def _source_changed(self, url: QUrl) -> None:
        """A link to another page was followed: its topic becomes current."""
        shown = Path(url.toLocalFile()).name
        for row in range(self.topics.count()):
            item = self.topics.item(row)
            if Path(item.data(Qt.ItemDataRole.UserRole)).name == shown:
                self.topics.blockSignals(True)
                self.topics.setCurrentRow(row)
                self.topics.blockSignals(False)
                return

    def shown_page(self) -> str:
        """The file name of the page on show ("ui-tour.md")."""
        return Path(self.browser.source().toLocalFile()).name


# -- keyboard shortcuts -----------------------------------------------------------------

EVERYWHERE = QT_TRANSLATE_NOOP("ShortcutsDialog", "Everywhere")


@dataclass(frozen=True)
class Shortcut:
    """One key of the app: the key as the system writes it, the command's
    name, what it does (its status tip, or ""), and where it works (a tab's
    name, or "Everywhere")."""

    keys: str
    command: str
    does: str
    where: str


def _plain(text: str) -> str:
    """A menu text as a sentence: no mnemonic "&", no "…"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _mnemonic(text: str) -> str:
    """The letter after a single "&" ("C&ampaigns" → "A"), or ""."""
    index = 0
    while (index := text.find("&", index)) >= 0 and index + 1 < len(text):
        if text[index + 1] != "&":
            return text[index + 1].upper()
        index += 2
    return ""


def collect_shortcuts(window, places: list[tuple[QWidget, str]]) -> list[Shortcut]:
    """Every key of `window`: its actions' shortcuts (menus, toolbars, each
    tab's), its `QShortcut`s, the shortcuts of its buttons and the Alt+letter
    of each label that moves the focus to a field. `places` are (widget,
    name) for the parts with keys of their own (the tabs): a key inside one
    is listed under its name, any other under "Everywhere". Sorted by
    place (Everywhere first), then by key."""
    found: dict[tuple[str, str], Shortcut] = {}

    def where(obj) -> str:
        # up the parents, across pop-up menus (isAncestorOf stops at a window)
        while obj is not None:
            for place, name in places:
                if obj is place:
                    return name
            obj = obj.parent()
        return translate("ShortcutsDialog", EVERYWHERE)

    def add(keys: list[QKeySequence], command: str, does: str, obj) -> None:
        command, does = _plain(command), _plain(does)
        text = ", ".join(k.toString(NATIVE) for k in keys if not k.isEmpty())
        if text and command:
            found.setdefault((text, command, does), Shortcut(
                text, command, "" if does == command else does, where(obj)))

    for action in window.findChildren(QAction):
        if not action.isSeparator() and action.shortcuts():
            add(action.shortcuts(), action.text(), action.statusTip(), action)
    for shortcut in window.findChildren(QShortcut):
        add([shortcut.key()], shortcut.whatsThis(), "", shortcut)
    for button in window.findChildren(QAbstractButton):
        if not button.shortcut().isEmpty() and not _mnemonic(button.text()):
            add([button.shortcut()], button.text(), button.toolTip(), button)
    for label in window.findChildren(QLabel):
        letter = _mnemonic(label.text())
        if letter and label.buddy() is not None:
            field = _plain(label.text()).rstrip(":")
            add([QKeySequence(f"Alt+{letter}")], field,
                translate("ShortcutsDialog", "Go to {field}").format(field=field), label)
    everywhere = translate("ShortcutsDialog", EVERYWHERE)
    order = {name: index for index, (_widget, name) in enumerate(places)}
    return sorted(found.values(),
                  key=lambda s: (s.where != everywhere, order.get(s.where, 0), s.keys,
                                 s.command))


class ShortcutsDialog(QDialog):
    """The shortcuts grouped by where they work (`shortcutsTree`: a row per
    place, the keys under it)."""

    def __init__(self, shortcuts: list[Shortcut], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.shortcuts = shortcuts
        intro = QLabel(self.tr("Every key of the window and its tabs. A key listed under a "
                               "tab works while that tab is shown; Alt with an underlined "
                               "letter goes to that field."))
        intro.setObjectName("shortcutsIntro")
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutsTree")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([self.tr("Key"), self.tr("Command"), self.tr("What it does")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        groups: dict[str, QTreeWidgetItem] = {}
        for shortcut in shortcuts:
            group = groups.get(shortcut.where)
            if group is None:
                group = groups[shortcut.where] = QTreeWidgetItem(self.tree, [shortcut.where])
                group.setFirstColumnSpanned(True)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
            # a key reads left to right in Arabic too ("Alt+ت", not "ت+Alt")
            row = QTreeWidgetItem(group, ["\u2066" + shortcut.keys + "\u2069",
                                          shortcut.command, shortcut.does])
            row.setToolTip(2, shortcut.does)
        self.tree.expandAll()
        for column in (0, 1):
            self.tree.header().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("shortcutsButtons")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        row.addWidget(buttons)
        layout.addLayout(row)
        self.resize(820, 640)

    def keys(self) -> list[str]:
        return [s.keys for s in self.shortcuts]
