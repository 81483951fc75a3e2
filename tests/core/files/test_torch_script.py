"""Tests for core/files/torch_script.py: the generated script compiles and passes ruff for every
output and loss, holds the app's outputs exactly, and is written beside its .npz files. (It is run
under torch, outside this project's environment, by bench/torch_export.py.)"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from core.checks.errors import DataError
from core.engine.hyperparams import Hyperparams
from core.engine.network import Network
from core.files.torch_script import save_torch_script
from core.files.weights import WeightsBundle, load_weights

RUFF = Path(sys.executable).with_name("ruff")


def constants(source: str) -> dict:
    """The script's module-level constants, read without running it."""
    out = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            try:
                out[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                pass
    return out


@pytest.mark.parametrize("sizes, acts, loss", [
    ((2, 2, 1), ("sigmoid", "sigmoid"), "sse"),
    ((4, 5, 3), ("tanh", "softmax"), "cross_entropy"),
    ((3, 4, 4, 1), ("relu", "relu", "sigmoid"), "cross_entropy"),
    ((2, 3, 2), ("linear", "linear"), "sse"),
])
def test_script_compiles_passes_ruff_and_holds_the_apps_outputs(tmp_path, sizes, acts, loss):
    """For each kind of network: compile() and ruff accept the script; its CHECK_O is exactly
    net.forward(CHECK_X); its rule constants are the run's; the .npz beside it loads back."""
    rng = np.random.default_rng(3)
    net = Network(sizes, acts, loss, rng.normal(size=Network(sizes, acts, loss).n_params))
    X = rng.normal(size=(10, sizes[0]))
    T = np.eye(sizes[-1])[rng.integers(0, sizes[-1], 10)] if sizes[-1] > 1 else (X[:, :1] > 0) * 1.0
    hp = Hyperparams(alpha=0.3, batch_size=4, momentum=0.5, l2=0.01, shuffle=True)
    written = save_torch_script(tmp_path / "model.py", WeightsBundle.from_network(net), X, T, hp)
    assert [p.name for p in written] == ["model.py", "model.npz", "model-data.npz"]
    source = (tmp_path / "model.py").read_text()
    compile(source, "model.py", "exec")
    proc = subprocess.run([str(RUFF), "check", "--no-cache", "--isolated", "--select",
                           "E,F,W,I,B,UP", "--line-length", "100", str(tmp_path / "model.py")],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout
    c = constants(source)
    np.testing.assert_array_equal(c["CHECK_X"], X[:3])
    np.testing.assert_array_equal(c["CHECK_O"], net.forward(X[:3]))  # exact: shortest reprs
    assert (c["ALPHA"], c["BATCH"], c["MOMENTUM"], c["L2"], c["SHUFFLE"]) == (0.3, 4, 0.5, 0.01,
                                                                             True)
    assert np.array_equal(load_weights(tmp_path / "model.npz").to_network().params, net.params)
    with np.load(tmp_path / "model-data.npz", allow_pickle=False) as z:
        assert np.array_equal(z["X_train"], X) and np.array_equal(z["T_train"], T)
    assert "import torch" in source and "core" not in source.split('"""', 2)[2]


def test_only_py_is_accepted(tmp_path):
    """Another extension is refused before anything is written."""
    net = Network((2, 2, 1), ("sigmoid", "sigmoid"))
    with pytest.raises(DataError, match=r"\.py"):
        save_torch_script(tmp_path / "model.txt", WeightsBundle.from_network(net))
    assert list(tmp_path.iterdir()) == []
