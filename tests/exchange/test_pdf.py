"""The PDF letter, opened the way a reader opens it: pdftotext, pdffonts,
pypdf and rasterised pages (pdftoppm).

Letters are built with `build_letter` from public `SignatoryEntry` values,
no database. Text comparisons are exact wherever the PDF can carry the text
exactly; where it cannot (Arabic), the test says why and asserts the
strongest property that holds.
"""

from __future__ import annotations

import json
import re
import subprocess
import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from signon.domain.compose import SectionDraft
from signon.domain.errors import ValidationError
from signon.domain.letter import LetterOptions, SignatoryEntry, build_letter
from signon.exchange.pdf import render_pdf
from signon.progress import Cancelled, Progress

pytestmark = pytest.mark.requires("poppler")  # pdftotext, pdffonts, pdftoppm

DATA = Path(__file__).resolve().parents[1] / "data" / "un-ai-resolution.json"
REFERENCE = json.loads(DATA.read_text("utf-8"))
EXPECTED = REFERENCE["expected_signatories"]
LEADS = ["First, ", "Second, ", "Third, ", "Fourth, ", "Finally, "]
#: Bidi embedding marks pdftotext wraps right-to-left runs in.
_BIDI_MARKS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u200e\u200f"))

#: One name per script the letter must handle, as a coordinator types them.
SCRIPT_NAMES = {
    "latin": "Fundación Ávila Łódź (FÁŁ)",
    "cyrillic": "Ассоциация «Цифровые права»",
    "greek": "Ελληνική Ένωση Ψηφιακών Δικαιωμάτων",
    "arabic": "جمعية الحقوق الرقمية",
    "arabic_mixed": "مركز حرية الإعلام (SMEX)",
    "persian": "مرکز حقوق دیجیتال ایران",
    "hebrew": "האגודה לזכויות האזרח",
    "devanagari": "डिजिटल अधिकार संस्थान क्षत्रिय",
    "bengali": "ডিজিটাল অধিকার ফাউন্ডেশন",
    "tamil": "டிஜிட்டல் உரிமைகள் மன்றம்",
    "thai": "มูลนิธิเพื่อสิทธิดิจิทัล",
    "chinese": "国际特赦组织",
    "japanese": "日本デジタル権利協会",
    "korean": "디지털 권리 센터",
    "armenian": "Հայաստանի թվային իրավունքներ",
    "georgian": "საქართველოს ციფრული უფლებები",
}


# -- helpers ---------------------------------------------------------------------


def pdftotext(path: Path, *args: str) -> str:
    done = subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True,
                          text=True, check=True)
    return done.stdout


def flat(text: str) -> str:
    """Whitespace normalised, running footers dropped: a paragraph that
    crosses a page break reads as one."""
    return " ".join(re.sub(r"(?m)^Page \d+ of \d+$", " ", text).split())


def org(name: str, **fields) -> SignatoryEntry:
    return SignatoryEntry(kind="organisation", name=name, status="endorsed", **fields)


def reference_entries() -> list[SignatoryEntry]:
    """The reference campaign's signatories with public fields only (what
    the store hands the letter); the JSON's contact emails stay behind."""
    return [SignatoryEntry(kind=s["type"], name=s["name"], status=s["status"],
                           acronym=s.get("acronym", ""), country=s.get("country", ""),
                           org_type=s.get("org_type", ""))
            for s in REFERENCE["signatories"]]


def reference_letter(**options):
    return build_letter(
        title=REFERENCE["campaign"]["title"], language="en",
        sections=[SectionDraft(**s) for s in REFERENCE["sections"]],
        signatories=reference_entries(), letter_date=date(2024, 3, 28),
        options=LetterOptions(**options),
    )


def simple_letter(names: list[str], title: str = "Joint letter", language: str = "en",
                  **options):
    return build_letter(
        title=title, language=language,
        sections=[SectionDraft(kind="intro", text="We, the undersigned, ask for this.")],
        signatories=[org(n) for n in names], letter_date=date(2026, 4, 12),
        options=LetterOptions(**options),
    )


def signatory_section(text: str, heading: str = "Signatories") -> list[str]:
    """Non-empty lines after the heading, without page footers."""
    lines = text.split(heading, 1)[1].splitlines()
    return [line.strip() for line in lines
            if line.strip() and not re.fullmatch(r"Page \d+ of \d+", line.strip())]


# -- the reference letter --------------------------------------------------------------


