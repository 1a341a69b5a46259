"""Dialog to create or edit one library block."""

from __future__ import annotations

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

from signon.domain.blocks import BLOCK_KINDS, KIND_LABELS, BlockData, parse_tags
from signon.domain.errors import ValidationError

COMMON_LANGUAGES = ("en", "es", "fr", "ar", "pt", "de")


class BlockDialog(QDialog):
    """Kind, title, body, tags, language and source of a block. The result is
    validated here, so the dialog stays open with the reason when it is
    incomplete instead of failing after it closed."""

    def __init__(self, data: BlockData | None = None, languages: list[str] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("blockDialog")
        self.setWindowTitle("Edit block" if data else "New block")
        self.setMinimumWidth(520)
        self.result_data: BlockData | None = None

        self.kind = QComboBox(objectName="blockKind")
        for kind in BLOCK_KINDS:
            self.kind.addItem(KIND_LABELS[kind], kind)
        self.title = QLineEdit(objectName="blockTitle")
        self.title.setPlaceholderText("Short name shown in the library")
        self.body = QPlainTextEdit(objectName="blockBody")
        self.body.setPlaceholderText(
            "The wording. Write concerns and recommendations without their lead-in, "
            "starting in lower case: “the paragraphs calling for …”.")
        self.body.setMinimumHeight(160)
        self.tags = QLineEdit(objectName="blockTags")
        self.tags.setPlaceholderText("Comma-separated, e.g. biometrics, surveillance")
        self.language = QComboBox(objectName="blockLanguage")
        self.language.setEditable(True)
        for code in dict.fromkeys([*COMMON_LANGUAGES, *(languages or [])]):
            self.language.addItem(code)
        self.source = QLineEdit(objectName="blockSource")
        self.source.setPlaceholderText("Where the wording came from (statement, coalition)")
        self.error = QLabel(objectName="blockError")
        self.error.setStyleSheet("color: #b42318;")
        self.error.setWordWrap(True)
        self.error.hide()

        for widget, name in ((self.kind, "Kind"), (self.title, "Title"), (self.body, "Text"),
                             (self.tags, "Tags"), (self.language, "Language"),
                             (self.source, "Source")):
            widget.setAccessibleName(f"Block {name.lower()}")

        form = QFormLayout()
        form.addRow("&Kind", self.kind)
        form.addRow("&Title", self.title)
        form.addRow("Te&xt", self.body)
        form.addRow("T&ags", self.tags)
        form.addRow("&Language", self.language)
        form.addRow("&Source", self.source)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

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
