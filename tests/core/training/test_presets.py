"""Every named data set learns from its preset: headless, seeded, to the stated test accuracy (R²
for regression) within the stated number of samples; the command line uses the same presets."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from core.cli.arguments import build_parser
from core.cli.train import setup_training
from core.data import DATASETS
from core.training.presets import PRESETS, SEED, preset_for
from tests.core.data.test_downloads import cache, server, source  # noqa: F401 - fixtures

ROOT = Path(__file__).resolve().parents[3]


def _score(net, X, T, task: str, scaling) -> float:
    """Test accuracy (argmax, or o ≥ 0.5 for one output) or R² in the data's units, by hand."""
    O = net.forward(X)
    if task == "classification":
        pred = (O[:, 0] >= 0.5) if O.shape[1] == 1 else np.argmax(O, axis=1)
        true = (T[:, 0] >= 0.5) if T.shape[1] == 1 else np.argmax(T, axis=1)
        return float(np.mean(pred == true))
    if scaling is not None:
        O, T = scaling.invert(O), scaling.invert(T)
    return float(1 - np.sum((T - O) ** 2) / np.sum((T - T.mean()) ** 2))


def _train(argv: list[str], samples: int):
    trainer, dataset = setup_training(build_parser().parse_args(["train", *argv]))
    trainer.run(samples=samples)
    X, T = (dataset.X_test, dataset.T_test) if len(dataset.X_test) else (dataset.X_train,
                                                                          dataset.T_train)
    return trainer, dataset, _score(trainer.network, X, T, dataset.task, dataset.target_scaling)


DOWNLOADED = {n for n, info in DATASETS.items() if info.source == "download"}


def test_every_named_data_set_has_a_preset():
    """The combo box's and --dataset's names all have a preset, MNIST's measured on its real files
    (bench/presets.py --mnist-dir); Fashion-MNIST, whose files were not at hand, keeps the network
    in use. XOR keeps the seed's."""
    assert set(PRESETS) == {n for n in DATASETS if n not in DOWNLOADED} | {"mnist"}
    assert PRESETS["xor"] == SEED
    assert (SEED.hidden, SEED.hidden_activation, SEED.alpha, SEED.shuffle, SEED.loss) == (
        (2,), "sigmoid", 0.5, False, "sse")
    assert preset_for("a.csv") is None


@pytest.mark.parametrize("name", [n for n in PRESETS if n not in DOWNLOADED])
def test_preset_learns(name):
    """train --dataset NAME (seed 1, nothing else said) reaches the preset's stated figure."""
    preset = PRESETS[name]
    trainer, dataset, score = _train(["--dataset", name, "--seed", "1"], preset.within)
    net = trainer.network
    assert net.sizes[1:-1] == preset.hidden
    assert net.activations == (preset.hidden_activation,) * len(preset.hidden) + (
        preset.output_activation,)
    assert (trainer.hp.alpha, trainer.hp.shuffle) == (preset.alpha, preset.shuffle)
    assert trainer.counters.samples_seen == preset.within
    assert score >= preset.reaches, f"{name}: {score:.3f} < {preset.reaches} after {preset.within:,}"


def test_sorted_csv_learns_with_shuffle(tmp_path, capsys):
    """A CSV sorted by x (y = sin x, so neighbours' targets alike) learns with --shuffle: R² ≥ 0.8
    within 5,000 samples, where file order stays below it; in file order the CLI says why."""
    x = np.linspace(-3, 3, 300)
    path = tmp_path / "sine.csv"
    np.savetxt(path, np.column_stack([x, np.sin(x)]), delimiter=",", header="x,y", comments="")
    *_, shuffled = _train(["--csv", str(path), "--seed", "1", "--shuffle"], 5000)
    *_, in_order = _train(["--csv", str(path), "--seed", "1"], 5000)
    assert shuffled >= 0.8 > in_order
    assert "sorted by its target" in capsys.readouterr().err  # said once: in file order


def test_options_override_the_preset():
    """What the command line says wins over the preset; what it leaves unsaid comes from it."""
    args = ["--dataset", "spiral", "--hidden", "3", "--lr", "0.7", "--in-order", "--samples", "0"]
    trainer, _ = setup_training(build_parser().parse_args(["train", *args]))
    assert trainer.network.sizes == (2, 3, 1)
    assert trainer.network.activations == ("tanh", "sigmoid")  # unsaid: the spiral's
    assert (trainer.hp.alpha, trainer.hp.shuffle) == (0.7, False)


def test_cli_spiral_uses_its_preset():
    """`python main.py train --dataset spiral` trains the spiral preset's 2-16-16-1 tanh net."""
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "train", "--dataset", "spiral",
                           "--samples", "50000", "--quiet"], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert "network 2-16-16-1 tanh/tanh/sigmoid" in proc.stdout
    test_acc = float(proc.stdout.split("test ")[-1].split("%")[0])
    assert test_acc >= 95.0


def test_mnist_trains_with_its_preset(server, cache, monkeypatch):  # noqa: F811 - the fixtures
    """train --dataset mnist (a small MNIST-format fixture from a local server: no network) builds
    the preset's 784-30-10 sigmoid net with α 0.5, shuffled; its accuracy is bench/presets.py's."""
    from core.data import downloads

    url, _ = server
    monkeypatch.setitem(downloads.SOURCES, "mnist", source(url))
    trainer, dataset, _ = _train(["--dataset", "mnist", "--seed", "1"], 30)
    p = PRESETS["mnist"]
    assert trainer.network.sizes == (784, *p.hidden, 10) == (784, 30, 10)
    assert trainer.network.activations == ("sigmoid", "sigmoid") and trainer.network.loss == "sse"
    assert (trainer.hp.alpha, trainer.hp.shuffle) == (0.5, True)
