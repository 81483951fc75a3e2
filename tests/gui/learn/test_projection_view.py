"""Tests for gui/learn/projection_view.py: the principal-component plane of data with more
inputs."""

from __future__ import annotations

import numpy as np

from core.engine.network import Network
from tests.gui.learn.test_units_tab import _named, _params, _tab


def test_more_inputs_get_the_pca_plane_with_wrong_answers_ringed(qtbot):
    """Iris: the points in the plane of the first two principal components (orthonormal,
    explaining most of the variance), a ring on exactly the misclassified samples."""
    ds = _named("iris")
    tab, sizes = _tab(qtbot, ds, (3,))
    params = _params(sizes, 2)
    tab.set_network_params(params)
    pv = tab.projection
    assert tab.kind == "projection" and pv.image_rgb() is not None
    C = pv.projection.components
    assert np.allclose(C @ C.T, np.eye(2)) and pv.projection.explained.sum() > 0.8
    net = Network(sizes, ("sigmoid", "sigmoid"), "sse", params)
    X, T = np.vstack([ds.X_train, ds.X_test]), np.vstack([ds.T_train, ds.T_test])
    wrong = np.argmax(net.forward(X), axis=1) != np.argmax(T, axis=1)
    assert np.array_equal(pv.wrong, wrong)


def test_regression_with_more_inputs_colours_the_plane_by_the_answer(qtbot):
    """5 inputs, a numeric target: the plane's background is the answer in the data's units (on
    the diverging map), no point is 'wrong', and huge weights draw without a warning."""
    import warnings

    from core.data.assemble import assemble_regression
    from gui.learn.projection_view import ProjectionView

    rng = np.random.default_rng(0)
    X = rng.normal(size=(60, 5))
    ds = assemble_regression(X, X @ [1.0, -2.0, 0.5, 0.0, 0.0], name="r", spec={})
    sizes = (5, 3, 1)
    view = ProjectionView(ds, sizes, ("tanh", "sigmoid"))
    qtbot.addWidget(view)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        view.set_network_params(_params(sizes))
        view.set_network_params(np.full(Network(sizes).n_params, 1e300))
    assert view.image_rgb().shape == (70, 70, 3) and view.wrong is None
