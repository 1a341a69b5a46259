"""The campaign list on the left of the main window.

A small Qt model over `signon.store.dbapi.list_campaigns` summaries: it
never queries by itself, the window hands it fresh summaries after every
change. Renaming in place (F2) does not write either: the model emits
`renameRequested` and the window calls the store service, so a refused
title is reported in one place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from signon.ui.elide import elided
from signon.ui.labels import campaign_status_label, format_date, format_number

if TYPE_CHECKING:  # the window shows the list before the store is imported
    from signon.store.dbapi import CampaignSummary


class CampaignList(QObject):
    """Translation context of the campaign list's detail lines.
    `CampaignList.tr(text, "", n)` is how lupdate reads a plural
    (docs/interface-languages.md)."""


IdRole = Qt.ItemDataRole.UserRole + 1
DetailRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def detail_line(summary: CampaignSummary) -> str:
    """'Collecting · 12 endorsed of 40' — what a coordinator scans the list for."""
    status = campaign_status_label(summary.status)
    endorsed = summary.counts.get("endorsed", 0)
    if summary.total == 0:
        return QCoreApplication.translate("CampaignList", "{status} · no signatories yet"
                                          ).format(status=status)
    return CampaignList.tr("{status} · %Ln endorsed of {total}", "", endorsed).format(status=status,
                                                       total=format_number(summary.total))


def verified_part(summary: CampaignSummary) -> str:
    """' · 5 verified': endorsements that came by a verified reply (issue
    18), for the campaign's heading line; "" when there are none."""
    if not summary.verified:
        return ""
    return " · " + CampaignList.tr("%Ln verified", "", summary.verified)


class CampaignListModel(QAbstractListModel):
    renameRequested = Signal(int, str)  # campaign id, new title

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[CampaignSummary] = []

    def set_summaries(self, summaries: list[CampaignSummary]) -> None:
        self.beginResetModel()
        self._rows = list(summaries)
        self.endResetModel()

    def summary(self, row: int) -> CampaignSummary:
        return self._rows[row]

    def row_of(self, campaign_id: int) -> int:
        for row, summary in enumerate(self._rows):
            if summary.id == campaign_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        summary = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return summary.title
        if role == DetailRole:
            return detail_line(summary)
        if role == IdRole:
            return summary.id
        if role == Qt.ItemDataRole.ToolTipRole:
            deadline = "\n" + self.tr("Deadline: {date}").format(
                date=format_date(summary.deadline, "long")) if summary.deadline else ""
            return f"{summary.title}\n{detail_line(summary)}{verified_part(summary)}{deadline}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{summary.title}, {detail_line(summary)}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        summary = self._rows[index.row()]
        title = str(value)
        if title != summary.title:
            self.renameRequested.emit(summary.id, title)
        return False  # the window refreshes the model after the store accepted it


class CampaignDelegate(QStyledItemDelegate):
    """Two lines per campaign: the title, then status and endorsement counts."""

    PADDING = 8

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = option.fontMetrics
        height = metrics.height() * 2 + self.PADDING * 2 + 4
        return QSize(1, height)  # the width follows the view; titles are elided

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        painter.save()
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active if opt.state & QStyle.StateFlag.State_Active \
            else QPalette.ColorGroup.Inactive
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = opt.rect.adjusted(self.PADDING + 4, self.PADDING, -self.PADDING, -self.PADDING)
        line = opt.fontMetrics.height()
        title_font = QFont(opt.font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(opt.palette.color(group, text_role))
        # an English title in the Arabic interface keeps its "…" on its right
        title = elided(painter.fontMetrics(), str(index.data()), rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(opt.font)
        detail_color = opt.palette.color(group, text_role if selected
                                         else QPalette.ColorRole.PlaceholderText)
        painter.setPen(detail_color)
        detail = elided(painter.fontMetrics(), str(index.data(DetailRole)), rect.width())
        painter.drawText(QRect(rect.left(), rect.top() + line + 4, rect.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, detail)
        painter.restore()

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: Index) -> None:
        """Edit the title on the title line, not over both lines."""
        rect = option.rect.adjusted(self.PADDING, self.PADDING - 3, -self.PADDING, 0)
        rect.setHeight(option.fontMetrics.height() + 8)
        editor.setGeometry(rect)


class CampaignListView(QListView):
    """`campaignList`: one row per campaign; F2 (via the window's Rename action)
    edits the title in place."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("campaignList")
        self.setAccessibleName(self.tr("Campaigns"))
        self.setAccessibleDescription(
            self.tr("Your campaigns with their status and endorsement counts"))
        self.setToolTip(
            self.tr("Your campaigns; F2 renames, Delete deletes, Ctrl+, opens settings"))
        self.setModel(CampaignListModel(self))
        self.setItemDelegate(CampaignDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.setMinimumWidth(220)
        self._placeholder = ""

    def set_placeholder(self, text: str) -> None:
        """A grey line in the empty list ("Opening signon.db…" while the
        window opens its database); "" for none."""
        self._placeholder = text
        self.viewport().update()

    def placeholder(self) -> str:
        return self._placeholder

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        if self._placeholder and self.model().rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            rect = self.viewport().rect().adjusted(CampaignDelegate.PADDING + 4,
                                                   CampaignDelegate.PADDING, -8, -8)
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, self._placeholder)
            painter.end()

    def model(self) -> CampaignListModel:  # narrowed type for callers
        return super().model()  # type: ignore[return-value]

    def current_campaign_id(self) -> int | None:
        index = self.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def select_campaign(self, campaign_id: int | None) -> bool:
        row = self.model().row_of(campaign_id) if campaign_id is not None else -1
        if row < 0:
            return False
        self.setCurrentIndex(self.model().index(row, 0))
        return True

    def rename_current(self) -> None:
        index = self.currentIndex()
        if index.isValid():
            self.edit(index)
