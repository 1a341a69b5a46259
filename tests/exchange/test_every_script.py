"""Every name, in every script, reaches the letter (issue 17).

A name in a rarer script used to print blank or lose letters without a
word. These tests read the letter back the way a reader does (pdftotext,
pdffonts, rasterised lines compared with Pillow's own HarfBuzz+FriBiDi
rendering, python-docx, the HTML source) and check that a character no
bundled font has is reported once per signatory, on the command line and
below it, and printed as a visible U+FFFD.
"""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from signon.domain.compose import SectionDraft
from signon.domain.letter import LetterOptions, SignatoryEntry, build_letter
from signon.exchange import scripts
from signon.exchange.missing_glyphs import char_label, find_missing, missing_chars
from signon.exchange.pdf import render_pdf

ROOT = Path(__file__).resolve().parents[2]
FONT_DIR = ROOT / "resources" / "fonts"

#: One name per script of the issue, as their endorsers write them, then
#: emoji and a name mixing Cherokee and Tifinagh letters.
RARE_NAMES = {
    "cherokee": "ᏣᎳᎩ ᎠᏕᎶᏆᏍᏗ ᏧᏂᎸᏫᏍᏓᏁᎯ",
    "tifinagh": "ⵜⴰⵎⵓⵏⵜ ⵏ ⵉⵎⴰⵣⵉⵖⵏ",
    "ethiopic": "የኢትዮጵያ ሰብአዊ መብቶች ጉባኤ",
    "gujarati": "ગુજરાત સ્વતંત્રતા સમિતિ",
    "gurmukhi": "ਪੰਜਾਬੀ ਸਾਹਿਤ ਸਭਾ",
    "kannada": "ಕನ್ನಡ ಸಾಹಿತ್ಯ ಪರಿಷತ್ತು",
    "malayalam": "മലയാളം ഐക്യവേദി",
    "sinhala": "ශ්‍රී ලංකා මානව හිමිකම් කේන්ද්‍රය",
    "lao": "ສະມາຄົມ ສິດທິມະນຸດ ລາວ",
    "khmer": "សមាគមសិទ្ធិមនុស្សកម្ពុជា",
    "myanmar": "မြန်မာ လူ့အခွင့်အရေး ကွန်ရက်",
    "canadian": "ᐃᓄᐃᑦ ᑕᐱᕇᑦ ᑲᓇᑕᒥ",
    "yi": "ꆈꌠꁱꂷ ꀉꂿ ꌠꅇꂷ",
    "adlam": "𞤀𞤣𞤤𞤢𞤥 𞤆𞤵𞤤𞤢𞤪",
    "javanese": "ꦥꦸꦱꦠ꧀ ꦧꦱ ꦗꦮ",
    "emoji": "Climate Action 🌍✊🏽 Network 👩‍👩‍👧",
    "mixed": "ᏣᎳᎩ ⵜⴰⵎⴰⵣⵉⵖⵜ Ꮎⵣ Alliance",
}
#: The font each script's letters must be drawn with (pdffonts names).
EXPECTED_FONTS = {
    "NotoSansCherokee-Regular", "NotoSansTifinagh-Regular", "NotoSansEthiopic-Regular",
    "NotoSansGujarati-Regular", "NotoSansGurmukhi-Regular", "NotoSansKannada-Regular",
    "NotoSansMalayalam-Regular", "NotoSansSinhala-Regular", "NotoSansLao-Regular",
    "NotoSansKhmer-Regular", "NotoSansMyanmar-Regular",
    "NotoSansCanadianAboriginal-Regular", "NotoSansYi-Regular", "NotoSansAdlam-Regular",
    "NotoSansJavanese-Regular", "NotoEmoji-Regular",
}
#: Fonts a Latin-only letter had before issue 17 (and must still be all).
LATIN_FONTS = {"NotoSans-Regular", "NotoSans-Bold"}
PRIVATE = "\ue000"


def org(name: str) -> SignatoryEntry:
    return SignatoryEntry(kind="organisation", name=name, status="endorsed")


