"""The Signatories tab's parts: table model, side panel, dialogs, import wizard.

`signon.ui.signatories_tab.SignatoriesTab` assembles them; each module holds
one widget or model so it can be tested on its own.
"""
