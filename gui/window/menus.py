"""The menu bar: File (sessions, weights, CSV data, pictures, error history, Quit), Training,
View (the Learn panel, backprop view, animation, old runs) and Help.

Each File action asks for a path, calls gui.window.file_actions, and reports the outcome in the status bar; a
failure is a dialog in plain words and changes nothing else.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtGui, QtWidgets

from core.files.kind import FileKind
from core.studio.experiment import Architecture, DataChoice, experiment_for
from gui.window import dialogs
from gui.window import file_actions as files
from gui.window.dialogs import busy
from gui.window.practice_actions import lesson_menu_actions
from gui.window.recent_files import RecentFiles, fill_menu
from gui.window.settings import folder_or_home

WEIGHT_FORMATS = (("JSON", "json"), ("NPZ", "npz"), ("CSV", "csv"), ("ONNX", "onnx"))


class FileActions:
    """Handlers of the File menu for `window` (a MainWindow: studio, views, settings)."""

    def __init__(self, window):
        self._w = window
        self.recent = RecentFiles(window.settings)

    # ---- paths ----
    def _folder(self) -> str:
        return folder_or_home(self._w.settings.text("last_folder", str(Path.home())))

    def _remember(self, path: str) -> None:
        self._w.settings.set_value("last_folder", str(Path(path).parent))

    def _save_path(self, title: str, suggestion: str, filters: str) -> str:
        path = files.ask_save_path(self._w, title, str(Path(self._folder()) / suggestion), filters)
        if path:
            self._remember(path)
        return path

    def _open_path(self, title: str, filters: str) -> str:
        path = files.ask_open_path(self._w, title, self._folder(), filters)
        if path:
            self._remember(path)
        return path

    def _run(self, title: str, fn, *args, done: str = "") -> bool:
        """Write a file with fn(*args); a read-only target is replaced only if the user says so."""
        try:
            try:
                with busy(self._w, "Working…"):
                    fn(*args)
            except files.ReadOnlyTargetError as exc:
                if not files.ask_replace_read_only(self._w, exc.path):
                    self._w.statusBar().showMessage(str(exc), 6000)
                    return False
                with busy(self._w, "Working…"):
                    fn(*args, replace_read_only=True)
        except files.FileActionError as exc:
            self._w.report_problem(title, str(exc))
            return False
        if done:
            self._w.statusBar().showMessage(done, 6000)
        return True

    # ---- weights ----
    def export_weights(self, ext: str) -> None:
        frame = self._w.studio.frame
        if frame is None:
            return
        path = self._save_path(f"Export weights as {ext.upper()}", f"weights.{ext}",
                               f"{ext.upper()} files (*.{ext})")
        if path:
            self._run("Could not export the weights", files.save_weights, path, frame.snapshot,
                      self._w.studio.dataset, done=f"Weights saved to {path}.")

    def import_weights(self) -> None:
        path = self._open_path("Import weights", "Weights (*.json *.npz)")
        if path:
            self.import_weights_file(path)

    def import_weights_file(self, path: str) -> bool:
        try:
            with busy(self._w, f"Reading {Path(path).name}…"):
                bundle = files.load_weights(path)
        except files.FileActionError as exc:
            self._w.report_problem("Could not import the weights", str(exc))
            return False
        studio, ds = self._w.studio, self._w.studio.dataset
        sizes = tuple(bundle.sizes)
        if (sizes[0], sizes[-1]) != (ds.n_inputs, ds.n_outputs):
            self._w.report_problem("Could not import the weights", (
                f"the weights are for a {'-'.join(map(str, sizes))} network: {sizes[0]} inputs and "
                f"{sizes[-1]} outputs, but the data set {ds.name} has {ds.n_inputs} inputs and "
                f"{ds.n_outputs} outputs. Choose a matching data set first."))
            return False
        hidden_acts = set(bundle.activations[:-1])
        arch = Architecture(sizes[1:-1], hidden_acts.pop() if hidden_acts else
                            studio.experiment.arch.hidden_activation,
                            bundle.activations[-1], bundle.loss)
        if len(hidden_acts) > 0:
            self._w.report_problem("Could not import the weights", "the weights use different "
                                   "activations in different hidden layers, which this window "
                                   "cannot show")
            return False
        if arch != studio.experiment.arch and not studio.change_experiment(
                studio.experiment.with_(arch=arch), "Network changed to fit the imported weights"):
            return False
        studio.set_weights(bundle.to_network().params)
        self._w.statusBar().showMessage(f"Weights loaded from {path}.", 6000)
        self.recent.add(path)
        return True

    # ---- data ----
    def load_csv(self) -> None:
        path = self._open_path("Load a CSV data set", "CSV files (*.csv *.tsv *.txt);;All (*)")
        if path:
            self.load_csv_file(path)

    def load_csv_file(self, path: str) -> bool:
        """Train on the CSV at `path`; False, and a dialog saying why, when it cannot be used (as
        every other file error)."""
        studio = self._w.studio
        data = DataChoice(name=Path(path).stem, csv_path=path)
        with busy(self._w, f"Reading {Path(path).name}…"):
            ok = studio.change_experiment(studio.experiment.with_(data=data), "Loaded " + Path(path).name,
                                          problem_title="Could not open the data")
        if ok:
            self.recent.add(path)
        return ok

    # ---- pictures and history ----
    def export_picture(self, which: str, ext: str) -> None:
        widget = self._w.graph_view if which == "graph" else self._w.error_plot.plot_widget
        path = self._save_path(f"Export the {which} as {ext.upper()}", f"{which}.{ext}",
                               f"{ext.upper()} (*.{ext})")
        if path:
            self._run(f"Could not export the {which}", files.save_picture, widget, path,
                      f"Backprop Studio {which}", done=f"{which.capitalize()} saved to {path}.")

    def export_history(self) -> None:
        frame = self._w.studio.frame
        if frame is None:
            return
        path = self._save_path("Export the error history", "error-history.csv", "CSV (*.csv)")
        if path:
            self._run("Could not export the error history", files.save_history_csv, path,
                      frame.snapshot.history, frame.n_train, done=f"Error history saved to {path}.")

    # ---- sessions ----
    def save_session(self) -> None:
        path = self._save_path("Save session", "session.json", "Sessions (*.json)")
        if path:
            self._run("Could not save the session", files.save_session, path, self._w.studio,
                      done=f"Session saved to {path}.")

    def open_session(self) -> None:
        path = self._open_path("Open session", "Sessions (*.json);;All (*)")
        if path:
            self.open_session_file(path)

    def open_session_file(self, path: str) -> bool:
        try:
            with busy(self._w, f"Reading {Path(path).name}…"):
                trainer, dataset = files.load_session(path)
        except files.FileActionError as exc:
            self._w.report_problem("Could not open the session", str(exc))
            return False
        self._w.studio.adopt(trainer, dataset, experiment_for(trainer, dataset),
                             f"Session {Path(path).name} opened: epoch {trainer.counters.epoch:,}, "
                             f"{trainer.counters.samples_seen:,} samples seen.")
        self.recent.add(path)
        return True

    # ---- any of them: given on the command line, dropped on the window, File ▸ Open recent ----
    def open_file(self, path: str) -> bool:
        """Open a session, weights or CSV data, whichever `path` holds (`backprop-studio FILE`, a
        file dropped on the window, an Open recent entry); a file that cannot be opened is a dialog
        in plain words and changes nothing (a file gone since leaves the recent list)."""
        try:
            kind = files.file_kind(path)
        except files.FileActionError as exc:
            self._w.report_problem("Could not open the file", str(exc))
            if not Path(path).exists():
                self.recent.remove(str(Path(path).resolve()))
            return False
        self._remember(path)
        if kind is FileKind.SESSION:
            return self.open_session_file(path)
        if kind is FileKind.WEIGHTS:
            return self.import_weights_file(path)
        return self.load_csv_file(path)  # its refusal is a dialog too


def _add(menu: QtWidgets.QMenu, text: str, slot, shortcut: str = "", tip: str = "") -> QtGui.QAction:
    action = menu.addAction(text)
    action.triggered.connect(slot)
    if shortcut:
        action.setShortcut(QtGui.QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    return action


def build_menus(window, file_actions: FileActions) -> dict[str, QtGui.QAction]:
    """Fill window's menu bar; returns the actions by name (for tests and shortcuts)."""
    bar, fa, acts = window.menuBar(), file_actions, {}
    file_menu = bar.addMenu("&File")
    acts["open_session"] = _add(file_menu, "Open session…", fa.open_session, "Ctrl+O",
                                "Continue a saved session: network, data, weights and history")
    acts["save_session"] = _add(file_menu, "Save session…", fa.save_session, "Ctrl+S",
                                "Save everything, to continue later exactly where you are")
    recent = file_menu.addMenu("Open recent")
    recent.setObjectName("open_recent")
    recent.aboutToShow.connect(lambda: fill_menu(recent, fa.recent, fa.open_file))
    fill_menu(recent, fa.recent, fa.open_file)
    acts["open_recent"] = recent.menuAction()
    file_menu.addSeparator()
    acts.update(lesson_menu_actions(file_menu, window.practice))
    file_menu.addSeparator()
    acts["load_csv"] = _add(file_menu, "Load CSV data…", fa.load_csv, "",
                            "Train on your own data from a CSV file")
    acts["import_weights"] = _add(file_menu, "Import weights…", fa.import_weights, "",
                                  "Load weights saved as JSON or NPZ")
    export = file_menu.addMenu("Export weights as")
    for label, ext in WEIGHT_FORMATS:
        acts[f"export_{ext}"] = _add(export, f"{label}…", lambda _=False, e=ext:
                                     fa.export_weights(e), "", f"Save the current weights as {label}")
    pictures = file_menu.addMenu("Export picture")
    for which in ("graph", "plot"):
        for ext in ("png", "svg"):
            acts[f"{which}_{ext}"] = _add(pictures, f"{which.capitalize()} as {ext.upper()}…",
                                          lambda _=False, w=which, e=ext: fa.export_picture(w, e))
    acts["export_history"] = _add(file_menu, "Export error history as CSV…", fa.export_history,
                                  "", "Save the E plot's numbers")
    file_menu.addSeparator()
    acts["quit"] = _add(file_menu, "Quit", window.close, "Ctrl+Q")

    edit_menu = bar.addMenu("&Edit")
    stack = window.studio.undo_stack
    acts["undo"] = stack.createUndoAction(window, "Undo")
    acts["undo"].setShortcuts([QtGui.QKeySequence("Ctrl+Z")])
    acts["undo"].setStatusTip("Go back to the weights and settings before the last reset, new "
                              "init, edited weight, or data or network change")
    acts["redo"] = stack.createRedoAction(window, "Redo")
    acts["redo"].setShortcuts([QtGui.QKeySequence("Ctrl+Shift+Z"), QtGui.QKeySequence("Ctrl+Y")])
    acts["redo"].setStatusTip("Do again what Undo took back")
    edit_menu.addAction(acts["undo"])
    edit_menu.addAction(acts["redo"])

    train_menu = bar.addMenu("&Training")
    for action in window.training_actions.all():
        train_menu.addAction(action)
    train_menu.addSeparator()
    train_menu.addAction(window.practice.your_turn)
    acts["your_turn"] = window.practice.your_turn

    view_menu = bar.addMenu("&View")
    learn = window.learn_dock.toggleViewAction()
    learn.setText("Learn panel")
    learn.setShortcut(QtGui.QKeySequence("Ctrl+L"))
    learn.setStatusTip("Show or hide the derivation, unit pictures, weights and metrics")
    view_menu.addAction(learn)
    acts["learn_panel"] = learn
    for action in window.teaching_actions.all():
        view_menu.addAction(action)
    view_menu.addSeparator()
    acts["clear_old_runs"] = _add(view_menu, "Clear old runs", window.studio.clear_old_runs, "",
                                  "Remove the faded error curves of earlier runs")

    help_menu = bar.addMenu("&Help")
    acts["derivation"] = _add(help_menu, "The derivation…",
                              lambda: window.show_dialog(dialogs.derivation_dialog), "F1",
                              "The equations of backpropagation, as the seed writes them")
    acts["shortcuts"] = _add(help_menu, "Keyboard shortcuts…",
                             lambda: window.show_dialog(dialogs.shortcuts_dialog))
    acts["about"] = _add(help_menu, "About Backprop Studio…",
                         lambda: window.show_dialog(dialogs.about_dialog))
    return acts
