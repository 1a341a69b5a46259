"""Translation service: a campaign's translation languages, the translated
texts of its fields, sections and items, their status, and the library's
language variants of a block.

How the Statement tab should use it: section and item translations travel
inside the `SectionDraft`s (`translations`, `item_translations`) that the
composer saves with `statements.replace_sections`, because every save
rewrites the section rows; edit them in the composer's document with
`signon.domain.translations.with_translation` / `set_field` and let the
autosave store them. The position-based setters here
(`set_section_translation`, `set_item_translation`) are for one-off writes
outside the composer (scripts, tests, the campaign file); a composer holding
an older copy of the statement would overwrite them at its next save.

Campaign fields (title, addressee, signatory heading) are not part of the
statement: set them with `set_campaign_translation` at any time.

All functions work in the caller's session/transaction and flush; none
commits. The JSON shape is described in docs/translations.md and
`signon.domain.translations`.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import Session, select

from signon.domain.compose import SectionDraft
from signon.domain.errors import ValidationError
from signon.domain.languages import is_language_code, normalise_language
from signon.domain.messages import _
from signon.domain.translations import (
    CAMPAIGN,
    CAMPAIGN_FIELDS,
    ITEM,
    FieldRef,
    FieldState,
    LanguageStatus,
    TranslationStatus,
    field_states,
    language_status,
    languages_text,
    mark_current,
    parse_languages,
    section_fields,
    with_translation,
    without_language,
)
from signon.domain.translations import dump_translations as _dump
from signon.domain.translations import load_translations as _load
from signon.store.models import Campaign, Section, SectionItem, utcnow


def _campaign(session: Session, campaign_id: int) -> Campaign:
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise ValidationError(_("no campaign with id {id}").format(id=campaign_id))
    return campaign


def _touch(session: Session, campaign: Campaign) -> None:
    campaign.updated_at = utcnow()
    session.add(campaign)
    session.flush()


# -- languages -------------------------------------------------------------------


def _statement_changed(session: Session, campaign: Campaign) -> None:
    """Section and item translations are part of the statement the composer
    saves whole: bump its revision so a composer opened before this change
    gets "changed by someone else" instead of silently writing over it."""
    from signon.store.concurrency import claim_statement_revision

    session.flush()
    claim_statement_revision(session, campaign.id, None)
    _touch(session, campaign)
    session.refresh(campaign, ["statement_revision"])


def primary_language(session: Session, campaign_id: int) -> str:
    """The language the statement is written (and endorsed) in."""
    return normalise_language(_campaign(session, campaign_id).language) or "en"


def translation_languages(session: Session, campaign_id: int) -> list[str]:
    """The campaign's translation languages in the order the coordinator gave
    them, without the primary language (["es", "ar"])."""
    campaign = _campaign(session, campaign_id)
    return parse_languages(campaign.languages or "", campaign.language)


def letter_languages(session: Session, campaign_id: int) -> list[str]:
    """Every language a letter can be exported in: primary first."""
    return [primary_language(session, campaign_id),
            *translation_languages(session, campaign_id)]


def set_translation_languages(session: Session, campaign_id: int,
                              languages: str | Iterable[str]) -> list[str]:
    """Set the translation languages ("es, ar" or ["es", "ar"]); returns them
    normalised. A language dropped from the list keeps its translations
    (hidden, not exported) so that removing it by mistake loses nothing; call
    `drop_language` to delete them."""
    campaign = _campaign(session, campaign_id)
    wanted = parse_languages(languages, campaign.language)
    for code in wanted:
        if not is_language_code(code):
            raise ValidationError(_("{value} is not a language code (such as es, fr, ar, "
                                    "pt-br)").format(value=repr(code)))
    campaign.languages = languages_text(wanted)
    _touch(session, campaign)
    return wanted


def add_language(session: Session, campaign_id: int, language: str) -> list[str]:
    return set_translation_languages(
        session, campaign_id, [*translation_languages(session, campaign_id), language])


def drop_language(session: Session, campaign_id: int, language: str) -> list[str]:
    """Remove a translation language and delete every translation into it."""
    language = normalise_language(language)
    campaign = _campaign(session, campaign_id)
    remaining = [c for c in translation_languages(session, campaign_id) if c != language]
    campaign.languages = languages_text(remaining)
    campaign.translations = _dump(without_language(_load(campaign.translations), language))
    sections = session.exec(select(Section).where(Section.campaign_id == campaign_id)).all()
    for s in sections:
        if language in _load(s.translations):
            s.translations = _dump(without_language(_load(s.translations), language))
            session.add(s)
    ids = [s.id for s in sections]
    if ids:
        for item in session.exec(select(SectionItem).where(SectionItem.section_id.in_(ids))):
            if language in _load(item.translations):
                item.translations = _dump(without_language(_load(item.translations), language))
                session.add(item)
    _touch(session, campaign)
    return remaining


# -- campaign fields ------------------------------------------------------------------


def campaign_translations(session: Session, campaign_id: int) -> dict:
    """The campaign's translations mapping (JSON shape of docs/translations.md)."""
    return _load(_campaign(session, campaign_id).translations)


