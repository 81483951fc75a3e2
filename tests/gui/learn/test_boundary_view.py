"""Tests for gui/learn/boundary_view.py: the output heatmap over the input plane, points on top."""

import numpy as np

from core.data.dataset import InputNorm
from core.training.trainer import ArrayData
from gui.drawing.colormap import diverging_rgb
from gui.learn.boundary_view import BoundaryView, class_colours


def _diagonal_view(qtbot, **kw):
    """A 2-1 sigmoid net o = σ(x − y) over points at (±1, ±1): the boundary is x = y."""
    X = np.array([[-1.0, -1.0], [1.0, -1.0], [-1.0, 1.0], [1.0, 1.0]])
    T = np.array([[0.0], [1.0], [0.0], [0.0]])
    v = BoundaryView(ArrayData(X, T), (2, 1), ("sigmoid",), resolution=5, **kw)
    qtbot.addWidget(v)
    v.set_network_params(np.array([4.0, -4.0, 0.0]))  # W = [[4, −4]], b = 0
    return v


def test_heatmap_values_on_the_known_boundary(qtbot):
    """o = 0.5 on the diagonal pixels, > 0.5 below it; the image is the washed diverging colour."""
    v = _diagonal_view(qtbot)
    P = v.values()
    xs, ys = v.pixel_centres()
    assert np.allclose(xs, ys) and P.shape == (5, 5)
    assert np.allclose(np.diag(P), 0.5)
    assert P[0, 4] > 0.9 and P[4, 0] < 0.1  # bottom-right is class 1, top-left class 0
    expected = np.round(diverging_rgb(P[0, 4] - 0.5, 0.5) * 0.55 + 255 * 0.45)
    assert np.array_equal(v.image_rgb()[0, 4], expected.astype(np.uint8))
    assert np.array_equal(v.image_rgb()[2, 2], np.round(np.array([221] * 3) * 0.55 + 255 * 0.45)
                          .astype(np.uint8))


def test_discretise_gives_two_flat_colours(qtbot):
    """Thresholded at 0.5 the heatmap has exactly the two class colours (the diagonal is class 1)."""
    v = _diagonal_view(qtbot)
    v.set_discretise(True)
    colours = {tuple(c) for c in v.image_rgb().reshape(-1, 3)}
    assert len(colours) == 2
    assert tuple(v.image_rgb()[4, 0]) != tuple(v.image_rgb()[0, 4])


def test_points_are_coloured_by_class_in_raw_coordinates(qtbot):
    """Training points sit at raw (un-normalised) coordinates with the class colour of their target."""
    X_raw = np.array([[10.0, 0.0], [20.0, 5.0]])
    norm = InputNorm("minmax", np.array([10.0, 0.0]), np.array([10.0, 5.0]))
    data = ArrayData(norm.apply(X_raw), np.array([[0.0], [1.0]]))
    data.input_norm = norm
    v = BoundaryView(data, (2, 1), ("sigmoid",), resolution=4)
    qtbot.addWidget(v)
    x, y = v._train_pts.getData()
    assert np.allclose(x, [10, 20]) and np.allclose(y, [0, 5])
    brushes = [s.brush().color().getRgb()[:3] for s in v._train_pts.points()]
    assert brushes == [tuple(int(c) for c in class_colours(2)[k]) for k in (0, 1)]
    assert v.xlim[0] < 10 < 20 < v.xlim[1]


def test_regression_surface_in_data_units(qtbot):
    """A linear output with target scaling is shown as raw values: o · scale + shift."""
    from core.data.dataset import TargetScaling

    X = np.array([[0.0, 0.0], [1.0, 1.0]])
    data = ArrayData(X, np.array([[0.1], [0.9]]))
    data.task, data.target_scaling = "regression", TargetScaling(np.array([5.0]), np.array([10.0]))
    v = BoundaryView(data, (2, 1), ("linear",), resolution=4)
    qtbot.addWidget(v)
    v.set_network_params(np.array([1.0, 0.0, 0.0]))  # o = x
    xs, _ = v.pixel_centres()
    assert np.allclose(v.values()[0], xs * 10.0 + 5.0)


def test_test_points_toggle(qtbot):
    """With test data the hollow test markers show, and the checkbox hides them."""
    X = np.array([[0.0, 0.0], [1.0, 1.0]])
    v = BoundaryView(ArrayData(X, np.array([[0.0], [1.0]]), X + 0.5, np.array([[0.0], [1.0]])),
                     (2, 2, 1), ("sigmoid", "sigmoid"), resolution=4)
    qtbot.addWidget(v)
    assert v._test_pts.isVisible()
    v.set_show_test(False)
    assert not v._test_pts.isVisible()
