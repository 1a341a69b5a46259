"""`signon export CAMPAIGN --format pdf|docx|html|md|txt|csv|campaign -o OUT`.

Prints the path written, on one line, and nothing else on stdout; notes and
warnings go to stderr with exit 0 (a letter in a translation that is not
complete; a concern or recommendation list without a lead sentence, one
"signon: warning:" line per list; a signatory whose name holds characters
no bundled font can draw, one "signon: warning:" line per signatory). A
10,000-signatory PDF must take under a second for the whole command, so
this module imports nothing heavy at the top: the letter is read with
`read_letter_source` (the standard library's sqlite3 when it can) and each
format's renderer is imported by the export dispatcher
(`signon.exchange.export`, which the Export tab uses too) only when asked
for.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from signon.domain.errors import ValidationError
from signon.domain.letter import LetterOptions
from signon.domain.messages import _, n_


def day(option: str, text: str | None) -> date | None:
    """A YYYY-MM-DD option as a date (None when not given)."""
    if not text:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(_("{option} {text} is not a date like 2026-04-12").format(
            option=option, text=repr(text))) from None


def letter_options(args, campaign) -> LetterOptions:
    """The command line's choices over the campaign's own."""
    from signon.exchange.export import letter_options

    edition = day("--edition-date", getattr(args, "edition_date", None))
    return letter_options(campaign, order=args.order,
                          show_place=bool(getattr(args, "show_place", False)),
                          show_counts=bool(getattr(args, "counts", False)),
                          edition_date=edition,
                          show_title=not getattr(args, "no_title", False),
                          show_date=not getattr(args, "no_date", False),
                          signatory_layout=getattr(args, "layout", None),
                          delivery_copy=bool(getattr(args, "delivery_copy", False)))


def output_path(out: str, campaign_title: str, fmt: str) -> Path:
    """`-o` as given; an existing folder gets a file named after the campaign."""
    from signon.exchange.export import file_name

    path = Path(out).expanduser()
    if path.is_dir():
        path = path / file_name(campaign_title, fmt)
    return path


def run(args) -> int:
    check_privacy_flags(args)
    if getattr(args, "edition", None) is not None:
        return _edition(args)
    if args.format == "campaign":
        return _campaign_file(args)
    from signon.exchange.export import leadless_lists, missing_glyphs, write_export
    from signon.store.letters import read_letter_source

    bilingual = getattr(args, "bilingual", None)
    if bilingual and args.format != "pdf":
        raise ValidationError(_("--bilingual makes a side-by-side PDF: use it with --format "
                                "pdf"))
    source = read_letter_source(args.db_url, args.campaign, version=args.statement_version)
    options = letter_options(args, source.campaign)
    if options.delivery_copy and not source.private_count(options):
        raise ValidationError(_("campaign {title} has no endorsed signatory marked 'do not "
                                "publish': export the letter without --delivery-copy").format(
                                  title=repr(source.campaign.title)))
    letter_date = day("--date", getattr(args, "date", None))
    letters = [source.letter(options, language=args.language, letter_date=letter_date)]
    out = output_path(args.output, source.campaign.title, args.format)
    if bilingual:
        letters.append(source.letter(options, language=bilingual, letter_date=letter_date))
    written = write_export(args.format, out, letters, paper=args.paper, columns=args.columns,
                           logo=args.logo)
    for language in (args.language, bilingual):
        note = translation_note(source, language)
        if note:
            print("signon: " + _("note: {note}").format(note=note), file=sys.stderr)
    # one line per list that prints without a lead sentence
    for leadless in leadless_lists(args.format, letters):
        print("signon: " + _("warning: {warning}").format(warning=leadless.message()),
              file=sys.stderr)
    # one line per signatory whose name no bundled font can fully draw
    for line in dict.fromkeys(m.message() for m in missing_glyphs(args.format, letters)):
        print("signon: " + _("warning: {warning}").format(warning=line), file=sys.stderr)
    print(written)
    return 0


def check_privacy_flags(args) -> None:
    """--delivery-copy and --without-private where they mean something, or
    one line saying why not: a delivery copy is never an edition (it names
    the people an edition must not), and the format must be able to carry
    the choice (`exchange.export.check_privacy`)."""
    from signon.exchange.export import check_privacy

    delivery = bool(getattr(args, "delivery_copy", False))
    without = bool(getattr(args, "without_private", False))
    if delivery and getattr(args, "edition", None) is not None:
        raise ValidationError(_("--delivery-copy cannot be --edition {number}: an edition is "
                                "public, and a delivery copy names the signatories who asked "
                                "not to be named").format(number=args.edition))
    if delivery and without:
        raise ValidationError(_("--delivery-copy and --without-private exclude each other: "
                                "the first makes a letter, the second a campaign file"))
    for flag, choice in (("--delivery-copy", {"delivery_copy": delivery}),
                         ("--without-private", {"without_private": without})):
        try:
            check_privacy(args.format, **choice)
        except ValidationError as exc:  # the same reason, naming the option
            raise ValidationError(_("{flag} with --format {format}: {error}").format(
                flag=flag, format=args.format, error=exc)) from None


def translation_note(source, language: str | None) -> str:
    """One line saying what a letter in a translation language prints
    untranslated or from an outdated translation ("" when all is current):
    the file is still written, but the coordinator should know."""
    if not language:
        return ""
    missing, outdated = source.translation_gaps(language)
    parts = []
    if missing:
        parts.append(n_("{n} text not translated yet (printed in {language})",
                        "{n} texts not translated yet (printed in {language})",
                        missing).format(n=missing, language=source.campaign.language))
    if outdated:
        parts.append(n_("{n} outdated translation", "{n} outdated translations",
                        outdated).format(n=outdated))
    if not parts:
        return ""
    gaps = parts[0] if len(parts) == 1 else _("{first} and {second}").format(
        first=parts[0], second=parts[1])
    return _("the {language} letter has {gaps}").format(language=language, gaps=gaps)


def _campaign_file(args) -> int:
    """The whole campaign, private contacts included, as signon-campaign/1 JSON;
    with --without-private, without them (the file to share with a partner)."""
    from signon.commands.common import open_db
    from signon.exchange.export import write_export
    from signon.store.campaigns import find_campaign

    db = open_db(args)
    try:
        with db.session() as session:
            campaign = find_campaign(session, args.campaign)
            title, campaign_id = campaign.title, campaign.id
        out = output_path(args.output, title, "campaign")
        written = write_export("campaign", out, db=db, campaign_id=campaign_id,
                               without_private=bool(getattr(args, "without_private", False)))
    finally:
        db.close()
    print(written)
    return 0


#: What an edition fixes: the options that would change its letter.
FIXED_BY_EDITION = (("statement_version", "--version"), ("order", "--order"),
                    ("language", "--language"), ("bilingual", "--bilingual"),
                    ("counts", "--counts"), ("show_place", "--show-place"),
                    ("edition_date", "--edition-date"), ("no_title", "--no-title"),
                    ("no_date", "--no-date"), ("date", "--date"), ("layout", "--layout"))


def _edition(args) -> int:
    """`--edition N`: the edition exactly as published, whatever changed
    since; the file's SHA-256 is recorded so `signon verify` knows it."""
    from signon.commands.common import campaign_id, open_db
    from signon.exchange.edition_files import EDITION_FORMATS, write_edition
    from signon.store.editions import campaign_title, edition_letter, get_edition, record_file

    for name, flag in FIXED_BY_EDITION:
        if getattr(args, name, None):
            raise ValidationError(_("--edition {number} is written as it was published: "
                                    "{flag} cannot change it").format(number=args.edition,
                                                                      flag=flag))
    if args.format not in EDITION_FORMATS:
        raise ValidationError(_("--edition writes a letter ({formats}), not a {format} "
                                "file").format(formats=", ".join(EDITION_FORMATS),
                                               format=args.format))
    db = open_db(args)
    try:
        cid = campaign_id(db, args.campaign)
        with db.session() as session:
            edition = get_edition(session, cid, args.edition)
            letter, text = edition_letter(edition), edition.text
            out = output_path(args.output, f"{campaign_title(session, cid)} edition "
                                           f"{edition.number}", args.format)
            edition_id = edition.id
        written, digest = write_edition(letter, text, args.format, out, paper=args.paper,
                                        columns=args.columns, logo=args.logo)
        with db.session() as session:
            record_file(session, edition_id, args.format, digest)
    finally:
        db.close()
    print(written)
    return 0
