"""Tests for core/cli/ (train, export, datasets): end to end in a subprocess, and each subcommand and
refusal in-process."""

import json
import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from core.cli import main
from core.cli.train import parse_hidden
from core.files.weights import load_weights

ROOT = Path(__file__).resolve().parents[3]


def run_main(*args, cwd):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def test_readme_example_learns_xor(tmp_path):
    """The documented example trains XOR, reports on stdout, progress on stderr, saves JSON."""
    proc = run_main("train", "--dataset", "xor", "--hidden", "2", "--lr", "0.5", "--epochs", "5000",
                    "--seed", "1", "--export", "xor.json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "epochs 5000  samples 20000" in proc.stdout
    assert "accuracy train 100.0%" in proc.stdout
    assert "epoch 5000" in proc.stderr.splitlines()[-1]
    assert "Traceback" not in proc.stderr
    b = load_weights(tmp_path / "xor.json")
    X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
    np.testing.assert_array_equal(b.to_network().forward(X).round(), [[0], [1], [1], [0]])
    assert b.provenance["epoch"] == 5000 and b.provenance["samples_seen"] == 20000


def sigmoid(z):
    return 1.0 / (1.0 + math.exp(-z))


def seed_online_updates(W_ji, w_j0, W_kj, w_k0, X, T, alpha, n_samples):
    """The seed's online rule for a 2-2-1 sigmoid net, ½ SSE, samples in file order, by hand.

    All deltas of a sample use the weights from before that sample's update; bias inputs are 1.
    """
    W_ji = [row[:] for row in W_ji]
    W_kj = [row[:] for row in W_kj]
    w_j0, w_k0 = w_j0[:], w_k0[:]
    for s in range(n_samples):
        x, t = X[s % len(X)], T[s % len(T)]
        h = [sigmoid(sum(W_ji[j][i] * x[i] for i in range(2)) + w_j0[j]) for j in range(2)]
        o = [sigmoid(sum(W_kj[k][j] * h[j] for j in range(2)) + w_k0[k]) for k in range(1)]
        # δ_k = (t_k − o_k) o_k (1 − o_k); δ_j = h_j (1 − h_j) Σ_k w_kj δ_k (old w_kj)
        d_k = [(t[k] - o[k]) * o[k] * (1 - o[k]) for k in range(1)]
        d_j = [h[j] * (1 - h[j]) * sum(W_kj[k][j] * d_k[k] for k in range(1)) for j in range(2)]
        for k in range(1):
            for j in range(2):
                W_kj[k][j] += alpha * d_k[k] * h[j]  # Δw_kj = α δ_k h_j
            w_k0[k] += alpha * d_k[k]  # bias input 1
        for j in range(2):
            for i in range(2):
                W_ji[j][i] += alpha * d_j[j] * x[i]  # Δw_ji = α δ_j x_i
            w_j0[j] += alpha * d_j[j]
    return W_ji, w_j0, W_kj, w_k0


def test_train_from_weights_in_file_order_matches_hand_computation(tmp_path):
    """From a weights file, 10 online samples in file order, no normalisation: the exported
    weights equal the seed's update formulas applied by hand."""
    X = [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0], [0.5, 0.25]]
    T = [[0.0], [1.0], [1.0], [0.0], [1.0]]
    (tmp_path / "data.csv").write_text(
        "x1,x2,t\n" + "".join(f"{a},{b},{int(t[0])}\n" for (a, b), t in zip(X, T, strict=True)))
    W_ji, w_j0 = [[0.3, -0.2], [0.4, 0.1]], [0.05, -0.1]
    W_kj, w_k0 = [[0.7, -0.5]], [0.2]
    start = {"format": "backprop-studio-weights", "version": 1,
             "architecture": {"sizes": [2, 2, 1], "activations": ["sigmoid", "sigmoid"],
                              "loss": "sse"},
             "layers": [{"W": W_ji, "b": w_j0}, {"W": W_kj, "b": w_k0}]}
    (tmp_path / "start.json").write_text(json.dumps(start))
    proc = run_main("train", "--csv", "data.csv", "--normalise", "none", "--train-fraction", "1",
                    "--in-order", "--weights", "start.json", "--lr", "0.8", "--samples", "12",
                    "--export", "out.json", "--export", "out.npz", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    want = seed_online_updates(W_ji, w_j0, W_kj, w_k0, X, T, 0.8, 12)
    for path in ("out.json", "out.npz"):
        got = load_weights(tmp_path / path)
        np.testing.assert_allclose(got.W[0], want[0], rtol=0, atol=1e-14)
        np.testing.assert_allclose(got.b[0], want[1], rtol=0, atol=1e-14)
        np.testing.assert_allclose(got.W[1], want[2], rtol=0, atol=1e-14)
        np.testing.assert_allclose(got.b[1], want[3], rtol=0, atol=1e-14)
        assert got.provenance["samples_seen"] == 12
    assert not np.allclose(want[2], W_kj)  # training did move the weights


def test_help_for_each_subcommand(capsys):
    """--help works for the program and each subcommand and exits 0."""
    for argv in (["--help"], ["train", "--help"], ["export", "--help"], ["datasets", "--help"]):
        assert main(argv) == 0
    out = capsys.readouterr().out
    assert "--target-error" in out and "--export FILE" in out and "OUTPUT" in out


def test_version_and_no_command(capsys):
    """--version prints the version; no subcommand prints help and exits 2."""
    assert main(["--version"]) == 0
    assert "backprop-studio 0.1.0" in capsys.readouterr().out
    assert main([]) == 2


def test_datasets_lists_names(capsys):
    """`datasets` prints one line per named data set, and under it the set's preset."""
    assert main(["datasets"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("xor ") and any(line.startswith("digits ") for line in out)
    spiral = out.index(next(line for line in out if line.startswith("spiral ")))
    assert "preset: hidden 16, 16 (tanh)" in out[spiral + 1] and "α 0.1" in out[spiral + 1]


def test_parse_hidden():
    """--hidden accepts repeated flags and comma lists; 0 or none means no hidden layer."""
    assert parse_hidden(["4", "3,2"]) == [4, 3, 2]
    assert parse_hidden(["0"]) == [] and parse_hidden(None) is None


@pytest.mark.parametrize("argv, message", [
    (["train", "--dataset", "imagenet"], "error: unknown data set 'imagenet'"),
    (["train", "--csv", "missing.csv"], "error: missing.csv: file not found"),
    (["train", "--hidden", "two"], "error: --hidden takes positive integers"),
    (["train", "--lr", "-1"], "error: learning rate"),
    (["train", "--seed", "-1"], "error: --seed must be a non-negative integer"),
    (["train", "--batch-size", "0"], "error: batch size must be a positive integer"),
    (["train", "--epochs", "-3"], "must not be negative"),
    (["train", "--dataset", "xor", "--target", "y"], "--target is for --csv files"),
    (["train", "--loss", "cross_entropy", "--output-activation", "linear"], "cross-entropy needs"),
    (["train", "--epochs", "1", "--export", "w.txt"], "cannot save weights as '.txt'"),
    (["train", "--resume", "s.json", "--dataset", "xor"], "--resume takes data"),
    (["export", "nothing.json", "x.npz"], "nothing.json: file not found"),
])
def test_refusals_are_one_line_with_exit_1(tmp_path, monkeypatch, capsys, argv, message):
    """Bad options or files give exit status 1 and a single 'error:' line on stderr."""
    monkeypatch.chdir(tmp_path)
    assert main([*argv, "--quiet"] if argv[0] == "train" else argv) == 1
    err = capsys.readouterr().err.strip()
    assert message in err and len(err.splitlines()) == 1 and err.startswith("error: ")


def test_outputs_that_cannot_be_written_are_refused_before_training(tmp_path):
    """An unknown weights format, a missing folder and a session in a missing folder are each
    named on their own error line, before any training (a long run is not spent to find out) and
    before anything is written; exit status 1."""
    proc = run_main("train", "--dataset", "xor", "--epochs", "100000", "--export", "w.xyz",
                    "--export", "nowhere/w.json", "--export", "fine.json", "--session", "gone/s.json", cwd=tmp_path)
    assert proc.returncode == 1
    errors = proc.stderr.strip().splitlines()
    assert len(errors) == 3 and all(line.startswith("error: ") for line in errors), proc.stderr
    assert "cannot save weights as '.xyz'" in errors[0]
    assert "nowhere/w.json: folder nowhere does not exist" in errors[1]
    assert "gone/s.json: folder gone does not exist" in errors[2]
    assert proc.stdout == "" and list(tmp_path.iterdir()) == []  # nothing trained, nothing written


def test_a_weights_table_given_as_csv_data_is_refused(tmp_path):
    """`train --csv` on the app's own CSV weights export is one error line, not a run on weights."""
    assert run_main("train", "--dataset", "xor", "--epochs", "1", "--export", "w.csv", cwd=tmp_path).returncode == 0
    proc = run_main("train", "--csv", "w.csv", "--epochs", "1", cwd=tmp_path)
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.strip().splitlines() == [
        "error: w.csv: this is a table of weights (layer,to,from,weight) exported for other programs, not "
        "training data; Backprop Studio opens weights from .json or .npz files"]


def test_an_mnist_style_csv_with_its_label_first_trains_as_classification(tmp_path):
    """A CSV headed label, p0 … p7 (MNIST's CSV layout) trains on the label as classes, without
    --target: 8 inputs and one output per class, not a regression on the last pixel."""
    rng = np.random.default_rng(0)
    rows = [[int(c), *rng.integers(0, 256, 8)] for c in rng.integers(0, 3, 60)]
    (tmp_path / "m.csv").write_text("label," + ",".join(f"p{i}" for i in range(8)) + "\n"
                                    + "".join(",".join(map(str, r)) + "\n" for r in rows))
    proc = run_main("train", "--csv", "m.csv", "--epochs", "2", "--quiet", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "network 8-2-3 " in proc.stdout and "accuracy train" in proc.stdout


def test_unexpected_exception_is_one_line(monkeypatch, capsys):
    """Even a bug ends with exit 1 and one 'error:' line, not a traceback."""
    import core.cli.train

    def broken(args, output_activation):
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(core.cli.train, "load_data", broken)
    assert main(["train", "--quiet"]) == 1
    err = capsys.readouterr().err
    assert err == "error: unexpected RuntimeError: boom second line (please report this)\n"


def test_usage_error_exit_2(capsys):
    """An unknown option is a usage error (exit 2), reported by argparse."""
    assert main(["train", "--bogus"]) == 2
    assert "unrecognized arguments" in capsys.readouterr().err


def test_weights_that_do_not_fit_are_refused(tmp_path, monkeypatch, capsys):
    """Starting from weights for another architecture or data width says what differs."""
    monkeypatch.chdir(tmp_path)
    assert main(["train", "--dataset", "xor", "--hidden", "3", "--epochs", "1", "--quiet",
                 "--export", "w.json"]) == 0
    assert main(["train", "--dataset", "xor", "--hidden", "2", "--weights", "w.json"]) == 1
    assert "the weights are for a 2-3-1 network, not 2-2-1" in capsys.readouterr().err
    assert main(["train", "--dataset", "iris", "--weights", "w.json"]) == 1
    assert "the weights take 2 inputs, the data has 4" in capsys.readouterr().err
    assert main(["train", "--dataset", "xor", "--weights", "w.json", "--activation", "tanh"]) == 1
    assert "use activations sigmoid/sigmoid, not tanh/sigmoid" in capsys.readouterr().err


def test_session_resume_and_export_conversions(tmp_path, monkeypatch, capsys):
    """train --session, then --resume continues; export converts a session and weights."""
    monkeypatch.chdir(tmp_path)
    common = ["--dataset", "circle", "--hidden", "4", "--shuffle", "--momentum", "0.5", "--quiet"]
    assert main(["train", *common, "--samples", "700", "--export", "full.npz"]) == 0
    assert main(["train", *common, "--samples", "300", "--session", "s.json"]) == 0
    assert main(["train", "--resume", "s.json", "--samples", "400", "--shuffle", "--momentum",
                 "0.5", "--quiet", "--export", "resumed.npz"]) == 0
    full, resumed = load_weights(tmp_path / "full.npz"), load_weights(tmp_path / "resumed.npz")
    for a, b in zip(full.W + full.b, resumed.W + resumed.b, strict=True):
        assert np.array_equal(a, b)
    assert main(["export", "s.json", "from_session.json", "w.onnx", "w.csv"]) == 0
    assert main(["export", "resumed.npz", "again.json"]) == 0
    assert load_weights(tmp_path / "from_session.json").provenance["samples_seen"] == 300
    again = load_weights(tmp_path / "again.json")
    assert all(np.array_equal(a, b) for a, b in zip(again.W, resumed.W, strict=True))
    assert "saved w.onnx" in capsys.readouterr().out


def test_resume_continues_with_the_sessions_own_batch_size_momentum_l2_and_seed(tmp_path):
    """--resume with no training options goes on as the session was trained (B, μ, λ and the order
    seed too, not the options' defaults), bit for bit with the run that never stopped; an option
    given on resume changes only what it names."""
    common = ["--dataset", "iris", "--batch-size", "4", "--momentum", "0.5", "--l2", "1e-3", "--seed", "7",
              "--quiet"]  # fmt: skip
    assert run_main("train", *common, "--samples", "700", "--export", "full.npz", cwd=tmp_path).returncode == 0
    assert run_main("train", *common, "--samples", "301", "--session", "s.json", cwd=tmp_path).returncode == 0
    proc = run_main("train", "--resume", "s.json", "--samples", "399", "--quiet", "--export", "resumed.npz",
                    "--session", "s2.json", cwd=tmp_path)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    full, resumed = load_weights(tmp_path / "full.npz"), load_weights(tmp_path / "resumed.npz")
    for a, b in zip(full.W + full.b, resumed.W + resumed.b, strict=True):
        assert np.array_equal(a, b)
    hp = json.loads((tmp_path / "s2.json").read_text())["hyperparams"]
    assert (hp["batch_size"], hp["momentum"], hp["l2"], hp["order_seed"]) == (4, 0.5, 1e-3, 7)
    proc = run_main("train", "--resume", "s.json", "--samples", "10", "--batch-size", "8", "--quiet",
                    "--session", "s3.json", cwd=tmp_path)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    hp = json.loads((tmp_path / "s3.json").read_text())["hyperparams"]
    assert (hp["batch_size"], hp["momentum"], hp["l2"], hp["order_seed"]) == (8, 0.5, 1e-3, 7)


def test_target_error_stops_early(tmp_path, capsys):
    """--target-error stops training when an epoch's mean E falls below it."""
    assert main(["train", "--dataset", "xor", "--epochs", "20000", "--target-error", "0.05",
                 "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "fell below the target 0.05" in out
    epochs = int(out.split("epochs ")[1].split()[0])
    assert 0 < epochs < 20000


def test_regression_csv_with_options(tmp_path, monkeypatch, capsys):
    """A CSV regression run with a named target, minmax inputs and no target scaling works."""
    monkeypatch.chdir(tmp_path)
    rows = "".join(f"{i / 10},{(i % 7) / 3},{i / 20 + 0.01}\n" for i in range(30))
    Path("r.csv").write_text("a,y,b\n" + rows)
    assert main(["train", "--csv", "r.csv", "--target", "y", "--normalise", "minmax",
                 "--no-target-scaling", "--output-activation", "linear", "--activation", "tanh",
                 "--hidden", "3,3", "--epochs", "5", "--quiet", "--export", "r.json"]) == 0
    b = load_weights(tmp_path / "r.json")
    assert b.sizes == (2, 3, 3, 1) and b.input_norm.kind == "minmax" and b.target_scaling is None
    assert "E test" in capsys.readouterr().out


def test_diverging_run_exits_1(tmp_path, capsys):
    """A run whose updates blow up reports the divergence and exits 1."""
    rc = main(["train", "--dataset", "plane", "--output-activation", "linear", "--activation",
               "linear", "--no-target-scaling", "--lr", "10000", "--epochs", "50", "--quiet"])
    assert rc == 1
    out, err = capsys.readouterr()
    assert err.count("diverged") == 1 and err.startswith("error: training diverged at sample ")
    assert "diverged" not in out  # said once, as the error, not also in the report


def test_session_data_by_reference(tmp_path, monkeypatch, capsys):
    """--session-data reference stores the CSV's path and SHA-256, not its numbers; the session
    resumes while the CSV sits beside it, and says which file it read."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d.csv").write_text("a,b,y\n" + "".join(f"{i},{i % 5},{i % 2}\n" for i in range(30)))
    assert main(["train", "--csv", "d.csv", "--samples", "20", "--quiet", "--session", "s.json",
                 "--session-data", "reference"]) == 0
    doc = json.loads((tmp_path / "s.json").read_text())
    assert doc["dataset"]["embedded"] is None and doc["dataset"]["spec"]["sha256"]
    capsys.readouterr()
    assert main(["train", "--resume", "s.json", "--samples", "5", "--quiet"]) == 0
    assert f"note: The data were read from {tmp_path / 'd.csv'}." in capsys.readouterr().err


def test_a_batch_larger_than_the_data_is_pointed_out(tmp_path):
    """--batch-size 32 on XOR's 4 samples trains full-batch, and the CLI says so (a user's subprocess
    run); the summary's E is the final weights' and says so."""
    done = run_main("train", "--dataset", "xor", "--batch-size", "32", "--epochs", "3", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "note: batch size 32 is larger than the 4 training samples" in done.stderr
    assert "epoch-mean E" in done.stderr and "E train" in done.stdout and "(final weights)" in done.stdout
    quiet = run_main("train", "--dataset", "xor", "--batch-size", "4", "--epochs", "1", "--session", "s.json",
                     cwd=tmp_path)  # fmt: skip
    assert "note: batch size" not in quiet.stderr
    resumed = run_main("train", "--resume", "s.json", "--batch-size", "100000", "--epochs", "1", cwd=tmp_path)
    assert resumed.returncode == 0
    assert "note: batch size 100,000 is larger than the 4 training samples" in resumed.stderr
