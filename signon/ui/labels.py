"""What the interface shows for domain values and for dates and numbers,
in the interface language.

The domain keeps plain English identifiers ("needs_reconfirmation",
"recommendation", "by country") and no Qt. The interface never shows those
identifiers: it asks these functions, so each language gets its own words.
The words are marked with QT_TRANSLATE_NOOP for pyside6-lupdate (one
context per family, so a translator sees "Status" apart from "Campaign
status") and translated when shown, after `signon.ui.i18n.install`.

Dates and numbers follow the default QLocale, which `i18n.install` sets from
the interface language. The "C" locale (no locale chosen, as in CI and
tests that build widgets without installing a language) keeps the
unambiguous forms: ISO dates and English digit grouping.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QObject, QTime

from signon.domain.languages import base_language
from signon.domain.signatory_kind import SignatoryKind
from signon.ui.i18n import translate


class StatusCount(QObject):
    """Translation context of the per-status counts ("4 invited").
    `StatusCount.tr(text, "", n)` is how lupdate reads a plural
    (docs/interface-languages.md)."""


class WordDiff(QObject):
    """Translation context of the word diff summary ("92 words removed").
    `WordDiff.tr(text, "", n)` is how lupdate reads a plural
    (docs/interface-languages.md)."""


def _lookup(context: str, table: dict[str, str], value: str | None) -> str:
    """Translated label of `value`, or the value itself when it is not in the
    table (data from a newer Sign-on, a typed value)."""
    if value is None:
        return ""
    key = str(value)
    source = table.get(key)
    return QCoreApplication.translate(context, source) if source else key


# ---------------------------------------------------------------- signatories
STATUS = {
    "prospect": QT_TRANSLATE_NOOP("Status", "Prospect"),
    "invited": QT_TRANSLATE_NOOP("Status", "Invited"),
    "reminded": QT_TRANSLATE_NOOP("Status", "Reminded"),
    "endorsed": QT_TRANSLATE_NOOP("Status", "Endorsed"),
    "declined": QT_TRANSLATE_NOOP("Status", "Declined"),
    "no_response": QT_TRANSLATE_NOOP("Status", "No response"),
    "withdrawn": QT_TRANSLATE_NOOP("Status", "Withdrawn"),
    "needs_reconfirmation": QT_TRANSLATE_NOOP("Status", "Needs reconfirmation"),
}
#: The same statuses inside a sentence ("3 moved to endorsed"): lower case in
#: English, whatever reads naturally in a sentence elsewhere.
STATUS_WORD = {
    "prospect": QT_TRANSLATE_NOOP("StatusInSentence", "prospect"),
    "invited": QT_TRANSLATE_NOOP("StatusInSentence", "invited"),
    "reminded": QT_TRANSLATE_NOOP("StatusInSentence", "reminded"),
    "endorsed": QT_TRANSLATE_NOOP("StatusInSentence", "endorsed"),
    "declined": QT_TRANSLATE_NOOP("StatusInSentence", "declined"),
    "no_response": QT_TRANSLATE_NOOP("StatusInSentence", "no response"),
    "withdrawn": QT_TRANSLATE_NOOP("StatusInSentence", "withdrawn"),
    "needs_reconfirmation": QT_TRANSLATE_NOOP("StatusInSentence", "needs reconfirmation"),
}
CHANNEL = {
    "email": QT_TRANSLATE_NOOP("Channel", "Email"),
    "form": QT_TRANSLATE_NOOP("Channel", "Form"),
    "phone": QT_TRANSLATE_NOOP("Channel", "Phone"),
    "in person": QT_TRANSLATE_NOOP("Channel", "In person"),
    "import": QT_TRANSLATE_NOOP("Channel", "Import"),
    "app": QT_TRANSLATE_NOOP("Channel", "Other"),
}
SIGNATORY_KIND = {
    SignatoryKind.ORGANISATION: QT_TRANSLATE_NOOP("SignatoryKind", "Organisation"),
    SignatoryKind.INDIVIDUAL: QT_TRANSLATE_NOOP("SignatoryKind", "Individual"),
}
#: Suggested organisation types (the field stays free text, stored as typed).
ORG_TYPE = {
    "NGO": QT_TRANSLATE_NOOP("OrganisationType", "NGO"),
    "Network": QT_TRANSLATE_NOOP("OrganisationType", "Network"),
    "Academic": QT_TRANSLATE_NOOP("OrganisationType", "Academic"),
    "Union": QT_TRANSLATE_NOOP("OrganisationType", "Union"),
    "Foundation": QT_TRANSLATE_NOOP("OrganisationType", "Foundation"),
    "Community group": QT_TRANSLATE_NOOP("OrganisationType", "Community group"),
    "Media": QT_TRANSLATE_NOOP("OrganisationType", "Media"),
    "Faith-based": QT_TRANSLATE_NOOP("OrganisationType", "Faith-based"),
    "Company": QT_TRANSLATE_NOOP("OrganisationType", "Company"),
    "Professional body": QT_TRANSLATE_NOOP("OrganisationType", "Professional body"),
    "Public body": QT_TRANSLATE_NOOP("OrganisationType", "Public body"),
    "Other": QT_TRANSLATE_NOOP("OrganisationType", "Other"),
}
#: Columns of an import mapped to signatory fields (signon.domain.fields).
FIELD = {
    "name": QT_TRANSLATE_NOOP("ImportField", "Name (organisation or person)"),
    "acronym": QT_TRANSLATE_NOOP("ImportField", "Acronym"),
    "country": QT_TRANSLATE_NOOP("ImportField", "Country"),
    "type": QT_TRANSLATE_NOOP("ImportField", "Organisation type"),
    "website": QT_TRANSLATE_NOOP("ImportField", "Website"),
    "email": QT_TRANSLATE_NOOP("ImportField", "Email (private contact)"),
    "contact": QT_TRANSLATE_NOOP("ImportField", "Contact person (private)"),
    "title": QT_TRANSLATE_NOOP("ImportField", "Title / position (individuals)"),
    "affiliation": QT_TRANSLATE_NOOP("ImportField", "Affiliation (individuals)"),
    "notes": QT_TRANSLATE_NOOP("ImportField", "Notes"),
    "signing_as": QT_TRANSLATE_NOOP("ImportField", "Signing as (organisation / individual)"),
    "endorsed_at": QT_TRANSLATE_NOOP("ImportField", "Endorsement date"),
    "status": QT_TRANSLATE_NOOP("ImportField", "Status (endorsed, declined, …)"),
}

# ------------------------------------------------------------------ campaigns
CAMPAIGN_STATUS = {
    "drafting": QT_TRANSLATE_NOOP("CampaignStatus", "Drafting"),
    "collecting": QT_TRANSLATE_NOOP("CampaignStatus", "Collecting"),
    "closed": QT_TRANSLATE_NOOP("CampaignStatus", "Closed"),
    "published": QT_TRANSLATE_NOOP("CampaignStatus", "Published"),
}
#: The longer form the settings dialog offers.
CAMPAIGN_STATUS_CHOICE = {
    "drafting": QT_TRANSLATE_NOOP("CampaignStatus", "Drafting the statement"),
    "collecting": QT_TRANSLATE_NOOP("CampaignStatus", "Collecting endorsements"),
    "closed": QT_TRANSLATE_NOOP("CampaignStatus", "Closed to new endorsements"),
    "published": QT_TRANSLATE_NOOP("CampaignStatus", "Published"),
}
LIST_ORDER = {
    "alphabetical": QT_TRANSLATE_NOOP("ListOrder", "Alphabetical"),
    "country": QT_TRANSLATE_NOOP("ListOrder", "By country"),
    "type": QT_TRANSLATE_NOOP("ListOrder", "By organisation type"),
    "date": QT_TRANSLATE_NOOP("ListOrder", "By date endorsed"),
    "manual": QT_TRANSLATE_NOOP("ListOrder", "Manual (your own order)"),
}
POLICY = {
    "organisations": QT_TRANSLATE_NOOP("SignatoryPolicy", "Organisations only"),
    "individuals": QT_TRANSLATE_NOOP("SignatoryPolicy", "Individuals only"),
    "both": QT_TRANSLATE_NOOP("SignatoryPolicy", "Organisations and individuals"),
}
#: Letter languages the campaign settings offer, in English; the list shows
#: each translated, followed by its own name (NATIVE_LANGUAGE).
LANGUAGE = {
    "en": QT_TRANSLATE_NOOP("Language", "English"),
    "es": QT_TRANSLATE_NOOP("Language", "Spanish"),
    "fr": QT_TRANSLATE_NOOP("Language", "French"),
    "ar": QT_TRANSLATE_NOOP("Language", "Arabic"),
    "pt": QT_TRANSLATE_NOOP("Language", "Portuguese"),
    "de": QT_TRANSLATE_NOOP("Language", "German"),
    "it": QT_TRANSLATE_NOOP("Language", "Italian"),
    "ru": QT_TRANSLATE_NOOP("Language", "Russian"),
    "zh": QT_TRANSLATE_NOOP("Language", "Chinese"),
    "hi": QT_TRANSLATE_NOOP("Language", "Hindi"),
    "sw": QT_TRANSLATE_NOOP("Language", "Swahili"),
    "tr": QT_TRANSLATE_NOOP("Language", "Turkish"),
    "he": QT_TRANSLATE_NOOP("Language", "Hebrew"),
    "fa": QT_TRANSLATE_NOOP("Language", "Persian"),
}
NATIVE_LANGUAGE = {
    "en": "English", "es": "español", "fr": "français", "ar": "العربية",
    "pt": "português", "de": "Deutsch", "it": "italiano", "ru": "русский", "zh": "中文",
    "hi": "हिन्दी", "sw": "Kiswahili", "tr": "Türkçe", "he": "עברית", "fa": "فارسی",
}

# ------------------------------------------------------------------ statement
SECTION_KIND = {
    "intro": QT_TRANSLATE_NOOP("SectionKind", "Introduction"),
    "concern": QT_TRANSLATE_NOOP("SectionKind", "Concern"),
    "recommendation": QT_TRANSLATE_NOOP("SectionKind", "Recommendation"),
    "closing": QT_TRANSLATE_NOOP("SectionKind", "Closing"),
    "text": QT_TRANSLATE_NOOP("SectionKind", "Text"),
}
SECTION_KIND_PLURAL = {
    "intro": QT_TRANSLATE_NOOP("SectionKind", "Introductions"),
    "concern": QT_TRANSLATE_NOOP("SectionKind", "Concerns"),
    "recommendation": QT_TRANSLATE_NOOP("SectionKind", "Recommendations"),
    "closing": QT_TRANSLATE_NOOP("SectionKind", "Closings"),
    "text": QT_TRANSLATE_NOOP("SectionKind", "Texts"),
}
#: List numbering styles; the composer shows the ordinal style with the
#: letter language's own words ("First, Second … Finally") when it has them.
NUMBERING = {
    "ordinal": QT_TRANSLATE_NOOP("Numbering", "Ordinal words (numbered in this language)"),
    "number": QT_TRANSLATE_NOOP("Numbering", "1.  2.  3."),
    "bullet": QT_TRANSLATE_NOOP("Numbering", "•  Bullets"),
    "none": QT_TRANSLATE_NOOP("Numbering", "No numbering"),
}

# ------------------------------------------------------------------- outreach
TEMPLATE_KIND = {
    "invitation": QT_TRANSLATE_NOOP("TemplateKind", "Invitation"),
    "reminder": QT_TRANSLATE_NOOP("TemplateKind", "Reminder"),
    "reconfirmation": QT_TRANSLATE_NOOP("TemplateKind", "Reconfirmation"),
    "thank_you": QT_TRANSLATE_NOOP("TemplateKind", "Thank-you"),
    "custom": QT_TRANSLATE_NOOP("TemplateKind", "Custom"),
}
#: What each message placeholder inserts (signon.domain.message_templates.PLACEHOLDERS).
PLACEHOLDER = {
    "organisation": QT_TRANSLATE_NOOP(
        "Placeholder", "the signatory's name (the organisation, or the person)"),
    "contact": QT_TRANSLATE_NOOP("Placeholder", "the contact person's name"),
    "campaign": QT_TRANSLATE_NOOP("Placeholder", "the campaign title"),
    "deadline": QT_TRANSLATE_NOOP(
        "Placeholder", "the deadline, as a long date in the template's language"),
    "statement": QT_TRANSLATE_NOOP("Placeholder", "the current text of the statement"),
    "link": QT_TRANSLATE_NOOP(
        "Placeholder", "the web address where organisations sign (Campaign settings)"),
    "coordinator": QT_TRANSLATE_NOOP(
        "Placeholder", "the coordinator's name, who signs the message (Campaign settings)"),
}
SMTP_SECURITY = {
    "starttls": QT_TRANSLATE_NOOP("SmtpSecurity", "STARTTLS (usually port 587)"),
    "ssl": QT_TRANSLATE_NOOP("SmtpSecurity", "SSL/TLS (usually port 465)"),
    "none": QT_TRANSLATE_NOOP("SmtpSecurity", "None (local relay only)"),
}


def status_label(value: str | None) -> str:
    """"Needs reconfirmation": a signatory status on its own (lists, columns)."""
    return _lookup("Status", STATUS, value)


def status_word(value: str | None) -> str:
    """"needs reconfirmation": a status inside a sentence."""
    return _lookup("StatusInSentence", STATUS_WORD, value)


def status_count(value: str, n: int) -> str:
    """"4 invited": how many signatories are in a status (the counts line), with
    the plural form the number takes in the interface language."""
    if value == "prospect":
        return StatusCount.tr("%Ln prospect", "", n)
    if value == "invited":
        return StatusCount.tr("%Ln invited", "", n)
    if value == "reminded":
        return StatusCount.tr("%Ln reminded", "", n)
    if value == "endorsed":
        return StatusCount.tr("%Ln endorsed", "", n)
    if value == "declined":
        return StatusCount.tr("%Ln declined", "", n)
    if value == "no_response":
        return StatusCount.tr("%Ln no response", "", n)
    if value == "withdrawn":
        return StatusCount.tr("%Ln withdrawn", "", n)
    if value == "needs_reconfirmation":
        return StatusCount.tr("%Ln needs reconfirmation", "", n)
    return f"{format_number(n)} {value}"


def country_label(code: str | None) -> str:
    """A country (ISO code) named in the interface language ("Spain",
    "España", "Espagne", "إسبانيا"); the code itself when unknown."""
    from signon.domain.countries import country_name
    from signon.ui.i18n import current_language

    return country_name(code or "", current_language())


def channel_label(value: str | None) -> str:
    return _lookup("Channel", CHANNEL, value)


def signatory_kind_label(value: str | None) -> str:
    return _lookup("SignatoryKind", SIGNATORY_KIND, value)


def org_type_label(value: str | None) -> str:
    """A suggested organisation type in the interface language; a type typed
    by hand is shown as typed."""
    return _lookup("OrganisationType", ORG_TYPE, value)


def field_label(value: str | None) -> str:
    return _lookup("ImportField", FIELD, value)


def campaign_status_label(value: str | None) -> str:
    return _lookup("CampaignStatus", CAMPAIGN_STATUS, value)


def campaign_status_choice(value: str | None) -> str:
    return _lookup("CampaignStatus", CAMPAIGN_STATUS_CHOICE, value)


def list_order_label(value: str | None) -> str:
    return _lookup("ListOrder", LIST_ORDER, value)


def policy_label(value: str | None) -> str:
    return _lookup("SignatoryPolicy", POLICY, value)


def section_kind_label(value: str | None) -> str:
    return _lookup("SectionKind", SECTION_KIND, value)


def section_kind_plural(value: str | None) -> str:
    return _lookup("SectionKind", SECTION_KIND_PLURAL, value)


def numbering_label(value: str | None) -> str:
    return _lookup("Numbering", NUMBERING, value)


def template_kind_label(value: str | None) -> str:
    if value in TEMPLATE_KIND:
        return _lookup("TemplateKind", TEMPLATE_KIND, value)
    return (value or "").replace("_", " ").capitalize()


def placeholder_meaning(name: str) -> str:
    return _lookup("Placeholder", PLACEHOLDER, name)


def template_label(kind: str, language: str, name: str = "") -> str:
    """"Reminder (fr)", or the template's own name when it has one."""
    return name.strip() or f"{template_kind_label(kind)} ({language})"


