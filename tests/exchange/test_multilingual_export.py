"""A trilingual campaign (English, Spanish, Arabic) exported in each language
and side by side, read back the way a reader opens each format; its campaign
file round trip with translations."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import unicodedata
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.typed_text import TYPED_CHARS

from signon.cli import main
from signon.domain.errors import ValidationError
from signon.domain.letter import LetterOptions
from signon.domain.translations import source_hash
from signon.exchange.campaign_file import campaign_document, import_campaign
from signon.exchange.campaign_schema import format_timestamp
from signon.store import translations as tr
from signon.store.letters import letter_source, read_letter_source
from signon.store.statements import freeze_version, load_sections, replace_sections

DATA = Path(__file__).resolve().parents[1] / "data" / "multilingual" / "trilingual.json"
needs_poppler = pytest.mark.requires("poppler")
_BIDI_MARKS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u200e\u200f"
                                     "\u2066\u2067\u2068\u2069"))

#: What each language's letter must say (checked without spaces and marks:
#: pdftotext spaces Arabic commas and digits its own way).
EXPECTED = {
    "en": {
        "title": "Joint statement on the UN resolution on artificial intelligence",
        "items": ["First, the paragraphs calling", "Second, the military exemptions",
                  "Finally, civil society participation is limited."],
        "heading": "Signatories", "groups": ["Organisations", "Individuals"],
        "counts": "Signed by 6 organisations and 2 individuals from 6 countries",
        "footnote": "*Affiliation for identification purposes only",
        "edition": "List as of April 12, 2026;",
    },
    "es": {
        "title": "Declaración conjunta sobre la resolución de la ONU sobre inteligencia "
                 "artificial",
        "items": ["En primer lugar, los párrafos que piden",
                  "En segundo lugar, las excepciones militares",
                  "Por último, la participación de la sociedad civil es limitada."],
        "heading": "Firmantes", "groups": ["Organizaciones", "Personas"],
        "counts": "Firmado por 6 organizaciones y 2 personas de 6 países",
        "footnote": "*Afiliación solo con fines de identificación",
        "edition": "Lista al 12 de abril de 2026;",
    },
    "ar": {
        "title": "بيان مشترك بشأن قرار الأمم المتحدة حول الذكاء الاصطناعي",
        "items": ["أولاً، تفتقر الفقرات التي تدعو", "ثانياً، الاستثناءات العسكرية",
                  "وأخيراً، مشاركة المجتمع المدني محدودة."],
        "heading": "الموقعون", "groups": ["المنظمات", "الأفراد"],
        "counts": "وقّع على هذه الرسالة 6 منظمات وشخصان من 6 دول",
        "footnote": "*الانتماء المؤسسي مذكور لأغراض التعريف فقط",
        "edition": "القائمة حتى 12 أبريل 2026؛",
    },
}
NAMES = ["Access Now", "Ñandutí Digital", "Nodo Común", "ARTICLE 19",
         "منظمة الحقوق الرقمية", "Association for Progressive Communications (APC)"]


def squash(text: str) -> str:
    """Compatibility forms folded (pdftotext returns Arabic presentation
    forms), bidi controls, spaces and combining marks dropped, and brackets:
    pdftotext reads a Latin name's "(APC)" in a right-to-left line as
    ")APC(" although the page shows it right (see the PNG check in docs)."""
    text = unicodedata.normalize("NFKC", text.translate(_BIDI_MARKS))
    text = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in text if not ch.isspace() and ch not in "()"
                   and unicodedata.category(ch) != "Mn")


def pdftotext(path: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def campaign(db) -> int:
    with db.session() as session:
        cid = import_campaign(session, json.loads(DATA.read_text("utf-8"))).id
        session.commit()
    return cid


def export(capsys, db_path, cid, tmp_path, fmt, language, *extra) -> tuple[Path, str]:
    out = tmp_path / f"{language}.{fmt}"
    code, stdout, err = run(capsys, "--db", str(db_path), "export", str(cid), "--format",
                            fmt, "-o", str(out), "--language", language, "--counts",
                            "--edition-date", "2026-04-12", *extra)
    assert code == 0, err
    assert stdout.strip() == str(out)
    return out, err


def assert_letter(text: str, language: str) -> None:
    flat = squash(text)
    want = EXPECTED[language]
    for key in ("title", "heading", "counts", "footnote", "edition"):
        assert squash(want[key]) in flat, (language, key)
    positions = [flat.index(squash(item)) for item in want["items"]]
    assert positions == sorted(positions), language
    for heading in want["groups"]:
        assert squash(heading) in flat
    for name in NAMES:
        assert squash(name) in flat, name
    assert "Declined" not in text
    # no other language's words leaked in
    for other, words in EXPECTED.items():
        if other != language:
            assert squash(words["footnote"]) not in flat
            assert squash(words["items"][0]) not in flat


# -- one language per letter -------------------------------------------------------


@needs_poppler
@pytest.mark.parametrize("language", ["en", "es", "ar"])
def test_pdf_in_each_language(capsys, db_path, campaign, tmp_path, language):
    out, err = export(capsys, db_path, campaign, tmp_path, "pdf", language)
    assert err == ""  # every text is translated: no note
    text = pdftotext(out)
    assert_letter(text, language)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert re.search(r"^Title:\s+" + re.escape(EXPECTED[language]["title"][:20]), info, re.M)


@pytest.mark.parametrize("language", ["en", "es", "ar"])
def test_docx_in_each_language(capsys, db_path, campaign, tmp_path, language):
    out, _ = export(capsys, db_path, campaign, tmp_path, "docx", language)
    document = docx.Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    assert_letter(text, language)
    normal = document.styles["Normal"].element.pPr
    bidi_style = normal is not None and normal.find(qn("w:bidi")) is not None
    sections_rtl = [s._sectPr.find(qn("w:bidi")) is not None for s in document.sections]
    # each paragraph says its own direction (issue 23), not the style
    assert not bidi_style
    if language == "ar":
        assert all(sections_rtl)
        arabic = next(p for p in document.paragraphs if p.text.startswith("أولاً"))
        assert arabic._p.pPr.find(qn("w:bidi")) is not None
        assert arabic.runs[0]._r.rPr.find(qn("w:rtl")) is not None
    else:
        assert not any(sections_rtl)


@pytest.mark.parametrize("language", ["en", "es", "ar"])
def test_html_md_txt_in_each_language(capsys, db_path, campaign, tmp_path, language):
    html, _ = export(capsys, db_path, campaign, tmp_path, "html", language)
    page = html.read_text("utf-8")
    direction = "rtl" if language == "ar" else "ltr"
    assert f'<html lang="{language}" dir="{direction}">' in page
    assert_letter(re.sub(r"<[^>]+>", " ", page.replace("&#x27;", "'")), language)
    if language == "ar":
        # a Latin name keeps its own direction (its "*" at its end)
        assert "<li>\u2068Ada Lovelace, Professor, University of Somewhere*\u2069</li>" in page
        assert "<li>ليلى أحمد، باحثة، جامعة القاهرة*</li>" in page
    for fmt in ("md", "txt"):
        out, _ = export(capsys, db_path, campaign, tmp_path, fmt, language)
        assert_letter(out.read_text("utf-8").replace("\\", ""), language)


def test_signatories_sorted_with_the_letters_collation(capsys, db_path, campaign, tmp_path):
    def order(language: str) -> list[str]:
        out, _ = export(capsys, db_path, campaign, tmp_path, "txt", language)
        lines = out.read_text("utf-8").splitlines()
        return [line for line in lines if line in NAMES]

    assert order("en") == ["Access Now", "ARTICLE 19",
                           "Association for Progressive Communications (APC)",
                           "Ñandutí Digital", "Nodo Común", "منظمة الحقوق الرقمية"]
    # Spanish: ñ is its own letter after n
    assert order("es")[3:5] == ["Nodo Común", "Ñandutí Digital"]
    # Arabic: names in Arabic script first
    assert order("ar")[0] == "منظمة الحقوق الرقمية"
    assert sorted(order("ar")) == sorted(order("en"))


@needs_poppler
def test_arabic_pdf_is_set_right_to_left(capsys, db_path, campaign, tmp_path):
    """The Arabic letter's lines end at the right margin and start ragged;
    the English one's the other way round (pdftotext -tsv word boxes)."""
    margin = 24 * 72 / 25.4
    width = 595.28

    def lines(language: str) -> list[tuple[float, float]]:
        out, _ = export(capsys, db_path, campaign, tmp_path, "pdf", language)
        rows = [r.split("\t") for r in pdftotext(out, "-tsv").splitlines()[1:]]
        spans: dict[tuple, list[float]] = {}
        for r in rows:
            if r[0] == "5" and r[11].strip():
                key = (r[1], r[2], r[3], r[4])  # page, block, paragraph, line
                left, right = float(r[6]), float(r[6]) + float(r[8])
                span = spans.setdefault(key, [left, right])
                span[0], span[1] = min(span[0], left), max(span[1], right)
        return [tuple(s) for s in spans.values()]

    arabic, english = lines("ar"), lines("en")
    # every line starts on its language's side (within a list item's indent);
    # the centred page footer is the one exception in each
    assert sum(s[1] >= width - margin - 20 for s in arabic) >= len(arabic) - 1
    assert sum(s[0] <= margin + 20 for s in english) >= len(english) - 1
    # and the other side is ragged
    assert sum(s[0] > margin + 40 for s in arabic) >= len(arabic) // 2
    assert sum(s[1] < width - margin - 40 for s in english) >= len(english) // 2
    assert not any(s[0] == pytest.approx(margin, abs=0.5) and s[1] < width - margin - 20
                   for s in arabic)


