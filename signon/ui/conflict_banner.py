"""A bar across the top of a tab saying that someone else changed what is
being edited, with the ways out as buttons (Reload, Keep mine, …).

Shown instead of a modal question because the coordinator may want to read
their own text, or the other coordinator's, before choosing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget


class ConflictBanner(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("conflictBanner")
        self.setAccessibleName(self.tr("Changed by someone else"))
        # as tall as its text, never more: the tab below keeps the room
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.message = QLabel(objectName="conflictMessage")
        self.message.setWordWrap(True)
        self._buttons = QHBoxLayout()
        self._buttons.setSpacing(6)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.addWidget(self.message, 1)
        layout.addLayout(self._buttons)
        self.hide()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """As tall as the wrapped message at the banner's actual width (a
        word-wrapped label alone asks for the height of a narrow column)."""
        hint = super().sizeHint()
        width = self.width() if self.width() > hint.width() else hint.width()
        return QSize(hint.width(), max(self.layout().minimumSize().height(),
                                       self.heightForWidth(width)))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # the height depends on the width

    def add_button(self, name: str, text: str, slot: Callable[[], None],
                   tip: str = "") -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.setAccessibleName(text.replace("&", ""))
        if tip:
            button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())
        self._buttons.addWidget(button)
        return button

    def show_message(self, html: str) -> None:
        self.message.setText(html)
        self.show()
