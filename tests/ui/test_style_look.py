"""What the stylesheet looks like, checked on the pixels of real widgets.

Each test installs resources/style/app.qss on the whole application, as
`style.apply_style` does (a drop-down's list, a completer's list and a menu
are windows of their own, styled only by the application's stylesheet), and
takes it out again, so the other GUI tests keep the plain look. It grabs
the widgets offscreen and measures colours as WCAG does: text needs a
contrast of 4.5 with its background, a highlight or a focus ring 3.
"""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QDate, QEvent, QRect, QStringListModel, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabBar,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from signon.ui import colours
from signon.ui.style import stylesheet

STATUSES = ["All statuses", "Prospect", "Invited", "Endorsed", "Declined", "Withdrawn"]
TEXT_CONTRAST = 4.5  # WCAG 1.4.3, normal text
NON_TEXT_CONTRAST = 3.0  # WCAG 1.4.11: what shows a state (a highlight, a focus ring)


@pytest.fixture
def app_style(qapp):
    """The application's stylesheet on the application, as the app has it."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    before = qapp.styleSheet()
    # a test that ran run_app in this process left the app's stylesheet on,
    # and with a stylesheet style() is the stylesheet's style, not Fusion
    qapp.setStyleSheet("")
    assert qapp.style().name().lower() == "fusion"
    qapp.setStyleSheet(stylesheet())
    yield
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.setStyleSheet(before)


# -- colours --------------------------------------------------------------------------


def luminance(rgb: int) -> float:
    """WCAG relative luminance of 0xRRGGBB."""
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(rgb >> 16 & 0xFF) + 0.7152 * channel(rgb >> 8 & 0xFF)
            + 0.0722 * channel(rgb & 0xFF))


def contrast(a: int, b: int) -> float:
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def hex_rgb(name: str) -> int:
    return QColor(name).rgb() & 0xFFFFFF


def pixels(image: QImage, rect: QRect | None = None) -> list[int]:
    """The 0xRRGGBB of every pixel of `rect` (all of `image` by default)."""
    part = image.copy(rect.intersected(image.rect())) if rect is not None else image
    part = part.convertToFormat(QImage.Format.Format_RGB32)
    return [p & 0xFFFFFF for p in memoryview(part.constBits()).cast("I")]


def background(colour_list: list[int]) -> int:
    """The colour most pixels have."""
    return Counter(colour_list).most_common(1)[0][0]


def text_pixels(image: QImage, rect: QRect) -> tuple[int, int, float]:
    """In `rect`: its background, how many pixels stand out from it as text
    must (contrast 4.5), and the highest contrast any pixel has."""
    found = Counter(pixels(image, rect))
    back = found.most_common(1)[0][0]
    readable = sum(n for colour, n in found.items() if contrast(colour, back) >= TEXT_CONTRAST)
    best = max(contrast(colour, back) for colour in found)
    return back, readable, best


def assert_highlight_readable(image: QImage, row: QRect, other: QRect, what: str) -> None:
    """The highlighted `row` shows its text (at least a word's worth of
    pixels at 4.5:1 with its background) and shows that it is highlighted
    (its background 3:1 with an `other` row's)."""
    back, readable, best = text_pixels(image, row)
    plain = background(pixels(image, other))
    assert readable >= 20, (f"{what}: the highlighted row's text does not stand out from its "
                            f"background #{back:06x} (best contrast {best:.2f})")
    assert contrast(back, plain) >= NON_TEXT_CONTRAST, (
        f"{what}: the highlight #{back:06x} hardly differs from a plain row #{plain:06x}")


def near(a: int, b: int, tolerance: int = 6) -> bool:
    """The same colour but for rounding (Fusion shades a selection a little)."""
    return all(abs((a >> shift & 0xFF) - (b >> shift & 0xFF)) <= tolerance
               for shift in (16, 8, 0))


def accent_selection(back: int) -> None:
    assert near(back, hex_rgb(colours.ACCENT)), f"the selection is #{back:06x}, not the accent"


# -- drop-downs, completers, menus, lists ---------------------------------------------


def shown(qtbot, *widgets: QWidget) -> QWidget:
    """A window with `widgets` one under the other, shown and active."""
    window = QWidget()
    layout = QVBoxLayout(window)
    for widget in widgets:
        layout.addWidget(widget)
    qtbot.addWidget(window)
    window.resize(320, 240)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


@pytest.fixture(params=[Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft],
                ids=["ltr", "rtl"])
def direction(request, qapp):
    """Left to right, and right to left as in Arabic (a popup takes the
    application's direction, not its combo's)."""
    before = qapp.layoutDirection()
    qapp.setLayoutDirection(request.param)
    yield request.param
    qapp.setLayoutDirection(before)


@pytest.mark.parametrize("how", ["keyboard", "mouse"])
def test_the_highlighted_item_of_a_drop_down_is_readable(qtbot, app_style, direction, how):
    """The row under the keyboard or mouse cursor of an open drop-down was
    white on white: the stylesheet made the drop-down white and said nothing
    of its list's selection."""
    combo = QComboBox()
    combo.addItems(STATUSES)
    window = shown(qtbot, combo)  # noqa: F841 (kept alive)
    combo.setFocus()
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    if how == "keyboard":
        QTest.keyClick(view, Qt.Key.Key_Down)
        QTest.keyClick(view, Qt.Key.Key_Down)
    else:  # (over another row first: a move to where the mouse already is is no move)
        for row in (4, 2):
            QTest.mouseMove(view.viewport(), view.visualRect(combo.model().index(row, 0)).center())
    QApplication.processEvents()
    assert view.currentIndex().row() == 2
    image = view.viewport().grab().toImage()
    row = view.visualRect(view.currentIndex())
    assert_highlight_readable(image, row, view.visualRect(combo.model().index(4, 0)),
                              f"drop-down ({how})")
    accent_selection(background(pixels(image, row)))
    combo.hidePopup()


def test_the_highlighted_completion_is_readable(qtbot, app_style):
    """A completer's list (the Country field's) is a window of its own."""
    field = QLineEdit()
    window = shown(qtbot, field)
    completer = QCompleter(["Panama", "Paraguay", "Peru", "Poland", "Portugal"], window)
    field.setCompleter(completer)
    field.setFocus()
    QTest.keyClicks(field, "P")
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QApplication.processEvents()
    current = popup.currentIndex()
    assert current.row() == 1
    image = popup.viewport().grab().toImage()
    row = popup.visualRect(current)
    assert_highlight_readable(image, row, popup.visualRect(current.siblingAtRow(3)),
                              "completion")
    accent_selection(background(pixels(image, row)))
    popup.hide()


def test_the_active_menu_item_is_readable(qtbot, app_style):
    window = shown(qtbot, QLineEdit())
    menu = QMenu(window)
    for text in ("Mark as invited", "Mark as endorsed", "Mark as declined"):
        menu.addAction(text)
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    QTest.keyClick(menu, Qt.Key.Key_Down)
    QTest.keyClick(menu, Qt.Key.Key_Down)
    active = menu.activeAction()
    assert active is menu.actions()[1]
    image = menu.grab().toImage()
    row = menu.actionGeometry(active).adjusted(1, 1, -1, -1)
    assert_highlight_readable(image, row, menu.actionGeometry(menu.actions()[2]), "menu")
    accent_selection(background(pixels(image, row)))
    menu.hide()


@pytest.mark.parametrize("focused", [True, False], ids=["focused", "unfocused"])
def test_selected_rows_of_tables_and_lists_are_readable(qtbot, app_style, focused):
    """White text on the one accent, whether or not the view has the focus
    (Fusion's own blue gave white text 3.7:1)."""
    table = QTableWidget(4, 2)
    for r in range(4):
        for c in range(2):
            table.setItem(r, c, QTableWidgetItem(f"Organisation {r}"))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    listing = QListWidget()
    listing.addItems(STATUSES)
    other = QLineEdit()
    window = shown(qtbot, table, listing, other)  # noqa: F841 (kept alive)
    for view in (table, listing):
        view.setCurrentIndex(view.model().index(1, 0))
        view.setFocus() if focused else other.setFocus()
        QApplication.processEvents()
        assert view.hasFocus() == focused
        image = view.viewport().grab().toImage()
        row = view.visualRect(view.currentIndex())
        assert_highlight_readable(image, row, view.visualRect(view.model().index(2, 0)),
                                  type(view).__name__)
        accent_selection(background(pixels(image, row)))


# -- primary buttons ------------------------------------------------------------------


def saturation(rgb: int) -> float:
    """HSV saturation, 0 for a grey."""
    channels = [rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF]
    return (max(channels) - min(channels)) / max(channels) if max(channels) else 0.0


def test_a_disabled_primary_button_looks_disabled(qtbot, app_style):
    """The primary button's rule outranked `:disabled`: a disabled Export…
    kept its blue and white and looked as clickable as ever. Disabled, it
    is a low-saturation grey unlike the enabled blue (and unlike a plain
    button), with readable text."""
    enabled, disabled, plain = (QPushButton("Export…"), QPushButton("Export…"),
                                QPushButton("Copy HTML snippet"))
    for button in (enabled, disabled):
        button.setProperty("primary", True)
    disabled.setEnabled(False)
    window = shown(qtbot, enabled, disabled, plain)  # noqa: F841 (kept alive)
    fills = {}
    for name, button in (("enabled", enabled), ("disabled", disabled), ("plain", plain)):
        image = button.grab().toImage()
        inside = image.rect().adjusted(3, 3, -3, -3)
        fills[name], readable, best = text_pixels(image, inside)
        if name == "disabled":
            assert best >= NON_TEXT_CONTRAST, f"the disabled button's text: {best:.2f}:1"
    assert near(fills["enabled"], hex_rgb(colours.ACCENT))
    assert contrast(fills["disabled"], fills["enabled"]) >= NON_TEXT_CONTRAST, fills
    assert saturation(fills["disabled"]) < 0.1, f"#{fills['disabled']:06x} is not grey"
    assert fills["disabled"] != fills["plain"], "a disabled primary looks like a plain button"
    assert disabled.sizeHint() == enabled.sizeHint()



# -- drop-down arrows ---------------------------------------------------------------


def _spin() -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, 100)
    box.setValue(50)  # both steps enabled
    return box


