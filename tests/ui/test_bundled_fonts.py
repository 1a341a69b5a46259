"""The bundled fonts are known to Qt, so names in scripts the system has no
font for (Japanese, Thai on a bare machine) are drawn, not shown as empty
boxes (issue #21)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QImage
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from signon.ui.fonts import bundled_font_files, register_bundled_fonts

JAPANESE, THAI = "日本語", "ภาษาไทย"


def test_the_bundled_fonts_are_registered_once(qapp):
    families = register_bundled_fonts()
    assert {"Droid Sans Fallback", "Noto Sans Thai", "Noto Sans Arabic"} <= set(families)
    assert set(families) <= set(QFontDatabase.families())
    assert register_bundled_fonts() == families  # a second call adds nothing
    assert not any(p.name.startswith("NotoSans-") for p in bundled_font_files())
    for family, text in (("Droid Sans Fallback", JAPANESE), ("Noto Sans Thai", THAI)):
        metrics = QFontMetrics(QFont(family))
        assert all(metrics.inFontUcs4(ord(ch)) for ch in text), family


def cell_image(table: QTableWidget, row: int) -> QImage:
    return table.viewport().grab(table.visualItemRect(table.item(row, 0))).toImage()


def test_japanese_and_thai_cells_are_drawn_with_glyphs(qtbot, qapp):
    register_bundled_fonts()
    # a row of characters no font has: what an unknown script looks like
    missing = "\U000f0001\U000f0002\U000f0003"
    table = QTableWidget(3, 1)
    qtbot.addWidget(table)
    for row, text in enumerate((JAPANESE, THAI, missing)):
        table.setItem(row, 0, QTableWidgetItem(text))
    table.setColumnWidth(0, 200)
    table.resize(260, 160)
    table.show()
    qtbot.waitExposed(table)
    boxes = cell_image(table, 2)
    for row in (0, 1):
        image = cell_image(table, row)
        assert image != boxes, table.item(row, 0).text()
        # ink: more than a handful of pixels differ from the background
        background = image.pixelColor(1, 1)
        inked = sum(image.pixelColor(x, y) != background
                    for x in range(image.width()) for y in range(image.height()))
        assert inked > 30, table.item(row, 0).text()
