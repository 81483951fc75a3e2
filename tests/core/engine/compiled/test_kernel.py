"""Tests for core/engine/compiled/kernel.py: the compiled loop agrees with the numpy reference to 1e-12."""


import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.engine.compiled import kernel
from core.engine.hyperparams import Hyperparams
from core.engine.network import Network
from core.engine.weight_init import InitSpec
from core.training.trainer import ArrayData, Trainer

HIDDEN_ACTS = ["sigmoid", "tanh", "relu", "linear"]
OUTPUTS = [("sigmoid", "sse"), ("sigmoid", "cross_entropy"), ("softmax", "cross_entropy"),
           ("softmax", "sse"), ("linear", "sse"), ("tanh", "sse")]  # fmt: skip


def test_numba_is_available():
    """The compiled kernel is what the app uses (numba is a dependency, not an option)."""
    assert kernel.AVAILABLE


@settings(max_examples=40, deadline=None)
@given(
    hidden=st.lists(st.integers(1, 6), min_size=0, max_size=3),
    hidden_act=st.sampled_from(HIDDEN_ACTS),
    out=st.sampled_from(OUTPUTS),
    batch=st.integers(1, 40),  # past 15: small networks' larger batches run here too (batch.blas_wins)
    momentum=st.sampled_from([0.0, 0.5, 0.9]),
    l2=st.sampled_from([0.0, 1e-3]),
    shuffle=st.booleans(),
    seed=st.integers(0, 1000),
)
def test_kernel_equals_reference(hidden, hidden_act, out, batch, momentum, l2, shuffle, seed):
    """Kernel and reference give the same weights and E_n to 1e-12 over random architectures."""
    act, loss = out
    rng = np.random.default_rng(seed)
    m = 3 if act == "softmax" else 2
    sizes = [4, *hidden, m]
    X = rng.normal(size=(13, 4))
    T = rng.dirichlet(np.ones(m), size=13) if act == "softmax" else rng.uniform(size=(13, m))
    hp = Hyperparams(alpha=0.05, batch_size=batch, momentum=momentum, l2=l2, shuffle=shuffle)
    runs = []
    for use_kernel in (True, False):
        net = Network(sizes, (hidden_act,) * len(hidden) + (act,), loss)
        tr = Trainer(net, ArrayData(X, T), hp, InitSpec("glorot", seed=seed), use_kernel=use_kernel)
        r1 = tr.run(samples=20)  # ends mid-epoch and mid-batch
        r2 = tr.run(epochs=2)
        runs.append((net.params.copy(), np.concatenate([r1.E_n, r2.E_n]), r2.epoch_E, tr.opt.velocity))
    # 1e-12 absolute, or relative where an unstable setting (linear units, μ = 0.9) grows large.
    # A run that explodes (weights past 1e6, seen up to 1e147) amplifies the last-bit differences
    # of the kernel's reassociated sums as much as it amplifies the weights: there the two must
    # still agree, but only to 1e-8 relative.
    rtol = 1e-12 if np.max(np.abs(runs[1][0])) < 1e6 else 1e-8
    for k, r in zip(runs[0], runs[1], strict=True):
        assert np.all(np.abs(k - r) <= rtol * np.maximum(1.0, np.abs(r))), np.max(np.abs(k - r))


@pytest.mark.parametrize("B", [2, 3, 5, 15, 20, 64])
def test_batches_are_the_same_bit_for_bit_wherever_calls_cut_them(B):
    """The general kernel's batches (their samples added to G when the batch is applied, or when a
    call or a diverging sample leaves it unfinished) give the same run in one call and cut into
    chunks of 1, 2, 3, 5 … samples: weights, velocity, pending gradient and E_n, bit for bit."""
    from core.training.paths import FastPath

    rng = np.random.default_rng(B)
    X, T = rng.normal(size=(97, 9)), rng.uniform(size=(97, 3))
    hp = Hyperparams(alpha=0.3, batch_size=B, momentum=0.5, l2=1e-3, shuffle=True)
    runs = []
    for chunks in ((500,), (1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 129, 99, 41)):
        net = Network([9, 7, 5, 3], ("tanh", "relu", "sigmoid"))
        tr = Trainer(net, ArrayData(X, T), hp, InitSpec("glorot", seed=B))
        assert FastPath(net).loop_for(net, hp) == "general"
        E = np.concatenate([tr.run(samples=k).E_n for k in chunks])
        runs.append((net.params.copy(), tr.opt.velocity.copy(), tr.opt.grad.copy(), E))
    for one, cut in zip(runs[0], runs[1], strict=True):
        assert np.array_equal(one, cut)


