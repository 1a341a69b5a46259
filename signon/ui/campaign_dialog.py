"""The campaign settings dialog, used both to create and to edit a campaign.

It only collects and validates values; the main window writes them through
`signon.store.campaigns` (create_campaign / update_campaign), so the rules
of the store (title required, known status) stay the single source of truth
and the dialog merely stops the obvious mistakes early, next to the field.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from signon.domain.fields import web_url
from signon.ui.labels import (
    campaign_status_choice,
    language_label,
    list_order_label,
    long_date_format,
    policy_label,
)

#: Offered languages (shown through ui.labels); any other BCP 47-like code can be typed.
LANGUAGES: tuple[str, ...] = ("en", "es", "fr", "ar", "pt", "de", "it", "ru", "zh", "hi", "sw",
                              "tr")
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")

STATUSES: tuple[str, ...] = ("drafting", "collecting", "closed", "published")
LIST_ORDERS: tuple[str, ...] = ("alphabetical", "country", "type", "date", "manual")
POLICIES: tuple[str, ...] = ("organisations", "individuals", "both")
#: Stored as is: the letter translates the default heading into its language.
DEFAULT_HEADING = "Signatories"
#: The retention period offered when the rule is switched on: half a year,
#: long enough for late corrections and the follow-up of a published letter.
SUGGESTED_RETENTION_DAYS = 180


def language_code(text: str) -> str:
    """'es — Spanish (español)' or a typed 'pt-BR' → the code alone."""
    return text.split("—", 1)[0].strip()


def _combo(name: str, accessible: str, tip: str, choices: tuple[str, ...],
           label: Callable[[str], str]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.setToolTip(tip)
    for value in choices:
        combo.addItem(label(value), value)
    return combo


def _select(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


class CampaignSettingsDialog(QDialog):
    """Title, addressee, language, deadline, what messages say ({link},
    {coordinator}), status and how the signatory list is presented.
    `values()` gives the fields for the store services; `focus` names the
    field to start in (a message's "Set form link…")."""

    @staticmethod
    def field_name(key: str) -> str:
        """A setting's name as this dialog labels it ("Deadline"), in the
        interface language: for messages about that setting."""
        labels = {
            "title": CampaignSettingsDialog.tr("&Title:"),
            "addressee": CampaignSettingsDialog.tr("&Addressee:"),
            "language": CampaignSettingsDialog.tr("&Language:"),
            "languages": CampaignSettingsDialog.tr("T&ranslations:"),
            "deadline": CampaignSettingsDialog.tr("&Deadline:"),
            "status": CampaignSettingsDialog.tr("&Status:"),
            "signatory_heading": CampaignSettingsDialog.tr("Signatory &heading:"),
            "list_order": CampaignSettingsDialog.tr("List &order:"),
            "signatory_policy": CampaignSettingsDialog.tr("Who may &sign:"),
            "keep_reconfirmation": CampaignSettingsDialog.tr(
                "Keep signatories who must reconfirm in the letter"),
            "form_link": CampaignSettingsDialog.tr("Form lin&k (where organisations sign):"),
            "coordinator": CampaignSettingsDialog.tr(
                "&Coordinator (name that signs messages):"),
            "retention_days": CampaignSettingsDialog.tr("Private data:"),
            "count_private": CampaignSettingsDialog.tr(
                "Count the signatories marked “do not publish” in the letter’s totals"),
        }
        return labels.get(key, key).replace("&", "").rstrip(":：").strip()

    def __init__(self, values: dict[str, Any] | None = None, parent: QWidget | None = None,
                 creating: bool = False, focus: str = ""):
        super().__init__(parent)
        values = values or {}
        self.setObjectName("campaignSettingsDialog")
        self.setWindowTitle(self.tr("New campaign") if creating else self.tr("Campaign settings"))
        self.setAccessibleName(self.windowTitle())
        self._build_letter_fields(values)
        self._build_languages(values)
        deadline_row = self._build_deadline(values.get("deadline"))
        self._build_message_fields(values)
        self._build_list_fields(values)
        retention_row = self._build_retention(values.get("retention_days"))
        self._build_buttons(creating)
        self._build_layout(deadline_row, retention_row)
        # at least what the labels and the widest field need (the message
        # fields' labels are long): on a small screen the dialog opens at
        # two thirds of its width, which cut "Keep signatories…" short
        self.setMinimumWidth(max(520, self.layout().minimumSize().width()))
        self._connect()
        self._validate()
        self.focus_field(focus or "title")

    def focus_field(self, key: str) -> None:
        """Put the keyboard focus in a field ("form_link", "coordinator",
        "deadline", …), its text selected. "deadline" also unticks "No
        deadline": whoever asks to set one means to."""
        if key == "deadline":
            self.no_deadline_check.setChecked(False)
        widget = {"title": self.title_edit, "addressee": self.addressee_edit,
                  "language": self.language_combo, "languages": self.languages_edit,
                  "deadline": self.deadline_edit, "form_link": self.form_link_edit,
                  "coordinator": self.coordinator_edit, "status": self.status_combo,
                  "signatory_heading": self.heading_edit, "list_order": self.order_combo,
                  "signatory_policy": self.policy_combo,
                  "keep_reconfirmation": self.keep_check,
                  "count_private": self.count_private_check,
                  "retention_days": self.retention_check}.get(key, self.title_edit)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            # selected from the end back to the start: the field shows the
            # beginning of a long title, not "…ral Assembly resolution"
            length = len(widget.text())
            widget.setSelection(length, -length)

    def _build_letter_fields(self, values: dict[str, Any]) -> None:
        """The title and the addressee."""
        self.title_edit = QLineEdit(values.get("title", ""))
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setAccessibleName(self.tr("Campaign title"))
        self.title_edit.setToolTip(self.tr("The title of the joint statement (required)"))
        self.title_edit.setPlaceholderText(self.tr("e.g. Joint statement on the UN AI resolution"))

        self.addressee_edit = QLineEdit(values.get("addressee", ""))
        self.addressee_edit.setObjectName("addresseeEdit")
        self.addressee_edit.setAccessibleName(self.tr("Addressee"))
        self.addressee_edit.setToolTip(self.tr("Whom the letter is addressed to"))
        self.addressee_edit.setPlaceholderText(
            self.tr("e.g. Member States of the UN General Assembly"))

    def _build_languages(self, values: dict[str, Any]) -> None:
        """The letter's language (a choice, or a typed code) and its translations."""
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.setAccessibleName(self.tr("Letter language"))
        self.language_combo.setToolTip(
            self.tr("Language of the letter (ordinals, dates, headings); pick one or type a code "
                    "such as pt-BR"))
        self.language_combo.setEditable(True)
        self.language_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code in LANGUAGES:
            self.language_combo.addItem(f"{code} — {language_label(code)}", code)
        language = values.get("language", "en") or "en"
        index = self.language_combo.findData(language)
        if index >= 0:
            self.language_combo.setCurrentIndex(index)
        else:
            self.language_combo.setEditText(language)

        self.languages_edit = QLineEdit(", ".join(
            c for c in (values.get("languages", "") or "").split(",") if c.strip()))
        self.languages_edit.setObjectName("translationLanguagesEdit")
        self.languages_edit.setAccessibleName(self.tr("Translation languages"))
        self.languages_edit.setToolTip(self.tr(
            "Languages the statement is also published in, comma-separated (e.g. es, fr, "
            "ar): each text gets a translation in the Statement tab, and the letter can be "
            "exported in each language"))
        self.languages_edit.setPlaceholderText(self.tr("e.g. es, fr, ar (optional)"))

    def _build_deadline(self, deadline: date | None) -> QHBoxLayout:
        """The deadline and "No deadline", side by side in the returned row."""
        self.no_deadline_check = QCheckBox(self.tr("No deadline"))
        self.no_deadline_check.setObjectName("noDeadlineCheck")
        self.no_deadline_check.setAccessibleName(self.tr("No deadline"))
        self.no_deadline_check.setToolTip(self.tr("Tick when endorsements are open-ended"))
        self.deadline_edit = QDateEdit()
        self.deadline_edit.setObjectName("deadlineEdit")
        self.deadline_edit.setAccessibleName(self.tr("Deadline for endorsements"))
        self.deadline_edit.setToolTip(self.tr("Last day to endorse; reminders are timed from it"))
        self.deadline_edit.setCalendarPopup(True)
        self.deadline_edit.setDisplayFormat(long_date_format())
        if isinstance(deadline, date):
            self.deadline_edit.setDate(QDate(deadline.year, deadline.month, deadline.day))
        else:
            self.deadline_edit.setDate(QDate.currentDate().addDays(30))
        self.no_deadline_check.setChecked(deadline is None)
        self.deadline_edit.setEnabled(deadline is not None)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.deadline_edit, 1)
        deadline_row.addWidget(self.no_deadline_check)
        return deadline_row

    def _build_message_fields(self, values: dict[str, Any]) -> None:
        """What every message can say: {link} and {coordinator}; both
        optional (the standard messages read well without them)."""
        self.form_link_edit = QLineEdit(values.get("form_link", "") or "")
        self.form_link_edit.setObjectName("formLinkEdit")
        self.form_link_edit.setAccessibleName(self.tr("Form link"))
        self.form_link_edit.setToolTip(self.tr(
            "The web address of the form where organisations sign: it fills {link} in "
            "messages. Optional: without it, the standard messages ask people to reply"))
        self.form_link_edit.setPlaceholderText(self.tr("https://… (optional)"))
        self.coordinator_edit = QLineEdit(values.get("coordinator", "") or "")
        self.coordinator_edit.setObjectName("coordinatorEdit")
        self.coordinator_edit.setAccessibleName(self.tr("Coordinator"))
        self.coordinator_edit.setToolTip(self.tr(
            "The name that signs messages: it fills {coordinator}. Optional: without it, "
            "the standard messages are signed by the coordinating team"))
        self.coordinator_edit.setPlaceholderText(self.tr("e.g. Ana García (optional)"))

    def _build_list_fields(self, values: dict[str, Any]) -> None:
        """The status, and how the signatory list is presented and who may sign."""
        self.status_combo = _combo("statusCombo", self.tr("Campaign status"),
                                   self.tr("Where the campaign stands"), STATUSES,
                                   campaign_status_choice)
        _select(self.status_combo, values.get("status", "drafting"))

        self.heading_edit = QLineEdit(values.get("signatory_heading", DEFAULT_HEADING))
        self.heading_edit.setObjectName("headingEdit")
        self.heading_edit.setAccessibleName(self.tr("Signatory heading"))
        self.heading_edit.setToolTip(self.tr("Heading above the signatory list in the letter"))
        self.heading_edit.setPlaceholderText(DEFAULT_HEADING)

        self.order_combo = _combo("listOrderCombo", self.tr("Signatory list order"),
                                  self.tr("How signatories are ordered in the letter"),
                                  LIST_ORDERS, list_order_label)
        _select(self.order_combo, values.get("list_order", "alphabetical"))

        self.policy_combo = _combo("policyCombo", self.tr("Signatory policy"),
                                   self.tr("Who may sign: decides how imported rows are read "
                                           "when they do not say"), POLICIES, policy_label)
        _select(self.policy_combo, values.get("signatory_policy", "organisations"))

        self.keep_check = QCheckBox(self.tr("Keep signatories who must reconfirm in the letter"))
        self.keep_check.setObjectName("keepReconfirmationCheck")
        self.keep_check.setAccessibleName(
            self.tr("Keep signatories awaiting reconfirmation in the letter"))
        self.keep_check.setToolTip(
            self.tr("After the text changes, endorsers must reconfirm; tick to keep listing them "
                    "until they answer"))
        self.keep_check.setChecked(bool(values.get("keep_reconfirmation", False)))

        self.count_private_check = QCheckBox(
            self.tr("Count the signatories marked “do not publish” in the letter’s totals"))
        self.count_private_check.setObjectName("countPrivateCheck")
        self.count_private_check.setToolTip(
            self.tr("The counts line then says “…, including 3 who asked not to be named”; "
                    "their names never print"))
        self.count_private_check.setChecked(bool(values.get("count_private", False)))

    def _build_retention(self, days: int | None) -> QHBoxLayout:
        """"Remove private contact data [180] days after the campaign
        closes" (off by default) in the returned row, and under it
        (`retention_note`) what that removes and keeps. The sentence is one
        text with {days} where the number goes, so each language puts the
        number where it belongs."""
        from signon.store.campaigns import RETENTION_DAYS_MAX

        sentence = self.tr("Remove private contact data {days} days after the campaign "
                           "closes")
        before, _, after = sentence.partition("{days}")
        self.retention_check = QCheckBox(before.strip())
        self.retention_check.setObjectName("retentionCheck")
        self.retention_check.setAccessibleName(sentence.replace("{days}", "N"))
        self.retention_days_spin = QSpinBox()
        self.retention_days_spin.setObjectName("retentionDaysSpin")
        self.retention_days_spin.setAccessibleName(self.tr("Days after closing"))
        self.retention_days_spin.setRange(1, RETENTION_DAYS_MAX)
        self.retention_days_spin.setValue(days or SUGGESTED_RETENTION_DAYS)
        self.retention_check.setChecked(days is not None)
        self.retention_days_spin.setEnabled(days is not None)
        after_label = QLabel(after.strip())
        after_label.setBuddy(self.retention_days_spin)
        tip = self.tr("Counted from the day the campaign was closed or first published; "
                      "checked each time Sign-on starts, and by `signon retention`")
        for widget in (self.retention_check, self.retention_days_spin, after_label):
            widget.setToolTip(tip)
        self.retention_note = QLabel(self.tr(
            "Removes its messages, the text and sender of replies, signatory notes and "
            "contacts no open campaign needs; the letter, endorsements and editions stay."))
        self.retention_note.setObjectName("retentionNote")
        self.retention_note.setWordWrap(True)
        self.retention_note.setProperty("role", "muted")
        row = QHBoxLayout()
        row.addWidget(self.retention_check)
        row.addWidget(self.retention_days_spin)
        row.addWidget(after_label, 1)
        return row

    def _build_buttons(self, creating: bool) -> None:
        """What needs fixing, and Create (or Save) and Cancel."""
        self.problem_label = QLabel()
        self.problem_label.setObjectName("validationLabel")
        self.problem_label.setAccessibleName(self.tr("What needs fixing"))
        self.problem_label.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("buttonBox")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create") if creating else self.tr("Save"))
        ok.setObjectName("okButton")
        ok.setAccessibleName(ok.text())
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        cancel.setAccessibleName(self.tr("Cancel"))

    def _build_layout(self, deadline_row: QHBoxLayout, retention_row: QHBoxLayout) -> None:
        """The labelled form, the problem under it and the buttons."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Addressee:"), self.addressee_edit)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.tr("T&ranslations:"), self.languages_edit)
        deadline_label = QLabel(self.tr("&Deadline:"))
        deadline_label.setBuddy(self.deadline_edit)  # a row holding a layout gets no buddy
        form.addRow(deadline_label, deadline_row)
        form.addRow(self.tr("Form lin&k (where organisations sign):"), self.form_link_edit)
        form.addRow(self.tr("&Coordinator (name that signs messages):"), self.coordinator_edit)
        form.addRow(self.tr("&Status:"), self.status_combo)
        form.addRow(self.tr("Signatory &heading:"), self.heading_edit)
        form.addRow(self.tr("List &order:"), self.order_combo)
        form.addRow(self.tr("Who may &sign:"), self.policy_combo)
        form.addRow("", self.keep_check)
        form.addRow("", self.count_private_check)
        form.addRow(self.tr("Private data:"), retention_row)
        # wide enough for a usual title and addressee, each shown from its start
        self.title_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(form)
        # under the form, not in it: a form row gives a wrapped text the
        # height of one line width too few, and its last line was cut
        layout.addWidget(self.retention_note)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        for edit in (self.title_edit, self.addressee_edit, self.form_link_edit,
                     self.coordinator_edit, self.heading_edit, self.languages_edit):
            edit.setCursorPosition(0)

    def _connect(self) -> None:
        self.no_deadline_check.toggled.connect(lambda on: self.deadline_edit.setEnabled(not on))
        self.retention_check.toggled.connect(self.retention_days_spin.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(self._validate)
        self.language_combo.editTextChanged.connect(self._validate)
        self.languages_edit.textChanged.connect(self._validate)
        self.form_link_edit.textChanged.connect(self._validate)

    def problem(self) -> str:
        """The first thing that stops saving, or ''."""
        if not self.title_edit.text().strip():
            return self.tr("A campaign needs a title.")
        if not LANGUAGE_CODE.match(language_code(self.language_combo.currentText())):
            return self.tr("Language: type a code such as en, es, fr or pt-BR.")
        for code in self.languages_edit.text().split(","):
            if code.strip() and not LANGUAGE_CODE.match(
                    code.strip().replace("_", "-").lower()):
                return self.tr("Translations: “{code}” is not a language code; separate codes "
                               "such as es, fr, ar with commas.").format(code=code.strip())
        link = self.form_link_edit.text().strip()
        if link and web_url(link) is None:
            return self.tr("Form link: “{link}” is not a web address; give the address of "
                           "the form (https://…).").format(link=link)
        return ""

    def _validate(self) -> None:
        problem = self.problem()
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def accept(self) -> None:
        if self.problem():
            self._validate()
            return
        super().accept()

    def values(self) -> dict[str, Any]:
        """The fields, named as `signon.store.campaigns.EDITABLE_FIELDS`."""
        deadline = None
        if not self.no_deadline_check.isChecked():
            d = self.deadline_edit.date()
            deadline = date(d.year(), d.month(), d.day())
        return {
            "title": self.title_edit.text().strip(),
            "addressee": self.addressee_edit.text().strip(),
            "language": language_code(self.language_combo.currentText()),
            "deadline": deadline,
            "status": self.status_combo.currentData(),
            "signatory_heading": self.heading_edit.text().strip() or DEFAULT_HEADING,
            "list_order": self.order_combo.currentData(),
            "signatory_policy": self.policy_combo.currentData(),
            "keep_reconfirmation": self.keep_check.isChecked(),
            "count_private": self.count_private_check.isChecked(),
            "languages": self.translation_languages(),
            "form_link": web_url(self.form_link_edit.text()) or "",
            "coordinator": " ".join(self.coordinator_edit.text().split()),
            "retention_days": self.retention_days_spin.value()
            if self.retention_check.isChecked() else None,
        }

    def translation_languages(self) -> str:
        """"es, AR, es, en" → "es,ar": each once, without the letter's own language."""
        primary = language_code(self.language_combo.currentText()).lower()
        codes: list[str] = []
        for part in self.languages_edit.text().split(","):
            code = part.strip().replace("_", "-").lower()
            if code and code != primary and code not in codes:
                codes.append(code)
        return ",".join(codes)
