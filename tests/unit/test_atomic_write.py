"""Atomic writes: the target is the old file or the whole new one, and temp
files of killed writers do not pile up next to it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from signon.atomic import atomic_write, atomic_write_text, remove_stale_temp_files


def test_a_failed_write_keeps_the_old_file_and_no_temp(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "letter.pdf"
    target.write_bytes(b"old edition")
    with pytest.raises(RuntimeError), atomic_write(target) as fh:
        fh.write(b"half a new")
        raise RuntimeError("renderer failed")
    assert target.read_bytes() == b"old edition"
    assert sorted(p.name for p in folder.iterdir()) == ["letter.pdf"]


def dead_pid() -> int:
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    return int(proc.stdout)


@pytest.mark.skipif(os.name != "posix", reason="process ids are checked on POSIX only")
def test_temp_files_of_killed_writers_are_removed_by_the_next_write(tmp_path):
    target = tmp_path / "letter [final].pdf"
    stale = tmp_path / f".{target.name}.{dead_pid()}.x1y2.part"
    stale.write_bytes(b"killed mid-write")
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"]) as live:
        running = tmp_path / f".{target.name}.{live.pid}.a7b8.part"
        running.write_bytes(b"another export still writing")
        other = tmp_path / f".other.pdf.{dead_pid()}.zz.part"
        other.write_bytes(b"someone else's target")
        try:
            atomic_write_text(target, "new edition")
        finally:
            live.kill()
    assert target.read_text("utf-8") == "new edition"
    assert not stale.exists()
    assert running.exists() and other.exists()
    assert remove_stale_temp_files(target) == [running]  # its writer is gone now