def smtp_security_label(value: str | None) -> str:
    return _lookup("SmtpSecurity", SMTP_SECURITY, value)


def language_label(code: str) -> str:
    """"Spanish (español)" in an English interface, "espagnol (español)" in
    a French one: the language in the interface language, then in itself so
    a speaker finds it in any interface."""
    base = base_language(code)
    name = _lookup("Language", LANGUAGE, base) if base in LANGUAGE else code
    native = NATIVE_LANGUAGE.get(base, "")
    if not native or native.casefold() == name.casefold():
        return name
    return f"{name} ({native})"


def diff_summary(diff) -> str:
    """"92 words removed, 1 word added" for a `domain.diff` word diff."""
    if not diff.changed:
        return translate("WordDiff", "No differences")
    parts = []
    if diff.words_removed:
        parts.append(WordDiff.tr("%Ln words removed", "", diff.words_removed))
    if diff.words_added:
        parts.append(WordDiff.tr("%Ln words added", "", diff.words_added))
    return ", ".join(parts) or translate("WordDiff", "Punctuation or spacing changed")


# -------------------------------------------------------- dates and numbers
_ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
_WEEKDAY = re.compile(r"^\s*dddd[,،]?\s*|\s*[,،]?\s*dddd\s*$")


def _locale() -> QLocale:
    return QLocale()


