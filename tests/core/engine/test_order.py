"""Tests for core/engine/order.py: shuffles are permutations, seeded, and independent of chunking."""

import numpy as np

from core.engine.order import epoch_orders, sample_order


def test_each_epoch_is_a_permutation():
    """Every shuffled epoch visits each sample exactly once."""
    o = epoch_orders(7, 0, 50, True, 3)
    assert all(sorted(row) == list(range(7)) for row in o)
    assert len({tuple(r) for r in o}) > 20


def test_file_order_when_not_shuffled():
    """Without shuffling samples come in file order."""
    np.testing.assert_array_equal(sample_order(3, 5, 1, 5, False, 0), [1, 2, 0, 1, 2])


def test_chunk_independent():
    """Asking for the order piece by piece gives the same sequence as all at once."""
    whole = sample_order(5, 0, 0, 40, True, 11)
    parts = np.concatenate([sample_order(5, s // 5, s % 5, 8, True, 11) for s in range(0, 40, 8)])
    np.testing.assert_array_equal(whole, parts)