def campaign_translation(session: Session, campaign_id: int, language: str) -> dict[str, str]:
    """{"title": …, "addressee": …, "signatory_heading": …} in `language`
    (only the fields that have a translation)."""
    entry = campaign_translations(session, campaign_id).get(normalise_language(language)) or {}
    return {k: v for k, v in entry.items() if k in CAMPAIGN_FIELDS and isinstance(v, str)}


def set_campaign_translation(session: Session, campaign_id: int, language: str,
                             field: str, text: str) -> None:
    """Translate a campaign field (title, addressee, signatory_heading) as of
    its current primary text; blank text removes the translation."""
    if field not in CAMPAIGN_FIELDS:
        raise ValidationError(_("campaign field {field} is not translatable (only "
                                "{fields})").format(field=repr(field),
                                                    fields=", ".join(CAMPAIGN_FIELDS)))
    campaign = _campaign(session, campaign_id)
    _check_language(campaign, language)
    campaign.translations = _dump(with_translation(
        _load(campaign.translations), language, field, text, getattr(campaign, field)))
    _touch(session, campaign)


def _check_language(campaign: Campaign, language: str) -> None:
    code = normalise_language(language)
    if not is_language_code(code):
        raise ValidationError(_("{value} is not a language code").format(value=repr(language)))
    if code == normalise_language(campaign.language):
        raise ValidationError(_("{value} is the campaign's own language: edit the text "
                                "itself").format(value=repr(code)))


# -- sections and items by position -------------------------------------------------


def _section_row(session: Session, campaign_id: int, index: int) -> Section:
    rows = session.exec(select(Section).where(Section.campaign_id == campaign_id)
                        .order_by(Section.position, Section.id)).all()
    if not 0 <= index < len(rows):
        raise ValidationError(_("the statement has no section {number}").format(
            number=index + 1))
    return rows[index]


def set_section_translation(session: Session, campaign_id: int, section_index: int,
                            language: str, field: str, text: str) -> None:
    """Translate a section's title, text or lead (position `section_index`, from
    0) as of its current primary text. See the module note: the composer saves
    translations inside its drafts instead."""
    campaign = _campaign(session, campaign_id)
    _check_language(campaign, language)
    row = _section_row(session, campaign_id, section_index)
    allowed = section_fields(SectionDraft(kind=row.kind))
    if field not in allowed:
        raise ValidationError(_("a {kind} section has no translatable field {field} (only "
                                "{fields})").format(kind=row.kind, field=repr(field),
                                                    fields=", ".join(allowed)))
    row.translations = _dump(with_translation(_load(row.translations), language, field,
                                              text, getattr(row, field)))
    session.add(row)
    _statement_changed(session, campaign)


def set_item_translation(session: Session, campaign_id: int, section_index: int,
                         item_index: int, language: str, text: str) -> None:
    """Translate one list item as of its current primary text."""
    campaign = _campaign(session, campaign_id)
    _check_language(campaign, language)
    item = _item_row(session, campaign_id, section_index, item_index)
    item.translations = _dump(with_translation(_load(item.translations), language, "text",
                                               text, item.text))
    session.add(item)
    _statement_changed(session, campaign)


def _item_row(session: Session, campaign_id: int, section_index: int,
              item_index: int) -> SectionItem:
    section = _section_row(session, campaign_id, section_index)
    items = session.exec(select(SectionItem).where(SectionItem.section_id == section.id)
                         .order_by(SectionItem.position, SectionItem.id)).all()
    if not 0 <= item_index < len(items):
        raise ValidationError(_("section {section} has no item {item}").format(
            section=section_index + 1, item=item_index + 1))
    return items[item_index]


