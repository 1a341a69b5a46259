"""Translating the campaign: adding a translation language, translating the
title, addressee and signatory heading, and the preview following the
language being translated. What the Statement tab does with translations,
on the store; the statement's own translations are edited in the composer
and saved with its text.
"""

from __future__ import annotations

from signon.domain.errors import SignonError
from signon.ui import dialogs
from signon.ui.statement.host import StatementHost


class TranslationActions:
    """Translation languages and the campaign's translated fields, for the
    tab's campaign."""

    def __init__(self, tab: StatementHost):
        self.tab = tab

    def preview_in(self, language: str | None) -> None:
        """The preview follows the language being translated (None: the
        campaign's own)."""
        campaign = self.tab.campaign
        if campaign is None:
            return
        combo = self.tab.preview_language
        index = combo.findData(language or campaign.language)
        if index >= 0:
            combo.setCurrentIndex(index)

    def ask_add_language(self) -> None:
        from signon.ui.statement.translation_dialogs import ask_language

        tab = self.tab
        if tab.campaign_id is None or tab.campaign is None:
            return
        code = ask_language(tab, tab.campaign.language, tab.composer.translation_languages)
        if code:
            self.add_language(code)

    def add_language(self, code: str) -> bool:
        """Add a translation language to the campaign and start translating
        into it."""
        from signon.store.translations import add_language

        tab = self.tab
        if tab.campaign_id is None:
            return False
        try:
            with tab.db.session() as session:
                add_language(session, tab.campaign_id, code)
        except SignonError as exc:
            tab.notify(str(exc))
            return False
        tab.changed.emit()
        tab.refresh_context()
        tab.composer.set_translation_language(code.strip().lower())
        return True

    def edit_campaign_translations(self) -> None:
        """Translate the title, addressee and signatory heading (campaign
        fields, stored at once: they are not part of the statement's text)."""
        from signon.ui.statement.translation_dialogs import CampaignTranslationDialog

        tab = self.tab
        language = tab.composer.translation_language
        if tab.campaign_id is None or tab.campaign is None or not language:
            return
        dialog = CampaignTranslationDialog(tab.campaign, language, tab)
        if dialogs.exec_dialog(dialog):
            self.save_campaign_translations(language, dialog.changes())
        dialog.deleteLater()

    def save_campaign_translations(self, language: str,
                                   changes: dict[str, str | None]) -> None:
        """`changes`: field → new translation, or None to mark it up to date."""
        from signon.domain.translations import CAMPAIGN, FieldRef
        from signon.store import translations

        tab = self.tab
        if tab.campaign_id is None or not changes:
            return
        try:
            with tab.db.session() as session:
                for name, text in changes.items():
                    if text is None:
                        translations.confirm_translation(
                            session, tab.campaign_id, FieldRef(CAMPAIGN, name), language)
                    else:
                        translations.set_campaign_translation(
                            session, tab.campaign_id, language, name, text)
        except SignonError as exc:
            tab.notify(str(exc))
            return
        tab.changed.emit()
        tab.refresh_context()
