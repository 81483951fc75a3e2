"""The Network box: hidden layers (0–6) and their units, activations and loss.

Any change builds a new network and restarts training. A combination the engine refuses
(cross-entropy with a linear output, softmax on one output, ...) is not applied: the widgets go
back and the status bar says why in plain words.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6 import QtCore, QtWidgets

from core.engine.activations import HIDDEN_ACTIVATIONS, OUTPUT_ACTIVATIONS
from core.studio.experiment import MAX_HIDDEN_LAYERS, MAX_UNITS
from gui.controls.common import combo, quiet, select_data, spin
from gui.i18n.retranslating import Retranslating
from gui.studio.studio import Studio

LOSS_NAMES = [("½ SSE (the seed's)", "sse"), ("cross-entropy", "cross_entropy")]  # English; shown via loss_names()


def loss_names() -> dict[str, str]:
    """The loss combo's texts in the current language."""
    translate = QtCore.QCoreApplication.translate
    return {"sse": translate("NetworkBox", "½ SSE (the seed's)"),
            "cross_entropy": translate("NetworkBox", "cross-entropy")}
NEW_LAYER_UNITS = 4


class LayerRow(Retranslating, QtWidgets.QWidget):
    """One hidden layer's unit count: [−] [n] [+]."""

    def __init__(self, index: int, units: int, on_changed, parent=None):
        super().__init__(parent)
        self._index = index
        self.spin = spin(1, MAX_UNITS, units, "")
        minus, plus = QtWidgets.QToolButton(), QtWidgets.QToolButton()
        self._minus, self._plus = minus, plus
        minus.setText("−")
        plus.setText("+")
        minus.clicked.connect(self.spin.stepDown)
        plus.clicked.connect(self.spin.stepUp)
        self.spin.valueChanged.connect(on_changed)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self._label = QtWidgets.QLabel()
        layout.addWidget(self._label)
        layout.addWidget(minus)
        layout.addWidget(self.spin, 1)
        layout.addWidget(plus)
        self.retranslate()

    def retranslate(self) -> None:
        n = self._index + 1
        self.spin.setToolTip(self.tr("Units in hidden layer {n}").format(n=n))
        self._minus.setToolTip(self.tr("One unit fewer in hidden layer {n}").format(n=n))
        self._plus.setToolTip(self.tr("One unit more in hidden layer {n}").format(n=n))
        self._label.setText(self.tr("layer {n}").format(n=n))


class NetworkBox(Retranslating, QtWidgets.QGroupBox):
    """Edits studio.experiment.arch."""

    def __init__(self, studio: Studio, parent=None):
        super().__init__(parent)
        self._studio = studio
        self.layers_spin = spin(0, MAX_HIDDEN_LAYERS, 1, "")
        self.hidden_combo = combo([(a, a) for a in HIDDEN_ACTIVATIONS], "")
        self.output_combo = combo([(a, a) for a in OUTPUT_ACTIVATIONS], "")
        self.loss_combo = combo([(key, key) for _, key in LOSS_NAMES], "")
        self.summary = QtWidgets.QLabel()
        self.summary.setStyleSheet("color: #555;")
        # wraps rather than widening the panel (64-512-512-512-10 network, 1,351,690 weights)
        self.summary.setWordWrap(True)
        self.summary.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored,
                                   QtWidgets.QSizePolicy.Policy.Preferred)
        self._rows_box = QtWidgets.QWidget()
        self._rows = QtWidgets.QVBoxLayout(self._rows_box)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(2)

        layout = QtWidgets.QFormLayout(self)
        self._form = layout
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setVerticalSpacing(4)
        layout.addRow(QtWidgets.QLabel(), self.layers_spin)
        layout.addRow(self._rows_box)
        layout.addRow(QtWidgets.QLabel(), self.hidden_combo)
        layout.addRow(QtWidgets.QLabel(), self.output_combo)
        layout.addRow(QtWidgets.QLabel(), self.loss_combo)
        layout.addRow(self.summary)

        self.layers_spin.valueChanged.connect(self._on_layer_count_changed)
        for box in (self.hidden_combo, self.output_combo, self.loss_combo):
            box.currentIndexChanged.connect(self._on_choice_changed)
        studio.experiment_changed.connect(self._on_experiment_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Network"))
        self.setToolTip(self.tr("The shape of the network: inputs and outputs come from the data"))
        self.layers_spin.setToolTip(self.tr("Number of hidden layers (0 = no hidden layer: a single-layer "
                                            "network, which cannot learn XOR)"))
        self.hidden_combo.setToolTip(self.tr("Activation f of every hidden unit: h_j = f(net_j)"))
        self.output_combo.setToolTip(self.tr("Activation of the output units: o_k = f(net_k)"))
        self.loss_combo.setToolTip(self.tr("The error E_n the network minimises for each sample"))
        for i, (_, key) in enumerate(LOSS_NAMES):
            self.loss_combo.setItemText(i, loss_names()[key])
        for field, text in ((self.layers_spin, self.tr("Hidden layers")), (self.hidden_combo, self.tr("Hidden act.")),
                            (self.output_combo, self.tr("Output act.")), (self.loss_combo, self.tr("Loss"))):
            self._form.labelForField(field).setText(text)
        self._on_experiment_changed(self._studio.experiment)

    def unit_spins(self) -> list[QtWidgets.QSpinBox]:
        return [self._rows.itemAt(i).widget().spin for i in range(self._rows.count())]

    # ---- model -> widgets ----
    def _on_experiment_changed(self, exp) -> None:
        arch = exp.arch
        with quiet(self.layers_spin, self.hidden_combo, self.output_combo, self.loss_combo):
            self.layers_spin.setValue(len(arch.hidden))
            select_data(self.hidden_combo, arch.hidden_activation)
            select_data(self.output_combo, arch.output_activation)
            select_data(self.loss_combo, arch.loss)
        self.hidden_combo.setEnabled(bool(arch.hidden))
        if [s.value() for s in self.unit_spins()] != list(arch.hidden):
            while self._rows.count():
                self._rows.takeAt(0).widget().deleteLater()
            for i, units in enumerate(arch.hidden):
                self._rows.addWidget(LayerRow(i, units, self._on_units_changed))
        sizes = self._studio.sizes
        n_weights = sum(sizes[i + 1] * (sizes[i] + 1) for i in range(len(sizes) - 1))
        shape = "-\u200b".join(map(str, sizes))  # a line may break after each dash
        self.summary.setText(self.tr("{shape} network, %n weight(s)", "", n_weights).format(shape=shape).replace(
            str(n_weights), f"{n_weights:,}", 1))

    # ---- widgets -> model ----
    def _on_layer_count_changed(self, count: int) -> None:
        hidden = list(self._studio.experiment.arch.hidden)[:count]
        hidden += [hidden[-1] if hidden else NEW_LAYER_UNITS] * (count - len(hidden))
        self._apply(hidden=tuple(hidden))

    def _on_units_changed(self, _value: int) -> None:
        self._apply(hidden=tuple(s.value() for s in self.unit_spins()))

    def _on_choice_changed(self, _index: int) -> None:
        self._apply(hidden_activation=self.hidden_combo.currentData(),
                    output_activation=self.output_combo.currentData(),
                    loss=self.loss_combo.currentData())

    def _apply(self, **changes) -> None:
        exp = self._studio.experiment
        arch = replace(exp.arch, **changes)
        if arch == exp.arch:
            return
        why = self.tr("Network changed")
        if not self._studio.change_experiment(exp.with_(arch=arch), why):
            self._on_experiment_changed(self._studio.experiment)  # put the widgets back
