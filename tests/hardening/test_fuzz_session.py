"""Fuzzing core/files/session.py: any file given as a session loads as a trainer that can train and
reset, or is refused with a BackpropStudioError with a message; never another exception, never a
hang, never a huge allocation."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import numpy as np
from hypothesis import example, given
from hypothesis import strategies as st

from core.engine.hyperparams import Hyperparams
from core.files.session import load_session, save_session
from core.studio.experiment import Architecture, DataChoice, Experiment, build_dataset, build_trainer
from tests.hardening.fuzzing import (
    FUZZ,
    HOSTILE_TOKENS,
    load_or_refuse,
    mutated_json,
)


def _session(exp: Experiment, samples: int, embed: bool) -> dict:
    ds = build_dataset(exp.data, exp.arch.output_activation)
    trainer = build_trainer(exp, ds)
    trainer.run(samples=samples)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "s.json"
        save_session(path, trainer, ds, embed_data=embed)
        return json.loads(path.read_text())


VALID = [
    _session(Experiment(), 9, embed=False),
    _session(Experiment(DataChoice("circle", n=12), Architecture((3,), "tanh"),
                        Hyperparams(alpha=0.1, batch_size=4, momentum=0.5, l2=0.01, shuffle=True)),
             13, embed=True),
]


def check_loaded(trainer) -> None:
    """A session that loaded is usable: it trains on, and Reset works (what the window does)."""
    with np.errstate(all="ignore"):
        trainer.run(samples=3)
        trainer.reset()
        trainer.run(samples=3)
    trainer.snapshot(with_history=True)


@FUZZ
@given(data=st.data(), base=st.sampled_from(VALID), n=st.integers(1, 3), garble=st.booleans())
@example(data=None, base=None, n=0, garble=False).via("capacity 10**12: a 7 TiB history buffer")
def test_mutated_session_loads_or_is_refused(tmp_path, data, base, n, garble):
    """Valid sessions with 1-3 values replaced, deleted or added (and maybe bytes garbled)."""
    if data is None:
        doc = json.loads(json.dumps(VALID[0]))
        doc["history"]["samples"]["capacity"] = 10**12
        raw = json.dumps(doc).encode()
    else:
        raw = mutated_json(data, base, n, garble)
    path = tmp_path / "s.json"
    path.write_bytes(raw)
    loaded = load_or_refuse(load_session, path)
    if loaded is not None:
        check_loaded(loaded[0])


@FUZZ
@given(data=st.data(), base=st.sampled_from(VALID), token=HOSTILE_TOKENS)
def test_hostile_tokens_in_session_are_refused_or_harmless(tmp_path, data, base, token):
    """A number token replaced by a 5000-digit integer, 1e400, NaN, deep nesting or bad UTF-8."""
    raw = json.dumps(base).encode()
    spots = [i for i in range(len(raw)) if raw[i:i + 1].isdigit() and raw[i - 1:i] in b":[,"]
    at = data.draw(st.sampled_from(spots))
    end = at
    while end < len(raw) and raw[end:end + 1] in b"0123456789.eE+-":
        end += 1
    path = tmp_path / "s.json"
    path.write_bytes(raw[:at] + token + raw[end:])
    loaded = load_or_refuse(load_session, path)
    if loaded is not None:
        check_loaded(loaded[0])


@FUZZ
@given(raw=st.one_of(st.binary(max_size=2000), st.text(max_size=300).map(str.encode)))
def test_junk_as_session_is_refused(tmp_path, raw):
    """Random bytes or text are refused."""
    path = tmp_path / "s.json"
    path.write_bytes(raw)
    assert load_or_refuse(load_session, path) is None
