"""The Training box: α (live), batch size, momentum, L2, shuffling, and the weight initialisation.

Hyperparameters apply live, from the engine's next sample; a new initialisation restarts training.
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from core.data.ordering import sorted_by_target
from core.engine.hyperparams import Hyperparams
from core.engine.weight_init import INIT_SCHEMES, InitSpec
from gui.controls.common import combo, dspin, quiet, select_data, spin
from gui.controls.log_slider import LogSlider
from gui.i18n.retranslating import Retranslating
from gui.studio.studio import Studio


def init_names() -> dict[str, str]:
    """The initialisation combo's texts in the current language."""
    translate = QtCore.QCoreApplication.translate
    return {"uniform": translate("TrainingBox", "uniform ±r"), "glorot": translate("TrainingBox", "Glorot (Xavier)"),
            "he": translate("TrainingBox", "He (for ReLU)")}


class TrainingBox(Retranslating, QtWidgets.QGroupBox):
    """Edits studio.experiment.hp (live) and studio.experiment.init (restarts)."""

    def __init__(self, studio: Studio, parent=None):
        super().__init__(parent)
        self._studio = studio
        # up to α = 1000: far past where any of these networks diverges, so a learner can see it happen
        self.alpha = LogSlider(1e-4, 1000.0, 0.5, "")
        self.batch_spin = spin(1, 4096, 1, "")
        self.momentum_spin = dspin(0.0, 0.99, 0.0, 0.05, "")
        self.l2_spin = dspin(0.0, 1.0, 0.0, 0.0001, "")
        self.shuffle_box = QtWidgets.QCheckBox()
        # Said when the data is sorted by its target and visited in that order: always in view,
        # not folded under "More" with the shuffle box (the button shuffles, which unfolds it).
        self.sorted_note = QtWidgets.QLabel()
        self.sorted_note.setWordWrap(True)
        self.sorted_note.setStyleSheet("color: #8a4b00;")
        self.sorted_button = QtWidgets.QPushButton()
        self.sorted_button.clicked.connect(self._on_shuffle_clicked)
        self._sorted = None  # (dataset, SortedOrder or None) of the data last checked
        self.init_combo = combo([(s, s) for s in INIT_SCHEMES], "")
        self.range_spin = dspin(0.01, 10.0, 1.0, 0.1, "")
        self.seed_spin = spin(0, 1_000_000, 1, "")

        layout = QtWidgets.QFormLayout(self)
        self._form = layout
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setVerticalSpacing(4)
        layout.addRow("α", self.alpha)
        layout.addRow(QtWidgets.QLabel(), self.batch_spin)
        layout.addRow(self.sorted_note)
        layout.addRow(self.sorted_button)
        # The rest is folded away at first, so "Stop when" is in view on a laptop screen; it
        # unfolds by itself when any of it differs from the seed's plain rule.
        self.more_button = QtWidgets.QToolButton()
        self.more_button.setCheckable(True)
        self.more_button.setToolButtonStyle(QtCore.Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_button.setArrowType(QtCore.Qt.ArrowType.RightArrow)
        self.more_button.setAutoRaise(True)
        layout.addRow(self.more_button)
        self._more_rows = []
        for widget in (self.momentum_spin, self.l2_spin, self.shuffle_box, self.init_combo, self.range_spin,
                       self.seed_spin):
            if widget is self.shuffle_box:
                layout.addRow(widget)
            else:
                layout.addRow(QtWidgets.QLabel(), widget)
            self._more_rows.append(layout.rowCount() - 1)
        self._layout = layout
        self.more_button.toggled.connect(self._on_more_toggled)
        self._on_more_toggled(False)

        self.alpha.value_changed.connect(self._on_hyperparam_edited)
        for box in (self.batch_spin, self.momentum_spin, self.l2_spin):
            box.valueChanged.connect(self._on_hyperparam_edited)
        self.shuffle_box.toggled.connect(self._on_hyperparam_edited)
        self.init_combo.currentIndexChanged.connect(self._on_init_edited)
        self.range_spin.valueChanged.connect(self._on_init_edited)
        self.seed_spin.valueChanged.connect(self._on_init_edited)
        studio.experiment_changed.connect(self._on_experiment_changed)
        studio.hyperparams_changed.connect(self._on_hyperparams_changed)
        self.retranslate()
        self._on_experiment_changed(studio.experiment)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Training"))
        self.setToolTip(self.tr("How the weights are updated: Δw = α δ · input"))
        self.alpha.set_tip(self.tr("Learning rate α: how far each update moves the weights; applied at once, "
                                   "even while training (too large and it diverges)"))
        self.batch_spin.setToolTip(self.tr("Samples whose updates are averaged before the weights change "
                                           "(1 = online, the seed's rule)"))
        self.momentum_spin.setToolTip(self.tr("Momentum μ: keep this share of the previous update "
                                              "(0 = the seed's plain rule)"))
        self.l2_spin.setToolTip(self.tr("L2 weight decay λ: pulls every weight towards 0 at each update "
                                        "(biases are not decayed)"))
        self.more_button.setText(self.tr("More: momentum, decay, initialisation"))
        self.more_button.setToolTip(self.tr("Show or hide momentum, L2 decay, shuffling and how "
                                            "the initial weights are drawn"))
        self.shuffle_box.setText(self.tr("shuffle samples each epoch"))
        self.sorted_button.setText(self.tr("Shuffle each epoch"))
        self.sorted_button.setToolTip(self.tr("Turn on a fresh random order every epoch"))
        self.shuffle_box.setToolTip(self.tr("Visit the samples in a new random order every epoch (off: in "
                                            "file order, as the seed does)"))
        self.init_combo.setToolTip(self.tr("How the initial weights are drawn; changing it restarts training"))
        for i, scheme in enumerate(INIT_SCHEMES):
            self.init_combo.setItemText(i, init_names()[scheme])
        self.range_spin.setToolTip(self.tr("Initial weights are drawn uniformly from (−r, r); restarts training"))
        self.seed_spin.setToolTip(self.tr("Random seed of the initial weights: the same seed always gives the "
                                          "same weights; restarts training"))
        for field, text in ((self.batch_spin, self.tr("Batch size")), (self.momentum_spin, self.tr("Momentum")),
                            (self.l2_spin, self.tr("L2 decay")), (self.init_combo, self.tr("Init")),
                            (self.range_spin, self.tr("Init range r")), (self.seed_spin, self.tr("Init seed"))):
            self._form.labelForField(field).setText(text)
        self._show_sorted_note(self._studio.experiment.hp)

    def _on_more_toggled(self, shown: bool) -> None:
        self.more_button.setArrowType(QtCore.Qt.ArrowType.DownArrow if shown
                                      else QtCore.Qt.ArrowType.RightArrow)
        for row in self._more_rows:
            self._layout.setRowVisible(row, shown)

    # ---- model -> widgets ----
    def _on_experiment_changed(self, exp) -> None:
        self._on_hyperparams_changed(exp.hp)
        with quiet(self.init_combo, self.range_spin, self.seed_spin):
            select_data(self.init_combo, exp.init.scheme)
            self.range_spin.setValue(exp.init.r)
            self.seed_spin.setValue(exp.init.seed)
        self.range_spin.setEnabled(exp.init.scheme == "uniform")
        self._unfold_if_not_plain()
        self._show_sorted_note(exp.hp)

    def _unfold_if_not_plain(self) -> None:
        """Unfold "More" when a value there differs from the seed's plain rule, so it is seen."""
        exp, plain = self._studio.experiment, InitSpec()
        if ((exp.init.scheme, exp.init.r) != (plain.scheme, plain.r)
                or (exp.hp.momentum, exp.hp.l2, exp.hp.shuffle) != (0.0, 0.0, False)):
            self.more_button.setChecked(True)

    def _on_hyperparams_changed(self, hp: Hyperparams) -> None:
        self.alpha.set_value(hp.alpha)
        with quiet(self.batch_spin, self.momentum_spin, self.l2_spin, self.shuffle_box):
            self.batch_spin.setValue(hp.batch_size)
            self.momentum_spin.setValue(hp.momentum)
            self.l2_spin.setValue(hp.l2)
            self.shuffle_box.setChecked(hp.shuffle)
        self._unfold_if_not_plain()
        self._show_sorted_note(hp)
        shown = self._shown(hp)
        if shown != hp:
            # A value beyond a control's range or precision (a session saved by the command
            # line, say): train with what the controls show, and say so, so they never disagree.
            self._studio.set_hyperparams(shown)
            names = {"alpha": "α", "batch_size": self.tr("Batch size"), "momentum": self.tr("Momentum"),
                     "l2": self.tr("L2 decay")}  # the controls' own labels
            changed = ", ".join(f"{name} {getattr(hp, k):g} → {getattr(shown, k):g}"
                                for k, name in names.items() if getattr(hp, k) != getattr(shown, k))
            text = self.tr("Beyond the controls' range, now used as shown: {changes}.").format(changes=changed)
            # after the notice of whatever brought these values (e.g. "Session … opened")
            QtCore.QTimer.singleShot(0, lambda: self._studio.notice_posted.emit(text))

    def _show_sorted_note(self, hp: Hyperparams) -> None:
        """Say so when the data is sorted by its target and the samples are visited in that
        order, with a button that shuffles them each epoch."""
        ds = self._studio.dataset
        if self._sorted is None or self._sorted[0] is not ds:
            self._sorted = (ds, sorted_by_target(ds))
        found = self._sorted[1]
        if found is not None and found.kind == "classes":
            text = self.tr("The training samples are sorted by class (up to {longest} of one "
                           "class in a row): in this order each class undoes what the one before "
                           "taught.").format(longest=found.longest)
        elif found is not None:
            text = self.tr("The training samples are sorted (neighbouring targets are alike): "
                           "in this order the network fits one end of the data, then forgets "
                           "it for the other.")
        show = found is not None and not hp.shuffle
        if show:
            self.sorted_note.setText(text)
        self.sorted_note.setVisible(show)
        self.sorted_button.setVisible(show)

    def _on_shuffle_clicked(self) -> None:
        self.shuffle_box.setChecked(True)  # toggled → _on_hyperparam_edited applies it

    def _shown(self, hp: Hyperparams) -> Hyperparams:
        """`hp` with the values the widgets show (the same as hp unless one was clamped)."""
        return hp.with_(alpha=self.alpha.value(), batch_size=self.batch_spin.value(),
                        momentum=self.momentum_spin.value(), l2=self.l2_spin.value(),
                        shuffle=self.shuffle_box.isChecked())

    # ---- widgets -> model ----
    def _on_hyperparam_edited(self, _value=None) -> None:
        was = self._studio.experiment.hp
        hp = self._shown(was)
        if hp != was:
            self._studio.set_hyperparams(hp)
            n_train = len(self._studio.dataset.X_train)
            if hp.batch_size != was.batch_size and hp.batch_size > n_train:  # as the command line says it
                self._studio.notice_posted.emit(self.tr(
                    "Batch size {batch} is larger than the {n} training samples: every update uses the whole "
                    "epoch (full-batch gradient descent).").format(batch=f"{hp.batch_size:,}", n=f"{n_train:,}"))

    def _on_init_edited(self, _value=None) -> None:
        exp = self._studio.experiment
        init = InitSpec(self.init_combo.currentData(), self.range_spin.value(),
                        self.seed_spin.value())
        if init != exp.init and not self._studio.change_experiment(
                exp.with_(init=init), self.tr("Initialisation changed")):
            self._on_experiment_changed(self._studio.experiment)
