"""Tests for core/training/paths.py (and Trainer.set_hyperparams, which they share): the seed kernel,
the general kernel and the numpy reference follow the documented rule through any schedule of
hyperparameter changes, at 1e-12."""

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from core.engine.hyperparams import Hyperparams
from core.engine.network import Network
from core.engine.weight_init import InitSpec
from core.training.trainer import DIVERGED, ArrayData, Trainer

PATHS = {"kernel": dict(use_kernel=True), "general kernel": dict(use_kernel=True, use_seed_kernel=False),
         "reference": dict(use_kernel=False)}  # fmt: skip


def _sig(z):
    return 1.0 / (1.0 + np.exp(-z))


def rule_by_hand(W1, b1, W2, b2, X, T, schedule):
    """The documented rule for a sigmoid 2-layer ½SSE net, written out independently of the engine.

    schedule: [(samples, alpha, B, mu, lam)], file order. G += δ aᵀ per sample; when B samples are
    in, at the epoch's end, or when the rule changes: v ← μ v + α (G/n − λ W) (biases not decayed),
    W ← W + v, with n the samples in the batch. Returns the final (W1, b1, W2, b2).
    """
    P = [W1.copy(), b1.copy(), W2.copy(), b2.copy()]
    V = [np.zeros_like(p) for p in P]
    G = [np.zeros_like(p) for p in P]
    n, pos = 0, 0

    def flush(alpha, mu, lam):
        nonlocal n
        if n:
            for i, p in enumerate(P):
                decay = lam * p if i in (0, 2) else 0.0
                V[i] = mu * V[i] + alpha * (G[i] / n - decay)
                P[i] = p + V[i]
                G[i] = np.zeros_like(p)
            n = 0

    for count, alpha, B, mu, lam in schedule:
        for _ in range(count):
            x, t = X[pos % len(X)], T[pos % len(X)]
            h = _sig(P[0] @ x + P[1])
            o = _sig(P[2] @ h + P[3])
            delta_k = (t - o) * o * (1 - o)
            delta_j = h * (1 - h) * (P[2].T @ delta_k)
            for i, g in enumerate((np.outer(delta_j, x), delta_j, np.outer(delta_k, h), delta_k)):
                G[i] = G[i] + g
            n += 1
            pos += 1
            if n >= B or pos % len(X) == 0:
                flush(alpha, mu, lam)
        flush(alpha, mu, lam)  # the rule changes (or the run ends) here
    return P


def _trainers(sizes, X, T, hp, seed=3, **net):
    out = {}
    for name, how in PATHS.items():
        out[name] = Trainer(Network(sizes, **net), ArrayData(X, T), hp, InitSpec("uniform", 0.8, seed), **how)
    return out


def _run_schedule(trainers, schedule):
    for count, alpha, B, mu, lam in schedule:
        for tr in trainers.values():
            tr.set_hyperparams(tr.hp.with_(alpha=alpha, batch_size=B, momentum=mu, l2=lam))
            tr.run(samples=count)
    for tr in trainers.values():  # the by-hand rule flushes at its end: so does a last change
        tr.set_hyperparams(tr.hp.with_(alpha=tr.hp.alpha * 0.5))


def _check_by_hand(trainers, schedule, X, T):
    tr0 = next(iter(trainers.values()))
    init = Trainer(Network(tr0.network.sizes), ArrayData(X, T), Hyperparams(), tr0.init, use_kernel=False)
    W1, b1, W2, b2 = init.network.W[0], init.network.b[0], init.network.W[1], init.network.b[1]
    expect = rule_by_hand(W1, b1, W2, b2, X, T, schedule)
    for name, tr in trainers.items():
        got = [tr.network.W[0], tr.network.b[0], tr.network.W[1], tr.network.b[1]]
        for g, e in zip(got, expect, strict=True):
            np.testing.assert_allclose(g, e, rtol=0, atol=1e-12, err_msg=name)


def test_half_batch_then_online_rule_is_applied_at_the_change():
    """3-4-2, B = 2 with one sample pending, then B = 1 for 8 samples: the pending gradient is applied
    at the change by every path, as the rule written out by hand says."""
    rng = np.random.default_rng(0)
    X, T = rng.normal(size=(20, 3)), rng.uniform(size=(20, 2))
    schedule = [(3, 0.5, 2, 0.0, 0.0), (8, 0.5, 1, 0.0, 0.0)]
    trainers = _trainers((3, 4, 2), X, T, Hyperparams())
    _run_schedule(trainers, schedule)
    _check_by_hand(trainers, schedule, X, T)