def _date() -> QDateEdit:
    edit = QDateEdit(QDate(2026, 12, 7))
    edit.setCalendarPopup(True)
    return edit


@pytest.mark.parametrize("make", [lambda: QComboBox(), _date, _spin],
                         ids=["drop-down", "date", "number"])
def test_field_arrows_sit_inside_the_rounded_border(qtbot, app_style, make):
    """Fusion drew its button frame inside the field's rounded border: a dark
    corner at the bottom right of every drop-down and date. The arrows are
    now drawn alone, note-grey on the field's white."""
    field = make()
    if isinstance(field, QComboBox):
        field.addItems(STATUSES)
    window = shown(qtbot, field)  # noqa: F841 (kept alive)
    image = field.grab().toImage()
    button = QRect(image.width() - 22, 0, 22, image.height())
    white = hex_rgb(colours.WHITE)
    found = pixels(image, button)
    assert background(found) == white, "the arrows' button has a fill of its own"
    dark = [contrast(colour, white) >= NON_TEXT_CONTRAST for colour in found]
    assert sum(dark) >= 8, "no arrow"
    rows = [dark[y * button.width():(y + 1) * button.width()] for y in range(button.height())]
    columns = [list(column) for column in zip(*rows, strict=True)]
    assert longest_run(rows + columns) < 12, "a dark line: Fusion's button frame"


