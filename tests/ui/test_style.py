"""One palette: the stylesheet and the code that draws colours agree.

app.qss lists the palette in its opening comment; signon/ui/colours.py holds
the same names and values. A colour added to one and not the other, or a
colour written straight into a rule or a widget, fails here.
"""

from __future__ import annotations

import re
from pathlib import Path

from signon.ui import colours
from signon.ui.style import STYLESHEET

UI = Path(colours.__file__).parent
HEX = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")


def _palette_comment(text: str) -> tuple[dict[str, str], str]:
    """The palette listed in the opening comment, and the rules after it."""
    end = text.index("*/")
    comment, rules = text[:end], text[end:]
    listed = re.findall(r"^\s+([a-z][a-z-]*)\s+(#[0-9a-f]{6})\b", comment, re.MULTILINE)
    return dict(listed), rules


def test_the_stylesheet_lists_the_palette_of_colours_py():
    listed, _rules = _palette_comment(STYLESHEET.read_text(encoding="utf-8"))
    assert listed == colours.PALETTE


def test_the_palette_names_each_colour_once():
    values = list(colours.PALETTE.values())
    assert len(values) == len(set(values))
    assert all(re.fullmatch(r"#[0-9a-f]{6}", value) for value in values)


def test_every_colour_of_the_stylesheet_is_in_the_palette():
    _listed, rules = _palette_comment(STYLESHEET.read_text(encoding="utf-8"))
    used = {c.lower() for c in HEX.findall(rules)}
    assert used - set(colours.PALETTE.values()) == set()


def test_widgets_have_no_stylesheet_or_colour_of_their_own():
    """Styles live in app.qss (objectNames, `role`), colours in colours.py."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "colours.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path.relative_to(UI)}:{number}"
            if "setStyleSheet(" in line and path.name != "style.py":
                found.append(f"{where}: setStyleSheet")
            if HEX.search(line) or re.search(r"QColor\(\"[a-z]+\"\)", line):
                found.append(f"{where}: {line.strip()}")
    assert found == []


def test_the_stylesheet_images_exist_and_use_the_palette():
    """The arrows of drop-downs and number fields (`url(style:…)`, found
    beside app.qss) are drawn in palette colours too."""
    _listed, rules = _palette_comment(STYLESHEET.read_text(encoding="utf-8"))
    names = set(re.findall(r"url\(style:([^)]+)\)", rules))
    assert names
    for name in sorted(names):
        image = STYLESHEET.parent / name
        assert image.is_file(), name
        used = {c.lower() for c in HEX.findall(image.read_text(encoding="utf-8"))}
        assert used and used <= set(colours.PALETTE.values()), (name, used)
