"""Library blocks in several languages, as the Statement tab uses them: the
languages badge a block shows, the copy inserted into a statement with
every variant the campaign is translated into, and linking existing blocks
as translations of one another.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from signon.domain.languages import normalise_language
from signon.domain.translations import with_translation
from signon.store.models import Block
from signon.ui.statement.document import BlockRef


def languages_badge(block: Block, variants: Sequence[Block]) -> str:
    """"en · es · fr": the languages the block exists in (its own when it
    has no variants)."""
    codes = sorted({normalise_language(b.language) for b in variants} or {block.language})
    return " · ".join(codes)


def variant_ref(block: Block, variants: Sequence[Block], primary: str,
                languages: Sequence[str]) -> BlockRef:
    """What to insert for `block` in a campaign written in `primary` and
    translated into `languages`.

    The variant in the campaign's own language becomes the text (the block
    chosen when there is none), and the variants in the translation languages
    become its translations, recorded as made from that text, hence current:
    a translated block goes in in every language at once."""
    by_language: dict[str, Block] = {}
    for variant in sorted(variants, key=lambda b: b.id or 0):
        by_language.setdefault(normalise_language(variant.language), variant)
    main = by_language.get(normalise_language(primary), block)
    entries: dict[str, dict] = {}
    for code in languages:
        variant = by_language.get(normalise_language(code))
        if variant is not None and variant.id != main.id:
            entries = with_translation(entries, code, "text", variant.body, main.body)
    return BlockRef(id=main.id, kind=main.kind, body=main.body, title=main.title,
                    translations=entries)


class LinkVariantDialog(QDialog):
    """Choose an existing block that says the same in another language, to
    link it (and its own variants) as translations of `block`."""

    def __init__(self, block: Block, candidates: Sequence[Block],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("linkVariantDialog")
        self.setWindowTitle(self.tr("Link a translation of “{title}”").format(title=block.title))
        explanation = QLabel(self.tr(
            "Blocks of the same kind in other languages. Link the one that says the same "
            "as this block: inserting either then brings the other as its translation."))
        explanation.setWordWrap(True)
        self.search = QLineEdit(objectName="linkVariantSearch")
        self.search.setPlaceholderText(self.tr("Filter by title or text"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(objectName="linkVariantList")
        self.list.setAccessibleName(self.tr("Blocks to link"))
        for candidate in candidates:
            row = QListWidgetItem(f"{candidate.language} · {candidate.title}")
            row.setData(Qt.ItemDataRole.UserRole, candidate.id)
            row.setToolTip(candidate.body)
            self.list.addItem(row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Link"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.setMinimumSize(460, 360)
        self.search.textChanged.connect(self._filter)
        self.list.currentItemChanged.connect(lambda *_: self._update())
        self.list.itemDoubleClicked.connect(lambda _row: self.accept())
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update()

    def _filter(self, text: str) -> None:
        from signon.domain.folding import fold

        words = fold(text).split()
        for i in range(self.list.count()):
            row = self.list.item(i)
            haystack = fold(f"{row.text()} {row.toolTip()}")
            row.setHidden(not all(w in haystack for w in words))
        current = self.list.currentItem()
        if current is None or current.isHidden():
            visible = [self.list.item(i) for i in range(self.list.count())
                       if not self.list.item(i).isHidden()]
            self.list.setCurrentItem(visible[0] if visible else None)
        self._update()

    def _update(self) -> None:
        row = self.list.currentItem()
        ok = row is not None and not row.isHidden()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def chosen_id(self) -> int | None:
        row = self.list.currentItem()
        return row.data(Qt.ItemDataRole.UserRole) if row is not None else None


def link_candidates(block: Block, blocks: Sequence[Block],
                    variants: Sequence[Block]) -> list[Block]:
    """Blocks that could be linked to `block`: same kind, in a language its
    group does not have yet, not already in its group."""
    have = {normalise_language(b.language) for b in variants}
    group = {b.id for b in variants}
    return [b for b in blocks if b.kind == block.kind and b.id not in group
            and normalise_language(b.language) not in have]
