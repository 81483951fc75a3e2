"""Tooltip texts of the network graph, in the seed's notation: a weight's name, value and last Δw;
a unit's net input and activation."""

from __future__ import annotations

import numpy as np

from core.teaching.notation import (
    index_letter,
    sub,
    unit_letter,
    unit_name,
    weight_description,
    weight_kind,
    weight_name,
)

_SUB_LETTER = {"i": "ᵢ", "j": "ⱼ", "k": "ₖ"}
_FUNCTION = {"sigmoid": "σ", "tanh": "tanh", "relu": "ReLU", "linear": "", "softmax": "softmax"}


def fmt(v: float | None) -> str:
    """A value for people: 4 decimals in the usual range, scientific outside it."""
    if v is None or not np.isfinite(v):
        return "—" if v is None else str(v)
    v = float(v)
    if v == 0.0:
        return "0"
    if 1e-3 <= abs(v) < 1e4:
        return f"{v:.4f}"
    return f"{v:.3e}"


def edge_tooltip(l: int, to: int, frm: int, n_layers: int, value: float, delta: float | None,
                 delta_label: str = "last Δw") -> str:  # fmt: skip
    """E.g. 'w₁₂   (w_kj, from h₂ to o₁)\\nw₁₂ = 0.8312\\nlast Δw = -0.0021' (frm == −1: bias)."""
    name = weight_name(l, to, frm, n_layers)
    kind = weight_kind(l, frm, n_layers)
    lines = [f"{name}   ({kind}, {weight_description(l, to, frm, n_layers)})", f"{name} = {fmt(value)}"]
    lines.append(f"{delta_label} = {fmt(delta)}" if delta is not None else f"{delta_label}: none yet")
    return "\n".join(lines)


def node_tooltip(layer: int, unit: int, sizes, activations, W, b, acts) -> str:
    """Name, role, net input and activation of a unit (acts: [x, h, …, o] or None)."""
    n_layers = len(sizes)
    name = unit_name(layer, unit, n_layers)
    if layer == 0:
        role = f"input {unit + 1} of {sizes[0]}"
    elif layer == n_layers - 1:
        role = f"output unit {unit + 1} of {sizes[-1]}"
    else:
        role = f"hidden unit {unit + 1} of {sizes[layer]}"
        if n_layers > 3:
            role += f" in hidden layer {layer}"
    lines = [f"{name}   ({role})"]
    have = acts is not None and len(acts) == n_layers
    if layer == 0:
        lines.append(f"{name} = {fmt(acts[0][unit])}" if have else "no sample shown")
        return "\n".join(lines)
    l = layer - 1
    bias_name = weight_name(l, unit, -1, n_layers)
    lines.append(f"bias {bias_name} = {fmt(b[l][unit])}")
    if have:
        net = float(W[l][unit] @ np.asarray(acts[l], dtype=np.float64) + b[l][unit])
        i = _SUB_LETTER[index_letter(l, n_layers)]
        src = unit_letter(l, n_layers)
        net_name = "net" + sub(unit + 1)
        lines.append(f"{net_name} = Σ{i} w{sub(unit + 1)}{i} {src}{i} + {bias_name} = {fmt(net)}")
        f = _FUNCTION.get(activations[l], activations[l])
        rhs = f"{f}({net_name})" if f else net_name
        lines.append(f"{name} = {rhs} = {fmt(acts[layer][unit])}")
    else:
        lines.append("no sample shown")
    return "\n".join(lines)
