"""The layers of docs/architecture.md, checked on the source: ui → outreach →
exchange → store → domain, each importing only those below it (imports
inside functions count too), and no two modules importing each other, even
by a detour.

The app's own small modules at the top of the package are a floor of their
own that every layer above the domain may use: `config` (folders and the
database URL), `progress` (cancellable progress), `atomic` (files written
whole or not at all) and `secrets` (the password store). The domain imports
none of them: it is pure.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "signon"

#: Bottom to top. A module may import its own layer and those before it.
LAYERS = ("domain", "base", "store", "exchange", "outreach", "commands", "ui", "entry")
BASE = {"signon", "signon.config", "signon.progress", "signon.atomic", "signon.secrets",
        "signon.message_catalog"}
ENTRY = {"signon.cli", "signon.__main__"}
#: Outside libraries a layer may not use at all.
FOREIGN = {
    "domain": ("PySide6", "shiboken6", "sqlalchemy", "sqlmodel", "alembic", "reportlab",
               "docx", "openpyxl", "keyring", "platformdirs"),
    "base": ("PySide6", "shiboken6"),
    "store": ("PySide6", "shiboken6", "reportlab", "docx"),
    "exchange": ("PySide6", "shiboken6"),
    "outreach": ("PySide6", "shiboken6"),
    "commands": ("PySide6", "shiboken6"),
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def layer_of(module: str) -> str:
    if module in BASE:
        return "base"
    if module in ENTRY:
        return "entry"
    return module.split(".")[1]


def imports(path: Path) -> set[str]:
    """Every module `path` imports, at any depth of the code; `from x import y`
    counts as x.y when that is a module of ours, else as x."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module_name(path) if path.name == "__init__.py" else \
        module_name(path).rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                found.add(sub if sub in MODULES else base)
    return found


SOURCES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))
           if "migrations" not in p.parts or p.name == "env.py"}
MODULES = set(SOURCES)
GRAPH = {name: {m for m in imports(path) if m in MODULES and m != name}
         for name, path in SOURCES.items()}


@pytest.mark.parametrize("module", sorted(SOURCES))
def test_a_module_imports_only_its_layer_and_those_below(module):
    own = LAYERS.index(layer_of(module))
    above = sorted(m for m in GRAPH[module] if LAYERS.index(layer_of(m)) > own)
    assert not above, f"{module} ({layer_of(module)}) imports {above} from a layer above"
    foreign = FOREIGN.get(layer_of(module), ())
    bad = sorted(m for m in imports(SOURCES[module])
                 if any(m == f or m.startswith(f + ".") for f in foreign))
    assert not bad, f"{module} ({layer_of(module)}) uses {bad}"


#: Circles that were there when this check became strict (issue 16), each
#: left to its own change: delete an entry with the change that breaks it.
#: Any other circle, or one of these grown by a module, fails.
KNOWN_CIRCLES: list[set[str]] = []


def test_no_import_circles():
    """Tarjan's strongly connected components: any with two modules or more
    is a circle (a imports b imports … a)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in GRAPH[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for node in sorted(GRAPH):
        if node not in index:
            visit(node)
    circles = [c for c in circles if set(c) not in KNOWN_CIRCLES]
    assert circles == [], "import circles: " + "; ".join(" ↔ ".join(c) for c in circles)


def test_the_check_sees_every_layer_and_function_level_imports():
    assert {layer_of(m) for m in MODULES} == set(LAYERS)
    # cli imports the UI inside a function only; it must still be seen
    assert "signon.ui.app" in GRAPH["signon.cli"]
