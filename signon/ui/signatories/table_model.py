"""The signatories table as a Qt model that stays instant at 50,000 rows.

Rows are the plain tuples of `store.signatories.table_rows`; beside them,
the reply behind each status (`store.replies.verification_by_signatory`,
read with the rows), for the Verification column. Filtering and
sorting happen here, on lists of row numbers, instead of in a
QSortFilterProxyModel: a proxy calls back into Python for every row on
every keystroke, while this model compares one precomputed, folded search
string per row (`needle in text`) and resets the view once. Sort keys are
computed once per column and kept.

What the model holds for 200,000 rows is kept in tuples, not lists: the
rows, their search texts and sort keys, the order and the rows shown. A
tuple of values the garbage collector does not track (strings, numbers,
rows of them) is itself untracked after its first collection, while every
full collection walks a list item by item (about 10 ms for each
200,000-item list, the interpreter lock held on whichever thread collects:
the window waits). The few changes in place (an edit, a status change)
copy the tuple, a millisecond at 200,000 rows.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from signon.domain.folding import fold
from signon.domain.signatory_kind import SignatoryKind
from signon.domain.status import Status
from signon.ui import colours, labels
from signon.ui.colours import STATUS_COLOURS

# Positions in a row tuple (store.signatories.TABLE_FIELDS).
ID, KIND, NAME, ACRONYM, COUNTRY, ORG_TYPE, STATUS, VERSION, DATE, TITLE, AFFILIATION, ORG_ID = (
    range(12))

COLUMNS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("SignatoryTableModel", "Name"),
    QT_TRANSLATE_NOOP("SignatoryTableModel", "Acronym"),
    QT_TRANSLATE_NOOP("SignatoryTableModel", "Country"),
    QT_TRANSLATE_NOOP("SignatoryTableModel", "Type"),
    QT_TRANSLATE_NOOP("SignatoryTableModel", "Status"),
    QT_TRANSLATE_NOOP("SignatoryTableModel", "Version"),
    QT_TRANSLATE_NOOP("SignatoryTableModel", "Endorsed on"),
    QT_TRANSLATE_NOOP("SignatoryTableModel", "Verification"))
(COL_NAME, COL_ACRONYM, COL_COUNTRY, COL_TYPE, COL_STATUS, COL_VERSION, COL_DATE,
 COL_VERIFICATION) = range(8)

#: The workflow's order, used to sort the status column and list the counts.
STATUS_ORDER: tuple[Status, ...] = (
    Status.PROSPECT, Status.INVITED, Status.REMINDED, Status.ENDORSED,
    Status.NEEDS_RECONFIRMATION, Status.DECLINED, Status.NO_RESPONSE, Status.WITHDRAWN,
)
_STATUS_RANK = {s.value: i for i, s in enumerate(STATUS_ORDER)}

#: The statuses an endorsement by reply leads to: the Verification column
#: speaks of those only (a reply that declined, or bounced, endorses nothing).
ENDORSING = frozenset({Status.ENDORSED.value, Status.NEEDS_RECONFIRMATION.value})
_NOT_ENDORSING_ACTIONS = frozenset({"decline", "bounce"})
#: The Verification column's sort ranks: verified, by reply, nothing.
VERIFIED, BY_REPLY, NO_REPLY = range(3)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole,
                    Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole, ID_ROLE})
_ROOT = QModelIndex()


#: Folded form of each word seen, bounded so a huge import cannot grow it forever.
_FOLDED_WORDS: dict[str, str] = {}
_MAX_CACHED_WORDS = 200_000


def fold_fast(text: str) -> str:
    """`domain.folding.fold`, made cheap enough for 50,000 rows: plain ASCII (most
    names) is just lower-cased, and other text is folded word by word through
    a cache, since names share their words ("Asociación", "Derechos")."""
    if text.isascii():
        return text.lower()
    words = []
    for word in text.split(" "):
        folded = _FOLDED_WORDS.get(word)
        if folded is None:
            folded = word.lower() if word.isascii() else fold(word)
            if len(_FOLDED_WORDS) < _MAX_CACHED_WORDS:
                _FOLDED_WORDS[word] = folded
        words.append(folded)
    return " ".join(words)


class PreparedRows(NamedTuple):
    """A campaign's rows made ready to show, once per read (`prepare_rows`),
    on the thread that read them: folding and sorting 50,000 names froze
    the window when the model did it on the GUI thread."""

    rows: tuple[tuple, ...]
    #: country code → its name in the interface language
    countries: dict[str, str]
    folded_countries: dict[str, str]
    #: how many rows have each status
    counts: Counter
    #: the sort keys of the name column (`name_keys`)
    names: tuple[str, ...]
    #: the rows' order by name, ascending (the table's default order)
    by_name: tuple[int, ...]


def prepare_rows(rows: Sequence[tuple]) -> PreparedRows:
    """`rows` (`store.signatories.table_rows`) ready to show: counts, names
    folded and the default order by name. Not the search texts: the table
    shows first and `search_texts` follows (a fifth of the time a 50,000-row
    campaign took to appear). Plain Python and translation look-ups only
    (thread-safe): no widget, no model."""
    rows = tuple(rows)
    countries = {c: labels.country_label(c) for c in {r[COUNTRY] for r in rows} if c}
    names = name_keys(rows)
    return PreparedRows(rows, countries, folded_countries(countries),
                        Counter(r[STATUS] for r in rows), names,
                        tuple(sorted_in_slices(len(rows), names)))


def name_keys(rows: Sequence[tuple]) -> tuple[str, ...]:
    """Each row's folded name (it also opens the row's search text), to sort by."""
    return tuple([fold_fast(r[NAME]) if r[NAME] else "" for r in rows])


def search_texts(prepared: PreparedRows) -> tuple[str, ...]:
    """Each row's `search_text`, built after the rows are shown
    (`SignatoryTableModel.add_search`)."""
    folded = prepared.folded_countries
    return tuple([search_text(r, folded, name) for r, name in
                  zip(prepared.rows, prepared.names, strict=True)])


#: Rows sorted at a time by `sorted_in_slices`: one slice holds the lock
#: for about 40 ms, and a campaign of up to this many needs no merge (the
#: merge is Python, several times slower than the sort).
SORT_SLICE = 60_000


def sorted_in_slices(count: int, keys: Sequence) -> list[int]:
    """range(count) sorted by `keys`, as `sorted` would, but slice by slice
    and then merged: one `sorted` call over 200,000 strings holds the
    interpreter lock for a tenth of a second, freezing the GUI thread even
    when it runs on another thread; a merge lets go between items."""
    if count <= SORT_SLICE:
        return sorted(range(count), key=keys.__getitem__)
    slices = [sorted(range(start, min(start + SORT_SLICE, count)), key=keys.__getitem__)
              for start in range(0, count, SORT_SLICE)]
    return list(heapq.merge(*slices, key=keys.__getitem__))


#: Items freed at a time by `let_go`: a couple of milliseconds each.
FREE_SLICE = 5000


def let_go(held: list, *, progress=None) -> None:
    """Free what a model held (`SignatoryTableModel.take_rows`), slice by
    slice, as a worker's job: 200,000 rows, their search texts and orders
    took 0.05-0.07 s to free in one go, the interpreter lock held throughout
    on whichever thread let go of the last reference (the GUI thread, at
    every switch away from a big campaign). Between slices the GUI thread
    gets the lock."""
    del progress
    while held:
        container = held.pop()
        if isinstance(container, dict):
            while container:
                for _ in range(min(FREE_SLICE, len(container))):
                    container.popitem()
            continue
        items = list(container)
        del container  # only references go: the items live on in `items`
        while items:
            del items[-FREE_SLICE:]


def folded_countries(countries: dict[str, str]) -> dict[str, str]:
    """"es\nspain" for ES: a search finds a country by its code or name."""
    return {c: f"{c.lower()}\n{fold_fast(n)}" for c, n in countries.items()}


def search_text(row: tuple, folded_countries: dict[str, str], name: str | None = None) -> str:
    """What a search looks in: name, acronym, affiliation, title, country.
    `name`: the row's name already folded (`name_keys`)."""
    country = row[COUNTRY] or ""
    if name is None:
        name = fold_fast(row[NAME]) if row[NAME] else ""
    parts = [name] if name else []
    parts.extend(fold_fast(p) for p in (row[ACRONYM], row[AFFILIATION], row[TITLE]) if p)
    if country:
        parts.append(folded_countries.get(country) or country.lower())
    # "\n" between fields: a search never matches across two of them.
    return "\n".join(parts)