def test_reference_letter_reads_in_order(tmp_path):
    letter = reference_letter()
    out = render_pdf(letter, tmp_path / "letter.pdf")
    assert out == tmp_path / "letter.pdf"
    text = pdftotext(out)
    body = flat(text)

    # the lead sentence, then the five concerns in order, each with its lead-in
    concerns = next(s for s in letter.sections if s.kind.is_list)
    assert flat(concerns.lead) in body
    at = body.index(flat(concerns.lead))
    for lead, item in zip(LEADS, concerns.items, strict=True):
        assert item.text.startswith(lead)
        where = body.find("• " + flat(item.text), at)
        assert where > at, f"concern {lead!r} missing or out of order"
        at = where
    # every paragraph of intro and closing, whole and in order
    at = 0
    for section in letter.sections:
        for paragraph in section.paragraphs:
            where = body.find(flat(paragraph), at)
            assert where >= at, f"paragraph missing or out of order: {paragraph[:40]!r}"
            at = where

    # the nine signatories once each, one per line, in the example's order
    listed = signatory_section(text)
    assert listed == EXPECTED
    for name in (s["name"] for s in REFERENCE["signatories"] if s["status"] != "endorsed"):
        assert name not in text
    assert "@" not in text


def test_no_contact_detail_reaches_the_pdf(tmp_path):
    letter = reference_letter(show_counts=True, show_place=True,
                              edition_date=date(2024, 4, 2))
    out = render_pdf(letter, tmp_path / "letter.pdf")
    text = pdftotext(out)
    assert "@" not in text
    emails = [s["contact_email"] for s in REFERENCE["signatories"] if s.get("contact_email")]
    raw = out.read_bytes()
    for email in emails:
        assert email.encode() not in raw
    from pypdf import PdfReader

    info = PdfReader(out).metadata
    assert all("@" not in str(v) for v in info.values())


def test_metadata_paper_and_language(tmp_path):
    from pypdf import PdfReader

    import signon

    letter = reference_letter(show_counts=True)
    a4 = PdfReader(render_pdf(letter, tmp_path / "a4.pdf"))
    info = a4.metadata
    assert info.title == REFERENCE["campaign"]["title"]
    assert info.author == "Sign-on"
    assert info["/Creator"] == "Sign-on"
    assert info.producer == f"Sign-on {signon.__version__} (reportlab)"
    assert info.subject == letter.counts_line != ""
    assert a4.trailer["/Root"]["/Lang"] == "en"
    box = a4.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)

    us = PdfReader(render_pdf(letter, tmp_path / "letter.pdf", paper="letter"))
    box = us.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_every_page_says_page_n_of_total(tmp_path):
    names = [f"Organisation number {i:04d} for digital rights" for i in range(400)]
    out = render_pdf(simple_letter(names), tmp_path / "long.pdf")
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    assert pages >= 3
    for page in range(1, pages + 1):
        text = pdftotext(out, "-f", str(page), "-l", str(page))
        assert re.findall(r"Page \d+ of \d+", text) == [f"Page {page} of {pages}"]


def test_fonts_are_embedded(tmp_path):
    out = render_pdf(simple_letter(list(SCRIPT_NAMES.values())), tmp_path / "scripts.pdf")
    listing = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    assert len(listing) >= 12  # Latin regular + bold and one font per other script
    for row in listing:
        fields = row.split()
        name, emb = fields[0], fields[-5]
        assert emb == "yes", f"{name} is not embedded"
    names = " ".join(row.split()[0] for row in listing)
    for family in ("NotoSans-Regular", "NotoSans-Bold", "NotoSansArabic", "NotoSansHebrew",
                   "NotoSansDevanagari", "NotoSansBengali", "NotoSansTamil", "NotoSansThai",
                   "DroidSansFallback", "NanumGothic"):
        assert family in names


# -- any script ------------------------------------------------------------------------


def test_names_in_every_script_come_back(tmp_path):
    """Each name is one line of pdftotext's output.

    Exact for every script but Arabic. Arabic is drawn with its contextual
    forms (initial, medial, final, lam-alef), and reportlab's ToUnicode map
    names each glyph by one code point: the Arabic Presentation Forms, which
    NFKC folds back to the letters typed — so a pure-Arabic name compares
    equal after NFKC. When Latin letters or digits sit inside an Arabic name,
    pdftotext rebuilds the reading order of the mixed line with its own
    heuristics rather than the Unicode bidi algorithm and may put "(SMEX)"
    first: then the test can only assert that every character is there.
    """
    names = list(SCRIPT_NAMES.values())
    out = render_pdf(simple_letter(names), tmp_path / "scripts.pdf", columns=1)
    lines = [line.translate(_BIDI_MARKS).strip() for line in signatory_section(pdftotext(out))]
    by_nfkc = {unicodedata.normalize("NFKC", line) for line in lines}
    for script, name in SCRIPT_NAMES.items():
        if script in ("arabic", "persian"):
            assert unicodedata.normalize("NFKC", name) in by_nfkc, script
        elif script == "arabic_mixed":
            letters = Counter(unicodedata.normalize("NFKC", name).replace(" ", ""))
            assert any(Counter(line.replace(" ", "")) == letters for line in by_nfkc), script
        else:
            assert name in lines, f"{script}: {name!r} not in {lines}"