# -- side by side ---------------------------------------------------------------------


@needs_poppler
@pytest.mark.parametrize(("first", "second"), [("en", "ar"), ("es", "en")])
def test_bilingual_pdf(capsys, db_path, campaign, tmp_path, first, second):
    out, err = export(capsys, db_path, campaign, tmp_path, "pdf", first, "--bilingual", second)
    assert err == ""
    text = pdftotext(out)
    flat = squash(text)
    for language in (first, second):
        want = EXPECTED[language]
        for key in ("title", "heading", "footnote"):
            assert squash(want[key]) in flat, (language, key)
        # pdftotext orders an Arabic line with digits by its own heuristics
        # in a two-column page: the words are compared, not their order
        assert all(squash(word) in flat for word in want["counts"].split())
        for item in want["items"]:
            assert squash(item.split("،")[0].split(",")[0]) in flat
    # the names once, not once per language
    for name in NAMES:
        assert flat.count(squash(name)) == 1, name
    # paired paragraphs: each item sits on the same line as its translation
    layout = pdftotext(out, "-layout")
    first_item = squash(EXPECTED[first]["items"][0].split(",")[0].split("،")[0])
    second_item = squash(EXPECTED[second]["items"][0].split(",")[0].split("،")[0])
    assert any(first_item in squash(line) and second_item in squash(line)
               for line in layout.splitlines())
    # page numbers under both columns
    assert squash("Page 1 of 1") in flat
    assert squash({"ar": "صفحة", "es": "Página 1 de 1", "en": "Page"}[second]) in flat


