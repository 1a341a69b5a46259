"""The main window's parts: its view and menus, the tab list, the handlers.

`signon.ui.main_window.MainWindow` subclasses the view (`view`, with the
actions, menus and toolbar of `menu`) and wires it to the handlers that act
on the store (`campaigns`, `databases`) and to `jobs`, which stops
background work before the database closes. `tabs` lists the campaign tabs.
"""
