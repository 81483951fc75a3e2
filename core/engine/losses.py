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


def softplus(z: np.ndarray) -> np.ndarray:
    """log(1 + exp(z)) without overflow or underflow to 0: max(z, 0) + log1p(exp(−|z|))."""
    return np.maximum(z, 0.0) + np.log1p(np.exp(-np.abs(z)))


def loss_value(loss: str, net: np.ndarray, o: np.ndarray, t: np.ndarray, output_activation: str) -> np.ndarray:
    """E_n per sample from the output layer's net_k and o_k = f(net_k) and targets t_k.

    net, o, t are (n, m) or (m,); returns (n,) or (). Cross-entropy is computed from net_k, not as
    log o_k, so it stays exact where o_k has rounded to 0 or 1 (net_k = ±800 gives E_n = 800,
    not a clamped log(1e-300)).
    """
    if loss == "sse":
        # the seed: E_n = ½ Σ_k (t_k − o_k)²
        return 0.5 * np.sum((t - o) ** 2, axis=-1)
    if loss == "cross_entropy":
        if output_activation == "softmax":
            # −Σ t_k log o_k = Σ t_k (lse − net_k), lse = log Σ_m exp(net_m) = max + log1p(rest),
            # summed as (max − net_k) + log1p(rest) so a tiny loss keeps its precision
            return np.sum(t * _lse_minus(net), axis=-1)
        # −[t log σ(z) + (1 − t) log(1 − σ(z))] = t softplus(−z) + (1 − t) softplus(z)
        return np.sum(t * softplus(-net) + (1.0 - t) * softplus(net), axis=-1)
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


def _lse_minus(net: np.ndarray) -> np.ndarray:
    """log Σ_m exp(net_m) − net_k for each k (last axis): (max − net_k) + log1p(Σ of the others)."""
    top = np.argmax(net, axis=-1)[..., None]
    mx = np.take_along_axis(net, top, axis=-1)
    e = np.exp(net - mx)
    np.put_along_axis(e, top, 0.0, axis=-1)  # the maximum's own exp(0) = 1 is the "1 +" of log1p
    return (mx - net) + np.log1p(np.sum(e, axis=-1, keepdims=True))
