"""What the main window does to campaigns: create, rename, duplicate,
delete (and undo it), edit the settings, load the demo.

`CampaignActions` acts for one `MainWindow`: it asks through
`signon.ui.dialogs` (tests answer there), writes through
`signon.store.campaigns` in one transaction, then has the window refresh
its list from the store (`refresh`) and says what happened in the status
bar. The store is imported inside each action: the window shows itself
before it has imported the store (see main_window).

The texts keep the window's translation context ("MainWindow").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication

from signon import config
from signon.domain.errors import SignonError
from signon.ui import dialogs
from signon.ui.campaign_dialog import CampaignSettingsDialog
from signon.ui.campaign_tab import UndoStep
from signon.ui.i18n import translate
from signon.ui.labels import format_number

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from signon.store.campaign_io import CampaignData


@dataclass
class PendingUndo:
    """What Edit → Undo can put back: a deleted campaign, as plain data, its
    own settings as they were stored (the letterhead, …), and its published
    editions with the files written from them (`store.editions.editions_snapshot`)."""

    title: str
    snapshot: CampaignData
    settings: dict[str, str] = field(default_factory=dict)
    editions: list[dict] = field(default_factory=list)


class MainWindow(QObject):
    """Not the window (that is `signon.ui.main_window.MainWindow`): the
    translation context of the counted text below. pyside6-lupdate reads a
    plural only from `Class.tr(text, "", n)` and takes the class's name as
    the context, the one the .ts files hold the text under."""


class CampaignActions(QObject):
    """The Campaign menu's actions and Edit → Undo; `window` is the
    MainWindow (typed by its base class: the window's module imports this
    one)."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.pending_undo: PendingUndo | None = None

    def _report(self, exc: Exception) -> None:
        dialogs.error(self.window, str(exc))

    def _say(self, text: str, timeout: int) -> None:
        self.window.statusBar().showMessage(text, timeout)

    def new_campaign(self) -> None:
        from signon.store import campaigns as campaign_store

        window = self.window
        dialog = CampaignSettingsDialog(parent=window, creating=True)
        if not dialogs.exec_dialog(dialog):
            return
        values = dialog.values()
        title = values.pop("title")
        try:
            with window.db.session() as session:
                campaign = campaign_store.create_campaign(session, title, **values)
                new_id = campaign.id
        except SignonError as exc:
            self._report(exc)
            return
        window.refresh(select=new_id)
        window.tab_widget.setCurrentIndex(0)
        self._say(translate("MainWindow", "Created “{title}”.").format(title=title), 5000)

    def start_rename(self) -> None:
        if self.window.campaign_id is not None:
            self.window.campaign_list.setFocus()
            self.window.campaign_list.rename_current()

    def rename_campaign(self, campaign_id: int, title: str) -> None:
        from signon.store import campaigns as campaign_store

        try:
            with self.window.db.session() as session:
                campaign_store.update_campaign(session, campaign_id, title=title)
        except SignonError as exc:
            self._report(exc)
            return
        self.window.refresh(select=campaign_id)
        self._say(translate("MainWindow", "Renamed to “{title}”.").format(
            title=title.strip()), 5000)

    def duplicate_campaign(self) -> None:
        from signon.store import campaigns as campaign_store

        summary = self.window.current_summary()
        if summary is None:
            return
        try:
            with self.window.db.session() as session:
                copy = campaign_store.duplicate_campaign(session, summary.id)
                copy_id, copy_title = copy.id, copy.title
        except SignonError as exc:
            self._report(exc)
            return
        self.window.refresh(select=copy_id)
        self._say(translate("MainWindow", "Created “{title}”: same statement, signatories "
                                          "reset to prospect.").format(title=copy_title), 8000)

    # -- delete and undo ---------------------------------------------------------------------

    def delete_campaign(self) -> None:
        from signon.store import campaigns as campaign_store
        from signon.store.campaign_io import read_campaign
        from signon.store.editions import editions_snapshot
        from signon.store.settings import campaign_settings

        window = self.window
        summary = window.current_summary()
        if summary is None:
            return
        if not dialogs.confirm(window, translate("MainWindow", "Delete campaign"),
                               self._delete_question(summary),
                               translate("MainWindow", "Delete")):
            return
        try:
            backup = self._backup_before("delete")
            with window.db.session() as session:
                # kept as plain data with full histories, so undo puts it back exactly
                snapshot = read_campaign(session, summary.id)
                settings = campaign_settings(session, summary.id)
                editions = editions_snapshot(session, summary.id)
                campaign_store.delete_campaign(session, summary.id)
        except (SignonError, OSError) as exc:
            self._report(exc)
            return
        self.set_undo(PendingUndo(summary.title, snapshot, settings, editions))
        window.refresh()
        where = " " + translate("MainWindow", "Backup: {path}.").format(path=backup) \
            if backup else ""
        self._say(translate("MainWindow", "Deleted “{title}”.{backup} Ctrl+Z undoes.").format(
            title=summary.title, backup=where), 15000)

    @staticmethod
    def _delete_question(summary) -> str:
        endorsed = summary.counts.get("endorsed", 0)
        people = (translate("MainWindow", "no signatories") if summary.total == 0 else
                  MainWindow.tr("%Ln signatories ({endorsed} endorsed) with their history", "",
                                summary.total).format(endorsed=format_number(endorsed)))
        return translate(
            "MainWindow", "Delete “{title}”?\n\nIts statement, versions and {signatories} will "
            "be removed. Organisations stay in your directory.\n\n"
            "A backup is taken first, and Edit → Undo puts the campaign back."
        ).format(title=summary.title, signatories=people)

    def _backup_before(self, what: str) -> Path | None:
        """A copy of the SQLite file in the backups dir before a destructive
        change, named like the store's other safety copies (".before-", never
        pruned). PostgreSQL databases are backed up by their server."""
        from signon.store.database import backup_sqlite

        path = self.window.db.path
        if path is None or not path.exists():
            return None
        folder = config.backups_dir()
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = folder / f"{path.stem}.before-{what}-{stamp}.db"
        count = 1
        while target.exists():  # two deletions within a second
            count += 1
            target = folder / f"{path.stem}.before-{what}-{stamp}-{count}.db"
        return backup_sqlite(path, target)

    def set_undo(self, pending: PendingUndo | None) -> None:
        """What Edit → Undo and the status bar's Undo button put back (the
        window's `undo_slot`, which a tab's status change may also use)."""
        self.pending_undo = pending
        self.window.undo_slot.offer(self, None if pending is None else UndoStep(
            translate("MainWindow", "&Undo delete of “{title}”").format(title=pending.title),
            translate("MainWindow", "Put “{title}” back (Ctrl+Z)").format(title=pending.title),
            self.undo))

    def undo(self) -> None:
        from signon.store.campaign_io import insert_campaign
        from signon.store.editions import restore_editions
        from signon.store.settings import restore_campaign_settings

        pending = self.pending_undo
        if pending is None:
            return
        try:
            with self.window.db.session() as session:
                restored_id = insert_campaign(session, pending.snapshot, note="undo delete").id
                restore_campaign_settings(session, restored_id, pending.settings)
                restore_editions(session, restored_id, pending.editions)
        except SignonError as exc:
            self._report(exc)
            return
        self.set_undo(None)
        self.window.refresh(select=restored_id)
        self._say(translate("MainWindow", "“{title}” is back.").format(title=pending.title),
                  5000)

    # -- settings and the demo ----------------------------------------------------------------

    def edit_settings(self, focus: str = "") -> None:
        """The settings dialog, its focus in the field `focus` names (a
        tab's "Set form link…"), else in the title. If a teammate saved one
        of the same settings while it was open, nothing is saved: the
        dialog opens again on their value, with this coordinator's other
        changes still filled in. Once saved, every tab reads the campaign
        again."""
        window = self.window
        campaign_id = window.campaign_id
        if campaign_id is None:
            return
        from signon.store import campaigns as campaign_store
        from signon.store.concurrency import ConflictError

        values = self._campaign_settings(campaign_id)
        edits: dict = {}
        while True:
            dialog = CampaignSettingsDialog({**values, **edits}, parent=window, focus=focus)
            if not dialogs.exec_dialog(dialog):
                return
            changed = {k: v for k, v in dialog.values().items() if v != values.get(k)}
            if not changed:
                return
            try:
                with window.db.session() as session:
                    campaign_store.update_campaign(
                        session, campaign_id, expected={k: values.get(k) for k in changed},
                        **changed)
            except ConflictError as exc:
                names = ", ".join(CampaignSettingsDialog.field_name(k) for k in exc.fields)
                dialogs.error(window, translate(
                    "MainWindow", "Another coordinator changed “{settings}” while the settings "
                    "were open, so nothing was saved. The settings open again on their value, "
                    "with your other changes kept.").format(
                    settings=names or values.get("title", "")))
                fresh = self._campaign_settings(campaign_id)
                edits = {k: v for k, v in changed.items() if fresh.get(k) == values.get(k)}
                values = fresh
                continue
            except SignonError as exc:
                self._report(exc)
                return
            break
        window.refresh(select=campaign_id)
        window.show_campaign(campaign_id, reload_tabs=True)
        self._say(translate("MainWindow", "Campaign settings saved."), 5000)

    def _campaign_settings(self, campaign_id: int) -> dict:
        from signon.store import campaigns as campaign_store

        with self.window.db.session() as session:
            campaign = campaign_store.get_campaign(session, campaign_id)
            return {key: getattr(campaign, key) for key in campaign_store.EDITABLE_FIELDS}

    def load_demo(self) -> None:
        from signon.exchange.campaign_file import load_demo

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.window.db.session() as session:
                demo_id = load_demo(session).id
        except SignonError as exc:
            QApplication.restoreOverrideCursor()
            self._report(exc)
            return
        QApplication.restoreOverrideCursor()
        self.window.refresh(select=demo_id)
        self._say(translate("MainWindow", "Demo campaign loaded."), 5000)
