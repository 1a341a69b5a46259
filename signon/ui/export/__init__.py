"""The Export tab's parts: its view, the letterhead, writing the file.

`signon.ui.export_tab.ExportTab` subclasses the view (`view`) and wires it
to the handlers that act on the store and the files (`letterhead`,
`writing`).
"""
