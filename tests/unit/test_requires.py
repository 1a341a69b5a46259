"""SIGNON_REQUIRE: a test whose part of the machine is missing skips on a
developer's machine and fails in CI, which names the parts it installed.
Checked here both on `require` itself and through a real pytest run, since a
mechanism that only ever skips would let CI pass with the tests not run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from support import requires
from support.requires import PARTS, Part, require, required

ROOT = Path(__file__).resolve().parents[2]
#: A test that needs poppler and stops before its body when poppler is missing.
POPPLER_TEST = "tests/exchange/test_multilingual_export.py::test_pdf_in_each_language[en]"


@pytest.fixture
def parts(monkeypatch):
    """A part that is here and one that is not."""
    monkeypatch.setitem(PARTS, "present", Part("A present thing", "nothing to do", lambda: ""))
    monkeypatch.setitem(PARTS, "absent", Part("An absent thing", "apt-get install absent",
                                              lambda: "absent-tool"))


def test_names_are_read_and_unknown_names_refused():
    assert required({}) == frozenset()
    assert required({"SIGNON_REQUIRE": " postgres, poppler ,"}) == {"postgres", "poppler"}
    with pytest.raises(ValueError, match="unknown parts: postgresql .*known: .*postgres"):
        required({"SIGNON_REQUIRE": "poppler,postgresql"})


def test_missing_part_skips_unless_required(parts):
    require("present", {"SIGNON_REQUIRE": "present"})
    with pytest.raises(pytest.skip.Exception, match="An absent thing not installed "
                       r"\(missing absent-tool; apt-get install absent\)"):
        require("absent", {})
    with pytest.raises(pytest.fail.Exception,
                       match="SIGNON_REQUIRE=absent requires absent, but An absent thing"):
        require("absent", {"SIGNON_REQUIRE": "absent"})
    with pytest.raises(ValueError, match="no part 'typo'"):
        require("typo", {})


def test_the_real_parts_say_what_is_missing(monkeypatch):
    monkeypatch.setattr(requires.shutil, "which", lambda name: None)
    assert PARTS["poppler"].missing() == "pdftotext, pdffonts, pdftoppm"


def _pytest(*args: str, **env: str) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items()
               if k not in ("SIGNON_REQUIRE", "PYTEST_XDIST_WORKER", "PYTEST_ADDOPTS")}
    environ.update(env)
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-n", "0", "-rfEs"]
    return subprocess.run([*command, *args], cwd=ROOT, env=environ, capture_output=True,
                          text=True, timeout=300)


def test_a_run_skips_or_fails_a_test_whose_part_is_missing(tmp_path):
    """poppler hidden (an empty PATH): the same test skips without
    SIGNON_REQUIRE and fails, saying why, with it."""
    skipped = _pytest(POPPLER_TEST, PATH=str(tmp_path))
    assert skipped.returncode == 0, skipped.stdout + skipped.stderr
    assert "1 skipped" in skipped.stdout
    assert "poppler-utils not installed (missing pdftotext" in skipped.stdout
    failed = _pytest(POPPLER_TEST, PATH=str(tmp_path), SIGNON_REQUIRE="poppler")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "1 error" in failed.stdout and "skipped" not in failed.stdout
    assert "SIGNON_REQUIRE=poppler requires poppler, but poppler-utils not installed" \
        in failed.stdout


def test_a_run_with_an_unknown_name_stops_at_once():
    done = _pytest("--collect-only", "tests/unit/test_requires.py",
                   SIGNON_REQUIRE="postgres,popler")
    assert done.returncode == pytest.ExitCode.USAGE_ERROR
    assert "SIGNON_REQUIRE names unknown parts: popler" in done.stderr
