"""File → Connect to team database…: a PostgreSQL server shared by a team.

Host, port, database, user, password and TLS mode. "Test connection" and
"Connect" both run off the GUI thread (a server that does not answer takes
seconds to give up). The password is given to the connection for this
session; after a successful connection, with "Remember password", it goes
to the system keyring (service "Sign-on database") — or, without a usable
keyring, the line under the checkbox says it stays in memory until Sign-on
closes. It is never written to a file, the settings or the database.

Also here: the recent databases (File → Open Recent), kept in the UI
settings without any password, and `open_team_database` for a `--db
postgresql://…` given on the command line.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL, make_url

from signon.config import describe_db, display_db, resolve_db, without_secrets
from signon.store import credentials
from signon.store.database import Database, open_database, probe
from signon.ui.style import set_role
from signon.ui.worker import Worker

#: libpq's sslmode values offered, from none to the strictest.
TLS_MODES = ("disable", "prefer", "require", "verify-full")
DEFAULT_TLS = "require"
DEFAULT_PORT = 5432
RECENT_MAX = 8


# -- recent databases -----------------------------------------------------------------


def recent_databases() -> list[str]:
    """The databases opened last, newest first (URLs without passwords)."""
    from signon.ui.settings import RECENT_DATABASES, ui_settings

    value = ui_settings().get(RECENT_DATABASES)
    if isinstance(value, str):  # QSettings gives a one-item list back as a string
        value = [value]
    return [str(v) for v in value or [] if v]


def remember_database(url: str) -> None:
    from signon.ui.settings import RECENT_DATABASES, ui_settings

    url = without_secrets(url)
    urls = [url] + [u for u in recent_databases() if u != url]
    settings = ui_settings()
    settings.put(RECENT_DATABASES, urls[:RECENT_MAX])
    settings.sync()


def recent_label(url: str) -> str:
    """How Open Recent names a database: its path, or "alice — Team: signon
    on db.example.org"."""
    if url.startswith("sqlite"):
        return display_db(url)
    try:
        user = make_url(url).username or ""
    except Exception:
        user = ""
    return f"{user} — {describe_db(url)}" if user else describe_db(url)


# -- connecting --------------------------------------------------------------------------


def _open(url: str, password: str, remember: bool, *, progress=None) -> tuple[Database, str]:
    """Open the team database with this password (off the GUI thread). Only
    a password that worked is remembered; a wrong one is forgotten again."""
    if password:
        credentials.set_password(url, password, remember=False)
    try:
        db = open_database(url)
    except BaseException:
        if password:
            credentials.discard_session_password(url)
        raise
    note = ""
    if password and remember:
        note = credentials.set_password(url, password, remember=True).message
    return db, note


def _probe(url: str, password: str, *, progress=None) -> str:
    return probe(url, password or None)


