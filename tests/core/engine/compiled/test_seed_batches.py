"""Tests for core/engine/compiled/seed_batches.py: the seed's network in mini-batches equals the
numpy reference (weights, velocity, the pending gradient, E_n, statuses) whatever the chunking, the
batch size, μ and λ, and stops where it stops."""

import numpy as np
import pytest

from core.engine.compiled.seed_kernel_case import seed_batches_apply
from core.engine.hyperparams import Hyperparams
from core.engine.network import Network
from core.engine.weight_init import InitSpec
from core.training.trainer import DIVERGED, TARGET_REACHED, ArrayData, StopConditions, Trainer


def _both(sizes, X, T, hp, chunks, stop=None):
    out = []
    for use_kernel in (True, False):
        tr = Trainer(Network(sizes), ArrayData(X, T), hp, InitSpec("uniform", 1.0, 4), use_kernel=use_kernel)
        results = [tr.run(samples=k, stop=stop) for k in chunks]
        out.append(dict(params=tr.network.params.copy(), velocity=tr.opt.velocity.copy(), grad=tr.opt.grad.copy(),
                        E=np.concatenate([r.E_n for r in results]), pending=tr.opt.n_in_batch,
                        status=[(r.status, r.samples) for r in results]))  # fmt: skip
    return out


def test_the_batch_kernel_runs_only_the_seeds_network_in_batches():
    seed = ((784, 30, 10), ("sigmoid", "sigmoid"), "sse")
    assert seed_batches_apply(*seed, 2) and seed_batches_apply(*seed, 15)
    assert seed_batches_apply(*seed, 16) and seed_batches_apply(*seed, 128)
    assert not seed_batches_apply(*seed, 1)  # the seed kernel
    assert seed_batches_apply(*seed, 129) and seed_batches_apply(*seed, 60000)  # swept in sub-batches
    assert seed_batches_apply((784, 100, 10), ("sigmoid", "sigmoid"), "sse", 32)
    assert seed_batches_apply((784, 100, 10), ("sigmoid", "sigmoid"), "sse", 128)  # W_ji and 32 inputs fit
    assert seed_batches_apply((784, 512, 10), ("sigmoid", "sigmoid"), "sse", 32)  # one sweep a batch
    assert not seed_batches_apply((784, 256, 10), ("sigmoid", "sigmoid"), "sse", 128)  # BLAS: W_ji fills the cache
    assert seed_batches_apply((64, 100, 10), ("sigmoid", "sigmoid"), "sse", 128)
    assert not seed_batches_apply((784, 30, 10), ("tanh", "sigmoid"), "sse", 32)
    assert not seed_batches_apply((784, 30, 10), ("sigmoid", "sigmoid"), "cross_entropy", 32)
    assert not seed_batches_apply((784, 30, 20, 10), ("sigmoid",) * 3, "sse", 32)


@pytest.mark.parametrize("B", [2, 3, 5, 8, 16, 17, 19, 23])
@pytest.mark.parametrize("mu, lam", [(0.0, 0.0), (0.9, 0.0), (0.0, 1e-2), (0.5, 1e-3)])
def test_batches_cut_anywhere_equal_the_reference(B, mu, lam):
    """Chunks of 1, 2, 3, 7 … samples over epochs of 41 (batches cut by the call, by the epoch's end,
    and blocks of four samples with remainders; 7 hidden units: a block of four rows and three left):
    everything the trainer keeps is the reference's to 1e-12, the unfinished batch's gradient too."""
    sizes = (9, 7, 3)
    rng = np.random.default_rng(B)
    X, T = rng.normal(size=(41, sizes[0])), rng.uniform(size=(41, sizes[-1]))
    kernel, ref = _both(sizes, X, T, Hyperparams(alpha=0.8, batch_size=B, momentum=mu, l2=lam, shuffle=True),
                        (1, 2, 3, 7, 1, 17, 2, 4, 33, 19, 40))  # fmt: skip
    for key in ("params", "velocity", "grad", "E"):
        np.testing.assert_allclose(kernel[key], ref[key], rtol=1e-12, atol=1e-12, err_msg=key)
    assert kernel["pending"] == ref["pending"] and kernel["status"] == ref["status"]