def test_every_character_has_a_glyph_in_the_font_chosen_for_it():
    """No tofu: the font picked for each run has every character of it
    (checked on reportlab's own character map of the bundled file)."""
    from signon.exchange.pdf.fonts import FONT_BOOK, itemize

    for script, name in SCRIPT_NAMES.items():
        for start, end, face in itemize(name):
            for ch in name[start:end]:
                assert FONT_BOOK.covers(face, ch), f"{script}: {ch!r} missing in {face} font"


def test_an_arabic_letter_is_set_right_to_left(tmp_path):
    sections = [SectionDraft(kind="intro", text="نحن، منظمات المجتمع المدني الموقعة أدناه، "
                             "نرحب بقرار الجمعية العامة للأمم المتحدة بشأن الذكاء الاصطناعي."),
                SectionDraft(kind="concern", lead="لدينا مخاوف:", numbering="ordinal",
                             items=["التمويل غير كاف", "الحوكمة غير شاملة", "الرقابة ضعيفة"])]
    letter = build_letter(title="بيان مشترك", language="ar", sections=sections,
                          signatories=[org("جمعية الحقوق الرقمية"), org("Access Now")],
                          signatory_heading="الموقعون", letter_date=date(2026, 4, 12))
    out = render_pdf(letter, tmp_path / "ar.pdf")
    words = [line.split("\t") for line in pdftotext(out, "-tsv").splitlines()[1:]]
    words = [w for w in words if w[0] == "5"]
    right_edge = max(float(w[6]) + float(w[8]) for w in words)
    # -tsv lists right-to-left words with their glyphs in visual order
    title = [w for w in words
             if unicodedata.normalize("NFKC", w[11][::-1]) in ("بيان", "مشترك")]
    assert len(title) == 2
    # the title is flush right, at the right margin of an A4 page
    assert title and all(float(w[6]) + float(w[8]) <= right_edge + 0.5 for w in title)
    assert max(float(w[6]) + float(w[8]) for w in title) == pytest.approx(right_edge, abs=1)
    assert right_edge == pytest.approx(595.28 - 24 * 72 / 25.4, abs=1)
    text = unicodedata.normalize("NFKC", pdftotext(out).translate(_BIDI_MARKS))
    assert "أولاً" in text and "وأخيراً" in text
    assert "Access Now" in text
    # the footer mixes Arabic words and digits: pdftotext orders such a line
    # by its own heuristics ("صفحة  1من 1"), so only its characters are compared
    footer = next(line for line in text.splitlines() if "صفحة" in line)
    assert Counter(footer.replace(" ", "")) == Counter("صفحة1من1")


