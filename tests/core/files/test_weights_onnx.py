"""Tests for core/files/weights_onnx.py: a valid opset-17 model that agrees with the engine."""

import subprocess
import sys
from pathlib import Path

import numpy as np
import onnx
import onnxruntime as ort
import pytest

from core.checks.errors import MissingDependencyError
from core.data import make_dataset
from core.engine.network import Network
from core.engine.weight_init import InitSpec
from core.files.weights import WeightsBundle
from core.files.weights_onnx import build_onnx_model, save_weights_onnx

ROOT = Path(__file__).resolve().parents[3]


def run(path, X):
    sess = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    return sess.run(None, {"x": np.asarray(X, dtype=np.float32)})


@pytest.mark.parametrize("sizes, acts, loss, dataset", [
    ((2, 2, 1), ("sigmoid", "sigmoid"), "sse", "xor"),
    ((4, 6, 3), ("tanh", "softmax"), "cross_entropy", "iris"),
    ((2, 5, 4, 1), ("relu", "tanh", "linear"), "sse", "multi-gaussian"),
    ((64, 8, 10), ("relu", "sigmoid"), "sse", "digits"),
])
def test_agrees_with_engine_on_raw_inputs(tmp_path, sizes, acts, loss, dataset):
    """ONNX on raw inputs equals the engine on normalised inputs to 1e-6, for every activation."""
    out_act = acts[-1]
    ds = make_dataset(dataset, output_activation=out_act,
                      **({"normalise": "standardise"} if dataset not in ("digits", "iris") else {}))
    net = InitSpec("glorot", seed=3).apply(Network(sizes, acts, loss))
    for b in net.b:
        b[:] = np.linspace(-0.5, 0.5, b.size)
    path = save_weights_onnx(tmp_path / "m.onnx", WeightsBundle.from_network(net, ds))
    X = np.vstack([ds.X_train, ds.X_test])[:300]
    outputs = run(path, ds.input_norm.invert(X))
    np.testing.assert_allclose(outputs[0], net.forward(X), rtol=0, atol=1e-6)
    if ds.target_scaling is not None:  # second output in the data's own units
        np.testing.assert_allclose(outputs[1], ds.target_scaling.invert(net.forward(X)),
                                   rtol=1e-5, atol=1e-5)
    else:
        assert len(outputs) == 1


def test_model_structure_and_checker(tmp_path):
    """Opset 17, float32 input, Sub/Div normalisation, Gemm(transB=1) per layer; checker passes."""
    ds = make_dataset("iris")
    net = Network((4, 3, 3), ("sigmoid", "softmax"), "cross_entropy")
    path = save_weights_onnx(tmp_path / "m.onnx", WeightsBundle.from_network(net, ds))
    model = onnx.load(str(path))
    onnx.checker.check_model(model, full_check=True)
    assert [o.version for o in model.opset_import if o.domain in ("", "ai.onnx")] == [17]
    ops = [n.op_type for n in model.graph.node]
    assert ops == ["Sub", "Div", "Gemm", "Sigmoid", "Gemm", "Softmax"]
    gemms = [n for n in model.graph.node if n.op_type == "Gemm"]
    assert all(a.name == "transB" and a.i == 1 for n in gemms for a in n.attribute)
    assert model.graph.input[0].type.tensor_type.elem_type == onnx.TensorProto.FLOAT
    props = {p.key: p.value for p in model.metadata_props}
    assert '"setosa"' in props["class_names"]


def test_no_normalisation_nodes_without_normalisation(tmp_path):
    """With normalisation 'none' the graph starts at the first Gemm."""
    net = Network((2, 2, 1))
    model = build_onnx_model(WeightsBundle.from_network(net, make_dataset("xor")))
    assert model.graph.node[0].op_type == "Gemm"


def test_missing_onnx_gives_clear_error(tmp_path, monkeypatch):
    """Without the onnx package, export says how to install it and writes nothing."""
    monkeypatch.setitem(sys.modules, "onnx", None)
    with pytest.raises(MissingDependencyError, match="pip install onnx"):
        save_weights_onnx(tmp_path / "m.onnx", WeightsBundle.from_network(Network((2, 1))))
    assert not (tmp_path / "m.onnx").exists()


def test_onnx_not_imported_by_the_rest_of_the_app(tmp_path):
    """Training, saving JSON/NPZ/CSV and sessions through the CLI never imports onnx."""
    code = (
        "import sys; from core.cli import main\n"
        f"rc = main(['train', '--dataset', 'xor', '--epochs', '2', '--quiet', '--export', "
        f"r'{tmp_path / 'w.json'}', '--export', r'{tmp_path / 'w.npz'}', '--export', "
        f"r'{tmp_path / 'w.csv'}', '--session', r'{tmp_path / 's.json'}'])\n"
        "assert rc == 0, rc\n"
        "assert 'onnx' not in sys.modules and 'onnxruntime' not in sys.modules\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr


def test_weights_beyond_float32_are_refused_not_written_as_inf(tmp_path):
    """A finite float64 weight too large for float32 is refused with a message; no file is written."""
    from core.checks.errors import FileFormatError

    net = Network([2, 2, 1])
    net.W[0][0, 0] = 1e300
    with pytest.raises(FileFormatError, match="float32"):
        save_weights_onnx(tmp_path / "w.onnx", WeightsBundle.from_network(net))
    assert not (tmp_path / "w.onnx").exists()
