"""Importing signatories from a table (CSV/XLSX) into a campaign.

Two steps, shared by the CLI and the import wizard:

- `plan_import` reads nothing but the database and writes nothing: it decides
  for every row whether it is a new signatory, an existing directory
  organisation joining the campaign ("merged"), already on the campaign or a
  duplicate of an earlier row ("skipped"), or refused ("rejected", with the
  reason). Warnings (unknown country, invalid email, formula-like cells) and
  near-duplicate suggestions come with it. This is the dry run.
- `apply_import` writes a plan in the caller's transaction with a few
  multi-row INSERTs; `Progress.step()` between chunks lets a cancel roll
  everything back.

`import_signatories` does both for the command line.

Rules (DESIGN.md "Imports", issue 6):
- Bad input is per row, never for the whole file: a row without a name is
  rejected with its spreadsheet row number; an empty row is skipped
  silently; a field over 1,000 characters rejects its row; an unknown
  country is a warning and the row imports without a country; an invalid
  email is a warning, the address is kept on the contact marked
  `email_status="invalid"` so outreach skips it and nothing typed is lost.
- Cells beginning with = + - @ are stored as the text they are (a warning
  says so); nothing is ever evaluated.
- Organisations are the same when their normalised names are equal, or when
  they have the same acronym in the same country. Near-duplicates are only
  suggested. Individuals are the same person only when name, affiliation
  and email are all equal.
- Without a `signing_as` column the campaign's policy decides: organisations
  → organisation, individuals → individual, both → individual when the row
  has a title or an affiliation, organisation otherwise.
- New signatories get `status` (default prospect; pass --status endorsed
  for a form of endorsements), channel "import", and an event noting file
  and row. A column mapped to `status` (a tracking sheet's "Status", a
  form's "Do you endorse?") gives each row the status its cell says
  (domain/status_words.py reads "Endorsed", "Declinó", "Oui", "نعم"); an
  empty cell gets `status`; a value that is no status, or one an import
  cannot give (withdrawn and needs reconfirmation take back or question an
  endorsement the file cannot date), rejects its row. The writer adds the
  rows status by status, in the file's order within each.
- A column mapped to `endorsed_at` (a form's "Timestamp") dates each
  endorsed row (domain/form_dates.py reads it, day and month decided once
  for the file from the endorsed rows' values); a value it cannot read, or
  a day after today, rejects its row; an empty one is a warning and the row
  is dated as of the import. Rows imported in another status ignore it.
- Signatories already on the campaign are skipped and keep their status,
  whatever the file says.
- The mapping of a successful import is remembered for the header set,
  with the fields there were: a column remembered as ignored by a Sign-on
  without the field it is now guessed as (a form's "Timestamp" before the
  endorsement date, a "Status" before the status field) takes the guess.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from signon.domain import status as workflow
from signon.domain.countries import resolve_country
from signon.domain.errors import ValidationError
from signon.domain.fields import (
    FIELDS,
    date_header_language,
    guess_mapping,
    parse_field,
    parse_signing_as,
)
from signon.domain.folding import fold
from signon.domain.form_dates import (
    DateError,
    DateOrder,
    DateReading,
    FormDate,
    decide_order,
    is_after_today,
    parse_form_date,
)
from signon.domain.languages import base_language
from signon.domain.messages import N_, _, n_
from signon.domain.normalise import looks_like_acronym, normalise_acronym, normalise_name
from signon.domain.signatory_kind import SignatoryKind
from signon.domain.status_words import read_status
from signon.exchange.spreadsheet import restore_cell
from signon.exchange.tables import Table, read_table
from signon.progress import NO_PROGRESS, Progress

if TYPE_CHECKING:
    from signon.store.dbapi import CampaignRef

#: Longest accepted cell, in characters: longer is a paste accident.
MAX_FIELD_LENGTH = 1000
#: Prefixes that make a spreadsheet evaluate a cell.
FORMULA_PREFIXES = ("=", "+", "-", "@")
DEFAULT_STATUS = workflow.Status.PROSPECT.value
CHANNEL = workflow.Channel.IMPORT.value

NEW, MERGED, SKIPPED, REJECTED = "new", "merged", "skipped", "rejected"
OUTCOMES = (NEW, MERGED, SKIPPED, REJECTED)

#: Reasons a row is skipped or merged, as the plan writes them: codes the
#: wizard compares and shows in the interface language, in English in the
#: plan (`_(reason)` where a report shows one). Every other reason, a
#: rejected row's above all, is a message already in the user's language.
ON_CAMPAIGN = N_("already on this campaign")
LEFT_OUT = N_("left out on review")
MERGED_ON_REVIEW = N_("merged on review")
SAME_ACRONYM = N_("same acronym and country")
SAME_NAME = N_("same name")
#: Why a row's endorsement date was refused (RowPlan.date_problem).
UNREADABLE_DATE, FUTURE_DATE = "unreadable", "future"
#: Why a row's status cell was refused (RowPlan.status_problem): it says no
#: status, or one an import cannot give.
UNREADABLE_STATUS, REFUSED_STATUS = "unreadable", "refused"
#: Statuses an import gives (by --status, the wizard or a status column):
#: not withdrawn or needs reconfirmation, which take back or question an
#: endorsement given earlier, whose date and version a file cannot give.
IMPORTABLE_STATUSES = frozenset(workflow.Status) - {
    workflow.Status.WITHDRAWN, workflow.Status.NEEDS_RECONFIRMATION}
#: Fields a mapping remembered without its list of fields may have lacked
#: (remembered by a Sign-on before they existed): its "ignore" does not
#: stand against a guess of one of these.
_NEWER_FIELDS = frozenset({"endorsed_at", "status"})


@dataclass(frozen=True)
class ImportWarning:
    """Something imported differently from what the file says."""

    row: int | None
    message: str

    def __str__(self) -> str:
        if self.row is None:
            return self.message
        return _("row {row}: {message}").format(row=self.row, message=self.message)


@dataclass(frozen=True)
class Suggestion:
    """A possible duplicate to merge by hand: the row's organisation looks like
    a directory entry (`organisation_id`) or an earlier row (`other_row`)."""

    row: int
    name: str
    candidate: str
    score: float
    organisation_id: int | None = None
    other_row: int | None = None

    def __str__(self) -> str:
        if self.other_row is not None:
            return _("row {row}: {name} is a possible duplicate of {candidate} (row {other}, "
                     "{score}%)").format(row=self.row, name=repr(self.name),
                                         candidate=repr(self.candidate), other=self.other_row,
                                         score=f"{self.score:.0f}")
        return _("row {row}: {name} is a possible duplicate of {candidate} (the directory, "
                 "{score}%)").format(row=self.row, name=repr(self.name),
                                     candidate=repr(self.candidate), score=f"{self.score:.0f}")


@dataclass
class RowPlan:
    """What will happen to one row of the file."""

    row: int
    outcome: str
    kind: str = ""  # a SignatoryKind ("" when rejected before deciding)
    name: str = ""
    acronym: str = ""
    country: str = ""  # ISO alpha-2, "" when absent or unknown
    org_type: str = ""
    website: str = ""
    email: str = ""
    email_invalid: bool = False
    contact: str = ""
    title: str = ""
    affiliation: str = ""
    notes: str = ""
    #: merged/skipped: the directory entry this row is (None for a new one)
    organisation_id: int | None = None
    #: merged/skipped: that entry's name as the directory spells it
    target: str = ""
    #: rejected: why; skipped: why; merged: how it was matched
    reason: str = ""
    #: skipped duplicate: the earlier row it collapsed into
    duplicate_of: int | None = None
    #: further (contact, email) pairs collapsed from duplicate rows
    extra_contacts: list[tuple[str, str]] = field(default_factory=list)
    #: organisations: the normalised name key (computed once, used to write)
    key: str = ""
    #: merged: the directory entry's acronym, country, org_type and website
    #: when planned, so the import fills only what it lacks
    entry_fields: dict[str, str] = field(default_factory=dict)
    #: the endorsement date the file gives (an endorsed import with a date
    #: column); None: dated as of the import
    endorsed_at: datetime | None = None
    #: rejected for its date: UNREADABLE_DATE or FUTURE_DATE, and the value
    date_problem: str = ""
    date_text: str = ""
    #: the status the row gets (its status cell's, else the import's)
    status: str = ""
    #: rejected for its status: UNREADABLE_STATUS or REFUSED_STATUS, the
    #: value, and the status it reads as (refused)
    status_problem: str = ""
    status_text: str = ""
    status_read: str = ""

    def completions(self) -> dict[str, str]:
        """Fields this row gives that its directory entry lacks."""
        return {c: v for c, v in (("acronym", self.acronym), ("country", self.country),
                                  ("org_type", self.org_type), ("website", self.website))
                if v and not self.entry_fields.get(c)}

    def __str__(self) -> str:
        label = self.target or self.name
        if not self.reason:
            return _("row {row}: {message}").format(row=self.row, message=label)
        return _("row {row}: {name} ({reason})").format(row=self.row, name=label,
                                                       reason=_(self.reason))


@dataclass
class ImportPlan:
    """The dry run: every non-empty row with its outcome. Made by `plan_import`
    and written by `apply_import`."""

    campaign_id: int
    campaign_title: str
    source: str
    status: str
    headers: list[str]
    mapping: dict[int, str | None]
    rows: list[RowPlan]
    warnings: list[ImportWarning]
    suggestions: list[Suggestion]
    empty_rows: int = 0
    endorsed_version: int | None = None
    #: how the endorsement date column was read (None: no column used)
    date_reading: DateReading | None = None
    #: that column's header
    date_column: str = ""
    #: the header of the column giving each row's status ("" none: every
    #: row gets `status`, which is otherwise for rows with an empty cell)
    status_column: str = ""

    def of(self, outcome: str) -> list[RowPlan]:
        return [r for r in self.rows if r.outcome == outcome]

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(OUTCOMES, 0)
        for r in self.rows:
            counts[r.outcome] += 1
        return counts

    def mapping_by_header(self) -> dict[str, str | None]:
        return {self.headers[i]: f for i, f in sorted(self.mapping.items())}


@dataclass
class ImportReport:
    """What an import did (or, for a dry run, would do)."""

    source: str
    campaign_id: int
    campaign_title: str
    status: str
    dry_run: bool
    new: list[RowPlan]
    merged: list[RowPlan]
    skipped: list[RowPlan]
    duplicates: list[RowPlan]
    rejected: list[RowPlan]
    warnings: list[ImportWarning]
    suggestions: list[Suggestion]
    empty_rows: int = 0
    signatory_ids: list[int] = field(default_factory=list)
    #: rows the coordinator left out on the wizard's review page
    left_out: list[RowPlan] = field(default_factory=list)
    #: how the endorsement date column was read (None: no column used)
    date_reading: DateReading | None = None
    date_column: str = ""
    status_column: str = ""

    @property
    def added(self) -> int:
        """Signatories added to the campaign: new ones and merged ones."""
        return len(self.new) + len(self.merged)

    @classmethod
    def from_plan(cls, plan: ImportPlan, *, dry_run: bool,
                  signatory_ids: list[int] | None = None) -> ImportReport:
        skipped = [r for r in plan.of(SKIPPED) if r.duplicate_of is None
                   and r.reason != LEFT_OUT]
        # a suggestion about a row that was merged or left out on review is settled
        still_new = {r.row for r in plan.of(NEW)}
        suggestions = [s for s in plan.suggestions if s.row in still_new]
        duplicates = [r for r in plan.of(SKIPPED) if r.duplicate_of is not None]
        return cls(
            source=plan.source, campaign_id=plan.campaign_id,
            campaign_title=plan.campaign_title, status=plan.status, dry_run=dry_run,
            new=plan.of(NEW), merged=plan.of(MERGED), skipped=skipped,
            duplicates=duplicates, rejected=plan.of(REJECTED), warnings=plan.warnings,
            left_out=[r for r in plan.of(SKIPPED) if r.reason == LEFT_OUT],
            suggestions=suggestions, empty_rows=plan.empty_rows,
            signatory_ids=signatory_ids or [], date_reading=plan.date_reading,
            date_column=plan.date_column, status_column=plan.status_column,
        )

    def statuses(self) -> dict[str, int]:
        """How many rows are added in each status, in the workflow's order."""
        counts = dict.fromkeys((s.value for s in workflow.Status), 0)
        for r in (*self.new, *self.merged):
            counts[r.status or self.status] += 1
        return {s: n for s, n in counts.items() if n}

    def summary_lines(self) -> list[str]:
        """The report a person reads: counts, then every rejected row with its
        reason, the warnings and the possible duplicates."""
        # the title in curly quotes, as everywhere in Sign-on (repr gave
        # 'Joint statement…', or "…" around a title with an apostrophe)
        head = (_("{source} → “{title}” (dry run: nothing written)") if self.dry_run
                else _("{source} → “{title}”")).format(source=self.source,
                                                       title=self.campaign_title)
        origin = _("{new} new, {merged} already in the directory").format(
            new=len(self.new), merged=len(self.merged))
        if self.status_column:
            # "added: 4 (1 invited, 2 endorsed, 1 declined; 4 new, …)"; the
            # statuses as `signon status` and --status spell them
            by_status = ", ".join(f"{n} {s.replace('_', ' ')}"
                                  for s, n in self.statuses().items())
            parts = f"{by_status}; {origin}" if by_status else origin
            added = (_("would add: {count} ({details})") if self.dry_run
                     else _("added: {count} ({details})")).format(count=self.added,
                                                                  details=parts)
        else:
            added = (_("would add: {count} as {status} ({details})") if self.dry_run
                     else _("added: {count} as {status} ({details})")).format(
                count=self.added, status=self.status, details=origin)
        lines = [
            head,
            added,
            _("merged into existing organisations: {count}").format(count=len(self.merged)),
            _("skipped (already on this campaign): {count}").format(count=len(self.skipped)),
            _("skipped (duplicates of an earlier row): {count}").format(
                count=len(self.duplicates)),
            _("rejected: {count}").format(count=len(self.rejected)),
        ]
        if self.left_out:
            lines.insert(-1, _("left out on review: {count}").format(count=len(self.left_out)))
        if self.date_reading is not None:
            lines.insert(2, date_note(self.date_column, self.date_reading))
        if self.status_column:
            lines.insert(2, _("statuses from column {column}; rows with an empty cell: "
                              "{status}").format(column=repr(self.status_column),
                                                 status=self.status.replace("_", " ")))
        lines += ["  " + _("row {row}: {message}").format(row=r.row, message=_(r.reason))
                  for r in self.rejected]
        if self.empty_rows:
            lines.append(_("empty rows ignored: {count}").format(count=self.empty_rows))
        if self.warnings:
            lines.append(_("warnings: {count}").format(count=len(self.warnings)))
            lines += [f"  {w}" for w in self.warnings]
        if self.suggestions:
            lines.append(_("possible duplicates, merge by hand if they are the same: "
                           "{count}").format(count=len(self.suggestions)))
            lines += [f"  {s}" for s in self.suggestions]
        return lines


