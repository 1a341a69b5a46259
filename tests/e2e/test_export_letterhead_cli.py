"""`signon export --logo IMAGE`: a letterhead on PDF and DOCX, a clear line
for anything else."""

import subprocess
import sys

from PySide6.QtGui import QColor, QImage


def signon(*args, db):
    return subprocess.run([sys.executable, "-m", "signon", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120)


def test_logo_on_pdf_and_docx_and_refusals(tmp_path):
    db = tmp_path / "c.db"
    assert signon("demo", db=db).returncode == 0
    logo = tmp_path / "logo.png"
    image = QImage(200, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#444"))
    assert image.save(str(logo))

    for fmt in ("pdf", "docx"):
        out = tmp_path / f"letter.{fmt}"
        done = signon("export", "1", "--format", fmt, "-o", str(out), "--logo", str(logo), db=db)
        assert done.returncode == 0, done.stderr
        assert out.stat().st_size > 0

    txt = signon("export", "1", "--format", "txt", "-o", str(tmp_path / "l.txt"),
                 "--logo", str(logo), db=db)
    assert txt.returncode == 1
    assert txt.stderr.strip() == ("signon: a letterhead image goes into pdf and docx letters, "
                                  "not txt")
    bogus = tmp_path / "logo.jpg"
    bogus.write_text("hello")
    bad = signon("export", "1", "--format", "pdf", "-o", str(tmp_path / "x.pdf"),
                 "--logo", str(bogus), db=db)
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1
    assert "logo.jpg: the letterhead image must be a PNG or JPEG file" in bad.stderr
    assert not (tmp_path / "x.pdf").exists()