def longest_run(lines: list[list[bool]]) -> int:
    """The most True values in a row, in any of `lines`."""
    best = 0
    for line in lines:
        run = 0
        for value in line:
            run = run + 1 if value else 0
            best = max(best, run)
    return best


# -- focus ------------------------------------------------------------------------------


def _tool_button() -> QToolButton:
    button = QToolButton()
    button.setText("Add")
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setMenu(QMenu(button))
    return button


def _tool_button_rtl() -> QToolButton:
    button = _tool_button()
    button.setText("إضافة")
    button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    return button


def _primary() -> QPushButton:
    button = QPushButton("Export…")
    button.setProperty("primary", True)
    return button


def _combo() -> QComboBox:
    combo = QComboBox()
    combo.addItems(STATUSES)
    return combo


def _table() -> QTableWidget:
    table = QTableWidget(3, 2)
    for r in range(3):
        for c in range(2):
            table.setItem(r, c, QTableWidgetItem(f"Organisation {r}"))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setCurrentCell(1, 1)
    return table


def _tabs() -> QTabWidget:
    tabs = QTabWidget()
    for name in ("Statement", "Signatories", "Outreach"):
        tabs.addTab(QLabel(name), name)
    return tabs


CONTROLS = {
    "button": lambda: QPushButton("Copy HTML snippet"),
    "primary button": _primary,
    "tool button": _tool_button,
    "tool button, right to left": _tool_button_rtl,
    "check box": lambda: QCheckBox("Date line"),
    "radio button": lambda: QRadioButton("Keep this one"),
    "line edit": lambda: QLineEdit("Panoptykon"),
    "drop-down": _combo,
    "date": _date,
    "number": QSpinBox,
    "text": lambda: QPlainTextEdit("Dear {contact},"),
    "table": _table,
    "list": lambda: QListWidget(),
    "tab bar": _tabs,
}


def changed_sides(before: QImage, after: QImage, rect: QRect, threshold: float,
                  band: int = 3, corner: int = 7) -> dict[str, float]:
    """For each side of `rect`: the share of its length (corners left out)
    where a pixel within `band` of the edge changed, between `before` and
    `after`, by a contrast of `threshold` or more."""
    old, new = pixels(before), pixels(after)
    width = before.width()

    def differs(x: int, y: int) -> bool:
        i = y * width + x
        return contrast(old[i], new[i]) >= threshold

    xs = range(rect.left() + corner, rect.right() - corner + 1)
    ys = range(rect.top() + corner, rect.bottom() - corner + 1)
    sides = {
        "top": [any(differs(x, rect.top() + d) for d in range(band)) for x in xs],
        "bottom": [any(differs(x, rect.bottom() - d) for d in range(band)) for x in xs],
        "left": [any(differs(rect.left() + d, y) for d in range(band)) for y in ys],
        "right": [any(differs(rect.right() - d, y) for d in range(band)) for y in ys],
    }
    return {side: sum(hits) / len(hits) for side, hits in sides.items()}