# --- mapping ---------------------------------------------------------------


def suggest_mapping(session, campaign: int | CampaignRef, table: Table
                    ) -> dict[int, str | None]:
    """The mapping to start from: the one remembered for this header set, else
    the guess from the headers (and the campaign's signatory policy).
    `campaign`: its id, or the campaign as the caller already read it."""
    from signon.store.directory import remembered

    policy = _campaign(session, campaign).signatory_policy
    guessed = guess_mapping(table.headers, policy=policy)
    memory = remembered(session, table.headers)
    if memory is None:
        return guessed
    # a column ignored for want of a field is not a choice against it
    known = memory.fields if memory.fields is not None else frozenset(FIELDS) - _NEWER_FIELDS
    by_header = {_header_key(h): f for h, f in memory.mapping.items()}
    mapping: dict[int, str | None] = {}
    unsure: list[int] = []
    for i, header in enumerate(table.headers):
        key = _header_key(header)
        fld = by_header.get(key, guessed[i])
        mapping[i] = fld if fld in FIELDS else None
        if key not in by_header or (mapping[i] is None and guessed[i] not in known):
            unsure.append(i)
            mapping[i] = None
    for i in unsure:  # the guess where the memory says nothing, if its field is free
        if guessed[i] == "notes" or guessed[i] not in mapping.values():
            mapping[i] = guessed[i]
    return mapping


