"""The translated interface: the .ts sources are complete and in step with the
code, the shipped .qm files are what lrelease makes of them, and the window
really speaks Spanish, French, Arabic (right to left) and Portuguese, with
dates and numbers in the locale's own forms.

Every test that installs a language takes it out again, so the other GUI
tests keep the English source texts.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QTableView

from signon.ui import i18n, labels

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
UI = ROOT / "signon" / "ui"
COMPLETE = ("es", "fr", "ar", "pt")  # every message translated
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%v|%m|</?[a-z0-9]+[^>]*>")


def _tool():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name"), m.findtext("source")): m
            for ctx in root.iter("context") for m in ctx.iter("message")}


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


@pytest.fixture
def language(qapp):
    """Install a language for one test: `language("es")`; always taken out."""
    def install(code: str) -> str:
        return i18n.install(qapp, code)

    yield install
    i18n.uninstall(qapp)


# ------------------------------------------------------------- the files


@pytest.mark.parametrize("code", COMPLETE)
def test_translation_is_complete(code):
    messages = _messages(I18N / f"signon_{code}.ts")
    assert len(messages) > 900
    unfinished = [f"{ctx}|{src}" for (ctx, src), m in messages.items()
                  if m.find("translation").get("type") in ("unfinished", "obsolete",
                                                           "vanished")
                  or not all(_forms(m))]
    assert unfinished == []


@pytest.mark.parametrize("code", ("en", *COMPLETE))
def test_translations_keep_placeholders_and_markup(code):
    """{fields}, %v/%m and HTML tags come back in every form, or .format()
    would fail (a KeyError in the middle of a dialog) or the markup break."""
    bad = []
    for (ctx, src), message in _messages(I18N / f"signon_{code}.ts").items():
        want = sorted(PLACEHOLDER.findall(src))
        for form in _forms(message):
            if form and sorted(PLACEHOLDER.findall(form)) != want:
                bad.append(f"{ctx}|{src} -> {form}")
    assert bad == []


def test_english_file_holds_the_plural_forms():
    messages = _messages(I18N / "signon_en.ts")
    assert messages and all(m.get("numerus") == "yes" for m in messages.values())
    forms = _forms(messages[("SignatoriesTab", "<b>%Ln</b> signatories")])
    assert forms == ["<b>%Ln</b> signatory", "<b>%Ln</b> signatories"]


def test_ts_files_list_every_text_of_the_code(tmp_path):
    """lupdate over signon/ui finds exactly the messages the committed .ts
    hold: a text added, changed or removed in the code without running
    tools/update_translations.py fails here."""
    tool = _tool()
    for code in ("en", "es"):
        fresh = tmp_path / f"signon_{code}.ts"
        shutil.copy(I18N / f"signon_{code}.ts", fresh)
        tool.lupdate(fresh, UI, plural_only=code == "en")
        assert set(_messages(fresh)) == set(_messages(I18N / f"signon_{code}.ts")), code


def test_shipped_qm_files_are_compiled_from_the_ts(tmp_path):
    tool = _tool()
    tool.release(tool.LANGUAGES, I18N, out=tmp_path)
    for code in tool.LANGUAGES:
        shipped = (I18N / f"signon_{code}.qm").read_bytes()
        assert (tmp_path / f"signon_{code}.qm").read_bytes() == shipped, code


def _literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            yield node, name, func


def test_texts_are_given_to_tr_as_literals():
    """lupdate only sees literal texts and literal contexts: an f-string or a
    concatenation inside tr() is never translated, a context in a variable
    is silently dropped, and `x.tr` takes the context from `x`: only
    `self.tr` and `Context.tr` of a class of the same module (how plurals
    outside a widget are written) say which context lupdate will use."""
    problems = []
    for path in sorted(UI.rglob("*.py")):
        if path.name in ("i18n.py",):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(ROOT)
        classes = {n.name for n in tree.body if isinstance(n, ast.ClassDef)}
        for node, name, func in _calls(tree):
            args = node.args
            if name == "tr" and isinstance(func, ast.Attribute):
                owner = ast.unparse(func.value)
                if owner != "self" and owner not in classes:
                    problems.append(f"{where}:{node.lineno}: {owner}.tr")
                if args and isinstance(args[0], (ast.JoinedStr, ast.BinOp, ast.Call)):
                    problems.append(f"{where}:{node.lineno}: tr of a built string")
            # labels.py translates its own NOOP tables with variable contexts
            checked = name == "QT_TRANSLATE_NOOP" or (name == "translate"
                                                      and path.name != "labels.py")
            if checked:
                if not args or not _literal(args[0]):
                    problems.append(f"{where}:{node.lineno}: {name} without a literal context")
                elif len(args) > 1 and isinstance(args[1], (ast.JoinedStr, ast.BinOp)):
                    problems.append(f"{where}:{node.lineno}: {name} of a built string")
            if name == "QT_TRANSLATE_NOOP" and len(args) > 1 and _literal(args[1]) \
                    and "%Ln" in args[1].value:
                problems.append(f"{where}:{node.lineno}: counted text marked with a NOOP")
            # pyside6-lupdate 6.11 reads no plural from translate(): tr only
            if name == "translate" and len(args) > 1 and _literal(args[1]) \
                    and "%Ln" in args[1].value:
                problems.append(f"{where}:{node.lineno}: counted text given to translate()")
    assert problems == []


# ---------------------------------------------------------- the choice


def test_language_choice_order(monkeypatch):
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    monkeypatch.setattr(i18n, "system_language", lambda: "fr")
    assert i18n.chosen_language() == "fr"  # nothing chosen: the system's
    i18n.store_language("ar")
    assert i18n.stored_language() == "ar" and i18n.chosen_language() == "ar"
    monkeypatch.setenv(i18n.ENV_VAR, "es_AR.UTF-8")
    assert i18n.chosen_language() == "es"  # SIGNON_LANG wins
    monkeypatch.setenv(i18n.ENV_VAR, "de")  # no German translation: ignored
    assert i18n.chosen_language() == "ar"
    i18n.store_language("")
    assert i18n.stored_language() == "" and i18n.chosen_language() == "fr"


def test_normalise_and_system_language(monkeypatch):
    assert i18n.normalise("fr-CA") == "fr" and i18n.normalise("AR_eg") == "ar"
    assert i18n.normalise("pt_BR") == "pt" and i18n.normalise("pt-PT") == "pt"
    assert i18n.normalise("de_DE") == "" and i18n.normalise(None) == ""
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("es_MX")))
    assert i18n.system_language() == "es"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert i18n.system_language() == "en"


def test_each_language_has_qt_translations_too():
    """Standard buttons (Cancel, Save) and dialogs come from Qt's own files."""
    for code in COMPLETE:
        assert i18n.qt_qm_path(code).is_file(), code
        assert i18n.qm_path(code).is_file()
    # Qt ships Portuguese as Brazilian Portuguese only
    assert i18n.qt_qm_path("pt").name == "qtbase_pt_BR.qm"


