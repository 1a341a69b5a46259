"""The layers of DESIGN.md stay true: checked on the source, not by convention.

domain/ is pure (no Qt, no SQL, no store); store/, exchange/ and outreach/
never import the UI or Qt; nothing outside ui/ imports ui/.
"""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "signon"

FORBIDDEN = {
    "domain": ("PySide6", "shiboken6", "sqlalchemy", "sqlmodel", "alembic", "signon.store",
               "signon.ui", "signon.exchange", "signon.outreach", "signon.commands"),
    "store": ("PySide6", "shiboken6", "signon.ui", "signon.commands"),
    "exchange": ("PySide6", "shiboken6", "signon.ui", "signon.commands"),
    "outreach": ("PySide6", "shiboken6", "signon.ui", "signon.commands"),
    "commands": ("PySide6", "shiboken6", "signon.ui"),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


CASES = [
    (layer, path)
    for layer in FORBIDDEN
    for path in sorted((PACKAGE / layer).rglob("*.py"))
    if "migrations" not in path.parts or path.name == "env.py"
]


@pytest.mark.parametrize("layer,path", CASES, ids=lambda v: str(v).split("signon/")[-1])
def test_layer_imports(layer, path):
    bad = sorted(
        name for name in imported_modules(path)
        if any(name == f or name.startswith(f + ".") for f in FORBIDDEN[layer])
    )
    assert not bad, f"{path.relative_to(PACKAGE)} ({layer}) imports {bad}"


def test_the_check_sees_the_layers():
    assert {layer for layer, _ in CASES} >= {"domain", "store", "exchange"}
