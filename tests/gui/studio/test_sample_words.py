"""Tests for gui/studio/sample_words.py: the sentence naming the sample shown."""

from __future__ import annotations

import numpy as np

from core.studio.shown_sample import ShownSample
from gui.studio.sample_words import sample_line, short_line


def _sample(trained):
    return ShownSample(2, 4, trained, 3, np.array([1.0, 0.0]), np.array([1.0]), np.array([1.0]), "1")


def test_just_trained_and_next(qapp):
    """After a step: 'sample 3 of 4: x = (1, 0), t = 1 (just trained); next: sample 4'; else
    'next: sample 3 of 4: …'; the status bar's short forms say the same."""
    assert sample_line(_sample(True)) == "sample 3 of 4: x = (1, 0), t = 1 (just trained); next: sample 4"
    assert sample_line(_sample(False)) == "next: sample 3 of 4: x = (1, 0), t = 1"
    assert short_line(_sample(True)) == "sample 3 of 4 (just trained)"
    assert short_line(_sample(False)) == "next: sample 3 of 4"


def test_a_scaled_target_is_given_both_ways(qapp):
    """A regression target 0 stored as 0.5: 't = 0 (scaled: 0.5)', so the t beside the output
    (0.5, as trained) and the data's own value are both named."""
    s = ShownSample(0, 9, False, 0, np.array([2.0]), np.array([0.5]), np.array([0.0]), None)
    assert sample_line(s) == "next: sample 1 of 9: x = (2), t = 0 (scaled: 0.5)"
