"""The keys of the database's `setting` table, each declared once with its
default, the type of its value and what it is for (docs/architecture.md,
"Settings").

Read and written through `signon.store.settings`, which refuses a key not
declared here. A module of its own, without the ORM, so the import's SQL
Core path (`signon.store.directory`) names its key without loading it.
"""

from __future__ import annotations

from signon.domain.settings import Declarations, Setting

SMTP = Setting(
    "outreach.smtp", {}, dict,
    "The SMTP server, port, security, user, sender and sending rate "
    "(signon.outreach.settings.SmtpSettings); never the password, which is in the keyring.")
IMAP = Setting(
    "outreach.imap", {}, dict,
    "The IMAP server, port, security, user, folder and the folder replies are "
    "moved to (signon.outreach.imap.ImapSettings) that `signon inbox --imap` "
    "reads; never the password, which is in the keyring.")
NOT_DUPLICATES = Setting(
    "dedupe.not_duplicates", [], list,
    "Pairs of organisation ids a person said are different groups, so the "
    "duplicate finder stops offering them.")
STARTER_LIBRARY_SEEDED = Setting(
    "library.starter_seeded", False, bool,
    "True once the block library was offered the starter blocks, so deleting "
    "them all does not bring them back.")
IMPORT_MAPPING = Setting(
    "import-mapping:{digest}", None, dict,
    "The column mapping last used for a header set (digest: the folded, sorted "
    "headers' hash, signon.store.directory.mapping_key): {headers, mapping}.")
LETTERHEAD = Setting(
    "export.letterhead.{campaign_id}", None, str,
    "The campaign's letterhead image, a file path (Export tab → Letterhead).")
ENDORSEMENTS_KEPT = Setting(
    "reconfirm.kept.{campaign_id}", None, int,
    "The statement version at which the coordinator chose to keep the "
    "endorsements of older versions as they are (no reconfirmation asked).")

ERASURE_LOG = Setting(
    "privacy.erasures", [], list,
    "That erasures happened: for each, when and how many records of each kind "
    "(signon.store.erasure.log_entry), and each campaign's retention run "
    "(signon.store.retention); never the address or anything erased.")
RETENTION_CLEARED = Setting(
    "privacy.retention_cleared.{campaign_id}", None, str,
    "The day (ISO date) the campaign's private contact data was last removed "
    "under its retention rule (signon.store.retention).")

DATABASE_SETTINGS = Declarations("the database's setting table", (
    SMTP, IMAP, NOT_DUPLICATES, STARTER_LIBRARY_SEEDED, IMPORT_MAPPING, LETTERHEAD,
    ENDORSEMENTS_KEPT, ERASURE_LOG, RETENTION_CLEARED,
))
