"""The letter as a Word document that a coordinator can keep editing.

Everything carries a real style (Title, Heading 1–3, List Number, List
Bullet, and two styles of our own, "Signatory" and "Signatory Note"), so a
change of font or spacing in Word or LibreOffice applies to the whole letter
at once. The signatory list sits in its own continuous section with 1–3
columns. Letters in Arabic, Hebrew and other right-to-left languages get
bidirectional paragraphs and right-to-left runs.

Every run of a script other than Latin names the Noto family of that
script in all four font slots (w:rFonts ascii, hAnsi, eastAsia, cs), as
the PDF draws it (signon.exchange.scripts): Word or LibreOffice with the
fonts installed shows the names as the PDF does, and one without them
falls back from a family that says which script it wants rather than
from the template's Latin font. Latin runs keep the template's fonts.
Characters no bundled font has are kept as typed (the export has warned).

python-docx's `add_paragraph` walks the body on every call (1.5 s for
10,000 names); the names are therefore built as XML text and parsed in one
go, which keeps the same styles and takes a few hundredths of a second.
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

from signon.atomic import atomic_write_bytes
from signon.domain.compose import Numbering
from signon.domain.direction import RTL, has_rtl, text_direction
from signon.domain.errors import ValidationError
from signon.domain.letter import Letter, LetterSection
from signon.domain.messages import _
from signon.domain.text import clean_text
from signon.exchange.html_export import auto_columns
from signon.exchange.scripts import LATIN, MISSING, family_of, is_simple, itemize
from signon.exchange.seal import logo_digest, seal
from signon.progress import NO_PROGRESS, Progress

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#: Page sizes in millimetres.
PAPER_MM = {"a4": (210.0, 297.0), "letter": (215.9, 279.4)}
MARGIN_MM = 22.0
SIGNATORY_STYLE = "Signatory"
NOTE_STYLE = "Signatory Note"
ITEM_STYLE = "Statement Item"
CHUNK = 1000




def script_runs(text: str) -> list[tuple[str, str | None]]:
    """(text, font family) runs of `text`: None for Latin text (the
    template's font) and for characters no bundled font has."""
    if is_simple(text):
        return [(text, None)]
    return [(text[start:end], None if script in (LATIN, MISSING) else family_of(script))
            for start, end, script in itemize(text)]


def fonts_xml(family: str | None) -> str:
    """The w:rFonts element naming `family` in every slot ("" for None)."""
    if family is None:
        return ""
    name = escape(family, {'"': "&quot;"})
    return (f'<w:rFonts w:ascii="{name}" w:hAnsi="{name}" w:eastAsia="{name}" '
            f'w:cs="{name}"/>')


def _lang_tag(language: str) -> str:
    base, _, region = language.replace("_", "-").partition("-")
    return f"{base.lower()}-{region.upper()}" if region else base.lower()


class _Builder:
    """Holds the document being written and the few decisions that every
    paragraph shares (direction, numbering restarts)."""

    def __init__(self, letter: Letter, paper: str):
        import docx
        from docx.shared import Mm

        self.letter = letter
        self.rtl = letter.direction == "rtl"
        self.doc = docx.Document()
        section = self.doc.sections[0]
        width, height = PAPER_MM.get(paper, PAPER_MM["a4"])
        section.page_width, section.page_height = Mm(width), Mm(height)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Mm(MARGIN_MM))
        self._styles()
        self._properties()
        self._page_numbers()

    # -- set-up ---------------------------------------------------------------

    def _styles(self) -> None:
        from docx.enum.style import WD_STYLE_TYPE
        from docx.oxml.ns import qn
        from docx.shared import Mm, Pt

        styles = self.doc.styles
        normal = styles["Normal"]
        normal.paragraph_format.space_after = Pt(8)
        normal.paragraph_format.line_spacing = 1.15
        rpr = normal.element.get_or_add_rPr()
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = rpr.makeelement(qn("w:lang"), {})
            rpr.append(lang)
        tag = _lang_tag(self.letter.language)
        lang.set(qn("w:val"), tag)
        if self.rtl:
            # the language of right-to-left runs; each paragraph says its own
            # direction (`paragraph`), so an untranslated English one is not
            # laid out right to left
            lang.set(qn("w:bidi"), tag)

        item = styles.add_style(ITEM_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        item.base_style = normal
        item.quick_style = True
        item.paragraph_format.left_indent = Mm(6) if not self.rtl else None
        item.paragraph_format.right_indent = Mm(6) if self.rtl else None

        sig = styles.add_style(SIGNATORY_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        sig.base_style = normal
        sig.quick_style = True
        sig.paragraph_format.space_after = Pt(3)
        sig.paragraph_format.line_spacing = 1.0
        sig.paragraph_format.keep_together = True

        note = styles.add_style(NOTE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        note.base_style = normal
        note.quick_style = True
        note.font.italic = True
        note.font.size = Pt(9.5)

    def _properties(self) -> None:
        props = self.doc.core_properties
        meta = self.letter.metadata
        props.title = clean_text(self.letter.document_title)
        props.subject = clean_text(meta.get("subject", "") or self.letter.addressee)
        props.author = clean_text(meta.get("author", "") or "Sign-on")
        props.language = _lang_tag(self.letter.language)
        props.comments = "Made with Sign-on"
        props.last_modified_by = props.author
        created = fixed_date(self.letter)
        if created is not None:  # an edition: its own date, never the time of export
            when = datetime(created.year, created.month, created.day, tzinfo=UTC)
            props.created = props.modified = when
            props.revision = 1

    def seal(self, paper: str, columns: int | None, logo: Path | None) -> None:
        """A published edition's seal in dc:identifier (`signon verify`)."""
        sealed = seal(self.letter, paper=paper, columns=columns or "auto",
                      logo=logo_digest(logo))
        if sealed:
            self.doc.core_properties.identifier = sealed

    def _page_numbers(self) -> None:
        """"3 / 12" in the footer from PAGE and NUMPAGES fields, so page numbers
        stay right when the coordinator edits."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        footer = self.doc.sections[0].footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self._field(footer, "PAGE")
        footer.add_run(" / ")
        self._field(footer, "NUMPAGES")

    @staticmethod
    def _field(paragraph, instruction: str) -> None:
        from docx.oxml import parse_xml

        run = paragraph.add_run()
        for xml in (f'<w:fldChar xmlns:w="{W_NS}" w:fldCharType="begin"/>',
                    f'<w:instrText xmlns:w="{W_NS}" xml:space="preserve"> {instruction} '
                    "</w:instrText>",
                    f'<w:fldChar xmlns:w="{W_NS}" w:fldCharType="separate"/>',
                    f'<w:t xmlns:w="{W_NS}">1</w:t>',
                    f'<w:fldChar xmlns:w="{W_NS}" w:fldCharType="end"/>'):
            run._r.append(parse_xml(xml))

    @staticmethod
    def _bidi(ppr) -> None:
        from docx.oxml.ns import qn

        if ppr.find(qn("w:bidi")) is None:
            ppr.insert(0, ppr.makeelement(qn("w:bidi"), {}))

    # -- content --------------------------------------------------------------

    def paragraph(self, text: str, style: str = "Normal"):
        """A paragraph of `text`, one run per script (see `script_runs`), in
        the direction of its own text (`w:bidi` only where that is right to
        left; a text without letters follows the letter), its right-to-left
        runs marked as such in a letter of either direction."""
        from docx.oxml.ns import qn
        from docx.shared import Mm

        p = self.doc.add_paragraph(style=style)
        rtl = text_direction(text, self.letter.direction) == RTL
        if rtl:
            self._bidi(p._p.get_or_add_pPr())
        if style == ITEM_STYLE and rtl != self.rtl:  # its indent on its own start side
            fmt = p.paragraph_format
            fmt.left_indent, fmt.right_indent = (Mm(0), Mm(6)) if rtl else (Mm(6), Mm(0))
        for chunk, family in script_runs(clean_text(text)):
            run = p.add_run(chunk)
            if family is not None:
                fonts = run._r.get_or_add_rPr().get_or_add_rFonts()
                for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
                    fonts.set(qn(slot), family)
            if has_rtl(chunk):
                run._r.get_or_add_rPr().append(run._r.makeelement(qn("w:rtl"), {}))
        return p

    def heading(self, text: str, level: int):
        return self.paragraph(text, f"Heading {level}")

    def numbered(self, section: LetterSection) -> None:
        """A "List Number" list that starts at 1 again: Word otherwise carries
        the count on from the previous numbered list of the document."""
        numbering = self.doc.part.numbering_part.numbering_definitions._numbering
        style_num = self.doc.styles["List Number"].element.pPr.numPr.numId.val
        abstract = numbering.num_having_numId(style_num).abstractNumId.val
        num = numbering.add_num(abstract)
        num.add_lvlOverride(ilvl=0).add_startOverride(1)
        for item in section.items:
            p = self.paragraph(item.text, "List Number")
            num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = 0
            num_pr.get_or_add_numId().val = num.numId

    def letterhead(self, path: Path) -> None:
        """The organisation's logo above the title, at most 4 cm high and
        half the text width wide, on the reading side of the page."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Cm

        try:
            picture = self.doc.add_picture(str(path))
        except Exception as exc:  # python-docx cannot read it: say which file
            raise ValidationError(_("{path}: not an image Word can hold ({reason})").format(
                path=path, reason=exc)) from exc
        max_w = (self.doc.sections[0].page_width - self.doc.sections[0].left_margin
                 - self.doc.sections[0].right_margin) // 2
        scale = min(1.0, Cm(4) / picture.height, max_w / picture.width)
        picture.width, picture.height = int(picture.width * scale), int(picture.height * scale)
        paragraph = self.doc.paragraphs[-1]
        paragraph.alignment = (WD_ALIGN_PARAGRAPH.RIGHT if self.letter.direction == "rtl"
                               else WD_ALIGN_PARAGRAPH.LEFT)

    def statement(self) -> None:
        letter = self.letter
        if letter.title:
            self.paragraph(letter.title, "Title")
        if letter.addressee:
            for run in self.paragraph(letter.addressee).runs:
                run.bold = True
        if letter.date_line:
            self.paragraph(letter.date_line)
        for section in letter.sections:
            if section.title:
                self.heading(section.title, 1)
            for text in section.paragraphs:
                self.paragraph(text)
            if section.lead:
                self.paragraph(section.lead)
            if not section.items:
                continue
            if section.plain:  # "First, …" as plain paragraphs, no marker
                for item in section.items:
                    self.paragraph(item.text)
                continue
            if section.numbering == Numbering.NUMBER:
                self.numbered(section)
                continue
            style = {Numbering.BULLET: "List Bullet", Numbering.ORDINAL: ITEM_STYLE}.get(
                section.numbering, "Normal")
            for item in section.items:
                self.paragraph(item.text, style)

    def set_columns(self, count: int) -> None:
        from docx.oxml.ns import qn

        sect_pr = self.doc.sections[-1]._sectPr
        cols = sect_pr.find(qn("w:cols"))
        if cols is None:
            cols = sect_pr.makeelement(qn("w:cols"), {})
            sect_pr.append(cols)
        cols.set(qn("w:num"), str(count))
        cols.set(qn("w:space"), "425")  # 7.5 mm between columns

    def names(self, lines: tuple[str, ...], progress: Progress, done: int, total: int) -> int:
        """Append one "Signatory" paragraph per line, built as XML in chunks."""
        from docx.oxml import parse_xml

        body = self.doc.element.body
        sect_pr = body[-1]
        style_id = self.doc.styles[SIGNATORY_STYLE].style_id
        bidi = "<w:bidi/>" if self.rtl else ""
        for start in range(0, len(lines), CHUNK):
            chunk = lines[start:start + CHUNK]
            xml = "".join(
                f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/>{bidi}</w:pPr>'
                f"{self._runs(line)}</w:p>"
                for line in chunk
            )
            wrapper = parse_xml(f'<w:body xmlns:w="{W_NS}">{xml}</w:body>')
            for p in list(wrapper):
                sect_pr.addprevious(p)
            done += len(chunk)
            progress.step(done, total, "Writing signatories")
        return done

    def _runs(self, line: str) -> str:
        """The w:r elements of one name: one run for a Latin name (nearly
        all of them), one per script otherwise."""
        out = []
        for text, family in script_runs(clean_text(line)):
            props = fonts_xml(family) + ("<w:rtl/>" if has_rtl(text) else "")
            out.append(f"<w:r>{f'<w:rPr>{props}</w:rPr>' if props else ''}"
                       f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r>')
        return "".join(out)

    def signatories(self, columns: int | None, progress: Progress) -> None:
        from docx.enum.section import WD_SECTION

        letter = self.letter
        if letter.inline:
            self.closing()
            return
        if not letter.groups:
            return
        total = sum(len(g.lines) for g in letter.groups)
        self.heading(letter.signatory_heading, 1)
        if letter.counts_line:
            self.paragraph(letter.counts_line, NOTE_STYLE)
        cols = columns or auto_columns(total)
        if cols > 1:
            self.doc.add_section(WD_SECTION.CONTINUOUS)
            self.set_columns(cols)
        done = 0
        for group in letter.groups:
            if group.heading:
                self.heading(group.heading, 1 + group.level)
            done = self.names(group.lines, progress, done, total)
        if cols > 1 and (letter.footnote or letter.edition_line or letter.added_line):
            self.doc.add_section(WD_SECTION.CONTINUOUS)
            self.set_columns(1)
        self.notes()

    def notes(self) -> None:
        from docx.shared import Pt

        letter = self.letter
        for note in (letter.footnote, letter.added_line, letter.edition_line):
            if note:
                self.paragraph(note, NOTE_STYLE).paragraph_format.space_before = Pt(10)

    def closing(self) -> None:
        """An inline letter's end: one closing paragraph (the date and the
        signers), no heading, then the notes."""
        letter = self.letter
        if not letter.closing_line:
            return
        self.paragraph(letter.closing_line)
        if letter.counts_line:
            self.paragraph(letter.counts_line, NOTE_STYLE)
        self.notes()

    def rtl_sections(self) -> None:
        """Mark every section right-to-left (`w:bidi` in its sectPr) in an
        Arabic or Hebrew letter: Word then numbers pages, orders columns and
        places the gutter from the right."""
        from docx.oxml.ns import qn

        if not self.rtl:
            return
        for section in self.doc.sections:
            sect_pr = section._sectPr
            if sect_pr.find(qn("w:bidi")) is not None:
                continue
            bidi = sect_pr.makeelement(qn("w:bidi"), {})
            # schema order: … cols, …, textDirection, bidi, rtlGutter, docGrid …
            grid = sect_pr.find(qn("w:docGrid"))
            if grid is not None:
                grid.addprevious(bidi)
            else:
                sect_pr.append(bidi)

    def save(self) -> bytes:
        self.rtl_sections()
        buffer = io.BytesIO()
        self.doc.save(buffer)
        created = fixed_date(self.letter)
        if created is not None:
            return fixed_zip(buffer.getvalue(), created)
        return buffer.getvalue()


def fixed_date(letter: Letter) -> date | None:
    """The date an edition's files carry in place of the time they were
    written (None for an ordinary export)."""
    text = (letter.metadata or {}).get("created")
    return date.fromisoformat(text) if text else None


def fixed_zip(data: bytes, when: date) -> bytes:
    """The same DOCX with every zip entry dated `when`: python-docx stamps
    each entry with the time of writing, and an edition's files must come
    out byte for byte the same at every export."""
    stamp = (max(when.year, 1980), when.month, when.day, 0, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            dst.writestr(entry, src.read(info))
    return out.getvalue()


def render_docx(letter: Letter, *, paper: str = "a4", columns: int | None = None,
                logo: Path | None = None, progress: Progress = NO_PROGRESS) -> bytes:
    """The DOCX file's bytes."""
    progress.step(0, 0, "Writing the statement")
    builder = _Builder(letter, paper)
    builder.seal(paper, columns, logo)
    if logo is not None:
        builder.letterhead(logo)
    builder.statement()
    builder.signatories(columns, progress)
    return builder.save()


def write_docx(letter: Letter, out: str | Path, *, paper: str = "a4",
               columns: int | None = None, logo: Path | None = None,
               progress: Progress = NO_PROGRESS, **_options) -> Path:
    data = render_docx(letter, paper=paper, columns=columns, logo=logo, progress=progress)
    progress.check()
    atomic_write_bytes(out, data)
    return Path(out)
