"""Weights as an ONNX model (opset 17, float32) that runs the network on *raw* inputs.

Graph: input `x` [N, d] -> (Sub shift, Div scale, when the network was trained on normalised
inputs) -> per weight layer Gemm(a, W, b, transB=1) + activation (Sigmoid, Tanh, Relu, Softmax;
linear adds nothing) -> output `y` [N, m], the network's outputs. With regression target scaling a
second output `y_raw` = y * scale + shift gives values in the data's units. Class and feature names
go in the model's metadata. The `onnx` package is optional: it is imported only here, when saving.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np

from core.checks.errors import FileFormatError, MissingDependencyError
from core.files.atomic_write import atomic_write_bytes
from core.files.weights import WeightsBundle, check_bundle

OPSET = 17
IR_VERSION = 8  # the IR version that goes with opset 17; newer runtimes all read it
ONNX_OPS = {"sigmoid": "Sigmoid", "tanh": "Tanh", "relu": "Relu", "softmax": "Softmax"}


def _import_onnx():
    try:
        import onnx
        from onnx import helper, numpy_helper
    except ImportError:
        raise MissingDependencyError(
            "ONNX export needs the 'onnx' package: pip install onnx (or the dev extra)") from None
    return onnx, helper, numpy_helper


def build_onnx_model(bundle: WeightsBundle):
    """The onnx.ModelProto for `bundle`, checked with onnx.checker (full_check=True)."""
    onnx, helper, numpy_helper = _import_onnx()
    check_bundle(bundle)
    TensorProto = onnx.TensorProto
    d, m = bundle.sizes[0], bundle.sizes[-1]
    inits, nodes = [], []

    def const(name, array):
        array = np.asarray(array, dtype=np.float64)
        if np.any(np.abs(array) > np.finfo(np.float32).max):
            raise FileFormatError(f"ONNX stores float32, and {name} holds values beyond its range "
                                  f"(|v| up to {np.max(np.abs(array)):.3g}); export JSON or NPZ instead")
        inits.append(numpy_helper.from_array(array.astype(np.float32), name))
        return name

    a = "x"
    norm = bundle.input_norm
    if norm is not None and norm.kind != "none":
        nodes.append(helper.make_node("Sub", [a, const("norm_shift", norm.shift)], ["x_shifted"]))
        nodes.append(helper.make_node("Div", ["x_shifted", const("norm_scale", norm.scale)],
                                      ["x_norm"]))
        a = "x_norm"
    L = len(bundle.W)
    for l, act in enumerate(bundle.activations):
        net = f"net_{l + 1}"
        nodes.append(helper.make_node("Gemm", [a, const(f"W{l}", bundle.W[l]),
                                               const(f"b{l}", bundle.b[l])], [net], transB=1))
        out = "y" if l == L - 1 else f"a_{l + 1}"
        if act == "linear":
            nodes.append(helper.make_node("Identity", [net], [out]))
        elif act == "softmax":
            nodes.append(helper.make_node("Softmax", [net], [out], axis=-1))
        else:
            nodes.append(helper.make_node(ONNX_OPS[act], [net], [out]))
        a = out
    outputs = [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["N", m])]
    if bundle.target_scaling is not None:
        ts = bundle.target_scaling
        nodes.append(helper.make_node("Mul", ["y", const("target_scale", ts.scale)], ["y_scaled"]))
        nodes.append(helper.make_node("Add", ["y_scaled", const("target_shift", ts.shift)],
                                      ["y_raw"]))
        outputs.append(helper.make_tensor_value_info("y_raw", TensorProto.FLOAT, ["N", m]))
    graph = helper.make_graph(
        nodes, "backprop_studio_network",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["N", d])], outputs, inits)
    model = helper.make_model(graph, producer_name="backprop-studio",
                              opset_imports=[helper.make_opsetid("", OPSET)])
    model.ir_version = IR_VERSION
    meta = {"architecture": json.dumps({"sizes": list(bundle.sizes),
                                        "activations": list(bundle.activations),
                                        "loss": bundle.loss}, allow_nan=False),
            "class_names": json.dumps(bundle.class_names, allow_nan=False),
            "feature_names": json.dumps(bundle.feature_names, allow_nan=False),
            "provenance": json.dumps(bundle.provenance, allow_nan=False)}
    helper.set_model_props(model, meta)
    onnx.checker.check_model(model, full_check=True)
    return model


def save_weights_onnx(path: str | os.PathLike, bundle: WeightsBundle, *,
                      replace_read_only: bool = False) -> Path:
    """Write `bundle` as an .onnx model through the atomic writer."""
    return atomic_write_bytes(path, build_onnx_model(bundle).SerializeToString(),
                              replace_read_only=replace_read_only)
