"""Tests for core/files/session.py: save and resume continue bit-for-bit; malformed sessions refused."""

import json

import numpy as np
import pytest

from core.checks.errors import FileFormatError
from core.data import make_dataset
from core.data.csv_reader import load_csv
from core.engine.compiled import kernel
from core.engine.hyperparams import Hyperparams
from core.engine.network import Network
from core.engine.weight_init import InitSpec
from core.files.session import load_session, save_session, session_to_dict
from core.training.trainer import Trainer


def make_trainer(ds, hp, sizes=None, acts=("tanh", "sigmoid"), use_kernel=None):
    sizes = sizes or (ds.n_inputs, 5, ds.n_outputs)
    return Trainer(Network(sizes, acts), ds, hp, InitSpec(seed=2), use_kernel=use_kernel)


def assert_same_state(a, b):
    assert np.array_equal(a.network.params, b.network.params)
    assert np.array_equal(a.opt.velocity, b.opt.velocity)
    assert np.array_equal(a.opt.grad, b.opt.grad) and a.opt.n_in_batch == b.opt.n_in_batch
    assert a.counters == b.counters
    assert np.array_equal(a.last_epoch_E, b.last_epoch_E, equal_nan=True)
    # The test-error series gets one point per run() call (core/training/trainer.py), so it depends on how
    # training was cut into calls, with or without a session; the other series do not.
    for key in ("samples", "epochs"):
        for x, y in zip(getattr(a.history, key).data(), getattr(b.history, key).data(), strict=True):
            assert np.array_equal(x, y)


@pytest.mark.parametrize("use_kernel", [True, False] if kernel.AVAILABLE else [False])
@pytest.mark.parametrize("N, M", [(1000, 777), (61, 3), (4, 0)])
def test_resume_is_bit_for_bit(tmp_path, N, M, use_kernel):
    """Train N + M samples, or N, save, load, M more: identical weights, optimizer, counters."""
    ds = make_dataset("circle", n=60, normalise="standardise")
    hp = Hyperparams(alpha=0.3, batch_size=4, momentum=0.7, l2=1e-3, shuffle=True, order_seed=3)
    a = make_trainer(ds, hp, use_kernel=use_kernel)
    a.run(samples=N + M)
    b = make_trainer(ds, hp, use_kernel=use_kernel)
    b.run(samples=N)  # N = 61, batch 4: stops mid-epoch and mid-batch
    save_session(tmp_path / "s.json", b, ds)
    c, ds2 = load_session(tmp_path / "s.json", use_kernel=use_kernel)
    np.testing.assert_array_equal(ds2.X_train, ds.X_train)
    if M:
        c.run(samples=M)
    assert_same_state(a, c)
    assert c.init == b.init and c.hp == b.hp


def test_csv_session_embeds_data_and_survives_the_file(tmp_path):
    """A CSV-backed session stores the arrays, so it resumes after the CSV is deleted."""
    rng = np.random.default_rng(0)
    X = rng.normal(size=(40, 3))
    y = (X[:, 0] + X[:, 1] > 0).astype(int)
    csv = tmp_path / "d.csv"
    csv.write_text("a,b,c,y\n" + "".join(f"{r[0]!r},{r[1]!r},{r[2]!r},{t}\n"
                                         for r, t in zip(X.tolist(), y, strict=True)))
    ds = load_csv(csv, seed=4)
    hp = Hyperparams(alpha=0.2)
    a = make_trainer(ds, hp)
    a.run(samples=150)
    b = make_trainer(ds, hp)
    b.run(samples=100)
    save_session(tmp_path / "s.json", b, ds)
    csv.unlink()
    c, ds2 = load_session(tmp_path / "s.json")
    assert ds2.feature_names == ["a", "b", "c"] and ds2.input_norm.kind == "standardise"
    c.run(samples=50)
    assert_same_state(a, c)


def test_inline_data_reopens_onto_a_cache_line_and_is_shared_with_the_trainer(tmp_path):
    """A small CSV session (data inline in the JSON, as Undo keeps it too) with 8 inputs: the
    reopened inputs start a cache line and the trainer takes them as they are (no second copy)."""
    rng = np.random.default_rng(1)
    rows = rng.normal(size=(30, 8))
    csv = tmp_path / "e.csv"
    csv.write_text("".join(",".join(map(repr, r)) + f",{int(r[0] > 0)}\n" for r in rows.tolist()))
    ds = load_csv(csv, seed=2)
    save_session(tmp_path / "e.json", make_trainer(ds, Hyperparams(), sizes=(8, 3, 1)), ds)
    c, ds2 = load_session(tmp_path / "e.json")
    assert ds2.X_train.ctypes.data % 64 == 0 and c.X is ds2.X_train
    assert np.array_equal(ds2.X_train, ds.X_train)


