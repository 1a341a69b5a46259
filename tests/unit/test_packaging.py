"""What a wheel holds: every package, and resources/ as signon.resources.

pyproject lists the packages by hand (find() cannot see resources/ as
signon.resources), so a new package folder that is not listed would be left
out of every wheel while the editable checkout keeps working; and a module
that found its data relative to the source tree would work only in the
checkout. These checks read the files, so they fail in the checkout, before
anyone builds a wheel.
"""

from __future__ import annotations

import ast
import fnmatch
import tomllib
from importlib.resources import files
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "signon"
SETUPTOOLS = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]


def _package_folders() -> set[str]:
    return {".".join(init.parent.relative_to(ROOT).parts) for init in PACKAGE.rglob("__init__.py")}


def test_every_package_folder_is_listed():
    listed = set(SETUPTOOLS["packages"])
    assert _package_folders() - listed == set()
    # and nothing listed is missing (a renamed folder left behind in the list)
    assert listed - _package_folders() == {"signon.resources"}


def test_resources_ship_as_signon_resources():
    assert SETUPTOOLS["package-dir"] == {"signon.resources": "resources"}
    assert (ROOT / "resources" / "__init__.py").is_file()


def test_package_data_covers_every_resource_file():
    """Each file under resources/ is matched by a package-data pattern, or a
    wheel would leave it out (the .ts translation sources stay behind: the
    app reads the compiled .qm)."""
    patterns = SETUPTOOLS["package-data"]["signon.resources"]
    resources = ROOT / "resources"
    left_out = [str(path.relative_to(resources)) for path in sorted(resources.rglob("*"))
                if path.is_file() and "__pycache__" not in path.parts
                and path.name != "__init__.py" and path.suffix != ".ts"
                and not any(fnmatch.fnmatch(str(path.relative_to(resources).as_posix()), p)
                            for p in patterns)]
    assert left_out == []


def test_config_resources_come_from_importlib_resources():
    from signon import config

    assert config.RESOURCES == Path(str(files("signon.resources")))
    for folder in ("fonts", "templates", "library", "demo"):
        assert any((config.RESOURCES / folder).iterdir()), folder
    assert list((config.RESOURCES / "fonts").glob("*.ttf"))
    qm = {path.name for path in (config.RESOURCES / "i18n").glob("*.qm")}
    assert {"signon_en.qm", "signon_es.qm", "signon_fr.qm", "signon_ar.qm"} <= qm
    assert (config.RESOURCES / "style" / "app.qss").is_file()


# -- no path to the data through the source tree --------------------------------------


def source_tree_paths(source: str) -> list[str]:
    """Expressions in `source` that climb out of the package or name the
    resources/ folder by path: `.parent.parent`, `.parents[…]`, nested
    os.path.dirname, and a "resources" path literal. Each as "line: code"."""
    found = []
    for node in ast.walk(ast.parse(source)):
        bad = False
        if isinstance(node, ast.Attribute) and node.attr == "parent":
            bad = isinstance(node.value, ast.Attribute) and node.value.attr == "parent"
        elif isinstance(node, ast.Subscript):
            bad = isinstance(node.value, ast.Attribute) and node.value.attr == "parents"
        elif isinstance(node, ast.Call) and _is_dirname(node.func) and node.args:
            bad = isinstance(node.args[0], ast.Call) and _is_dirname(node.args[0].func)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            parts = node.value.replace("\\", "/").split("/")
            bad = "resources" in parts
        if bad:
            found.append((node.lineno, node.col_offset, ast.get_source_segment(source, node)))
    return [f"{line}: {code}" for line, _, code in sorted(found)]


def _is_dirname(func: ast.expr) -> bool:
    return isinstance(func, ast.Attribute) and func.attr == "dirname"


def test_the_check_finds_source_tree_paths():
    """The scan below is only worth something if it recognises the ways a
    module finds its data through the source tree."""
    sample = (
        "from pathlib import Path\n"
        "import os\n"
        "FONTS = Path(__file__).resolve().parent.parent / 'resources' / 'fonts'\n"
        "ROOT = Path(__file__).parents[1]\n"
        "STYLE = os.path.join(os.path.dirname(os.path.dirname(__file__)), 'x')\n"
        "QSS = 'resources/style/app.qss'\n"
        "OWN = Path(__file__).parent / 'migrations'\n"
        "NAME = 'signon.resources'\n"
    )
    assert [line.split(":")[0] for line in source_tree_paths(sample)] == \
        ["3", "3", "4", "5", "6"]


def test_no_module_finds_resources_through_the_source_tree():
    """signon.config.RESOURCES (importlib.resources) is the one way to the
    bundled data; a module's own folder (Path(__file__).parent / "migrations")
    ships with it and is fine."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == PACKAGE / "config.py" or "__pycache__" in path.parts:
            continue
        hits = source_tree_paths(path.read_text("utf-8"))
        if hits:
            found[str(path.relative_to(ROOT))] = hits
    assert found == {}


def test_the_user_guide_ships_with_the_package():
    """Help → User guide reads docs/ through signon.resources/docs: a link in
    the checkout (resources/docs → ../docs), a folder of package data in a
    wheel. Every page and image of docs/ is matched by a pattern."""
    from signon import config

    link = ROOT / "resources" / "docs"
    assert link.is_symlink() and link.resolve() == (ROOT / "docs").resolve()
    patterns = SETUPTOOLS["package-data"]["signon.resources"]
    for path in sorted((ROOT / "docs").rglob("*")):
        if path.is_file():
            name = "docs/" + path.relative_to(ROOT / "docs").as_posix()
            assert any(fnmatch.fnmatch(name, p) for p in patterns), name
    assert (config.RESOURCES / "docs" / "ui-tour.md").is_file()
