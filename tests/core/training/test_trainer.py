"""Tests for core/training/trainer.py: repeatability, XOR, divergence, stop conditions, bad input."""

import numpy as np
import pytest

from core.engine.hyperparams import Hyperparams
from core.engine.network import Network
from core.engine.weight_init import InitSpec
from core.training.trainer import DIVERGED, MAX_EPOCHS, TARGET_REACHED, ArrayData, StopConditions, Trainer

X_XOR = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
T_XOR = np.array([[0], [1], [1], [0]], dtype=float)


def xor_trainer(**hp):
    return Trainer(Network([2, 2, 1]), ArrayData(X_XOR, T_XOR), Hyperparams(**hp))


def test_xor_seed_network_learns():
    """The seed's 2-2-1 sigmoid net at α = 0.5 reaches mean E < 0.01 on XOR with the default seed."""
    tr = xor_trainer(alpha=0.5)
    tr.run(epochs=10_000)
    o = tr.network.forward(X_XOR)
    assert np.mean(0.5 * (T_XOR - o) ** 2) < 0.01
    assert np.array_equal(o.round(), T_XOR)


def test_same_seed_same_run_whatever_the_chunking():
    """Two runs with the same seeds are bit-for-bit equal even when cut into different chunks."""
    rng = np.random.default_rng(0)
    X, T = rng.normal(size=(30, 3)), rng.uniform(size=(30, 2))
    hp = Hyperparams(alpha=0.2, shuffle=True, order_seed=5, batch_size=4, momentum=0.5)
    a = Trainer(Network([3, 5, 2]), ArrayData(X, T), hp, InitSpec(seed=9))
    b = Trainer(Network([3, 5, 2]), ArrayData(X, T), hp, InitSpec(seed=9))
    a.run(samples=301)
    for chunk in (1, 7, 50, 13, 230):
        b.run(samples=chunk)
    assert np.array_equal(a.network.params, b.network.params)
    assert a.counters == b.counters


def test_reset_restores_initial_weights():
    """Reset with the same init seed gives exactly the same starting weights."""
    tr = xor_trainer()
    w0 = tr.network.params.copy()
    tr.run(samples=100)
    assert not np.array_equal(tr.network.params, w0)
    tr.reset()
    assert np.array_equal(tr.network.params, w0)
    assert tr.counters.samples_seen == 0


def test_alpha_change_applies_to_next_sample():
    """A new α set between chunks is the one the next update uses (Δw scales with α)."""
    a, b = xor_trainer(alpha=0.5), xor_trainer(alpha=0.5)
    a.set_hyperparams(a.hp.with_(alpha=2.0))
    w = a.network.params.copy()
    a.run(samples=1)
    b.run(samples=1)
    np.testing.assert_allclose(a.network.params - w, 4.0 * (b.network.params - w), rtol=1e-12)


@pytest.mark.parametrize("act,out,loss", [("sigmoid", "sigmoid", "sse"), ("relu", "linear", "sse"),
                                          ("tanh", "softmax", "cross_entropy"), ("linear", "linear", "sse"),
                                          ("relu", "sigmoid", "cross_entropy")])  # fmt: skip
@pytest.mark.parametrize("use_kernel", [True, False])
def test_divergence_stops_with_last_finite_weights(act, out, loss, use_kernel):
    """α = 1000 on unbounded units stops with status DIVERGED, a message, and finite weights."""
    rng = np.random.default_rng(1)
    m = 2 if out == "softmax" else 1
    X = rng.normal(scale=50, size=(20, 2))
    T = np.eye(2)[rng.integers(0, 2, 20)] if out == "softmax" else rng.normal(scale=100, size=(20, 1))
    if out == "sigmoid":
        T = (T > 0).astype(float)
    tr = Trainer(Network([2, 4, 4, m], (act, act, out), loss), ArrayData(X, T),
                 Hyperparams(alpha=1000.0), InitSpec("he", seed=2), use_kernel=use_kernel)  # fmt: skip
    result = tr.run(samples=5000)
    assert np.all(np.isfinite(tr.network.params))
    if result.status == DIVERGED:
        assert "diverged" in result.message and "α = 1000" in result.message
        assert result.samples < 5000
    # unbounded units must diverge at this α; saturating sigmoid nets may just saturate
    if act in ("relu", "linear") and out == "linear":
        assert result.status == DIVERGED


@pytest.mark.parametrize("use_kernel", [True, False])
def test_the_divergence_message_advises_what_can_work(use_kernel):
    """A sample with an overflowing input stops a sane run at once: its weights are worth continuing
    from at a lower α. A run that blew its weights up (linear units at α = 10⁴) is told to reset,
    with how large they grew, since continuing would overflow again."""
    X = np.array([[0.5, -0.2], [0.1, 0.3], [1e308, -1e308], [0.2, 0.2]])
    sane = Trainer(Network([2, 3, 1]), ArrayData(X, np.zeros((4, 1))), Hyperparams(alpha=0.5),
                   InitSpec(seed=1), use_kernel=use_kernel)  # fmt: skip
    result = sane.run(samples=4)
    assert result.status == DIVERGED and result.samples == 2
    assert "sample 3 (epoch 1)" in result.message and "lower α, then continue or reset" in result.message
    rng = np.random.default_rng(1)
    data = ArrayData(rng.normal(size=(20, 2)), rng.normal(size=(20, 1)))
    blown = Trainer(Network([2, 4, 1], ("linear", "linear")), data, Hyperparams(alpha=1e4), InitSpec(seed=2),
                    use_kernel=use_kernel)  # fmt: skip
    result = blown.run(samples=5000)
    largest = float(np.max(np.abs(blown.network.params)))
    assert result.status == DIVERGED and largest > 1e6
    assert f"grown as large as {largest:.2g}, too large to continue from; lower α and reset" in result.message
    assert "continue or reset" not in result.message


