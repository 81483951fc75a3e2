"""Inputs that used to end in "unexpected RecursionError ... please report this" now get one plain
line naming the file, through `python main.py export` and `train --weights`: a weights JSON whose
provenance nests ~500 deep (parsed fine, then every recursive step after it failed), and an
NPZ whose provenance metadata nests 100,000 deep."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]


def cli(*args, cwd):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def plain_refusal(proc, name: str) -> str:
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert proc.returncode == 1 and len(errors) == 1, proc.stderr
    assert name in errors[0] and "unexpected" not in errors[0] and "Traceback" not in proc.stderr
    return errors[0]


@pytest.fixture
def weights(tmp_path) -> dict:
    assert cli("train", "--epochs", "2", "--quiet", "--export", "w.json", "--export", "w.npz",
               cwd=tmp_path).returncode == 0
    return json.loads((tmp_path / "w.json").read_text())


@pytest.mark.parametrize("depth", [500, 900])
def test_a_deeply_nested_provenance_is_refused_in_plain_words(tmp_path, weights, depth):
    """Provenance nested 500-900 deep: export and train --weights refuse it naming the file."""
    weights["provenance"]["note"] = "@"
    head, tail = json.dumps(weights).split('"@"')
    path = tmp_path / "deep.json"
    path.write_text(head + "[" * depth + "1" + "]" * depth + tail)
    message = plain_refusal(cli("export", path, "out.json", cwd=tmp_path), "deep.json")
    assert "nested" in message
    assert not (tmp_path / "out.json").exists()
    plain_refusal(cli("train", "--weights", path, "--epochs", "1", "--quiet", cwd=tmp_path),
                  "deep.json")


def test_deeply_nested_npz_metadata_is_refused_in_plain_words(tmp_path, weights):
    """An NPZ whose provenance string is JSON nested 100,000 deep: one line naming the file."""
    path = tmp_path / "deep.npz"
    with zipfile.ZipFile(tmp_path / "w.npz") as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            if info.filename != "provenance.npy":
                dst.writestr(info.filename, src.read(info))
        buf = io.BytesIO()
        np.save(buf, np.array("[" * 100_000 + "]" * 100_000))
        dst.writestr("provenance.npy", buf.getvalue())
    message = plain_refusal(cli("export", path, "out.json", cwd=tmp_path), "deep.npz")
    assert "provenance" in message
