"""Edit → Preferences: choices that belong to the person, not to a campaign.

For now the interface language: "System default" (follow the system locale,
as Sign-on does until someone chooses) or one of the translations. Widgets
read their texts when they are built, so the choice applies at the next
start; the dialog says so in the current language and, when it differs, in
the chosen one, so someone who picked a language by mistake can still read
how to undo it, and offers "Restart now" (`restart_chosen`: the window
closes and Sign-on starts again, `signon.ui.restart`). The choice is
stored in the UI settings file
(`signon.ui.i18n.store_language`).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, QTranslator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from signon.ui import i18n

#: Source texts shown in the chosen language as well (see _in_language).
RESTART_NOTE = QT_TRANSLATE_NOOP("PreferencesDialog",
                                 "Sign-on will be in {language} the next time it starts.")


class PreferencesDialog(QDialog):
    """`apply()` stores the choice after the dialog was accepted."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.tr("Preferences"))
        self.setMinimumWidth(460)

        self.language_combo = QComboBox()
        self.language_combo.setObjectName("interfaceLanguageCombo")
        self.language_combo.setAccessibleName(self.tr("Interface language"))
        self.language_combo.setToolTip(
            self.tr("The language of menus, buttons and messages; letters have their own "
                    "language in each campaign's settings"))
        system = i18n.system_language()
        self.language_combo.addItem(
            self.tr("System default ({language})").format(language=self._name(system)), "")
        for code, name in i18n.LANGUAGES:
            self.language_combo.addItem(name, code)
        stored = i18n.stored_language()
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(stored), 0))
        self.language_combo.currentIndexChanged.connect(self._update_note)

        self.note = QLabel()
        self.note.setObjectName("restartNote")
        self.note.setWordWrap(True)
        self.override = QLabel()
        self.override.setObjectName("languageOverrideNote")
        self.override.setWordWrap(True)
        forced = os.environ.get(i18n.ENV_VAR, "")
        self.override.setText(self.tr("{variable}={value} is set: it decides the language "
                                      "while it stays set.").format(variable=i18n.ENV_VAR,
                                                                    value=forced))
        self.override.setVisible(bool(i18n.normalise(forced)))

        form = QFormLayout()
        form.addRow(self.tr("&Interface language:"), self.language_combo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("preferencesButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        #: OK and restart at once (shown while the language would change)
        self.restart_chosen = False
        self.restart_button = self.buttons.addButton(
            self.tr("&Restart now"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restart_button.setObjectName("restartNowButton")
        self.restart_button.setToolTip(self.tr("Close Sign-on and start it again in the "
                                               "chosen language"))
        self.restart_button.clicked.connect(self._restart_now)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.override)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._update_note()

    @staticmethod
    def _name(code: str) -> str:
        return dict(i18n.LANGUAGES).get(code, code)

    def chosen(self) -> str:
        """The stored value: "" for the system default, else a language code."""
        return self.language_combo.currentData() or ""

    def effective(self) -> str:
        """The language the next start would use (SIGNON_LANG aside)."""
        return self.chosen() or i18n.system_language()

    def _update_note(self) -> None:
        target = self.effective()
        self.restart_button.setVisible(target != i18n.current_language())
        if target == i18n.current_language():
            self.note.clear()
            self.note.hide()
            return
        lines = [self.restart_message()]
        other = _in_language(target, RESTART_NOTE).format(language=self._name(target))
        if other != lines[0]:
            lines.append(other)
        self.note.setText("\n".join(lines))
        self.note.show()

    def _restart_now(self) -> None:
        self.restart_chosen = True
        self.accept()

    def restart_message(self) -> str:
        return self.tr(RESTART_NOTE).format(language=self._name(self.effective()))

    def apply(self) -> bool:
        """Store the choice; True when the interface language will change at
        the next start. After "Restart now", the window that opened the
        dialog then closes and Sign-on starts again (`signon.ui.restart`),
        once the caller is done with the dialog: the caller's status-bar
        note stays if the person keeps the window open (a running job)."""
        i18n.store_language(self.chosen())
        changes = self.effective() != i18n.current_language()
        window = self.parentWidget().window() if self.parentWidget() is not None else None
        if changes and self.restart_chosen and window is not None:
            from signon.ui import restart

            QTimer.singleShot(0, window, lambda: restart.request(window))
        return changes


def _in_language(language: str, text: str) -> str:
    """`text` (a PreferencesDialog source text) as the `language` translation
    has it, without installing that translation."""
    translator = QTranslator()
    if language == i18n.SOURCE_LANGUAGE or not translator.load(str(i18n.qm_path(language))):
        return text
    return translator.translate("PreferencesDialog", text) or text
