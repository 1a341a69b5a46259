"""The Statement tab's translation helpers that are not the side-by-side
editor: adding a translation language, translating the campaign's title,
addressee and signatory heading, and the letter in a translation language
for the preview.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from signon.domain.compose import SectionDraft
from signon.domain.languages import is_language_code, normalise_language
from signon.domain.letter import DEFAULT_HEADING, Letter, SignatoryEntry
from signon.domain.translations import (
    CAMPAIGN_FIELDS,
    TranslationStatus,
    field_status,
    load_translations,
    parse_languages,
    source_text,
    translated_text,
)
from signon.store.models import Campaign
from signon.ui import dialogs
from signon.ui.statement.translation_panel import set_direction
from signon.ui.statement.translation_status import COLOURS, language_name, status_label


class TranslationPreview(QObject):
    """Translation context of the translation preview's summary.
    `TranslationPreview.tr(text, "", n)` is how lupdate reads a plural
    (docs/interface-languages.md)."""

#: Languages offered first when adding one (any other code can be typed).
COMMON = ("es", "fr", "ar", "pt", "de", "it", "ru", "zh", "hi", "sw", "tr", "he", "fa", "ur")


def languages_of(campaign: Campaign) -> list[str]:
    """The campaign's translation languages, in its order, without the primary."""
    return parse_languages(campaign.languages or "", campaign.language)


def campaign_fields(campaign: Campaign) -> dict:
    """The campaign's translatable fields in the form the status functions take."""
    return {"title": campaign.title, "addressee": campaign.addressee,
            "signatory_heading": campaign.signatory_heading,
            "translations": load_translations(campaign.translations)}


def translated_letter(campaign: Campaign, drafts: list[SectionDraft],
                      entries: list[SignatoryEntry], language: str) -> Letter:
    """The letter in a translation language from the text being edited, built
    the way the exporters build it (`LetterSource.letter`)."""
    from signon.store.letters import LetterCampaign, LetterSource

    info = LetterCampaign(
        id=campaign.id or 0, title=campaign.title, addressee=campaign.addressee,
        language=campaign.language or "en", signatory_heading=campaign.signatory_heading,
        list_order=campaign.list_order, keep_reconfirmation=bool(campaign.keep_reconfirmation),
        coordinator=campaign.coordinator or "", languages=tuple(languages_of(campaign)),
        translations=load_translations(campaign.translations))
    return LetterSource(info, drafts, entries).letter(language=language)


def preview_note(campaign: Campaign, drafts: list[SectionDraft], language: str) -> str:
    """Under a preview in a translation language: which texts it shows in the
    primary language (not translated yet) or from an older primary text."""
    from signon.domain.translations import field_states, language_status

    status = language_status(field_states(drafts, language, campaign_fields(campaign)),
                             language)
    translate = QCoreApplication.translate
    if status.complete:
        return translate("TranslationPreview", "Every text is translated into {language}."
                         ).format(language=language)
    parts = []
    if status.missing:
        parts.append(TranslationPreview.tr("%Ln not translated yet (shown in "
                                                     "{language})", "", status.missing
                               ).format(language=campaign.language))
    if status.outdated:
        parts.append(TranslationPreview.tr("%Ln outdated", "", status.outdated))
    return f"{language}: " + ", ".join(parts)


