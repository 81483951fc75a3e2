"""The Data box: which data set, its size, noise and train/test split, regenerate, load a CSV."""

from __future__ import annotations

from dataclasses import replace

from PySide6 import QtCore, QtWidgets

from core.data import DATASETS, list_datasets
from core.studio.experiment import DataChoice, with_preset
from gui.controls.common import combo, dspin, quiet, spin
from gui.studio.studio import Studio

CSV = "__csv__"


class DataBox(QtWidgets.QGroupBox):
    """Edits studio.experiment.data; any change rebuilds the data and restarts training."""

    csv_requested = QtCore.Signal()  # "Load CSV…" pressed; the window's file actions answer it

    def __init__(self, studio: Studio, parent=None):
        super().__init__("Data", parent)
        self._studio = studio
        self.setToolTip("The examples the network learns from")
        self.dataset_combo = combo([(name, name) for name, _ in list_datasets()],
                                   "Which data set to learn")
        for i, (_, description) in enumerate(list_datasets()):
            self.dataset_combo.setItemData(i, description, QtCore.Qt.ItemDataRole.ToolTipRole)
        self.samples_spin = spin(4, 100_000, 500, "How many points to generate", "")
        self.noise_spin = dspin(0.0, 1.0, 0.1, 0.05,
                                "How much the points are blurred across the class boundary")
        self.train_spin = spin(10, 100, 80, "Share of the points used for training; the rest "
                               "form the test set, which the network never learns from", " %")
        self.regenerate_button = QtWidgets.QPushButton("Regenerate")
        self.regenerate_button.setToolTip("Draw a new random sample of this data set (new data "
                                          "seed); training restarts")
        self.csv_button = QtWidgets.QPushButton("Load CSV…")
        self.csv_button.setToolTip("Train on your own data: a CSV file with one row per sample, "
                                   "numeric inputs and the target in the last column")
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
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setVerticalSpacing(4)
        layout.addRow("Data set", self.dataset_combo)
        layout.addRow("Samples", self.samples_spin)
        layout.addRow("Noise", self.noise_spin)
        layout.addRow("Training", self.train_spin)
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
        self._on_experiment_changed(studio.experiment)

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
                self.dataset_combo.setItemText(i, f"CSV: {ds.name}")
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
            self.train_spin.setEnabled(data.name != "xor" or bool(data.csv_path))
            self.regenerate_button.setEnabled(synthetic)
        kind = "classes: " + ", ".join(ds.class_names) if ds.class_names else "regression"
        self.summary.setText(f"{len(ds.X_train)} training / {len(ds.X_test)} test samples, "
                             f"{ds.n_inputs} inputs → {ds.n_outputs} outputs ({kind})")
        self.dataset_combo.setToolTip(self.dataset_combo.currentData(
            QtCore.Qt.ItemDataRole.ToolTipRole) or "Which data set to learn")

    # ---- widgets -> model ----
    def _on_dataset_chosen(self, index: int) -> None:
        name = self.dataset_combo.itemData(index)
        if name == CSV:
            return
        data = DataChoice(name=name, seed=self._studio.experiment.data.seed)
        exp, preset = with_preset(self._studio.experiment, data)
        if self._studio.change_experiment(exp, f"Data set changed to {name}"):
            self.show_preset(name, preset)
        else:
            self._on_experiment_changed(self._studio.experiment)  # put the widgets back

    def show_preset(self, name: str, preset) -> None:
        """Say which preset the data set brought (hidden again when there is none)."""
        self._preset_of = name if preset is not None else None
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
        self._apply(changed, "Data changed")

    def _on_regenerate_clicked(self) -> None:
        data = self._studio.experiment.data
        self._apply(replace(data, seed=data.seed + 1), "New random data drawn")

    def _apply(self, data: DataChoice, why: str) -> None:
        exp = self._studio.experiment
        if not self._studio.change_experiment(exp.with_(data=data), why):
            self._on_experiment_changed(self._studio.experiment)  # put the widgets back