@lru_cache(maxsize=16)
def status_icon(status: str) -> QIcon:
    """A small round dot in the status colour."""
    pix = QPixmap(12, 12)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(STATUS_COLOURS.get(status, colours.LIGHT_GREY)))
    painter.drawEllipse(2, 2, 8, 8)
    painter.end()
    return QIcon(pix)


@lru_cache(maxsize=1)
def private_icon() -> QIcon:
    """A small grey padlock: the signatory is marked "do not publish"
    (drawn, not a font's glyph, so it shows on every system); white on a
    selected row, where grey would vanish in the highlight."""
    icon = QIcon()
    icon.addPixmap(_padlock(QColor(colours.DARK_GREY)), QIcon.Mode.Normal)
    icon.addPixmap(_padlock(QColor(colours.WHITE)), QIcon.Mode.Selected)
    return icon


def _padlock(colour: QColor) -> QPixmap:
    pix = QPixmap(12, 12)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, 1.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawArc(3, 1, 6, 8, 0, 180 * 16)  # the shackle
    painter.drawLine(3, 5, 3, 6)
    painter.drawLine(9, 5, 9, 6)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(1.5, 6, 9, 5.5), 1.2, 1.2)  # the body
    painter.end()
    return pix


def add_statuses(combo, statuses=STATUS_ORDER) -> None:
    """Offer these statuses in a drop-down, each with its dot and its word
    (the value stored is the status): the status choices of the tab's
    filter, the signatory, status, correction and import dialogs."""
    for status in statuses:
        combo.addItem(status_icon(status.value), status_label(status.value), status.value)