class AddLanguageDialog(QDialog):
    """Choose or type a language code to translate the statement into."""

    def __init__(self, primary: str, existing: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("addLanguageDialog")
        self.setWindowTitle(self.tr("Add a translation language"))
        self.primary = normalise_language(primary)
        self.existing = set(existing)
        self.combo = QComboBox(objectName="newLanguageCode")
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setAccessibleName(self.tr("Language code"))
        for code in COMMON:
            if code != self.primary and code not in self.existing:
                self.combo.addItem(language_name(code), code)
        self.problem = QLabel(objectName="newLanguageProblem")
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        explanation = QLabel(self.tr(
            "Pick a language or type its code (such as es, fr, ar or pt-BR). Each section "
            "and item of the statement gets a translation into it, side by side with "
            "the primary text."))
        explanation.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.combo)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)
        self.combo.editTextChanged.connect(lambda _t: self._check())
        self._check()

    def code(self) -> str:
        data = self.combo.currentData()
        text = self.combo.currentText()
        if data is not None and self.combo.itemText(self.combo.currentIndex()) == text:
            return data
        return normalise_language(text.split("—", 1)[0])

    def problem_text(self) -> str:
        code = self.code()
        if not is_language_code(code):
            return self.tr("Type a language code such as es, fr, ar or pt-BR.")
        if code == self.primary:
            return self.tr("This is the campaign's own language.")
        if code in self.existing:
            return self.tr("The statement is already translated into this language.")
        return ""

    def _check(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def accept(self) -> None:
        if not self.problem_text():
            super().accept()


def ask_language(parent: QWidget, primary: str, existing: list[str]) -> str | None:
    dialog = AddLanguageDialog(primary, existing, parent)
    code = dialog.code() if dialogs.exec_dialog(dialog) else None
    dialog.deleteLater()
    return code


class CampaignTranslationDialog(QDialog):
    """The campaign's title, addressee and (when not the default) signatory
    heading: the primary text beside its translation, with each field's
    status, and "Mark as up to date" for an outdated one."""

    def __init__(self, campaign: Campaign, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("campaignTranslationDialog")
        self.setWindowTitle(self.tr("Translate the title and addressee into {language}").format(
            language=language))
        self.language = normalise_language(language)
        self.entries = campaign_fields(campaign)["translations"]
        self.edits: dict[str, QLineEdit] = {}
        self.confirmed: set[str] = set()
        self._status: dict[str, QLabel] = {}
        self._primary: dict[str, str] = {}
        grid = self._build_grid(campaign)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)

    def _build_grid(self, campaign: Campaign) -> QGridLayout:
        """The two languages over their columns, then two rows for each field
        to translate."""
        labels = {"title": self.tr("Title"), "addressee": self.tr("Addressee"),
                  "signatory_heading": self.tr("Signatory heading")}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.addWidget(QLabel(f"<b>{escape(campaign.language)}</b>"), 0, 1)
        grid.addWidget(QLabel(f"<b>{escape(language_name(self.language))}</b>"), 0, 2)
        row = 1
        for name in CAMPAIGN_FIELDS:
            primary = str(getattr(campaign, name) or "")
            existing = translated_text(self.entries, self.language, name)
            if name == "signatory_heading" and primary.strip() in ("", DEFAULT_HEADING) \
                    and not existing:
                continue  # the letter writes "Signatories" in its own language
            self._build_field(grid, row, name, labels[name], primary, existing,
                              campaign.language)
            row += 2
        return grid

    def _build_field(self, grid: QGridLayout, row: int, name: str, label: str, primary: str,
                     existing: str, primary_language: str) -> None:
        """One field at `row`: the primary text beside its translation, and
        under them the translation's status with "Mark as up to date"."""
        self._primary[name] = primary
        shown = QLineEdit(primary, objectName=f"{name}Primary")
        shown.setReadOnly(True)
        shown.setProperty("role", "reference")
        shown.setToolTip(primary)
        set_direction(shown, primary_language)
        shown.setCursorPosition(0)  # show the start of a long title
        edit = QLineEdit(existing, objectName=f"{name}Translation")
        edit.setAccessibleName(f"{label} ({self.language})")
        set_direction(edit, self.language)
        status = QLabel(objectName=f"{name}Status")
        status.setWordWrap(True)
        shown.setMinimumWidth(200)
        edit.setMinimumWidth(200)
        confirm = QPushButton(self.tr("Mark as up to date"), objectName=f"{name}Confirm")
        confirm.clicked.connect(lambda _=False, n=name: self._confirm(n))
        edit.textEdited.connect(lambda _t, n=name: self._update(n))
        self.edits[name] = edit
        self._status[name] = status
        under = QHBoxLayout()
        under.addWidget(status, 1)
        under.addWidget(confirm)
        grid.addWidget(QLabel(label), row, 0)
        grid.addWidget(shown, row, 1)
        grid.addWidget(edit, row, 2)
        grid.addLayout(under, row + 1, 1, 1, 2)
        status.setProperty("confirm", confirm)
        self._update(name)

    def _state(self, name: str) -> TranslationStatus | None:
        edit = self.edits[name]
        original = translated_text(self.entries, self.language, name)
        if edit.text() != original or name in self.confirmed:
            return TranslationStatus.CURRENT if edit.text().strip() else (
                TranslationStatus.MISSING if self._primary[name].strip() else None)
        return field_status(self._primary[name], self.entries, self.language, name)

    def _update(self, name: str) -> None:
        status = self._state(name)
        label = self._status[name]
        confirm = label.property("confirm")
        if status is None:
            label.setText("")
        else:
            text = status_label(status)
            if status is TranslationStatus.OUTDATED:
                was = source_text(self.entries, self.language, name)
                text += " — " + self.tr("made from “{text}”").format(text=was)
            label.setText(f'<span style="color:{COLOURS[status]}">{escape(text)}</span>')
        confirm.setVisible(status is TranslationStatus.OUTDATED)

    def _confirm(self, name: str) -> None:
        self.confirmed.add(name)
        self._update(name)

    def changes(self) -> dict[str, str | None]:
        """Field → new translation text, or None: mark the translation as up
        to date without changing it."""
        out: dict[str, str | None] = {}
        for name, edit in self.edits.items():
            if edit.text() != translated_text(self.entries, self.language, name):
                out[name] = edit.text()
            elif name in self.confirmed:
                out[name] = None
        return out
