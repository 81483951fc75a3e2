"""Lesson files: the bundled three are valid and hold what they promise; a bad file is refused with
one sentence naming the file (and step, line or field), before anything runs."""

from __future__ import annotations

import copy
import json

import numpy as np
import pytest

from core.checks.errors import FileFormatError
from core.files.lesson import BUNDLED, Check, Do, bundled_lessons, lesson_from_dict, read_lesson
from core.studio.experiment import Experiment

GOOD = {
    "format": "backprop-studio-lesson", "version": 1, "title": "T",
    "experiment": {"data": {"name": "xor"}, "network": {"hidden": [2]}, "hyperparams": {"alpha": 0.5},
                   "init": {"seed": 1}},
    "steps": [{"text": "Hello", "action": {"do": "step", "samples": 2}, "check": {"E_below": 0.3}}],
}


def test_three_bundled_lessons_are_valid_and_in_order():
    """core/files/lessons holds the three lessons of the issue, each a valid Experiment."""
    titles = [read_lesson(p).title for p in bundled_lessons()]
    assert titles == ["The seed's derivation, one step by hand", "Why the hidden layer needs the chain rule",
                      "Learning rate: too small, right, too large"]
    for p in bundled_lessons():
        exp = Experiment.from_dict(read_lesson(p).experiment)
        assert exp.arch.hidden == (2,) and exp.data.name == "xor"
    assert BUNDLED.parent.name == "files" and BUNDLED.parent.parent.name == "core"  # package data


def test_seed_lesson_asks_for_the_four_updates_of_one_sample():
    """Lesson 1: explicit 2-2-1 weights and four practice questions (w_k1, w_k0, w_11, w_10), only
    the last applying the step."""
    lesson = read_lesson(bundled_lessons()[0])
    W, b = lesson.weights[1]
    assert W.shape == (1, 2) and b.shape == (1,)
    practice = [a for s in lesson.steps for a in s.actions if a.do is Do.PRACTICE]
    assert [a.weight() for a in practice] == [(1, 0, 0), (1, 0, -1), (0, 0, 0), (0, 0, -1)]
    assert [a.args["apply_step"] for a in practice] == [False, False, False, True]


def test_learning_rate_lesson_runs_three_alphas():
    """Lesson 3 sets α 0.05, 0.5 and 100, each followed by a reset and a bounded play."""
    lesson = read_lesson(bundled_lessons()[2])
    alphas = [a.args["alpha"] for s in lesson.steps for a in s.actions if a.do is Do.SET_ALPHA]
    assert alphas == [0.05, 0.5, 100]


def test_a_minimal_lesson_parses():
    """Defaults fill the experiment; action and check are read."""
    lesson = lesson_from_dict(GOOD, "l.json")
    assert lesson.experiment["arch"]["hidden_activation"] == "sigmoid" and lesson.weights is None
    step = lesson.steps[0]
    assert step.actions[0].do is Do.STEP and step.actions[0].args == {"samples": 2}
    assert step.check == Check(E_below=0.3)
    assert Check(E_below=0.3).holds(0.2, 1) and not Check(E_below=0.3).holds(float("nan"), 1)
    assert Check(E_above=0.1, epochs_at_least=5).describe() == "E > 0.1 and at least 5 epochs"


def _bad(change):
    doc = copy.deepcopy(GOOD)
    change(doc)
    return doc


@pytest.mark.parametrize(("change", "words"), [
    (lambda d: d.update(format="x"), "not a lesson file"),
    (lambda d: d.update(version=2), "version"),
    (lambda d: d.pop("title"), "needs a title"),
    (lambda d: d["experiment"]["data"].update(name="nope"), "unknown data set"),
    (lambda d: d["experiment"]["data"].update(csv_path="a.csv"), "unknown fields"),
    (lambda d: d["experiment"]["hyperparams"].update(alpha=-1), "learning rate"),
    (lambda d: d["experiment"]["network"].update(loss="hinge"), "experiment"),
    (lambda d: d["experiment"].update(weights=[{"W": [[1, 2]], "b": [0]}]), "must list 2 layers"),
    (lambda d: d["experiment"].update(weights=[{"W": [[1, 2]], "b": [0]}, {"W": [[1]], "b": [0]}]),
     "layer 1: W must be 2x2"),
    (lambda d: d.update(steps=[]), "steps must be a list"),
    (lambda d: d["steps"][0].update(text=""), "step 1: the step needs a text"),
    (lambda d: d["steps"][0].update(action={"do": "fly"}), "step 1: unknown action 'fly'"),
    (lambda d: d["steps"][0].update(action={"do": "play"}), "play needs until_E_below or max_epochs"),
    (lambda d: d["steps"][0].update(action={"do": "switch_view", "view": "x"}), "view must be one of"),
    (lambda d: d["steps"][0].update(action={"do": "select_weight", "layer": 3, "to": 1, "from": 0}),
     "layer must be an integer from 1 to 2"),
    (lambda d: d["steps"][0].update(action={"do": "practice", "layer": 2, "to": 1, "from": 3}),
     "from must be an integer from 0 to 2"),
    (lambda d: d["steps"][0].update(check={"E_under": 1}), "check must be"),
])
def test_bad_lessons_are_refused_in_one_sentence(change, words):
    """Each malformed field gives a FileFormatError naming the file and the field."""
    with pytest.raises(FileFormatError, match="l.json") as err:
        lesson_from_dict(_bad(change), "l.json")
    assert words in str(err.value) and "\n" not in str(err.value)


def test_broken_json_names_line_and_column(tmp_path):
    """Not JSON: the file, line and column."""
    path = tmp_path / "l.json"
    path.write_text('{"format": "backprop-studio-lesson",\n "version": 1,,\n}', encoding="utf-8")
    with pytest.raises(FileFormatError, match=r"l\.json, line 2, column \d+: not valid JSON"):
        read_lesson(path)


def test_weights_are_read_as_given(tmp_path):
    """A lesson's initial weights arrive as (to, from) arrays, exactly."""
    doc = _bad(lambda d: d["experiment"].update(weights=[{"W": [[0.5, -0.4], [0.3, 0.8]], "b": [0.1, -0.2]},
                                                        {"W": [[0.6, -0.7]], "b": [0.2]}]))
    path = tmp_path / "l.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    (W0, b0), (W1, b1) = read_lesson(path).weights
    assert np.array_equal(W0, [[0.5, -0.4], [0.3, 0.8]]) and np.array_equal(b1, [0.2])