def accent_pixels(image: QImage, rect: QRect | None = None) -> int:
    accent = hex_rgb(colours.ACCENT)
    return sum(1 for colour in pixels(image, rect) if near(colour, accent, 24))


def accent_edge(image: QImage, rect: QRect, band: int = 3) -> int:
    """The accent pixels within `band` of the edge of `rect` (not a field's
    selected text)."""
    inner = rect.adjusted(band, band, -band, -band)
    return accent_pixels(image, rect) - accent_pixels(image, inner)


@pytest.mark.parametrize("kind", list(CONTROLS))
def test_the_focused_control_has_a_ring(qtbot, app_style, kind):
    """Fusion showed no focus on buttons, check boxes, tabs or tables, and a
    1px line on fields. With the focus a control gets a ring all round it,
    2px wide and 3:1 against what it replaces (WCAG 2.4.13), in the accent
    (on a primary button, which is the accent, in ink), and nothing moves."""
    control = CONTROLS[kind]()
    before_button = QPushButton("Before")
    window = shown(qtbot, before_button, control)  # noqa: F841 (kept alive)
    target = control.tabBar() if isinstance(control, QTabWidget) else control
    before_button.setFocus()
    QApplication.processEvents()
    size, hint = control.size(), control.sizeHint()
    plain = target.grab().toImage()
    target.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert target.hasFocus()
    focused = target.grab().toImage()
    assert (control.size(), control.sizeHint()) == (size, hint), "the focus moved the layout"
    ring = target.tabRect(target.currentIndex()) if isinstance(target, QTabBar) else plain.rect()
    sides = changed_sides(plain, focused, ring, NON_TEXT_CONTRAST if kind != "primary button"
                          else 2.5)
    assert min(sides.values()) >= 0.9, f"{kind}: no ring all round: {sides}"
    if kind == "primary button":
        edge = background(pixels(focused, QRect(ring.left() + 8, ring.top(), 4, 2)))
        assert edge == hex_rgb(colours.INK)
    else:
        gained = accent_edge(focused, ring) - accent_edge(plain, ring)
        perimeter = 2 * (ring.width() + ring.height())
        assert gained >= 1.5 * perimeter, (  # 2px all round, but for the rounded corners
            f"{kind}: no 2px ring in the accent ({gained} pixels for a perimeter of {perimeter})")
    if kind in ("button", "primary button", "tool button", "tool button, right to left",
                "check box", "radio button", "tab bar"):
        # the text and the indicator stay where they were (inside the corners)
        inside = ring.adjusted(6, 6, -6, -6)
        assert pixels(plain, inside) == pixels(focused, inside), f"{kind}: the inside changed"


def test_the_current_cell_of_a_focused_table_is_framed(qtbot, app_style):
    """In a focused table the current cell of the selected row has a white
    frame (the row is the accent: an accent frame would not show)."""
    table = _table()
    other = QLineEdit()
    window = shown(qtbot, table, other)  # noqa: F841 (kept alive)
    other.setFocus()
    QApplication.processEvents()
    assert not table.hasFocus()
    cell = table.visualRect(table.currentIndex())
    plain = table.viewport().grab().toImage()
    table.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    focused = table.viewport().grab().toImage()
    sides = changed_sides(plain, focused, cell, NON_TEXT_CONTRAST, band=4, corner=2)
    assert min(sides.values()) >= 0.9, sides


def test_the_campaign_list_selection_is_readable_without_the_focus(qtbot, app_style):
    """The campaign list shows its selection in a lighter blue while the
    focus is in a tab (most of the time): white on it must still read."""
    campaigns = QListView()
    campaigns.setObjectName("campaignList")
    campaigns.setModel(QStringListModel(["Joint statement on AI", "Open letter on data"]))
    other = QLineEdit()
    window = shown(qtbot, campaigns, other)  # noqa: F841 (kept alive)
    campaigns.setCurrentIndex(campaigns.model().index(0, 0))
    for focused in (campaigns, other):
        focused.setFocus()
        QApplication.processEvents()
        image = campaigns.viewport().grab().toImage()
        row = campaigns.visualRect(campaigns.currentIndex())
        assert_highlight_readable(image, row, campaigns.visualRect(campaigns.model().index(1, 0)),
                                  f"campaign list, focus on {type(focused).__name__}")
