"""Tests for core/studio/experiment.py: the default is the seed's setup; experiments serialise; a
trainer or a session maps back to an experiment."""

from __future__ import annotations

import pytest

from core.studio.experiment import (
    Architecture,
    DataChoice,
    Experiment,
    build_dataset,
    build_trainer,
    check,
    experiment_for,
)


def test_default_is_the_seed():
    """2-2-1 sigmoid, ½ SSE, α = 0.5, batch 1, on the 4 XOR points."""
    exp = Experiment()
    ds = build_dataset(exp.data, exp.arch.output_activation)
    tr = build_trainer(exp, ds)
    assert tr.network.sizes == (2, 2, 1) and tr.network.activations == ("sigmoid", "sigmoid")
    assert tr.network.loss == "sse" and tr.hp.alpha == 0.5 and tr.hp.batch_size == 1
    assert tr.n_train == 4


def test_dict_round_trip():
    """to_dict/from_dict give back the same experiment."""
    exp = Experiment(DataChoice("spiral", n=300, noise=0.2, seed=3), Architecture((8, 8), "relu"))
    assert Experiment.from_dict(exp.to_dict()) == exp


def test_check_explains_impossible_networks():
    """Cross-entropy with a linear output raises ValueError in words."""
    ds = build_dataset(DataChoice(), "linear")
    with pytest.raises(ValueError, match="cross-entropy"):
        check(Architecture((2,), "sigmoid", "linear", "cross_entropy"), ds)


def test_experiment_for_a_trainer_rebuilds_it():
    """The experiment read off a trainer builds the same network and data again."""
    exp = Experiment(DataChoice("moons", n=100, noise=0.1, seed=2), Architecture((4,), "tanh"))
    ds = build_dataset(exp.data, "sigmoid")
    back = experiment_for(build_trainer(exp, ds), ds)
    assert back.arch == exp.arch and back.data.name == "moons" and back.data.n == 100


def test_with_preset_sets_the_sets_network_and_rule():
    """Picking spiral after an edited run: its preset's net and α, shuffled, the seed's online rule
    (batch 1, no momentum or L2), the init kept; picking xor then gives back the seed exactly."""
    from core.engine.hyperparams import Hyperparams
    from core.engine.weight_init import InitSpec
    from core.studio.experiment import with_preset

    edited = Experiment(hp=Hyperparams(alpha=3.0, batch_size=8, momentum=0.9, l2=0.01),
                        init=InitSpec("he", 1.0, 7))
    exp, preset = with_preset(edited, DataChoice("spiral"))
    assert exp.arch == Architecture((16, 16), "tanh", "sigmoid", "sse") and preset.alpha == 0.1
    assert exp.hp == Hyperparams(alpha=0.1, shuffle=True)
    assert exp.init == edited.init and exp.data == DataChoice("spiral")
    back, _ = with_preset(exp, DataChoice("xor"))
    assert (back.arch, back.hp) == (Experiment().arch, Experiment().hp)
    csv, none = with_preset(exp, DataChoice("f", csv_path="f.csv"))
    assert none is None and csv.arch == exp.arch and csv.hp == exp.hp