def _header_key(header: str) -> str:
    """A header as the remembered mapping finds it: folded as the key of its
    header set is (signon.store.directory.mapping_key)."""
    return " ".join(fold(header).split())


def apply_overrides(table: Table, mapping: dict[int, str | None],
                    overrides: dict[str, str]) -> dict[int, str | None]:
    """COLUMN=FIELD pairs (from --map) on top of a mapping. A field given to a
    column is taken from any other column (except notes, which may gather
    several). Unknown columns and fields are errors naming them."""
    result = dict(mapping)
    for column, field_text in overrides.items():
        index = table.column(column)
        if index is None:
            raise ValidationError(
                _("--map: no column {column} in {source}; columns: {columns}").format(
                    column=repr(column), source=table.source, columns=", ".join(table.headers)))
        try:
            fld = parse_field(field_text)
        except KeyError:
            raise ValidationError(
                _("--map {column}={field}: unknown field {quoted}; fields: {fields} (or "
                  "ignore)").format(column=column, field=field_text, quoted=repr(field_text),
                                    fields=", ".join(FIELDS))) from None
        if fld is not None and fld != "notes":
            for i, other in result.items():
                if other == fld and i != index:
                    result[i] = None
        result[index] = fld
    return result


def _columns(table: Table, mapping: dict[int, str | None]) -> dict[str, list[int]]:
    columns: dict[str, list[int]] = {}
    for index, fld in sorted(mapping.items()):
        if fld is None:
            continue
        if fld not in FIELDS:
            raise ValidationError(_("unknown field {field}; fields: {fields}").format(
                field=repr(fld), fields=", ".join(FIELDS)))
        if not 0 <= index < len(table.headers):
            raise ValidationError(_("{source}: no column {number}").format(
                source=table.source, number=index + 1))
        columns.setdefault(fld, []).append(index)
    for fld, indexes in columns.items():
        if len(indexes) > 1 and fld != "notes":
            names = repr(table.headers[indexes[0]])
            for i in indexes[1:]:
                names = _("{first} and {second}").format(first=names,
                                                         second=repr(table.headers[i]))
            raise ValidationError(_("{source}: columns {columns} are both mapped to {field}; "
                                    "map one of them to another field or ignore it").format(
                source=table.source, columns=names, field=fld))
    if "name" not in columns:
        raise ValidationError(
            _("{source}: no column is mapped to the name; use --map 'COLUMN=name' (columns: "
              "{columns})").format(source=table.source, columns=", ".join(table.headers)))
    return columns


# --- planning --------------------------------------------------------------


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a plan is made or written.

    A 10,000-row import creates tens of thousands of small objects that all
    stay alive; the collector would scan them again and again (a fifth of
    the planning time) to find nothing, since none of them form cycles.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def parse_import_status(status: str | None) -> workflow.Status:
    """The status given to new signatories (default prospect); with a status
    column, to rows whose cell is empty. One of IMPORTABLE_STATUSES."""
    try:
        st = workflow.parse_status(status or DEFAULT_STATUS)
    except workflow.WorkflowError as exc:
        raise ValidationError(_("status {problem}").format(problem=exc)) from None
    if st not in IMPORTABLE_STATUSES:
        names = ", ".join(s.value for s in workflow.Status if s in IMPORTABLE_STATUSES)
        raise ValidationError(_("status {status}: an import cannot give it (it needs an "
                                "endorsement given before); an import gives {statuses}").format(
            status=st.value, statuses=names))
    return st


def plan_import(session, campaign: int | CampaignRef, table: Table,
                mapping: dict[int, str | None], *, status: str | None = None,
                progress: Progress = NO_PROGRESS, now: datetime | None = None,
                tz: tzinfo | None = None, date_order: DateOrder | None = None) -> ImportPlan:
    """Decide every row's outcome without writing anything (the dry run).
    `campaign`: its id, or the campaign as the caller already read it.
    `now` (default the clock) is when endorsement dates may be up to (a day
    after it rejects its row); `tz` is the zone of a time the file gives
    without an offset (default this computer's). `date_order`: how to read
    day and month when no date of the file tells (the coordinator's choice
    on review; default the language's convention).

    Raises ValidationError for what stops the whole import: an unknown
    campaign or status, no column mapped to the name, one field mapped twice.
    Everything wrong with a single row is reported on that row.
    """
    with _gc_paused():
        return _plan(session, _campaign(session, campaign), table, mapping, status, progress,
                     _DateRules(now or datetime.now(UTC), tz), date_order)


