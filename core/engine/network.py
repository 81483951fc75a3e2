"""The network: layer sizes, activations, loss, and its weights stored (to, from) as in the seed.

All weights and biases live in one flat float64 buffer, `params`; `W[l]` and `b[l]` are views
into it, sliced by core/engine/param_layout.py (the one owner of that layout). The numpy
reference updates the views, the compiled kernel updates the flat buffer, and a copy of the whole
network for another thread is one `params.copy()`.

For the seed's 2-layer net, `W[0]` is W_ji (W_ji[j, i] = w_ji), `b[0]` is w_j0, `W[1]` is W_kj
(W_kj[k, j] = w_kj) and `b[1]` is w_k0.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from core.checks.limits import MAX_LAYER_UNITS, MAX_LAYERS, MAX_PARAMETERS
from core.engine import aligned
from core.engine.activations import ACTIVATIONS, HIDDEN_ACTIVATIONS, activate
from core.engine.losses import check_combination, loss_value
from core.engine.param_layout import ParamLayout
from core.i18n import translate


def check_architecture(sizes: Sequence[int], activations: Sequence[str], loss: str) -> None:
    """Raise ValueError with a plain message if the architecture cannot be built."""
    if len(sizes) < 2:
        raise ValueError(translate("Network", "a network needs at least an input and an output layer"))
    if len(sizes) - 1 > MAX_LAYERS:
        raise ValueError(translate(
            "Network", "{number} hidden layers is more than the limit of {number2}").format(
            number=len(sizes) - 2, number2=MAX_LAYERS - 1))
    for n in sizes:
        if int(n) != n or n < 1:
            raise ValueError(translate(
                "Network", "layer sizes must be positive integers, got {list}").format(
                list=list(sizes)))
        if n > MAX_LAYER_UNITS:
            raise ValueError(translate(
                "Network", "a layer of {n:,} units is more than the limit of {max_layer_units:,}").format(
                n=n, max_layer_units=MAX_LAYER_UNITS))
    n_params = sum(sizes[l + 1] * (sizes[l] + 1) for l in range(len(sizes) - 1))
    if n_params > MAX_PARAMETERS:
        raise ValueError(
            translate(
                "Network", "{n_params:,} weights is more than the limit of {max_parameters:,}; use fewer units").format(
                n_params=n_params, max_parameters=MAX_PARAMETERS)
        )
    if len(activations) != len(sizes) - 1:
        raise ValueError(
            translate(
                "Network", "{number} weight layers need {number2} activations, got {count}").format(
                number=len(sizes) - 1, number2=len(sizes) - 1, count=len(activations))
        )
    for a in activations[:-1]:
        if a not in HIDDEN_ACTIVATIONS:
            raise ValueError(translate(
                "Network", "hidden activation must be one of {names}: {a!r}").format(
                names=', '.join(HIDDEN_ACTIVATIONS), a=a))
    if activations[-1] not in ACTIVATIONS:
        raise ValueError(translate(
            "Network", "output activation must be one of {names}: {activations!r}").format(
            names=', '.join(ACTIVATIONS), activations=activations[-1]))
    if activations[-1] == "softmax" and sizes[-1] < 2:
        raise ValueError(translate("Network", "a softmax output needs at least 2 output units"))
    check_combination(loss, activations[-1])


class Network:
    """A fully connected feed-forward network.

    sizes: (d, p_1, ..., m) units per layer, input first. activations: one name per weight layer,
    the last one the output's. loss: 'sse' (the seed's ½ Σ (t − o)²) or 'cross_entropy'.
    """

    def __init__(
        self,
        sizes: Sequence[int],
        activations: Sequence[str] | None = None,
        loss: str = "sse",
        params: np.ndarray | None = None,
    ):
        sizes = tuple(int(n) for n in sizes)
        if activations is None:
            activations = ("sigmoid",) * (len(sizes) - 1)
        activations = tuple(activations)
        check_architecture(sizes, activations, loss)
        self.sizes = sizes
        self.activations = activations
        self.loss = loss
        self.layout = ParamLayout(sizes)
        self.w_off, self.b_off = self.layout.w_off, self.layout.b_off
        n = self.layout.n_params
        if params is None:
            params = aligned.zeros(n)
        params = aligned.contiguous(params)  # W_ji (first) on a cache line: core/engine/aligned.py
        if params.shape != (n,):
            raise ValueError(translate(
                "Network", "params must have shape ({n},) for sizes {sizes}, got {shape}").format(
                n=n, sizes=sizes, shape=params.shape))
        self.params = params
        self.W, self.b = self.layout.views(params)

    @classmethod
    def from_arrays(
        cls,
        W: Sequence[np.ndarray],
        b: Sequence[np.ndarray],
        activations: Sequence[str] | None = None,
        loss: str = "sse",
    ) -> Network:
        """Build a network from per-layer W (to, from) and b (to,) arrays; shapes are checked."""
        if len(W) != len(b) or not W:
            raise ValueError(translate("Network", "need one bias vector per weight matrix, and at least one layer"))
        sizes = [np.shape(W[0])[1]] + [np.shape(w)[0] for w in W]
        for l, (w, bias) in enumerate(zip(W, b, strict=True)):
            if np.ndim(w) != 2 or np.shape(w)[1] != sizes[l]:
                raise ValueError(
                    translate(
                        "Network", "layer {number}: W has shape {shape}, expected ({sizes}, {sizes2})").format(
                        number=l + 1, shape=np.shape(w), sizes=sizes[l + 1], sizes2=sizes[l])
                )
            if np.shape(bias) != (sizes[l + 1],):
                raise ValueError(
                    translate(
                        "Network", "layer {number}: b has shape {shape}, expected ({sizes},)").format(
                        number=l + 1, shape=np.shape(bias), sizes=sizes[l + 1])
                )
        net = cls(sizes, activations, loss)
        for l in range(net.n_layers):
            net.W[l][...] = W[l]
            net.b[l][...] = b[l]
        return net

    @property
    def n_layers(self) -> int:
        """Number of weight layers (hidden layers + 1)."""
        return len(self.sizes) - 1

    @property
    def n_params(self) -> int:
        return int(self.params.size)

    def copy(self) -> Network:
        """An independent copy (safe to hand to another thread)."""
        return Network(self.sizes, self.activations, self.loss, aligned.copy(self.params))

    def forward(self, X: np.ndarray) -> np.ndarray:
        """Outputs o for inputs X: (n, d) -> (n, m), or (d,) -> (m,)."""
        return self.forward_all(X)[-1]

    def forward_all(self, X: np.ndarray) -> list[np.ndarray]:
        """Every layer's activation for inputs X (n, d) or (d,): [x, h, ..., o]."""
        a = np.asarray(X, dtype=np.float64)
        if a.shape[-1] != self.sizes[0]:
            raise ValueError(translate(
                "Network", "inputs have {shape} features, the network expects {sizes}").format(
                shape=a.shape[-1], sizes=self.sizes[0]))
        out = [a]
        # Huge but finite weights (a run near divergence) may overflow to inf here; callers check
        # for non-finite results, so numpy's warnings would only be noise on the terminal.
        with np.errstate(over="ignore", invalid="ignore"):
            for l in range(self.n_layers):
                a = activate(self.activations[l], a @ self.W[l].T + self.b[l])
                out.append(a)
        return out

    def errors(self, X: np.ndarray, T: np.ndarray) -> np.ndarray:
        """E_n of each sample: X (n, d), T (n, m) -> (n,); from the output's net (exact for cross-entropy)."""
        a = np.asarray(X, dtype=np.float64)
        with np.errstate(over="ignore", invalid="ignore"):  # a diverging run reports inf, not warnings
            for l in range(self.n_layers):
                net = a @ self.W[l].T + self.b[l]
                a = activate(self.activations[l], net)
            return loss_value(self.loss, net, a, np.asarray(T, dtype=np.float64), self.activations[-1])

    def describe(self) -> str:
        """Human summary, e.g. '2-2-1 sigmoid/sigmoid, ½ SSE'."""
        loss = "½ SSE" if self.loss == "sse" else "cross-entropy"
        return f"{'-'.join(map(str, self.sizes))} {'/'.join(self.activations)}, {loss}"
