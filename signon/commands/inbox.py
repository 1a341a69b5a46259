"""`signon inbox CAMPAIGN (--mbox FILE | --eml DIR | --imap) [--apply] [--json]`.

Reads replies from an mbox file, a folder of .eml files or an IMAP folder,
matches each to the campaign (by thread, else by sender) and says what it
is: endorse, decline, review, bounce, auto-reply, duplicate or unmatched
(`signon.outreach.inbox`). Without --apply it only reports: nothing is
written (the database file is left byte for byte as it was). With --apply
the matched replies are recorded as evidence and the endorsements,
refusals and bounces matched by thread are applied through the workflow;
sender-only matches and replies to review wait for the coordinator in the
app. A second run applies nothing again.

IMAP settings are those saved in the app (`outreach.imap`), overridden by
SIGNON_IMAP_HOST, _PORT, _SECURITY, _USER, _FOLDER and _MOVE_TO, then by the
--imap-* flags; the password comes from SIGNON_IMAP_PASSWORD, else the
system keyring. Only new messages are read (the last UID per folder), and
the folder is opened read-only unless --move-to asks for recorded replies
to be moved (with --apply).

--json prints {"messages": [...]}, one entry per message read, in mailbox
order: message_id, from, signatory (name or null), match ("thread",
"sender" or null), action, verified, applied.
"""

from __future__ import annotations

from signon.commands.common import campaign_id, open_db, terminal_progress
from signon.domain.errors import ValidationError
from signon.domain.messages import _

IMAP_FLAGS = ("imap_host", "imap_port", "imap_security", "imap_user", "imap_folder", "move_to")


def _check(args) -> None:
    given = [f"--{f.replace('_', '-')}" for f in IMAP_FLAGS if getattr(args, f) is not None]
    if given and not args.imap:
        raise ValidationError(_("{flag} goes with --imap").format(flag=given[0]))
    if args.reread and not args.imap:
        raise ValidationError(_("--reread goes with --imap (an mbox file or a folder is read "
                                "whole every time)"))
    if args.move_to is not None and not args.apply:
        raise ValidationError(_("--move-to goes with --apply: without it nothing is "
                                "recorded, and the mailbox is only read"))


def imap_source(session, args):
    """The IMAP folder to read: the stored settings, SIGNON_IMAP_* over them,
    the flags over those; and the password."""
    from signon.outreach.imap import ImapMailbox, imap_password, load_imap_settings

    settings = load_imap_settings(session).with_env().with_values(
        host=args.imap_host, port=args.imap_port, security=args.imap_security,
        user=args.imap_user, folder=args.imap_folder, move_to=args.move_to)
    if not settings.configured:
        raise ValidationError(_("IMAP is not set up: give --imap-host and --imap-user, or "
                                "set SIGNON_IMAP_HOST and SIGNON_IMAP_USER"))
    settings = settings.validated()
    return ImapMailbox(settings, imap_password(settings), move=args.apply)


def run(args) -> int:
    from signon.outreach.inbox import read_inbox
    from signon.outreach.mailboxes import EmlFolder, MboxFile

    _check(args)
    db = open_db(args)
    try:
        cid = campaign_id(db, args.campaign)
        if args.imap:
            with db.session() as session:
                source = imap_source(session, args)
        elif args.mbox is not None:
            source = MboxFile(args.mbox)
        else:
            source = EmlFolder(args.eml)
        try:
            report = read_inbox(db, cid, source, apply=args.apply,
                                trusted_authserv_ids=args.authserv_id or (),
                                reread=args.reread, progress=terminal_progress())
        finally:
            close = getattr(source, "close", None)
            if close is not None:
                close()
    finally:
        db.close()
    if args.json:
        from signon.commands.list import _print_json

        _print_json({"messages": [e.as_json() for e in report.entries]})
        return 0
    _print_report(report)
    return 0


def _print_report(report) -> None:
    from signon.domain.text import terminal_safe

    for e in report.entries:
        who = terminal_safe(e.signatory) if e.signatory else "-"
        checked = "verified" if e.verified else "not verified"
        done = "applied" if e.applied else "not applied"
        outcome = terminal_safe(e.outcome) or "-"
        print(f"{e.action:<10}  {e.match or '-':<6}  {who}  <{terminal_safe(e.from_address)}>  "
              f"{checked}, {done}: {outcome}  {terminal_safe(e.message_id)}")
    print(report.summary())
