"""The Statement tab at the default 1100×720 window, in English and Arabic:
the block library has room for its titles, drop-downs cut their text with
"…" (never mid-letter), the lead sentence field shows a sentence's start,
and an outline row mixing an Arabic heading with an English text puts the
"…" where the English text ends (issue #21).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QTreeWidget

from signon.ui import i18n
from signon.ui.elide import FSI, PDI
from signon.ui.eliding_combo import ElidingComboBox
from signon.ui.style import stylesheet

DEFAULT_SIZE = (1100, 720)


@pytest.fixture(params=["en", "ar"])
def window(request, qtbot, qapp, db, answers):
    from signon.exchange.demo import load_demo
    from signon.ui.main_window import MainWindow

    with db.session() as session:
        load_demo(session)
    i18n.install(qapp, request.param)
    try:
        win = MainWindow(db)
        qtbot.addWidget(win)
        win.setStyleSheet(stylesheet())
        win.resize(*DEFAULT_SIZE)
        win.show()
        qtbot.waitExposed(win)
        qtbot.waitUntil(win.is_ready)
        for _ in range(3):
            QApplication.processEvents()
            qtbot.wait(20)
        win.language = request.param
        yield win
    finally:
        i18n.uninstall(qapp)


def shown_chars(view: QTreeWidget, item, column: int = 0) -> int:
    """How many characters of the item's text the view draws before "…"."""
    text = item.text(column)
    width = view.visualItemRect(item).width() if column == 0 else view.columnWidth(column)
    rect = view.visualRect(view.indexFromItem(item, column))
    width = rect.width() - 8  # the delegate's margins
    shown = view.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)
    return len(shown.rstrip("…"))


def test_library_titles_get_the_width(window):
    tree = window.findChild(QTreeWidget, "blockLibrary")
    assert tree.isVisible()
    items = [tree.topLevelItem(0).child(j) for j in range(tree.topLevelItem(0).childCount())]
    assert items
    # at 175 px titles were cut to 10–13 characters ("Before the fi…")
    assert min(shown_chars(tree, item) for item in items) >= 18, \
        [tree.columnWidth(0), [item.text(0) for item in items]]
    assert tree.columnWidth(0) >= 3 * tree.columnWidth(1)
    for item in items:  # and the whole title stays in the tooltip
        assert item.toolTip(0).startswith(item.text(0))


def test_library_language_filter_shows_its_whole_text(window):
    combo = window.findChild(QComboBox, "blockLanguageFilter")
    assert isinstance(combo, ElidingComboBox)
    combo.setCurrentIndex(0)
    QApplication.processEvents()
    assert combo.shown_text() == combo.currentText(), combo.shown_text()


def test_translate_drop_down_cuts_with_an_ellipsis_and_tooltip(window):
    combo = window.findChild(QComboBox, "translationLanguage")
    assert isinstance(combo, ElidingComboBox)
    combo.repaint()
    shown = combo.shown_text().replace(FSI, "").replace(PDI, "")
    if shown != combo.currentText():
        assert shown.endswith("…"), shown  # cut, and says so ("Off (en, pr…")
        assert combo.currentText() in combo.toolTip()


def test_eliding_combo_box_elides_and_gives_the_tooltip(qtbot):
    combo = ElidingComboBox()
    qtbot.addWidget(combo)
    combo.setToolTip("What it does")
    combo.addItem("Off (en, primary text), a long choice")
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(4)
    combo.resize(90, combo.sizeHint().height())
    combo.show()
    qtbot.waitExposed(combo)
    combo.repaint()
    assert combo.is_elided()
    assert combo.shown_text().endswith("…") or combo.shown_text().endswith(PDI)
    assert combo.toolTip() == "Off (en, primary text), a long choice\n\nWhat it does"
    combo.resize(combo.fontMetrics().horizontalAdvance(combo.currentText()) + 80, 30)
    combo.repaint()
    assert not combo.is_elided()
    assert combo.toolTip() == "What it does"


def test_lead_sentence_field_is_wide_and_shows_the_start(window, qtbot):
    tree = window.findChild(QTreeWidget, "statementEditor")
    lists = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
             if tree.topLevelItem(i).childCount()]
    tree.setCurrentItem(lists[0])
    lead = window.findChild(QLineEdit, "sectionLead")
    qtbot.waitUntil(lead.isVisible)
    assert lead.text()
    composer = window.findChild(QTreeWidget, "statementEditor")
    assert lead.width() >= 0.9 * composer.width(), (lead.width(), composer.width())
    assert lead.cursorPosition() == 0
    # the list's labels whole ("Nu" for "Numbering": the form put its field
    # beside a label it had cut)
    numbering = window.findChild(QComboBox, "numberingStyle")
    qtbot.waitUntil(numbering.isVisible)
    label = next(w for w in numbering.parentWidget().findChildren(QLabel)
                 if w.buddy() is numbering)
    assert label.width() >= label.sizeHint().width(), (label.width(), label.sizeHint())
    tree.setCurrentItem(lists[0].child(1))  # from one of its items, still the start
    assert lead.isVisible() and lead.cursorPosition() == 0


def test_outline_rows_keep_each_texts_direction(window):
    tree = window.findChild(QTreeWidget, "statementEditor")
    intro = tree.topLevelItem(0)
    label = intro.text(0)
    # the statement's text is an isolate of its own after the heading: its
    # "…" lands where that text ends, not on the heading's side
    heading, _, text = label.partition(": ")
    assert text.startswith(FSI) and text.endswith(PDI), label
    assert FSI not in heading
    if window.language == "ar":
        assert heading == "المقدمة"