def test_momentum_resumes_from_the_last_update_after_a_stretch_without_it():
    """μ = 0.9 for 2 samples, μ = 0 for 1, μ = 0.9 for 2: momentum restarts from the μ = 0 update, with
    λ = 0 or 1e-3 in the middle alike (the result does not depend on λ being exactly 0)."""
    rng = np.random.default_rng(1)
    X, T = rng.normal(size=(9, 3)), rng.uniform(size=(9, 2))
    for lam in (0.0, 1e-3):
        schedule = [(2, 0.5, 1, 0.9, 0.0), (1, 0.5, 1, 0.0, lam), (2, 0.5, 1, 0.9, 0.0)]
        trainers = _trainers((3, 4, 2), X, T, Hyperparams())
        _run_schedule(trainers, schedule)
        _check_by_hand(trainers, schedule, X, T)


def test_momentum_after_whole_batches_without_it_starts_from_the_last_batchs_update():
    """B = 4, μ = 0 for three whole batches (the seed's batch loop adds them to W_ji sample by sample
    and gives the velocity only at the call's end), then μ = 0.9: momentum starts from the third
    batch's update, as the rule written out by hand says; also with the call ending two samples
    into a batch, and at an epoch's end."""
    rng = np.random.default_rng(4)
    X, T = rng.normal(size=(12, 3)), rng.uniform(size=(12, 2))
    for first in (12, 14, 8):
        schedule = [(first, 0.5, 4, 0.0, 0.0), (9, 0.5, 4, 0.9, 0.0)]
        trainers = _trainers((3, 4, 2), X, T, Hyperparams())
        _run_schedule(trainers, schedule)
        _check_by_hand(trainers, schedule, X, T)


def test_partial_batch_is_applied_at_each_epoch_end():
    """B = 3 over 7 samples: each epoch ends with a batch of 1, applied there by every path."""
    rng = np.random.default_rng(2)
    X, T = rng.normal(size=(7, 2)), rng.uniform(size=(7, 1))
    schedule = [(17, 0.3, 3, 0.5, 1e-3)]
    trainers = _trainers((2, 3, 1), X, T, Hyperparams())
    _run_schedule(trainers, schedule)
    _check_by_hand(trainers, schedule, X, T)


def test_relu_divergence_is_reported_not_hidden():
    """1-4-1 relu/relu with output weights ±1e200: inf − inf is NaN, which every path reports as
    divergence, keeping the last finite weights (a ReLU that maps NaN to 0 kept training)."""
    for name, how in PATHS.items():
        net = Network((1, 4, 1), ("relu", "relu"))
        net.W[0][:, 0] = [1e150, 1e150, 1e150, 1e150]  # h_j = 1e150: finite, and not "huge"
        net.W[1][0] = [1e200, -1e200, 1e200, -1e200]
        start = net.params.copy()
        tr = Trainer(net, ArrayData(np.array([[1.0]]), np.array([[1.0]])), Hyperparams(alpha=0.1),
                     initialise=False, **how)  # fmt: skip
        r = tr.run(samples=3)
        assert r.status == DIVERGED and r.samples == 0, name
        assert np.array_equal(tr.network.params, start), name


def test_cross_entropy_is_exact_where_outputs_saturate():
    """E_n of a saturated output is the exact loss: net = 800 with target 0 gives E_n = 800 (a log of
    a clamped output gave 690.8), for a sigmoid and a softmax output, through every path."""
    cases = [((1, 1), ("sigmoid",), [0.0], [800.0], [0.0], 800.0),
             ((1, 2), ("softmax",), [0.0, 0.0], [1000.0, 0.0], [0.0, 1.0], 1000.0),
             ((1, 1), ("sigmoid",), [0.0], [-3.0], [0.25],
              0.25 * math.log1p(math.exp(3.0)) + 0.75 * math.log1p(math.exp(-3.0)))]  # fmt: skip
    for sizes, acts, w, b, t, E in cases:
        for name, how in PATHS.items():
            net = Network(sizes, acts, "cross_entropy")
            net.W[0][:, 0], net.b[0][:] = w, b
            assert math.isclose(net.errors(np.zeros((1, 1)), np.array([t]))[0], E, rel_tol=1e-15)
            tr = Trainer(net, ArrayData(np.zeros((1, 1)), np.array([t])), Hyperparams(alpha=1e-9),
                         initialise=False, **how)  # fmt: skip
            r = tr.run(samples=1)
            assert math.isclose(r.E_n[0], E, rel_tol=1e-15), (name, r.E_n[0], E)


