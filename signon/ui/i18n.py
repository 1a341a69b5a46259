"""The interface language: which one to use, and installing it into Qt.

The choice, first match wins:
1. `SIGNON_LANG` ("es", "fr", "ar", "pt", "en"): a one-off run in another language,
   screenshots and tests;
2. the Preferences setting (`interface/language` in the UI settings file,
   declared as signon.ui.settings.LANGUAGE);
3. the system locale, when Sign-on has a translation for its language;
4. English.

Installing a language loads our compiled translations
(`resources/i18n/signon_<lang>.qm`, built from the `.ts` sources by
`tools/update_translations.py`) and Qt's own (`qtbase_<lang>.qm`, shipped
with PySide6, see `QT_TRANSLATIONS`: standard buttons such as Cancel, the
file dialogs, context menus of text fields), makes the default `QLocale` that of the language (so
dates and numbers follow it, see `signon.ui.labels`) and lays the whole
application out right-to-left for Arabic. It also installs the catalog of
the messages that come from below the interface (store and import errors,
status refusals: `signon.message_catalog`, gettext .mo files) for the same
language, so a dialog that shows such a message shows it in the interface
language. English has a translation file
too: it only holds the singular/plural forms of counted messages ("1
signatory", "2 signatories"), since the source texts carry one form.

Widgets read their texts when they are built, so a language is installed
once, before the first window; a change in Preferences applies at the next
start (the dialog says so).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from signon import message_catalog
from signon.config import RESOURCES
from signon.domain.languages import base_language, is_rtl

I18N_DIR = RESOURCES / "i18n"
ENV_VAR = "SIGNON_LANG"
SOURCE_LANGUAGE = "en"

#: Languages the interface is translated into, each named in itself: the
#: Preferences list shows them so, whatever language is current.
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("es", "Español"),
    ("fr", "Français"),
    ("ar", "العربية"),
    ("pt", "Português"),
)

#: Qt's own translation file where its name is not the language code: Qt ships
#: Portuguese as Brazilian Portuguese only (qtbase_pt_BR.qm), which is also
#: the variant our own Portuguese texts follow where the two differ
#: (docs/languages.md).
QT_TRANSLATIONS: dict[str, str] = {"pt": "pt_BR"}


@dataclass
class Installed:
    """What `install` put into the application, so it can be taken out again."""

    language: str = SOURCE_LANGUAGE
    translators: list[QTranslator] = field(default_factory=list)


_installed = Installed()


def language_codes() -> tuple[str, ...]:
    return tuple(code for code, _name in LANGUAGES)


def normalise(code: str | None) -> str:
    """"es_AR.UTF-8", "es-AR", "ES" → "es"; anything we have no translation
    for → ""."""
    code = (code or "").split(".")[0].strip()
    if not code:
        return ""
    base = base_language(code)
    return base if base in language_codes() else ""


def stored_language() -> str:
    """The language chosen in Preferences, or "" for the system default."""
    from signon.ui.settings import LANGUAGE, ui_settings

    return normalise(str(ui_settings().get(LANGUAGE) or ""))


def store_language(code: str) -> None:
    """Remember the Preferences choice ("" = follow the system)."""
    from signon.ui.settings import LANGUAGE, ui_settings

    settings = ui_settings()
    if code:
        settings.put(LANGUAGE, normalise(code) or SOURCE_LANGUAGE)
    else:
        settings.forget(LANGUAGE)
    settings.sync()


def system_language() -> str:
    """The system locale's language when we have it, else English. Qt looks
    at LANGUAGE/LC_ALL/LC_MESSAGES/LANG on Linux and the OS settings elsewhere;
    the first of the preferred UI languages we translate wins."""
    system = QLocale.system()
    for name in [*system.uiLanguages(), system.name()]:
        code = normalise(name)
        if code:
            return code
    return SOURCE_LANGUAGE


def chosen_language() -> str:
    """SIGNON_LANG, else the Preferences setting, else the system language."""
    return normalise(os.environ.get(ENV_VAR)) or stored_language() or system_language()


#: Arabic writes numbers with Latin digits (0–9) in Sign-on, whatever the
#: region: what the app shows beside its own numbers (a file's row numbers,
#: dates and phone numbers as typed, Ctrl+1, version numbers) is in Latin
#: digits, and two digit systems on one screen read as a fault. "ar_001"
#: (Modern Standard Arabic) has Latin digits and the common month names.
LATIN_DIGITS_ARABIC = "ar_001"


def locale_for(language: str) -> QLocale:
    """The locale for dates and numbers: the system's own when it speaks the
    same language (keeps the region: es_MX, fr_CA, ar_MA), otherwise the
    language's main locale; for Arabic always one with Latin digits
    (`LATIN_DIGITS_ARABIC` unless the system's own has them)."""
    system = QLocale.system()
    if normalise(system.name()) == language and (language != "ar"
                                                 or system.zeroDigit() == "0"):
        return system
    return QLocale(LATIN_DIGITS_ARABIC if language == "ar" else language)


def qm_path(language: str, folder: Path = I18N_DIR) -> Path:
    return folder / f"signon_{language}.qm"


def _load(path: Path) -> QTranslator | None:
    translator = QTranslator()
    return translator if path.is_file() and translator.load(str(path)) else None


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def qt_qm_path(language: str) -> Path:
    """Qt's own translations for `language` (qtbase_pt_BR.qm for "pt")."""
    return qt_translations_dir() / f"qtbase_{QT_TRANSLATIONS.get(language, language)}.qm"


def install(app: QCoreApplication | None = None, language: str | None = None) -> str:
    """Make `language` (default: `chosen_language()`) the interface language
    of the running application; returns the language installed. Calling it
    again swaps the translators (tests switch languages in one process)."""
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install() needs a QApplication")
    language = normalise(language) or (chosen_language() if language is None
                                       else SOURCE_LANGUAGE)
    uninstall(app)
    translators = []
    for path in (qt_qm_path(language), qm_path(language)):
        translator = _load(path)
        if translator is not None:
            app.installTranslator(translator)
            translators.append(translator)
    _installed.language, _installed.translators = language, translators
    message_catalog.install(language)
    QLocale.setDefault(locale_for(language))
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_rtl(language)
                               else Qt.LayoutDirection.LeftToRight)
    return language