class ConnectDialog(QDialog):
    """After `exec()` returned Accepted, `database` is the open Database."""

    def __init__(self, parent: QWidget | None = None, *, url: str | None = None,
                 message: str = ""):
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to team database"))
        self.setAccessibleName(self.tr("Connect to team database"))
        self.setMinimumWidth(500)
        self.database: Database | None = None
        self.keyring_message = ""
        self._job: Worker | None = None
        self._build_server()
        self._build_password()
        self._build_tls()
        form = self._build_form()
        self._build_buttons(message)
        self._build_layout(form)
        self._connect()
        if url:
            self.set_url(url)
        self._update_buttons()

    def _build_server(self) -> None:
        """Where the database is and whose it is: host, port, database and user."""
        self.host = QLineEdit(objectName="connectHost")
        self.host.setPlaceholderText("db.example.org")
        self.port = QSpinBox(objectName="connectPort")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database_name = QLineEdit("signon", objectName="connectDatabase")
        self.user = QLineEdit(objectName="connectUser")
        self.user.setPlaceholderText(self.tr("your PostgreSQL user name"))

    def _build_password(self) -> None:
        """The password, "Remember password" and where it would be kept."""
        self.password = QLineEdit(objectName="connectPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("from the keyring, ~/.pgpass or PGPASSWORD "
                                                 "when empty"))
        status = credentials.keyring_status()
        self.remember = QCheckBox(self.tr("Remember password in the system keyring"),
                                  objectName="connectRemember")
        self.remember.setChecked(status.usable)
        self.remember.setEnabled(status.usable)
        self.keyring_note = QLabel(status.message, objectName="keyringStatus")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setProperty("role", "note" if status.usable else "warning")

    def _build_tls(self) -> None:
        """The TLS modes, each with what it means."""
        self.tls = QComboBox(objectName="connectTlsMode")
        labels = {
            "disable": self.tr("disable — no encryption (a server on this computer only)"),
            "prefer": self.tr("prefer — encrypt when the server can"),
            "require": self.tr("require — always encrypt"),
            "verify-full": self.tr("verify-full — encrypt and check the server's certificate"),
        }
        for mode in TLS_MODES:
            self.tls.addItem(labels[mode], mode)
        self.tls.setCurrentIndex(TLS_MODES.index(DEFAULT_TLS))

    def _build_form(self) -> QFormLayout:
        """The fields' labels and accessible names."""
        for widget, name in ((self.host, self.tr("Host")), (self.port, self.tr("Port")),
                             (self.database_name, self.tr("Database")),
                             (self.user, self.tr("User")),
                             (self.password, self.tr("Password")),
                             (self.tls, self.tr("TLS mode"))):
            widget.setAccessibleName(name)

        form = QFormLayout()
        form.addRow(self.tr("&Host:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database_name)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow("", self.remember)
        form.addRow("", self.keyring_note)
        form.addRow(self.tr("&TLS:"), self.tls)
        return form

    def _build_buttons(self, message: str) -> None:
        """The status line (what a test or a connection said), Test connection,
        Connect and Cancel."""
        self.status = QLabel(message, objectName="connectStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # may quote names and titles
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_button = QPushButton(self.tr("&Test connection"),
                                       objectName="connectTestButton")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(self.tr("&Connect"))
        self.connect_button.setObjectName("connectButton")
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)

    def _build_layout(self, form: QFormLayout) -> None:
        """The introduction, the form, the status line and the buttons, one under
        the other."""
        intro = QLabel(self.tr(
            "A PostgreSQL database that your coalition shares: every coordinator sees the "
            "same campaigns. Your tech volunteer gives you these details."))
        intro.setWordWrap(True)
        intro.setObjectName("connectIntro")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.test_button.clicked.connect(self.test_connection)
        self.buttons.accepted.connect(self.connect_now)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.host, self.database_name, self.user):
            edit.textChanged.connect(self._update_buttons)

    # -- fields ----------------------------------------------------------------------------

    def set_url(self, url: str) -> None:
        """Fill the fields from a postgresql:// URL (a recent database, --db)."""
        parsed = make_url(resolve_db(url))
        self.host.setText(parsed.host or "")
        self.port.setValue(parsed.port or DEFAULT_PORT)
        self.database_name.setText(parsed.database or "")
        self.user.setText(parsed.username or "")
        mode = parsed.query.get("sslmode")
        if isinstance(mode, str) and mode in TLS_MODES:
            self.tls.setCurrentIndex(TLS_MODES.index(mode))
        elif isinstance(mode, str) and mode in ("allow", "verify-ca"):
            self.tls.setCurrentIndex(TLS_MODES.index("require" if mode == "allow" else
                                                     "verify-full"))

    def url(self) -> str:
        """The database's URL as typed, without any password."""
        query = {"sslmode": self.tls.currentData()}
        return URL.create("postgresql+psycopg", username=self.user.text().strip() or None,
                          host=self.host.text().strip() or None, port=self.port.value(),
                          database=self.database_name.text().strip() or None,
                          query=query).render_as_string(hide_password=False)

    def _complete(self) -> bool:
        return all(e.text().strip() for e in (self.host, self.database_name, self.user))

    def _update_buttons(self) -> None:
        busy = self._job is not None
        ready = self._complete() and not busy
        self.connect_button.setEnabled(ready)
        self.test_button.setEnabled(ready)
        for widget in (self.host, self.port, self.database_name, self.user, self.password,
                       self.tls, self.remember):
            widget.setEnabled(not busy and (widget is not self.remember
                                            or credentials.keyring_status().usable))

    def _say(self, text: str, error: bool = False) -> None:
        set_role(self.status, "error" if error else "info")
        self.status.setText(text)

    # -- test and connect, off the GUI thread ------------------------------------------------

    def _run(self, job: Worker, waiting: str) -> None:
        self._job = job
        self._update_buttons()
        self._say(waiting)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        job.signals.failed.connect(self._failed)
        job.start()

    def _done(self) -> None:
        self._job = None
        QApplication.restoreOverrideCursor()
        self._update_buttons()

    def _failed(self, message: str) -> None:
        self._done()
        self._say(message, error=True)

    def test_connection(self) -> None:
        if not self._complete() or self._job is not None:
            return
        job = Worker(_probe, self.url(), self.password.text())
        job.signals.finished.connect(self._tested)
        self._run(job, self.tr("Testing the connection…"))

    def _tested(self, summary: object) -> None:
        self._done()
        self._say(self.tr("Connection works: {summary}").format(summary=summary))

    def connect_now(self) -> None:
        if not self._complete() or self._job is not None:
            return
        job = Worker(_open, self.url(), self.password.text(), self.remember.isChecked())
        job.signals.finished.connect(self._connected)
        self._run(job, self.tr("Connecting…"))

    def _connected(self, result: object) -> None:
        self._done()
        self.database, self.keyring_message = result
        remember_database(self.database.url)
        self.accept()

    def reject(self) -> None:
        if self._job is not None:  # a connection attempt cannot be cut short
            return
        super().reject()


def open_team_database(url: str, parent: QWidget | None = None,
                       first=None) -> Database | None:
    """Open a team database named on the command line (`first`: an
    `opening.Attempt` already made); when that fails (no password yet, a
    wrong one, a server down) the Connect dialog comes up filled in, with
    the reason. None when the person gives up."""
    from signon.store.database import DatabaseError
    from signon.ui import dialogs

    try:
        if first is None:
            db = open_database(url)
        elif first.db is not None:
            db = first.db
        else:
            raise first.error
    except (DatabaseError, OSError) as exc:
        dialog = ConnectDialog(parent, url=url, message=str(exc))
        if not dialogs.exec_dialog(dialog):
            return None
        return dialog.database
    remember_database(db.url)
    return db