@pytest.mark.parametrize("B", [33, 64, 70, 100])
@pytest.mark.parametrize("mu, lam", [(0.0, 0.0), (0.9, 0.0), (0.5, 1e-3)])
def test_batches_larger_than_a_sweep_equal_the_reference(B, mu, lam):
    """Batches of more than SUB_BATCH (32) samples are swept in parts (their gradient's sums kept in
    grad between parts): cut by calls anywhere, by the epoch's end, with a part of 1 sample left
    (33) or of 4, 6 …, they still give everything the reference gives, to 1e-12."""
    sizes = (9, 7, 3)
    rng = np.random.default_rng(B)
    X, T = rng.normal(size=(150, sizes[0])), rng.uniform(size=(150, sizes[-1]))
    kernel, ref = _both(sizes, X, T, Hyperparams(alpha=0.3, batch_size=B, momentum=mu, l2=lam, shuffle=True),
                        (1, 40, 3, 150, 97, 64, 33, 260, 5))  # fmt: skip
    for key in ("params", "velocity", "grad", "E"):
        np.testing.assert_allclose(kernel[key], ref[key], rtol=1e-12, atol=1e-12, err_msg=key)
    assert kernel["pending"] == ref["pending"] and kernel["status"] == ref["status"]


@pytest.mark.parametrize("sizes, B", [((9, 6, 3), 20), ((9, 6, 3), 40), ((9, 3, 2), 40), ((9, 1, 2), 36),
                                      ((50, 300, 3), 20)])  # fmt: skip
def test_every_row_block_and_a_wide_layer_equal_the_reference(sizes, B):
    """The loop's row blocks of four, two and one: 6 hidden units end on a block of two, 3 and 1
    on fewer than four in batches swept in parts (B > 32); 300 hidden units, a W_ji past the L2
    cache's share, at B = 20 (a batch of up to 32 runs in the loop whatever the size). Cut by calls
    anywhere, with momentum and L2: the reference's to 1e-12."""
    from core.training.paths import FastPath

    net = Network(sizes)
    assert FastPath(net).loop_for(net, Hyperparams(batch_size=B)) == "seed batches"
    rng = np.random.default_rng(B + sizes[1])
    X, T = rng.normal(size=(90, sizes[0])) / np.sqrt(sizes[0]), rng.uniform(size=(90, sizes[-1]))
    kernel, ref = _both(sizes, X, T, Hyperparams(alpha=0.5, batch_size=B, momentum=0.5, l2=1e-3, shuffle=True),
                        (1, 23, 3, 41, 90, 7, 61))  # fmt: skip
    for key in ("params", "velocity", "grad", "E"):
        np.testing.assert_allclose(kernel[key], ref[key], rtol=1e-12, atol=1e-12, err_msg=key)
    assert kernel["pending"] == ref["pending"] and kernel["status"] == ref["status"]


@pytest.mark.parametrize("B", [2, 3, 4, 7, 16, 32, 40, 70])
def test_a_run_is_the_same_bit_for_bit_wherever_calls_cut_it(B):
    """The same run in one call and cut into chunks of 1, 2, 3, 5 … samples (batches cut anywhere,
    in parts past 32 samples; 7 hidden units: row blocks of four, two and one) ends on the same
    weights, velocity, pending gradient and E_n, bit for bit: a batch's gradient is summed sample by
    sample in order, and every sample's forward pass comes from the same loop, wherever it starts."""
    sizes = (37, 7, 3)
    rng = np.random.default_rng(B)
    X, T = rng.normal(size=(97, sizes[0])) / 6, rng.uniform(size=(97, sizes[-1]))
    hp = Hyperparams(alpha=0.5, batch_size=B, momentum=0.5, l2=1e-3, shuffle=True)
    runs = []
    for chunks in ((500,), (1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 129, 99, 41)):
        tr = Trainer(Network(sizes), ArrayData(X, T), hp, InitSpec("uniform", 1.0, 4))
        E = np.concatenate([tr.run(samples=k).E_n for k in chunks])
        runs.append((tr.network.params.copy(), tr.opt.velocity.copy(), tr.opt.grad.copy(), E))
    for one, cut in zip(runs[0], runs[1], strict=True):
        assert np.array_equal(one, cut)


