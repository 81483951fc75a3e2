"""Tests for core/engine/aligned.py: arrays on 64-byte cache lines, and that the weights, the
optimiser state and the training inputs the loops sweep are on them, however they were made."""

import numpy as np
import pytest

from core.data.csv_reader import load_csv
from core.engine import aligned
from core.engine.backprop import OptimizerState
from core.engine.hyperparams import Hyperparams
from core.engine.network import Network
from core.training.trainer import ArrayData, Trainer


def off_line(shape, offset=16):
    """A float64 array that starts `offset` bytes past a cache line (numpy's usual place for a large one)."""
    n = int(np.prod(shape))
    buffer = np.empty(n + 16)
    start = (-buffer.ctypes.data % 64 + offset) // 8
    out = buffer[start : start + n].reshape(shape)
    assert out.ctypes.data % 64 == offset
    out[...] = np.arange(n).reshape(shape) * 0.5
    return out


@pytest.mark.parametrize("shape", [1, 7, (3, 5), (64, 784)])
@pytest.mark.parametrize("dtype", [np.float64, np.int64, np.uint8])
def test_new_arrays_start_a_line(shape, dtype):
    for a in (aligned.empty(shape, dtype), aligned.zeros(shape, dtype)):
        assert a.ctypes.data % 64 == 0 and a.dtype == dtype and a.flags.c_contiguous
        assert a.shape == ((shape,) if np.ndim(shape) == 0 else shape)
    assert not aligned.zeros(shape, dtype).any()


def test_a_negative_size_is_refused_as_numpy_does():
    for shape in (-1, (4, -1)):
        with pytest.raises(ValueError):
            aligned.empty(shape)


def test_contiguous_copies_only_what_is_off_a_line():
    a = off_line((6, 8))
    b = aligned.contiguous(a)
    assert b is not a and aligned.starts_line(b) and np.array_equal(a, b)
    assert aligned.contiguous(b) is b  # already on a line: no copy
    c = aligned.copy(b)
    assert c is not b and c.base is not b and aligned.starts_line(c) and np.array_equal(b, c)
    c = aligned.contiguous(np.arange(10, dtype=np.uint8))  # converted as it is copied
    assert c.dtype == np.float64 and aligned.starts_line(c) and np.array_equal(c, np.arange(10))
    f = aligned.contiguous(np.asfortranarray(np.arange(12.0).reshape(3, 4)))
    assert f.flags.c_contiguous and aligned.starts_line(f)


def test_weights_optimiser_state_and_inputs_are_on_lines():
    """A network given misplaced weights, an optimiser state made any way, and a trainer given
    misplaced inputs all end on cache lines, with the values they were given."""
    params = off_line((Network((8, 3, 2)).n_params,))
    net = Network((8, 3, 2), params=params)
    assert aligned.starts_line(net.params) and np.array_equal(net.params, params)
    assert aligned.starts_line(net.W[0])  # W_ji, the first layer's weights, lead the flat array
    twin = net.copy()
    assert aligned.starts_line(twin.params) and np.shares_memory(twin.params, net.params) is False
    n = net.n_params
    given = OptimizerState(off_line((n,)), off_line((n,)))  # as a saved session's state arrives
    for opt in (OptimizerState.zeros(n), given, given.copy()):
        assert aligned.starts_line(opt.velocity) and aligned.starts_line(opt.grad)
    X, T = off_line((10, 8)), np.zeros((10, 2))
    tr = Trainer(net, ArrayData(X, T), Hyperparams())
    assert aligned.starts_line(tr.X) and np.array_equal(tr.X, X)
    assert all(aligned.starts_line(row) for row in tr.X)  # 8 inputs: every row a whole line
    odd = off_line((10, 5))  # rows of 5 inputs cannot all start lines: no copy made for nothing
    assert Trainer(Network((5, 3, 2)), ArrayData(odd, T), Hyperparams()).X is odd
    test_X = off_line((4, 8))  # the test set is not swept by the kernels: taken as it is
    assert Trainer(net, ArrayData(X, T, test_X, np.zeros((4, 2))), Hyperparams()).X_test is test_X


def test_a_csv_loads_onto_lines_without_a_copy_in_the_trainer(tmp_path):
    """The CSV reader allocates its inputs on a line, so the trainer takes them as they are."""
    rows = np.random.default_rng(0).integers(0, 9, size=(40, 9))
    path = tmp_path / "d.csv"
    path.write_text("\n".join(",".join(map(str, r)) for r in rows) + "\n")
    ds = load_csv(path, normalise="none", train_fraction=1.0)
    assert aligned.starts_line(ds.X_train)
    tr = Trainer(Network((8, 4, ds.n_outputs)), ArrayData(ds.X_train, ds.T_train), Hyperparams())
    assert tr.X is ds.X_train
