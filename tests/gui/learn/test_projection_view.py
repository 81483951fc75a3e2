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
