"""The Signatories tab driven through its real widgets by objectName."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTextBrowser,
    QToolButton,
)
from sqlmodel import select

from signon.domain.compose import SectionDraft
from signon.store.campaigns import create_campaign
from signon.store.models import Contact, Organisation, Signatory
from signon.store.organisations import get_or_create_organisation
from signon.store.signatories import add_signatory, events, set_status
from signon.store.statements import freeze_version, replace_sections
from signon.ui import dialogs
from signon.ui.signatories import prompts
from signon.ui.signatories.table_model import COL_NAME, COL_STATUS


@dataclass
class Prompts:
    """Answers the tab's modal questions in place of a person."""

    on_dialog: object = None
    remove_answer: str | None = prompts.REMOVE
    errors: list[str] = field(default_factory=list)
    dialogs: list = field(default_factory=list)
    removes: list[tuple[int, int]] = field(default_factory=list)
    confirms: list[str] = field(default_factory=list)
    confirm_answer: bool = True


@pytest.fixture
def answer(monkeypatch) -> Prompts:
    state = Prompts()

    def exec_dialog(dialog):
        state.dialogs.append(dialog)
        if state.on_dialog is None:
            raise AssertionError(f"unexpected dialog {dialog.objectName()}")
        return state.on_dialog(dialog)

    def ask_remove(_parent, count, endorsed):
        state.removes.append((count, endorsed))
        return state.remove_answer

    monkeypatch.setattr(dialogs, "exec_dialog", exec_dialog)
    monkeypatch.setattr(dialogs, "error", lambda _p, message, title="": state.errors.append(
        message))
    monkeypatch.setattr(prompts, "ask_remove", ask_remove)
    monkeypatch.setattr(dialogs, "confirm", lambda _p, _t, text, _l: state.confirms.append(
        text) or state.confirm_answer)
    return state


@pytest.fixture
def campaign_id(db) -> int:
    with db.session() as s:
        c = create_campaign(s, "AI resolution")
        add_signatory(s, c.id, name="Asociación por los Derechos Civiles", acronym="ADC",
                      country="AR", org_type="NGO", status="endorsed", channel="form",
                      contact_name="Ana", contact_email="ana@adc.org.ar")
        add_signatory(s, c.id, name="Access Now", country="US", status="invited")
        add_signatory(s, c.id, name="Hiperderecho", country="PE", status="invited")
        add_signatory(s, c.id, name="KICTANet", country="KE", status="declined")
        add_signatory(s, c.id, name="Ümit Derneği", country="TR", status="prospect")
        add_signatory(s, c.id, kind="individual", name="Ada Lovelace", title="Professor",
                      affiliation="Universidad de Ávila", country="GB", status="endorsed")
        return c.id


@pytest.fixture
def tab(qtbot, db, campaign_id):
    from signon.ui.signatories_tab import SignatoriesTab

    widget = SignatoriesTab(db)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.set_campaign(campaign_id)
    return widget


def _table(tab) -> QTableView:
    return tab.findChild(QTableView, "signatoryTable")


def _shown_names(tab) -> list[str]:
    view = _table(tab)
    model = view.model()
    return [model.index(r, COL_NAME).data() for r in range(model.rowCount())]


def _select(tab, *names: str) -> None:
    ids = [sid for sid, name in zip(tab.shown_ids(), _shown_names(tab), strict=True)
           if name in names]
    assert len(ids) == len(names)
    tab.select_ids(ids)


def _status_of(db, name: str) -> str:
    with db.session() as s:
        for sig in s.exec(select(Signatory)).all():
            org = s.get(Organisation, sig.organisation_id) if sig.organisation_id else None
            if (org.name if org else sig.name) == name:
                return sig.status
    raise AssertionError(name)


