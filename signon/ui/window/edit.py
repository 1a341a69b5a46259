"""Edit → Cut, Copy, Paste, Select All and Find: on the widget with the focus.

Each acts on whatever has the keyboard focus, and is enabled only where it
applies, checked again whenever the focus, a selection or the clipboard
changes and when the Edit menu opens:

- a line or text field: cut and copy its selection (not a password), paste
  into it unless it is read-only, select all of it;
- a table or list: copy the selected rows as text, one line each, the
  visible columns separated by tabs (paste into a spreadsheet or an
  e-mail), and select all rows where it allows several.

Find goes to the search field of the tab in view: the tab's own search
action when it has one (the Signatories tab's Ctrl+F, whose key the menu
shows but does not take: one key, one action), else its visible search
field (the Statement tab's block search).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

NATIVE = QKeySequence.SequenceFormat.NativeText


def _field(widget: QWidget | None) -> QWidget | None:
    """The text field behind `widget` (an editable combo box's line edit)."""
    if isinstance(widget, QComboBox):
        return widget.lineEdit()
    return widget


def _can_paste() -> bool:
    mime = QGuiApplication.clipboard().mimeData()
    return mime is not None and mime.hasText()


def rows_as_text(view: QAbstractItemView) -> str:
    """The selected rows of `view`, one line each, their visible columns'
    text separated by tabs, in the order they are shown."""
    model = view.model()
    selection = view.selectionModel()
    if model is None or selection is None:
        return ""
    rows = sorted({index.row() for index in selection.selectedIndexes()}
                  | {index.row() for index in selection.selectedRows()})
    header = getattr(view, "horizontalHeader", None)
    columns = range(model.columnCount())
    if header is not None:
        columns = sorted((c for c in columns if not header().isSectionHidden(c)),
                         key=header().visualIndex)
    lines = []
    for row in rows:
        cells = [model.index(row, column).data(Qt.ItemDataRole.DisplayRole) for column in columns]
        lines.append("\t".join("" if cell is None else str(cell).replace("\n", " ")
                               for cell in cells))
    return "\n".join(lines)


class EditActions(QObject):
    """Wires the window's cut, copy, paste, select-all and find actions to
    the focused widget, and keeps them enabled only where they apply."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.actions = {
            "cut": window.cut_action, "copy": window.copy_action,
            "paste": window.paste_action, "select_all": window.select_all_action,
        }
        for name, action in self.actions.items():
            action.triggered.connect(lambda _checked=False, name=name: self.run(name))
        window.find_action.triggered.connect(lambda _checked=False: self.find())
        # bound methods, not lambdas: the application outlives the window, and
        # Qt disconnects a receiver's slots when it is destroyed
        QApplication.instance().focusChanged.connect(self.update)
        QGuiApplication.clipboard().dataChanged.connect(self.update)
        window.edit_menu.aboutToShow.connect(self.update)
        window.tab_widget.currentChanged.connect(lambda _index: self.update())
        self._watched: QObject | None = None
        self.update()

    # -- what has the focus ---------------------------------------------------------
    def target(self) -> QWidget | None:
        """The focused widget inside the window, or None."""
        widget = QApplication.focusWidget()
        if widget is None or widget.window() is not self.window:
            return None
        return widget

    def _watch(self, widget: QWidget | None) -> None:
        """Follow the selection of the focused widget, so Cut and Copy come
        on as soon as something is selected."""
        if widget is self._watched:
            return
        old, self._watched = self._watched, widget
        if old is not None:
            try:
                old.destroyed.disconnect(self._forget)
                for signal in self._selection_signals(old):
                    signal.disconnect(self.update)
            except (RuntimeError, TypeError):
                pass
        if widget is not None:
            widget.destroyed.connect(self._forget)
            for signal in self._selection_signals(widget):
                signal.connect(self.update)

    def _forget(self, *_args) -> None:
        self._watched = None

    @staticmethod
    def _selection_signals(widget: QWidget) -> list:
        if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
            return [widget.selectionChanged]
        if isinstance(widget, QAbstractItemView) and widget.selectionModel() is not None:
            return [widget.selectionModel().selectionChanged]
        return []

    def applicable(self, widget: QWidget | None) -> dict[str, bool]:
        """Which of cut, copy, paste and select_all apply to `widget`."""
        widget = _field(widget)
        no = dict.fromkeys(self.actions, False)
        if isinstance(widget, QLineEdit):
            secret = widget.echoMode() != QLineEdit.EchoMode.Normal
            selected = widget.hasSelectedText() and not secret
            return {"cut": selected and not widget.isReadOnly(), "copy": selected,
                    "paste": not widget.isReadOnly() and _can_paste(),
                    "select_all": bool(widget.text())}
        if isinstance(widget, (QTextEdit, QPlainTextEdit)):
            selected = widget.textCursor().hasSelection()
            return {"cut": selected and not widget.isReadOnly(), "copy": selected,
                    "paste": not widget.isReadOnly() and widget.canPaste(),
                    "select_all": not widget.document().isEmpty()}
        if isinstance(widget, QAbstractItemView) and widget.selectionModel() is not None:
            several = widget.selectionMode() in (
                QAbstractItemView.SelectionMode.ExtendedSelection,
                QAbstractItemView.SelectionMode.MultiSelection)
            rows = widget.model() is not None and widget.model().rowCount() > 0
            return {**no, "copy": widget.selectionModel().hasSelection(),
                    "select_all": several and rows}
        return no

    # -- acting -----------------------------------------------------------------
    def update(self, *_args) -> None:
        if not isValid(self.window):  # focus moves while the window is destroyed
            return
        widget = self.target()
        self._watch(_field(widget))
        for name, enabled in self.applicable(widget).items():
            self.actions[name].setEnabled(enabled)
        search = self._tab_search()
        self.window.find_action.setEnabled(search is not None)
        keys = search.shortcut().toString(NATIVE) if isinstance(search, QAction) else ""
        self.window.find_action.setText(
            self.window.find_text + (f"\t{keys}" if keys else ""))

    def run(self, name: str) -> None:
        widget = _field(self.target())
        if not self.applicable(widget).get(name):
            return
        if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
            {"cut": widget.cut, "copy": widget.copy, "paste": widget.paste,
             "select_all": widget.selectAll}[name]()
        elif isinstance(widget, QAbstractItemView):
            if name == "copy":
                QGuiApplication.clipboard().setText(rows_as_text(widget))
            elif name == "select_all":
                widget.selectAll()
        self.update()

    def _tab_search(self) -> QAction | QLineEdit | None:
        """What Find uses in the tab in view: its search action, or its
        visible search field; None when the tab has neither (or no
        campaign is shown)."""
        window = self.window
        if not window.tab_widget.isEnabled() or not window.isVisible():
            return None
        page = window.tab_widget.currentWidget()
        tab = page.widget() if page is not None and hasattr(page, "widget") else None
        if tab is None:
            return None
        action = tab.findChild(QAction, "focusSearchAction")
        if action is not None and action.isEnabled():
            return action
        for field in tab.findChildren(QLineEdit):
            if field.isVisible() and field.isEnabled() and "search" in field.objectName().lower():
                return field
        return None

    def find(self) -> None:
        search = self._tab_search()
        if isinstance(search, QAction):
            search.trigger()
        elif search is not None:
            search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            search.selectAll()