def letter_of(names, title: str = "Joint letter"):
    return build_letter(
        title=title, language="en",
        sections=[SectionDraft(kind="intro", text="We, the undersigned, ask for this.")],
        signatories=[org(n) for n in names], letter_date=date(2026, 4, 12),
        options=LetterOptions())


def pdffonts(path: Path) -> list[tuple[str, str, str]]:
    """(font name without subset tag, embedded, subset) per font."""
    rows = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                          check=True).stdout.splitlines()[2:]
    out = []
    for row in rows:
        fields = row.split()
        tag, _, name = fields[0].partition("+")
        out.append((name or tag, fields[-5], fields[-4]))
    return out


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def norm(text: str) -> str:
    """NFC, without the bidi marks pdftotext wraps right-to-left runs in and
    the joiners that steer shaping but are no letter of the name."""
    text = text.translate(dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u200e\u200f")))
    return unicodedata.normalize("NFC", " ".join(text.split()))


# -- the tables the fonts are chosen from ---------------------------------------------


def _cmap(path: Path) -> set[int]:
    """The code points a font file maps, read by reportlab's own parser (the
    one that embeds it), without controls and private use like the table."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from font_coverage import usable
    finally:
        sys.path.pop(0)
    return {cp for cp in TTFontFile(str(path)).charToGlyph if usable(cp)}


def test_the_coverage_table_is_what_the_font_files_hold():
    """The generated table must say exactly what each bundled file maps
    (regular and bold together): a stale table would send a character to a
    font without it (a box) or call it missing when a font has it."""
    table = scripts.table()
    assert list(table.COVERAGE) == list(scripts.FACES)
    for key, face in scripts.FACES.items():
        cps = _cmap(FONT_DIR / face.regular)
        if face.bold:
            cps &= _cmap(FONT_DIR / face.bold)
        bounds = table.COVERAGE[key]
        listed = {cp for a, b in zip(bounds[::2], bounds[1::2], strict=True)
                  for cp in range(a, b)}
        # reportlab draws U+00A0 with the space glyph of a font that has no
        # no-break space of its own (Noto Emoji); the table keeps to the cmap
        assert listed == cps or cps - listed == {0xA0} and listed < cps, \
            f"{face.regular}: run tools/font_coverage.py"


def test_the_generated_module_is_up_to_date_with_fonttools():
    """The whole file, script ranges and family names included, as the tool
    writes it now (fontTools is a test dependency, not needed to run)."""
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "font_coverage.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_bundled_font_file_is_used_and_listed_with_a_licence():
    files = {p.name for p in FONT_DIR.glob("*.ttf")}
    used = {f for face in scripts.FACES.values() for f in (face.regular, face.bold) if f}
    assert files == used
    readme = (FONT_DIR / "README.md").read_text("utf-8")
    for name in files:
        stem = name.removesuffix(".ttf").removesuffix("-Regular").removeprefix("NotoSans")
        assert name in readme or stem in readme, f"{name} is not in resources/fonts/README.md"
    assert (FONT_DIR / "LICENSE-NotoEmoji.txt").read_text("utf-8").count("SIL OPEN FONT") == 1


def test_the_fast_path_draws_only_what_noto_sans_has():
    """Names matching SIMPLE_TEXT skip the coverage check and shaping: every
    character the class lets through must be in Noto Sans."""
    for cp in range(0x20, 0x2100):
        ch = chr(cp)
        if scripts.is_simple(ch):
            assert scripts.covers(scripts.LATIN, ch), f"U+{cp:04X} is on the fast path"


def test_importing_the_scripts_module_parses_nothing(tmp_path):
    """Start-up cost stays flat: the table loads on the first rare
    character, no font file is opened to answer coverage questions, and a
    Latin letter registers Noto Sans only."""
    code = (
        "import sys\n"
        "import signon.exchange.scripts as s\n"
        "assert 'signon.exchange.script_table' not in sys.modules\n"
        "from datetime import date\n"
        "from signon.domain.letter import SignatoryEntry, build_letter\n"
        "from signon.exchange.pdf import render_pdf\n"
        "from signon.exchange.pdf.fonts import FONT_BOOK\n"
        "names = ['Access Now', 'Fundación Karisma', 'Ассоциация']\n"
        "letter = build_letter(title='T', language='en', sections=[], letter_date=date(2026,"
        " 4, 12), signatories=[SignatoryEntry(kind='organisation', name=n, status='endorsed')"
        " for n in names])\n"
        "render_pdf(letter, sys.argv[1])\n"
        "print(sorted({k[0] for k in FONT_BOOK._fonts}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "latin.pdf")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['latin']"


# -- runs --------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("ᏣᎳᎩ ⵜⴰⵎⴰⵣⵉⵖⵜ", [("ᏣᎳᎩ ", "cherokee"), ("ⵜⴰⵎⴰⵣⵉⵖⵜ", "tifinagh")]),
    ("Ꮎⵣ", [("Ꮎ", "cherokee"), ("ⵣ", "tifinagh")]),
    # a ZWJ family and a skin tone stay one run, so HarfBuzz forms them
    ("Hi 👩‍👩‍👧 ✊🏽", [("Hi ", "latin"), ("👩‍👩‍👧", "emoji"), (" ", "latin"),
                    ("✊🏽", "emoji")]),
    ("Acme \ue000 Org", [("Acme ", "latin"), ("\ue000", "missing"), (" Org", "latin")]),
    ("Jane 𝐃𝐨𝐞", [("Jane ", "latin"), ("𝐃𝐨𝐞", "math")]),
    ("★ Org", [("★", "symbols2"), (" Org", "latin")]),
    ("ᚠᚢᚦ", [("ᚠᚢᚦ", "missing")]),  # runes: historic, no bundled font
    ("「山田」", [("「山田」", "cjk")]),
    ("𞤀𞤣𞤤𞤢𞤥 ADLaM", [("𞤀𞤣𞤤𞤢𞤥 ", "adlam"), ("ADLaM", "latin")]),
])
def test_runs_follow_scripts_and_coverage(text, expected):
    runs = [(text[a:b], s) for a, b, s in scripts.itemize(text)]
    assert runs == expected


def test_an_undrawable_character_is_a_visible_replacement_that_copies_as_typed():
    from signon.exchange.pdf.shaping import SHAPER

    line = SHAPER.line(f"Acme {PRIVATE}{PRIVATE}\u0301 Org", 10)
    (piece,) = [p for p in line.pieces if p.actual]
    assert piece.text == "\ufffd\ufffd"  # one per character; the accent adds none
    assert piece.actual == f"{PRIVATE}{PRIVATE}\u0301"
    assert piece.width > 0


# -- the PDF -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def rare_pdf(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("rare") / "rare.pdf"
    return render_pdf(letter_of(list(RARE_NAMES.values())), out, columns=1)


@pytest.mark.requires("poppler")
def test_every_rare_name_comes_back_from_the_pdf(rare_pdf):
    """pdftotext reads each name back whole: the glyphs of joined, reordered
    and conjunct text carry the typed text as /ActualText."""
    lines = {norm(line) for line in pdftotext(rare_pdf).splitlines() if line.strip()}
    for script, name in RARE_NAMES.items():
        assert norm(name) in lines, f"{script}: {name!r} not in the PDF's text"


@pytest.mark.requires("poppler")
def test_rare_script_fonts_are_embedded_as_subsets(rare_pdf):
    fonts = pdffonts(rare_pdf)
    names = {name for name, _, _ in fonts}
    assert EXPECTED_FONTS <= names, EXPECTED_FONTS - names
    for name, embedded, subset in fonts:
        assert (embedded, subset) == ("yes", "yes"), name
    # only the scripts the letter uses, nothing else of the 64 fonts
    assert names <= EXPECTED_FONTS | LATIN_FONTS


@pytest.mark.requires("poppler")
def test_a_letter_without_rare_scripts_embeds_none_of_their_fonts(tmp_path):
    out = render_pdf(letter_of(["Access Now", "Fundación Karisma", "Ассоциация «Права»",
                                "Ελληνική Ένωση"]), tmp_path / "latin.pdf")
    assert {name for name, _, _ in pdffonts(out)} == LATIN_FONTS


@pytest.mark.requires("poppler", "raqm")
def test_rare_names_look_like_harfbuzz_and_fribidi_draw_them(tmp_path):
    """Each rasterised name against Pillow's own rendering of it in the same
    font through libraqm (HarfBuzz + FriBiDi): Indic conjuncts, Khmer and
    Myanmar reordering, joined Adlam right to left, Javanese stacking."""
    from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
    from reportlab.pdfgen.canvas import Canvas

    from signon.exchange.pdf.fonts import FONT_BOOK
    from signon.exchange.pdf.shaping import SHAPER, draw_line

    keys = ["gujarati", "gurmukhi", "kannada", "malayalam", "sinhala", "lao", "khmer",
            "myanmar", "adlam", "javanese", "ethiopic", "cherokee", "canadian", "yi"]
    size, dpi, step = 14, 200, 50
    pdf = tmp_path / "lines.pdf"
    canvas = Canvas(str(pdf), pagesize=(560, 40 + step * len(keys)),
                    initialFontName=FONT_BOOK.font_name("latin"))
    for k, key in enumerate(keys):
        draw_line(canvas, SHAPER.line(RARE_NAMES[key], size), 20,
                  20 + step * (len(keys) - 1 - k), size)
    canvas.save()
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-singlefile", str(pdf),
                    str(tmp_path / "lines")], check=True)
    page = Image.open(tmp_path / "lines.png").convert("L")
    scale = dpi / 72

    def ink(image):
        return image.crop(ImageChops.invert(image).getbbox())

    def coverage(a, b):
        ink_a = ImageChops.invert(a).point(lambda v: 255 if v > 96 else 0)
        ink_b = ImageChops.invert(b.resize(a.size)).point(lambda v: 255 if v > 96 else 0)
        near_a, near_b = (i.filter(ImageFilter.MaxFilter(3)) for i in (ink_a, ink_b))

        def share(inked, near):
            both = ImageChops.multiply(inked, near)
            return both.histogram()[255] / max(1, inked.histogram()[255])

        return min(share(ink_a, near_b), share(ink_b, near_a))

    for k, key in enumerate(keys):
        text = RARE_NAMES[key]
        baseline = 20 + step * (k + 1)
        drawn = ink(page.crop((0, int((baseline - 32) * scale), page.width,
                               int((baseline + 16) * scale))))
        face = scripts.FACES[key]

        def reference(engine, text=text, face=face):
            font = ImageFont.truetype(str(FONT_DIR / face.regular), round(size * scale),
                                      layout_engine=engine)
            image = Image.new("L", (int(size * scale * len(text) * 1.6) + 40,
                                    int(size * scale * 3)), 255)
            ImageDraw.Draw(image).text((10, int(size * scale)), text, font=font, fill=0)
            return ink(image)

        good = reference(ImageFont.Layout.RAQM)
        assert abs(drawn.width - good.width) <= 0.03 * good.width + 3, key
        score = coverage(drawn, good)
        assert score > 0.93, f"{key}: differs from the reference shaping ({score:.2f})"


# -- what cannot be drawn is said --------------------------------------------------


def test_missing_characters_are_found_once_per_signatory():
    letter = letter_of([f"Acme {PRIVATE} Org", "Access Now", f"Beta {PRIVATE}\u0378 {PRIVATE}",
                        RARE_NAMES["mixed"], "Zero\u200dWidth\ufe0f"],
                       title=f"Letter \U000e01f0 {PRIVATE}")
    found = find_missing(letter)
    assert [(m.signatory, m.chars) for m in found] == [
        (f"Acme {PRIVATE} Org", (PRIVATE,)),
        (f"Beta {PRIVATE}\u0378 {PRIVATE}", (PRIVATE, "\u0378")),
        ("", (PRIVATE,)),  # the letter's own text (a variation selector is no loss)
    ]
    assert found[0].message() == (
        'signatory "Acme \\ue000 Org": no font can draw U+E000 <private use>; '
        "the PDF prints \ufffd (U+FFFD) in its place")
    assert found[1].codes == "U+E000 <private use>, U+0378 <unassigned>"
    assert char_label("\x07") == "U+0007 <control>"
    assert char_label("ᚠ") == "U+16A0 RUNIC LETTER FEHU FEOH FE F"
    for name in RARE_NAMES.values():
        assert missing_chars(name) == ()


def signon_cli(*args, db: Path):
    return subprocess.run([sys.executable, "-m", "signon", "--db", str(db), *map(str, args)],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def cli_db(tmp_path_factory) -> Path:
    """A campaign with the rare-script names and one private-use character."""
    from signon.store.campaigns import create_campaign
    from signon.store.database import open_database
    from signon.store.signatories import add_signatory

    path = tmp_path_factory.mktemp("cli") / "c.db"
    db = open_database(f"sqlite:///{path}")
    with db.session() as session:
        campaign = create_campaign(session, "Every script", language="en")
        for name in [*RARE_NAMES.values(), f"Acme {PRIVATE} Org"]:
            add_signatory(session, campaign.id, kind="organisation", name=name,
                          status="endorsed")
    db.close()
    return path


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_the_cli_names_the_signatory_and_the_character_and_exits_0(cli_db, tmp_path, fmt):
    out = tmp_path / f"letter.{fmt}"
    done = signon_cli("export", "Every script", "--format", fmt, "-o", out, db=cli_db)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out)
    assert done.stderr.splitlines() == [
        'signon: warning: signatory "Acme \\ue000 Org": no font can draw U+E000 '
        "<private use>; the PDF prints \ufffd (U+FFFD) in its place"]
    assert out.stat().st_size > 0


def test_plain_formats_carry_characters_and_do_not_warn(cli_db, tmp_path):
    done = signon_cli("export", "Every script", "--format", "txt", "-o", tmp_path / "l.txt",
                      db=cli_db)
    assert done.returncode == 0 and done.stderr == ""
    assert f"Acme {PRIVATE} Org" in (tmp_path / "l.txt").read_text("utf-8")


# -- DOCX and HTML name the fonts ----------------------------------------------------


def test_docx_runs_name_the_noto_family_of_their_script(tmp_path):
    import docx
    from docx.oxml.ns import qn

    from signon.exchange.docx_export import write_docx

    out = write_docx(letter_of([*RARE_NAMES.values(), "Access Now"]), tmp_path / "l.docx")
    fonts: dict[str, set] = {}
    for paragraph in docx.Document(str(out)).paragraphs:
        for run in paragraph.runs:
            rpr = run._r.rPr
            element = rpr.find(qn("w:rFonts")) if rpr is not None else None
            slots = set() if element is None else {
                element.get(qn(f"w:{slot}")) for slot in ("ascii", "hAnsi", "eastAsia", "cs")}
            fonts.setdefault(run.text, set()).update(slots)
    assert fonts["ᏣᎳᎩ "] == {"Noto Sans Cherokee"}
    assert fonts["ⵜⴰⵎⴰⵣⵉⵖⵜ "] == {"Noto Sans Tifinagh"}
    assert fonts["ಕನ್ನಡ ಸಾಹಿತ್ಯ ಪರಿಷತ್ತು"] == {"Noto Sans Kannada"}
    assert fonts[RARE_NAMES["adlam"]] == {"Noto Sans Adlam"}
    assert fonts["🌍✊🏽"] == {"Noto Emoji"}
    assert fonts["Access Now"] == set()  # Latin keeps the template's font
    texts = {p.text for p in docx.Document(str(out)).paragraphs}
    assert set(RARE_NAMES.values()) <= texts  # runs split, names whole


def test_html_font_stack_lists_the_scripts_of_the_letter():
    from signon.exchange.html_export import render_html

    page = render_html(letter_of(list(RARE_NAMES.values())), standalone=True)
    stack = page.split("font: 17px/1.6 ", 1)[1].split(";", 1)[0]
    assert stack.startswith('"Noto Serif", Georgia, "Times New Roman", ')
    for family in ("Noto Sans Cherokee", "Noto Sans Tifinagh", "Noto Sans Adlam",
                   "Noto Sans Canadian Aboriginal", "Noto Sans CanAborig", "Noto Sans Yi",
                   "Noto Color Emoji", "Noto Emoji"):
        assert f'"{family}"' in stack
    assert stack.endswith("serif")
    latin = render_html(letter_of(["Access Now"]), standalone=True)
    assert "Cherokee" not in latin and '"Noto Emoji"' in latin
