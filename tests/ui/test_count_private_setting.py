"""Whether the letter's totals count the signatories marked "do not
publish" is a campaign setting the coordinator sets in the campaign's
settings (issue 19): off by default, saved, and the counts line follows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QPushButton

from signon.domain.letter import LetterOptions
from signon.store.campaigns import create_campaign, get_campaign
from signon.store.letters import letter_source
from signon.store.signatories import add_signatory, set_private
from signon.ui.campaign_dialog import CampaignSettingsDialog


def test_off_by_default(qtbot):
    dialog = CampaignSettingsDialog({"title": "Letter"})
    qtbot.addWidget(dialog)
    assert not dialog.findChild(QCheckBox, "countPrivateCheck").isChecked()
    assert dialog.values()["count_private"] is False


def test_saved_from_the_dialog_and_counted_in_the_letter(main_window, db, qtbot, answers):
    with db.session() as s:
        cid = create_campaign(s, "Letter", status="collecting").id
        for name in ("Access Now", "ARTICLE 19"):
            add_signatory(s, cid, name=name, status="endorsed")
        hidden = add_signatory(s, cid, kind="individual", name="Karim Haddad",
                               status="endorsed").id
        set_private(s, [hidden], True)
    main_window.refresh(select=cid)
    qtbot.waitUntil(lambda: main_window.campaign_id == cid)

    def count_them(dialog):
        dialog.findChild(QCheckBox, "countPrivateCheck").setChecked(True)
        qtbot.mouseClick(dialog.findChild(QPushButton, "okButton"), Qt.MouseButton.LeftButton)
        return True

    answers.on_dialog = count_them
    main_window.settings_action.trigger()
    with db.session() as s:
        assert get_campaign(s, cid).count_private is True
        letter = letter_source(s, cid).letter(LetterOptions(show_counts=True))
    assert "Karim" not in "\n".join(letter.signatory_lines)
    assert "1 individual" in letter.counts_line and "not to be named" in letter.counts_line
