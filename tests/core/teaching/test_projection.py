"""Tests for core/teaching/projection.py: the plane of the two principal components."""

from __future__ import annotations

import numpy as np

from core.teaching.projection import Projection


def test_components_are_the_covariances_top_eigenvectors():
    """Against numpy's eigh of the covariance: same two directions (up to sign), same shares."""
    rng = np.random.default_rng(0)
    X = rng.normal(size=(300, 4)) * [3.0, 1.0, 0.5, 0.2] @ np.linalg.qr(rng.normal(size=(4, 4)))[0]
    p = Projection.fit(X)
    vals, vecs = np.linalg.eigh(np.cov(X.T))
    for k in range(2):
        assert abs(abs(p.components[k] @ vecs[:, -1 - k]) - 1) < 1e-9
    assert np.allclose(p.explained, vals[::-1][:2] / vals.sum())


def test_points_on_a_line_project_onto_pc1_and_come_back():
    """Points along (1, 2, 2)/3 through (1, 1, 1): all variance on PC1, and a plane point maps
    back onto the line exactly."""
    t = np.linspace(-2, 2, 9)[:, None]
    X = np.array([1.0, 1.0, 1.0]) + t * np.array([1.0, 2.0, 2.0]) / 3
    p = Projection.fit(X + 1e-9 * np.random.default_rng(1).normal(size=X.shape))
    assert np.allclose(p.components[0], [1 / 3, 2 / 3, 2 / 3], atol=1e-6)
    assert p.explained[0] > 0.999999
    P = p.to_plane(X)
    assert np.allclose(P[:, 0], t[:, 0], atol=1e-6)
    assert np.allclose(p.from_plane(P), X, atol=1e-6)
