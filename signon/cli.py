"""Command line: the GUI by default, subcommands for scripting.

The contract (DESIGN.md) is stable: scripts and tests depend on it. Exit
codes: 0 ok, 1 user error with ONE line on stderr (never a traceback),
2 usage. Each subcommand lives in `signon/commands/<name>.py` with a
`run(args) -> int`, imported only when used so that every command pays only
for the libraries it needs.

Messages are in the user's language (signon.message_catalog: SIGNON_LANG,
else the locale; English on an English or C locale), installed before any
command runs. The error line keeps the program's name, "signon: ", in
every language (scripts and people look for it); the words after it are
translated. The usage and --help texts are argparse's, in English.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from typing import NoReturn

from signon.domain.messages import _

FORMATS = ("pdf", "docx", "html", "md", "txt", "csv", "campaign")


class ShowVersion(argparse.Action):
    """--version, as argparse's own action prints it, but the version is read
    only when asked for: reading it costs every command (and the app's
    start) about 30 ms (see `signon.__getattr__`)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS,
                 help=None):
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        from signon import __version__

        print(f"signon {__version__}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="signon",
        description="Sign-on: coalition sign-on campaigns. Without a command, opens the app.",
    )
    parser.add_argument("--db", metavar="PATH_OR_URL",
                        help="database file or URL (default: SIGNON_DB, else the user data dir)")
    parser.add_argument("--version", action=ShowVersion,
                        help="show program's version number and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("import-campaign", help="import a campaign file; prints the new id")
    p.add_argument("file")

    p = sub.add_parser("import-signatories", help="import signatories from CSV or XLSX")
    p.add_argument("campaign", help="campaign id or title")
    p.add_argument("file")
    p.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                   help="map a column header to a field (repeatable)")
    p.add_argument("--status", default=None,
                   help="status given to new signatories (default prospect); with a "
                        "column mapped to status, to the rows whose cell is empty")
    p.add_argument("--sheet", default=None, help="XLSX sheet name (default: the first)")
    p.add_argument("--dry-run", action="store_true", help="report what would happen, write nothing")

    p = sub.add_parser("export", help="export a campaign's letter or campaign file")
    p.add_argument("campaign", help="campaign id or title")
    p.add_argument("--format", required=True, choices=FORMATS)
    p.add_argument("-o", "--output", required=True, metavar="OUT")
    p.add_argument("--version", dest="statement_version", type=int, default=None,
                   metavar="N", help="statement version (default: the current text)")
    p.add_argument("--order", choices=("alphabetical", "country", "type", "date", "manual"))
    p.add_argument("--paper", choices=("a4", "letter"), default="a4")
    p.add_argument("--columns", type=int, choices=(1, 2, 3), default=None)
    p.add_argument("--language", default=None, help="letter language (default: the campaign's)")
    p.add_argument("--logo", default=None, metavar="IMAGE",
                   help="letterhead image (PNG or JPEG) at the top of a pdf or docx letter")
    p.add_argument("--bilingual", default=None, metavar="LANG",
                   help="PDF only: the letter in --language and in LANG side by side")
    p.add_argument("--counts", action="store_true", help="print the counts line")
    p.add_argument("--show-place", action="store_true", help="country after each name")
    p.add_argument("--edition-date", default=None, metavar="YYYY-MM-DD",
                   help="list only the endorsements made on or before this day, under a "
                   "line 'List as of …'")
    p.add_argument("--no-title", action="store_true",
                   help="leave the title out (a web page or letterhead has its own)")
    p.add_argument("--no-date", action="store_true", help="leave the date line out")
    p.add_argument("--date", default=None, metavar="YYYY-MM-DD",
                   help="the date the letter prints (default: the campaign's letter date, "
                   "else today)")
    p.add_argument("--edition", type=int, default=None, metavar="N",
                   help="write published edition N exactly as it was published")
    p.add_argument("--layout", choices=("list", "inline"), default=None,
                   help="signatories one per line, or in one closing line after the date "
                   "(default: the campaign's)")
    p.add_argument("--delivery-copy", action="store_true",
                   help="a private copy for the addressee: also print the signatories "
                   "marked 'do not publish', under a note that it is not for publication")
    p.add_argument("--without-private", action="store_true",
                   help="campaign format only: leave out contacts, notes, messages, "
                   "replies and the signatories marked 'do not publish' (to share the "
                   "file with a partner)")

    p = sub.add_parser("publish", help="publish the next edition of a campaign's letter: "
                       "store it for good; prints its number and digest")
    p.add_argument("campaign", help="campaign id or title")
    p.add_argument("--date", default=None, metavar="YYYY-MM-DD",
                   help="the edition's date (default: today)")
    p.add_argument("--note", default=None, metavar="TEXT", help="a note kept with the edition")
    p.add_argument("--dry-run", action="store_true",
                   help="say what the edition would print and what changed since the last "
                   "one; store nothing")
    p.add_argument("--order", choices=("alphabetical", "country", "type", "date", "manual"))
    p.add_argument("--language", default=None, help="letter language (default: the campaign's)")
    p.add_argument("--counts", action="store_true", help="print the counts line")
    p.add_argument("--show-place", action="store_true", help="country after each name")
    p.add_argument("--no-title", action="store_true", help="leave the title out")
    p.add_argument("--no-date", action="store_true", help="leave the date out")
    p.add_argument("--added-line", action="store_true",
                   help="end the list with 'Added since edition N: …'")
    p.add_argument("--layout", choices=("list", "inline"), default=None,
                   help="signatories one per line, or in one closing line after the date "
                   "(default: the campaign's)")

    p = sub.add_parser("verify", help="check that a file is an unaltered export of a "
                       "published edition (txt, md, html, pdf, docx)")
    p.add_argument("file")
    p.add_argument("--logo", default=None, metavar="IMAGE",
                   help="the letterhead image a pdf or docx was written with")

    p = sub.add_parser("list", help="list campaigns or a campaign's signatories")
    p.add_argument("what", choices=("campaigns", "signatories"))
    p.add_argument("campaign", nargs="?", help="campaign id or title (for signatories)")
    p.add_argument("--status", default=None)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("backup", help="write a consistent backup of the database")
    p.add_argument("-o", "--output", default=None, metavar="FILE")

    p = sub.add_parser("restore", help="replace the database by a backup (keeps a copy)")
    p.add_argument("file")

    sub.add_parser("check", help="integrity and schema check with counts")
    sub.add_parser("demo", help="load a ready-made demo campaign")

    p = sub.add_parser("copy-db", help="copy everything from one database into another "
                       "(e.g. a local file into an empty team database)")
    p.add_argument("source", metavar="FROM", help="database file or URL to copy from")
    p.add_argument("target", metavar="TO", help="database file or URL to copy into")
    p.add_argument("--merge", action="store_true",
                   help="add to a non-empty target (organisations matched by name)")

    p = sub.add_parser("outbox", help="queue messages (invitation, reminder, …) and send them "
                       "by SMTP or write .eml files")
    p.add_argument("campaign", help="campaign id or title")
    p.add_argument("--template", required=True, metavar="KIND_OR_NAME",
                   help="invitation, reminder, reconfirmation, thank-you, or a template name")
    p.add_argument("--status", action="append", metavar="S",
                   help="signatories with this status (repeatable or comma-separated; "
                   "default: those the template is for)")
    p.add_argument("--country", action="append", metavar="CC",
                   help="signatories from this country, ISO code (repeatable)")
    how = p.add_mutually_exclusive_group()
    how.add_argument("--send", action="store_true", help="send them now by SMTP")
    how.add_argument("--eml", metavar="DIR", help="write one .eml file per message into DIR")
    how.add_argument("--mark-sent", action="store_true",
                     help="record them as sent by hand (after sending the .eml files)")
    p.add_argument("--rate", type=float, metavar="N", help="messages per minute when sending")
    p.add_argument("--dry-run", action="store_true", help="report what would happen, write "
                   "and send nothing")

    p = sub.add_parser("inbox", help="read replies (an mbox file, a folder of .eml files or "
                       "IMAP), match them to the campaign; with --apply record them and apply "
                       "endorsements, refusals and bounces")
    p.add_argument("campaign", help="campaign id or title")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--mbox", metavar="FILE", help="read an mbox file")
    source.add_argument("--eml", metavar="DIR", help="read the .eml files of a folder")
    source.add_argument("--imap", action="store_true",
                        help="read an IMAP folder (the app's IMAP settings, SIGNON_IMAP_*, "
                        "the --imap-* flags); only messages not read before")
    p.add_argument("--apply", action="store_true",
                   help="record the matched replies and apply the endorsements, refusals and "
                   "bounces matched by thread (without it: report only, write nothing)")
    p.add_argument("--json", action="store_true",
                   help='print {"messages": [...]}, one entry per message read')
    p.add_argument("--imap-host", default=None, metavar="HOST")
    p.add_argument("--imap-port", type=int, default=None, metavar="N")
    p.add_argument("--imap-security", default=None, choices=("ssl", "starttls", "none"),
                   help="ssl (port 993, the default), starttls (143), or none (a server on "
                   "this computer only)")
    p.add_argument("--imap-user", default=None, metavar="USER")
    p.add_argument("--imap-folder", default=None, metavar="FOLDER",
                   help="the folder to read (default INBOX)")
    p.add_argument("--move-to", default=None, metavar="FOLDER",
                   help="with --imap --apply: move the recorded replies to this folder "
                   "(otherwise the mailbox is never changed)")
    p.add_argument("--reread", action="store_true",
                   help="with --imap: read the whole folder again, not only new messages")
    p.add_argument("--authserv-id", action="append", metavar="ID",
                   help="trust Authentication-Results headers only from this server "
                   "(your mail provider's, e.g. mx.example.org; repeatable)")

    p = sub.add_parser("evidence", help="write the evidence of a campaign's replies (who "
                       "authorised what, when, how verified) as a private CSV file")
    p.add_argument("campaign", help="campaign id or title")
    p.add_argument("-o", "--output", required=True, metavar="FILE")

    p = sub.add_parser("data-held", help="list everything the database and its backups "
                       "hold about one person (an access request)")
    p.add_argument("--email", required=True, metavar="ADDRESS", help="the person's address")
    p.add_argument("--json", action="store_true", help="print JSON for scripts")

    p = sub.add_parser("erase", help="remove one person's data from the database and from "
                       "every backup and safety copy (an erasure request)")
    p.add_argument("--email", required=True, metavar="ADDRESS", help="the person's address")
    p.add_argument("--dry-run", action="store_true", help="say what would be removed; "
                   "write nothing")

    p = sub.add_parser("retention", help="remove private contact data of campaigns past "
                       "their retention period (each campaign's own rule)")
    p.add_argument("--dry-run", action="store_true", help="say what would be removed; "
                   "write nothing")

    p = sub.add_parser("status", help="change one signatory's status (the workflow's rules), "
                       "or correct it with --correct --reason")
    p.add_argument("campaign", help="campaign id or title")
    p.add_argument("signatory", help="signatory id, or a name matching exactly one signatory")
    p.add_argument("status", help="prospect, invited, reminded, endorsed, declined, "
                   "no_response, withdrawn or needs_reconfirmation")
    p.add_argument("--note", default=None, metavar="TEXT", help="a note kept with the change")
    p.add_argument("--date", default=None, metavar="YYYY-MM-DD",
                   help="the day it happened (default: now)")
    p.add_argument("--correct", action="store_true",
                   help="put a wrong status right, from any status (needs --reason); "
                   "recorded as a correction, not a change")
    p.add_argument("--reason", default=None, metavar="TEXT",
                   help="why the status was wrong (with --correct)")
    return parser


