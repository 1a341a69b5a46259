"""Writing the Export tab's letter to a file, and copying it as HTML.

Before a PDF, DOCX or HTML letter is written, `LetterExport.export` asks
the export dispatcher (`signon.exchange.export`, which `signon export` uses
too) whether any signatory's name holds characters no bundled font can
draw, and if so shows one line per signatory (`confirm_missing_glyphs`):
the coordinator can fix the names first or export anyway (the PDF then
prints U+FFFD in their place).

Exporting runs off the GUI thread (`Worker`) with a progress bar and Cancel;
files are written atomically by the exporters, so a cancelled or failed export
leaves no half file. The file dialog and the success message are module
functions (`choose_output`, `exported_message`, `open_file`, `open_folder`)
that tests replace, as is `write_export`. "Export finished" offers to open
the file itself or its folder; the folder of the last export is remembered
between runs (`remember_export_folder`) and the next file dialog starts
there.

The texts keep the tab's translation context "ExportTab".
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from signon.domain.letter import Letter
from signon.exchange.export import EXTENSIONS, file_name, missing_glyphs, write_export
from signon.exchange.missing_glyphs import REPLACEMENT, MissingGlyphs, printable
from signon.ui import dialogs
from signon.ui.export.view import FORMATS
from signon.ui.i18n import translate
from signon.ui.settings import EXPORT_FOLDER, ui_settings
from signon.ui.worker import Worker

if TYPE_CHECKING:
    from signon.ui.campaign_tab import CampaignTab

# Lines of the missing-characters warning shown at once (the rest under
# "Show Details…").
MISSING_SHOWN = 12


class ExportTab(QObject):
    """Not the tab (that is `signon.ui.export_tab.ExportTab`): the translation
    context of the counted texts below. pyside6-lupdate reads a plural only
    from `Class.tr(text, "", n)` and takes the class's name as the context,
    the one the .ts files hold these texts under."""


def choose_output(parent: QWidget | None, fmt: str, suggested: Path) -> Path | None:
    """Ask where to write; the format's extension is added when missing."""
    ext = EXTENSIONS[fmt]
    name = translate("ExportTab", dict(FORMATS)[fmt])
    chosen = dialogs.choose_save_file(
        parent, translate("ExportTab", "Export the letter"), str(suggested),
        translate("ExportTab", "{format} (*{extension});;All files (*)").format(format=name,
                                                                        extension=ext))
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ext else path.with_name(path.name + ext)


#: What the person asked of "Export finished" (`exported_message`).
OPEN_FILE, OPEN_FOLDER = "file", "folder"


def exported_message(parent: QWidget | None, path: Path) -> str:
    """Say where the file went; `OPEN_FILE` or `OPEN_FOLDER` when the person
    asks to open the file or its folder, "" for OK. Shown through
    `dialogs.exec_dialog`, so tests click its real buttons (`openFileButton`,
    `openFolderButton`)."""
    box = dialogs.message_box(
        parent, QMessageBox.Icon.Information, translate("ExportTab", "Export finished"),
        translate("ExportTab", "The letter was written to\n{path}").format(path=path),
        "exportDoneDialog")
    file = box.addButton(translate("ExportTab", "Open file"), QMessageBox.ButtonRole.ActionRole)
    file.setObjectName("openFileButton")
    folder = box.addButton(translate("ExportTab", "Open folder"), QMessageBox.ButtonRole.ActionRole)
    folder.setObjectName("openFolderButton")
    ok = box.addButton(QMessageBox.StandardButton.Ok)
    ok.setObjectName("exportDoneOkButton")
    box.setDefaultButton(ok)
    box.setEscapeButton(ok)
    dialogs.exec_dialog(box)
    clicked = box.clickedButton()
    return OPEN_FILE if clicked is file else OPEN_FOLDER if clicked is folder else ""


def confirm_missing_glyphs(parent: QWidget | None, missing: list[MissingGlyphs]) -> bool:
    """Say which signatories' names hold characters no bundled font can
    draw, one line each, before anything is written; True to export anyway.

    Shown through `dialogs.exec_dialog`, so tests answer it by clicking its
    real buttons (`exportAnywayButton`, `cancelExportButton`). Cancel is the
    default: a letter that misprints a name should take a deliberate click."""
    signatories = sum(1 for m in missing if m.signatory)
    if signatories:
        text = ExportTab.tr("%Ln signatories have characters that no font of the letter "
                            "can draw.", "", signatories)
    else:
        text = translate("ExportTab",
                         "The letter's text has characters that no font of the letter can draw.")
    lines = [translate("ExportTab", "{signatory}: {characters}").format(
        signatory=printable(m.signatory) if m.signatory
        else translate("ExportTab", "The letter's text"), characters=m.codes) for m in missing]
    shown = lines[:MISSING_SHOWN]
    if len(lines) > MISSING_SHOWN:
        shown.append(ExportTab.tr("… and %Ln more", "", len(lines) - MISSING_SHOWN))
    box = dialogs.message_box(parent, QMessageBox.Icon.Warning,
                              translate("ExportTab", "Characters the letter cannot show"), text,
                              "missingGlyphsDialog")
    box.setInformativeText("\n".join(shown) + "\n\n" + translate(
        "ExportTab", "The PDF prints {replacement} in their place; Word and web pages show "
        "them only where the reader has a font for them.").format(replacement=REPLACEMENT))
    if len(lines) > MISSING_SHOWN:
        box.setDetailedText("\n".join(lines))
    anyway = box.addButton(translate("ExportTab", "Export anyway"),
                           QMessageBox.ButtonRole.AcceptRole)
    anyway.setObjectName("exportAnywayButton")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("cancelExportButton")
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    dialogs.exec_dialog(box)
    return box.clickedButton() is anyway


