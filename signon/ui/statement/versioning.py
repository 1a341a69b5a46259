"""Freezing the statement as a version, comparing versions, restoring one:
what the Statement tab does with versions, on the store.

A version is always of the stored text, so freezing saves first. Restoring
brings an old wording back as one undoable step of the current text, saved
at once; the versions themselves never change.
"""

from __future__ import annotations

from signon.domain.errors import SignonError
from signon.store import statements
from signon.ui import dialogs
from signon.ui.i18n import translate
from signon.ui.labels import format_number
from signon.ui.statement.document import StatementDoc
from signon.ui.statement.host import StatementHost
from signon.ui.statement.versions import FreezeDialog, VersionDialog, VersionInfo


class VersionActions:
    """Freeze (asking first), compare and restore, for the tab's campaign."""

    def __init__(self, tab: StatementHost):
        self.tab = tab

    def ask_freeze(self) -> None:
        tab = self.tab
        if tab.campaign_id is None:
            return
        tab.render_preview()
        exposure = tab.exposure
        number = (exposure.latest or 0) + 1 if exposure else 1
        reconfirm = exposure.needing_reconfirmation(True) if exposure else 0
        dialog = FreezeDialog(number, reconfirm, tab, self.freeze_warnings())
        if dialogs.exec_dialog(dialog):
            self.freeze_version(dialog.note.text())

    def freeze_version(self, note: str = "") -> int | None:
        """Save, then freeze the current text; returns the new version number."""
        tab = self.tab
        if tab.campaign_id is None or not tab.save_now():
            return None
        try:
            with tab.db.session() as session:
                version = statements.freeze_version(session, tab.campaign_id, note.strip())
                number = version.number
        except SignonError as exc:
            tab.notify(translate("StatementTab", "Not frozen: {error}").format(error=exc))
            return None
        tab.changed.emit()
        tab.refresh_context()
        tab.notify(translate("StatementTab", "Version {number} frozen").format(
            number=format_number(number)))
        return number

    def freeze_warnings(self) -> list[str]:
        """Outdated and missing translations, named, as stored after a save
        (freezing is allowed: endorsers sign the primary text)."""
        from signon.store.translations import freeze_warnings

        tab = self.tab
        if tab.campaign_id is None or not tab.save_now():
            return []
        try:
            with tab.db.session() as session:
                return freeze_warnings(session, tab.campaign_id)
        except SignonError as exc:
            tab.notify(str(exc))
            return []

    def version_infos(self) -> list[VersionInfo]:
        if self.tab.campaign_id is None:
            return []
        with self.tab.db.session() as session:
            rows = statements.versions(session, self.tab.campaign_id)
            return [VersionInfo(r.number, r.created_at, r.note, r.content_hash,
                                statements.version_sections(r)) for r in rows]

    def show_versions(self) -> None:
        tab = self.tab
        if tab.campaign_id is None or tab.campaign is None:
            return
        infos = self.version_infos()
        letter = tab.current_letter()
        dialog = VersionDialog(infos, tab.composer.doc.to_drafts(), tab.campaign.language,
                               letter.direction if letter else "ltr", tab)
        dialog.restore_requested.connect(self.restore_version)
        dialogs.exec_dialog(dialog)
        dialog.deleteLater()

    def restore_version(self, number: int) -> None:
        """The old wording becomes the current text (one undo step); the
        versions themselves never change."""
        tab = self.tab
        if tab.campaign_id is None:
            return
        try:
            with tab.db.session() as session:
                drafts = statements.version_sections(
                    statements.get_version(session, tab.campaign_id, number))
        except SignonError as exc:
            tab.notify(str(exc))
            return
        label = translate("StatementTab", "Restore version {number}").format(
            number=format_number(number))
        tab.composer.edits.replace_document(StatementDoc.from_drafts(drafts), label)
        tab.save_now()
        tab.render_preview()
        tab.notify(translate("StatementTab", "Version {number} restored as the current text; "
                                             "freeze it to make it a new version").format(
            number=format_number(number)))