def test_table_shows_rows_sorted_by_folded_name(tab):
    assert tab.objectName() == "signatoriesTab"
    names = _shown_names(tab)
    assert names == ["Access Now", "Ada Lovelace", "Asociación por los Derechos Civiles",
                     "Hiperderecho", "KICTANet", "Ümit Derneği"]
    model = _table(tab).model()
    row = names.index("Asociación por los Derechos Civiles")
    cells = [model.index(row, c).data() for c in range(model.columnCount())]
    assert cells[1:5] == ["ADC", "Argentina", "NGO", "Endorsed"]
    assert model.index(names.index("Ada Lovelace"), 3).data() == "Individual"
    _table(tab).sortByColumn(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert _shown_names(tab)[0] == "Ümit Derneği"
    _table(tab).sortByColumn(COL_STATUS, Qt.SortOrder.AscendingOrder)
    assert _shown_names(tab)[0] == "Ümit Derneği"  # prospect comes first in the workflow


def test_counts_always_visible(tab):
    counts = tab.findChild(QLabel, "statusCounts")
    text = counts.text().replace("&nbsp;", " ")
    for expected in ("<b>6</b> signatories", "2 endorsed", "2 invited", "1 declined",
                     "1 prospect"):
        assert expected in text
    tab.findChild(QLineEdit, "signatorySearch").setText("access")
    tab.apply_filter_now()
    assert "2 endorsed" in counts.text().replace("&nbsp;", " ")
    assert tab.findChild(QLabel, "shownCount").text() == "1 shown"


def test_search_as_you_type_is_accent_and_case_insensitive(tab, qtbot):
    search = tab.findChild(QLineEdit, "signatorySearch")
    qtbot.keyClicks(search, "ASOCIACION")
    qtbot.waitUntil(lambda: _shown_names(tab) == ["Asociación por los Derechos Civiles"],
                    timeout=2000)
    search.clear()
    qtbot.keyClicks(search, "umit")
    qtbot.waitUntil(lambda: _shown_names(tab) == ["Ümit Derneği"], timeout=2000)
    search.setText("avila")  # an individual's affiliation
    tab.apply_filter_now()
    assert _shown_names(tab) == ["Ada Lovelace"]
    search.setText("kenya")  # a country by its name
    tab.apply_filter_now()
    assert _shown_names(tab) == ["KICTANet"]
    search.setText("pe")  # code PE, and "Hiperderecho"
    tab.apply_filter_now()
    assert "Hiperderecho" in _shown_names(tab)
    search.setText("derecho")
    tab.apply_filter_now()
    assert _shown_names(tab) == ["Asociación por los Derechos Civiles", "Hiperderecho"]
    search.setText("nothing like this")
    tab.apply_filter_now()
    assert _shown_names(tab) == []


def test_status_filter(tab):
    combo = tab.findChild(QComboBox, "statusFilter")
    combo.setCurrentIndex(combo.findData("endorsed"))
    assert _shown_names(tab) == ["Ada Lovelace", "Asociación por los Derechos Civiles"]
    assert combo.currentText() == "Endorsed (2)"
    tab.findChild(QLineEdit, "signatorySearch").setText("ada")
    tab.apply_filter_now()
    assert _shown_names(tab) == ["Ada Lovelace"]
    combo.setCurrentIndex(0)
    assert "Ada Lovelace" in _shown_names(tab) and len(_shown_names(tab)) == 1
    tab.findChild(QLabel, "statusCounts").linkActivated.emit("declined")
    assert combo.currentData() == "declined"


def test_bulk_change_reports_refused_row(tab, db, answer):
    _select(tab, "Access Now", "Hiperderecho", "KICTANet")
    button = tab.findChild(QToolButton, "bulkStatusButton")
    assert button.isEnabled()

    def fill(dialog):
        assert dialog.objectName() == "bulkStatusDialog"
        status = dialog.findChild(QComboBox, "statusChoice")
        status.setCurrentIndex(status.findData("reminded"))
        preview = dialog.findChild(QLabel, "statusPreview").text()
        assert "2 will move to reminded" in preview and "1 will stay" in preview
        channel = dialog.findChild(QComboBox, "channelChoice")
        channel.setCurrentIndex(channel.findData("phone"))
        dialog.findChild(QLineEdit, "statusNote").setText("called them")
        return True

    answer.on_dialog = fill
    button.click()
    assert _status_of(db, "Access Now") == "reminded"
    assert _status_of(db, "Hiperderecho") == "reminded"
    assert _status_of(db, "KICTANet") == "declined"
    notice = tab.findChild(QLabel, "noticeBar")
    assert notice.isVisible()
    assert "2 moved to reminded" in notice.text()
    assert "1 left unchanged" in notice.text() and "KICTANet" in notice.text()
    assert "from declined: <b>KICTANet</b>" in notice.text()
    assert "KICTANet: cannot change status from declined to reminded" in notice.toolTip()
    with db.session() as s:
        sig = s.exec(select(Signatory).where(Signatory.status == "reminded")).first()
        last = events(s, sig.id)[-1]
        assert (last.channel, last.note) == ("phone", "called them")
    model = _table(tab).model()
    row = _shown_names(tab).index("Access Now")
    assert model.index(row, COL_STATUS).data() == "Reminded"
    assert "2 reminded" in tab.findChild(QLabel, "statusCounts").text().replace("&nbsp;", " ")
    notice.linkActivated.emit("select-refused")
    assert [_shown_names(tab)[r] for r in
            sorted({ix.row() for ix in _table(tab).selectionModel().selectedRows()})] == [
        "KICTANet"]


def test_status_shortcut_and_context_menu(tab, db, answer):
    _select(tab, "Access Now")
    answer.on_dialog = lambda d: d.findChild(QComboBox, "statusChoice").currentData() \
        == "endorsed"
    action = tab.status_actions["endorsed"]
    assert action.shortcut() == QKeySequence("Ctrl+Shift+E")
    menu = tab.build_context_menu()
    texts = [a.text() for a in menu.actions()]
    assert "Set status…" in texts and "Remove…" in texts
    action.trigger()
    assert _status_of(db, "Access Now") == "endorsed"


def test_side_panel_shows_contacts_and_history(tab, db):
    with db.session() as s:
        sig = s.exec(select(Signatory).where(Signatory.kind == "organisation",
                                             Signatory.status == "endorsed")).one()
        set_status(s, sig.id, "withdrawn", channel="email", note="board decision")
    tab.reload()
    _select(tab, "Asociación por los Derechos Civiles")
    panel = tab.findChild(QFrame, "signatoryDetails")
    assert panel.findChild(QLabel, "detailsName").text() == "Asociación por los Derechos Civiles"
    assert "Argentina" in panel.findChild(QLabel, "detail_country").text()
    history = panel.findChild(QTextBrowser, "historyList").toPlainText()
    assert "Endorsed → Withdrawn" in history and "board decision" in history
    assert history.index("Withdrawn") < history.index("added")  # newest first
    contacts = panel.findChild(QTableWidget, "contactsTable")
    assert contacts.item(0, 0).text() == "ana@adc.org.ar"  # the address first
    contacts.item(0, 2).setText("+54 11 5555")
    with db.session() as s:
        assert s.exec(select(Contact)).first().phone == "+54 11 5555"
    # only the workflow's next steps are offered
    assert not panel.findChild(QPushButton, "nextStatus_endorsed").isHidden()
    assert panel.findChild(QPushButton, "nextStatus_invited").isHidden()


def test_add_signatory_dialog_resolves_country(tab, db, answer):
    def fill(dialog):
        assert dialog.objectName() == "signatoryDialog"
        dialog.findChild(QLineEdit, "nameEdit").setText("  Derechos  Digitales ")
        dialog.findChild(QLineEdit, "countryEdit").setText("Perú")
        assert dialog.findChild(QLabel, "countryHint").text() == "Peru (PE)"
        dialog.findChild(QLineEdit, "contactEmailEdit").setText("info@dd.org")
        status = dialog.findChild(QComboBox, "statusEdit")
        status.setCurrentIndex(status.findData("invited"))
        dialog.accept()
        return dialog.result() == 1

    answer.on_dialog = fill
    tab.findChild(QToolButton, "addSignatoryButton").click()
    with db.session() as s:
        org = s.exec(select(Organisation).where(Organisation.name == "Derechos Digitales")).one()
        assert org.country == "PE"
        assert s.exec(select(Contact).where(Contact.organisation_id == org.id)).one().email \
            == "info@dd.org"
    assert "Derechos Digitales" in _shown_names(tab)
    assert tab.selected_ids() and tab.model.find(tab.selected_ids()[0])[2] == \
        "Derechos Digitales"


def test_add_dialog_refuses_unknown_country_and_duplicate(tab, answer):
    seen = []

    def fill(dialog):
        seen.append(dialog)
        if len(seen) == 1:
            dialog.findChild(QLineEdit, "nameEdit").setText("Access Now")
            dialog.findChild(QLineEdit, "countryEdit").setText("Atlantis")
            dialog.accept()
            assert "not a country" in dialog.findChild(QLabel, "validationLabel").text()
            dialog.findChild(QLineEdit, "countryEdit").setText("us")
            return True
        assert "already a signatory" in dialog.findChild(QLabel, "validationLabel").text()
        return False

    answer.on_dialog = fill
    tab.edits.add_signatory()
    assert len(seen) == 2


def test_add_dialog_refuses_an_invalid_contact_email(tab, answer):
    """Addresses are checked at entry (issue 8): a typo is caught before it
    becomes a bounce."""
    def fill(dialog):
        dialog.findChild(QLineEdit, "nameEdit").setText("Red en Defensa de los Derechos Digitales")
        dialog.findChild(QLineEdit, "contactEmailEdit").setText("luis@r3d")
        dialog.accept()
        assert ("“luis@r3d” is not a valid email address."
                == dialog.findChild(QLabel, "validationLabel").text())
        assert dialog.isVisible() or dialog.result() == 0
        return False

    answer.on_dialog = fill
    tab.edits.add_signatory()


def test_double_click_edits(tab, db, answer, qtbot):
    _select(tab, "Hiperderecho")

    def fill(dialog):
        assert dialog.objectName() == "signatoryDialog" and dialog.editing
        assert dialog.findChild(QLineEdit, "nameEdit").text() == "Hiperderecho"
        dialog.findChild(QLineEdit, "acronymEdit").setText("HD")
        return True

    answer.on_dialog = fill
    view = _table(tab)
    row = _shown_names(tab).index("Hiperderecho")
    rect = view.visualRect(view.model().index(row, COL_NAME))
    # a real double-click is a press, a release, then the double-click event
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert answer.dialogs
    with db.session() as s:
        assert s.exec(select(Organisation).where(Organisation.name == "Hiperderecho")
                      ).one().acronym == "HD"
    assert view.model().index(_shown_names(tab).index("Hiperderecho"), 1).data() == "HD"


def test_delete_key_removes_after_asking(tab, db, answer, qtbot):
    _select(tab, "KICTANet")
    view = _table(tab)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert answer.removes == [(1, 0)]
    assert "KICTANet" not in _shown_names(tab)
    with db.session() as s:
        assert s.exec(select(Organisation).where(Organisation.name == "KICTANet")).one()


def test_delete_endorsed_offers_withdraw(tab, db, answer):
    _select(tab, "Ada Lovelace", "Access Now")
    answer.remove_answer = prompts.WITHDRAW
    tab.edits.remove_selected()
    assert answer.removes == [(2, 1)]
    assert _status_of(db, "Ada Lovelace") == "withdrawn"
    assert _status_of(db, "Access Now") == "invited"


def test_ctrl_f_focuses_search(tab, qtbot):
    tab.activateWindow()
    _table(tab).setFocus()
    qtbot.waitUntil(lambda: _table(tab).hasFocus())
    qtbot.keyClick(_table(tab), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.findChild(QLineEdit, "signatorySearch").hasFocus())


def test_reconfirmation_banner(tab, db, campaign_id):
    with db.session() as s:
        replace_sections(s, campaign_id, [SectionDraft(kind="intro", text="One.")])
        freeze_version(s, campaign_id)
        for sig in s.exec(select(Signatory).where(Signatory.status == "endorsed")).all():
            sig.endorsed_version = 1
            s.add(sig)
        replace_sections(s, campaign_id, [SectionDraft(kind="intro", text="Two.")])
        freeze_version(s, campaign_id)
    tab.set_campaign(campaign_id)
    banner = tab.findChild(QFrame, "reconfirmBanner")
    assert not banner.isHidden()
    assert "2 endorsements are for version 1" in banner.findChild(QLabel, "reconfirmText").text()
    changed = []
    tab.changed.connect(lambda: changed.append(1))
    banner.findChild(QPushButton, "reconfirmButton").click()
    assert _status_of(db, "Ada Lovelace") == "needs_reconfirmation"
    assert changed
    assert "must reconfirm" in banner.findChild(QLabel, "reconfirmText").text()
    keep = tab.findChild(type(tab.keep_box), "keepReconfirmation")
    keep.setChecked(True)
    with db.session() as s:
        from signon.store.campaigns import get_campaign

        assert get_campaign(s, campaign_id).keep_reconfirmation is True


def test_merge_dialog_merges(tab, db, campaign_id, answer):
    with db.session() as s:
        get_or_create_organisation(s, "Asociacion por los Derechos Civil", country="AR")
        other = create_campaign(s, "Other")
        add_signatory(s, other.id, name="Asociacion por los Derechos Civil", status="endorsed")

    def merge(dialog):
        assert dialog.objectName() == "mergeDialog"
        listing = dialog.findChild(QTableWidget, "duplicateList")
        assert listing.rowCount() == 1
        assert "Derechos Civil" in listing.item(0, 0).text() + listing.item(0, 1).text()
        first_is_adc = listing.item(0, 0).text().startswith("Asociación")
        (dialog.keep_first if first_is_adc else dialog.keep_second).setChecked(True)
        dialog.findChild(QPushButton, "mergeButton").click()
        assert listing.rowCount() == 0
        assert "Merged" in dialog.findChild(QLabel, "mergeStatus").text()
        return True

    answer.on_dialog = merge
    tab.findChild(QToolButton, "duplicatesButton").click()
    with db.session() as s:
        names = [o.name for o in s.exec(select(Organisation)).all()]
        assert "Asociacion por los Derechos Civil" not in names
        sigs = s.exec(select(Signatory).where(Signatory.campaign_id != campaign_id)).all()
        org = s.get(Organisation, sigs[0].organisation_id)
        assert org.name == "Asociación por los Derechos Civiles"


def test_reloads_when_another_part_changed_data(tab, db, campaign_id):
    with db.session() as s:
        add_signatory(s, campaign_id, name="Late Arrival", status="endorsed")
    assert "Late Arrival" not in _shown_names(tab)
    tab.hide()
    tab.show()
    assert "Late Arrival" not in _shown_names(tab)  # nobody said anything changed
    tab.hide()
    tab.note_change()  # the window tells the tabs out of view that one wrote
    tab.show()
    assert "Late Arrival" in _shown_names(tab)
    with db.session() as s:  # a status changed elsewhere (outreach sending invitations)
        sig = s.exec(select(Signatory).where(Signatory.status == "prospect")).one()
        set_status(s, sig.id, "invited", channel="email")
    tab.hide()
    tab.note_change()
    tab.show()
    model = _table(tab).model()
    assert model.index(_shown_names(tab).index("Ümit Derneği"), COL_STATUS).data() == "Invited"


def test_no_campaign(qtbot, db):
    from signon.ui.signatories_tab import SignatoriesTab

    widget = SignatoriesTab(db)
    qtbot.addWidget(widget)
    widget.set_campaign(None)
    assert widget.model.rowCount() == 0
    assert not widget.findChild(QLineEdit, "signatorySearch").isEnabled()
    assert not widget.add_action.isEnabled()


def test_add_and_remove_private_contact(tab, db, answer):
    _select(tab, "Hiperderecho")
    panel = tab.findChild(QFrame, "signatoryDetails")
    contacts = panel.findChild(QTableWidget, "contactsTable")
    assert contacts.rowCount() == 0
    panel.findChild(QPushButton, "addContactButton").click()
    assert contacts.rowCount() == 1
    contacts.item(0, 1).setText("Carla")
    contacts.item(0, 0).setText("carla@hiperderecho.org")
    with db.session() as s:
        contact = s.exec(select(Contact).where(Contact.name == "Carla")).one()
        assert contact.email == "carla@hiperderecho.org"
    contacts.setCurrentCell(0, 0)
    answer.confirm_answer = False
    panel.findChild(QPushButton, "removeContactButton").click()
    assert contacts.rowCount() == 1  # kept: the person said no
    answer.confirm_answer = True
    panel.findChild(QPushButton, "removeContactButton").click()
    assert contacts.rowCount() == 0 and len(answer.confirms) == 2
    with db.session() as s:
        assert s.exec(select(Contact).where(Contact.name == "Carla")).first() is None


def test_model_patches_new_statuses_into_the_rows_it_holds(qapp):
    """After a bulk change the table gets only the status fields: the other
    fields, the search and the counts follow without a second copy."""
    from signon.ui.signatories.table_model import STATUS, SignatoryTableModel

    def row(sid, name, status):
        return (sid, "organisation", name, "", "AR", "NGO", status, None, None, "", "", sid)

    model = SignatoryTableModel()
    model.set_rows([row(1, "Asociación Civil", "invited"), row(2, "Derechos Digitales",
                                                                 "invited")])
    model.set_filter("", "endorsed")
    assert model.rowCount() == 0
    model.update_statuses([(2, "endorsed", 3, "2026-11-23"), (99, "endorsed", 3, None)])
    assert model.counts() == {"invited": 1, "endorsed": 1}
    assert model.rowCount() == 1
    assert model.find(2) == (2, "organisation", "Derechos Digitales", "", "AR", "NGO",
                             "endorsed", 3, "2026-11-23", "", "", 2)
    assert model.find(1)[STATUS] == "invited"
    model.set_filter("asociacion", None)
    assert model.rowCount() == 1


def test_add_dialog_uses_the_directory_entry_it_announces(tab, db, answer):
    """A bare acronym in the same country: the dialog says the directory's
    entry will be used, and it is (no second "ADC" in the directory)."""
    with db.session() as s:
        other = create_campaign(s, "Another letter").id
    tab.set_campaign(other)
    hints = []

    def fill(dialog):
        dialog.findChild(QLineEdit, "nameEdit").setText("ADC")
        dialog.findChild(QLineEdit, "nameEdit").editingFinished.emit()
        hints.append(dialog.findChild(QLabel, "directoryHint").text())  # no country yet
        dialog.findChild(QLineEdit, "countryEdit").setText("AR")
        dialog.findChild(QLineEdit, "countryEdit").editingFinished.emit()
        hints.append(dialog.findChild(QLabel, "directoryHint").text())
        dialog.accept()
        return dialog.result() == 1

    answer.on_dialog = fill
    tab.findChild(QToolButton, "addSignatoryButton").click()
    assert hints == ["", "Already in the directory as “Asociación por los Derechos Civiles "
                     "(ADC, AR)”: that entry will be used."]
    with db.session() as s:
        adc = s.exec(select(Organisation).where(Organisation.acronym == "ADC")).all()
        assert len(adc) == 1 and s.exec(select(Organisation).where(
            Organisation.name == "ADC")).first() is None
        (sig,) = s.exec(select(Signatory).where(Signatory.campaign_id == other)).all()
        assert sig.organisation_id == adc[0].id
    assert _shown_names(tab) == ["Asociación por los Derechos Civiles"]


def test_a_teammates_status_change_rereads_that_row_only(tab, db, campaign_id, monkeypatch):
    """Live refresh (issue 22): a status moved elsewhere is read back as its
    row, not as the whole table; anything else reads the table again."""
    from signon.store import signatories as store
    from signon.store.signatories import list_signatories, set_status, update_signatory

    with db.session() as s:
        rows = {r.name: r.id for r in list_signatories(s, campaign_id)}
        other = create_campaign(s, "Another letter").id
        add_signatory(s, other, name="Elsewhere", status="invited")
        set_status(s, rows["Access Now"], "endorsed", channel="email")
    read = []
    real = store.table_rows
    monkeypatch.setattr(store, "table_rows",
                        lambda s, cid, ids=None: read.append(ids) or real(s, cid, ids))
    tab.reload_if_changed()
    # the other campaign's new row made this a whole read; then only moves
    assert read == [None]
    read.clear()
    with db.session() as s:
        set_status(s, rows["Hiperderecho"], "endorsed", channel="email")
    tab.reload_if_changed()
    assert read == [[rows["Hiperderecho"]]]
    with db.session() as s:
        endorsed = sum(r.status == "endorsed" for r in list_signatories(s, campaign_id))
    assert tab.model.counts()["endorsed"] == endorsed
    assert tab.model.row_of_id(rows["Hiperderecho"]) >= 0
    read.clear()
    tab.reload_if_changed()  # nothing moved: nothing read
    assert read == []
    with db.session() as s:
        update_signatory(s, rows["KICTANet"], notes="Asked to be listed last")
    tab.reload_if_changed()  # an edit: the table is read again
    assert read == [None]


def test_history_reads_in_the_interface_language(qtbot, db, campaign_id, qapp):
    """A note written below in English ("imported from … row 2") is shown
    translated, and the arrow of a change points the way Arabic reads."""
    from signon.store.models import SignatoryEvent
    from signon.ui import i18n
    from signon.ui.signatories_tab import SignatoriesTab

    with db.session() as s:
        sig = s.exec(select(Signatory).where(Signatory.kind == "organisation",
                                             Signatory.status == "endorsed")).first()
        event = s.exec(select(SignatoryEvent).where(SignatoryEvent.signatory_id == sig.id)
                       ).first()
        event.note = "imported from form.csv, row 2"
        s.add(event)
        set_status(s, sig.id, "withdrawn", note="board decision")
        name = s.get(Signatory, sig.id).name or ""
    i18n.install(qapp, "ar")
    try:
        widget = SignatoriesTab(db)
        qtbot.addWidget(widget)
        widget.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        widget.resize(1280, 800)
        widget.show()
        widget.set_campaign(campaign_id)
        widget.select_ids([sig.id])
        history = widget.findChild(QTextBrowser, "historyList").toPlainText()
    finally:
        i18n.uninstall(qapp)
    assert "form.csv" in history and "imported from" not in history, (name, history)
    assert "←" in history and "→" not in history
