"""Tests of gui/drawing/weight_images.py: images of inputs and of each unit's incoming weights."""

import numpy as np

from gui.drawing.colormap import NEGATIVE_END, POSITIVE_END
from gui.drawing.weight_images import FieldStrip, input_image


def test_strip_puts_each_units_weights_in_its_square():
    """Unit u's square shows W[u] as an image: its top-left pixel is w_u,1, its bottom-right w_u,16."""
    ys = np.array([20.0, 60.0, 100.0])
    strip = FieldStrip(ys, 32.0, (4, 4))
    W = np.zeros((3, 16))
    W[1, 0], W[1, 15] = 1.0, -1.0  # unit 2: top-left red, bottom-right blue
    img = strip.image(W, 1.0)
    top = int(60 - 16 - strip.top)
    assert img.width() == 32
    c = img.pixelColor(2, top + 2)
    assert (c.red(), c.green(), c.blue()) == POSITIVE_END
    c = img.pixelColor(29, top + 29)
    assert (c.red(), c.green(), c.blue()) == NEGATIVE_END
    gap = img.pixelColor(10, int(40 - strip.top))  # between the squares of units 1 and 2
    assert (gap.red(), gap.green(), gap.blue()) == (252, 252, 250)


def test_input_image_is_light_for_high_inputs():
    """A 2×2 input image: x = 1 is lighter than x = 0."""
    img = input_image(np.array([0.0, 1.0, 0.0, 0.0]), (2, 2), 0.0, 1.0)
    assert img.pixelColor(1, 0).lightness() > img.pixelColor(0, 0).lightness()
