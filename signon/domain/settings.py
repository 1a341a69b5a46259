"""Declared settings: every key a settings store holds, with its default, the
type of its value and what it is for.

Sign-on keeps settings in three stores (docs/architecture.md, "Settings"):
the data dir's settings.json (`signon.config`), the window's
ui-settings.ini (`signon.ui.settings`) and the database's `setting` table
(`signon.store.setting_keys`). Each declares its keys once, as `Setting`s
in a `Declarations`, and the functions that read and write it refuse a key
that is not declared there: a typo'd name fails at once instead of reading
the default forever.

A name with `{field}` parts is a pattern, one key per value of the fields:
`export.letterhead.{campaign_id}` is one key per campaign, removed with its
campaign (`Declarations.per_campaign`).

Pure: no files, no Qt, no SQL.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property

#: The field of a per-campaign setting's name.
CAMPAIGN_ID = "campaign_id"

_FIELD = re.compile(r"\{(\w+)\}")


class UndeclaredSetting(LookupError):
    """A settings store was asked for a key it does not declare."""


@dataclass(frozen=True, eq=False)  # compared by identity: only the declared object counts
class Setting:
    """One key of a settings store (or, with `{field}` parts, one per value)."""

    name: str
    default: object
    type: type
    doc: str

    @cached_property
    def fields(self) -> tuple[str, ...]:
        return tuple(_FIELD.findall(self.name))

    @property
    def per_campaign(self) -> bool:
        return CAMPAIGN_ID in self.fields

    @cached_property
    def _pattern(self) -> re.Pattern[str]:
        parts = _FIELD.split(self.name)  # literal, field, literal, field, …, literal
        regex = "".join(
            re.escape(part) if i % 2 == 0
            else rf"(?P<{part}>[0-9]+)" if part == CAMPAIGN_ID else rf"(?P<{part}>[^/]+)"
            for i, part in enumerate(parts))
        return re.compile(regex)

    def key(self, **values: object) -> str:
        """The stored key: the name, its fields filled in (all of them)."""
        if set(values) != set(self.fields):
            raise TypeError(f"setting {self.name!r} takes {list(self.fields) or 'no fields'}, "
                            f"not {sorted(values) or 'none'}")
        key = self.name.format(**{k: str(v) for k, v in values.items()})
        if not self.matches(key):
            raise ValueError(f"setting {self.name!r}: {values} do not make one of its keys")
        return key

    def matches(self, key: str) -> bool:
        return self._pattern.fullmatch(key) is not None

    def fields_of(self, key: str) -> dict[str, str]:
        """The fields a stored key fills in ("export.letterhead.7" →
        {"campaign_id": "7"}); ValueError when it is not one of its keys."""
        found = self._pattern.fullmatch(key)
        if found is None:
            raise ValueError(f"{key!r} is not a key of setting {self.name!r}")
        return found.groupdict()

    def default_value(self) -> object:
        """The default, a copy of it (a list or dict default is never shared)."""
        return copy.deepcopy(self.default)

    def check_value(self, value: object) -> None:
        if not isinstance(value, self.type):
            raise TypeError(f"setting {self.name!r} holds {self.type.__name__}, "
                            f"not {type(value).__name__}")


class Declarations:
    """The keys of one settings store, each declared once."""

    def __init__(self, store: str, settings: Iterable[Setting]):
        self.store = store
        self.settings = tuple(settings)
        names = [s.name for s in self.settings]
        if len(set(names)) != len(names):
            raise ValueError(f"{store}: a setting is declared twice")

    def __iter__(self) -> Iterator[Setting]:
        return iter(self.settings)

    def __len__(self) -> int:
        return len(self.settings)

    def __contains__(self, setting: object) -> bool:
        return any(setting is s for s in self.settings)

    def find(self, key: str) -> Setting | None:
        """The declaration a stored key belongs to (None: undeclared)."""
        return next((s for s in self.settings if s.matches(key)), None)

    def key(self, setting: Setting, **values: object) -> str:
        """`setting`'s key, refused when `setting` is not one of these."""
        if setting not in self:
            name = getattr(setting, "name", setting)
            raise UndeclaredSetting(f"{name!r} is not a declared setting of {self.store}")
        return setting.key(**values)

    def check_key(self, key: str) -> Setting:
        """The declaration of `key`, or UndeclaredSetting."""
        found = self.find(key)
        if found is None:
            raise UndeclaredSetting(f"{key!r} is not a declared setting of {self.store}")
        return found

    def per_campaign(self) -> tuple[Setting, ...]:
        """The settings a campaign has one of: removed when it is deleted."""
        return tuple(s for s in self.settings if s.per_campaign)