def ensure_installed() -> None:
    """Give widgets built without `run_app` (tests, a tab embedded elsewhere)
    the English plural forms ("1 signatory", not "1 signatories"): the
    English translation file is installed when no language was. It leaves
    the locale and the layout direction alone, and never replaces a language
    `install` put in place. The top-level widgets call it when built."""
    app = QCoreApplication.instance()
    if app is None or _installed.translators:
        return
    translator = _load(qm_path(SOURCE_LANGUAGE))
    if translator is not None:
        app.installTranslator(translator)
        _installed.language, _installed.translators = SOURCE_LANGUAGE, [translator]


def uninstall(app: QCoreApplication | None = None) -> None:
    """Take out what `install` put in: back to the source texts, left to right."""
    app = app or QCoreApplication.instance()
    for translator in _installed.translators:
        if app is not None:
            app.removeTranslator(translator)
    _installed.language, _installed.translators = SOURCE_LANGUAGE, []
    message_catalog.install(SOURCE_LANGUAGE)
    QLocale.setDefault(QLocale.system())
    if app is not None and hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`QCoreApplication.translate` for code outside a QObject (module
    functions, tables of labels); pyside6-lupdate extracts `translate(...)`
    calls whose context and text are literals. A counted message makes sure
    the English plural forms are there (see `ensure_installed`)."""
    if n >= 0:
        ensure_installed()
    return QCoreApplication.translate(context, text, disambiguation, n)


def current_language() -> str:
    """The language `install` put in place (English before any install)."""
    return _installed.language
