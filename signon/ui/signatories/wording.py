"""The Signatories tab's counted sentences, in the tab's translation context.

The tab's view and its handlers live in modules of their own
(`signatories.view`, `.edits`, `.reconfirm`, `.bulk_status`), but their
texts keep the context "SignatoriesTab" the .ts files have them under, so
every translation still applies. A plain text says so in place with
`translate("SignatoriesTab", …)`; a counted one cannot: pyside6-lupdate
reads a plural only from `Class.tr(text, "", n)` and takes the class's name
as the context (docs/interface-languages.md). So the counted sentences are
here, on a class of that name.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class SignatoriesTab(QObject):
    """Not the tab (that is `signon.ui.signatories_tab.SignatoriesTab`): the
    translation context its counted sentences are written in."""


def shown(count: int) -> str:
    return SignatoriesTab.tr("%Ln shown", "", count)


def signatories(count: int) -> str:
    return SignatoriesTab.tr("<b>%Ln</b> signatories", "", count)


def removed(count: int) -> str:
    return SignatoriesTab.tr("Removed %Ln signatories from the campaign.", "", count)


def must_reconfirm(count: int) -> str:
    return SignatoriesTab.tr("%Ln signatories must reconfirm before appearing in the "
                             "letter.", "", count)


def marked_for_reconfirmation(count: int) -> str:
    return SignatoriesTab.tr("%Ln signatories marked “needs reconfirmation”; send "
                             "them the new text from Outreach.", "", count)


def change_running(count: int) -> str:
    return SignatoriesTab.tr("A status change of %Ln signatories is still running. "
                             "Cancelling rolls it back: no signatory is changed.", "", count)


def moved(count: int) -> str:
    """"%Ln moved to {status}.", to be formatted with the status."""
    return SignatoriesTab.tr("%Ln moved to {status}.", "", count)


def left_unchanged(count: int) -> str:
    return SignatoriesTab.tr("%Ln left unchanged.", "", count)


def and_more(count: int) -> str:
    """"{names} and %Ln more", to be formatted with the names."""
    return SignatoriesTab.tr("{names} and %Ln more", "", count)


def refused(count: int) -> str:
    """To be formatted with the target status and the reasons."""
    return SignatoriesTab.tr("%Ln left unchanged — the workflow does not allow {status} "
                             "{reasons}.", "", count)


def corrected(count: int) -> str:
    """"%Ln corrected to {status}.", to be formatted with the status."""
    return SignatoriesTab.tr("%Ln corrected to {status}.", "", count)


def undone(count: int) -> str:
    return SignatoriesTab.tr("Undone: %Ln put back as they were.", "", count)


def undo_skipped(count: int) -> str:
    return SignatoriesTab.tr("%Ln left as they are: someone changed them since.", "", count)


def undo_action(count: int) -> str:
    """Edit → Undo's text while the last status change can be undone."""
    return SignatoriesTab.tr("&Undo the status change of %Ln signatories", "", count)


def undo_running(count: int) -> str:
    return SignatoriesTab.tr("An undo of the status change of %Ln signatories is still "
                             "running. Cancelling rolls it back: the change stays.", "", count)


def invitations_queued(count: int) -> str:
    return SignatoriesTab.tr("Invitation queued for %Ln, in the Outbox for review: they become "
                             "invited when it is sent.", "", count)


def left_out(count: int) -> str:
    return SignatoriesTab.tr("%Ln left out (no usable address, or the invitation does not "
                             "apply).", "", count)


def marked_private(count: int) -> str:
    return SignatoriesTab.tr("%Ln signatories marked “do not publish”: they stay off every "
                             "public letter and edition, and print only in a delivery copy.",
                             "", count)


def unmarked_private(count: int) -> str:
    return SignatoriesTab.tr("%Ln signatories no longer marked “do not publish”: the letter "
                             "prints them again.", "", count)


def undo_private(count: int) -> str:
    """Edit → Undo of a marking."""
    return SignatoriesTab.tr("Undo “do not publish” of %Ln signatories", "", count)


def undo_unmark_private(count: int) -> str:
    """Edit → Undo of taking the mark off."""
    return SignatoriesTab.tr("Undo publishing %Ln signatories again", "", count)