HIDDEN_ACTS = ["sigmoid", "tanh", "relu", "linear"]
OUTPUTS = [("sigmoid", "sse"), ("sigmoid", "cross_entropy"), ("softmax", "cross_entropy"),
           ("softmax", "sse"), ("linear", "sse"), ("tanh", "sse")]  # fmt: skip
rules = st.tuples(st.integers(1, 12), st.sampled_from([0.05, 0.2, 0.5]), st.sampled_from([1, 1, 2, 3, 5, 16, 20]),
                  st.sampled_from([0.0, 0.0, 0.5, 0.9]), st.sampled_from([0.0, 0.0, 1e-3]))  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(
    seed_net=st.booleans(),
    hidden=st.lists(st.integers(1, 5), min_size=0, max_size=2),
    hidden_act=st.sampled_from(HIDDEN_ACTS),
    out=st.sampled_from(OUTPUTS),
    schedule=st.lists(rules, min_size=1, max_size=6),
    shuffle=st.booleans(),
    seed=st.integers(0, 1000),
)
def test_any_schedule_of_changes_gives_the_same_run_on_every_path(seed_net, hidden, hidden_act, out, schedule,
                                                                  shuffle, seed):  # fmt: skip
    """Random (B, μ, λ, α) changed between chunks of random length on random networks: the kernel,
    the general kernel (the seed kernel's stand-in where it applies) and the reference agree to 1e-12."""
    rng = np.random.default_rng(seed)
    if seed_net:  # the seed's own setup, where the seed kernel runs the plain stretches
        sizes, acts, loss = (3, 4, 2), ("sigmoid", "sigmoid"), "sse"
    else:
        act, loss = out
        sizes = (3, *hidden, 3 if act == "softmax" else 2)
        acts = (hidden_act,) * len(hidden) + (act,)
    m = sizes[-1]
    X = rng.normal(size=(11, 3))
    T = rng.dirichlet(np.ones(m), size=11) if acts[-1] == "softmax" else rng.uniform(size=(11, m))
    trainers = _trainers(sizes, X, T, Hyperparams(shuffle=shuffle, order_seed=seed), seed=seed,
                         activations=acts, loss=loss)  # fmt: skip
    E = {name: [] for name in trainers}
    for count, alpha, B, mu, lam in schedule:
        for name, tr in trainers.items():
            tr.set_hyperparams(tr.hp.with_(alpha=alpha, batch_size=B, momentum=mu, l2=lam))
            E[name].append(tr.run(samples=count).E_n)
    ref = trainers["reference"]
    big = max(1.0, float(np.max(np.abs(ref.network.params))))
    rtol = 1e-12 if big < 1e6 else 1e-8  # see test_kernel_equals_reference: exploding linear nets
    for name, tr in trainers.items():
        pairs = ((tr.network.params, ref.network.params), (tr.opt.velocity, ref.opt.velocity),
                 (tr.opt.grad, ref.opt.grad), (np.concatenate(E[name]), np.concatenate(E["reference"])))
        for got, want in pairs:
            err = np.abs(got - want)
            assert np.all(err <= rtol * np.maximum(1.0, np.abs(want))), (name, np.max(err))
        assert tr.opt.n_in_batch == ref.opt.n_in_batch and tr.status == ref.status, name