def open_file(path: Path) -> None:
    """The exported file in the program the desktop opens it with."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def open_folder(path: Path) -> None:
    """The folder that holds the exported file, in the file manager."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def last_export_folder() -> Path:
    """Where the next export's file dialog starts: the folder of the last
    export, remembered between runs, while it exists; else the home folder."""
    stored = ui_settings().get(EXPORT_FOLDER)
    folder = Path(stored) if isinstance(stored, str) and stored else None
    return folder if folder is not None and folder.is_dir() else Path.home()


def remember_export_folder(folder: Path) -> None:
    settings = ui_settings()
    settings.put(EXPORT_FOLDER, str(folder))
    settings.sync()


class LetterExport(QObject):
    """The tab's Export…, Cancel and Copy HTML snippet; `worker` is the
    export being written (None when none is). `tab` is the ExportTab (typed
    by its base class: the tab's module imports this one)."""

    def __init__(self, tab: CampaignTab):
        super().__init__(tab)
        self.tab = tab
        self.worker: Worker | None = None
        self.last_path: Path | None = None

    def export(self) -> None:
        """Ask for a file, then write it off the GUI thread."""
        tab = self.tab
        letter = tab.build_letter()
        if letter is None or self.worker is not None:
            return
        fmt = tab.fmt
        letters = [letter]
        if tab.bilingual:  # a side-by-side PDF
            letters.append(tab.source.letter(tab.options(), language=tab.bilingual))
        missing = missing_glyphs(fmt, letters)
        if missing and not confirm_missing_glyphs(tab, missing):
            tab.status.setText(translate("ExportTab", "Export cancelled; no file was written."))
            return
        path = choose_output(tab, fmt, tab.last_dir / file_name(letter.document_title, fmt))
        if path is None:
            return
        tab.last_dir = path.parent
        remember_export_folder(path.parent)
        self.run(Worker(self._write, fmt, path, letters, campaign_id=tab.campaign_id,
                           paper=tab.paper_combo.currentData(),
                           columns=tab.columns_combo.currentData(), logo=tab.logo,
                           without_private=tab.privacy.options().get("without_private", False)),
                 path)

    def run(self, worker: Worker, path: Path) -> None:
        """Write `path` with `worker` (the letter, or a published edition):
        progress, Cancel, then "Export finished"."""
        tab = self.tab
        self.worker = worker
        worker.describe(translate("ExportTab", "An export to {file} is still being written. "
                                               "Cancelling it leaves no file.").format(
            file=path.name))
        worker.signals.progress.connect(self._on_progress)
        worker.signals.finished.connect(self._on_finished)
        worker.signals.failed.connect(self._on_failed)
        worker.signals.cancelled.connect(self._on_cancelled)
        tab.progress_bar.setRange(0, 0)
        tab.progress_bar.show()
        tab.cancel_button.show()
        tab.cancel_button.setEnabled(True)
        tab.status.setText(translate("ExportTab", "Writing {file}…").format(file=path.name))
        tab.sync_enabled()
        worker.start()

    def _write(self, fmt: str, path: Path, letters: list[Letter], *, progress,
               **options) -> Path:
        """Off the GUI thread: the export dispatcher, with the options read
        from the widgets before. The campaign file's writer reports no step
        of its own, so the tab says what it does."""
        if fmt == "campaign":
            progress.step(0, 0, translate("ExportTab", "Writing the campaign file"))
        return write_export(fmt, path, letters, db=self.tab.db, progress=progress, **options)

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.tab.cancel_button.setEnabled(False)
            self.tab.status.setText(translate("ExportTab", "Cancelling…"))

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.tab.progress_bar.setRange(0, total)
            self.tab.progress_bar.setValue(done)
        if message:
            self.tab.status.setText(message + "…")

    def _finish(self) -> None:
        self.worker = None
        self.tab.progress_bar.hide()
        self.tab.cancel_button.hide()
        self.tab.sync_enabled()

    def _on_finished(self, path) -> None:
        self._finish()
        self.last_path = Path(path)
        self.tab.status.setText(translate("ExportTab", "Exported to {path}").format(
            path=self.last_path))
        choice = exported_message(self.tab, self.last_path)
        if choice == OPEN_FILE:
            open_file(self.last_path)
        elif choice == OPEN_FOLDER:
            open_folder(self.last_path)

    def _on_failed(self, message: str) -> None:
        self._finish()
        self.tab.status.setText(translate("ExportTab", "Export failed: {message}").format(
            message=message))
        dialogs.error(self.tab, message, translate("ExportTab", "Export failed"))

    def _on_cancelled(self) -> None:
        self._finish()
        self.tab.status.setText(translate("ExportTab", "Export cancelled; no file was written."))

    def copy_html_snippet(self) -> None:
        from signon.exchange.html_export import render_html

        tab = self.tab
        if tab.source is None:
            return
        # for a website: the public letter, whatever the delivery-copy box says
        public = replace(tab.options(), delivery_copy=False)
        letter = tab.source.letter(public, language=tab.language)
        QGuiApplication.clipboard().setText(render_html(letter))
        self.tab.status.setText(translate(
            "ExportTab", "HTML snippet copied: paste it into your website or CMS."))