@pytest.mark.parametrize("B", [2, 3, 5, 15, 20, 64])
def test_batches_without_momentum_or_decay_are_the_same_wherever_calls_cut_them_to_rounding(B):
    """With μ = λ = 0 the kernel adds a whole batch to the weights sample by sample, and a batch a
    call cut waits in G as a sum, applied as one update: cut between batches the run is the uncut
    one bit for bit (the velocity, the last batch's update, given at each call's end); cut inside
    batches, the same to rounding."""
    from core.training.paths import FastPath

    rng = np.random.default_rng(B)
    X, T = rng.normal(size=(97, 9)), rng.uniform(size=(97, 3))
    hp = Hyperparams(alpha=0.3, batch_size=B, shuffle=True)
    ends = [e * 97 + b for e in range(4) for b in [*range(B, 97, B), 97]]  # the batches' ends, epochs of 97
    between = np.diff([0, *sorted(set(ends[:: max(1, len(ends) // 9)] + ends[1:3]))])
    anywhere = (1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 129, 99, 41)
    runs = {}
    for name, chunks in (("one", (sum(between),)), ("between", between), ("one'", (sum(anywhere),)),
                         ("anywhere", anywhere)):  # fmt: skip
        net = Network([9, 7, 5, 3], ("tanh", "relu", "sigmoid"))
        tr = Trainer(net, ArrayData(X, T), hp, InitSpec("glorot", seed=B))
        assert FastPath(net).loop_for(net, hp) == "general"
        E = np.concatenate([tr.run(samples=k).E_n for k in chunks])
        runs[name] = (net.params.copy(), tr.opt.velocity.copy(), tr.opt.grad.copy(), E)
    for one, cut in zip(runs["one"], runs["between"], strict=True):
        assert np.array_equal(one, cut)
    for one, cut in zip(runs["one'"], runs["anywhere"], strict=True):
        np.testing.assert_allclose(cut, one, rtol=1e-14, atol=1e-15)


def test_a_reached_target_leaves_the_last_batchs_update_as_the_velocity():
    """Epochs of 10 in batches of 4, μ = λ = 0: the target, reached at the first epoch's end, stops
    the run with the short batch of 2 applied (folded into the weights) and the velocity its update,
    as the reference has them."""
    from core.training.trainer import TARGET_REACHED, StopConditions

    rng = np.random.default_rng(6)
    X, T = rng.normal(size=(10, 9)), rng.uniform(size=(10, 3))
    out = []
    for use_kernel in (True, False):
        net = Network([9, 7, 5, 3], ("tanh", "relu", "sigmoid"))
        tr = Trainer(net, ArrayData(X, T), Hyperparams(alpha=0.3, batch_size=4), InitSpec("glorot", seed=6),
                     use_kernel=use_kernel)  # fmt: skip
        r = tr.run(samples=50, stop=StopConditions(target_E=10.0))
        assert (r.status, r.samples) == (TARGET_REACHED, 10)
        out.append((net.params.copy(), tr.opt.velocity.copy()))
    for got, want in zip(out[0], out[1], strict=True):
        np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-15)


@pytest.mark.parametrize("mu, lam", [(0.5, 1e-3), (0.0, 0.0)])
def test_a_layer_wider_than_a_tile_equals_the_reference_and_cuts_anywhere(mu, lam):
    """600 inputs in batches of 8: the batch is summed into each row in tiles of 512 inputs (its
    rows pass kernel.L1_SHARE), a short last one, each tile over every row; a call's cut batch in
    other tiles or none: the reference's numbers to 1e-12, and with momentum and decay the same bits
    wherever calls cut the run."""
    d = 600
    rng = np.random.default_rng(9)
    X, T = rng.normal(size=(40, d)) / np.sqrt(d), rng.uniform(size=(40, 3))
    hp = Hyperparams(alpha=0.3, batch_size=8, momentum=mu, l2=lam, shuffle=True)
    runs = {}
    for name, chunks, use_kernel in (("kernel", (100,), True), ("cut", (1, 9, 3, 30, 57), True),
                                     ("reference", (100,), False)):  # fmt: skip
        net = Network([d, 6, 3], ("tanh", "sigmoid"))
        tr = Trainer(net, ArrayData(X, T), hp, InitSpec("glorot", seed=9), use_kernel=use_kernel)
        E = np.concatenate([tr.run(samples=k).E_n for k in chunks])
        runs[name] = (net.params.copy(), tr.opt.velocity.copy(), tr.opt.grad.copy(), E)
    for got, want in zip(runs["kernel"], runs["reference"], strict=True):
        np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-12)
    if mu:
        for one, cut in zip(runs["kernel"], runs["cut"], strict=True):
            assert np.array_equal(one, cut)