def test_each_setting_names_the_loop_that_trains_it():
    """loop_for: the seed's network online → the seed kernel (momentum without L2 → its four-sample
    loop, seed_quads.py); in batches of 2 and more → seed batches up to 32 samples, and beyond
    while its W_ji and a sweep's inputs fit the L2 cache, else BLAS; other networks → quads
    (B = 1, momentum without L2), pairs (B = 1 otherwise) or the general kernel, BLAS for batches
    past the crossover batch size measured for a network of that size (batch.crossover: 530
    samples at 35 weights down to 16 at 80,000). The seed kernel off (a test's stand-in) sends the
    seed's network elsewhere."""
    from core.training.paths import FastPath

    seed, other = Network((4, 3, 2)), Network((4, 3, 2), ("tanh", "sigmoid"))
    path, general = FastPath(seed), FastPath(seed, use_seed_kernel=False)
    cases = [(seed, Hyperparams(), "seed", "pairs"), (seed, Hyperparams(momentum=0.9, l2=1e-3), "seed", "pairs"),
             (seed, Hyperparams(momentum=0.9), "seed momentum", "quads"),
             (seed, Hyperparams(batch_size=32), "seed batches", "general"),
             (seed, Hyperparams(batch_size=4), "seed batches", "general"),
             (seed, Hyperparams(batch_size=256), "seed batches", "general"),  # 23 weights
             (seed, Hyperparams(batch_size=600), "seed batches", "blas"),
             (Network((784, 100, 10)), Hyperparams(batch_size=128), "seed batches", "blas"),
             (Network((784, 256, 10)), Hyperparams(batch_size=128), "blas", "blas"),
             (other, Hyperparams(momentum=0.5), "quads", "quads"), (other, Hyperparams(), "pairs", "pairs"),
             (other, Hyperparams(momentum=0.5, l2=1e-4), "pairs", "pairs"),
             (other, Hyperparams(batch_size=32), "general", "general"),  # 23 weights: BLAS's calls cost more
             (other, Hyperparams(batch_size=128), "general", "general"),
             (other, Hyperparams(batch_size=1024), "blas", "blas"),
             (Network((64, 32, 10), ("tanh", "sigmoid")), Hyperparams(batch_size=32), "general", "general"),
             (Network((64, 32, 10), ("tanh", "sigmoid")), Hyperparams(batch_size=64), "blas", "blas"),
             (Network((784, 100, 10), ("tanh", "sigmoid")), Hyperparams(batch_size=16), "blas", "blas")]  # fmt: skip
    for net, hp, loop, without_seed in cases:
        assert path.loop_for(net, hp) == loop, (net.activations, hp)
        assert general.loop_for(net, hp) == without_seed, (net.activations, hp)


def test_a_loop_is_ready_once_called_in_this_process(monkeypatch):
    """ready() is False for a loop not yet called here, True after warm_up_kernels loads it; BLAS
    needs nothing compiled."""
    from core.training import paths

    monkeypatch.setattr(paths, "_LOADED", set())
    path, net = paths.FastPath(Network((4, 3, 2))), Network((4, 3, 2))
    assert not path.ready(net, Hyperparams()) and path.ready(Network((4, 3, 2), ("tanh", "sigmoid")),
                                                             Hyperparams(batch_size=1024))  # fmt: skip
    paths.warm_up_kernels(["seed"])
    assert path.ready(net, Hyperparams()) and not path.ready(net, Hyperparams(batch_size=32))


def test_a_saturated_softmax_under_sse_moves_nothing_on_every_path():
    """1-8-2 linear/softmax/½ SSE on an input of 1e200: the softmax is exactly (1, 0), so
    δ_k = o_k ((t_k − o_k) − Σ_m o_m (t_m − o_m)) is exactly 0 and no weight moves, online (pairs.py)
    and in batches (kernel.py) as in the reference. Reassociated, the compiled δ was 5.6e-17, its
    update of the 1e200 input 4e181, and the next sample diverged."""
    X, T = np.array([[1e200]]), np.array([[0.3, 0.7]])
    for B in (1, 2):
        runs = []
        for how in (PATHS["general kernel"], PATHS["reference"]):
            net = Network((1, 8, 2), ("linear", "softmax"), "sse")
            tr = Trainer(net, ArrayData(X, T), Hyperparams(alpha=0.01, batch_size=B), InitSpec("glorot", seed=108),
                         **how)  # fmt: skip
            before = net.params.copy()
            statuses = [tr.run(samples=1).status for _ in range(4)]
            runs.append((statuses, net.params.copy()))
            assert np.array_equal(net.params, before), how
        assert runs[0][0] == runs[1][0] == ["running"] * 4
