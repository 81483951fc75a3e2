"""What the window trains, as plain values: the data recipe, the architecture, the hyperparameters
and the initialisation. `build_trainer` turns an Experiment into a core Trainer.

Qt-free on purpose, so the controls, the settings file and the tests all speak the same language.
The default is the seed's: 2-2-1, sigmoid everywhere, ½ SSE, α = 0.5, online, on XOR.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace

from core.data import DATASETS, make_dataset
from core.engine.hyperparams import Hyperparams
from core.engine.network import Network, check_architecture
from core.engine.weight_init import InitSpec
from core.i18n import translate
from core.training.presets import Preset, preset_for
from core.training.trainer import Trainer

MAX_HIDDEN_LAYERS = 6
MAX_UNITS = 512


@dataclass(frozen=True)
class DataChoice:
    """A named data set (see core.data.DATASETS) or a CSV file (csv_path set).

    n, noise, train_fraction: None means the data set's default; seed picks the random draw.
    """

    name: str = "xor"
    n: int | None = None
    noise: float | None = None
    train_fraction: float | None = None
    seed: int = 0
    csv_path: str | None = None

    def label(self) -> str:
        return f"CSV {self.csv_path}" if self.csv_path else self.name


@dataclass(frozen=True)
class Architecture:
    """Hidden layer sizes (inputs and outputs come from the data), activations and loss."""

    hidden: tuple[int, ...] = (2,)
    hidden_activation: str = "sigmoid"
    output_activation: str = "sigmoid"
    loss: str = "sse"

    def activations(self) -> tuple[str, ...]:
        return (self.hidden_activation,) * len(self.hidden) + (self.output_activation,)


@dataclass(frozen=True)
class Experiment:
    """Everything needed to start a run from scratch."""

    data: DataChoice = field(default_factory=DataChoice)
    arch: Architecture = field(default_factory=Architecture)
    hp: Hyperparams = field(default_factory=Hyperparams)
    init: InitSpec = field(default_factory=InitSpec)

    def with_(self, **changes) -> Experiment:
        return replace(self, **changes)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["arch"]["hidden"] = list(self.arch.hidden)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> Experiment:
        """Inverse of to_dict; raises ValueError/TypeError/KeyError on anything malformed."""
        arch = dict(d["arch"])
        arch["hidden"] = tuple(int(n) for n in arch["hidden"])
        return cls(DataChoice(**d["data"]), Architecture(**arch),
                   Hyperparams.from_dict(d["hp"]), InitSpec(**d["init"]))


def with_preset(exp: Experiment, data: DataChoice) -> tuple[Experiment, Preset | None]:
    """`exp` on new data with the data set's preset (network, activations, loss, α, shuffle; and
    the seed's online rule: batch 1, no momentum, no L2): what the window does when a named set
    is picked. A CSV keeps the current network and rule; the initialisation is kept."""
    preset = None if data.csv_path else preset_for(data.name)
    if preset is None:
        return exp.with_(data=data), None
    arch = Architecture(preset.hidden, preset.hidden_activation, preset.output_activation,
                        preset.loss)
    # the update rule the preset was measured with: online, no momentum, no decay (the seed's)
    hp = exp.hp.with_(alpha=preset.alpha, shuffle=preset.shuffle, batch_size=1, momentum=0.0, l2=0.0)
    return exp.with_(data=data, arch=arch, hp=hp), preset


def build_dataset(choice: DataChoice, output_activation: str, progress=None):
    """The Dataset for `choice`, its targets encoded for the output activation.

    Raises core.checks.errors.BackpropStudioError (DataError, FileFormatError) with a plain message.
    progress(done, total) gets bytes read or downloaded, and may raise Cancelled.
    """
    if choice.csv_path:
        from core.data.csv_reader import load_csv
        from core.files.kind import refuse_weights_table

        refuse_weights_table(choice.csv_path)
        kwargs = {"output_activation": output_activation, "seed": choice.seed}
        if choice.train_fraction is not None:
            kwargs["train_fraction"] = choice.train_fraction
        return load_csv(choice.csv_path, progress=progress, **kwargs)
    info = DATASETS[choice.name]
    kwargs = {"seed": choice.seed, "output_activation": output_activation}
    if info.source == "synthetic" and choice.name != "xor":
        kwargs.update(n=choice.n, noise=choice.noise, train_fraction=choice.train_fraction)
    elif info.source == "builtin":
        kwargs.update(train_fraction=choice.train_fraction)
    elif info.source == "download":
        kwargs.update(progress=progress)
    return make_dataset(choice.name, **kwargs)


def needs_background(choice: DataChoice) -> bool:
    """True when building this data reads a file or the network: the window does it on a worker
    thread with a progress bar, not on the GUI thread."""
    return bool(choice.csv_path) or DATASETS[choice.name].source == "download"


def sizes_for(arch: Architecture, dataset) -> tuple[int, ...]:
    """Layer sizes (d, hidden..., m) for this architecture on this data."""
    return (dataset.n_inputs, *arch.hidden, dataset.n_outputs)


def check(arch: Architecture, dataset) -> None:
    """Raise ValueError in plain words if this network cannot train on this data."""
    if len(arch.hidden) > MAX_HIDDEN_LAYERS:
        raise ValueError(translate(
            "Experiment", "at most {max_hidden_layers} hidden layers").format(
            max_hidden_layers=MAX_HIDDEN_LAYERS))
    check_architecture(sizes_for(arch, dataset), arch.activations(), arch.loss)


def build_trainer(exp: Experiment, dataset) -> Trainer:
    """A fresh Trainer for `exp` on `dataset`; weights from exp.init (same seed, same weights)."""
    check(exp.arch, dataset)
    net = Network(sizes_for(exp.arch, dataset), exp.arch.activations(), exp.arch.loss)
    return Trainer(net, dataset, exp.hp, exp.init)


def experiment_for(trainer: Trainer, dataset) -> Experiment:
    """The Experiment describing an existing trainer and its data (e.g. from a session file).

    The window shows one hidden activation: with mixed ones, the first hidden layer's is shown.
    """
    net, spec = trainer.network, dataset.spec or {}
    acts = net.activations
    arch = Architecture(tuple(net.sizes[1:-1]), acts[0] if len(acts) > 1 else "sigmoid",
                        acts[-1], net.loss)
    if spec.get("source") == "csv":
        data = DataChoice(name=dataset.name, seed=int(spec.get("options", {}).get("seed", 0)),
                          train_fraction=spec.get("options", {}).get("train_fraction"),
                          csv_path=spec.get("path"))
    elif spec.get("generator") in DATASETS:
        synthetic = spec.get("source") == "synthetic" and spec["generator"] != "xor"
        data = DataChoice(name=spec["generator"], seed=int(spec.get("seed", 0)),
                          n=spec.get("n") if synthetic else None,
                          noise=spec.get("noise") if synthetic else None,
                          train_fraction=None if spec["generator"] == "xor"
                          else spec.get("train_fraction"))
    else:
        data = DataChoice(name=dataset.name)
    return Experiment(data, arch, trainer.hp, trainer.init)