def _campaign(session, campaign: int | CampaignRef) -> CampaignRef:
    """The campaign an import needs: read by its id, or as the caller read it
    (`import_signatories` reads it once, a round trip to a team database)."""
    from signon.store.dbapi import CampaignRef, campaign_ref

    return campaign if isinstance(campaign, CampaignRef) else campaign_ref(session, campaign)


@dataclass(frozen=True)
class _DateRules:
    """When it is now, and the zone of a time written without an offset."""

    now: datetime
    tz: tzinfo | None = None
    reading: DateReading | None = None
    column: str = ""

    @property
    def today(self) -> date:
        return self.now.astimezone(self.tz).date()

    def stored(self, value: FormDate) -> datetime:
        """As stored: a day alone at midnight UTC (as `signon status --date`
        and the campaign file), a local time in `tz`."""
        v = value.value
        if not isinstance(v, datetime):
            return datetime(v.year, v.month, v.day, tzinfo=UTC)
        if v.tzinfo is None:
            return v.replace(tzinfo=self.tz) if self.tz is not None else v.astimezone()
        return v


def _date_rules(table: Table, columns: dict[str, list[int]], campaign: CampaignRef,
                statuses: _Statuses, rules: _DateRules, order: DateOrder | None = None
                ) -> _DateRules | None:
    """The reading of the endorsement date column, decided on the values of
    the endorsed rows at once; None when there is none or no row is endorsed."""
    if "endorsed_at" not in columns:
        return None
    index = columns["endorsed_at"][0]
    header = table.headers[index]
    endorsed = workflow.Status.ENDORSED
    if statuses.index is None:
        if statuses.default is not endorsed:
            return None
        values = [cells[index] for cells in table.rows]
    else:
        values = [cells[index] for cells in table.rows if statuses.of(cells) is endorsed]
        if not values:
            return None
    # the header's language ("Marca temporal": Spanish), unless the campaign
    # says more of it ("Timestamp" in a campaign in en-US)
    language = date_header_language(header)
    if language is None or base_language(campaign.language) == language:
        language = campaign.language
    reading = decide_order(values, language=language)
    if order is not None and reading.by_convention and order is not DateOrder.MIXED:
        reading = replace(reading, order=order)
    return _DateRules(rules.now, rules.tz, reading, header)


def _plan(session, campaign: CampaignRef, table: Table, mapping: dict[int, str | None],
          status: str | None, progress: Progress, rules: _DateRules,
          date_order: DateOrder | None = None) -> ImportPlan:
    from signon.store.dbapi import latest_version_number
    from signon.store.directory import campaign_members, load_directory

    campaign_id = campaign.id
    st = parse_import_status(status)
    columns = _columns(table, mapping)
    statuses = _Statuses(table, columns, st)
    planner = _Planner(
        table=table, columns=columns, policy=campaign.signatory_policy,
        directory=load_directory(session), members=campaign_members(session, campaign_id),
        dates=_date_rules(table, columns, campaign, statuses, rules, date_order),
        statuses=statuses,
    )
    total = len(table.rows)
    for i, cells in enumerate(table.rows):
        if i % 500 == 0:
            progress.step(i, total, _("Checking rows"))
        planner.plan_row(table.row_numbers[i], cells)
    planner.finish()
    return ImportPlan(
        campaign_id=campaign.id, campaign_title=campaign.title, source=table.source,
        status=st.value, headers=list(table.headers), mapping=dict(mapping),
        rows=planner.rows, warnings=planner.warnings, suggestions=planner.suggestions,
        empty_rows=planner.empty_rows,
        endorsed_version=(latest_version_number(session, campaign_id)
                          if any(r.status == workflow.Status.ENDORSED for r in planner.rows)
                          else None),
        date_reading=planner.dates.reading if planner.dates else None,
        date_column=planner.dates.column if planner.dates else "",
        status_column=statuses.column,
    )


class _Statuses:
    """Each row's status: its status cell's (read once per distinct value),
    else the import's. `of` gives a Status, or for a cell that cannot be
    given, (problem, status read or None)."""

    def __init__(self, table: Table, columns: dict[str, list[int]],
                 default: workflow.Status):
        self.default = default
        self.index = columns["status"][0] if "status" in columns else None
        self.column = table.headers[self.index] if self.index is not None else ""
        self._read: dict[str, workflow.Status | tuple[str, workflow.Status | None]] = {}

    def of(self, cells: list[str]) -> workflow.Status | tuple[str, workflow.Status | None]:
        if self.index is None:
            return self.default
        text = cells[self.index]
        if text not in self._read:
            self._read[text] = self._reading(text)
        return self._read[text]

    def _reading(self, text: str) -> workflow.Status | tuple[str, workflow.Status | None]:
        value = restore_cell(" ".join(text.split()))
        if not value:
            return self.default
        st = read_status(value)
        if st is None:
            return UNREADABLE_STATUS, None
        if st not in IMPORTABLE_STATUSES:
            return REFUSED_STATUS, st
        return st


_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_SIMPLE_EMAIL = re.compile(rf"({_ATEXT}(?:\.{_ATEXT})*)@((?:{_LABEL}\.)+[A-Za-z]{{1,63}})")


def validate_email_address(address: str) -> str | None:
    """The normalised address, or None when it is not an email address.

    email-validator (check_deliverability=False) decides; it costs ~0.2 ms an
    address, so the plain ASCII shape almost every address has is accepted
    here first, with the same normalisation (domain in lower case). Only
    addresses that email-validator accepts too take this shortcut
    (tests/exchange/test_signatory_import.py compares both on hard cases).
    """
    simple = _SIMPLE_EMAIL.fullmatch(address)
    if simple is not None:
        local, domain = simple.groups()
        tld = domain.rsplit(".", 1)[-1].lower()
        if (len(local) <= 64 and len(address) <= 254 and "--" not in domain
                and tld not in SPECIAL_USE_DOMAINS):
            return f"{local}@{domain.lower()}"
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(address, check_deliverability=False).normalized
    except EmailNotValidError:
        return None


#: email_validator.SPECIAL_USE_DOMAIN_NAMES, copied so the shortcut needs
#: no import of the library (a test keeps the two equal).
SPECIAL_USE_DOMAINS = frozenset({"arpa", "invalid", "local", "localhost", "onion", "test"})


