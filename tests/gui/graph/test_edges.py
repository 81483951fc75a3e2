"""Tests of gui/graph/edges.py: choosing the edges to draw and their colour buckets."""

import numpy as np

from gui.graph.edges import N_BUCKETS, bucket_of, bucket_value, make_pens, select_edges


def grids_and_segments(shapes, rng):
    grids = [rng.normal(0, 1, (n_to, n_from + 1)) for n_to, n_from in shapes]
    segs = [rng.uniform(0, 100, (g.size, 4)) for g in grids]
    return grids, segs


def test_buckets_are_exact_at_zero_and_the_ends():
    """0 → the middle bucket (value 0), ±vmax → the end buckets (values ±1), beyond clips."""
    mid = (N_BUCKETS - 1) // 2
    assert list(bucket_of([0.0, 2.0, -2.0, 9.0], 2.0)) == [mid, N_BUCKETS - 1, 0, N_BUCKETS - 1]
    assert bucket_value(mid) == 0.0 and bucket_value(0) == -1.0 and bucket_value(N_BUCKETS - 1) == 1.0


def test_pens_widen_with_magnitude_and_never_reach_one_pixel():
    """Pen width grows with |value| from ≥ 1.1 px (thin lines are slow) to the maximum."""
    widths = [p.widthF() for p in make_pens(6.0)]
    mid = (N_BUCKETS - 1) // 2
    assert min(widths) >= 1.1 and widths[-1] == widths[0] == 6.0
    assert all(np.diff(widths[mid:]) > 0)


def test_budget_keeps_the_strongest_and_spares_small_layers():
    """784-30-10 with budget 2,000: the 300 output weights all show, the input layer gets the
    other 1,700 slots, filled with exactly its 1,700 largest |w|."""
    rng = np.random.default_rng(0)
    grids, segs = grids_and_segments([(30, 784), (10, 30)], rng)
    frame = select_edges(grids, segs, 0.0, None, budget=2000)
    small = frame.layer == 1
    assert np.count_nonzero(small) == 10 * 31  # all 300 weights and 10 biases of the small layer
    big_weights = (frame.layer == 0) & (frame.index % 785 != 784)
    assert np.count_nonzero(big_weights) == 2000 - 300
    chosen = np.abs(grids[0].ravel()[frame.index[big_weights]])
    all_w = np.abs(grids[0][:, :784]).ravel()
    assert chosen.min() >= np.sort(all_w)[-1700]  # exactly the 1,700 largest |w|
    assert frame.shown == 2000 and frame.total == 30 * 784 + 10 * 30 and frame.capped


def test_threshold_and_draw_order():
    """|w| < threshold is left out and counted; weak buckets come first, equal buckets adjacent."""
    grid = np.array([[0.05, -0.5, 1.0, 0.0]])  # 3 weights and a bias of 0
    frame = select_edges([grid], [np.zeros((4, 4))], 0.1, 1.0)
    assert sorted(frame.values.tolist()) == [-0.5, 1.0]
    assert frame.hidden_by_threshold == 1
    mid = (N_BUCKETS - 1) // 2
    assert list(np.abs(frame.bucket - mid)) == sorted(np.abs(frame.bucket - mid))
    assert sum(stop - start for _, start, stop in frame.groups) == len(frame.values)


def test_strength_of_decides_which_edges_show():
    """Colour values may differ from the weights that decide visibility (gradient mode)."""
    weights = np.array([[0.0, 5.0, 0.0]])
    deltas = np.array([[9.0, 0.1, 9.0]])
    frame = select_edges([deltas], [np.zeros((3, 4))], 1.0, None, strength_of=[weights])
    assert frame.values.tolist() == [0.1]
