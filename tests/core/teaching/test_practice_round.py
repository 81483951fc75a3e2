"""A practice round moves on when right or out of tries, and the record counts each outcome."""

from __future__ import annotations

import numpy as np

from core.engine.backprop import trace_sample
from core.engine.network import Network
from core.teaching.practice import Mistake, practice_questions
from core.teaching.practice_round import TRIES, Outcome, PracticeRecord, PracticeRound


def _round(record):
    net = Network((2, 2, 1), ("sigmoid", "sigmoid"), "sse")
    net.params[:] = np.random.default_rng(1).uniform(-1, 1, net.params.size)
    trace = trace_sample(net, np.array([1.0, 1.0]), np.array([0.0]), 0.5)
    trace.weights_before = [w.copy() for w in net.W]
    return PracticeRound(practice_questions(trace, net.sizes, net.activations, "sse", 0, 0, 1), record, 4, "w₁₁")


def test_right_first_time_after_a_hint_and_solution_shown():
    """Three questions: right at once, right after a named mistake, two wrong answers → solution."""
    record = PracticeRecord()
    r = _round(record)
    assert r.tries_left == TRIES == 2
    assert r.answer(r.current.key).right
    q = r.current
    slip = next(s for s in q.slips if s.mistake is Mistake.UPDATED_WEIGHT)
    v = r.answer(slip.value)
    assert not v.right and v.slip.mistake is Mistake.UPDATED_WEIGHT and r.current is q
    assert r.answer(q.key).right
    q = r.current
    assert not r.answer(999.0).right and r.current is q
    assert not r.answer(998.0).right and r.done
    assert [e.outcome for e in record.entries] == [Outcome.RIGHT_FIRST_TIME, Outcome.RIGHT_WITH_HINT,
                                                   Outcome.SOLUTION_SHOWN]
    assert record.entries[1].hints == ["updated instead of old w_kj"]
    assert record.entries[2].hints == ["no common mistake", "no common mistake"]
    assert record.summary() == "3 questions: 1 right first time, 1 after a hint, 1 solution shown"


def test_reveal_gives_up_on_the_question():
    """Show solution: the question counts as solution shown and the round moves on."""
    record = PracticeRecord()
    r = _round(record)
    first = r.reveal()
    assert r.current is not first and record.entries[0].outcome is Outcome.SOLUTION_SHOWN
    assert record.entries[0].as_dict()["weight"] == "w₁₁" and record.entries[0].sample == 4