class _Planner:
    """One pass over the rows with the indexes that decide duplicates."""

    def __init__(self, *, table: Table, columns: dict[str, list[int]], policy: str,
                 directory, members, statuses: _Statuses, dates: _DateRules | None = None):
        self.table = table
        self.dates = dates
        self.statuses = statuses
        self.columns = columns
        self._single = [(f, ix[0]) for f, ix in columns.items() if len(ix) == 1]
        self._multi = [(f, ix) for f, ix in columns.items() if len(ix) > 1]
        self.policy = policy
        self.members = members
        self.directory = directory
        self.by_key = {e.norm_key: e for e in directory}
        self._by_acronym: dict[tuple[str, str], list] | None = None
        self.rows: list[RowPlan] = []
        self.warnings: list[ImportWarning] = []
        self.suggestions: list[Suggestion] = []
        self.empty_rows = 0
        # what earlier rows of this file claimed
        self.file_keys: dict[str, RowPlan] = {}
        self.file_org_ids: dict[int, RowPlan] = {}
        self.file_acronyms: dict[tuple[str, str], RowPlan] = {}
        self.file_people: dict[tuple[str, str, str], RowPlan] = {}
        self.file_person_names: dict[str, RowPlan] = {}
        self.off_policy: dict[str, list[int]] = {}
        self._countries: dict[str, str | None] = {}
        self._emails: dict[str, str | None] = {}
        self._signing_as: dict[str, str | None] = {}

    def by_acronym(self) -> dict[tuple[str, str], list]:
        """(acronym, country) → directory entries, built on first need."""
        if self._by_acronym is None:
            self._by_acronym = {}
            for e in self.directory:
                if e.acronym and e.country:
                    self._by_acronym.setdefault((normalise_acronym(e.acronym), e.country),
                                                []).append(e)
        return self._by_acronym

    def warn(self, row: int, message: str) -> None:
        self.warnings.append(ImportWarning(row, message))

    # values -------------------------------------------------------------

    def values(self, cells: list[str]) -> dict[str, str]:
        out = {fld: restore_cell(cells[i].strip()) for fld, i in self._single}
        for fld, indexes in self._multi:
            out[fld] = "\n".join(restore_cell(cells[i].strip())
                                 for i in indexes if cells[i].strip())
        return out

    def country(self, text: str) -> str | None:
        if text not in self._countries:
            self._countries[text] = resolve_country(text)
        return self._countries[text]

    def email(self, text: str) -> str | None:
        if text not in self._emails:
            self._emails[text] = validate_email_address(text)
        return self._emails[text]

    def decide_kind(self, number: int, values: dict[str, str]) -> SignatoryKind:
        answer = values.get("signing_as", "")
        if answer:
            if answer not in self._signing_as:
                self._signing_as[answer] = parse_signing_as(answer)
            kind = self._signing_as[answer]
            if kind is not None:
                if (self.policy, kind) in (("organisations", SignatoryKind.INDIVIDUAL),
                                           ("individuals", SignatoryKind.ORGANISATION)):
                    self.off_policy.setdefault(kind, []).append(number)
                return kind
            fallback = self.kind_by_policy(values)
            self.warn(number, _("signing as {answer} not understood; imported as {kind}").format(
                answer=repr(answer), kind=fallback))
            return fallback
        return self.kind_by_policy(values)

    def kind_by_policy(self, values: dict[str, str]) -> SignatoryKind:
        if self.policy == "individuals":
            return SignatoryKind.INDIVIDUAL
        if self.policy == "both" and (values.get("title") or values.get("affiliation")):
            return SignatoryKind.INDIVIDUAL
        return SignatoryKind.ORGANISATION

    # rows ---------------------------------------------------------------

    def plan_row(self, number: int, cells: list[str]) -> None:
        values = self.values(cells)
        if not any(v for f, v in values.items() if f not in ("endorsed_at", "status")):
            # a form's timestamp alone is no answer, nor a status filled down
            # a tracking sheet's empty rows
            self.empty_rows += 1
            return
        long = [(f, len(v)) for f, v in values.items() if len(v) > MAX_FIELD_LENGTH]
        if long:
            fld, n = long[0]
            self.reject(number, values, _("field {field} is longer than {limit} characters "
                                          "({length})").format(field=fld,
                                                               limit=f"{MAX_FIELD_LENGTH:,}",
                                                               length=f"{n:,}"))
            return
        kind = self.decide_kind(number, values)
        name = " ".join(values.get("name", "").split())
        contact = " ".join(values.get("contact", "").split())
        affiliation = " ".join(values.get("affiliation", "").split())
        if kind == SignatoryKind.INDIVIDUAL and contact and contact != name and not affiliation:
            # An organisation-style form ("Organisation", "Your name") answered
            # by someone signing for themselves: the person is the contact
            # column and the organisation column is their affiliation.
            name, affiliation, contact = contact, name, ""
        if not name:
            self.reject(number, values, _("no name"))
            return
        status = self.statuses.of(cells)
        if isinstance(status, tuple):
            self.rows.append(self.status_refused(number, values, *status))
            return
        endorsed_at = None
        if self.dates is not None and status is workflow.Status.ENDORSED:
            endorsed_at = self.endorsement_date(number, values)
            if isinstance(endorsed_at, RowPlan):
                self.rows.append(endorsed_at)
                return
        plan = RowPlan(
            row=number, outcome=NEW, kind=kind, name=name,
            acronym=" ".join(values.get("acronym", "").split()),
            org_type=" ".join(values.get("type", "").split()),
            website=values.get("website", "").strip(),
            contact=contact, title=" ".join(values.get("title", "").split()),
            affiliation=affiliation, notes=values.get("notes", ""), endorsed_at=endorsed_at,
            status=status.value,
        )
        for fld, value in values.items():
            if value.startswith(FORMULA_PREFIXES) and not _is_number(value):
                self.warn(number, _("{field} {value} begins with {sign}; stored as text, not a "
                                    "formula").format(field=fld, value=repr(_short(value)),
                                                      sign=repr(value[0])))
        country_text = values.get("country", "")
        if country_text:
            code = self.country(country_text)
            if code is None:
                self.warn(number, _("unknown country {value}; imported without a "
                                    "country").format(value=repr(_short(country_text))))
            else:
                plan.country = code
        email_text = values.get("email", "")
        if email_text:
            normalised = self.email(email_text)
            if normalised is None:
                self.warn(number, _("invalid email {value}; kept on the contact marked "
                                    "invalid").format(value=repr(_short(email_text))))
                plan.email, plan.email_invalid = email_text, True
            else:
                plan.email = normalised
        if kind == SignatoryKind.ORGANISATION:
            self.plan_organisation(plan)
        else:
            self.plan_individual(plan)
        self.rows.append(plan)

    def endorsement_date(self, number: int, values: dict[str, str]
                         ) -> datetime | RowPlan | None:
        """The row's endorsement date as stored; a rejected row when the
        value is not a date or is after today; None (dated as of the import,
        with a warning) when the cell is empty."""
        dates = self.dates
        text = " ".join(values.get("endorsed_at", "").split())
        if not text:
            self.warn(number, _("no endorsement date in column {column}; dated as of the "
                                "import").format(column=repr(dates.column)))
            return None
        column, value = repr(dates.column), repr(_short(text))
        try:
            parsed = parse_form_date(text, dates.reading.order)
        except DateError:
            reason = (_("field endorsed_at (column {column}): {value} is not a date (the file "
                        "writes dates both day first and month first)")
                      if dates.reading.order is DateOrder.MIXED
                      else _("field endorsed_at (column {column}): {value} is not a date"))
            return self.refused(number, values, reason.format(column=column, value=value),
                                UNREADABLE_DATE, text)
        if is_after_today(parsed, dates.today):
            return self.refused(number, values, _("field endorsed_at (column {column}): {value} "
                                                  "is after today").format(column=column,
                                                                           value=value),
                                FUTURE_DATE, text)
        return dates.stored(parsed)

    def status_refused(self, number: int, values: dict[str, str], problem: str,
                       read: workflow.Status | None) -> RowPlan:
        """A row whose status cell says no status (UNREADABLE_STATUS) or one
        an import cannot give (REFUSED_STATUS, `read`)."""
        text = values.get("status", "")
        column, value = repr(self.statuses.column), repr(_short(text))
        if read is None:
            reason = _("field status (column {column}): {value} is not a status").format(
                column=column, value=value)
        else:
            reason = _("field status (column {column}): {value} is {status}, which an import "
                       "cannot give").format(column=column, value=value,
                                             status=read.value.replace("_", " "))
        return RowPlan(row=number, outcome=REJECTED,
                       name=" ".join(values.get("name", "").split())[:200], reason=reason,
                       status_problem=problem, status_text=_short(text),
                       status_read=read.value if read is not None else "")

    def refused(self, number: int, values: dict[str, str], reason: str, problem: str,
                text: str) -> RowPlan:
        return RowPlan(row=number, outcome=REJECTED,
                       name=" ".join(values.get("name", "").split())[:200], reason=reason,
                       date_problem=problem, date_text=_short(text))

    def reject(self, number: int, values: dict[str, str], reason: str) -> None:
        self.rows.append(RowPlan(row=number, outcome=REJECTED,
                                 name=" ".join(values.get("name", "").split())[:200],
                                 reason=reason))

    def plan_organisation(self, plan: RowPlan) -> None:
        """Same normalised name as an earlier row or a directory entry first;
        then the same acronym and country (earlier rows, then the directory)."""
        key = plan.key = normalise_name(plan.name)
        acronyms = self._acronym_keys(plan)
        earlier = self.file_keys.get(key)
        if earlier is not None:
            self.collapse(plan, earlier)
            return
        entry = self.by_key.get(key)
        how = SAME_NAME
        if entry is None:
            earlier = next((self.file_acronyms[a] for a in acronyms
                            if a in self.file_acronyms), None)
            if earlier is not None:
                self.collapse(plan, earlier)
                return
            matches = {e.id: e for a in acronyms for e in self.by_acronym().get(a, [])}
            if len(matches) == 1:
                entry = next(iter(matches.values()))
                how = SAME_ACRONYM
            elif len(matches) > 1:
                names = " / ".join(sorted(e.name for e in matches.values()))
                self.warn(plan.row, _("acronym matches several organisations ({names}); "
                                      "imported as a new one").format(names=names))
        if entry is not None:
            if entry.id in self.file_org_ids:
                self.collapse(plan, self.file_org_ids[entry.id])
                return
            plan.organisation_id, plan.target = entry.id, entry.name
            plan.entry_fields = {"acronym": entry.acronym, "country": entry.country,
                                 "org_type": entry.org_type, "website": entry.website}
            if entry.country and plan.country and entry.country != plan.country:
                self.warn(plan.row, _("{name}: country {country} differs from the directory's "
                                      "{directory}; the directory is kept").format(
                    name=entry.name, country=plan.country, directory=entry.country))
            if entry.id in self.members.organisation_ids:
                plan.outcome, plan.reason = SKIPPED, ON_CAMPAIGN
            else:
                plan.outcome, plan.reason = MERGED, how
            self.file_org_ids[entry.id] = plan
            key = entry.norm_key  # "ADC" merged by acronym claims the entry's key only
        self.file_keys[key] = plan
        for a in acronyms:
            self.file_acronyms.setdefault(a, plan)

    def _acronym_keys(self, plan: RowPlan) -> list[tuple[str, str]]:
        """(acronym, country) pairs that identify this row's organisation: its
        acronym, and its name when the name is itself an acronym ("ADC")."""
        if not plan.country:
            return []
        keys = []
        for text in (plan.acronym, plan.name if looks_like_acronym(plan.name) else ""):
            acr = normalise_acronym(text) if text else ""
            if acr and (acr, plan.country) not in keys:
                keys.append((acr, plan.country))
        return keys

    def collapse(self, plan: RowPlan, first: RowPlan) -> None:
        """A later row for the same signatory: skipped, its extra details
        completing the first row (never replacing what the first row says)."""
        plan.outcome = SKIPPED
        plan.duplicate_of = first.row
        plan.organisation_id = first.organisation_id
        plan.target = first.target or first.name
        plan.reason = _("duplicate of row {row}").format(row=first.row)
        if first.kind == SignatoryKind.ORGANISATION and first.outcome == NEW and \
                looks_like_acronym(first.name) and not looks_like_acronym(plan.name):
            # "ADC" first, "Asociación por los Derechos Civiles" later: the
            # directory gets the full name, the short one becomes the acronym.
            first.acronym = first.acronym or first.name
            first.name, first.key = plan.name, plan.key
            self.file_keys[plan.key] = first
        for attr in ("acronym", "country", "org_type", "website", "title", "affiliation"):
            if not getattr(first, attr) and getattr(plan, attr):
                setattr(first, attr, getattr(plan, attr))
        if (plan.contact or plan.email) and (plan.contact, plan.email) != (first.contact,
                                                                         first.email):
            if not first.contact and not first.email:
                first.contact, first.email = plan.contact, plan.email
                first.email_invalid = plan.email_invalid
            elif (plan.email and plan.email != first.email
                  and first.kind == SignatoryKind.ORGANISATION):
                first.extra_contacts.append((plan.contact, plan.email))
        if plan.notes and plan.notes not in first.notes:
            first.notes = f"{first.notes}\n{plan.notes}".strip()
        if (first.endorsed_at is None and plan.endorsed_at is not None
                and first.status == workflow.Status.ENDORSED):
            first.endorsed_at = plan.endorsed_at

    def plan_individual(self, plan: RowPlan) -> None:
        from signon.store.directory import individual_identity

        identity = individual_identity(plan.name, plan.affiliation, plan.email)
        earlier = self.file_people.get(identity)
        if earlier is not None:
            self.collapse(plan, earlier)
            return
        if identity in self.members.individuals:
            plan.outcome, plan.reason = SKIPPED, ON_CAMPAIGN
        elif identity[0] in self.members.individual_names:
            self.warn(plan.row, _("{name} shares a name with an individual already on this "
                                  "campaign but not the affiliation and email; imported as a "
                                  "different person").format(name=plan.name))
        elif identity[0] in self.file_person_names:
            other = self.file_person_names[identity[0]]
            self.warn(plan.row, _("{name} shares a name with row {other} but not the "
                                  "affiliation and email; imported as a different "
                                  "person").format(name=plan.name, other=other.row))
        self.file_people[identity] = plan
        self.file_person_names.setdefault(identity[0], plan)

    def finish(self) -> None:
        """Warnings about many rows at once, then near-duplicate suggestions."""
        for kind, numbers in self.off_policy.items():
            listed = ", ".join(map(str, numbers[:20])) + (", …" if len(numbers) > 20 else "")
            if kind == SignatoryKind.ORGANISATION:
                message = n_("{n} row signs as organisation in a campaign of individuals "
                             "(row {rows}); imported as an organisation as the file says",
                             "{n} rows sign as organisation in a campaign of individuals "
                             "(rows {rows}); imported as organisations as the file says",
                             len(numbers))
            else:
                message = n_("{n} row signs as individual in a campaign of organisations "
                             "(row {rows}); imported as an individual as the file says",
                             "{n} rows sign as individual in a campaign of organisations "
                             "(rows {rows}); imported as individuals as the file says",
                             len(numbers))
            self.warnings.append(ImportWarning(None, message.format(n=len(numbers),
                                                                    rows=listed)))
        self.suggest_near_duplicates()

    def suggest_near_duplicates(self) -> None:
        """Possible duplicates of every new organisation, among the directory
        and the earlier rows of this file; only suggested, never merged."""
        new = [r for r in self.rows if r.outcome == NEW and r.kind == SignatoryKind.ORGANISATION]
        if not new:
            return
        from signon.domain.dedupe import NearDuplicateIndex

        index: NearDuplicateIndex[tuple[int | None, int | None, str]] = NearDuplicateIndex()
        index.extend([(e.norm_key, (e.id, None, e.name)) for e in self.directory])
        for plan in new:
            key = plan.key
            for match in index.find(key, limit=1):
                org_id, other_row, candidate = match.payload
                self.suggestions.append(Suggestion(
                    row=plan.row, name=plan.name, candidate=candidate, score=match.score,
                    organisation_id=org_id, other_row=other_row))
            index.add(key, (None, plan.row, plan.name))


