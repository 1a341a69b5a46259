"""PySide6 user interface. Widgets talk to store services, never to SQL."""
