"""Tests for core/engine/param_layout.py: the flat buffer's slicing into W[l] (to, from) and b[l]."""

import numpy as np
import pytest

from core.engine.param_layout import ParamLayout


def test_seed_net_layout_is_W_ji_w_j0_W_kj_w_k0():
    """For 2-2-1 the flat order is W_ji row by row, w_j0, W_kj, w_k0, and views write through."""
    lay = ParamLayout((2, 2, 1))
    flat = np.arange(9.0)
    W, b = lay.views(flat)
    np.testing.assert_array_equal(W[0], [[0, 1], [2, 3]])
    np.testing.assert_array_equal(b[0], [4, 5])
    np.testing.assert_array_equal(W[1], [[6, 7]])
    np.testing.assert_array_equal(b[1], [8])
    W[1][0, 1] = -1.0
    assert flat[7] == -1.0 and lay.n_params == 9


def test_grids_put_the_bias_last_and_copies_are_independent():
    """grids() gives (to, from + 1) with b as the last column; copies() does not write through."""
    lay = ParamLayout((2, 2, 1))
    flat = np.arange(9.0)
    np.testing.assert_array_equal(lay.grids(flat)[0], [[0, 1, 4], [2, 3, 5]])
    W, _ = lay.copies(flat)
    W[0][0, 0] = 99.0
    assert flat[0] == 0.0


@pytest.mark.parametrize("n, message", [(3, "3 parameters are too few for a 2-5-1 network"),
                                        (30, r"30 parameters do not fit a 2-5-1 network \(21 needed\)")])
def test_wrong_length_is_named(n, message):
    """A buffer of the wrong length is refused with the sizes in plain words."""
    with pytest.raises(ValueError, match=message):
        ParamLayout((2, 5, 1)).views(np.zeros(n))