def set_translation(session: Session, campaign_id: int, ref: FieldRef, language: str,
                    text: str) -> None:
    """Set any field's translation by its `FieldRef` (as `translation_states`
    hands them out)."""
    if ref.place == CAMPAIGN:
        set_campaign_translation(session, campaign_id, language, ref.name, text)
    elif ref.place == ITEM:
        set_item_translation(session, campaign_id, ref.section or 0, ref.item or 0,
                             language, text)
    else:
        set_section_translation(session, campaign_id, ref.section or 0, language, ref.name,
                                text)


def confirm_translation(session: Session, campaign_id: int, ref: FieldRef,
                        language: str) -> None:
    """An outdated translation still holds after the primary change: make it
    current without changing its text."""
    campaign = _campaign(session, campaign_id)
    if ref.place == CAMPAIGN:
        campaign.translations = _dump(mark_current(
            _load(campaign.translations), language, ref.name, getattr(campaign, ref.name)))
    elif ref.place == ITEM:
        item = _item_row(session, campaign_id, ref.section or 0, ref.item or 0)
        item.translations = _dump(mark_current(_load(item.translations), language, "text",
                                               item.text))
        session.add(item)
    else:
        row = _section_row(session, campaign_id, ref.section or 0)
        row.translations = _dump(mark_current(_load(row.translations), language, ref.name,
                                              getattr(row, ref.name)))
        session.add(row)
    if ref.place == CAMPAIGN:
        _touch(session, campaign)
    else:
        _statement_changed(session, campaign)


# -- status -------------------------------------------------------------------------


def campaign_fields(session: Session, campaign_id: int) -> dict:
    """The campaign's translatable fields and translations, in the form
    `signon.domain.translations.field_states` takes."""
    c = _campaign(session, campaign_id)
    return {"title": c.title, "addressee": c.addressee,
            "signatory_heading": c.signatory_heading,
            "translations": _load(c.translations)}


def translation_states(session: Session, campaign_id: int,
                       language: str) -> list[FieldState]:
    """Every field with something to translate, with its status in `language`
    (campaign fields first, then the statement in reading order)."""
    from signon.store.statements import load_sections

    return field_states(load_sections(session, campaign_id), language,
                        campaign_fields(session, campaign_id))


def translation_status(session: Session, campaign_id: int) -> dict[str, LanguageStatus]:
    """Counts of current/outdated/missing fields per translation language."""
    from signon.store.statements import load_sections

    sections = load_sections(session, campaign_id)
    fields = campaign_fields(session, campaign_id)
    return {lang: language_status(field_states(sections, lang, fields), lang)
            for lang in translation_languages(session, campaign_id)}


def outdated_translations(session: Session, campaign_id: int) -> list[FieldState]:
    """Translations (in the campaign's languages) made from a primary text
    that has changed since, each with the old and new primary text."""
    from signon.store.statements import load_sections

    sections = load_sections(session, campaign_id)
    fields = campaign_fields(session, campaign_id)
    return [state for lang in translation_languages(session, campaign_id)
            for state in field_states(sections, lang, fields)
            if state.status is TranslationStatus.OUTDATED]


def freeze_warnings(session: Session, campaign_id: int) -> list[str]:
    """What the coordinator should hear before freezing a version: one line per
    language with outdated or missing translations, naming the outdated
    fields ("es: 2 outdated (section 2 (concern) item 3, addressee)"). Empty
    when every translation is current. Freezing is still allowed: endorsers
    sign the primary text."""
    from signon.store.statements import load_sections

    sections = load_sections(session, campaign_id)
    fields = campaign_fields(session, campaign_id)
    lines = []
    for lang in translation_languages(session, campaign_id):
        states = field_states(sections, lang, fields)
        outdated = [s for s in states if s.status is TranslationStatus.OUTDATED]
        missing = [s for s in states if s.status is TranslationStatus.MISSING]
        parts = []
        if outdated:
            names = ", ".join(s.ref.label(sections) for s in outdated[:6])
            more = f" and {len(outdated) - 6} more" if len(outdated) > 6 else ""
            parts.append(f"{len(outdated)} outdated ({names}{more})")
        if missing:
            parts.append(f"{len(missing)} missing")
        if parts:
            lines.append(f"{lang}: {'; '.join(parts)}")
    return lines
