"""Words the signatories dialogs offer: channels, organisation types, countries.

Shown through `signon.ui.labels` (channel_label, org_type_label), so the
interface language decides the words; the values stored are these. The
country field's completer (`CountryCompleter`) is here too.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QMouseEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QCompleter, QLineEdit

from signon.domain.folding import fold

#: How an answer reached the coordinator (stored on the event). "import" is
#: left to the importer; by hand it is one of these.
CHANNELS: tuple[str, ...] = ("email", "form", "phone", "in person", "app")

#: Suggested organisation types; the field stays free text.
ORG_TYPES: tuple[str, ...] = (
    "NGO", "Network", "Academic", "Union", "Foundation", "Community group", "Media",
    "Faith-based", "Company", "Professional body", "Public body", "Other",
)


@lru_cache(maxsize=4)
def countries(language: str = "en") -> tuple[tuple[str, str], ...]:
    """(name in `language`, code) of every country, sorted by name."""
    import pycountry

    from signon.domain.countries import country_name

    named = {(country_name(c.alpha_2, language), c.alpha_2) for c in pycountry.countries}
    return tuple(sorted(named, key=lambda pair: pair[0].casefold()))


#: From this many letters a country is also found by the start of a later
#: word of its name ("Kore" → "South Korea"); a letter or two would list
#: half the world ("P" → "French Polynesia").
WORD_START_FROM = 3


def matching_countries(text: str, entries: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    """The countries of `entries` that `text` starts: the one whose code it
    is ("KE"), then those whose name it starts ("P" → Pakistan … Puerto
    Rico, never Cape Verde), then, from `WORD_START_FROM` letters, those
    with a later word it starts. Case and accents do not count."""
    typed = fold(" ".join(text.split()))
    if not typed:
        return []
    code = typed.upper() if len(typed) == 2 else ""
    by_code = [e for e in entries if e[1] == code]
    starts = [e for e in entries if e not in by_code and fold(e[0]).startswith(typed)]
    words = []
    if len(typed) >= WORD_START_FROM:
        words = [e for e in entries if e not in by_code and e not in starts
                 and any(w.startswith(typed) for w in fold(e[0]).replace("-", " ").split()[1:])]
    return by_code + starts + words


class CountryCompleter(QCompleter):
    """Completes the country field from the start of a country's name or
    its code (`matching_countries`), showing "Peru (PE)" and putting the
    name in the field.

    The list closes when the field holds a whole name it offers, so the
    click that follows reaches what it aims at; and a click outside the open
    list, which a completer takes only to close the list, is handed on to
    the widget under the mouse in the same window (the OK button, the next
    field)."""

    NAME_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, field: QLineEdit, language: str):
        self.entries = countries(language)
        self.choices = QStandardItemModel(field)
        super().__init__(self.choices, field)
        self.field = field
        self.setWidget(field)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setMaxVisibleItems(10)
        self.popup().setObjectName("countryCompletions")
        field.textEdited.connect(self._offer)
        self.activated[QModelIndex].connect(self._chosen)

    def _offer(self, text: str) -> None:
        found = matching_countries(text, self.entries)
        typed = fold(text.strip())
        if not found or (len(found) == 1 and fold(found[0][0]) == typed):
            self.popup().hide()
            return
        self.choices.clear()
        for name, code in found:
            item = QStandardItem(f"{name} ({code})")
            item.setData(name, self.NAME_ROLE)
            self.choices.appendRow(item)
        self.complete()
        self.popup().setCurrentIndex(QModelIndex())  # Return keeps what was typed

    def _chosen(self, index: QModelIndex) -> None:
        name = index.data(self.NAME_ROLE)
        if name:
            self.field.setText(name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if (watched is self.popup() and event.type() == QEvent.Type.MouseButtonPress
                and not self.popup().rect().contains(event.position().toPoint())):
            self._replay(event)
            return True
        return super().eventFilter(watched, event)

    def _replay(self, event: QMouseEvent) -> None:
        """Close the list and give its closing click to the widget under the
        mouse, if it is in the field's own window (never one a modal dialog
        blocks)."""
        where = event.globalPosition()
        self.popup().hide()
        target = QApplication.widgetAt(where.toPoint())
        if target is None or target.window() is not self.field.window():
            return
        QApplication.sendEvent(target, QMouseEvent(
            event.type(), target.mapFromGlobal(where), where, event.button(), event.buttons(),
            event.modifiers()))