def test_synthetic_session_stores_only_the_recipe(tmp_path):
    """Synthetic data is rebuilt from its spec; a spec that rebuilds different data is refused."""
    ds = make_dataset("spiral", n=40)
    tr = make_trainer(ds, Hyperparams())
    doc = session_to_dict(tr, ds)
    assert doc["dataset"]["embedded"] is None and doc["dataset"]["spec"]["generator"] == "spiral"
    doc["dataset"]["spec"]["seed"] = 99
    (tmp_path / "s.json").write_text(json.dumps(doc))
    with pytest.raises(FileFormatError, match="differs from the one trained on"):
        load_session(tmp_path / "s.json")


def test_fresh_trainer_saves_without_nan(tmp_path):
    """Before any training the errors are NaN; they are stored as null and restored as NaN."""
    ds = make_dataset("xor")
    tr = make_trainer(ds, Hyperparams())
    save_session(tmp_path / "s.json", tr, ds)
    text = (tmp_path / "s.json").read_text()
    assert "NaN" not in text and json.loads(text)["progress"]["last_E_n"] is None
    c, _ = load_session(tmp_path / "s.json")
    assert np.isnan(c.last_E_n)


def good_doc(tmp_path):
    ds = make_dataset("xor")
    tr = make_trainer(ds, Hyperparams(batch_size=3))
    tr.run(samples=5)
    return session_to_dict(tr, ds)


def edit(doc, path, value):
    d = doc
    keys = path.split(".")
    for k in keys[:-1]:
        d = d[k]
    if value is KeyError:
        del d[keys[-1]]
    else:
        d[keys[-1]] = value
    return doc


@pytest.mark.parametrize("path, value, message", [
    ("format", "backprop-studio-weights", r"not a session file \(format 'backprop-studio-weights'"),
    ("version", 3, r"session file version 3 is newer"),
    ("version", "1", r"session version must be a positive integer"),
    ("params", [0.0] * 3, r"3 parameters are too few for a 2-5-1 network"),
    ("params", [0.0] * 30, r"30 parameters do not fit a 2-5-1 network \(21 needed\)"),
    ("architecture.activations", ["tanh", "swish"], r"output activation must be one of"),
    ("architecture.sizes", [2, 5, 2], r"too few|do not fit"),
    ("optimizer.velocity", [0.0], r"velocity has 1 values, expected 21"),
    ("optimizer.n_in_batch", -1, r"n_in_batch must be a non-negative integer"),
    ("progress.epoch", 1.5, r"epoch must be a non-negative integer"),
    ("progress.pos", 9, r"position in the epoch does not fit"),
    ("hyperparams.batch_size", 1, r"waiting in the unfinished batch \(1\) do not fit the batch size 1"),
    ("optimizer.n_in_batch", 2, r"waiting in the unfinished batch \(2\) do not fit the batch size 3"),
    ("progress.epoch_state", [0, 0], r"epoch_state has 2 values, expected 3"),
    ("hyperparams.alpha", -1, r"malformed session \(learning rate"),
    ("init.scheme", "zeros", r"malformed session \(unknown init scheme"),
    ("history", KeyError, r"missing key 'history'"),
    ("dataset.spec", {"source": "web"}, r"unknown data set source 'web'"),
    ("dataset.fingerprint", "0" * 64, r"differs from the one trained on"),
])
def test_malformed_sessions_refused(tmp_path, path, value, message):
    """Each malformed or inconsistent session is refused with a message naming the file."""
    p = tmp_path / "s.json"
    p.write_text(json.dumps(edit(good_doc(tmp_path), path, value)))
    with pytest.raises(FileFormatError, match=message) as info:
        load_session(p)
    assert str(info.value).startswith("s.json: ")


def test_non_finite_and_junk_refused(tmp_path):
    """NaN tokens and non-JSON are refused with the location."""
    p = tmp_path / "s.json"
    text = json.dumps(good_doc(tmp_path))
    p.write_text(text.replace('"params": [', '"params": [NaN, ', 1))
    with pytest.raises(FileFormatError, match="NaN is not allowed"):
        load_session(p)
    p.write_text("{\n oops")
    with pytest.raises(FileFormatError, match=r"s.json, line 2, column 2: not valid JSON"):
        load_session(p)


# ---- sessions that scale (issue 13) ----

