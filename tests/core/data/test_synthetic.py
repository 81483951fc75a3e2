"""Tests for core/data/synthetic.py: each generator matches its written definition."""

import numpy as np
import pytest

from core.data import synthetic as syn

GENERATORS = [syn.xor_quadrants, syn.circle, syn.two_gaussians, syn.spiral, syn.two_moons,
              syn.checkerboard, syn.regress_plane, syn.regress_gaussians]


def rng(seed=0):
    return np.random.default_rng(seed)


def test_xor_classic_is_the_seed_table():
    """The classic XOR is exactly the truth table of x1 XOR x2."""
    X, y = syn.xor_classic()
    assert X.tolist() == [[0, 0], [0, 1], [1, 0], [1, 1]]
    assert y.tolist() == [int(a) ^ int(b) for a, b in X]


@pytest.mark.parametrize("gen", GENERATORS)
def test_shapes_ranges_and_seed(gen):
    """n points in 2-D, roughly in [-6, 6]; same seed -> same data, other seed -> other data."""
    X, y = gen(101, 0.2, rng(1))
    assert X.shape == (101, 2) and y.shape == (101,)
    assert np.all(np.abs(X) <= 10) and np.mean(np.abs(X) <= 6.5) > 0.9
    X2, y2 = gen(101, 0.2, rng(1))
    np.testing.assert_array_equal(X, X2)
    np.testing.assert_array_equal(y, y2)
    assert not np.array_equal(X, gen(101, 0.2, rng(2))[0])


def test_xor_quadrants_noise_free_labels():
    """Without noise, class 1 is exactly the points whose coordinates differ in sign."""
    X, y = syn.xor_quadrants(400, 0.0, rng())
    np.testing.assert_array_equal(y, (X[:, 0] > 0) != (X[:, 1] > 0))
    assert np.all(np.abs(X) >= 0.3)


def test_circle_noise_free_labels():
    """Without noise, class 1 is inside radius 2.5 and class 0 in the ring 3.5..5."""
    X, y = syn.circle(400, 0.0, rng())
    r = np.hypot(X[:, 0], X[:, 1])
    assert np.all(r[y == 1] <= 2.5) and np.all((r[y == 0] >= 3.5) & (r[y == 0] <= 5))
    assert y.sum() == 200


def test_noise_flips_some_labels():
    """With noise the labels are read off jittered points, so some disagree with the clean rule."""
    X, y = syn.circle(2000, 0.5, rng())
    clean = np.hypot(X[:, 0], X[:, 1]) < 2.5
    assert 0 < np.sum(clean != y) < 1000


def test_two_gaussians_centres_and_variance():
    """Class means are near (2, 2) and (-2, -2); variance is 0.5 + 7 * noise as in the Playground."""
    X, y = syn.two_gaussians(20000, 0.2, rng())
    np.testing.assert_allclose(X[y == 1].mean(axis=0), [2, 2], atol=0.05)
    np.testing.assert_allclose(X[y == 0].mean(axis=0), [-2, -2], atol=0.05)
    np.testing.assert_allclose(X[y == 1].var(axis=0), 0.5 + 3.5 * 0.2 / 0.5, rtol=0.05)


def test_spiral_noise_free_points_on_arms():
    """Without noise, point i of an arm of k points is at radius 5 i / k and angle 3.5 pi i / k."""
    X, y = syn.spiral(10, 0.0, rng())
    i = np.arange(5)
    t = 1.75 * i / 5 * 2 * np.pi
    r = i / 5 * 5
    np.testing.assert_allclose(X[:5], np.column_stack([r * np.sin(t), r * np.cos(t)]), atol=1e-12)
    np.testing.assert_allclose(X[5:], -X[:5], atol=1e-12)  # the other arm is turned by pi
    assert y.tolist() == [1] * 5 + [0] * 5


def test_two_moons_noise_free_on_half_circles():
    """Without noise, undoing the shift and scale puts each class on its unit half circle."""
    X, y = syn.two_moons(300, 0.0, rng())
    P = X / 4 + [0.5, 0.25]
    up, low = P[y == 1], P[y == 0]
    np.testing.assert_allclose(np.hypot(up[:, 0], up[:, 1]), 1, atol=1e-12)
    assert np.all(up[:, 1] >= -1e-12)
    np.testing.assert_allclose(np.hypot(low[:, 0] - 1, low[:, 1] - 0.5), 1, atol=1e-12)
    assert np.all(low[:, 1] <= 0.5 + 1e-12)


def test_checkerboard_noise_free_labels():
    """Without noise, the label is the parity of the 3 x 3 square a point falls in."""
    X, y = syn.checkerboard(500, 0.0, rng())
    col = np.floor((X[:, 0] + 6) / 3)
    row = np.floor((X[:, 1] + 6) / 3)
    np.testing.assert_array_equal(y, (col + row) % 2)


def test_regress_plane_noise_free():
    """Without noise the target is (x + y) / 10."""
    X, y = syn.regress_plane(100, 0.0, rng())
    np.testing.assert_allclose(y, (X[:, 0] + X[:, 1]) / 10, atol=1e-15)


def test_regress_gaussians_values():
    """Without noise the target is +-1 at a bump centre, 0 far from all, between on the slopes."""
    X, y = syn.regress_gaussians(3000, 0.0, rng())
    assert np.all(np.abs(y) <= 1)
    for cx, cy, sign in syn.GAUSSIAN_BUMPS:
        d = np.hypot(X[:, 0] - cx, X[:, 1] - cy)
        near = d < 1
        np.testing.assert_allclose(y[near], sign * (1 - d[near] / 2), atol=1e-12)
    far = np.min([np.hypot(X[:, 0] - cx, X[:, 1] - cy) for cx, cy, _ in syn.GAUSSIAN_BUMPS],
                 axis=0) >= 2
    assert np.all(y[far] == 0)