# --- the coordinator's decisions on the review page ---------------------------

def can_leave_out(row: RowPlan) -> bool:
    """A row the import would add (new or merged) can be left out instead."""
    return row.outcome in (NEW, MERGED)


def can_add_as_new(row: RowPlan) -> bool:
    """A row merged into a directory entry only by its acronym can be a new
    organisation instead (two groups may share an acronym in one country);
    one merged by the same name cannot: the directory holds each name once."""
    return row.outcome == MERGED and row.reason == SAME_ACRONYM


def merge_candidates(plan: ImportPlan, row: RowPlan) -> list[Suggestion]:
    """The directory entries a new organisation may be merged into instead:
    the near duplicates the dry run suggested for it."""
    if row.outcome != NEW or row.kind != SignatoryKind.ORGANISATION:
        return []
    return [s for s in plan.suggestions if s.row == row.row and s.organisation_id is not None]


def _row(plan: ImportPlan, number: int) -> RowPlan:
    return next(r for r in plan.rows if r.row == number)


def leave_out(plan: ImportPlan, number: int) -> RowPlan:
    """Row `number` is not imported (the coordinator's choice on review)."""
    row = _row(plan, number)
    if not can_leave_out(row):
        raise ValidationError(_("row {row} is not one the import would add").format(row=number))
    row.outcome, row.reason = SKIPPED, LEFT_OUT
    return row


