"""Where everything of the network graph goes, for a given widget size: pure geometry, no Qt.

Inputs on the left, outputs on the right, layers evenly spaced, each layer's units centred
vertically. Above each layer but the last sits its bias unit, the seed's constant 1 whose weights
are w_j0, w_k0. A band at the top holds the layer captions, one at the bottom the legend. A wide
input layer (more than COMPACT_INPUTS units) is drawn as a small image (when its size is a square,
e.g. 8×8 or 28×28 digits) or as a thin strip instead of hundreds of circles, and then the first
layer's units may carry thumbnails of their incoming weights (their receptive fields).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from gui.drawing.weight_images import image_shape

COMPACT_INPUTS = 40  # more inputs than this are drawn as an image or strip, not circles
MAX_THUMBNAILS = 64  # receptive-field thumbnails only for up to this many first-layer units
MIN_THUMBNAIL = 10.0  # px; smaller thumbnails are not worth drawing
MAX_RADIUS = 36.0


@dataclass
class UnitLayer:
    """Geometry of one layer of units. ys, x_in, x_out: (n,) px; r: node radius (0 if compact)."""

    ys: np.ndarray
    x: float
    r: float
    x_in: np.ndarray  # where incoming edges end
    x_out: np.ndarray  # where outgoing edges start (right of any thumbnail)
    compact: tuple[float, float, float, float] | None = None  # (x, y, w, h) of the image/strip
    shape: tuple[int, int] | None = None  # (rows, cols) of the compact image; (n, 1) for a strip
    bias: tuple[float, float, float] | None = None  # (x, y, r) of this layer's bias unit "1"
    thumbs: tuple[np.ndarray, float] | None = None  # (x0 (n,), size): receptive-field squares


@dataclass
class GraphLayout:
    """Everything's position for sizes at a widget of width × height px.

    edges[l]: (sizes[l+1] * (sizes[l] + 1), 4) segments x0, y0, x1, y1 of W[l] laid out (to, from)
    row-major with the bias as an extra last column: row to * (n_from + 1) + n_from is w_to,0.
    """

    sizes: tuple[int, ...]
    width: float
    height: float
    layers: list[UnitLayer]
    edges: list[np.ndarray]
    caption_y: float
    legend: tuple[float, float, float, float]  # (x, y, w, h)
    font_px: float  # label font size inside the nodes
    extra: dict = field(default_factory=dict)


def _clamp(v: float, lo: float, hi: float) -> float:
    return max(lo, min(hi, v))


def compute_layout(sizes, width: float, height: float, thumbnails: bool = True,
                   left_room: float = 0.0, right_room: float = 0.0,
                   story: float = 0.0) -> GraphLayout:
    """Lay out a network of `sizes` units per layer in a width × height px widget.

    left_room, right_room: px kept free left of the inputs and right of the outputs for their
    labels (at most a fifth of the width each); story: px of a band above the legend for the line
    naming the sample shown."""
    sizes = tuple(int(n) for n in sizes)
    W, H = float(max(width, 120)), float(max(height, 120))
    cap_h = _clamp(0.065 * H, 22.0, 36.0)
    leg_h = _clamp(0.12 * H, 50.0, 70.0)
    story = min(float(story), 0.08 * H)
    top, bottom = cap_h, H - leg_h - story
    bias_h = _clamp(0.1 * (bottom - top), 22.0, 56.0)
    units_top = top + bias_h
    area_h = bottom - units_top
    margin = _clamp(0.035 * W, 12.0, 40.0)
    left_room, right_room = min(left_room, 0.2 * W), min(right_room, 0.2 * W)

    n_cols = len(sizes)
    compact_in = sizes[0] > COMPACT_INPUTS
    shape = image_shape(sizes[0]) if compact_in else None
    if compact_in and shape is not None:
        side = min(0.9 * area_h, 0.24 * W)
        left_pad = side / 2
    elif compact_in:
        side = _clamp(0.02 * W, 10.0, 18.0)
        left_pad = side / 2
    else:
        side = 0.0
        left_pad = 0.0

    # Column centres: evenly spaced; the gap is capped relative to the height so a wide window
    # centres the picture instead of stretching it (the figure keeps its aspect).
    spacing_first = area_h / max(sizes[0], 1)
    r_first = 0.0 if compact_in else min(0.34 * spacing_first, MAX_RADIUS)
    r_last = min(0.34 * area_h / sizes[-1], MAX_RADIUS)
    x_first = margin + left_room + max(left_pad, r_first + 0.6 * r_first)
    x_last = W - margin - right_room - r_last - 8.0
    gap = (x_last - x_first) / max(n_cols - 1, 1)
    gap_cap = 1.15 * area_h
    if gap > gap_cap:
        shift = (gap - gap_cap) * (n_cols - 1) / 2
        x_first, x_last, gap = x_first + shift, x_last - shift, gap_cap
    xs = [x_first + c * gap for c in range(n_cols)]

    layers: list[UnitLayer] = []
    for c, n in enumerate(sizes):
        spacing = area_h / n
        ys = units_top + (np.arange(n) + 0.5) * spacing
        if c == 0 and compact_in:
            if shape is not None:
                rows, cols = shape
                x0, y0 = xs[0] - side / 2, units_top + (area_h - side) / 2
                px = side / cols
                ii = np.arange(n)
                ys = y0 + (ii // cols + 0.5) * px
                x_out = x0 + (ii % cols + 0.5) * px
                compact = (x0, y0, side, side)
            else:
                x0 = xs[0] - side / 2
                x_out = np.full(n, x0 + side)
                compact = (x0, units_top, side, area_h)
                shape = (n, 1)
            layer = UnitLayer(ys, xs[0], 0.0, x_out.copy(), x_out, compact, shape)
        else:
            r = max(1.5, min(0.34 * spacing, 0.16 * gap, MAX_RADIUS))
            x = np.full(n, xs[c])
            layer = UnitLayer(ys, xs[c], r, x, x.copy())
        layers.append(layer)

    # Receptive fields: a square of each first-layer unit's incoming weights, right of its node.
    if thumbnails and shape is not None and shape[1] > 1 and sizes[1] <= MAX_THUMBNAILS:
        first = layers[1]
        size = min(0.9 * area_h / sizes[1], 0.22 * gap, 64.0)
        if size >= MIN_THUMBNAIL:
            x0 = first.x + first.r + 4.0
            first.thumbs = (np.full(sizes[1], x0), size)
            first.x_out = np.full(sizes[1], x0 + size)

    for c in range(n_cols - 1):
        lay = layers[c]
        br = _clamp(0.55 * (lay.r or 10.0), 7.0, 15.0)
        lay.bias = (lay.x, top + bias_h / 2, br)

    edges = []
    for l in range(n_cols - 1):
        src, dst = layers[l], layers[l + 1]
        n_to, n_from = sizes[l + 1], sizes[l]
        seg = np.empty((n_to, n_from + 1, 4))
        seg[:, :n_from, 0] = src.x_out[None, :]
        seg[:, :n_from, 1] = src.ys[None, :]
        seg[:, n_from, 0] = src.bias[0]
        seg[:, n_from, 1] = src.bias[1]
        seg[:, :, 2] = dst.x_in[:, None]
        seg[:, :, 3] = dst.ys[:, None]
        edges.append(seg.reshape(-1, 4))

    font_px = _clamp(0.62 * min((lay.r for lay in layers if lay.r > 0), default=10.0), 9.0, 22.0)
    legend = (margin, bottom + story + 6.0, W - 2 * margin, leg_h - 10.0)
    g = GraphLayout(sizes, W, H, layers, edges, cap_h / 2, legend, font_px)
    g.extra["story_y"] = bottom + story / 2 + 3.0
    g.extra["rooms"] = (left_room, right_room)
    return g


def nearest_segment(segments: np.ndarray, x: float, y: float) -> tuple[int, float]:
    """Index of the segment (k, 4) nearest to (x, y) and its distance in px; (-1, inf) if none."""
    if len(segments) == 0:
        return -1, math.inf
    p0, p1 = segments[:, :2], segments[:, 2:]
    d = p1 - p0
    len2 = np.maximum(np.einsum("ij,ij->i", d, d), 1e-12)
    t = np.clip(((x - p0[:, 0]) * d[:, 0] + (y - p0[:, 1]) * d[:, 1]) / len2, 0.0, 1.0)
    dist = np.hypot(p0[:, 0] + t * d[:, 0] - x, p0[:, 1] + t * d[:, 1] - y)
    i = int(np.argmin(dist))
    return i, float(dist[i])


def hit_unit(g: GraphLayout, x: float, y: float):
    """The unit or bias unit at (x, y): ('node', layer, unit), ('bias', layer) or None.

    A pixel of a compact input image is its input unit; a receptive-field square is its unit.
    """
    for c, lay in enumerate(g.layers):
        if lay.compact is not None:
            cx, cy, cw, ch = lay.compact
            if cx <= x < cx + cw and cy <= y < cy + ch:
                rows, cols = lay.shape
                row, col = int((y - cy) / ch * rows), int((x - cx) / cw * cols)
                return ("node", c, min(row, rows - 1) * cols + min(col, cols - 1))
        else:
            d = np.hypot(lay.x_in - x, lay.ys - y)
            u = int(np.argmin(d))
            if d[u] <= lay.r + 2:
                return ("node", c, u)
        if lay.thumbs is not None:
            x0, size = lay.thumbs
            u = int(np.argmin(np.abs(lay.ys - y)))
            if x0[u] <= x <= x0[u] + size and abs(lay.ys[u] - y) <= size / 2:
                return ("node", c, u)
        if lay.bias is not None and math.hypot(lay.bias[0] - x, lay.bias[1] - y) <= lay.bias[2] + 2:
            return ("bias", c)
    return None
