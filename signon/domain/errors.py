"""Errors a coordinator can read: every message is one line and says what to do,
in the user's language: it is made with `signon.domain.messages._()` where
it is raised (tests/unit/test_messages_escape.py checks the converted
modules), so `str(exc)` is what the CLI prints and a dialog shows."""


class SignonError(Exception):
    """Base of every error meant for a person, not for a traceback."""


class DomainError(SignonError):
    """A rule of the campaign domain was broken (e.g. a refused status change)."""


class WorkflowError(DomainError):
    """A status change that the endorsement workflow does not allow."""


class ValidationError(SignonError):
    """Input (a file, a field) that cannot be accepted; the message names where."""
