"""The Export tab's privacy choices, standalone (issue 19): the delivery
copy offered for a letter only while the campaign has private signatories,
never ticked by itself; "Leave out private data" for the campaign file;
what `options()` gives is what the export dispatcher takes."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCheckBox, QLabel

from signon.exchange.export import letter_options, write_export
from signon.ui.export.privacy_choice import PrivacyChoice


@pytest.fixture
def choice(qtbot):
    widget = PrivacyChoice()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def boxes(widget) -> tuple[QCheckBox, QCheckBox]:
    return (widget.findChild(QCheckBox, "deliveryCopyBox"),
            widget.findChild(QCheckBox, "withoutPrivateBox"))


def test_the_delivery_copy_is_offered_only_with_private_signatories(choice):
    delivery, without = boxes(choice)
    assert choice.objectName() == "exportPrivacyChoice"
    choice.set_format("pdf")
    choice.set_private_count(0)
    assert not delivery.isVisible() and not without.isVisible() and not choice.has_choice()
    assert choice.options() == {"delivery_copy": False}
    choice.set_private_count(3)
    assert delivery.isVisible() and not delivery.isChecked()
    assert delivery.text() == "Delivery copy (not for publication)"
    note = choice.findChild(QLabel, "deliveryCopyNote")
    assert note.isVisible() and note.text() == (
        "Also prints the 3 signatories marked “do not publish”.")
    delivery.setChecked(True)
    assert choice.options() == {"delivery_copy": True}
    # a list cannot say "not for publication": nothing offered, nothing given
    choice.set_format("csv")
    assert not delivery.isVisible() and choice.options() == {}
    choice.set_format("docx")
    assert choice.options() == {"delivery_copy": True}


def test_a_new_count_asks_again(choice):
    delivery, _ = boxes(choice)
    choice.set_format("txt")
    choice.set_private_count(2)
    delivery.setChecked(True)
    choice.set_private_count(2)  # the same campaign read again: kept
    assert delivery.isChecked()
    choice.set_private_count(1)  # another campaign, or a mark changed
    assert not delivery.isChecked() and choice.options() == {"delivery_copy": False}


def test_leave_out_private_data_for_the_campaign_file(choice, qtbot):
    delivery, without = boxes(choice)
    choice.set_private_count(4)
    choice.set_format("campaign")
    assert without.isVisible() and not delivery.isVisible() and choice.has_choice()
    assert choice.options() == {"without_private": False}
    with qtbot.waitSignal(choice.changed):
        without.setChecked(True)
    assert choice.options() == {"without_private": True}


def test_the_options_are_the_dispatchers_keyword_arguments(choice, db, tmp_path):
    from signon.store.campaigns import create_campaign

    with db.session() as session:
        cid = create_campaign(session, "Shared").id
    choice.set_format("campaign")
    boxes(choice)[1].setChecked(True)
    out = write_export("campaign", tmp_path / "shared.json", db=db, campaign_id=cid,
                       **choice.options())
    assert out.is_file()
    choice.set_format("pdf")
    choice.set_private_count(1)
    boxes(choice)[0].setChecked(True)
    assert letter_options(None, **choice.options()).delivery_copy