def test_bilingual_refuses_other_formats_and_one_language(capsys, db_path, campaign, tmp_path):
    out = tmp_path / "x.txt"
    code, stdout, err = run(capsys, "--db", str(db_path), "export", str(campaign), "--format",
                            "txt", "-o", str(out), "--bilingual", "es")
    assert code == 1 and stdout == "" and err.count("\n") == 1
    assert "--bilingual makes a side-by-side PDF" in err and not out.exists()
    code, _, err = run(capsys, "--db", str(db_path), "export", str(campaign), "--format",
                       "pdf", "-o", str(tmp_path / "x.pdf"), "--language", "es",
                       "--bilingual", "ES")
    assert code == 1 and "needs two languages" in err and err.count("\n") == 1


# -- incomplete translations -----------------------------------------------------------


def test_untranslated_and_outdated_texts_are_printed_and_noted(capsys, db, db_path, campaign,
                                                              tmp_path):
    with db.session() as session:
        drafts = load_sections(session, campaign)
        concern = drafts[1]
        concern.items.append("the oversight is weak")  # new, not translated yet
        concern.items[1] = "the military exemptions are far too broad"  # edited
        replace_sections(session, campaign, drafts)
        session.commit()
    out, err = export(capsys, db_path, campaign, tmp_path, "txt", "es")
    assert err == ("signon: note: the es letter has 1 text not translated yet (printed in en) "
                   "and 1 outdated translation\n")
    text = out.read_text("utf-8")
    # the outdated translation is still the Spanish text; the new item is in English
    assert "En segundo lugar, las excepciones militares son demasiado amplias." in text
    # an untranslated item keeps its own language's lead-in (issue 23)
    assert "Finally, the oversight is weak." in text
    _, err = export(capsys, db_path, campaign, tmp_path, "txt", "en")
    assert err == ""


