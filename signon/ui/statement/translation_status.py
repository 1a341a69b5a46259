"""How translation status is shown: per node of the statement (the outline's
icons) and per language (the summary line), plus the look of each status.

Statuses come from `signon.domain.translations` and are computed from the
document being edited, not from the database, so they change as the
coordinator types, before the autosave.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from signon.domain.compose import SectionDraft
from signon.domain.translations import (
    TranslationStatus,
    field_states,
    field_status,
    language_status,
    section_fields,
)
from signon.ui import colours
from signon.ui.statement.document import ItemNode, SectionNode, StatementDoc

#: Order of severity when a section has several fields.
SEVERITY = (TranslationStatus.OUTDATED, TranslationStatus.MISSING, TranslationStatus.CURRENT)
COLOURS = {
    TranslationStatus.CURRENT: colours.CURRENT_GREEN,
    TranslationStatus.OUTDATED: colours.OUTDATED_AMBER,
    TranslationStatus.MISSING: colours.ERROR,
}


def status_label(status: TranslationStatus) -> str:
    translate = QCoreApplication.translate
    return {TranslationStatus.CURRENT: translate("TranslationStatus", "current"),
            TranslationStatus.OUTDATED: translate("TranslationStatus", "outdated"),
            TranslationStatus.MISSING: translate("TranslationStatus", "missing")}[status]


@functools.cache
def language_name(code: str) -> str:
    """"es" → "es — Spanish (español)": the code translators know, with the
    name in English and in the language itself (Babel's locale data; Qt's
    names the region too: "español de España"). An unknown code stays as is."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return code
    english = locale.get_display_name("en") or code
    native = locale.get_display_name(locale) or ""
    if native and native.casefold() != english.casefold():
        return f"{code} — {english} ({native})"
    return f"{code} — {english}"


def node_fields(section: SectionNode, item: ItemNode | None) -> tuple[str, ...]:
    """The translatable fields of a section (those its kind prints) or an item."""
    if item is not None:
        return ("text",)
    return section_fields(SectionDraft(kind=section.kind))


def node_status(section: SectionNode, item: ItemNode | None,
                language: str) -> TranslationStatus | None:
    """The worst status among the node's own fields (an item's text; a
    section's title and text or lead — its items have their own); None when
    it has nothing to translate."""
    node = item if item is not None else section
    found = {field_status(getattr(node, name), node.translations, language, name)
             for name in node_fields(section, item)}
    return next((s for s in SEVERITY if s in found), None)


def summary_line(doc: StatementDoc, languages: list[str],
                 campaign: Mapping | None = None) -> str:
    """"es: 12 of 14 current, 2 outdated · ar: 3 of 14 current, 11 missing"."""
    drafts = doc.to_drafts()
    parts = []
    for language in languages:
        status = language_status(field_states(drafts, language, campaign), language)
        parts.append(f"{language}: {status.summary()}")
    return " · ".join(parts)


_icons: dict[TranslationStatus, QIcon] = {}


def status_icon(status: TranslationStatus) -> QIcon:
    """A small mark per status, told apart by shape as well as colour: a
    filled disc with a tick (current), a filled diamond (outdated), an empty
    ring (missing)."""
    icon = _icons.get(status)
    if icon is None:
        icon = QIcon()
        for size in (16, 32):
            icon.addPixmap(_draw(status, size))
        _icons[status] = icon
    return icon


def _draw(status: TranslationStatus, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(COLOURS[status])
    s = size / 16
    if status is TranslationStatus.MISSING:
        painter.setPen(QPen(colour, 1.8 * s))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QRectF(3 * s, 3 * s, 10 * s, 10 * s))
    elif status is TranslationStatus.OUTDATED:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon([QPointF(8 * s, 1.5 * s), QPointF(14.5 * s, 8 * s),
                             QPointF(8 * s, 14.5 * s), QPointF(1.5 * s, 8 * s)])
        painter.setPen(QPen(QColor(colours.WHITE), 1.6 * s))
        painter.drawLine(QPointF(8 * s, 4.5 * s), QPointF(8 * s, 9 * s))
        painter.drawPoint(QPointF(8 * s, 11.5 * s))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(QRectF(2 * s, 2 * s, 12 * s, 12 * s))
        painter.setPen(QPen(QColor(colours.WHITE), 1.7 * s))
        painter.drawPolyline([QPointF(5 * s, 8.2 * s), QPointF(7.2 * s, 10.4 * s),
                              QPointF(11 * s, 5.8 * s)])
    painter.end()
    return pixmap
