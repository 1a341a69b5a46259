"""Small first-hour fixes (issue 21), looked at in Arabic and English: a
long title shows from its start in the settings dialog, a list's own title
takes the interface language's quotation marks, and the backup folder's
label is translated."""

from __future__ import annotations

import pytest

from signon.domain.compose import SectionKind
from signon.ui import i18n
from signon.ui.campaign_dialog import CampaignSettingsDialog
from signon.ui.elide import FSI, PDI
from signon.ui.statement.document import ItemNode, SectionNode
from signon.ui.statement.outline import section_label

TITLE = "Joint statement on the UN General Assembly resolution on artificial intelligence"


@pytest.fixture
def language(qapp):
    def install(code: str) -> str:
        return i18n.install(qapp, code)

    yield install
    i18n.uninstall(qapp)


@pytest.mark.parametrize("code", ["en", "ar"])
def test_long_titles_show_from_their_start(qtbot, language, code):
    language(code)
    dialog = CampaignSettingsDialog(
        {"title": TITLE, "addressee": "Member States of the United Nations General Assembly"})
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.title_edit.selectedText() == TITLE  # ready to be typed over…
    assert dialog.title_edit.cursorPosition() == 0     # …and read from "Joint"
    assert dialog.addressee_edit.cursorPosition() == 0


@pytest.mark.parametrize(("code", "expected"), [
    ("en", "Recommendations “What we ask”"),
    ("ar", "«What we ask»"),
    ("fr", "« What we ask »"),
])
def test_a_lists_own_title_takes_the_languages_quotation_marks(qapp, language, code,
                                                                 expected):
    language(code)
    section = SectionNode(kind=SectionKind.RECOMMENDATION, title="What we ask",
                          items=[ItemNode("Ban emotion recognition")])
    label = section_label(section).replace(FSI, "").replace(PDI, "")
    assert expected in label


def test_the_backup_folder_label_is_in_arabic(qtbot, language, main_window):
    from signon.ui.backups_dialog import BackupsDialog

    language("ar")
    dialog = BackupsDialog(main_window)
    qtbot.addWidget(dialog)
    text = dialog.folder_label.text()
    assert "Folder" not in text and "المجلد" in text
