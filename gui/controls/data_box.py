"""The Data box: which data set, its size, noise and train/test split, regenerate, load a CSV."""

from __future__ import annotations

from dataclasses import replace

from PySide6 import QtCore, QtWidgets

from core.data import DATASETS, list_datasets
from core.studio.experiment import DataChoice, needs_background, with_preset
from gui.controls.common import combo, dspin, quiet, spin
from gui.i18n.retranslating import Retranslating
from gui.studio.studio import Studio

CSV = "__csv__"


def _label(name: str, description: str) -> str:
    """'MNIST (download)' for a downloaded set (its description's title), else the name."""
    return description.split(":")[0] if DATASETS[name].source == "download" else name


class DataBox(Retranslating, QtWidgets.QGroupBox):
    """Edits studio.experiment.data; any change rebuilds the data and restarts training."""

    csv_requested = QtCore.Signal()  # "Load CSV…" pressed; the window's file actions answer it
    # data that take a while to read or download (a CSV, MNIST): the window builds them on a
    # worker thread with a progress bar, then changes the experiment
    data_requested = QtCore.Signal(object, str)  # DataChoice, why

    def __init__(self, studio: Studio, parent=None):
        super().__init__(parent)
        self._studio = studio
        # downloaded sets show their title, e.g. "MNIST (download)", the others their name
        self.dataset_combo = combo([(_label(name, description), name)
                                    for name, description in list_datasets()], "")
        # long titles ("Fashion-MNIST (download)") must not widen the side panel
        self.dataset_combo.setSizeAdjustPolicy(
            QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.dataset_combo.setMinimumContentsLength(12)
        self.samples_spin = spin(4, 100_000, 500, "", "")
        self.noise_spin = dspin(0.0, 1.0, 0.1, 0.05, "")
        self.train_spin = spin(10, 100, 80, "", " %")
        self.regenerate_button = QtWidgets.QPushButton()
        self.csv_button = QtWidgets.QPushButton()
        self.summary = QtWidgets.QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #555;")
        self.preset_label = QtWidgets.QLabel()
        self.preset_label.setWordWrap(True)
        self.preset_label.setStyleSheet("color: #1d3f77;")
        self.preset_label.setToolTip(self.tr(
            "Picking a data set sets up a network and a learning rate that learn it; change any "
            "of them in the Network and Training boxes."))

        layout = QtWidgets.QFormLayout(self)
        self._form = layout
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setVerticalSpacing(4)
        for field in (self.dataset_combo, self.samples_spin, self.noise_spin, self.train_spin):
            layout.addRow(QtWidgets.QLabel(), field)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.regenerate_button)
        buttons.addWidget(self.csv_button)
        layout.addRow(buttons)
        layout.addRow(self.summary)
        layout.addRow(self.preset_label)
        self.preset_label.hide()
        self._preset_of: str | None = None  # the data set whose preset the label shows

        self.dataset_combo.currentIndexChanged.connect(self._on_dataset_chosen)
        for box in (self.samples_spin, self.noise_spin, self.train_spin):
            box.valueChanged.connect(self._on_value_edited)
        self.regenerate_button.clicked.connect(self._on_regenerate_clicked)
        self.csv_button.clicked.connect(self.csv_requested)
        studio.experiment_changed.connect(self._on_experiment_changed)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the current language (at start and on a language change)."""
        self.setTitle(self.tr("Data"))
        self.preset_label.setToolTip(self.tr(
            "Picking a data set sets up a network and a learning rate that learn it; change any "
            "of them in the Network and Training boxes."))
        if getattr(self, "_preset", None) is not None:
            self.show_preset(self._preset_of, self._preset)
        self.setToolTip(self.tr("The examples the network learns from"))
        for i, (name, description) in enumerate(list_datasets()):
            self.dataset_combo.setItemText(i, _label(name, description))
            self.dataset_combo.setItemData(i, description, QtCore.Qt.ItemDataRole.ToolTipRole)
        self.samples_spin.setToolTip(self.tr("How many points to generate"))
        self.noise_spin.setToolTip(self.tr("How much the points are blurred across the class boundary"))
        self.train_spin.setToolTip(self.tr("Share of the points used for training; the rest form the test "
                                           "set, which the network never learns from"))
        self.regenerate_button.setText(self.tr("Regenerate"))
        self.regenerate_button.setToolTip(self.tr("Draw a new random sample of this data set (new data "
                                                  "seed); training restarts"))
        self.csv_button.setText(self.tr("Load CSV…"))
        self.csv_button.setToolTip(self.tr("Train on your own data: a CSV file with one row per sample, "
                                           "numeric inputs and the target in the last column, or in a "
                                           "column headed label, target or class"))
        for field, text in ((self.dataset_combo, self.tr("Data set")), (self.samples_spin, self.tr("Samples")),
                            (self.noise_spin, self.tr("Noise")), (self.train_spin, self.tr("Training"))):
            self._form.labelForField(field).setText(text)
        self._on_experiment_changed(self._studio.experiment)

    # ---- model -> widgets ----
    def _on_experiment_changed(self, exp) -> None:
        data, ds = exp.data, self._studio.dataset
        if data.csv_path or data.name != self._preset_of:
            self.preset_label.hide()  # another data set than the one whose preset is shown
        widgets = (self.dataset_combo, self.samples_spin, self.noise_spin, self.train_spin)
        with quiet(*widgets):
            if data.csv_path:
                if self.dataset_combo.findData(CSV) < 0:
                    self.dataset_combo.addItem("", CSV)
                i = self.dataset_combo.findData(CSV)
                self.dataset_combo.setItemText(i, self.tr("CSV: {name}").format(name=ds.name))
                self.dataset_combo.setItemData(i, data.csv_path, QtCore.Qt.ItemDataRole.ToolTipRole)
                self.dataset_combo.setCurrentIndex(i)
                info = None
            else:
                self.dataset_combo.setCurrentIndex(self.dataset_combo.findData(data.name))
                info = DATASETS[data.name]
            synthetic = info is not None and info.source == "synthetic" and data.name != "xor"
            n_all = len(ds.X_train) + (0 if data.name == "xor" else len(ds.X_test))
            self.samples_spin.setValue(data.n or (info.n if synthetic else n_all) or n_all)
            self.noise_spin.setValue(data.noise if data.noise is not None
                                     else (info.noise or 0.0) if info else 0.0)
            fraction = data.train_fraction
            if fraction is None:
                fraction = info.train_fraction if info else 0.8
            self.train_spin.setValue(round(100 * fraction))
            self.samples_spin.setEnabled(synthetic)
            self.noise_spin.setEnabled(synthetic)
            fixed_split = data.name == "xor" or (info is not None and info.source == "download")
            self.train_spin.setEnabled(bool(data.csv_path) or not fixed_split)
            self.regenerate_button.setEnabled(synthetic)
        kind = (self.tr("classes: {names}").format(names=", ".join(ds.class_names)) if ds.class_names
                else self.tr("regression"))
        self.summary.setText(self.tr("{train} training / {test} test samples, {inputs} → {outputs} ({kind})").format(
            train=len(ds.X_train), test=len(ds.X_test), kind=kind,
            inputs=self.tr("%n input(s)", "", ds.n_inputs), outputs=self.tr("%n output(s)", "", ds.n_outputs)))
        self.dataset_combo.setToolTip(self.dataset_combo.currentData(
            QtCore.Qt.ItemDataRole.ToolTipRole) or self.tr("Which data set to learn"))

    # ---- widgets -> model ----
    def _on_dataset_chosen(self, index: int) -> None:
        name = self.dataset_combo.itemData(index)
        if name == CSV:
            return
        data = DataChoice(name=name, seed=self._studio.experiment.data.seed)
        if needs_background(data):  # downloaded (or read) on a worker, with a progress bar
            self._on_experiment_changed(self._studio.experiment)
            self.data_requested.emit(data, self.tr("Data set changed to {name}").format(name=name))
            return
        exp, preset = with_preset(self._studio.experiment, data)
        if self._studio.change_experiment(exp, self.tr("Data set changed to {name}").format(name=name)):
            self.show_preset(name, preset)
        else:
            self._on_experiment_changed(self._studio.experiment)  # put the widgets back

    def show_preset(self, name: str, preset) -> None:
        """Say which preset the data set brought (hidden again when there is none)."""
        self._preset_of = name if preset is not None else None
        self._preset = preset
        if preset is None:
            self.preset_label.hide()
            return
        order = (self.tr("shuffled each epoch") if preset.shuffle else self.tr("in file order"))
        self.preset_label.setText(self.tr(
            "Preset for {name}: hidden layers {hidden} ({activation}), α {alpha}, {order}. "
            "Change any of it below.").format(
                name=name, hidden=", ".join(map(str, preset.hidden)),
                activation=preset.hidden_activation, alpha=f"{preset.alpha:g}", order=order))
        self.preset_label.show()

    def _on_value_edited(self, _value) -> None:
        data = self._studio.experiment.data
        if data.name == "xor" and not data.csv_path:
            return
        synthetic = not data.csv_path and DATASETS[data.name].source == "synthetic"
        changed = replace(data, train_fraction=self.train_spin.value() / 100,
                          n=self.samples_spin.value() if synthetic else None,
                          noise=self.noise_spin.value() if synthetic else None)
        self._apply(changed, self.tr("Data changed"))

    def _on_regenerate_clicked(self) -> None:
        data = self._studio.experiment.data
        self._apply(replace(data, seed=data.seed + 1), self.tr("New random data drawn"))

    def _apply(self, data: DataChoice, why: str) -> None:
        exp = self._studio.experiment
        if needs_background(data):
            self._on_experiment_changed(exp)  # the widgets show the old data until it arrives
            self.data_requested.emit(data, why)
            return
        if not self._studio.change_experiment(exp.with_(data=data), why):
            self._on_experiment_changed(self._studio.experiment)  # put the widgets back