def test_target_error_stops_at_epoch_end():
    """A target error stops training at the end of the first epoch whose mean E_n is below it."""
    tr = xor_trainer(alpha=0.5)
    r = tr.run(epochs=20_000, stop=StopConditions(target_E=0.05))
    assert r.status == TARGET_REACHED
    assert r.epoch_E[-1] < 0.05 <= r.epoch_E[-2]
    assert tr.counters.pos == 0


def test_max_epochs_stop():
    """max_epochs stops exactly at that epoch count."""
    tr = xor_trainer()
    r = tr.run(samples=1000, stop=StopConditions(max_epochs=10))
    assert r.status == MAX_EPOCHS and tr.counters.epoch == 10 and tr.counters.samples_seen == 40


def test_bad_shapes_raise_clear_value_error():
    """Data that does not fit the network is refused with a message naming the sizes."""
    with pytest.raises(ValueError, match="needs 3 and 1"):
        Trainer(Network([3, 2, 1]), ArrayData(X_XOR, T_XOR))
    with pytest.raises(ValueError, match="NaN"):
        Trainer(Network([2, 2, 1]), ArrayData(X_XOR * np.nan, T_XOR))


def test_history_stays_bounded():
    """After many samples the stored history is at most its capacity."""
    tr = xor_trainer()
    for _ in range(5):
        tr.run(samples=20_000)
    assert len(tr.history.samples) <= tr.history.samples.capacity
    assert tr.history.samples.count == 100_000


def test_step_traced_matches_run():
    """step_traced trains exactly one sample, the same as run(samples=1), and reports the Δw applied."""
    a, b = xor_trainer(), xor_trainer()
    before = a.network.params.copy()
    trace = a.step_traced()
    b.run(samples=1)
    np.testing.assert_allclose(a.network.params, b.network.params, atol=1e-15)
    np.testing.assert_allclose(trace.applied_dW[1], a.network.W[1] - before[6:8].reshape(1, 2), atol=1e-15)
    assert a.counters.samples_seen == 1


def test_warm_up_loads_both_kernels():
    """warm_up_kernels compiles or loads the seed kernels, the pairs kernel and the general kernel."""
    from core.engine.compiled import kernel, pairs, seed_batches, seed_kernel
    from core.training.paths import warm_up_kernels

    warm_up_kernels()
    assert seed_kernel.train_seed.signatures and kernel.train_samples.signatures and pairs.train_pairs.signatures
    assert seed_batches.train_seed_batches.signatures


def test_step_traced_records_the_update_rule():
    """A traced step says which rule applied it: batch of 2 (first, then second sample), μ, λ."""
    tr = xor_trainer(batch_size=2, momentum=0.5, l2=0.001)
    first, second = tr.step_traced(), tr.step_traced()
    assert (first.batch_size, first.batch_position, second.batch_position) == (2, 1, 2)
    assert (second.momentum, second.l2) == (0.5, 0.001)
    assert all(np.all(w == 0) for w in first.applied_dW)  # the batch was not full yet
    assert any(np.any(w != 0) for w in second.applied_dW)


def test_mean_error_of_huge_errors_is_inf_without_a_warning():
    """Errors near 1e308 average to inf silently: no numpy RuntimeWarning reaches stderr (the monkey
    test met this while a run diverged)."""
    import warnings

    X = np.full((4, 2), 1e8)
    T = np.zeros((4, 1))
    trainer = Trainer(Network([2, 1], ["linear"]), ArrayData(X, T))
    trainer.network.W[0][:] = 5e145  # o = 1e154, E_n = ½ o² = 5e307 each: finite, their sum is not
    assert np.all(np.isfinite(trainer.network.errors(X, T)))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        E = trainer.mean_error(X, T)
    assert E == np.inf


def test_a_run_of_no_samples_changes_nothing_on_every_path():
    """run(samples=0) trains nothing, on the compiled paths and the numpy reference alike (the
    reference once failed on it: a name set only inside its loop)."""
    rng = np.random.default_rng(0)
    X, T = rng.normal(size=(5, 2)), rng.uniform(size=(5, 1))
    for use_kernel in (True, False):
        tr = Trainer(Network((2, 3, 1)), ArrayData(X, T), Hyperparams(batch_size=2), InitSpec("uniform", 1.0, 1),
                     use_kernel=use_kernel)  # fmt: skip
        before = tr.network.params.copy()
        r = tr.run(samples=0)
        assert r.samples == 0 and np.array_equal(tr.network.params, before)
