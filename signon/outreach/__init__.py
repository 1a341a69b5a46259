"""Outreach: invitation, reminder, reconfirmation and thank-you messages.

Pure parts (placeholder rendering, the reminder schedule, building an email
message) live beside the parts that talk to the outside world (SMTP, the OS
keyring, .eml files). Database access goes through `signon.store.outreach`.
No Qt here: the Outreach tab and the `outbox` command both call these.
"""