def test_a_language_without_translations_prints_the_primary_text(capsys, db_path, campaign,
                                                                 tmp_path):
    out, err = export(capsys, db_path, campaign, tmp_path, "txt", "fr")
    assert "not translated yet (printed in en)" in err
    text = out.read_text("utf-8")
    assert "Signataires" in text and "First, the paragraphs calling" in text
    assert text.startswith("Joint statement on the UN resolution")


def test_fast_reader_equals_orm_with_translations(db, db_path, campaign):
    with db.session() as session:
        freeze_version(session, campaign)
        orm = letter_source(session, campaign)
    fast = read_letter_source(f"sqlite:///{db_path}", str(campaign))
    assert fast.campaign == orm.campaign
    assert fast.campaign.translations == orm.campaign.translations
    assert fast.campaign.letter_languages == ("en", "es", "ar")
    assert [s.translations for s in fast.sections] == [s.translations for s in orm.sections]
    assert [s.item_translations for s in fast.sections] == [
        s.item_translations for s in orm.sections]
    options = LetterOptions(show_counts=True)
    for language in ("en", "es", "ar"):
        a = fast.letter(options, language=language)
        b = orm.letter(options, language=language)
        # entries differ in what each reader knows (the fast one has the
        # directory's norm key): the printed lines must not
        assert replace(a, groups=()) == replace(b, groups=())
        assert [(g.heading, g.lines) for g in a.groups] == [
            (g.heading, g.lines) for g in b.groups]
    v1 = read_letter_source(f"sqlite:///{db_path}", str(campaign), version=1)
    assert v1.letter(options, language="ar").sections == fast.letter(
        options, language="ar").sections


# -- campaign file ---------------------------------------------------------------------


def subset_mismatches(given, got, path="$"):
    if isinstance(given, dict):
        if not isinstance(got, dict):
            return [path]
        return [p for k in given for p in (
            [f"{path}.{k}"] if k not in got else subset_mismatches(given[k], got[k],
                                                                   f"{path}.{k}"))]
    if isinstance(given, list):
        if not isinstance(got, list) or len(given) != len(got):
            return [path]
        return [p for i, (a, b) in enumerate(zip(given, got, strict=True))
                for p in subset_mismatches(a, b, f"{path}[{i}]")]
    return [] if given == got else [path]


def test_campaign_file_round_trips_translations(db, campaign):
    given = json.loads(DATA.read_text("utf-8"))
    with db.session() as session:
        doc = campaign_document(session, campaign)
        again = campaign_document(session, import_campaign(session, doc).id)
    assert subset_mismatches(given, doc) == []
    assert doc == again
    assert doc["campaign"]["languages"] == ["en", "es", "ar"]


def test_outdated_state_and_versions_survive_the_file(db, campaign):
    with db.session() as session:
        freeze_version(session, campaign)
        drafts = load_sections(session, campaign)
        drafts[1].items[1] = "the military exemptions are far too broad"
        replace_sections(session, campaign, drafts)
        doc = campaign_document(session, campaign)
        item = doc["sections"][1]["items"][1]
        assert item["es"] == {"text": "las excepciones militares son demasiado amplias",
                              "translated_from": "the military exemptions are too broad"}
        assert doc["versions"][0]["sections"][1]["items"][1]["ar"] == (
            "الاستثناءات العسكرية واسعة للغاية")
        copy = import_campaign(session, doc).id
        outdated = tr.outdated_translations(session, copy)
        assert sorted((o.language, o.ref.item) for o in outdated) == [("ar", 1), ("es", 1)]
        assert campaign_document(session, copy) == doc


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d["sections"][0].update(text={"es": "Hola"}),
     "$.sections[0].text: has no text in the campaign language 'en'"),
    (lambda d: d["sections"][0].update(text={"en": "Hi", "fr": "Salut"}),
     "$.sections[0].text.fr: 'fr' is not in $.campaign.languages (en, es, ar)"),
    (lambda d: d["sections"][1]["items"][0].update(spanish="x"),
     "$.sections[1].items[0].spanish: is not a language code such as es, fr or pt-BR"),
    (lambda d: d["campaign"].update(languages=["es", "ar"]),
     "$.campaign.languages: does not list the campaign language 'en'"),
    (lambda d: d["campaign"].update(languages=["en", "es", "ES"]),
     "$.campaign.languages[2]: 'ES' is already $.campaign.languages[1]"),
    (lambda d: d["sections"][0].update(text={"en": "Hi", "es": {"txt": "Hola"}}),
     "$.sections[0].text.es.txt: unknown key (did you mean text?)"),
    (lambda d: d["campaign"].update(title={"en": " ", "es": "Hola"}),
     "$.campaign.title.en: must not be empty"),
])
def test_bad_translations_are_one_line_with_the_path(db, change, message):
    doc = json.loads(DATA.read_text("utf-8"))
    change(doc)
    with db.session() as session, pytest.raises(ValidationError) as err:
        import_campaign(session, doc, source="t.json")
    assert str(err.value) == f"t.json: {message}"


