"""The translation bar of the composer: which language is being translated
(`translationLanguage`), how far each language is (`translationStatus`),
and the way to add a language or translate the title and addressee.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from signon.ui.eliding_combo import ElidingComboBox
from signon.ui.statement.translation_status import language_name


class TranslationBar(QWidget):
    language_changed = Signal(object)  # a language code, or None for the primary text
    add_language_requested = Signal()
    campaign_fields_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("translationBar")
        label = QLabel(self.tr("Translate:"))
        # as wide as the row leaves it; a longer choice ("Off (en, primary
        # text)") is cut with "…", whole in the tooltip
        self.combo = ElidingComboBox(objectName="translationLanguage")
        self.combo.setAccessibleName(self.tr("Translation language"))
        self.combo.setToolTip(self.tr(
            "Edit the translation into this language beside the primary text"))
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(8)
        label.setBuddy(self.combo)
        self.add_button = QToolButton(objectName="addTranslationLanguageButton")
        self.add_button.setText(self.tr("+ Language"))
        self.add_button.setToolTip(self.tr("Add a translation language to the campaign"))
        self.add_button.setAccessibleName(self.tr("Add a translation language"))
        self.fields_button = QToolButton(objectName="campaignTranslationButton")
        self.fields_button.setText(self.tr("Title…"))
        self.fields_button.setToolTip(self.tr(
            "Translate the campaign title, addressee and signatory heading"))
        self.fields_button.setAccessibleName(self.tr("Translate title and addressee"))
        self.status = QLabel(objectName="translationStatus")
        self.status.setWordWrap(True)
        self.status.setProperty("role", "muted")
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addWidget(label)
        row.addWidget(self.combo, 1)
        row.addWidget(self.fields_button)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.primary = "en"
        self.combo.currentIndexChanged.connect(self._changed)
        self.add_button.clicked.connect(self.add_language_requested)
        self.fields_button.clicked.connect(self.campaign_fields_requested)
        self.set_languages("en", [])

    def set_languages(self, primary: str, languages: list[str]) -> None:
        """Offer the campaign's translation languages, keeping the choice
        when it is still one of them."""
        current = self.language()
        self.primary = primary
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("Off ({language}, primary text)").format(language=primary), None)
        for code in languages:
            self.combo.addItem(language_name(code), code)
        index = self.combo.findData(current) if current in languages else 0
        self.combo.setCurrentIndex(max(0, index))
        self.combo.blockSignals(False)
        self.combo.setEnabled(bool(languages))
        if not languages:
            self.status.setText(self.tr(
                "No translation languages yet: add one with “+ Language” or in the "
                "campaign settings."))
        self.fields_button.setEnabled(self.language() is not None)
        if self.language() != current:
            self.language_changed.emit(self.language())

    def language(self) -> str | None:
        return self.combo.currentData()

    def set_language(self, code: str | None) -> None:
        index = self.combo.findData(code) if code else 0
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def set_summary(self, text: str) -> None:
        if self.combo.count() > 1:
            self.status.setText(text)
            self.status.setToolTip(text)

    def _changed(self, _index: int) -> None:
        self.fields_button.setEnabled(self.language() is not None)
        self.language_changed.emit(self.language())
