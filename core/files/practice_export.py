"""A practice record (core/teaching/practice_round.py) as a small CSV or JSON file for a teacher.

Nothing is sent anywhere: the file is written where the student chooses, through the one atomic
writer. The name is optional. CSV: one row per question (answers and hints joined by ';'); JSON:
{"format": "backprop-studio-practice", "version": 1, "name", "saved_at", "score", "questions"}.
Both layouts are in docs/file-formats.md.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import json
import os
from pathlib import Path

from core.files.atomic_write import atomic_write_text
from core.teaching.practice_round import PracticeRecord

FORMAT = "backprop-studio-practice"
VERSION = 1
COLUMNS = ("name", "sample", "weight", "quantity", "key", "answers", "hints", "outcome")


def record_to_dict(record: PracticeRecord, name: str = "") -> dict:
    return {"format": FORMAT, "version": VERSION, "name": name.strip(),
            "saved_at": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
            "score": {o.value: n for o, n in record.score().items()},
            "questions": [e.as_dict() for e in record.entries]}


def record_to_csv(record: PracticeRecord, name: str = "") -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(COLUMNS)
    for e in record.entries:
        d = e.as_dict()
        w.writerow([name.strip(), d["sample"], d["weight"], d["quantity"], repr(d["key"]),
                    ";".join(repr(a) for a in d["answers"]), ";".join(d["hints"]), d["outcome"]])
    return out.getvalue()


def save_record(path: str | os.PathLike, record: PracticeRecord, name: str = "") -> Path:
    """Write the record as CSV (a .csv path) or JSON (anything else); returns the path."""
    if Path(path).suffix.lower() == ".csv":
        text = record_to_csv(record, name)
    else:
        text = json.dumps(record_to_dict(record, name), ensure_ascii=False, indent=1, allow_nan=False) + "\n"
    return atomic_write_text(path, text)
