"""File → Backups…: where backups go, which there are, and restoring one.

Everything a coordinator needs when something went wrong sits in one
place: the backup folder (and a way to move it, e.g. to a synced or
external drive), how long backups and safety copies are kept (the backup
periods, a person's setting: store/backup.py `BackupPeriods`), the backups
of the open database with their dates and sizes, the safety copies Sign-on
made before an upgrade (beside the database), a restore or a deletion, and
"Restore selected…". Safety copies are deleted after their period like
backups (issue 19), except the newest copy before an upgrade.

A restore checks the backup first, saves the open database's unsaved text,
keeps a copy of the database it replaces, swaps the files and shows the
restored database in the same window.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from glob import escape as glob_escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from signon import config
from signon.domain.errors import SignonError
from signon.store.backup import (
    BackupPeriods,
    backup_periods,
    list_backups,
    safety_copies,
    set_backup_periods,
    upgrade_copies,
)
from signon.ui import dialogs
from signon.ui.i18n import translate
from signon.ui.labels import format_datetime, format_number
from signon.ui.opening import RESTORE
from signon.ui.worker import Worker

#: What each copy is; kept in English on the row, translated when shown (kind_text).
KIND_LABELS = {"restore": QT_TRANSLATE_NOOP("BackupsDialog", "before a restore"),
               "delete": QT_TRANSLATE_NOOP("BackupsDialog", "before a deletion"),
               "upgrade": QT_TRANSLATE_NOOP("BackupsDialog", "before an upgrade")}
REGULAR = QT_TRANSLATE_NOOP("BackupsDialog", "backup")
DAMAGED = QT_TRANSLATE_NOOP("BackupsDialog", " (damaged file, kept as found)")


@dataclass(frozen=True)
class BackupRow:
    path: Path
    taken: datetime
    kind: str
    size: int


def human_size(size: int) -> str:
    if size < 1000 * 1000:
        return f"{format_number(max(1, round(size / 1000)))} kB"
    return f"{format_number(round(size / 1e6, 1))} MB"


def kind_text(kind: str) -> str:
    """A row's kind in the interface language ("before a restore (damaged …)")."""
    damaged = kind.endswith(DAMAGED)
    base = kind[:-len(DAMAGED)] if damaged else kind
    text = translate("BackupsDialog", base) if base == REGULAR or base in KIND_LABELS.values() \
        else base
    return text + (translate("BackupsDialog", DAMAGED) if damaged else "")


