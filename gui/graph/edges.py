"""Which edges to draw this frame, and with which of a few shared pens.

Drawing one pen or one item per edge costs seconds per frame at 784-30-10 (23,820 weights). So the
edges are sorted into N_BUCKETS colour buckets by value; each bucket is one pen (its colour from the
shared map, its width growing with |w|) and one QPainterPath of disconnected segments
(`connect='pairs'`). Above `budget` weights only the strongest are drawn, shared fairly between
layers so a small output layer is never crowded out by a wide input layer.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui

from gui.drawing.colormap import auto_vmax, diverging_rgb

N_BUCKETS = 25  # odd: the middle bucket is exactly 0, the end buckets exactly ±vmax
DEFAULT_BUDGET = 2000
PIECE_SEGMENTS = 400  # edges per path when painting in pieces: about a millisecond each


@dataclass
class EdgeFrame:
    """The edges drawn in one frame, in drawing order (weakest first).

    layer, index: (k,) which layer and which cell of its (to, from + 1) grid (last column: bias);
    segments: (k, 4) x0, y0, x1, y1; values: (k,); bucket: (k,) in [0, N_BUCKETS);
    groups: (bucket, start, stop) runs of equal bucket; shown/total count weights, not biases.
    """

    layer: np.ndarray
    index: np.ndarray
    segments: np.ndarray
    values: np.ndarray
    bucket: np.ndarray
    groups: list[tuple[int, int, int]]
    shown: int
    total: int
    hidden_by_threshold: int
    vmax: float

    @property
    def capped(self) -> bool:
        return self.shown + self.hidden_by_threshold < self.total


def bucket_of(values, vmax: float) -> np.ndarray:
    """Bucket of each value on ±vmax: round((v / vmax + 1) / 2 · (N − 1)), clipped. (...,) -> intp."""
    v = np.nan_to_num(np.asarray(values, dtype=np.float64) / max(float(vmax), 1e-300), nan=0.0)
    return np.clip(np.rint((np.clip(v, -1, 1) + 1.0) * 0.5 * (N_BUCKETS - 1)), 0, N_BUCKETS - 1).astype(
        np.intp
    )


def bucket_value(b: int) -> float:
    """The value (as a fraction of vmax, in [−1, 1]) whose colour and width bucket b uses."""
    return 2.0 * b / (N_BUCKETS - 1) - 1.0


def make_pens(max_width: float, min_width: float = 1.1) -> list[QtGui.QPen]:
    """One pen per bucket: the map's colour at the bucket's value, width min..max by |value|.

    No pen is 1 px or thinner: Qt's raster engine draws those through its slow cosmetic-line path
    (6× slower than a 1.1 px line at 784-30-10), and they look the same.
    """
    pens = []
    for b in range(N_BUCKETS):
        t = bucket_value(b)
        r, g, bl = diverging_rgb(t, 1.0)
        pen = QtGui.QPen(QtGui.QColor(int(r), int(g), int(bl)), min_width + (max_width - min_width) * abs(t))
        # Flat caps: the ends hide under the units anyway, and round caps make Qt's antialiased
        # stroker 20× slower.
        pen.setCapStyle(QtCore.Qt.PenCapStyle.FlatCap)
        pens.append(pen)
    return pens


def _allot(counts: list[int], budget: int) -> list[int]:
    """Share `budget` between layers with `counts` candidates: small layers get all they have."""
    take = [0] * len(counts)
    left = budget
    order = sorted(range(len(counts)), key=lambda i: counts[i])
    for pos, i in enumerate(order):
        share = left // (len(counts) - pos)
        take[i] = min(counts[i], share)
        left -= take[i]
    return take


def select_edges(grids: list[np.ndarray], segments: list[np.ndarray], threshold: float,
                 vmax: float | None,
                 budget: int = DEFAULT_BUDGET, strength_of: list[np.ndarray] | None = None,
                 ) -> EdgeFrame:  # fmt: skip
    """Pick and bucket the edges to draw.

    grids[l]: (n_to, n_from + 1) values of W[l] with the bias as last column (they choose colour
    and width); segments[l]: the matching (n_to * (n_from + 1), 4) layout; strength_of: grids of
    the same shapes that decide which edges are drawn (default: grids; the view passes the
    weights, so that colouring by Δw shows the same edges as colouring by w). Edges with
    |strength| < threshold are left out; of the weights left, at most `budget`, the strongest;
    biases are always drawn (they are few). vmax None: automatic, from the values drawn.
    """
    strength_of = grids if strength_of is None else strength_of
    cand_w, cand_b = [], []
    total = hidden = 0
    for grid in strength_of:
        n_to, n_cols = grid.shape
        flat = np.abs(grid).ravel()
        keep = flat >= threshold
        is_bias = np.zeros(flat.size, dtype=bool)
        is_bias[n_cols - 1 :: n_cols] = True
        total += flat.size - n_to
        hidden += int(np.count_nonzero(~keep & ~is_bias))
        cand_w.append(np.flatnonzero(keep & ~is_bias))
        cand_b.append(np.flatnonzero(keep & is_bias))
    take = _allot([len(c) for c in cand_w], budget)
    layer_ids, indices = [], []
    for l, (cw, cb) in enumerate(zip(cand_w, cand_b, strict=True)):
        if take[l] < len(cw):
            mags = np.abs(strength_of[l].ravel()[cw])
            cw = cw[np.argpartition(mags, len(cw) - take[l])[len(cw) - take[l] :]]
        idx = np.concatenate([cw, cb])
        indices.append(idx)
        layer_ids.append(np.full(idx.size, l, dtype=np.intp))
    layer = np.concatenate(layer_ids) if layer_ids else np.empty(0, np.intp)
    index = np.concatenate(indices) if indices else np.empty(0, np.intp)
    values = np.concatenate([grids[l].ravel()[i] for l, i in enumerate(indices)]) if grids else np.empty(0)
    if vmax is None:
        vmax = auto_vmax(values)
    bucket = bucket_of(values, vmax)
    # Weak (near-grey) edges first, strong ones on top; equal buckets adjacent, one path each.
    centre = (N_BUCKETS - 1) // 2
    order = np.lexsort((bucket, np.abs(bucket - centre)))
    layer, index, values, bucket = layer[order], index[order], values[order], bucket[order]
    segs = (np.concatenate([segments[l][i] for l, i in enumerate(indices)])[order]
            if len(order) else np.empty((0, 4)))  # fmt: skip
    starts = np.flatnonzero(np.diff(bucket, prepend=-1)) if len(bucket) else np.empty(0, np.intp)
    stops = np.append(starts[1:], len(bucket))
    groups = [(int(bucket[s]), int(s), int(e)) for s, e in zip(starts, stops, strict=True)]
    shown = sum(take)
    return EdgeFrame(layer, index, segs, values, bucket, groups, shown, total, hidden, vmax)


def paint_edges_in_steps(painter: QtGui.QPainter, frame: EdgeFrame, pens: list[QtGui.QPen],
                         piece: int = PIECE_SEGMENTS):  # fmt: skip
    """Draw the frame's edges, one pen per bucket and one path of disconnected segments per
    `piece` edges of it; a generator that yields after each path, so that a caller can spread a
    big frame over several passes of the event loop."""
    for b, start, stop in frame.groups:
        painter.setPen(pens[b])
        for lo in range(start, stop, piece):
            seg = frame.segments[lo : min(stop, lo + piece)]
            x = seg[:, [0, 2]].ravel()
            y = seg[:, [1, 3]].ravel()
            painter.drawPath(pg.arrayToQPath(x, y, connect="pairs"))
            yield
