"""What the network answers over a 2-D plane of inputs: the decision boundary or regression surface.

The plane is in raw data coordinates; `to_network` (a callable, or an InputNorm) maps raw inputs
to what the network sees. Arrays are image-like: Z[row, col] is the value at y = ys[row],
x = xs[col], so row 0 is the bottom of the plane (ylim[0]). One forward pass of the whole grid
gives every unit's response at once, which is what the per-unit thumbnails need.
"""

from __future__ import annotations

import numpy as np

from core.engine.activations import activate
from core.engine.network import Network


def grid(xlim, ylim, resolution) -> tuple[np.ndarray, np.ndarray]:
    """Pixel-centre coordinates (xs (nx,), ys (ny,)); resolution is n or (nx, ny)."""
    nx, ny = (resolution, resolution) if np.isscalar(resolution) else resolution
    if nx < 2 or ny < 2:
        raise ValueError("the grid needs at least 2 × 2 points")
    dx, dy = (xlim[1] - xlim[0]) / nx, (ylim[1] - ylim[0]) / ny
    xs = xlim[0] + dx * (np.arange(nx) + 0.5)
    ys = ylim[0] + dy * (np.arange(ny) + 0.5)
    return xs, ys


def _inputs(network: Network, xlim, ylim, resolution, to_network, axes, base) -> np.ndarray:
    """The grid's network inputs, (ny · nx, d), row-major (y slow, x fast)."""
    xs, ys = grid(xlim, ylim, resolution)
    d = network.sizes[0]
    if d < 2:
        raise ValueError("an input plane needs a network with at least 2 inputs")
    X = np.empty((ys.size * xs.size, d))
    X[:] = 0.0 if base is None else np.asarray(base, dtype=np.float64)
    X[:, axes[0]] = np.tile(xs, ys.size)
    X[:, axes[1]] = np.repeat(ys, xs.size)
    if to_network is None:
        return X
    f = getattr(to_network, "apply", to_network)  # an InputNorm, or any callable
    return np.asarray(f(X), dtype=np.float64)


def layer_surfaces(network: Network, xlim, ylim, resolution, to_network=None,
                   axes=(0, 1), base=None) -> list[np.ndarray]:
    """Every layer's activations over the plane: [(ny, nx, units) for layers 1..L].

    For d > 2 inputs the other features are held at `base` (raw, (d,); zeros by default).
    """
    X = _inputs(network, xlim, ylim, resolution, to_network, axes, base)
    xs, ys = grid(xlim, ylim, resolution)
    return [a.reshape(ys.size, xs.size, -1) for a in network.forward_all(X)[1:]]


def output_surface(network: Network, xlim, ylim, resolution, unit=None, to_network=None,
                   axes=(0, 1), base=None) -> np.ndarray:
    """The output (or one unit's activation) over the plane, (ny, nx).

    unit: None for the output (a network with m > 1 outputs gives (ny, nx, m)), or
    (layer, index) with layer 1..L as in Network.forward_all (L = output).
    """
    X = _inputs(network, xlim, ylim, resolution, to_network, axes, base)
    xs, ys = grid(xlim, ylim, resolution)
    if unit is None:
        Z = network.forward(X).reshape(ys.size, xs.size, -1)
        return Z[..., 0] if Z.shape[-1] == 1 else Z
    layer, index = unit
    if not 1 <= layer <= network.n_layers or not 0 <= index < network.sizes[layer]:
        raise IndexError(f"no unit {unit} in a {'-'.join(map(str, network.sizes))} network")
    a = X
    for l in range(layer):
        W, b = network.W[l], network.b[l]
        if l == layer - 1 and network.activations[l] != "softmax":
            W, b = W[index : index + 1], b[index : index + 1]  # only the unit asked for
        a = activate(network.activations[l], a @ W.T + b)
    a = a[:, 0] if a.shape[1] == 1 else a[:, index]
    return a.reshape(ys.size, xs.size)


def padded_limits(X: np.ndarray, margin: float = 0.1, axes=(0, 1)) -> tuple[tuple, tuple]:
    """(xlim, ylim) around the points X (n, d), with `margin` of the span added on each side."""
    X = np.asarray(X, dtype=np.float64)
    out = []
    for a in axes:
        lo, hi = float(np.min(X[:, a])), float(np.max(X[:, a]))
        pad = margin * (hi - lo) if hi > lo else 1.0
        out.append((lo - pad, hi + pad))
    return out[0], out[1]


def contour_segments(Z: np.ndarray, level: float) -> np.ndarray:
    """The line Z = level through an image-like grid, as (k, 4) segments (x0, y0, x1, y1) in
    index units (x = column, y = row), by marching squares: in each cell the crossings on its
    edges are found by linear interpolation and joined. A saddle cell (corners alternately
    above and below) is split by the value at its centre. NaN cells give no segment.
    """
    Z = np.asarray(Z, dtype=np.float64)
    if Z.ndim != 2 or min(Z.shape) < 2:
        return np.empty((0, 4))
    a, b, c, d = Z[:-1, :-1], Z[:-1, 1:], Z[1:, 1:], Z[1:, :-1]  # corners: TL, TR, BR, BL
    A, B, C, D = a >= level, b >= level, c >= level, d >= level
    rows, cols = np.indices(a.shape, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        # crossing point on each edge (x, y), used only where that edge crosses
        edges = (
            (A != B, cols + (level - a) / (b - a), rows),  # top: row r, from col c to c + 1
            (B != C, cols + 1.0, rows + (level - b) / (c - b)),  # right
            (D != C, cols + (level - d) / (c - d), rows + 1.0),  # bottom
            (A != D, cols, rows + (level - a) / (d - a)),  # left
        )
    crossing = np.stack([e[0] for e in edges])
    finite = np.isfinite(a) & np.isfinite(b) & np.isfinite(c) & np.isfinite(d)
    n = crossing.sum(axis=0)
    points = [np.stack([e[1], e[2]], axis=-1) for e in edges]  # 4 × (R, C, 2)
    out = []
    # cells crossed on two edges: join the two crossings, in edge order
    two = (n == 2) & finite
    first = np.argmax(crossing, axis=0)
    second = 3 - np.argmax(crossing[::-1], axis=0)
    P = np.stack(points)  # (4, R, C, 2)
    r, q = np.nonzero(two)
    out.append(np.hstack([P[first[r, q], r, q], P[second[r, q], r, q]]))
    # saddles: TL and BR on one side, TR and BL on the other
    r, q = np.nonzero((n == 4) & finite)
    if len(r):
        centre_above = (a[r, q] + b[r, q] + c[r, q] + d[r, q]) / 4 >= level
        tl_above = A[r, q]
        # cut off the two corners that are on the other side from the centre
        cut_tl_br = centre_above != tl_above
        top, right, bottom, left = (P[i, r, q] for i in range(4))
        s1 = np.where(cut_tl_br[:, None], np.hstack([top, left]), np.hstack([top, right]))
        s2 = np.where(cut_tl_br[:, None], np.hstack([right, bottom]), np.hstack([bottom, left]))
        out += [s1, s2]
    return np.vstack(out) if out else np.empty((0, 4))
