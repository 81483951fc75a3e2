"""Small images for wide layers: the input layer as a picture, and each first-layer unit's
incoming weights as a thumbnail (its receptive field) when the input is image-like (8×8, 28×28).

The pixels come from the shared maps in gui/drawing/colormap.py: the grey activation ramp for inputs, the
diverging weight map for receptive fields, so a thumbnail reads exactly like the edges.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6 import QtGui

from gui.drawing.colormap import LUT, activation_rgb, diverging_index

MIN_IMAGE_SIDE = 8  # 16, 25, 36 or 49 inputs are far likelier a table's columns than a picture


def image_shape(n: int) -> tuple[int, int] | None:
    """(rows, cols) if n inputs look like a square image (8×8 = 64, 28×28 = 784, …), else None;
    the graph, the units' pictures and the Learn panel all ask here."""
    side = math.isqrt(n)
    return (side, side) if side >= MIN_IMAGE_SIDE and side * side == n else None


def rgb_image(rgb: np.ndarray) -> QtGui.QImage:
    """A QImage owning a copy of an (h, w, 3) uint8 array."""
    h, w = rgb.shape[:2]
    data = np.ascontiguousarray(rgb, dtype=np.uint8)
    return QtGui.QImage(data.data, w, h, 3 * w, QtGui.QImage.Format.Format_RGB888).copy()


def input_image(x: np.ndarray | None, shape: tuple[int, int], lo: float, hi: float) -> QtGui.QImage:
    """The inputs x (n,) as a rows × cols grey image (light = high); None gives a flat neutral image."""
    rows, cols = shape
    if x is None:
        rgb = np.full((rows, cols, 3), 232, dtype=np.uint8)
    else:
        rgb = activation_rgb(np.asarray(x, dtype=np.float64).reshape(rows, cols), lo, hi)
    return rgb_image(rgb)


def field_image(w: np.ndarray, shape: tuple[int, int], vmax: float) -> QtGui.QImage:
    """One unit's incoming weights w (rows · cols,) as a rows × cols image on the map ±vmax."""
    return rgb_image(LUT[diverging_index(w, vmax)].reshape(shape[0], shape[1], 3))


class FieldStrip:
    """All receptive fields of a column of units as ONE image, drawn with one drawImage call.

    ys: (n,) centres of the units, size: side of each square in px, shape: (rows, cols) of the
    input. The pixel → weight map is computed once per layout; a frame is then one look-up.
    """

    def __init__(self, ys: np.ndarray, size: float, shape: tuple[int, int]):
        rows, cols = shape
        self.top = int(np.floor(ys[0] - size / 2))
        height = int(np.ceil(ys[-1] + size / 2)) - self.top
        self.width = max(1, int(round(size)))
        y = self.top + np.arange(height) + 0.5
        u = np.abs(y[:, None] - ys[None, :]).argmin(axis=1)  # nearest unit of each pixel row
        offset = y - (ys[u] - size / 2)
        inside = (offset >= 0) & (offset < size)
        row = np.clip((offset / size * rows).astype(np.intp), 0, rows - 1)
        col = np.clip(((np.arange(self.width) + 0.5) / self.width * cols).astype(np.intp), 0, cols - 1)
        index = (u * rows * cols + row * cols)[:, None] + col[None, :]
        self.index = np.where(inside[:, None], index, -1)  # (height, width); −1 between squares
        self.rects = [(float(yc - size / 2), float(size)) for yc in ys]

    def image(self, W: np.ndarray, vmax: float, background=(252, 252, 250)) -> QtGui.QImage:
        """The strip for weights W (n_units, rows · cols) on the weight map spanning ±vmax."""
        colours = np.vstack([LUT[diverging_index(W.ravel(), vmax)], np.array([background], np.uint8)])
        return rgb_image(colours[self.index])  # index −1 picks the background row


def colour_bar_image(width: int = 256) -> QtGui.QImage:
    """The weight map as a 1-pixel-high strip from −vmax (left) to +vmax (right)."""
    idx = np.linspace(0, len(LUT) - 1, width).round().astype(np.intp)
    return rgb_image(LUT[idx][None, :, :])


def grey_bar_image(width: int = 128) -> QtGui.QImage:
    """The activation ramp as a 1-pixel-high strip from low (left) to high (right)."""
    return rgb_image(activation_rgb(np.linspace(0.0, 1.0, width), 0.0, 1.0)[None, :, :])
