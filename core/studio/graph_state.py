"""What the network graph shows, without Qt: the weights, the shown sample's activations and the
last Δw, arranged per layer as (n_to, n_from + 1) grids whose last column is the bias.

The grid is the seed's augmented weight matrix: column 0 of the seed (the weight from the constant
unit x_0 = 1, i.e. w_j0) is stored last here so that column i − 1 is still input x_i.
"""

from __future__ import annotations

import numpy as np

from core.engine.param_layout import ParamLayout

_RANGES = {"sigmoid": (0.0, 1.0), "softmax": (0.0, 1.0), "tanh": (-1.0, 1.0)}


class GraphState:
    """The latest copies handed to the view. params: flat (n_params,); acts: [x, h, …, o] or None."""

    def __init__(self, sizes, activations):
        self.sizes = tuple(int(n) for n in sizes)
        self.activations = tuple(activations)
        self.layout = ParamLayout(self.sizes)
        self.params = np.zeros(self.layout.n_params)
        self.prev_params: np.ndarray | None = None
        self.acts: list[np.ndarray] | None = None
        self.last_dW = None
        # Backprop view: δ of layers 1..L (None: not known); the step animation shows the forward
        # pass up to column `reveal` (None: all) and δ from column `delta_from` on (None: all).
        self.deltas: list[np.ndarray] | None = None
        self.reveal: int | None = None
        self.delta_from: int | None = None

    @property
    def n_layers(self) -> int:
        """Number of weight layers."""
        return len(self.sizes) - 1

    def update(self, params, acts=None, last_dW=None) -> None:
        """Take new copies (see NetworkGraphView.set_state for the accepted shapes)."""
        params = np.asarray(params, dtype=np.float64)
        if params.shape != self.params.shape:
            raise ValueError(f"params has shape {params.shape}, expected {self.params.shape}")
        if acts is not None:
            acts = [np.asarray(a, dtype=np.float64).ravel() for a in acts]
            if [a.size for a in acts] != list(self.sizes):
                acts = None  # a sample of another architecture: show no activations, never crash
        self.prev_params, self.params = self.params, params
        self.acts, self.last_dW = acts, last_dW

    def W_b(self) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """Views W[l] (to, from) and b[l] (to,) into the current params."""
        return self.layout.views(self.params)

    def grids_of(self, flat: np.ndarray) -> list[np.ndarray]:
        """Per layer (n_to, n_from + 1): W[l] with b[l] as last column, from a params-like buffer."""
        return self.layout.grids(flat)

    def weight_grids(self) -> list[np.ndarray]:
        return self.grids_of(self.params)

    def delta_grids(self) -> list[np.ndarray] | None:
        """The last Δw per layer as grids (NaN where not given, e.g. biases), or None if unknown.

        Without last_dW it is the change since the previous update (several steps, perhaps).
        """
        d = self.last_dW
        if d is None:
            return None if self.prev_params is None else self.grids_of(self.params - self.prev_params)
        if isinstance(d, np.ndarray) and d.shape == self.params.shape:
            return self.grids_of(d)
        grids = []
        for l, arr in enumerate(d):
            n_to, n_from = self.sizes[l + 1], self.sizes[l]
            arr = np.asarray(arr, dtype=np.float64).reshape(n_to, -1)
            g = np.full((n_to, n_from + 1), np.nan)
            g[:, : min(arr.shape[1], n_from + 1)] = arr[:, : n_from + 1]
            grids.append(g)
        return grids

    def value_grids(self, mode: str) -> list[np.ndarray]:
        """The grids the edges are coloured by: weights, or ('gradient') the last Δw (0 if unknown)."""
        if mode == "weight":
            return self.weight_grids()
        d = self.delta_grids()
        if d is None:
            return [np.zeros((self.sizes[l + 1], self.sizes[l] + 1)) for l in range(self.n_layers)]
        return [np.nan_to_num(g) for g in d]

    def set_deltas(self, deltas) -> None:
        """δ per weight layer ([δ of layer 1, …, δ of layer L]), or None; wrong sizes are ignored."""
        if deltas is not None:
            deltas = [np.asarray(d, dtype=np.float64).ravel() for d in deltas]
            if [d.size for d in deltas] != list(self.sizes[1:]):
                deltas = None
        self.deltas = deltas

    def unit_delta(self, column: int) -> np.ndarray | None:
        """δ of column `column` (1..L) if known and revealed, else None (inputs have no δ)."""
        if self.deltas is None or column < 1 or (self.delta_from is not None and column < self.delta_from):
            return None
        return self.deltas[column - 1]

    def delta_vmax(self) -> float:
        """The colour range of δ: the largest |δ| over all layers (1 if none)."""
        if self.deltas is None:
            return 1.0
        m = max((float(np.max(np.abs(d))) for d in self.deltas if d.size), default=0.0)
        return m if np.isfinite(m) and m > 0 else 1.0

    def activation_range(self, layer: int) -> tuple[float, float]:
        """(lo, hi) that the grey ramp spans for a layer: the activation's own range if bounded."""
        if layer > 0 and self.activations[layer - 1] in _RANGES:
            return _RANGES[self.activations[layer - 1]]
        a = self.acts[layer] if self.acts is not None else np.zeros(1)
        return min(0.0, float(a.min())), max(1.0, float(a.max()))