# ----------------------------------------------------------- the window


def _window(qtbot, db):
    from signon.ui.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    return window


def _menus(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def _tabs(window) -> list[str]:
    return [window.tab_widget.tabText(i) for i in range(window.tab_widget.count())]


def test_window_in_spanish(qtbot, db, language, answers):
    assert language("es") == "es"
    window = _window(qtbot, db)
    assert _menus(window) == ["&Archivo", "&Editar", "&Campaña", "&Ver", "Ay&uda"]
    assert _tabs(window) == ["Declaración", "Firmantes", "Difusión", "Exportar"]
    assert window.findChild(QLabel, "emptyHeading").text() == "Aún no hay campañas"
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_window_in_french(qtbot, db, language, answers):
    language("fr")
    window = _window(qtbot, db)
    assert _menus(window) == ["&Fichier", "É&dition", "&Campagne", "&Affichage", "Aid&e"]
    assert _tabs(window) == ["Déclaration", "Signataires", "Mobilisation", "Export"]
    assert window.preferences_action.text() == "&Préférences…"


def test_window_in_portuguese(qtbot, db, language, answers, qapp):
    """Brazilian wording where the variants differ ("Arquivo", "Exibir"), and
    Qt's own buttons from qtbase_pt_BR.qm."""
    assert language("pt") == "pt"
    window = _window(qtbot, db)
    assert _menus(window) == ["&Arquivo", "&Editar", "&Campanha", "E&xibir", "Aj&uda"]
    assert _tabs(window) == ["Declaração", "Signatários", "Divulgação", "Exportar"]
    assert window.findChild(QLabel, "emptyHeading").text() == "Ainda não há campanhas"
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"


def test_portuguese_counts_have_two_forms(qtbot, db, language):
    from signon.ui.signatories_tab import SignatoriesTab

    campaign = _campaign_with_endorsement(db)
    language("pt")
    tab = SignatoriesTab(db)
    qtbot.addWidget(tab)
    tab.set_campaign(campaign)
    counts = tab.counts.text().replace("&nbsp;", " ")
    assert "<b>1.001</b> signatários" in counts  # plural form, pt_BR grouping
    assert "1 aderiu" in counts and "1.000 convidados" in counts
    assert labels.format_number(12345) == "12.345"
    assert labels.format_date(date(2026, 12, 1), "long") == "1 de dezembro de 2026"


def test_window_in_arabic_is_right_to_left(qtbot, db, language, answers, qapp):
    language("ar")
    window = _window(qtbot, db)
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert _menus(window)[0] == "&ملف"
    assert _tabs(window) == ["البيان", "الموقّعون", "التواصل", "التصدير"]
    i18n.uninstall(qapp)
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def _campaign_with_endorsement(db) -> int:
    from signon.store.campaigns import create_campaign
    from signon.store.signatories import add_signatory

    with db.session() as session:
        campaign = create_campaign(session, "Carta abierta")
        add_signatory(session, campaign.id, name="Derechos Digitales", country="CL",
                      status="endorsed")
        for n in range(1000):
            add_signatory(session, campaign.id, name=f"Grupo {n}", status="invited")
        return campaign.id


@pytest.mark.parametrize(("code", "digits"), [("es", "0123456789"), ("ar", "0123456789")])
def test_signatory_table_dates_and_counts_follow_the_locale(qtbot, db, language, code,
                                                             digits):
    from signon.ui.signatories.table_model import COL_COUNTRY, COL_DATE, DATE
    from signon.ui.signatories_tab import SignatoriesTab

    campaign = _campaign_with_endorsement(db)
    language(code)
    tab = SignatoriesTab(db)
    qtbot.addWidget(tab)
    tab.set_campaign(campaign)
    tab.model.sort(COL_DATE, Qt.SortOrder.DescendingOrder)
    stored = tab.model.row_tuple(0)[DATE]  # "YYYY-MM-DD"
    year, month, day = (int(p) for p in stored.split("-"))
    local = str.maketrans("0123456789", digits)
    shown = tab.model.index(0, COL_DATE).data()
    if code == "es":
        # one way of writing a date: "7 dic 2026" here, "7 de diciembre de 2026" in sentences
        assert shown == labels.format_date(date(year, month, day))
        assert str(day) in shown and str(year) in shown and "/" not in shown
        assert tab.model.index(0, COL_COUNTRY).data() == "Chile"
        # Spanish groups digits from five up (CLDR): 1001, but 12.345
        assert "<b>1001</b> firmantes" in tab.counts.text()
    else:
        assert str(year).translate(local) in shown and str(day).translate(local) in shown
        assert tab.model.index(0, COL_COUNTRY).data() == "تشيلي"
        assert "1,001" in tab.counts.text()  # Latin digits in Arabic too
    view = tab.findChild(QTableView, "signatoryTable")
    assert view.model().headerData(COL_DATE, Qt.Orientation.Horizontal) == (
        "Fecha de adhesión" if code == "es" else "تاريخ التوقيع")


def test_status_filter_counts_in_french(qtbot, db, language):
    from signon.ui.signatories_tab import SignatoriesTab

    campaign = _campaign_with_endorsement(db)
    language("fr")
    tab = SignatoriesTab(db)
    qtbot.addWidget(tab)
    tab.set_campaign(campaign)
    combo = tab.findChild(QComboBox, "statusFilter")
    assert combo.itemText(0) == "Tous les statuts (1\u202f001)"
    counts = tab.counts.text().replace("&nbsp;", " ")
    assert "1 a signé" in counts and "1\u202f000 invités" in counts


def test_english_plural_forms_without_run_app(qtbot, db):
    """A widget built outside run_app (as here) still says "1 signatory"."""
    from signon.ui.signatories_tab import SignatoriesTab

    with db.session() as session:
        from signon.store.campaigns import create_campaign
        from signon.store.signatories import add_signatory

        campaign = create_campaign(session, "One")
        add_signatory(session, campaign.id, name="Solo", status="endorsed")
        campaign_id = campaign.id
    tab = SignatoriesTab(db)
    qtbot.addWidget(tab)
    tab.set_campaign(campaign_id)
    assert "<b>1</b> signatory</a>" in tab.counts.text()


# ---------------------------------------------------- dates and numbers


def test_formats_per_locale(language):
    from datetime import date

    deadline = date(2026, 12, 1)
    assert labels.format_date(deadline) == "2026-12-01"  # C locale: ISO
    assert labels.format_date(deadline, "long") == "December 1, 2026"
    assert labels.format_number(12345) == "12,345"
    language("es")
    assert labels.format_date(deadline) == "1 dic 2026"
    assert labels.format_date(deadline, "long") == "1 de diciembre de 2026"
    assert labels.format_number(12345) == "12.345"
    language("fr")
    assert labels.format_date(deadline, "long") == "1 décembre 2026"
    assert labels.format_number(12345) == "12\u202f345"
    language("ar")
    assert labels.format_number(12345) == "12,345"  # Latin digits: i18n.LATIN_DIGITS_ARABIC
    assert labels.format_date(deadline, "long") == "1 ديسمبر 2026"


def test_domain_values_are_translated(language):
    language("es")
    assert labels.status_label("needs_reconfirmation") == "Debe reconfirmar"
    assert labels.campaign_status_label("collecting") == "Recogiendo adhesiones"
    assert labels.section_kind_plural("concern") == "Preocupaciones"
    assert labels.list_order_label("country") == "Por país"
    assert labels.policy_label("both") == "Organizaciones y personas"
    assert labels.language_label("fr") == "francés (français)"
    assert labels.status_label("from_the_future") == "from_the_future"


# ---------------------------------------------------------- preferences


def test_preferences_store_the_language_and_say_it_applies_at_restart(qtbot, monkeypatch):
    from signon.ui.preferences_dialog import PreferencesDialog

    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "preferencesDialog"
    combo = dialog.findChild(QComboBox, "interfaceLanguageCombo")
    assert combo.itemText(0) == "System default (English)"
    assert [combo.itemText(i) for i in range(1, combo.count())] == [
        "English", "Español", "Français", "العربية", "Português"]
    note = dialog.findChild(QLabel, "restartNote")
    assert note.isHidden()  # English: nothing changes
    combo.setCurrentIndex(combo.findData("fr"))
    assert not note.isHidden()
    assert note.text().splitlines() == [
        "Sign-on will be in Français the next time it starts.",
        "Sign-on sera en Français au prochain démarrage."]
    assert dialog.apply() is True
    assert i18n.stored_language() == "fr" and i18n.chosen_language() == "fr"
    assert dialog.restart_message() == "Sign-on will be in Français the next time it starts."


def test_preferences_from_the_edit_menu(main_window, answers, monkeypatch):
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    monkeypatch.setattr(i18n, "system_language", lambda: "en")

    def choose_spanish(dialog):
        combo = dialog.findChild(QComboBox, "interfaceLanguageCombo")
        combo.setCurrentIndex(combo.findData("es"))
        return True

    answers.on_dialog = choose_spanish
    edit_menu = main_window.menuBar().actions()[1].menu()
    assert main_window.preferences_action in edit_menu.actions()
    main_window.preferences_action.trigger()
    assert [d.objectName() for d in answers.dialogs] == ["preferencesDialog"]
    assert i18n.stored_language() == "es"
    assert "Español" in main_window.statusBar().currentMessage()


def test_signon_lang_overrides_and_preferences_say_so(qtbot, monkeypatch):
    from signon.ui.preferences_dialog import PreferencesDialog

    monkeypatch.setenv(i18n.ENV_VAR, "ar")
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    note = dialog.findChild(QLabel, "languageOverrideNote")
    assert not note.isHidden() and "SIGNON_LANG=ar" in note.text()
