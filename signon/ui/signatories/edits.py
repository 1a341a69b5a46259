"""What the Signatories tab writes about who is on the list: add, edit,
remove, private contacts, merging duplicate organisations, importing.

`SignatoryEdits` acts for one `SignatoriesTab`: it reads the tab's
selection, asks through `signon.ui.dialogs` (tests answer there), writes
through a store service in one transaction, then has the tab show the
result (`reload`, `refresh_rows`, a notice) and emit `changed`. Status
changes are `bulk_status.StatusChanges`; the reconfirmation banner is
`reconfirm.Reconfirmation`.

Its texts keep the tab's translation context ("SignatoriesTab").
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from signon.domain.errors import SignonError
from signon.domain.signatory_kind import SignatoryKind
from signon.domain.status import Status
from signon.store.concurrency import ConflictError
from signon.ui import dialogs
from signon.ui.i18n import translate
from signon.ui.labels import status_word
from signon.ui.signatories import prompts, wording
from signon.ui.signatories.signatory_dialog import SignatoryDialog, SignatoryValues
from signon.ui.signatories.table_model import STATUS

if TYPE_CHECKING:
    from signon.ui.campaign_tab import CampaignTab



class SignatoryEdits(QObject):
    """Adding, editing and removing the tab's signatories and their contacts.
    `tab` is the SignatoriesTab (typed by its base class: the tab's module
    imports this one, and no two modules import each other)."""

    def __init__(self, tab: CampaignTab):
        super().__init__(tab)
        self.tab = tab
        self.db = tab.db
        self._wizard = None  # the import wizard while it is open
        tab.details.personal_data_requested.connect(self.show_personal_data)

    # -- add and edit ------------------------------------------------------------------------

    def directory_hint(self, kind: str, name: str, acronym: str,
                       country: str) -> tuple[str, str]:
        """The line under the name in the add dialog, and its role: a
        warning when the campaign has it already or something like it
        (`store.campaign_duplicates`), else a note when the directory has it."""
        from signon.store.organisations import match_organisation

        if not name.strip() or self.tab.campaign_id is None:
            return "", ""
        with self.db.session() as session:
            matches = self._matches(session, kind, name, acronym, country)
            if matches:
                first = matches[0]
                text = translate("SignatoriesTab", "Already on this campaign as “{name}” "
                                                   "({status}).") if first.same else \
                    translate("SignatoriesTab", "This campaign has “{name}” ({status}): the "
                                                "same signatory?")
                return text.format(name=first.name, status=status_word(first.status)), \
                    "warning"
            if kind != SignatoryKind.ORGANISATION:
                return "", ""
            org = match_organisation(session, name, acronym=acronym, country=country)
            if org is None:
                return "", ""
            bits = ", ".join(b for b in (org.acronym, org.country) if b)
            name = f"{org.name} ({bits})" if bits else org.name
            return translate("SignatoriesTab", "Already in the directory as “{name}”: that "
                                               "entry will be used.").format(name=name), "note"

    def _matches(self, session, kind: str, name: str, acronym: str, country: str) -> list:
        from signon.store.campaign_duplicates import campaign_matches

        return campaign_matches(session, self.tab.campaign_id, kind=kind, name=name,
                                acronym=acronym, country=country)

    def add_signatory(self) -> None:
        """The Add dialog; a signatory the campaign has already, or one like
        it, is asked about first (`prompts.ask_duplicate`): open the
        existing one, add anyway (not the very same entry), or go back."""
        tab = self.tab
        if tab.campaign_id is None:
            return
        from signon.store.signatories import add_signatory

        dialog = SignatoryDialog(tab, policy=tab.policy, lookup=self.directory_hint)
        while dialogs.exec_dialog(dialog):
            v = dialog.values()
            with self.db.session() as session:
                matches = self._matches(session, v.kind, v.name, v.acronym, v.country)
            if matches:
                answer = prompts.ask_duplicate(tab, v.name, matches)
                if answer == prompts.OPEN:
                    self._show_existing(matches[0].signatory_id)
                    return
                if answer != prompts.ADD_ANYWAY:
                    continue  # back to the form, as it was filled
            try:
                with self.db.session() as session:
                    sig = add_signatory(
                        session, tab.campaign_id, kind=v.kind, name=v.name, status=v.status,
                        acronym=v.acronym, country=v.country, org_type=v.org_type,
                        website=v.website, title=v.title, affiliation=v.affiliation,
                        notes=v.notes, channel=v.channel, **v.contact)
                    new_id = sig.id
            except SignonError as exc:
                dialog.show_error(str(exc))
                continue
            tab.reload()
            self._show_existing(new_id)
            tab.changed.emit()
            return

    def _show_existing(self, signatory_id: int) -> None:
        """Select one signatory, whatever the search and filter hid, and
        show it in the side panel."""
        tab = self.tab
        tab.search.clear()
        tab.set_status_filter(None)
        tab.select_ids([signatory_id])
        row = tab.model.row_of_id(signatory_id)
        if row >= 0:
            tab.table.scrollTo(tab.model.index(row, 0))
            tab.table.setFocus()

    def _details(self, sid: int):
        from signon.store.signatories import signatory_details

        with self.db.session() as session:
            d = signatory_details(session, sid)
        return d.signatory, d.organisation

    def edit_current(self) -> None:
        tab = self.tab
        ids = tab.selected_ids()
        if len(ids) != 1 or tab.bulk_running:
            return
        sid = ids[0]
        sig, org = self._details(sid)
        existing = SignatoryValues(
            kind=sig.kind, name=org.name if org else sig.name,
            acronym=org.acronym if org else "", country=(org.country if org else sig.country),
            org_type=org.org_type if org else "", website=org.website if org else "",
            title=sig.title, affiliation=sig.affiliation, notes=sig.notes)
        dialog = SignatoryDialog(tab, existing=existing)
        while dialogs.exec_dialog(dialog):
            try:
                self._save_edit(sid, sig, org, dialog.values())
            except ConflictError as exc:
                # their version goes into the table and the side panel; with
                # Reload the form comes back with the coordinator's own values,
                # to save again over theirs knowingly (or cancel)
                tab.refresh_rows([sid])
                tab.show_details(sid)
                question = translate(
                    "SignatoriesTab", "{error}.\n\nReload shows their version in the table; "
                                      "your edit stays in the form so you can save it again "
                                      "over theirs.").format(error=str(exc))
                if not dialogs.confirm(tab, translate("SignatoriesTab", "Changed by someone else"),
                                       question, translate("SignatoriesTab", "Reload")):
                    return
                sig, org = self._details(sid)
                continue
            except SignonError as exc:
                dialog.show_error(str(exc))
                continue
            tab.refresh_rows([sid])
            tab.show_details(sid)
            tab.changed.emit()
            return

    def _save_edit(self, sid: int, sig, org, v: SignatoryValues) -> None:
        """Write the form over the versions it was filled from: a teammate's
        save since then is a ConflictError, not silently overwritten."""
        from signon.store.organisations import update_organisation
        from signon.store.signatories import update_signatory

        with self.db.session() as session:
            if org is not None:
                update_organisation(session, org.id, expected_version=org.row_version,
                                    name=v.name, acronym=v.acronym,
                                    country=v.country, org_type=v.org_type,
                                    website=v.website)
                update_signatory(session, sid, expected_version=sig.row_version,
                                 notes=v.notes)
            else:
                update_signatory(session, sid, expected_version=sig.row_version,
                                 name=v.name, title=v.title,
                                 affiliation=v.affiliation, country=v.country,
                                 notes=v.notes)

    # -- remove ------------------------------------------------------------------------------

    def remove_selected(self) -> None:
        tab = self.tab
        ids = tab.selected_ids()
        if not ids or tab.bulk_running:
            return
        from signon.store.signatories import remove_signatories

        endorsed = [i for i in ids if tab.model.find(i)[STATUS] in (
            Status.ENDORSED.value, Status.NEEDS_RECONFIRMATION.value)]
        answer = prompts.ask_remove(tab, len(ids), len(endorsed))
        if answer == prompts.WITHDRAW:
            tab.statuses.apply_status(endorsed, Status.WITHDRAWN.value, channel="app",
                                      note="withdrawn instead of removed")
            return
        if answer != prompts.REMOVE:
            return
        try:
            with self.db.session() as session:
                n = remove_signatories(session, ids)
        except SignonError as exc:
            tab.fail(str(exc))
            return
        tab.reload()
        tab.show_notice(escape(wording.removed(n)) + " " + tab.dismiss_link())
        tab.changed.emit()

    # -- private contacts (edited in the side panel) -------------------------------------------

    def show_personal_data(self, email: str) -> None:
        """What is held about the contact at `email`; after an erasure the
        table and the other tabs read again (an individual may have left)."""
        from signon.ui.signatories.personal_data import PersonalDataDialog

        tab = self.tab
        dialog = PersonalDataDialog(self.db, email, tab)
        dialog.erased.connect(tab.reload)
        dialog.erased.connect(tab.changed.emit)
        dialogs.exec_dialog(dialog)

    def contact_edited(self, contact_id: int, field: str, value: str) -> None:
        from signon.store.organisations import update_contact

        tab = self.tab
        shown = getattr(tab.details, "details", None)
        contact = next((c for c in (shown.contacts if shown else []) if c.id == contact_id),
                       None)
        try:
            with self.db.session() as session:
                saved = update_contact(session, contact_id,
                                       expected_version=contact.row_version if contact else None,
                                       **{field: value})
                if contact is not None:
                    contact.row_version = saved.row_version  # the next cell edit's base
        except ConflictError as exc:
            tab.fail(translate("SignatoriesTab", "{error}. Their version is shown now; edit the "
                                                 "cell again to change it.").format(error=str(exc)))
            if tab.shown_id is not None:
                tab.show_details(tab.shown_id)
            return
        except SignonError as exc:
            tab.fail(str(exc))
        tab.changed.emit()

    def contact_added(self) -> None:
        tab = self.tab
        ids = tab.selected_ids()
        if len(ids) != 1:
            return
        from signon.store.signatories import add_signatory_contact

        with self.db.session() as session:
            add_signatory_contact(session, ids[0],
                                  name=translate("SignatoriesTab", "New contact"))
        tab.show_details(ids[0])
        table = tab.details.contacts
        row = table.rowCount() - 1
        if row >= 0:
            table.setCurrentCell(row, 0)
            table.editItem(table.item(row, 0))
        tab.changed.emit()

    def contact_removed(self, contact_id: int) -> None:
        from signon.store.organisations import delete_contact

        tab = self.tab
        if not dialogs.confirm(
                tab, translate("SignatoriesTab", "Remove contact"),
                translate("SignatoriesTab", "Forget this private contact? This cannot be undone."),
                translate("SignatoriesTab", "Remove")):
            return
        with self.db.session() as session:
            delete_contact(session, contact_id)
        ids = tab.selected_ids()
        if len(ids) == 1:
            tab.show_details(ids[0])
        tab.changed.emit()

    # -- merge and import --------------------------------------------------------------------

    def open_merge_dialog(self) -> None:
        from signon.ui.signatories.merge_dialog import MergeDialog

        dialog = MergeDialog(self.db, self.tab)
        dialog.merged.connect(self._reload)
        dialogs.exec_dialog(dialog)

    def open_import_wizard(self) -> None:
        tab = self.tab
        if tab.campaign_id is None:
            return
        from signon.ui.signatories.import_wizard import ImportWizard

        wizard = ImportWizard(self.db, tab.campaign_id, tab)
        wizard.imported.connect(self._reload)
        self._wizard = wizard
        dialogs.exec_dialog(wizard)
        self._wizard = None

    def _reload(self) -> None:
        """After a merge or an import: every row may have moved."""
        self.tab.reload()
        self.tab.changed.emit()