def big_csv_dataset(tmp_path, rows=4000, cols=80):
    """A CSV data set with rows x cols > INLINE_VALUES numbers (a reduced MNIST-size case)."""
    rng = np.random.default_rng(7)
    table = np.column_stack([rng.integers(0, 256, size=(rows, cols)), rng.integers(0, 10, rows)])
    csv = tmp_path / "big.csv"
    csv.write_text("\n".join(",".join(map(str, r)) for r in table.tolist()) + "\n")
    return csv, load_csv(csv, normalise="minmax")


def test_big_session_is_a_container_and_resumes_bit_for_bit(tmp_path):
    """More than INLINE_VALUES numbers of data: saved as the zip container (not JSON), reopened
    with identical arrays even after the CSV is gone, and training continues bit for bit."""
    from core.files.session import INLINE_VALUES
    from core.files.session_container import is_container

    csv, ds = big_csv_dataset(tmp_path)
    assert ds.X_train.size + ds.X_test.size > INLINE_VALUES
    hp = Hyperparams(alpha=0.1, batch_size=10, momentum=0.5)
    a = make_trainer(ds, hp, sizes=(80, 8, 10), acts=("sigmoid", "sigmoid"))
    a.run(samples=900)
    b = make_trainer(ds, hp, sizes=(80, 8, 10), acts=("sigmoid", "sigmoid"))
    b.run(samples=500)
    save_session(tmp_path / "big.json", b, ds)
    assert is_container(tmp_path / "big.json")
    csv.unlink()
    c, ds2 = load_session(tmp_path / "big.json")
    for key in ("X_train", "T_train", "X_test", "T_test"):
        assert np.array_equal(getattr(ds2, key), getattr(ds, key))
    assert ds2.class_names == ds.class_names and ds2.spec == ds.spec
    # read onto a cache line, so the trainer shares the inputs rather than keeping a second copy
    assert ds2.X_train.ctypes.data % 64 == 0 and c.X is ds2.X_train
    c.run(samples=400)
    assert_same_state(a, c)


def test_a_session_reads_only_a_picked_csv_or_one_beside_it(tmp_path):
    """Data by reference: a CSV elsewhere is refused unread; the same name beside the session is
    read (and named in the notes); a file the user picked is read where it is."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "d.csv").write_text("a,y\n" + "".join(f"{i},{i % 2}\n" for i in range(12)))
    ds = load_csv(data / "d.csv")
    tr = make_trainer(ds, Hyperparams(), sizes=(1, 2, 1))
    save_session(tmp_path / "s.json", tr, ds, embed_data=False)
    with pytest.raises(FileFormatError, match="not beside the session, so it was not read"):
        load_session(tmp_path / "s.json")
    notes = []
    load_session(tmp_path / "s.json", data_files=[data / "d.csv"], notes=notes)
    assert notes == [f"The data were read from {data / 'd.csv'}."]
    (tmp_path / "d.csv").write_bytes((data / "d.csv").read_bytes())
    notes = []
    load_session(tmp_path / "s.json", notes=notes)
    assert notes == [f"The data were read from {tmp_path / 'd.csv'}."]


def test_a_container_session_is_known_by_its_content(tmp_path):
    """`backprop-studio big.json` and `export big.json w.npz` recognise a container session."""
    from core.cli.outputs import read_bundle
    from core.files.kind import FileKind, kind_of

    _, ds = big_csv_dataset(tmp_path, rows=3500)
    tr = make_trainer(ds, Hyperparams(), sizes=(80, 3, 10), acts=("sigmoid", "sigmoid"))
    save_session(tmp_path / "big.json", tr, ds)
    assert kind_of(tmp_path / "big.json") is FileKind.SESSION
    assert np.array_equal(read_bundle(str(tmp_path / "big.json")).to_network().params,
                          tr.network.params)


def test_a_session_says_how_many_samples_wait_in_its_batch_on_every_path(tmp_path):
    """progress.epoch_state[2] (file-formats.md: the samples in the unfinished batch) is
    optimizer.n_in_batch whichever loop trained: the batch kernel, BLAS, or the numpy reference."""
    ds = make_dataset("iris")
    for hp, use_kernel in ((Hyperparams(batch_size=8), True), (Hyperparams(batch_size=600), True),
                           (Hyperparams(batch_size=8), False)):  # fmt: skip
        tr = make_trainer(ds, hp, use_kernel=use_kernel)
        tr.run(samples=5)
        doc = session_to_dict(tr, ds)
        assert doc["optimizer"]["n_in_batch"] == 5 and doc["progress"]["epoch_state"][2] == 5, hp
