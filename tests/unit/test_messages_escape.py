"""No message for a person escapes translation (issue 23): in every module
below the interface, every `SignonError` is made with a message from `_()`
or `n_()` (directly, through `.format(…)`, or held in a variable made so),
never a bare string or an f-string, whether it is raised where it is made
or returned by a helper that builds it (`database.friendly_error`); and no
`_()` is given an f-string, which the catalog cannot hold. A new module is
checked the day it is written: the modules are found, not listed.
"""

from __future__ import annotations

import ast
import importlib
import inspect
from pathlib import Path

import pytest

from signon.domain.errors import SignonError

ROOT = Path(__file__).resolve().parents[2]

#: The layers below the interface, whose messages reach a person through an
#: error (the interface's own texts go through Qt's tr: tests/ui/test_i18n.py).
BELOW_THE_INTERFACE = ("signon.domain", "signon.store", "signon.exchange", "signon.outreach",
                       "signon.commands", "signon.config", "signon.atomic", "signon.progress",
                       "signon.secrets", "signon.message_catalog", "signon.cli")


def modules() -> list[str]:
    """Every module of those layers (migrations hold no message for a person)."""
    import pkgutil

    import signon

    found = []
    for info in pkgutil.walk_packages(signon.__path__, "signon."):
        name = info.name
        if name.startswith(BELOW_THE_INTERFACE) and ".migrations" not in name:
            found.append(name)
    return sorted(found)


TRANSLATING = {"_", "n_"}


def _is_text(node: ast.AST) -> bool:
    """A literal message: "…", f"…", or text glued to one with + or %."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_text(node.left) or _is_text(node.right)
    return False


def _untranslated(message: ast.AST) -> bool:
    """The first argument of an error: bare text, or bare text `.format`ted."""
    if _is_text(message):
        return True
    if (isinstance(message, ast.Call) and isinstance(message.func, ast.Attribute)
            and message.func.attr == "format"):
        return _is_text(message.func.value)
    return False


def _resolve(module, node: ast.AST):
    """The object a raised name stands for in `module` (None when unknown)."""
    if isinstance(node, ast.Name):
        return getattr(module, node.id, None)
    if isinstance(node, ast.Attribute):
        owner = _resolve(module, node.value)
        return getattr(owner, node.attr, None) if owner is not None else None
    return None


def _is_signon_error(module, node: ast.AST) -> bool:
    found = _resolve(module, node)
    if found is None and isinstance(node, ast.Name):
        # imported inside a function: look in the error module by name
        found = getattr(importlib.import_module("signon.domain.errors"), node.id, None)
    return inspect.isclass(found) and issubclass(found, SignonError)


def escapes(module) -> list[str]:
    """"line: code" of each message of `module` that escapes translation: an
    error made (raised or returned) with bare text, an f-string given to `_()`."""
    source = inspect.getsource(module)
    found = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            call = node.exc
            args = list(call.args) + [k.value for k in call.keywords if k.arg == "message"]
            if _is_signon_error(module, call.func) and args and _untranslated(args[0]):
                found[node.lineno] = ast.get_source_segment(source, node)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in TRANSLATING \
                and any(isinstance(a, ast.JoinedStr) for a in node.args):
            found[node.lineno] = f"f-string in {ast.get_source_segment(source, node)}"
        elif (isinstance(node, ast.Call) and node.args and node.lineno not in found
              and _is_signon_error(module, node.func) and _untranslated(node.args[0])):
            found[node.lineno] = ast.get_source_segment(source, node)
    return [f"{line}: {found[line]}" for line in sorted(found)]


def test_the_modules_are_found():
    names = modules()
    assert {"signon.store.database", "signon.exchange.pdf", "signon.outreach.inbox",
            "signon.commands.export", "signon.domain.addresses"} <= set(names)
    assert not any(name.startswith("signon.ui") or ".migrations" in name for name in names)


@pytest.mark.parametrize("name", modules())
def test_no_message_escapes_translation(name):
    assert escapes(importlib.import_module(name)) == []


def test_the_scan_sees_each_way_a_message_escapes(tmp_path, monkeypatch):
    source = '''
from signon.domain.errors import ValidationError, WorkflowError
from signon.domain.messages import _


class Refused(WorkflowError):
    pass


def bare(name):
    raise ValidationError("the file is empty")

def formatted(name):
    raise ValidationError(f"{name}: the file is empty")

def glued(name):
    raise Refused(name + ": the file is empty")

def format_without_translation(name):
    raise ValidationError("{name}: empty".format(name=name))

def fstring_in_translation(name):
    return _(f"{name}: empty")

def fine(name):
    message = _("{name}: empty")
    if name:
        raise ValidationError(_("{name}: the file is empty").format(name=name))
    raise ValidationError(message.format(name=name))

def not_for_people(name):
    raise ValueError(f"{name!r} is not a key")

def returned(where):
    return ValidationError(f"{where}: locked")
'''
    (tmp_path / "escaping_sample.py").write_text(source, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    found = escapes(importlib.import_module("escaping_sample"))
    assert [line.split(":")[0] for line in found] == ["11", "14", "17", "20", "23", "35"]