def status_label(status: str) -> str:
    """The status in the interface language (a value from a newer Sign-on as is)."""
    return labels.status_label(status)


class SignatoryTableModel(QAbstractTableModel):
    """All of a campaign's signatories; shows the ones that pass the filter,
    in the chosen order."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: tuple[tuple, ...] = ()
        self._search: tuple[str, ...] | None = ()
        #: the rows `show_prepared` showed (`add_search` is for them alone,
        #: though edits since replaced some in `_rows`), and the positions of
        #: those replaced (their search texts, folded from the old rows, are
        #: folded again when they arrive)
        self._shown_rows: Sequence[tuple] = ()
        self._replaced: set[int] = set()
        self._countries: dict[str, str] = {}
        self._folded_countries: dict[str, str] = {}
        self._counts: Counter = Counter()
        self._visible: tuple[int, ...] = ()
        self._order: tuple[int, ...] = ()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._sort_keys: dict[int, Sequence] = {}
        self._needle = ""
        self._status: str | None = None
        self._row_of_id: dict[int, int] | None = None
        self._visible_pos: dict[int, int] | None = None
        #: signatory id → the applied reply behind its status
        #: (`store.replies.Verification`)
        self._verification: dict = {}
        #: the signatories marked "do not publish": a padlock by the name
        self._private: frozenset[int] = frozenset()
        self._private_tip = self.tr("Do not publish: left out of every public letter and "
                                    "edition, printed only in a delivery copy")
        # looked up once, not for every painted cell
        self._verification_texts = ("✓ " + self.tr("verified"),
                                    self.tr("by reply, not verified"), "")

    # -- loading -------------------------------------------------------------
    def set_rows(self, rows: Sequence[tuple]) -> None:
        """Replace every row (a campaign was opened or reloaded)."""
        self.show_prepared(prepare_rows(rows))

    def show_prepared(self, prepared: PreparedRows, verification: dict | None = None) -> None:
        """Replace every row by rows `prepare_rows` made ready, perhaps on
        another thread: what is left here is ordering and filtering. With
        `verification`, the replies behind the rows' statuses too."""
        if verification is not None:
            self._verification = verification
        self.beginResetModel()
        self._rows, self._search = prepared.rows, None  # `add_search` brings them
        self._shown_rows, self._replaced = prepared.rows, set()
        self._countries, self._folded_countries = prepared.countries, prepared.folded_countries
        self._sort_keys = {COL_NAME: prepared.names}
        self._row_of_id = None
        self._counts = prepared.counts
        if self._sort == (COL_NAME, Qt.SortOrder.AscendingOrder):
            self._order = prepared.by_name  # sorted where the rows were read
        else:
            self._order = self._sorted_order()
        self._visible = self._filtered(self._order)
        self._visible_pos = None
        self.endResetModel()

    def take_rows(self) -> list:
        """Empty the model and hand over the big containers it held, for
        `let_go` to free off the GUI thread (each stays referenced in the
        list handed over, so nothing is freed here)."""
        held = [self._rows, self._search, self._order, self._visible,
                *self._sort_keys.values(), self._row_of_id, self._visible_pos]
        self.set_rows(())
        return [container for container in held if container]

    def add_search(self, rows: Sequence[tuple], search: Sequence[str]) -> None:
        """The search texts `search_texts` built for `rows` (a
        `PreparedRows.rows`) after they were shown (dropped when other rows
        are shown by now; the rows an edit replaced meanwhile are folded
        again)."""
        if rows is not self._shown_rows or self._search is not None:
            return
        texts = list(search)
        for pos in self._replaced:
            texts[pos] = self._search_text(self._rows[pos])
        self._search, self._replaced = tuple(texts), set()

    def _searchable(self) -> tuple[str, ...]:
        """The search texts, built here if a search came before them."""
        if self._search is None:
            self._search = tuple([self._search_text(row) for row in self._rows])
            self._replaced = set()
        return self._search

    def replace_rows(self, rows: Iterable[tuple]) -> None:
        """Put fresh copies of some rows in place (after an edit or a status
        change) and apply the filter again, since a row may now leave it."""
        index = self._id_index()
        held = list(self._rows)
        search = list(self._search) if self._search is not None else None
        touched: dict[int, tuple] = {}
        for row in rows:
            pos = index.get(row[ID])
            if pos is None:
                continue
            touched[pos] = held[pos]
            held[pos] = row
            if row[COUNTRY] and row[COUNTRY] not in self._countries:
                self._countries[row[COUNTRY]] = labels.country_label(row[COUNTRY])
                self._fold_countries()
            if search is not None:
                search[pos] = self._search_text(row)
            else:
                self._replaced.add(pos)
        if touched:
            self._rows = tuple(held)
            if search is not None:
                self._search = tuple(search)
            self._refilter(touched)

    def update_statuses(self, rows: Iterable[tuple]) -> None:
        """Patch (id, status, endorsed_version, endorsed_on) into the rows held
        (`store.signatories.status_rows`, after a status change): the other
        fields and the search texts stay, so 50,000 changed rows cost no
        second copy of the table."""
        index = self._id_index()
        held = list(self._rows)
        touched: dict[int, tuple] = {}
        for sid, status, version, endorsed_on in rows:
            pos = index.get(sid)
            if pos is None:
                continue
            old = touched[pos] = held[pos]
            held[pos] = (*old[:STATUS], status, version, endorsed_on, *old[DATE + 1:])
        if touched:
            self._rows = tuple(held)
            self._refilter(touched)

    def set_verification(self, verification: dict) -> None:
        """The replies behind the statuses (`store.replies.
        verification_by_signatory`), read again after replies were applied."""
        if verification == self._verification:
            return
        self._verification = verification
        self._sort_keys.pop(COL_VERIFICATION, None)
        if self._sort is not None and self._sort[0] == COL_VERIFICATION:
            self.sort(*self._sort)
        elif self._visible:
            self.dataChanged.emit(self.index(0, COL_VERIFICATION),
                                  self.index(len(self._visible) - 1, COL_VERIFICATION),
                                  [Qt.ItemDataRole.DisplayRole])

    def set_private(self, ids: frozenset[int]) -> None:
        """The signatories marked "do not publish" (`store.signatories.
        private_signatories`), read with the rows and after each marking."""
        if ids == self._private:
            return
        self._private = frozenset(ids)
        if self._visible:
            self.dataChanged.emit(self.index(0, COL_NAME),
                                  self.index(len(self._visible) - 1, COL_NAME),
                                  [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole])

    def is_private(self, signatory_id: int) -> bool:
        return signatory_id in self._private

    def verification_texts(self) -> tuple[str, str, str]:
        """What the Verification column says: verified, by reply, nothing."""
        return self._verification_texts

    @staticmethod
    def has_verification(verification: dict) -> bool:
        """Whether any reply endorsed (the column has something to say)."""
        return any(v.action not in _NOT_ENDORSING_ACTIONS for v in verification.values())

    def verification_rank(self, row: tuple) -> int:
        """VERIFIED, BY_REPLY or NO_REPLY: whether the row's endorsement came
        by a reply, and whether its sender was verified."""
        found = self._verification.get(row[ID])
        if found is None or row[STATUS] not in ENDORSING \
                or found.action in _NOT_ENDORSING_ACTIONS:
            return NO_REPLY
        return VERIFIED if found.verified else BY_REPLY

    def _refilter(self, old: dict[int, tuple]) -> None:
        """Counts, order and filter again after the rows at these positions
        changed in place (`old`: position → the row before). Only those rows'
        counts and sort keys are computed again, and the rows sorted again
        only when a key of the shown order moved: a teammate's status change
        in a 200,000-row campaign sorted by name froze the window 0.2 s for
        keys that had not changed."""
        rows, counts = self._rows, self._counts
        for pos, before in old.items():
            counts[before[STATUS]] -= 1
            counts[rows[pos][STATUS]] += 1
        self._counts = +counts  # without the statuses no row has any more
        moved = False
        for column, keys in list(self._sort_keys.items()):
            fresh = self._keys_of(column, [rows[pos] for pos in old])
            if any(keys[pos] != key for pos, key in zip(old, fresh, strict=True)):
                patched = list(keys)
                for pos, key in zip(old, fresh, strict=True):
                    patched[pos] = key
                self._sort_keys[column] = tuple(patched)
                moved = moved or (self._sort is not None and self._sort[0] == column)
        self.beginResetModel()
        if moved:
            self._order = self._sorted_order()
        self._visible = self._filtered(self._order)
        self._visible_pos = None
        self.endResetModel()

    def _fold_countries(self) -> None:
        self._folded_countries = folded_countries(self._countries)

    def _search_text(self, row: tuple) -> str:
        return search_text(row, self._folded_countries)

    # -- filtering -----------------------------------------------------------
    def set_filter(self, text: str, status: str | None) -> None:
        """Show rows whose name, acronym, country or affiliation contain
        `text` (ignoring case and accents) and whose status is `status`."""
        needle = fold_fast(" ".join(text.split()))
        if needle == self._needle and status == self._status:
            return
        narrowing = status == self._status and self._needle and self._needle in needle
        self._needle, self._status = needle, status
        self.beginResetModel()
        # Typing one more letter only ever removes rows: scan what is shown.
        self._visible = self._filtered(self._visible if narrowing else self._order)
        self._visible_pos = None
        self.endResetModel()

    def _filtered(self, base: tuple[int, ...]) -> tuple[int, ...]:
        needle, status, rows = self._needle, self._status, self._rows
        if not needle and status is None:
            return base
        search = self._searchable() if needle else ()
        if status is None:
            return tuple([i for i in base if needle in search[i]])
        if not needle:
            return tuple([i for i in base if rows[i][STATUS] == status])
        return tuple([i for i in base if rows[i][STATUS] == status and needle in search[i]])

    @property
    def filter_text(self) -> str:
        return self._needle

    @property
    def status_filter(self) -> str | None:
        return self._status

    # -- sorting -------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [self._rows[self._visible[ix.row()]][ID] if ix.isValid() else None
                   for ix in old]
        self._order = self._sorted_order()
        self._visible = self._filtered(self._order)
        self._visible_pos = None
        new = [self.index(self.row_of_id(i), ix.column()) if i is not None else QModelIndex()
               for i, ix in zip(old_ids, old, strict=True)]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _sorted_order(self) -> tuple[int, ...]:
        n = len(self._rows)
        if self._sort is None:
            return tuple(range(n))
        column, order = self._sort
        keys = self._sort_keys.get(column)
        if keys is None:
            keys = self._sort_keys[column] = tuple(self._keys(column))
        return tuple(sorted(range(n), key=keys.__getitem__,
                            reverse=order == Qt.SortOrder.DescendingOrder))

    def _keys(self, column: int) -> Sequence:
        return self._keys_of(column, self._rows)

    def _keys_of(self, column: int, rows: Sequence[tuple]) -> Sequence:
        """The sort keys of `column` for these rows."""
        if column == COL_NAME:
            return name_keys(rows)
        if column == COL_ACRONYM:
            return [(not r[ACRONYM], fold_fast(r[ACRONYM])) for r in rows]
        if column == COL_COUNTRY:
            names = {c: fold_fast(n) for c, n in self._countries.items()}
            return [(not r[COUNTRY], names.get(r[COUNTRY], "")) for r in rows]
        if column == COL_TYPE:
            return [fold_fast(self._type_text(r)) for r in rows]
        if column == COL_STATUS:
            return [_STATUS_RANK.get(r[STATUS], 99) for r in rows]
        if column == COL_VERSION:
            return [r[VERSION] if r[VERSION] is not None else -1 for r in rows]
        if column == COL_VERIFICATION:
            rank = self.verification_rank
            return [rank(r) for r in rows]
        return [r[DATE] or "" for r in rows]

    # -- Qt model API --------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        # The view asks ~9 roles per cell on every paint; answer the ones we
        # never provide before touching the row.
        if role not in _ROLES or not index.isValid():
            return None
        row = self._rows[self._visible[index.row()]]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == ID_ROLE:
            return row[ID]
        if role == Qt.ItemDataRole.DecorationRole and col == COL_STATUS:
            return status_icon(row[STATUS])
        if role == Qt.ItemDataRole.DecorationRole and col == COL_NAME:
            return private_icon() if row[ID] in self._private else None
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_NAME:
            tip = self._tooltip(row)
            return f"{tip}\n{self._private_tip}" if row[ID] in self._private else tip
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_COUNTRY and row[COUNTRY]:
            name = self._countries.get(row[COUNTRY])  # whole, and its code
            return f"{name} ({row[COUNTRY]})" if name else row[COUNTRY]
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_VERIFICATION:
            return self._verification_tip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_VERSION, COL_DATE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, row: tuple, col: int) -> str:
        if col == COL_NAME:
            return row[NAME]
        if col == COL_ACRONYM:
            return row[ACRONYM]
        if col == COL_COUNTRY:
            return self._countries.get(row[COUNTRY], row[COUNTRY] or "")
        if col == COL_TYPE:
            return self._type_text(row)
        if col == COL_STATUS:
            return status_label(row[STATUS])
        if col == COL_VERSION:
            return f"v{row[VERSION]}" if row[VERSION] is not None else ""
        if col == COL_VERIFICATION:
            return self._verification_texts[self.verification_rank(row)]
        return labels.format_date(row[DATE])

    def _verification_tip(self, row: tuple) -> str | None:
        rank = self.verification_rank(row)
        if rank == NO_REPLY:
            return None
        found = self._verification[row[ID]]
        values = {"address": found.from_address,
                  "date": labels.format_date(found.applied_at, "long")}
        if rank == VERIFIED:
            return self.tr("Endorsed by a reply from {address}, applied {date}: the address is "
                           "the organisation's and its mail system vouched for the "
                           "message.").format(**values)
        return self.tr("Endorsed by a reply from {address}, applied {date}, whose sender could "
                       "not be verified: confirm it another way (a call, a second "
                       "address).").format(**values)

    @staticmethod
    def _type_text(row: tuple) -> str:
        if row[KIND] == SignatoryKind.INDIVIDUAL:
            return labels.signatory_kind_label(SignatoryKind.INDIVIDUAL)
        return labels.org_type_label(row[ORG_TYPE])

    @staticmethod
    def _tooltip(row: tuple) -> str:
        if row[KIND] == SignatoryKind.INDIVIDUAL:
            extra = ", ".join(p for p in (row[TITLE], row[AFFILIATION]) if p)
            return f"{row[NAME]} — {extra}" if extra else row[NAME]
        return row[NAME]

    # -- lookups for the tab -------------------------------------------------
    def _id_index(self) -> dict[int, int]:
        if self._row_of_id is None:
            self._row_of_id = {r[ID]: i for i, r in enumerate(self._rows)}
        return self._row_of_id

    def row_of_id(self, signatory_id: int) -> int:
        """The shown row of a signatory, or -1 when filtered out or absent."""
        if self._visible_pos is None:
            self._visible_pos = {self._rows[i][ID]: pos for pos, i in enumerate(self._visible)}
        return self._visible_pos.get(signatory_id, -1)

    def signatory_id(self, row: int) -> int:
        return self._rows[self._visible[row]][ID]

    def row_tuple(self, row: int) -> tuple:
        return self._rows[self._visible[row]]

    def find(self, signatory_id: int) -> tuple | None:
        pos = self._id_index().get(signatory_id)
        return self._rows[pos] if pos is not None else None

    def statuses_of(self, rows: Iterable[int]) -> set[str]:
        """The statuses among these shown rows (a selection's), stopping
        once every status was seen: a menu asks, not a paint."""
        statuses: set[str] = set()
        everything = len(STATUS_ORDER)
        for r in rows:
            statuses.add(self._rows[self._visible[r]][STATUS])
            if len(statuses) >= everything:
                break
        return statuses

    def country_names(self) -> Iterable[str]:
        """The names of the countries the rows have, in the interface
        language (what the country column shows)."""
        return self._countries.values()

    def counts(self) -> Counter:
        """How many signatories per status, whatever the filter shows
        (counted when rows change, not on every keystroke)."""
        return self._counts

    @property
    def total(self) -> int:
        return len(self._rows)