def add_as_new(plan: ImportPlan, number: int) -> RowPlan:
    """Row `number`, merged by its acronym, becomes a new organisation."""
    row = _row(plan, number)
    if not can_add_as_new(row):
        raise ValidationError(_("row {row} cannot become a new organisation").format(
            row=number))
    row.outcome, row.reason = NEW, ""
    row.organisation_id, row.target, row.entry_fields = None, "", {}
    return row


def merge_into(session, plan: ImportPlan, number: int, organisation_id: int) -> RowPlan:
    """New row `number` joins the directory entry `organisation_id` (one of
    its `merge_candidates`): merged, or skipped when that organisation is
    already on the campaign or another row of the file joins it."""
    from signon.store.directory import campaign_members, load_directory

    row = _row(plan, number)
    if organisation_id not in {s.organisation_id for s in merge_candidates(plan, row)}:
        raise ValidationError(_("row {row} cannot be merged into organisation {id}").format(
            row=number, id=organisation_id))
    entry = next(e for e in load_directory(session) if e.id == organisation_id)
    row.organisation_id, row.target = entry.id, entry.name
    row.entry_fields = {"acronym": entry.acronym, "country": entry.country,
                        "org_type": entry.org_type, "website": entry.website}
    earlier = next((r for r in plan.rows if r is not row and r.organisation_id == entry.id
                    and r.outcome in (NEW, MERGED)), None)
    if entry.id in campaign_members(session, plan.campaign_id).organisation_ids:
        row.outcome, row.reason = SKIPPED, ON_CAMPAIGN
    elif earlier is not None:
        row.outcome, row.duplicate_of = SKIPPED, earlier.row
        row.reason = _("duplicate of row {row}").format(row=earlier.row)
    else:
        row.outcome, row.reason = MERGED, MERGED_ON_REVIEW
    return row


def _is_number(text: str) -> bool:
    """"-5", "+34 600 000 000": a sign before digits is a number or a phone,
    not a formula."""
    rest = text[1:].replace(" ", "").replace(".", "").replace(",", "")
    return text[0] in "+-" and rest.isdigit()


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- writing ---------------------------------------------------------------


def apply_import(session, plan: ImportPlan, *, progress: Progress = NO_PROGRESS,
                 locked: bool = False) -> ImportReport:
    """Write a plan in the caller's transaction (the caller commits).
    `locked`: the caller took the campaign's import lock in this transaction
    already (`import_signatories`, before planning), so it is not asked again.

    Calls `progress.step()` between chunks: a cancel raises Cancelled there
    and the caller's rollback leaves the database as it was. Remembers the
    column mapping for the file's header set.

    Team mode: imports into one campaign take turns (the campaign's import
    lock, held until the caller commits). What others wrote since the plan
    was made is respected rather than refused: a row whose organisation or
    person joined the campaign meanwhile is skipped ("already on this
    campaign"), and an organisation another coordinator created meanwhile
    is used, not duplicated (the directory's upsert). A database held by
    another process for longer than the busy timeout is one line asking to
    run the import again.
    """
    from sqlalchemy.exc import IntegrityError, OperationalError

    from signon.store.concurrency import lock_campaign_for_import
    from signon.store.directory import remember_mapping

    try:
        if not locked:
            lock_campaign_for_import(session, plan.campaign_id)
        with _gc_paused():
            ids = _write(session, plan, progress)
    except IntegrityError:
        raise ValidationError(
            _("{source}: the directory changed while importing (another import?); nothing "
              "was written, run the import again").format(source=plan.source)) from None
    except OperationalError as exc:
        if "locked" not in str(exc) and "busy" not in str(exc):
            raise
        raise ValidationError(
            _("{source}: the database is busy (another Sign-on writing?); nothing was "
              "written, run the import again").format(source=plan.source)) from None
    remember_mapping(session, plan.headers, plan.mapping_by_header(), fields=FIELDS)
    progress.step(1, 1, _("Imported"))
    return ImportReport.from_plan(plan, dry_run=False, signatory_ids=ids)


