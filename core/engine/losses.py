"""Loss functions E_n and the output delta δ_k = −∂E_n/∂net_k they give.

The seed's loss is E_n = ½ Σ_k (t_k − o_k)² with sigmoid outputs, whose output delta is
δ_k = (t_k − o_k) o_k (1 − o_k). Signs follow the seed: δ is −∂E/∂net, so every update is
Δw = +α δ · (input of the weight).
"""

from __future__ import annotations

import numpy as np

from core.engine.activations import derivative
from core.i18n import translate

LOSSES = ("sse", "cross_entropy")
LOSS_CODES = {"sse": 0, "cross_entropy": 1}
_EPS = 1e-300  # keeps log() finite when an output saturates to exactly 0 or 1


def loss_value(loss: str, o: np.ndarray, t: np.ndarray, output_activation: str) -> np.ndarray:
    """E_n per sample for outputs `o` and targets `t`, both (n, m) or (m,); returns (n,) or ()."""
    if loss == "sse":
        # the seed: E_n = ½ Σ_k (t_k − o_k)²
        return 0.5 * np.sum((t - o) ** 2, axis=-1)
    if loss == "cross_entropy":
        if output_activation == "softmax":
            return -np.sum(t * np.log(np.maximum(o, _EPS)), axis=-1)
        return -np.sum(
            t * np.log(np.maximum(o, _EPS)) + (1.0 - t) * np.log(np.maximum(1.0 - o, _EPS)), axis=-1
        )
    raise ValueError(translate(
        "Losses", "unknown loss {loss!r}; choose one of {names}").format(
        loss=loss, names=', '.join(LOSSES)))


def output_delta(loss: str, o: np.ndarray, t: np.ndarray, output_activation: str) -> np.ndarray:
    """δ_k = −∂E_n/∂net_k for the output layer; same shape as `o`."""
    if loss == "cross_entropy":
        # sigmoid + binary CE and softmax + categorical CE both give δ_k = t_k − o_k:
        # the o_k (1 − o_k) of the seed's rule cancels against ∂E/∂o_k.
        return t - o
    if output_activation == "softmax":
        # ½ SSE through softmax: ∂o_m/∂net_k = o_m (δ_mk − o_k), so
        # δ_k = o_k ((t_k − o_k) − Σ_m o_m (t_m − o_m)).
        e = t - o
        return o * (e - np.sum(o * e, axis=-1, keepdims=True))
    # the seed: δ_k = (t_k − o_k) o_k (1 − o_k); other activations swap o_k(1 − o_k) for f'(net_k)
    return (t - o) * derivative(output_activation, o)


def check_combination(loss: str, output_activation: str) -> None:
    """Raise ValueError for a loss that makes no sense with the output activation."""
    if loss not in LOSSES:
        raise ValueError(translate(
            "Losses", "unknown loss {loss!r}; choose one of {names}").format(
            loss=loss, names=', '.join(LOSSES)))
    if loss == "cross_entropy" and output_activation not in ("sigmoid", "softmax"):
        raise ValueError(
            translate(
                "Losses", "cross-entropy needs a sigmoid or softmax output, not {output_activation!r}").format(
                output_activation=output_activation)
        )
