"""Dialog to create or edit one library block."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from signon.domain.blocks import BLOCK_KINDS, BlockData, parse_tags
from signon.domain.errors import ValidationError
from signon.ui.labels import section_kind_label

COMMON_LANGUAGES = ("en", "es", "fr", "ar", "pt", "de")


class BlockDialog(QDialog):
    """Kind, title, body, tags, language and source of a block. The result is
    validated here, so the dialog stays open with the reason when it is
    incomplete instead of failing after it closed."""

    def __init__(self, data: BlockData | None = None, languages: list[str] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("blockDialog")
        self.setWindowTitle(self.tr("Edit block") if data else self.tr("New block"))
        self.setMinimumWidth(520)
        self.result_data: BlockData | None = None
        self._build_fields(languages)
        self._build_layout(self._build_form())
        self._fill(data)

    def _build_fields(self, languages: list[str] | None) -> None:
        """Kind, title, text, tags, language (offered: the common ones and those
        of the library's blocks) and source."""
        self.kind = QComboBox(objectName="blockKind")
        for kind in BLOCK_KINDS:
            self.kind.addItem(section_kind_label(kind), kind)
        self.title = QLineEdit(objectName="blockTitle")
        self.title.setPlaceholderText(self.tr("Short name shown in the library"))
        self.body = QPlainTextEdit(objectName="blockBody")
        self.body.setPlaceholderText(
            self.tr("The wording. Write concerns and recommendations without their lead-in, "
                    "starting in lower case: “the paragraphs calling for …”."))
        self.body.setMinimumHeight(160)
        self.tags = QLineEdit(objectName="blockTags")
        self.tags.setPlaceholderText(self.tr("Comma-separated, e.g. biometrics, surveillance"))
        self.language = QComboBox(objectName="blockLanguage")
        self.language.setEditable(True)
        for code in dict.fromkeys([*COMMON_LANGUAGES, *(languages or [])]):
            self.language.addItem(code)
        self.source = QLineEdit(objectName="blockSource")
        self.source.setPlaceholderText(
            self.tr("Where the wording came from (statement, coalition)"))

    def _build_form(self) -> QFormLayout:
        """The fields' labels and accessible names."""
        for widget, name in ((self.kind, self.tr("Block kind")),
                             (self.title, self.tr("Block title")),
                             (self.body, self.tr("Block text")), (self.tags, self.tr("Block tags")),
                             (self.language, self.tr("Block language")),
                             (self.source, self.tr("Block source"))):
            widget.setAccessibleName(name)

        form = QFormLayout()
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("Te&xt"), self.body)
        form.addRow(self.tr("T&ags"), self.tags)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Source"), self.source)
        return form

    def _build_layout(self, form: QFormLayout) -> None:
        """The form, the reason the block cannot be saved (hidden until then),
        Save and Cancel."""
        self.error = QLabel(objectName="blockError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # may quote names and titles
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _fill(self, data: BlockData | None) -> None:
        """The block's values when editing one; a new block is in English."""
        if data is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
            self.title.setText(data.title)
            self.body.setPlainText(data.body)
            self.tags.setText(", ".join(data.tags))
            self.language.setCurrentText(data.language)
            self.source.setText(data.source)
        else:
            self.language.setCurrentText("en")

    def data(self) -> BlockData:
        return BlockData(kind=self.kind.currentData(), title=self.title.text(),
                         body=self.body.toPlainText(), tags=parse_tags(self.tags.text()),
                         language=self.language.currentText(), source=self.source.text())

    def accept(self) -> None:
        try:
            self.result_data = self.data().validated("this block")
        except ValidationError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()
