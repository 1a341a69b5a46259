"""No message of the store escapes translation (issue 23): the check of
tests/unit/test_messages_escape.py, run over the modules of signon/store/.

The checker is loaded from that file by path rather than copied, so there
is one scan; its CONVERTED list belongs to the modules converted there.
The store builds some of its errors in helpers that return them
(`database.friendly_error`, `database.refusal`, `backup._with_advice`), so
here every construction of an error counts, raised or returned.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import inspect
from pathlib import Path

import pytest


def _checker():
    spec = importlib.util.spec_from_file_location(
        "messages_escape_check", Path(__file__).with_name("test_messages_escape.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CHECK = _checker()

CONVERTED = (
    "signon.store.backup",
    "signon.store.blocks",
    "signon.store.campaigns",
    "signon.store.concurrency",
    "signon.store.copy",
    "signon.store.corrections",
    "signon.store.database",
    "signon.store.dbapi",
    "signon.store.editions",
    "signon.store.erasure",
    "signon.store.letters",
    "signon.store.merge",
    "signon.store.organisations",
    "signon.store.outbox",
    "signon.store.replies",
    "signon.store.round_trips",
    "signon.store.signatories",
    "signon.store.signatory_merge",
    "signon.store.statements",
    "signon.store.tables",
    "signon.store.templates",
    "signon.store.translations",
)


def escapes(module) -> list[str]:
    """The raised messages that escape (the shared check), and the errors
    made without a translated message wherever they are made."""
    found = {int(line.split(":")[0]): line for line in CHECK.escapes(module)}
    source = inspect.getsource(module)
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.Call) and node.args and node.lineno not in found
                and CHECK._is_signon_error(module, node.func)
                and CHECK._untranslated(node.args[0])):
            found[node.lineno] = f"{node.lineno}: {ast.get_source_segment(source, node)}"
    return [found[line] for line in sorted(found)]


@pytest.mark.parametrize("name", CONVERTED)
def test_no_store_message_escapes_translation(name):
    assert escapes(importlib.import_module(name)) == []


def test_every_store_module_is_checked():
    """A new module of signon/store that makes an error joins CONVERTED."""
    folder = Path(importlib.import_module("signon.store").__file__).parent
    making = {f"signon.store.{path.stem}" for path in folder.glob("*.py")
              if "Error(" in path.read_text(encoding="utf-8")}
    assert making - set(CONVERTED) == set()


def test_a_returned_error_with_bare_text_is_caught(tmp_path, monkeypatch):
    (tmp_path / "store_escaping_sample.py").write_text('''
from signon.domain.messages import _
from signon.store.database import DatabaseError


def bare(where):
    return DatabaseError(f"{where}: locked")

def fine(where):
    return DatabaseError(_("{where}: locked").format(where=where))
''', encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    found = escapes(importlib.import_module("store_escaping_sample"))
    assert [line.split(":")[0] for line in found] == ["7"]
