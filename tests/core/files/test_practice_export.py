"""A practice record is written as CSV or JSON through the atomic writer, the name optional."""

from __future__ import annotations

import csv
import json

import numpy as np
import pytest

from core.checks.errors import BackpropStudioError
from core.engine.backprop import trace_sample
from core.engine.network import Network
from core.files.practice_export import COLUMNS, FORMAT, save_record
from core.teaching.practice import practice_questions
from core.teaching.practice_round import PracticeRecord, PracticeRound


def _record() -> PracticeRecord:
    net = Network((2, 2, 1), ("sigmoid", "sigmoid"), "sse")
    net.params[:] = np.linspace(-1, 1, net.params.size)
    trace = trace_sample(net, np.array([0.0, 1.0]), np.array([1.0]), 0.5)
    trace.weights_before = [w.copy() for w in net.W]
    record = PracticeRecord()
    r = PracticeRound(practice_questions(trace, net.sizes, net.activations, "sse", 1, 0, 1), record, 2, "w₁₂")
    r.answer(-r.current.key)
    r.answer(r.current.key)
    r.answer(r.current.key)
    return record


def test_csv_has_one_row_per_question(tmp_path):
    """Columns as documented; the key round-trips exactly; hints and answers joined by ';'."""
    record = _record()
    path = save_record(tmp_path / "r.csv", record, " Ada ")
    rows = list(csv.reader(path.open(encoding="utf-8")))
    assert tuple(rows[0]) == COLUMNS and len(rows) == 3
    assert rows[1][0] == "Ada" and rows[1][2] == "w₁₂" and rows[1][3] == "δ₁"
    assert float(rows[1][4]) == record.entries[0].key
    assert rows[1][6] == "wrong sign of (t − o)" and rows[1][7] == "right after a hint"
    assert len(rows[1][5].split(";")) == 2
    assert [p.name for p in tmp_path.iterdir()] == ["r.csv"]  # no temporary file left


def test_json_has_score_and_questions(tmp_path):
    """JSON: format, version, name (may be empty), score by outcome, the questions."""
    doc = json.loads(save_record(tmp_path / "r.json", _record()).read_text(encoding="utf-8"))
    assert doc["format"] == FORMAT and doc["version"] == 1 and doc["name"] == ""
    assert doc["score"] == {"right first time": 1, "right after a hint": 1, "solution shown": 0}
    assert [q["quantity"] for q in doc["questions"]] == ["δ₁", "Δw₁₂"]


def test_missing_folder_is_a_plain_error(tmp_path):
    """A folder that does not exist: one sentence naming the file, nothing written."""
    with pytest.raises(BackpropStudioError, match="r.csv"):
        save_record(tmp_path / "nowhere" / "r.csv", _record())
