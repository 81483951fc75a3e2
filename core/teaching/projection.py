"""A flat picture of data with more than two inputs: the plane of its two principal components.

PCA of the training inputs (as the network sees them), computed once with numpy's SVD: the plane
through their mean spanned by the two directions of largest variance. Points are drawn at their
coordinates in that plane; the network's answer over the plane comes from mapping each grid
point back to inputs (mean + p₁ c₁ + p₂ c₂), so the boundary drawn is the network's boundary on
that slice of input space. Qt-free; tested in tests/core/teaching/test_projection.py.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, eq=False)
class Projection:
    """mean (d,); components (2, d), orthonormal rows, PC1 first; explained (2,): the share of
    the inputs' variance along each."""

    mean: np.ndarray
    components: np.ndarray
    explained: np.ndarray

    @classmethod
    def fit(cls, X: np.ndarray) -> Projection:
        """PCA of X (n, d), d ≥ 2: the two principal directions (signs fixed so that each
        component's largest entry is positive, so the picture does not flip between runs)."""
        X = np.asarray(X, dtype=np.float64)
        mean = X.mean(axis=0)
        _, s, vt = np.linalg.svd(X - mean, full_matrices=False)
        comps = vt[:2].copy()
        for c in comps:
            if c[np.argmax(np.abs(c))] < 0:
                c *= -1
        var = s ** 2
        total = float(var.sum())
        explained = var[:2] / total if total > 0 else np.zeros(2)
        return cls(mean, comps, explained)

    def to_plane(self, X: np.ndarray) -> np.ndarray:
        """Inputs (n, d) -> plane coordinates (n, 2)."""
        return (np.asarray(X, dtype=np.float64) - self.mean) @ self.components.T

    def from_plane(self, P: np.ndarray) -> np.ndarray:
        """Plane coordinates (n, 2) -> inputs (n, d) on the plane."""
        return self.mean + np.asarray(P, dtype=np.float64) @ self.components
