"""The Signatories tab's parts: table model, view, handlers, side panel, dialogs.

`signon.ui.signatories_tab.SignatoriesTab` wires them: `view` holds the
widgets and layout, `edits`, `bulk_status` and `reconfirm` the handlers that
act on the store, and each other module one widget, dialog or model, so it
can be tested on its own.
"""