@pytest.mark.parametrize("B", [2, 3, 4, 7, 16, 32, 40])
def test_a_run_without_momentum_or_decay_is_the_same_wherever_calls_cut_it(B):
    """With μ = λ = 0 a whole batch is added to W_ji sample by sample, and a batch a call cut waits
    in grad as a sum, applied as one update: a run cut between batches is the uncut run bit for bit
    (its velocity, the last batch's update, given at each call's end); cut inside batches, the same
    to rounding (1e-15 relative)."""
    sizes = (37, 7, 3)
    rng = np.random.default_rng(B)
    X, T = rng.normal(size=(97, sizes[0])) / 6, rng.uniform(size=(97, sizes[-1]))
    hp = Hyperparams(alpha=0.5, batch_size=B, shuffle=True)
    ends = [e * 97 + b for e in range(4) for b in [*range(B, 97, B), 97]]  # the batches' ends, epochs of 97
    picked = ends[:: max(1, len(ends) // 9)] + ends[1:3]  # about nine of them, some one batch apart
    between = np.diff([0, *sorted(set(picked))])
    anywhere = (1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 129, 99, 41)
    runs = {}
    for name, chunks in (("one", (sum(between),)), ("between", between), ("anywhere", anywhere)):
        tr = Trainer(Network(sizes), ArrayData(X, T), hp, InitSpec("uniform", 1.0, 4))
        E = np.concatenate([tr.run(samples=k).E_n for k in chunks])
        runs[name] = (tr.network.params.copy(), tr.opt.velocity.copy(), tr.opt.grad.copy(), E)
    for one, cut in zip(runs["one"], runs["between"], strict=True):
        assert np.array_equal(one, cut)
    tr = Trainer(Network(sizes), ArrayData(X, T), hp, InitSpec("uniform", 1.0, 4))
    E = tr.run(samples=sum(anywhere)).E_n
    one = (tr.network.params, tr.opt.velocity, tr.opt.grad, E)
    for a, b in zip(one, runs["anywhere"], strict=True):
        np.testing.assert_allclose(b, a, rtol=1e-15 * 8, atol=1e-15)


@pytest.mark.parametrize("bad", [0, 3, 5, 21, 34])
def test_divergence_inside_a_batch_keeps_the_samples_before_it_pending(bad):
    """Sample `bad` overflows: the run stops there, the batch's earlier samples waiting in the
    gradient, the weights those of the last applied batch — as the reference does."""
    rng = np.random.default_rng(bad)
    X = rng.normal(size=(40, 2))
    X[bad] = [1e308, -1e308]
    kernel, ref = _both((2, 3, 1), X, np.zeros((40, 1)), Hyperparams(alpha=0.1, batch_size=16), (40,))
    assert kernel["status"] == ref["status"] == [(DIVERGED, bad)]
    assert kernel["pending"] == ref["pending"] == bad % 16
    for key in ("params", "velocity", "grad"):
        np.testing.assert_allclose(kernel[key], ref[key], rtol=1e-12, atol=1e-15, err_msg=key)


def test_a_reached_target_stops_at_the_epochs_end_with_its_short_batch_applied():
    """Epochs of 21 in batches of 16: the target, reached at the first epoch's end, stops the run
    after 21 samples with the short batch of 5 applied."""
    rng = np.random.default_rng(5)
    X, T = rng.normal(size=(21, 2)), rng.uniform(size=(21, 1))
    kernel, ref = _both((2, 3, 1), X, T, Hyperparams(alpha=0.1, batch_size=16), (50,), StopConditions(target_E=10.0))
    assert kernel["status"] == ref["status"] == [(TARGET_REACHED, 21)]
    assert kernel["pending"] == ref["pending"] == 0
    for key in ("params", "velocity"):  # the velocity: the short batch's update (μ = 0), given at the stop
        np.testing.assert_allclose(kernel[key], ref[key], rtol=1e-12, atol=1e-15, err_msg=key)


def test_the_forward_sweep_fills_every_row_of_a_block_of_any_size():
    """_forward_rows gives net_j = w_j · y + w_j0 for blocks of 1 … 4 rows and 1 … 5 samples (the
    loop calls it with 4, 2 and 1; a bench or a later caller may pass 3), in sweeps of four samples
    or, for batches of two, of two."""
    from core.engine.compiled import seed_batches as sb
    from core.engine.compiled.buffers import SeedWeights, seed_batch_scratch

    rng = np.random.default_rng(3)
    d, p, m = 11, 4, 2
    W_ji, w_j0 = rng.normal(size=(p, d)), rng.normal(size=p)
    weights = SeedWeights(W_ji, w_j0, rng.normal(size=(m, p)), rng.normal(size=m))
    X, order = rng.normal(size=(5, d)), np.arange(5)
    for rows in (1, 2, 3, 4):
        for k in (1, 2, 3, 4, 5):
            for pairs in (False, True):
                sc = seed_batch_scratch(8, d, p, m)
                sc.net[:] = np.nan
                sb._forward_rows(weights, X, order, 0, k, sc, 0, rows, 0, pairs)
                np.testing.assert_allclose(sc.net[:k, :rows], X[:k] @ W_ji[:rows].T + w_j0[:rows], rtol=1e-13)
