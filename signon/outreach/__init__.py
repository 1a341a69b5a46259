"""Outreach: invitation, reminder, reconfirmation and thank-you messages.

Mailings (`mailing`: recipients, preview, queuing) and deadline rounds
(`deadlines`) over the store's outbox and templates; the parts that talk to
the outside world (`smtp`, `sending`, the OS keyring in `secrets`, .eml
files in `eml`); the message itself (`message`), the SMTP settings
(`settings`) and the statement text of a message (`statement`). The pure
rules (placeholders, the reminder schedule, addresses, who a message is
for) are the domain's. Above exchange and the store, below the UI and the
commands; no Qt here: the Outreach tab and the `outbox` command both call
these.
"""
