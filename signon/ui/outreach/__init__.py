"""Parts of the Outreach tab: template editor, recipients, outbox, deadline
view and the SMTP settings dialog. The tab itself is signon.ui.outreach_tab."""
