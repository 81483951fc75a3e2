"""The File menu's actions: each asks for a path, calls gui/window/files/file_actions.py (the reads and
writes), and reports the outcome in the status bar; a failure is a dialog in plain words and changes
nothing else. `open_file` opens whatever a path holds (a session, weights or CSV data): from the
command line, a drop on the window, or File ▸ Open recent.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore

from core.files import session
from core.files.kind import FileKind
from core.studio.experiment import Architecture, DataChoice, build_dataset, experiment_for
from gui.window.dialogs import busy
from gui.window.files import file_actions as files
from gui.window.files.recent_files import RecentFiles
from gui.window.settings import folder_or_home

WEIGHT_FORMATS = (("JSON", "json"), ("NPZ", "npz"), ("CSV", "csv"), ("ONNX", "onnx"))


class FileActions(QtCore.QObject):
    """Handlers of the File menu for `window` (a MainWindow: studio, views, settings)."""

    def __init__(self, window):
        super().__init__(window)
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
                with busy(self._w, self.tr("Working…")):
                    fn(*args)
            except files.ReadOnlyTargetError as exc:
                if not files.ask_replace_read_only(self._w, exc.path):
                    self._w.statusBar().showMessage(str(exc), 6000)
                    return False
                with busy(self._w, self.tr("Working…")):
                    fn(*args, replace_read_only=True)
        except files.FileActionError as exc:
            self._w.report_problem(title, str(exc))
            return False
        if done:
            self._w.statusBar().showMessage(done, 6000)
        return True

    def _reading(self, path: str) -> str:
        return self.tr("Reading {file}…").format(file=Path(path).name)

    # ---- weights ----
    def export_weights(self, ext: str) -> None:
        frame = self._w.studio.frame
        if frame is None:
            return
        fmt = ext.upper()
        path = self._save_path(self.tr("Export weights as {format}").format(format=fmt), f"weights.{ext}",
                               self.tr("{format} files (*.{ext})").format(format=fmt, ext=ext))
        if path:
            self._run(self.tr("Could not export the weights"), files.save_weights, path, frame.snapshot,
                      self._w.studio.dataset, done=self.tr("Weights saved to {path}.").format(path=path))

    def export_torch(self) -> None:
        """The network as a PyTorch script, with its weights and training data beside it (written
        on a worker thread: the data of a big set are hundreds of MB)."""
        frame, studio = self._w.studio.frame, self._w.studio
        if frame is None:
            return
        path = self._save_path(self.tr("Export a PyTorch script"), "model.py", self.tr("Python (*.py)"))
        if not path:
            return
        dataset, hp = studio.dataset, studio.experiment.hp
        self._w.background.start(
            QtCore.QCoreApplication.translate("FileActions", "Writing {name}…").format(
                name=Path(path).name),
            lambda progress: files.save_torch_script(path, frame.snapshot, dataset, hp),
            lambda written: self._w.statusBar().showMessage(
                QtCore.QCoreApplication.translate(
                    "FileActions", "PyTorch script saved to {path}, with {files} beside it; run it "
                    "with torch installed: python {name}").format(
                    path=path, files=", ".join(p.name for p in written[1:]),
                    name=Path(path).name), 10000),
            QtCore.QCoreApplication.translate("FileActions", "Could not export the script"))

    def import_weights(self) -> None:
        path = self._open_path(self.tr("Import weights"), self.tr("Weights (*.json *.npz)"))
        if path:
            self.import_weights_file(path)

    def import_weights_file(self, path: str) -> bool:
        title = self.tr("Could not import the weights")
        try:
            with busy(self._w, self._reading(path)):
                bundle = files.load_weights(path)
        except files.FileActionError as exc:
            self._w.report_problem(title, str(exc))
            return False
        studio, ds = self._w.studio, self._w.studio.dataset
        sizes = tuple(bundle.sizes)
        if (sizes[0], sizes[-1]) != (ds.n_inputs, ds.n_outputs):
            self._w.report_problem(title, self.tr(
                "the weights are for a {shape} network: {inputs} inputs and {outputs} outputs, but the "
                "data set {name} has {data_inputs} inputs and {data_outputs} outputs. Choose a matching "
                "data set first.").format(shape="-".join(map(str, sizes)), inputs=sizes[0], outputs=sizes[-1],
                                          name=ds.name, data_inputs=ds.n_inputs, data_outputs=ds.n_outputs))
            return False
        hidden_acts = set(bundle.activations[:-1])
        arch = Architecture(sizes[1:-1], hidden_acts.pop() if hidden_acts else
                            studio.experiment.arch.hidden_activation,
                            bundle.activations[-1], bundle.loss)
        if len(hidden_acts) > 0:
            self._w.report_problem(title, self.tr(
                "the weights use different activations in different hidden layers, which this window "
                "cannot show"))
            return False
        if arch != studio.experiment.arch and not studio.change_experiment(
                studio.experiment.with_(arch=arch), self.tr("Network changed to fit the imported weights")):
            return False
        studio.set_weights(bundle.to_network().params)
        self._w.statusBar().showMessage(self.tr("Weights loaded from {path}.").format(path=path), 6000)
        self.recent.add(path)
        return True

    # ---- data ----
    def load_csv(self) -> None:
        path = self._open_path(self.tr("Load a CSV data set"),
                               self.tr("CSV files (*.csv *.tsv *.txt);;All files (*)"))
        if path:
            self.load_csv_file(path)

    def load_csv_file(self, path: str) -> bool:
        """Train on the CSV at `path`, read on a worker thread (progress bar, Cancel); a refusal
        is a dialog, as every other file error. True: the read has started."""
        self.load_data(DataChoice(name=Path(path).stem, csv_path=path),
                       self.tr("Loaded {file}").format(file=Path(path).name), self.tr("Could not open the data"),
                       recent=path)
        return True

    def load_data(self, data: DataChoice, why: str, problem_title: str | None = None,
                  recent: str | None = None) -> None:
        """Read a CSV or fetch a downloadable set on a worker thread (progress bar, Cancel), then
        restart training on it; a problem is the usual dialog and changes nothing. `recent`: the
        file to add to File ▸ Open recent once it is in use."""
        studio = self._w.studio
        exp = studio.experiment.with_(data=data)
        output = exp.arch.output_activation
        name = Path(data.csv_path).name if data.csv_path else data.name

        def loaded(dataset) -> None:
            if studio.change_experiment(exp, why, problem_title=problem_title,
                                        dataset=dataset) and recent:
                self.recent.add(recent)

        self._w.background.start(
            QtCore.QCoreApplication.translate("FileActions", "Reading {name}…").format(name=name),
            lambda progress: build_dataset(data, output, progress), loaded,
            problem_title or QtCore.QCoreApplication.translate("FileActions",
                                                               "Could not load the data"))

    # ---- pictures and history ----
    def export_picture(self, which: str, ext: str) -> None:
        widget = self._w.graph_view if which == "graph" else self._w.error_plot.plot_widget
        fmt = ext.upper()
        if which == "graph":
            title, failed = self.tr("Export the graph as {format}"), self.tr("Could not export the graph")
            done, doc = self.tr("Graph saved to {path}."), self.tr("Backprop Studio graph")
        else:
            title, failed = self.tr("Export the plot as {format}"), self.tr("Could not export the plot")
            done, doc = self.tr("Plot saved to {path}."), self.tr("Backprop Studio error plot")
        path = self._save_path(title.format(format=fmt), f"{which}.{ext}",
                               self.tr("{format} (*.{ext})").format(format=fmt, ext=ext))
        if path:
            self._run(failed, files.save_picture, widget, path, doc, done=done.format(path=path))

    def export_history(self) -> None:
        frame = self._w.studio.frame
        if frame is None:
            return
        path = self._save_path(self.tr("Export the error history"), "error-history.csv", self.tr("CSV (*.csv)"))
        if path:
            self._run(self.tr("Could not export the error history"), files.save_history_csv, path,
                      frame.snapshot.history, frame.n_train,
                      done=self.tr("Error history saved to {path}.").format(path=path))

    # ---- sessions ----
    def save_session(self) -> None:
        path = self._save_path(self.tr("Save session"), "session.json", self.tr("Sessions (*.json)"))
        if path:
            self._run(self.tr("Could not save the session"), files.save_session, path, self._w.studio,
                      done=self.tr("Session saved to {path}.").format(path=path))

    def open_session(self) -> None:
        path = self._open_path(self.tr("Open session"), self.tr("Sessions (*.json);;All files (*)"))
        if path:
            self.open_session_file(path)

    def open_session_file(self, path: str) -> bool:
        """Read the session on a worker thread (progress bar, Cancel), then continue it. True:
        the read has started; a problem arrives later as the usual dialog."""
        notes: list[str] = []

        def opened(result) -> None:
            trainer, dataset = result
            c = trainer.counters
            opened_text = self.tr("Session {file} opened: epoch {epoch}, %n sample(s) seen.", "",
                                  c.samples_seen).format(file=Path(path).name, epoch=f"{c.epoch:,}")
            self._w.studio.adopt(trainer, dataset, experiment_for(trainer, dataset),
                                 " ".join([opened_text, *notes]))
            self.recent.add(path)

        self._w.background.start(
            QtCore.QCoreApplication.translate("FileActions", "Reading {name}…").format(
                name=Path(path).name),
            lambda progress: session.load_session(path, notes=notes, progress=progress),
            opened, QtCore.QCoreApplication.translate("FileActions", "Could not open the session"))
        return True

    # ---- any of them: given on the command line, dropped on the window, File ▸ Open recent ----
    def open_file(self, path: str) -> bool:
        """Open a session, weights or CSV data, whichever `path` holds (`backprop-studio FILE`, a
        file dropped on the window, an Open recent entry); a file that cannot be opened is a dialog
        in plain words and changes nothing (a file gone since leaves the recent list)."""
        try:
            kind = files.file_kind(path)
        except files.FileActionError as exc:
            self._w.report_problem(self.tr("Could not open the file"), str(exc))
            if not Path(path).exists():
                self.recent.remove(str(Path(path).resolve()))
            return False
        self._remember(path)
        if kind is FileKind.SESSION:
            return self.open_session_file(path)
        if kind is FileKind.WEIGHTS:
            return self.import_weights_file(path)
        return self.load_csv_file(path)  # its refusal is a dialog too
