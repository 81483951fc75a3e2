"""Tests for core/files/kind.py: a file given to the app is told apart as a session, weights or data,
by what the real writers put in it, and anything else is refused in one sentence naming the file."""

import json

import pytest

from core.checks.errors import FileFormatError
from core.data import make_dataset
from core.engine.hyperparams import Hyperparams
from core.engine.network import Network
from core.files import kind, weights
from core.files.kind import FileKind, kind_of
from core.files.session import save_session
from core.training.trainer import Trainer


@pytest.fixture(scope="module")
def trainer():
    ds = make_dataset("xor")
    return Trainer(Network((2, 2, 1)), ds, Hyperparams(), use_kernel=False)


def test_files_written_by_the_app_are_recognised(tmp_path, trainer):
    """A saved session, weights as JSON and NPZ, and a CSV are each recognised as what they are."""
    save_session(tmp_path / "run.json", trainer, trainer.data)
    bundle = weights.WeightsBundle.from_network(trainer.network)
    weights.save_weights(tmp_path / "w.json", bundle)
    weights.save_weights(tmp_path / "w.npz", bundle)
    (tmp_path / "d.csv").write_text("x,y\n1,0\n")
    (tmp_path / "D.TSV").write_text("x\ty\n1\t0\n")
    assert kind_of(tmp_path / "run.json") is FileKind.SESSION
    assert kind_of(tmp_path / "w.json") is FileKind.WEIGHTS
    assert kind_of(tmp_path / "w.npz") is FileKind.WEIGHTS
    assert kind_of(tmp_path / "d.csv") is FileKind.DATA
    assert kind_of(str(tmp_path / "D.TSV")) is FileKind.DATA


def test_format_field_after_the_first_64_kb_is_found_by_parsing_small_files_only(tmp_path):
    """A hand-edited small JSON with "format" last is still a session; a big one whose start has no
    "format" is refused rather than read in full twice."""
    small = tmp_path / "small.json"
    small.write_text(json.dumps({"notes": "x" * 100, "format": "backprop-studio-session"}))
    assert kind_of(small) is FileKind.SESSION
    big = tmp_path / "big.json"
    big.write_text(json.dumps({"notes": "x" * (kind.HEAD_BYTES + 10), "format": "backprop-studio-session"}))
    with pytest.raises(FileFormatError, match="big.json: not a Backprop Studio session or weights"):
        kind_of(big)


@pytest.mark.parametrize("name, content, message", [
    ("gone.json", None, "gone.json: there is no such file"),
    ("model.onnx", b"\x08\x07", "model.onnx: Backprop Studio opens sessions"),
    ("notes.json", b"{not json", "notes.json: not valid JSON"),
    ("other.json", b'{"format": "something-else"}', "other.json: not a Backprop Studio session or weights file"),
    ("list.json", b"[1, 2]", "list.json: not a Backprop Studio session or weights file"),
])
def test_other_files_are_refused_in_one_sentence(tmp_path, name, content, message):
    """Missing, foreign or broken files raise FileFormatError naming the file, on one line."""
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(FileFormatError) as info:
        kind_of(path)
    assert str(info.value).startswith(message) and "\n" not in str(info.value)


def test_the_apps_own_weights_table_is_not_data(tmp_path, trainer):
    """The CSV weights export (with or without a byte-order mark) is refused as data, naming the
    file and where weights are read from; a data CSV that merely starts alike is still data."""
    from core.files.weights_csv_writer import save_weights_csv

    path = save_weights_csv(tmp_path / "w.csv", weights.WeightsBundle.from_network(trainer.network))
    bom = tmp_path / "bom.csv"
    bom.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    for p in (path, bom):
        with pytest.raises(FileFormatError, match=f"{p.name}: this is a table of weights .* .json or .npz"):
            kind_of(p)
    (tmp_path / "d.csv").write_text("layer,to,from,weight,y\n1,1,0,0.5,1\n")
    assert kind_of(tmp_path / "d.csv") is FileKind.DATA


def test_a_folder_is_not_a_file(tmp_path):
    """A folder given on the command line is refused plainly."""
    with pytest.raises(FileFormatError, match="this is a folder"):
        kind_of(tmp_path)

