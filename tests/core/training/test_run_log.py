"""Tests for core/training/run_log.py: finished runs labelled by what changed, bounded in number."""

import numpy as np
import pytest

from core.training.run_log import RunLog, describe_difference

BASE = {"alpha": 0.5, "sizes": (2, 2, 1), "activations": ("sigmoid", "sigmoid"), "loss": "sse",
        "batch_size": 1}


def test_describe_difference_names_what_changed():
    """α and hidden size changes read as 'α 0.5→2, hidden 2→4'."""
    new = dict(BASE, alpha=2.0, sizes=(2, 4, 1))
    assert describe_difference(BASE, new) == "α 0.5→2, hidden 2→4"


def test_describe_other_changes():
    """Activation, batch, added layers, and no change at all each get a plain label."""
    assert describe_difference(BASE, dict(BASE, activations=("tanh", "tanh"))) == \
        "activation sigmoid→tanh"
    assert describe_difference(BASE, dict(BASE, batch_size=8)) == "batch 1→8"
    assert describe_difference(BASE, dict(BASE, sizes=(2, 8, 8, 1))) == "hidden 2→8-8"
    assert describe_difference(BASE, dict(BASE)) == "same settings"
    assert describe_difference(None, BASE) == "first run"


def test_log_copies_arrays_and_keeps_the_last_n():
    """Only the last 3 runs stay; changing the caller's array later does not change a record."""
    log = RunLog(max_runs=3)
    E = np.array([0.3, 0.2])
    first = log.add(BASE, [1, 2], E)
    E[0] = 99.0
    assert first.E[0] == 0.3 and first.label == "first run"
    for a in (1.0, 2.0, 3.0):
        log.add(dict(BASE, alpha=a), [1, 2], [0.1, 0.1])
    assert len(log) == 3
    assert [r.label for r in log.runs] == ["α 0.5→1", "α 1→2", "α 2→3"]
    with pytest.raises(ValueError):
        log.add(BASE, [1, 2, 3], [0.1])


def test_earlier_run_labels_say_what_that_run_was():
    """An earlier run's curve is labelled with its own setting and the current one, in words."""
    from core.training.run_log import describe_earlier

    assert describe_earlier(BASE, dict(BASE, alpha=2.0)) == "α 0.5 (now 2)"
    assert describe_earlier(BASE, dict(BASE, loss="cross_entropy")) == "loss ½ SSE (now cross-entropy)"
    # one more hidden layer of the same activation: no 'activation sigmoid-sigmoid→sigmoid'
    assert describe_earlier(BASE, dict(BASE, sizes=(2, 2, 2, 1),
                                       activations=("sigmoid",) * 3)) == "hidden 2 (now 2-2)"
    assert describe_earlier(BASE, dict(BASE, activations=("tanh", "sigmoid"))) == \
        "hidden activation sigmoid (now tanh)"
    assert describe_earlier(BASE, dict(BASE, alpha=1.0, batch_size=4, momentum=0.9)) == \
        "α 0.5 (now 1), batch 1 (now 4), …"
