"""The country field's completer (issue 21): it lists the countries whose
name or code starts with what is typed, and never takes the click that
follows. Driven through the Add dialog's real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QListView,
    QToolButton,
)
from sqlmodel import select

from signon.store.campaigns import create_campaign
from signon.store.models import Organisation
from signon.store.signatories import add_signatory
from signon.ui import dialogs
from signon.ui.signatories.choices import countries, matching_countries


@pytest.fixture
def campaign_id(db) -> int:
    with db.session() as s:
        c = create_campaign(s, "AI resolution")
        add_signatory(s, c.id, name="Asociación por los Derechos Civiles", acronym="ADC",
                      country="AR", status="endorsed")
        add_signatory(s, c.id, name="Access Now", country="US", status="invited")
        add_signatory(s, c.id, name="Hiperderecho", country="PE", status="prospect")
        add_signatory(s, c.id, name="KICTANet", country="KE", status="declined")
        return c.id


@pytest.fixture
def tab(qtbot, db, campaign_id):
    from signon.ui.signatories_tab import SignatoriesTab

    widget = SignatoriesTab(db)
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_campaign(campaign_id)
    qtbot.waitUntil(lambda: widget.model.rowCount() == 4)
    return widget


# -- the country completer ---------------------------------------------------------------


def test_countries_match_from_the_start_of_a_name_or_a_code():
    english = countries("en")
    names = [name for name, _code in matching_countries("P", english)]
    assert "Peru" in names and "Poland" in names
    assert "Cape Verde" not in names and "French Polynesia" not in names
    assert all(name.startswith("P") for name in names)
    assert matching_countries("ke", english)[0] == ("Kenya", "KE")  # the code first
    assert matching_countries("peru", english) == [("Peru", "PE")]
    assert ("South Korea", "KR") in matching_countries("Kore", english)  # a later word
    assert matching_countries("perú", english) == [("Peru", "PE")]  # accents do not count
    assert matching_countries("  ", english) == []


@pytest.fixture
def add_dialog(tab, qtbot, monkeypatch):
    """Opens the Add dialog from the toolbar and hands it, shown, to `act`."""
    def run(act):
        opened = []

        def shown(dialog):
            opened.append(dialog)
            assert len(opened) == 1, "the dialog came back (refused)"
            dialog.show()
            qtbot.waitExposed(dialog)
            dialog.activateWindow()
            return act(dialog)

        monkeypatch.setattr(dialogs, "exec_dialog", shown)
        tab.findChild(QToolButton, "addSignatoryButton").click()
    return run


def test_country_completer_lists_countries_starting_with_what_is_typed(tab, qtbot, add_dialog,
                                                                        db):
    def act(dialog):
        field = dialog.findChild(QLineEdit, "countryEdit")
        field.setFocus()
        QTest.keyClicks(field, "P")
        popup = QApplication.activePopupWidget()
        assert isinstance(popup, QListView) and popup.objectName() == "countryCompletions"
        assert popup.isVisible()
        offered = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
        assert "Peru (PE)" in offered and "Cape Verde (CV)" not in offered
        assert all(text.startswith("P") for text in offered)
        # typing a whole name leaves nothing open to take the next click
        QTest.keyClicks(field, "eru")
        assert not popup.isVisible()
        dialog.reject()
        return False

    add_dialog(act)


def test_the_click_that_closes_the_country_list_reaches_its_button(tab, qtbot, add_dialog, db):
    """The click on OK while the list is open closes the list and presses
    OK: a completer used to take that click only to close its list."""
    def act(dialog):
        dialog.findChild(QLineEdit, "nameEdit").setText("Fundación Karisma")
        field = dialog.findChild(QLineEdit, "countryEdit")
        field.setFocus()
        QTest.keyClicks(field, "Pe")
        popup = QApplication.activePopupWidget()
        assert popup is not None and popup.isVisible()
        field.setText("Peru")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        # the window system gives a click outside an open list to the list
        outside = popup.mapFromGlobal(ok.mapToGlobal(ok.rect().center()))
        QTest.mousePress(popup, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         outside)
        assert not popup.isVisible()
        QTest.mouseRelease(ok, Qt.MouseButton.LeftButton)
        return dialog.result() == 1

    add_dialog(act)
    with db.session() as s:
        org = s.exec(select(Organisation).where(Organisation.name == "Fundación Karisma")).one()
        assert org.country == "PE"