def _is_c(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.C


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _as_date(value: date | datetime | str | None) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return _local(value).date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _local(value: datetime) -> datetime:
    """A stored time (UTC; SQLite gives it back without a zone) in the
    coordinator's own time zone."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone()


def short_date_format(locale: QLocale | None = None) -> str:
    """The long date with the month abbreviated, for tables and lists ("Jan 5,
    2026", "5 ene 2026", "5 janv. 2026", "5 يناير 2026"): one way of writing
    a date in the whole interface, never a numeric "5/1/2026" beside a
    written-out "January 5, 2026" (which of 5/1 and 1/5 is January?)."""
    fmt = long_date_format(locale).replace("MMMM", "MMM")
    # words between quotes ("d 'de' MMMM 'de' yyyy") read badly around a short month
    return re.sub(r"\s*'[^']*'\s*", " ", fmt).strip()


def long_date_format(locale: QLocale | None = None) -> str:
    """The locale's written-out date without the weekday ("January 5, 2026",
    "5 de enero de 2026", "5 janvier 2026")."""
    locale = locale or _locale()
    return _WEEKDAY.sub("", locale.dateFormat(QLocale.FormatType.LongFormat)).strip()


def format_date(value: date | datetime | str | None, style: str = "short") -> str:
    """A date for the interface: `style` "short" (tables: "Dec 7, 2026") or
    "long" (sentences: "December 7, 2026"), the same order and words.
    Accepts a date, a datetime (shown in local time) or ISO text; "" for none."""
    day = _as_date(value)
    if day is None:
        return "" if value in (None, "") else str(value)
    locale = _locale()
    if _is_c(locale):
        if style == "short":
            return day.isoformat()
        locale = _ENGLISH
    fmt = short_date_format(locale) if style == "short" else long_date_format(locale)
    return locale.toString(_qdate(day), fmt)


def format_time(value: datetime, seconds: bool = False) -> str:
    """The time of day in local time, as the locale writes it ("14:30",
    "2:30 PM"); `seconds` for times only seconds apart (autosaves)."""
    local = _local(value)
    locale = _locale()
    qtime = QTime(local.hour, local.minute, local.second if seconds else 0)
    if _is_c(locale):
        return qtime.toString("HH:mm:ss" if seconds else "HH:mm")
    fmt = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and ":ss" not in fmt:
        fmt = fmt.replace("mm", "mm:ss", 1)
    return locale.toString(qtime, fmt)


def format_datetime(value: datetime | None, style: str = "short",
                    seconds: bool = False) -> str:
    """Date and time in the coordinator's time zone ("5/1/2026 14:30")."""
    if value is None:
        return ""
    return f"{format_date(value, style)} {format_time(value, seconds)}"


def format_number(value: int | float) -> str:
    """12,345 / 12.345 / 12 345 / ١٢٬٣٤٥ as the locale writes it."""
    locale = _locale()
    if _is_c(locale):
        locale = _ENGLISH
    if isinstance(value, int):
        return locale.toString(value)
    return locale.toString(float(value), "f", 1 if value % 1 else 0)



# ------------------------------------------------------------ history notes
#: The notes the lower layers write on a signatory's history, in English
#: (they travel in campaign files and the command line prints them), each
#: with the text it is shown as (`event_note`). A note that is none of
#: these (a coordinator's own) is shown as it was typed.
EVENT_NOTES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"imported from (?P<source>.+), row (?P<row>\d+)", re.S),
     QT_TRANSLATE_NOOP("HistoryNote", "Imported from {source}, row {row}")),
    (re.compile(r"imported from (?P<source>.+)", re.S),
     QT_TRANSLATE_NOOP("HistoryNote", "Imported from {source}")),
    (re.compile(r"copied from campaign (?P<campaign>\d+)"),
     QT_TRANSLATE_NOOP("HistoryNote", "Copied from campaign {campaign}")),
    (re.compile(r"endorsed version (?P<version>\d+); the text is now version (?P<latest>\d+)"),
     QT_TRANSLATE_NOOP("HistoryNote", "Endorsed version {version}; the text is now "
                                      "version {latest}")),
    (re.compile(r"merged (?P<q1>['\"])(?P<other>.*)(?P=q1) into (?P<q2>['\"])(?P<keep>.*)"
                r"(?P=q2); the other entry was (?P<status>[\w ]+)", re.S),
     QT_TRANSLATE_NOOP("HistoryNote", "Merged “{other}” into “{keep}”; the other entry "
                                      "was {status}")),
    (re.compile(r"no answer by the deadline (?P<date>\d{4}-\d\d-\d\d)"),
     QT_TRANSLATE_NOOP("HistoryNote", "No answer by the deadline, {date}")),
    # store.signatories.PRIVATE_NOTES
    (re.compile(r"marked 'do not publish'"),
     QT_TRANSLATE_NOOP("HistoryNote", "Marked “do not publish”")),
    (re.compile(r"'do not publish' taken off"),
     QT_TRANSLATE_NOOP("HistoryNote", "“Do not publish” taken off")),
)


def event_note(note: str | None) -> str:
    """A history note in the interface language: "imported from form.csv,
    row 2" → "مستورد من form.csv، الصف 2". Dates in a note are shown as
    every other date (`format_date`), statuses by their label."""
    from signon.domain.status import Status

    note = note or ""
    for pattern, text in EVENT_NOTES:
        match = pattern.fullmatch(note)
        if match is None:
            continue
        values = {k: v for k, v in match.groupdict().items() if k not in ("q1", "q2")}
        if "date" in values:
            values["date"] = format_date(values["date"], "long")
        if "status" in values:
            words = {s.label.lower(): s.value for s in Status}
            if values["status"] in words:
                values["status"] = status_word(words[values["status"]])
        return translate("HistoryNote", text).format(**values)
    return note
