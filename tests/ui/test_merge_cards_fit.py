"""A merge card wraps a long website or e-mail address at its width instead
of cutting it at the card's edge, in English and Arabic (issue #21: the
Arabic merge dialog showed "https://digitalaction.co" cut off)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from signon.ui.signatories.merge_cards import ZWSP, MergeCards, breakable, card_html

WEBSITE = "https://www.digitalaction-coalition.co/campaigns/un-ai-resolution-2026"


def test_long_words_get_break_opportunities_and_short_ones_stay():
    assert breakable("Digital Action") == "Digital Action"
    assert breakable(WEBSITE).replace(ZWSP, "") == WEBSITE
    assert f"digitalaction-{ZWSP}coalition.{ZWSP}co/{ZWSP}" in breakable(WEBSITE)


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight,
                                       Qt.LayoutDirection.RightToLeft])
def test_a_card_wraps_a_long_website_within_its_width(qtbot, qapp, direction):
    qapp.setLayoutDirection(direction)
    try:
        cards = MergeCards("Keep this one")
        qtbot.addWidget(cards)
        rows = [("Acronym", ""), ("Country", "United Kingdom (GB)"), ("Website", WEBSITE)]
        cards.show_pair(card_html("Digital Action", rows), card_html("Digital Action UK", rows),
                        True)
        cards.resize(420, 300)  # a narrow dialog: cards of about 200 px
        cards.show()
        qtbot.waitExposed(cards)
        QApplication.processEvents()
        for label in (cards.first, cards.second):
            width = label.contentsRect().width()
            document = QTextDocument()
            document.setHtml(label.text())
            document.setDocumentMargin(0)
            document.setTextWidth(width)
            assert document.idealWidth() <= width + 1, (document.idealWidth(), width)
            assert WEBSITE in document.toPlainText().replace(ZWSP, "")
            assert label.sizeHint().width() <= cards.width()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
