"""The app's colours, named once.

Widgets get their colours from the stylesheet, `resources/style/app.qss`,
through objectNames and the `role` property (`style.set_role`); code needs
a colour itself only where no stylesheet reaches: HTML shown in a
QTextBrowser or label, an item model's ForegroundRole, an icon it paints.
Both take them from this one palette: the comment at the top of app.qss
lists the same names and values, and every colour the stylesheet uses is
one of them (tests/ui/test_style.py checks both).

Colours are named by what they look like and what they are for; a colour
shared by two uses has one name (the grey of a disabled button is the grey
of a prospect's dot).
"""

from __future__ import annotations

import re

# -- text ------------------------------------------------------------------------
INK = "#111827"  # headings, the selected tab, a signatory's name
INK_SOFT = "#1f2937"  # a neutral status line (connecting…)
TEXT = "#1f2a37"  # buttons and tool buttons
LETTER_TEXT = "#1d232b"  # the letter preview, the primary text beside a translation
PRINT_TEXT = "#1d1d1b"  # the Export tab's letter, as printed
DARK_GREY = "#374151"  # descriptions, counts, table headers
NOTE_GREY = "#4b5563"  # notes, the status bar, tab titles, section captions
MUTED = "#5b6470"  # muted grey: hints, captions, status lines
PRINT_MUTED = "#555555"  # the printed letter's date and counts lines
GREY = "#6b7280"  # secondary text, samples, "no response", excluded messages
EMPTY_GREY = "#6b7785"  # the Export tab's empty preview
FAINT = "#8a919a"  # placeholders in the previews
LIGHT_GREY = "#9aa4b0"  # disabled text, a prospect's dot, a missing value

# -- lines -----------------------------------------------------------------------
LINE = "#dde1e6"  # borders of panes, tables, cards
LINE_LIGHT = "#e5e7eb"  # borders inside a panel
CONTROL_LINE = "#c9d0d8"  # borders of buttons and fields
DISABLED_LINE = "#e0e4e9"
PREVIEW_LINE = "#d5d9de"  # the letter preview's border
GRID = "#eef0f3"  # table grid lines, the status bar

# -- surfaces ----------------------------------------------------------------------
WHITE = "#ffffff"  # paper: panes, tables, previews, fields
WINDOW = "#f5f6f8"  # the window behind them
ALTERNATE_ROW = "#f8f9fb"
PANEL = "#fbfcfd"  # the signatory's side panel
REFERENCE = "#f3f4f6"  # read-only text shown for reference (the primary of a translation)
DISABLED_FIELD = "#f0f2f5"
HOVER = "#eef2f6"
TAB_HOVER = "#e9edf1"
TOOL_HOVER = "#e6eaef"
TOOL_PRESSED = "#d8dee6"
PRESSED = "#dfe5ec"
CHECKED = "#e3ecf4"
CHECKED_LINE = "#9db8cf"

# -- accent (blue) -------------------------------------------------------------------
ACCENT = "#2f6690"  # the primary button, the selection
ACCENT_HOVER = "#275777"
ACCENT_INACTIVE = "#4e7a9c"  # the selection when the list is not focused (white on it 4.6:1)
INFO_BACKGROUND = "#eef3f8"  # the status change running in the background
INFO_LINE = "#c3d3e2"
INFO_TEXT = "#1f3a52"
INVITED_BLUE = "#3b82c4"  # invited; merged on import
SENDING_BLUE = "#1d4ed8"  # a message being sent

# -- errors (red) ------------------------------------------------------------------
ERROR = "#b42318"  # error red: messages, refused fields, a failed message, a missing translation
DECLINED_RED = "#c0392b"  # declined; rejected on import
REMOVED_BACKGROUND = "#ffd7d5"  # words removed between versions
REMOVED_TEXT = "#82071e"

# -- warnings (amber) --------------------------------------------------------------
WARNING = "#9a3412"  # warning orange: passwords that cannot be kept
AMBER_TEXT = "#8a5a00"  # the preview's translation note
UNCERTAIN_AMBER = "#b45309"  # a message that may or may not have gone
OUTDATED_AMBER = "#b35900"  # an outdated translation
RECONFIRM_AMBER = "#d08a1a"  # needs reconfirmation
NOTICE_BACKGROUND = "#fff7e6"  # the Signatories tab's banner and warnings
NOTICE_LINE = "#f0cf8e"
NOTICE_TEXT = "#5c3d00"
BANNER_BACKGROUND = "#fff4ce"  # the Statement tab's banner, the freeze warning
BANNER_LINE = "#e9c46a"
BANNER_TEXT = "#5c4400"
CONFLICT_BACKGROUND = "#fff4e5"  # changed by someone else
CONFLICT_LINE = "#f0b429"
DIFF_BACKGROUND = "#fffaf0"  # what changed in the primary text
DIFF_LINE = "#f0d9a8"

# -- success (green) ---------------------------------------------------------------
SUCCESS = "#15803d"  # success green: a sent message
ENDORSED_GREEN = "#2e8b57"  # endorsed; new on import
CURRENT_GREEN = "#1a7f37"  # a current translation
ADDED_BACKGROUND = "#ccffd8"  # words added between versions
ADDED_TEXT = "#055d20"
DONE_BACKGROUND = "#eef6ee"  # the Signatories tab's notice of what was done
DONE_LINE = "#b7d7b9"
DONE_TEXT = "#1f3d22"

# -- other statuses ----------------------------------------------------------------
REMINDED_PURPLE = "#7c5cc4"
WITHDRAWN_BROWN = "#8d5a3b"

#: Every colour by its stylesheet name ("note-grey" for NOTE_GREY), in the
#: order above.
PALETTE: dict[str, str] = {name.lower().replace("_", "-"): value
                           for name, value in dict(globals()).items()
                           if re.fullmatch(r"[A-Z][A-Z_]*", name) and isinstance(value, str)
                           and value.startswith("#")}

#: One colour per signatory status: the table's dots, the counts, the side panel.
STATUS_COLOURS: dict[str, str] = {
    "prospect": LIGHT_GREY,
    "invited": INVITED_BLUE,
    "reminded": REMINDED_PURPLE,
    "endorsed": ENDORSED_GREEN,
    "needs_reconfirmation": RECONFIRM_AMBER,
    "declined": DECLINED_RED,
    "no_response": GREY,
    "withdrawn": WITHDRAWN_BROWN,
}
