"""Tests for core/cli/outputs.py: every output is attempted, each failure is one line, and export
reads a weights or session file once."""

from core.cli import main
from core.cli.outputs import write_all


def test_write_all_attempts_each_output_and_counts_failures(capsys):
    """A failing writer (a refusal or a bug) is reported and the next one still runs."""
    done = []

    def refuse():
        raise OSError(2, "No such file or directory")

    def bug():
        raise KeyError("oops")

    outputs = [("a", refuse), ("b", lambda: done.append("b")), ("c", bug), ("d", lambda: done.append("d"))]
    assert write_all(outputs) == 2
    assert done == ["b", "d"]
    out, err = capsys.readouterr()
    assert out.splitlines() == ["saved b", "saved d"]
    lines = err.splitlines()
    assert len(lines) == 3 and lines[-1] == "error: 2 of 4 outputs could not be written"
    assert "No such file" in lines[0] and "unexpected KeyError" in lines[1]


def test_export_converts_a_session_and_a_weights_file(tmp_path, monkeypatch, capsys):
    """export reads a session's weights or a weights file and writes each output."""
    monkeypatch.chdir(tmp_path)
    assert main(["train", "--epochs", "2", "--quiet", "--session", "s.json", "--export", "w.json"]) == 0
    assert main(["export", "s.json", "from-session.npz"]) == 0
    assert main(["export", "w.json", "from-weights.csv"]) == 0
    assert (tmp_path / "from-session.npz").exists() and (tmp_path / "from-weights.csv").exists()