def test_languages_are_inferred_from_the_objects_when_not_listed(db):
    doc = {"format": "signon-campaign/1",
           "campaign": {"title": {"en": "Letter", "fr": "Lettre"}},
           "sections": [{"kind": "intro", "text": {"en": "Hi", "de": "Hallo"}}]}
    with db.session() as session:
        cid = import_campaign(session, doc).id
        assert tr.translation_languages(session, cid) == ["fr", "de"]
        assert campaign_document(session, cid)["campaign"]["languages"] == ["en", "fr", "de"]


# -- property: any translated campaign round-trips ---------------------------------------

_text = st.text(TYPED_CHARS, max_size=12)
_filled = _text.filter(lambda t: t.strip())
_translation = st.one_of(_filled, st.fixed_dictionaries(
    {"text": _filled, "translated_from": _text}))


def _field(languages: list[str], blank: bool = True):
    primary = _text if blank else _filled
    plain = primary
    objects = st.builds(
        lambda p, tr_: {languages[0]: p, **tr_}, primary,
        st.dictionaries(st.sampled_from(languages[1:]), _translation, min_size=1))
    return st.one_of(plain, objects)


def _doc(languages: list[str]):
    section = st.one_of(
        st.fixed_dictionaries({"kind": st.sampled_from(["intro", "closing"]),
                               "title": _field(languages), "text": _field(languages)}),
        st.fixed_dictionaries({"kind": st.just("concern"), "title": _field(languages),
                               "lead": _field(languages), "numbering": st.just("ordinal"),
                               "items": st.lists(_field(languages), max_size=3)}))
    return st.fixed_dictionaries({
        "format": st.just("signon-campaign/1"),
        "campaign": st.fixed_dictionaries({
            "title": _field(languages, blank=False), "addressee": _field(languages),
            "signatory_heading": _field(languages), "language": st.just(languages[0]),
            "languages": st.just(languages)}),
        "sections": st.lists(section, max_size=3),
        "versions": st.just([{"number": 1, "created_at": format_timestamp(
            datetime(2026, 1, 1, tzinfo=UTC)), "sections": []}]),
    })


def expected_form(value, primary: str):
    """What the file gives back: a translation made from the primary text as
    it is (same words) is current, written as a plain string."""
    if isinstance(value, dict) and "kind" not in value and "format" not in value:
        if primary in value and all(isinstance(v, (str, dict)) for v in value.values()):
            base = value[primary]
            out = {}
            for lang, v in value.items():
                if isinstance(v, dict) and source_hash(v["translated_from"]) == source_hash(
                        base):
                    v = v["text"]
                out[lang] = v
            return out
    if isinstance(value, dict):
        return {k: expected_form(v, primary) for k, v in value.items()}
    if isinstance(value, list):
        return [expected_form(v, primary) for v in value]
    return value


@pytest.fixture(scope="module")
def empty_db_file(tmp_path_factory) -> Path:
    from signon.store.database import open_database

    path = tmp_path_factory.mktemp("template") / "empty.db"
    open_database(f"sqlite:///{path}").close()
    return path


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=_doc(["en", "es", "ar"]))
def test_any_translated_campaign_round_trips(empty_db_file, tmp_path, doc):
    from signon.store.database import open_database

    path = tmp_path / "example.db"
    for leftover in (path, tmp_path / "example.db-wal", tmp_path / "example.db-shm"):
        leftover.unlink(missing_ok=True)
    shutil.copy(empty_db_file, path)
    db = open_database(f"sqlite:///{path}")
    try:
        with db.session() as s:
            out = campaign_document(s, import_campaign(s, doc).id)
    finally:
        db.close()
    assert subset_mismatches(expected_form(doc, "en"), out) == []
