"""Synthetic 2-D data sets, most as TensorFlow Playground defines them (playground/src/dataset.ts).

Every generator takes a sample count `n`, a `noise` level and a numpy `Generator`, and returns raw
inputs X (n, 2) and either class indices (n,) in {0, 1} or real targets (n,). Inputs lie roughly in
[-6, 6] like the Playground's, except the classic XOR whose inputs are exactly 0 and 1.
`noise` is the Playground's fraction 0..0.5 (its slider 0..50 %) unless a docstring says otherwise.
Class 1 is the Playground's positive (blue) class.
"""

from __future__ import annotations

import numpy as np

XOR_INPUTS = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_LABELS = np.array([0, 1, 1, 0])


def xor_classic() -> tuple[np.ndarray, np.ndarray]:
    """The seed's four XOR points: inputs (4, 2) in {0, 1}, labels (4,) = x1 XOR x2. No noise."""
    return XOR_INPUTS.copy(), XOR_LABELS.copy()


def xor_quadrants(n: int, noise: float, rng: np.random.Generator):
    """Points uniform in [-5.3, 5.3]^2 (kept 0.3 off the axes); class 1 where the signs of x and y
    differ (XOR of x > 0, y > 0), read at a position jittered by U(-5, 5) * noise.

    The Playground's "exclusive or" labels the opposite quadrants positive; this is the same picture
    with the classes swapped, so that class 1 means "XOR is true".
    """
    xy = rng.uniform(-5, 5, size=(n, 2))
    xy += np.where(xy > 0, 0.3, -0.3)
    jitter = rng.uniform(-5, 5, size=(n, 2)) * noise
    p = xy + jitter
    return xy, (p[:, 0] * p[:, 1] < 0).astype(np.int64)


def circle(n: int, noise: float, rng: np.random.Generator):
    """Class 1 inside radius 2.5 (drawn at r in [0, 2.5]), class 0 in the ring r in [3.5, 5];
    a label is read at the point jittered by U(-5, 5) * noise, so noise blurs the boundary."""
    n1 = n // 2
    r = np.concatenate([rng.uniform(0, 2.5, n1), rng.uniform(3.5, 5, n - n1)])
    angle = rng.uniform(0, 2 * np.pi, n)
    xy = np.column_stack([r * np.sin(angle), r * np.cos(angle)])
    jitter = rng.uniform(-5, 5, size=(n, 2)) * noise
    labels = (np.hypot(*(xy + jitter).T) < 2.5).astype(np.int64)
    return xy, labels


def two_gaussians(n: int, noise: float, rng: np.random.Generator):
    """Class 1 around (2, 2), class 0 around (-2, -2); the variance grows with noise from 0.5
    (noise 0) to 4 (noise 0.5), as in the Playground, so the clouds overlap more."""
    variance = 0.5 + noise / 0.5 * 3.5
    n1 = n // 2
    centres = np.vstack([np.full((n1, 2), 2.0), np.full((n - n1, 2), -2.0)])
    xy = centres + rng.normal(0.0, np.sqrt(variance), size=(n, 2))
    labels = np.concatenate([np.ones(n1, np.int64), np.zeros(n - n1, np.int64)])
    return xy, labels


def spiral(n: int, noise: float, rng: np.random.Generator):
    """Two interleaved arms of 1.75 turns out to radius 5 (class 1, and class 0 turned by pi);
    each point is moved by U(-1, 1) * noise in x and y."""
    n1 = n // 2
    xs, labels = [], []
    for count, delta, label in ((n1, 0.0, 1), (n - n1, np.pi, 0)):
        i = np.arange(count)
        r = i / count * 5
        t = 1.75 * i / count * 2 * np.pi + delta
        pts = np.column_stack([r * np.sin(t), r * np.cos(t)])
        xs.append(pts + rng.uniform(-1, 1, size=(count, 2)) * noise)
        labels.append(np.full(count, label, np.int64))
    return np.vstack(xs), np.concatenate(labels)


def two_moons(n: int, noise: float, rng: np.random.Generator):
    """Two interleaved half circles of radius 1 (class 1 upper, class 0 lower), Gaussian jitter of
    standard deviation `noise` (in radii; 0.1 is mild), then centred and scaled by 4 so that inputs
    lie in about [-6, 6] x [-3, 3]. Not a Playground set."""
    n1 = n // 2
    t1 = rng.uniform(0, np.pi, n1)
    t0 = rng.uniform(0, np.pi, n - n1)
    upper = np.column_stack([np.cos(t1), np.sin(t1)])
    lower = np.column_stack([1 - np.cos(t0), 0.5 - np.sin(t0)])
    xy = np.vstack([upper, lower]) + rng.normal(0.0, noise, size=(n, 2))
    xy = (xy - [0.5, 0.25]) * 4
    labels = np.concatenate([np.ones(n1, np.int64), np.zeros(n - n1, np.int64)])
    return xy, labels


def checkerboard(n: int, noise: float, rng: np.random.Generator):
    """Points uniform in [-6, 6]^2 on a 4 x 4 board of 3 x 3 squares, class 1 on the squares where
    (column + row) is odd; a label is read at the point jittered by U(-6, 6) * noise. Not a
    Playground set."""
    xy = rng.uniform(-6, 6, size=(n, 2))
    p = xy + rng.uniform(-6, 6, size=(n, 2)) * noise
    cells = np.floor((p + 6) / 3).astype(np.int64)
    return xy, ((cells[:, 0] + cells[:, 1]) % 2).astype(np.int64)


def regress_plane(n: int, noise: float, rng: np.random.Generator):
    """Points uniform in [-6, 6]^2, target (x + y) / 10 (about [-1.2, 1.2]) read at the point
    jittered by U(-6, 6) * noise."""
    xy = rng.uniform(-6, 6, size=(n, 2))
    p = xy + rng.uniform(-6, 6, size=(n, 2)) * noise
    return xy, (p[:, 0] + p[:, 1]) / 10


# (centre x, centre y, sign) of the Playground's six bumps.
GAUSSIAN_BUMPS = ((-4, 2.5, 1), (0, 2.5, -1), (4, 2.5, 1),
                  (-4, -2.5, -1), (0, -2.5, 1), (4, -2.5, -1))


def regress_gaussians(n: int, noise: float, rng: np.random.Generator):
    """Points uniform in [-6, 6]^2; target in [-1, 1]: of six signed cones 1 - d/2 (clamped to
    [0, 1], d the distance to a bump's centre), the one largest in magnitude, read at the point
    jittered by U(-6, 6) * noise."""
    xy = rng.uniform(-6, 6, size=(n, 2))
    p = xy + rng.uniform(-6, 6, size=(n, 2)) * noise
    y = np.zeros(n)
    for cx, cy, sign in GAUSSIAN_BUMPS:
        cone = sign * np.clip(1 - np.hypot(p[:, 0] - cx, p[:, 1] - cy) / 2, 0, 1)
        y = np.where(np.abs(cone) > np.abs(y), cone, y)
    return xy, y