def _write(session, plan: ImportPlan, progress: Progress) -> list[int]:
    """The plan's new and merged rows through the store's writer; rows that
    others' writes since the plan changed are told so (skipped: already on
    the campaign; merged: the directory entry appeared meanwhile)."""
    from signon.store.signatory_writer import NewContact, NewSignatory, add_signatories

    source = f"imported from {plan.source}, row "
    adding = [r for r in plan.rows if r.outcome in (NEW, MERGED)]
    new = []
    for r in adding:
        individual = r.kind == SignatoryKind.INDIVIDUAL
        note = f"title: {r.title}" if r.title and not individual else ""
        new.append(NewSignatory(
            kind=r.kind, name=r.name, organisation_id=r.organisation_id, norm_key=r.key,
            acronym=r.acronym, country=r.country, org_type=r.org_type, website=r.website,
            completions=r.completions() if r.organisation_id is not None else None,
            title=r.title if individual else "",
            affiliation=r.affiliation if individual else "", notes=r.notes,
            contact=(NewContact(name=r.contact, email=r.email, notes=note,
                                email_status="invalid" if r.email_invalid else "")
                     if r.contact or r.email or note else None),
            extra_contacts=[NewContact(name=person, email=email)
                            for person, email in r.extra_contacts] if r.extra_contacts else (),
            endorsed_at=r.endorsed_at, note=f"{source}{r.row}"))
    # the writer gives one status a call: the rows status by status, in the
    # file's order within each (a file of one status is one call, as before)
    groups: dict[str, list[int]] = {}
    for i, r in enumerate(adding):
        groups.setdefault(r.status or plan.status, []).append(i)
    added: list = [None] * len(adding)
    start = 0
    for status, indexes in groups.items():
        part = progress if len(groups) == 1 else _Share(progress, start, len(indexes),
                                                        len(adding))
        done_rows = add_signatories(
            session, plan.campaign_id, [new[i] for i in indexes], status=status,
            channel=CHANNEL,
            endorsed_version=(plan.endorsed_version
                              if status == workflow.Status.ENDORSED.value else None),
            same_person_once=True, progress=part, label=_("Importing"))
        for i, done in zip(indexes, done_rows, strict=True):
            added[i] = done
        start += len(indexes)
    for r, done in zip(adding, added, strict=True):
        if r.organisation_id is None and done.organisation_id is not None and (
                done.signatory_id is None or done.found_in_directory):
            r.organisation_id, r.target = done.organisation_id, r.name
        if done.signatory_id is None:
            r.outcome, r.reason = SKIPPED, ON_CAMPAIGN
        elif done.found_in_directory:
            r.outcome, r.reason = MERGED, _("same name (added to the directory meanwhile)")
    return [done.signatory_id for done in added if done.signatory_id is not None]


class _Share(Progress):
    """One status's rows as a share of the whole import's progress: its
    steps move the whole bar from `start` over `size` of `total` rows, and a
    cancel stops it as it stops the whole."""

    def __init__(self, whole: Progress, start: int, size: int, total: int):
        super().__init__()
        self.whole, self.start, self.size, self.total = whole, start, size, total

    def step(self, done: int, total: int = 0, message: str = "") -> None:
        share = min(done * self.size // total, self.size) if total else 0
        self.whole.step(self.start + share, self.total, message)

    def check(self) -> None:
        self.whole.check()

    @property
    def cancelled(self) -> bool:
        return self.whole.cancelled


# --- the command -----------------------------------------------------------


def import_signatories(
    db,
    campaign_ref_or_id: str | int,
    path: str | Path | Table,
    *,
    mapping: dict[str, str] | None = None,
    status: str | None = None,
    sheet: str | None = None,
    dry_run: bool = False,
    progress: Progress = NO_PROGRESS,
    on_plan: Callable[[ImportPlan], None] | None = None,
    now: datetime | None = None,
) -> ImportReport:
    """Read `path` (or take an already read Table), map its columns
    (remembered or guessed, then `mapping`: header name → field), plan, and
    unless `dry_run` write it all in one transaction. Raises ValidationError
    (one line) for what stops the whole file: not a table, unknown column or
    field, no name column, bad status.
    """
    table = path if isinstance(path, Table) else read_table(path, sheet=sheet)
    parse_import_status(status)  # a bad --status fails before any work
    # in SQL Core: the command never loads the ORM (see store.directory)
    with db.transaction() as session:
        # the campaign read once and locked once for the whole import (each
        # a round trip to a team database)
        campaign = _find_campaign(session, campaign_ref_or_id)
        if not dry_run:
            # planned under the campaign's import lock: a concurrent import
            # into it finishes first and this plan sees what it wrote
            from signon.store.concurrency import lock_campaign_for_import

            lock_campaign_for_import(session, campaign.id)
        columns = suggest_mapping(session, campaign, table)
        if mapping:
            columns = apply_overrides(table, columns, mapping)
        plan = plan_import(session, campaign, table, columns, status=status,
                           progress=progress, now=now)
        if on_plan is not None:
            on_plan(plan)
        if dry_run:
            return ImportReport.from_plan(plan, dry_run=True)
        return apply_import(session, plan, progress=progress, locked=True)


def date_note(column: str, reading: DateReading) -> str:
    """The report's line on the endorsement date column and how its dates
    were read, so a wrong day/month reading is caught."""
    column = repr(column)
    if not reading.matters:
        return _("endorsement dates from column {column}").format(column=column)
    if reading.order is DateOrder.MIXED:
        return _("endorsement dates from column {column}: the file writes dates both day "
                 "first and month first; only dates that tell were read").format(column=column)
    order = _("day/month/year") if reading.order is DateOrder.DAY_FIRST else _("month/day/year")
    if reading.by_convention:
        return _("endorsement dates from column {column}, read as {order}: no date in the "
                 "file tells day from month, check a few").format(column=column, order=order)
    return _("endorsement dates from column {column}, read as {order} (as {example} "
             "shows)").format(column=column, order=order, example=repr(reading.example))


def _find_campaign(session, ref: str | int) -> CampaignRef:
    from signon.store.dbapi import campaign_ref, find_campaign_ref

    if isinstance(ref, int):
        return campaign_ref(session, ref)
    return find_campaign_ref(session, ref)
