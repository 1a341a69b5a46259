"""`signon outbox CAMPAIGN --template KIND|NAME [--status S] [--country CC]
[--send | --eml DIR | --mark-sent] [--dry-run] [--rate N]`.

Fills the outbox with one message per selected signatory (refreshing any
that were still waiting, never doubling them), then optionally sends them
over SMTP, writes them as .eml files, or records them as sent by hand.
Prints how many messages would go (--dry-run) or went.

SMTP settings come from the app's settings, overridden by SIGNON_SMTP_HOST,
_PORT, _SECURITY, _USER, _FROM, _FROM_NAME and _RATE; the password from
SIGNON_SMTP_PASSWORD (for scripts), else the system keyring.
"""

from __future__ import annotations

import os
import sys

from signon.commands.common import campaign_id, open_db, terminal_progress
from signon.domain.errors import SignonError, ValidationError
from signon.domain.messages import _, n_


class NotAllSent(SignonError):
    """Some messages did not go; they stay in the outbox with the reason."""


def _split(values: list[str] | None) -> list[str]:
    return [v.strip() for value in values or [] for v in value.split(",") if v.strip()]


def smtp_settings(session):
    """The stored settings with SIGNON_SMTP_* over them, and the password."""
    from signon.outreach import secrets
    from signon.outreach.settings import PASSWORD_ENV, load_smtp_settings

    settings = load_smtp_settings(session).with_env()
    if not settings.configured:
        raise ValidationError(_("SMTP is not set up: enter the server and sender in the "
                                "Outreach tab, or set SIGNON_SMTP_HOST and SIGNON_SMTP_FROM"))
    password = os.environ.get(PASSWORD_ENV)
    if password is None and settings.user:
        password = secrets.get_password(settings.host, settings.user)
        if password is None:
            status = secrets.keyring_status()
            message = (_("no password for {user} on {host}; set {variable} or save it in "
                         "the app") if status.usable else
                       _("no password for {user} on {host} (no system keyring is available "
                         "here); set {variable} or save it in the app"))
            raise ValidationError(message.format(user=settings.user, host=settings.host,
                                                 variable=PASSWORD_ENV))
    return settings, password


def run(args) -> int:
    from signon.domain.audience import DEFAULT_STATUSES
    from signon.outreach.mailing import plan_messages, queue_messages, recipients
    from signon.outreach.settings import load_smtp_settings
    from signon.store.outbox import mark_sent_by_hand
    from signon.store.templates import find_template

    db = open_db(args)
    cid = campaign_id(db, args.campaign)
    smtp = None
    if args.send and not args.dry_run:  # refuse before queuing anything
        with db.session() as session:
            smtp = smtp_settings(session)
    with db.session() as session:
        template = find_template(session, cid, args.template)
        statuses = _split(args.status) or DEFAULT_STATUSES.get(template.kind, ())
        chosen = recipients(session, cid, statuses=statuses, countries=_split(args.country))
        if args.dry_run:
            plan = plan_messages(session, cid, template, chosen)
            settings = None
        else:
            settings = load_smtp_settings(session).with_env()
            plan = queue_messages(session, cid, template, chosen, sender=settings.from_address)
    for name, reason in plan.skipped:
        print(_("skipped: {name}: {reason}").format(name=name, reason=reason), file=sys.stderr)
    if args.dry_run:
        n = plan.count
        said = (n_("would send {n} message ({template})",
                   "would send {n} messages ({template})", n) if args.send else
                n_("would export {n} message ({template})",
                   "would export {n} messages ({template})", n) if args.eml else
                n_("would mark {n} message as sent ({template})",
                   "would mark {n} messages as sent ({template})", n) if args.mark_sent else
                n_("would queue {n} message ({template})",
                   "would queue {n} messages ({template})", n))
        print(said.format(n=n, template=template.label))
        return 0
    if smtp is not None:
        return _send(db, cid, plan.message_ids, smtp, args.rate)
    if args.eml is not None:
        return _eml(db, cid, plan.message_ids, args.eml, settings)
    if args.mark_sent:
        with db.session() as session:
            done = mark_sent_by_hand(session, plan.message_ids)
        print(n_("marked {n} message as sent ({template})",
                 "marked {n} messages as sent ({template})", done).format(
                     n=done, template=template.label))
        return 0
    print(n_("queued {n} message ({template}); {new} new, {refreshed} refreshed",
             "queued {n} messages ({template}); {new} new, {refreshed} refreshed",
             plan.count).format(n=plan.count, template=template.label, new=plan.queued,
                                refreshed=plan.refreshed))
    return 0


def _send(db, cid: int, message_ids: list[int], smtp, rate: float | None) -> int:
    from dataclasses import replace

    from signon.outreach.sending import send_outbox

    settings, password = smtp
    if rate is not None:
        settings = replace(settings, rate_per_minute=rate)
    report = send_outbox(db, cid, settings, password, message_ids=message_ids,
                         progress=terminal_progress())
    print(n_("sent {n} message", "sent {n} messages", report.sent).format(n=report.sent))
    if report.recovered:
        print(n_("{n} message from an interrupted run now uncertain",
                 "{n} messages from an interrupted run now uncertain",
                 report.recovered).format(n=report.recovered), file=sys.stderr)
    if report.failed or report.uncertain:
        for line in report.errors:
            print(f"  {line}", file=sys.stderr)
        raise NotAllSent(n_("{count} of {n} message not sent ({summary}); failed ones go "
                            "again on the next --send, uncertain ones wait for you in the "
                            "Outreach tab",
                            "{count} of {n} messages not sent ({summary}); failed ones go "
                            "again on the next --send, uncertain ones wait for you in the "
                            "Outreach tab", report.total).format(
                                count=report.failed + report.uncertain, n=report.total,
                                summary=report.summary()))
    return 0


def _eml(db, cid: int, message_ids: list[int], folder: str, settings) -> int:
    from signon.outreach.eml import export_eml
    from signon.store.outbox import SENDABLE, outbox

    with db.session() as session:
        rows = outbox(session, cid, states=SENDABLE, ids=message_ids)
    paths = export_eml(rows, folder, from_name=settings.from_name,
                       from_address=settings.from_address)
    print(n_("wrote {n} .eml file to {folder}", "wrote {n} .eml files to {folder}",
             len(paths)).format(n=len(paths), folder=folder))
    return 0