def backup_rows(folder: Path, stem: str, database: Path | None = None) -> list[BackupRow]:
    """The backups of database `stem` in `folder`, newest first: regular
    ones and the safety copies Sign-on keeps there, and with `database` the
    copies taken beside it before an upgrade."""
    rows = [BackupRow(b.path, b.taken, REGULAR, _size(b.path))
            for b in list_backups(folder) if b.stem == stem]
    copies = {c.path: c for c in safety_copies(folder, f"{glob_escape(stem)}.before-*.db")
              if c.stem == stem}
    if database is not None:
        copies.update((c.path, c) for c in upgrade_copies(database))
    for copy in copies.values():
        kind = KIND_LABELS.get(copy.what, f"before {copy.what}")
        if copy.damaged:
            kind += DAMAGED
        rows.append(BackupRow(copy.path, copy.taken, kind, _size(copy.path)))
    return sorted(rows, key=lambda r: (r.taken, r.path.name), reverse=True)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def check_writable(folder: Path) -> None:
    """Refuse a folder backups could not be written to, in one line."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".signon-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise SignonError(translate("BackupsDialog", "{folder}: backups cannot be written "
                                                     "there ({error}); choose another folder"
                                    ).format(folder=folder, error=exc.strerror or exc)) from None


class BackupsDialog(QDialog):
    """The backup folder and the open database's backups; `window` is the
    main window (its `db`, `tabs`, `switch_database` and status bar)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.job: Worker | None = None
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.setAccessibleName(self.tr("Backups"))
        folder_row = self._build_folder()
        self._build_periods()
        self._build_list()
        bottom = self._build_buttons()
        self._build_layout(folder_row, bottom)
        self._connect()
        self.resize(720, 540)
        self.reload()

    def _build_folder(self) -> QHBoxLayout:
        """The heading, and the backup folder with Change… and Use default."""
        self.heading = QLabel(objectName="backupsHeading")
        self.heading.setWordWrap(True)
        self.folder_label = QLabel(objectName="backupFolderLabel")
        self.folder_label.setAccessibleName(self.tr("Backup folder"))
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        self.change_button = QPushButton(self.tr("Change…"), objectName="changeBackupFolderButton")
        self.change_button.setAccessibleName(self.tr("Change the backup folder"))
        self.default_button = QPushButton(self.tr("Use default"),
                                          objectName="defaultBackupFolderButton")
        self.default_button.setAccessibleName(self.tr("Use the default backup folder"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.change_button)
        folder_row.addWidget(self.default_button)
        return folder_row

    def _build_periods(self) -> None:
        """How long backups and safety copies are kept: the person's
        setting, saved as it changes and applied from the next backup."""
        periods = backup_periods()
        self.daily_spin = QSpinBox(objectName="dailyBackupsSpin")
        self.weekly_spin = QSpinBox(objectName="weeklyBackupsSpin")
        self.safety_spin = QSpinBox(objectName="safetyDaysSpin")
        self.periods_box = QWidget(objectName="backupPeriods")
        form = QFormLayout(self.periods_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for spin, name, label, tip in (
                (self.daily_spin, "daily", self.tr("Daily backups kept (days):"),
                 self.tr("The newest backup of each of this many days that have backups")),
                (self.weekly_spin, "weekly", self.tr("Weekly backups kept (weeks):"),
                 self.tr("The newest backup of each of this many weeks, besides the daily "
                         "ones")),
                (self.safety_spin, "safety_days", self.tr("Safety copies kept (days):"),
                 self.tr("Copies made before an upgrade, a restore or a deletion are deleted "
                         "this many days after they were made; the newest copy before an "
                         "upgrade stays"))):
            low, high = BackupPeriods.LIMITS[name]
            spin.setRange(low, high)
            spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance("0000") + 48)
            spin.setValue(getattr(periods, name))
            spin.setAccessibleName(label.rstrip(":："))
            spin.setToolTip(tip)
            form.addRow(label, spin)

    def _build_list(self) -> None:
        """Which backups are kept, the list of them and the message line under it."""
        self.rule_label = QLabel(objectName="backupRule")
        self.rule_label.setWordWrap(True)
        self.rule_label.setProperty("role", "muted")

        self.table = QTreeWidget(objectName="backupList")
        self.table.setAccessibleName(self.tr("Backups of this database"))
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setHeaderLabels([self.tr("Taken"), self.tr("Size"), self.tr("Kind"),
                                    self.tr("File")])
        header = self.table.header()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        self.message = QLabel(objectName="backupsMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # may quote names and titles
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _build_buttons(self) -> QHBoxLayout:
        """Back up now, Restore selected… and Close."""
        self.backup_button = QPushButton(self.tr("Back up now"), objectName="backupNowButton")
        self.backup_button.setAccessibleName(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("Restore selected…"),
                                          objectName="restoreBackupButton")
        self.restore_button.setAccessibleName(self.tr("Restore the selected backup"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("closeBackupsButton")
        bottom = QHBoxLayout()
        bottom.addWidget(self.backup_button)
        bottom.addWidget(self.restore_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        return bottom

    def _build_layout(self, folder_row: QHBoxLayout, bottom: QHBoxLayout) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(folder_row)
        layout.addWidget(self.rule_label)
        layout.addWidget(self.periods_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        self.change_button.clicked.connect(self.change_folder)
        self.default_button.clicked.connect(self.use_default_folder)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda *_: self.restore_selected())
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        for spin in (self.daily_spin, self.weekly_spin, self.safety_spin):
            spin.valueChanged.connect(self.save_periods)

    # -- state -------------------------------------------------------------------------

    @property
    def db(self):
        return self.window.db

    def reload(self) -> None:
        """Re-read the folder and the backups in it."""
        path = self.db.path
        folder = config.backups_dir_path()
        source = config.backups_dir_source()
        note = {"environment": self.tr("set by SIGNON_BACKUP_DIR"),
                "setting": self.tr("your choice"),
                "default": self.tr("default")}[source]
        # the path between isolates: a Latin path inside an Arabic sentence
        # keeps its slashes in order
        self.folder_label.setText(self.tr("<b>Folder:</b> {folder} ({note})").format(
            folder=f"\u2068{_html(str(folder))}\u2069", note=note))
        self.folder_label.setToolTip(str(folder))
        self.change_button.setEnabled(source != "environment" and path is not None)
        self.default_button.setEnabled(source == "setting")
        if source == "environment":
            self.change_button.setToolTip(self.tr("SIGNON_BACKUP_DIR decides the folder"))
        self.table.clear()
        if path is None:
            self.heading.setText(self.tr("<b>Team database</b>: its server keeps the backups "
                                         "(pg_dump); Sign-on backs up database files only."))
            self.rule_label.clear()
            self.periods_box.hide()
            self.backup_button.setEnabled(False)
            self._update_buttons()
            return
        self.heading.setText(self.tr("<b>Backups of {file}</b>").format(file=_html(path.name)))
        self.rule_label.setText(self.tr(
            "While Sign-on is open it backs this database up once a day; each backup is "
            "checked after writing. What is kept is set below: older backups and safety "
            "copies are deleted when the next backup is written."))
        self.periods_box.show()
        try:
            rows = backup_rows(folder, path.stem, path)
        except OSError as exc:
            rows = []
            self.show_message(f"{folder}: {exc.strerror or exc}")
        for row in rows:
            item = QTreeWidgetItem([format_datetime(row.taken.astimezone()),
                                    human_size(row.size), kind_text(row.kind), row.path.name])
            item.setData(0, Qt.ItemDataRole.UserRole, str(row.path))
            item.setToolTip(3, str(row.path))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.addTopLevelItem(item)
        if rows:
            self.table.setCurrentItem(self.table.topLevelItem(0))
        else:
            self.show_message(self.tr("No backup of this database yet: Back up now writes one."))
        self._update_buttons()

    def selected_path(self) -> Path | None:
        item = self.table.currentItem()
        if item is None or not item.isSelected():
            return None
        return Path(item.data(0, Qt.ItemDataRole.UserRole))

    def _update_buttons(self) -> None:
        busy = self.job is not None
        self.restore_button.setEnabled(self.selected_path() is not None and not busy)
        self.backup_button.setEnabled(self.db.path is not None and not busy)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setToolTip(text)

    # -- periods -----------------------------------------------------------------------

    def save_periods(self) -> None:
        """Remember the periods as they are now in the three fields."""
        periods = BackupPeriods(self.daily_spin.value(), self.weekly_spin.value(),
                                self.safety_spin.value())
        try:
            set_backup_periods(periods)
        except (SignonError, OSError) as exc:
            self.show_message(str(exc))
            return
        self.show_message(self.tr("Saved; the next backup deletes what these periods no "
                                  "longer keep."))

    # -- folder ------------------------------------------------------------------------

    def change_folder(self) -> None:
        old = config.backups_dir_path()
        chosen = dialogs.choose_folder(self, self.tr("Choose the backup folder"), str(old))
        if not chosen:
            return
        folder = Path(chosen)
        try:
            check_writable(folder)
            config.set_backups_dir(folder)
        except (SignonError, OSError) as exc:
            dialogs.error(self, str(exc))
            return
        self.reload()
        if folder.resolve() != old.resolve():
            self.show_message(self.tr("New backups go to {folder}. Backups already written stay "
                                      "in {old}.").format(folder=folder, old=old))

    def use_default_folder(self) -> None:
        try:
            config.set_backups_dir(None)
        except OSError as exc:
            dialogs.error(self, f"{exc.filename or ''}: {exc.strerror or exc}")
            return
        self.reload()
        self.show_message(self.tr("New backups go to {folder}.").format(
            folder=config.backups_dir_path()))

    # -- back up -----------------------------------------------------------------------

    def back_up_now(self) -> None:
        from signon.store.backup import backup_database

        if self.job is not None or self.db.path is None:
            return
        self.show_message(self.tr("Backing up…"))
        job = Worker(backup_database, self.db)
        job.signals.finished.connect(self._backed_up)
        job.signals.failed.connect(self._backup_failed)
        self.job = job
        self._update_buttons()
        job.start()

    def _backed_up(self, path: object) -> None:
        self.job = None
        self.reload()
        self.show_message(self.tr("Backup written to {path}.").format(path=path))

    def _backup_failed(self, message: str) -> None:
        self.job = None
        self._update_buttons()
        self.show_message("")
        dialogs.error(self, message)

    # -- restore -----------------------------------------------------------------------

    def restore_selected(self) -> None:
        """Check the backup, keep a copy of the current database, swap, and
        show the restored database in the window."""
        from signon.store.backup import restore_database, verify_backup
        from signon.store.database import open_database

        backup = self.selected_path()
        if backup is None or self.job is not None:
            return
        try:
            verify_backup(backup)
        except SignonError as exc:
            dialogs.error(self, str(exc))
            return
        taken = self.table.currentItem().text(0)
        text = self.tr("Replace the open database by the backup taken {taken}?\n\nThe database "
                       "as it is now is kept in the backup folder first, so this can be undone "
                       "by restoring that copy.").format(taken=taken)
        if not dialogs.confirm(self, self.tr("Restore backup"), text, self.tr("Restore")):
            return
        window = self.window
        # an export or a status change still writing: cancelled (or kept, and
        # no restore) before the database is closed under it
        if not window.finish_jobs(RESTORE):
            return
        for tab in getattr(window, "tabs", []):  # unsaved text goes into the kept copy
            flush = getattr(tab, "flush", None)
            if callable(flush):
                flush()
        url = window.db.url
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            window.db.close()
            kept = restore_database(url, backup)
            db = open_database(url)
        except (SignonError, OSError) as exc:
            QApplication.restoreOverrideCursor()
            dialogs.error(self, str(exc))
            self.reload()
            return
        QApplication.restoreOverrideCursor()
        window.switch_database(db)
        where = " " + self.tr("The database it replaced is kept as {path}.").format(path=kept) \
            if kept else ""
        done = self.tr("Restored the backup taken {taken}.").format(taken=taken) + where
        window.statusBar().showMessage(done, 20000)
        self.reload()
        self.show_message(done)


def _html(text: str) -> str:
    from html import escape

    return escape(text)