def _check_status_options(parser: argparse.ArgumentParser, args) -> None:
    """`signon status`: --correct needs --reason, which goes with it only;
    a correction has a reason, not a note."""
    if args.correct and args.reason is None:
        parser.error(_("status --correct needs --reason TEXT"))
    if args.reason is not None and not args.correct:
        parser.error(_("status --reason goes with --correct"))
    if args.correct and args.note is not None:
        parser.error(_("status --correct takes --reason, not --note"))


def _leave_now(code: int) -> NoReturn:
    """End the process the moment the window has closed. Everything is saved
    and closed by then (the database, its lock, the settings files, the
    change watcher); what remains is the interpreter freeing every Qt object
    and module one by one, 0.35 s a person waited after the window was gone."""
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:  # None in a windowed program (pythonw, Sign-on.exe)
            stream.flush()
    os._exit(code)


def console() -> NoReturn:
    """The `signon` command and `python -m signon`."""
    sys.exit(main(exit_after_gui=True))


def main(argv: list[str] | None = None, *, exit_after_gui: bool = False) -> int:
    """Run one command (or the app); returns the exit code. Tests call it
    in-process; `console` is what a person starts."""
    from signon import message_catalog

    # before anything can fail: every message from here on is in the
    # user's language (SIGNON_LANG, else the locale; English on C/POSIX)
    message_catalog.install(message_catalog.command_language())
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "list" and args.what == "signatories" and not args.campaign:
        parser.error(_("list signatories needs CAMPAIGN"))
    if args.command == "status":
        _check_status_options(parser, args)
    from signon.config import resolve_db
    from signon.domain.errors import SignonError

    args.db_url = resolve_db(args.db)
    from signon.config import secure_private_files

    secure_private_files()  # what older versions or the umask left readable to others
    if args.command is None:
        from signon.ui.app import run_app

        code = run_app(args.db_url)
        if exit_after_gui:
            _leave_now(code)
        return code
    module = importlib.import_module(f"signon.commands.{args.command.replace('-', '_')}")
    try:
        return module.run(args)
    except SignonError as exc:
        print(f"signon: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("signon: " + _("cancelled"), file=sys.stderr)
        return 1
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"signon: {where}{exc.strerror or exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