@pytest.mark.requires("raqm")
def test_shaped_runs_look_like_harfbuzz_and_fribidi_draw_them(tmp_path):
    """Rasterise each line and compare it with Pillow's own rendering of the
    same text in the same font through libraqm (HarfBuzz + FriBiDi): joined
    Arabic right to left, Devanagari conjuncts, Thai marks, CJK glyphs. The
    comparison is checked to tell apart a wrong rendering: the same text
    drawn unshaped (isolated letters, left to right) must score clearly
    lower, or the test proves nothing."""
    from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
    from reportlab.pdfgen.canvas import Canvas

    from signon.exchange.pdf.fonts import FACES, FONT_BOOK, itemize
    from signon.exchange.pdf.shaping import SHAPER, draw_line

    size, dpi, step = 14, 200, 30
    samples = [n for key, n in SCRIPT_NAMES.items() if key not in ("latin", "arabic_mixed")]
    pdf = tmp_path / "lines.pdf"
    canvas = Canvas(str(pdf), pagesize=(500, 40 + step * len(samples)),
                    initialFontName=FONT_BOOK.font_name("latin"))
    for k, text in enumerate(samples):
        draw_line(canvas, SHAPER.line(text, size), 20, 20 + step * (len(samples) - 1 - k), size)
    canvas.save()
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-singlefile", str(pdf),
                    str(tmp_path / "lines")], check=True)
    page = Image.open(tmp_path / "lines.png").convert("L")
    scale = dpi / 72

    def ink(image):
        """Black-on-white crop to the ink's bounding box."""
        return image.crop(ImageChops.invert(image).getbbox())

    def coverage(a, b):
        """How much of each image's ink lies within one pixel of the other's
        (the smaller of the two shares): 1.0 for the same glyphs in the same
        places, whatever the anti-aliasing."""
        ink_a = ImageChops.invert(a).point(lambda v: 255 if v > 96 else 0)
        ink_b = ImageChops.invert(b.resize(a.size)).point(lambda v: 255 if v > 96 else 0)
        near_a, near_b = (i.filter(ImageFilter.MaxFilter(3)) for i in (ink_a, ink_b))

        def share(inked, near):
            both = ImageChops.multiply(inked, near)
            return both.histogram()[255] / max(1, inked.histogram()[255])

        return min(share(ink_a, near_b), share(ink_b, near_a))

    for k, text in enumerate(samples):
        baseline = 20 + step * (k + 1)  # from the top of the page, in points
        drawn = ink(page.crop((0, int((baseline - 22) * scale), page.width,
                               int((baseline + 8) * scale))))
        (script,) = {s for _, _, s in itemize(text)} - {"latin"} or {"latin"}
        font_file = str(FONT_BOOK.font_dir / FACES[script].regular)

        def reference(engine, text=text, font_file=font_file):
            font = ImageFont.truetype(font_file, round(size * scale), layout_engine=engine)
            image = Image.new("L", (int(size * scale * len(text) * 1.6) + 40,
                                    int(size * scale * 3)), 255)
            ImageDraw.Draw(image).text((10, int(size * scale)), text, font=font, fill=0)
            return ink(image)

        good = reference(ImageFont.Layout.RAQM)
        assert abs(drawn.width - good.width) <= 0.02 * good.width + 2, text
        score = coverage(drawn, good)
        assert score > 0.95, f"{text!r} differs from the reference shaping ({score:.2f})"
        if FACES[script].complex:
            wrong = coverage(drawn, reference(ImageFont.Layout.BASIC))
            assert wrong < 0.85, f"{text!r}: the comparison cannot tell unshaped text apart"


# -- columns and long lists --------------------------------------------------------------


def _column_lefts(path: Path, page: int, names: set[str]) -> set[int]:
    """Left edges (rounded) of the first word of every listed name on a page."""
    rows = [r.split("\t") for r in pdftotext(path, "-tsv", "-f", str(page), "-l", str(page))
            .splitlines()[1:]]
    firsts = {n.split()[0] for n in names}
    return {round(float(r[6])) for r in rows
            if r[0] == "5" and r[5] == "0" and r[11] in firsts}


def test_columns_chosen_by_list_length_or_set(tmp_path):
    from signon.exchange.pdf.document import choose_columns

    short = [f"Org {i}" for i in range(1000)]
    assert choose_columns(short[:9], 460) == 1
    assert choose_columns(short[:100], 460) == 2
    assert choose_columns(short, 460) == 3
    long = [f"International Association of Organisations for Civic Rights {i}"
            for i in range(1000)]
    assert choose_columns(long, 460) < 3

    names = [f"Organisation {i:03d}" for i in range(120)]
    for columns in (1, 2, 3):
        out = render_pdf(simple_letter(names), tmp_path / f"c{columns}.pdf", columns=columns)
        assert len(_column_lefts(out, 1, set(names))) == columns
    out = render_pdf(simple_letter(names), tmp_path / "auto.pdf")
    assert len(_column_lefts(out, 1, set(names))) == 2


def test_three_thousand_names_split_across_pages_none_lost_or_repeated(tmp_path):
    names = [f"Coalition {i:04d} {'Digital' if i % 3 else 'Civic'} Rights" for i in range(3000)]
    out = render_pdf(simple_letter(names), tmp_path / "big.pdf", columns=3)
    raw = pdftotext(out, "-raw")
    counts = Counter(line.strip() for line in raw.splitlines())
    assert all(counts[n] == 1 for n in names), [n for n in names if counts[n] != 1][:5]
    pages = raw.count("\f")
    assert pages > 10
    # in reading order: down each column, then the next column, page after page
    listed = [line.strip() for line in raw.splitlines() if line.strip() in set(names)]
    assert listed == sorted(names)


