"""Where each layer's W and b sit in a flat float64 buffer: the one owner of that slicing.

The network's weights, the momentum velocity, the batch gradient, a Δw sent to the window and a
session's saved params are all laid out alike: layer by layer, W[l] (to, from) row-major, then
b[l]. For the seed's 2-layer net that is W_ji, w_j0, W_kj, w_k0. Everything that needs per-layer
arrays from such a buffer asks ParamLayout, so the compiled kernels, the numpy reference, the
window and the session files can never disagree about it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from core.i18n import translate


class ParamLayout:
    """Offsets of each layer's W and b for layer sizes (d, p_1, ..., m).

    w_off, b_off: (L + 1,) int64; layer l's W is flat[w_off[l]:b_off[l]] and its b is
    flat[b_off[l]:w_off[l + 1]]; w_off[L] = b_off[L] = n_params.
    """

    def __init__(self, sizes: Sequence[int]):
        self.sizes = tuple(int(n) for n in sizes)
        L = len(self.sizes) - 1
        self.w_off = np.zeros(L + 1, dtype=np.int64)
        self.b_off = np.zeros(L + 1, dtype=np.int64)
        pos = 0
        for l in range(L):
            self.w_off[l] = pos
            pos += self.sizes[l + 1] * self.sizes[l]
            self.b_off[l] = pos
            pos += self.sizes[l + 1]
        self.w_off[L] = self.b_off[L] = pos
        self.n_params = pos

    @property
    def n_layers(self) -> int:
        return len(self.sizes) - 1

    def views(self, flat: np.ndarray) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """W[l] (to, from) and b[l] (to,) as views into `flat` (n_params,); writing them writes flat.

        Raises ValueError naming the sizes if `flat` does not have n_params values.
        """
        flat = np.asarray(flat).reshape(-1)
        if flat.size != self.n_params:
            arch = "-".join(map(str, self.sizes))
            if flat.size < self.n_params:
                raise ValueError(translate(
                    "ParamLayout", "{count} parameters are too few for a {names} network").format(
                    count=flat.size, names=arch))
            raise ValueError(translate(
                "ParamLayout", "{size} parameters do not fit a {names} network ({pos} needed)").format(
                size=flat.size, names=arch, pos=self.n_params))
        W, b = [], []
        for l in range(self.n_layers):
            w0, b0, end = int(self.w_off[l]), int(self.b_off[l]), int(self.w_off[l + 1])
            W.append(flat[w0:b0].reshape(self.sizes[l + 1], self.sizes[l]))
            b.append(flat[b0:end])
        return W, b

    def copies(self, flat: np.ndarray) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """Like views, but independent copies."""
        W, b = self.views(flat)
        return [w.copy() for w in W], [v.copy() for v in b]

    def grids(self, flat: np.ndarray) -> list[np.ndarray]:
        """Per layer (to, from + 1): W[l] with b[l] as its last column (the graph's edge grids)."""
        W, b = self.views(flat)
        return [np.column_stack([w, v]) for w, v in zip(W, b, strict=True)]