def test_long_names_wrap_inside_their_column(tmp_path):
    from signon.exchange.pdf.shaping import SHAPER

    long = "International Federation of Associations for the Protection of Digital Rights"
    names = [f"{long} {i}" for i in range(40)] + [f"Org {i}" for i in range(200)]
    out = render_pdf(simple_letter(names), tmp_path / "wrap.pdf", columns=3)
    rows = [r.split("\t") for r in pdftotext(out, "-tsv").splitlines()[1:]]
    words = [r for r in rows if r[0] == "5" and r[11] not in ("Page",) and r[1] != "1"]
    # three columns of equal width with a 6 mm gutter inside the frame
    frame_left, frame_width = 24 * 72 / 25.4, 595.28 - 48 * 72 / 25.4
    gutter = 6 * 72 / 25.4
    col = (frame_width - 2 * gutter) / 3
    edges = [(frame_left + c * (col + gutter), frame_left + c * (col + gutter) + col)
             for c in range(3)]
    for r in words:
        left, right = float(r[6]), float(r[6]) + float(r[8])
        assert any(a - 0.5 <= left and right <= b + 0.5 for a, b in edges), r[11]
    text = flat(pdftotext(out))
    for i in range(40):
        assert f"{long} {i}" in text  # wrapped, yet every word still there in order
    assert SHAPER.width(long, 8.5) > col


# -- robustness -----------------------------------------------------------------------


def test_cancel_leaves_no_file_and_keeps_the_old_one(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "letter.pdf"
    out.write_bytes(b"previous export")
    steps = []

    def on_step(done, total, message):
        steps.append(done)
        if len(steps) == 2:
            progress.cancel()

    progress = Progress(on_step)
    names = [f"Organisation {i}" for i in range(3000)]
    with pytest.raises(Cancelled):
        render_pdf(simple_letter(names), out, progress=progress)
    assert out.read_bytes() == b"previous export"
    assert [p.name for p in folder.iterdir()] == ["letter.pdf"]


def test_bad_options_are_refused_in_one_line(tmp_path):
    letter = simple_letter(["Access Now"])
    with pytest.raises(ValidationError, match="paper"):
        render_pdf(letter, tmp_path / "x.pdf", paper="a5")
    with pytest.raises(ValidationError, match="columns"):
        render_pdf(letter, tmp_path / "x.pdf", columns=4)
    with pytest.raises(ValidationError, match="letterhead image not found"):
        render_pdf(letter, tmp_path / "x.pdf", logo=tmp_path / "missing.png")
    not_an_image = tmp_path / "logo.png"
    not_an_image.write_text("hello")
    with pytest.raises(ValidationError, match="logo.png"):
        render_pdf(letter, tmp_path / "x.pdf", logo=not_an_image)
    assert not (tmp_path / "x.pdf").exists()


def test_an_empty_letter_is_still_a_valid_pdf(tmp_path):
    from pypdf import PdfReader

    letter = build_letter(title="", sections=[], signatories=[],
                          options=LetterOptions(show_title=False, show_date=False))
    out = render_pdf(letter, tmp_path / "empty.pdf")
    assert len(PdfReader(out).pages) == 1
    assert "Page 1 of 1" in pdftotext(out)


def test_awkward_characters_in_names(tmp_path):
    names = ["Org (A\\B) )(", "Tiếng Việt Đà Nẵng", "Ünïcödé ÆØÅ ŒŸ", "W" * 150]
    out = render_pdf(simple_letter(names), tmp_path / "odd.pdf")
    text = pdftotext(out)
    for name in names[:3]:
        assert name in text
    assert "".join(signatory_section(text)).count("W") == 150


def test_logo_sits_above_the_title(tmp_path):
    from PIL import Image
    from pypdf import PdfReader

    logo = tmp_path / "logo.png"
    Image.new("RGB", (400, 100), (30, 80, 140)).save(logo)
    out = render_pdf(simple_letter(["Access Now"], title="With a letterhead"),
                     tmp_path / "logo.pdf", logo=logo)
    page = PdfReader(out).pages[0]
    images = list(page.images)
    assert len(images) == 1
    assert images[0].image.size == (400, 100)
    title_top = next(float(r.split("\t")[7]) for r in pdftotext(out, "-tsv").splitlines()
                     if r.endswith("\tWith"))
    assert title_top > 24 * 72 / 25.4 + 10  # pushed down by the logo


def test_break_lines_keeps_every_character_and_fits():
    from signon.exchange.pdf.shaping import SHAPER
    from signon.exchange.pdf.textblock import break_lines

    text = REFERENCE["sections"][0]["text"].split("\n\n")[0]
    for width in (120, 250, 460):
        lines = break_lines(text, width, 10.5)
        assert " ".join(lines) == flat(text)
        assert all(SHAPER.width(line, 10.5) <= width + 1e-6 for line in lines)
    cjk = "国际特赦组织呼吁各国保护数字权利和言论自由" * 3
    lines = break_lines(cjk, 100, 10)
    assert "".join(lines) == cjk and len(lines) > 3
