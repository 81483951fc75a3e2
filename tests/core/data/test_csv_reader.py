"""Tests for core/data/csv_reader.py: formats it accepts, what it builds, and every refusal."""

import hashlib

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from core.checks.errors import BackpropStudioError, DataError, FileFormatError, FileTooLargeError
from core.data.csv_reader import load_csv
from core.data.dataset import TARGET_RANGES


def write(tmp_path, text, name="data.csv", encoding="utf-8"):
    p = tmp_path / name
    p.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return p


SIMPLE = "a,b,label\n1,2,cat\n3,4,dog\n5,6,cat\n7,8,dog\n"


def load_all(p, **kw):
    """Load with every row in training, file order, no normalisation (easy to compare)."""
    kw = {"normalise": "none", "train_fraction": 1.0, **kw}
    return load_csv(p, **kw)


# ---- what it accepts ----

def test_header_string_labels_two_classes(tmp_path):
    """A header and names become feature names, sorted class names and one 0/1 target column."""
    ds = load_all(write(tmp_path, SIMPLE))
    assert ds.feature_names == ["a", "b"]
    assert ds.class_names == ["cat", "dog"]
    assert ds.task == "classification"
    np.testing.assert_array_equal(ds.X_train, [[1, 2], [3, 4], [5, 6], [7, 8]])
    np.testing.assert_array_equal(ds.T_train, [[0], [1], [0], [1]])


def test_softmax_output_gets_two_columns_for_two_classes(tmp_path):
    """For a softmax output, two classes are one-hot in two columns."""
    ds = load_all(write(tmp_path, SIMPLE), output_activation="softmax")
    np.testing.assert_array_equal(ds.T_train, [[1, 0], [0, 1], [1, 0], [0, 1]])


@pytest.mark.parametrize("sep", [",", ";", "\t", " ", "   "])
@pytest.mark.parametrize("eol", ["\n", "\r\n"])
@pytest.mark.parametrize("bom", ["", "\ufeff"])
def test_delimiters_line_ends_and_bom(tmp_path, sep, eol, bom):
    """Comma, semicolon, tab and spaces; LF and CRLF; with or without a BOM all read the same."""
    rows = [["x1", "x2", "y"], ["0.5", "-1", "0"], ["1.5", "2e-1", "1"], ["2", "3", "2"]]
    text = bom + eol.join(sep.join(r) for r in rows) + eol
    ds = load_all(write(tmp_path, text))
    assert ds.feature_names == ["x1", "x2"]
    np.testing.assert_array_equal(ds.X_train, [[0.5, -1], [1.5, 0.2], [2, 3]])
    np.testing.assert_array_equal(ds.T_train, np.eye(3))
    assert ds.class_names == ["0", "1", "2"]


def test_no_header_detected_and_default_names(tmp_path):
    """Without a header, all rows are data and columns are named x1, x2..."""
    ds = load_all(write(tmp_path, "1,2,0\n3,4,1\n"))
    assert ds.feature_names == ["x1", "x2"]
    assert ds.X_train.shape == (2, 2)


def test_header_can_be_forced(tmp_path):
    """header=True treats an all-numeric first row as a header; header=False keeps it as data."""
    p = write(tmp_path, "10,20,0\n1,2,0\n3,4,1\n")
    assert load_all(p, header=True).feature_names == ["10", "20"]
    assert load_all(p, header=False).X_train.shape == (3, 2)


def test_semicolon_with_decimal_comma(tmp_path):
    """With semicolons, '1,5' is read as 1.5 (European spreadsheets)."""
    ds = load_all(write(tmp_path, "a;b;y\n1,5;2;0\n-0,25;3,0;1\n"))
    np.testing.assert_array_equal(ds.X_train, [[1.5, 2], [-0.25, 3]])


def test_quoted_fields_and_blank_lines(tmp_path):
    """Quoted headers and labels work, blank lines are skipped."""
    text = '"sepal, length","width","kind"\n\n1,2,"a b"\n\n3,4,"c"\n'
    ds = load_all(write(tmp_path, text))
    assert ds.feature_names == ["sepal, length", "width"]
    assert ds.class_names == ["a b", "c"]


def test_target_by_name_index_and_negative_index(tmp_path):
    """The target can be chosen by name, index or negative index; the rest are inputs."""
    p = write(tmp_path, "y,a,b\n0,1,2\n1,3,4\n")
    for t in ("y", 0, -3, "0"):
        ds = load_all(p, targets=t)
        assert ds.feature_names == ["a", "b"]
        np.testing.assert_array_equal(ds.T_train, [[0], [1]])


def test_regression_target_scaled_for_sigmoid(tmp_path):
    """Non-integer targets are regression, mapped linearly onto [0.1, 0.9] and mapped back."""
    t = np.array([2.5, -1.0, 7.0, 0.5])
    text = "x,t\n" + "".join(f"{i},{v}\n" for i, v in enumerate(t))
    ds = load_all(write(tmp_path, text))
    assert ds.task == "regression" and ds.class_names is None
    expected = 0.1 + 0.8 * (t - t.min()) / (t.max() - t.min())  # independent of TargetScaling
    np.testing.assert_allclose(ds.T_train[:, 0], expected, rtol=0, atol=1e-15)
    np.testing.assert_allclose(ds.raw_targets(ds.T_train)[:, 0], t, atol=1e-14)


@pytest.mark.parametrize("act", ["tanh", "linear"])
def test_regression_scaling_per_activation(tmp_path, act):
    """tanh targets go to [-0.8, 0.8]; a linear output leaves targets unscaled."""
    ds = load_all(write(tmp_path, "x,t\n0,1.5\n1,3.5\n2,2.5\n"), output_activation=act)
    if act == "linear":
        assert ds.target_scaling is None
        np.testing.assert_array_equal(ds.T_train[:, 0], [1.5, 3.5, 2.5])
    else:
        np.testing.assert_allclose(ds.T_train[:, 0], [-0.8, 0.8, 0.0], atol=1e-15)
        assert TARGET_RANGES["tanh"] == (-0.8, 0.8)


def test_no_target_scaling_when_asked(tmp_path):
    """scale_targets=False keeps raw regression targets."""
    ds = load_all(write(tmp_path, "x,t\n0,1.5\n1,3.5\n"), scale_targets=False)
    assert ds.target_scaling is None
    np.testing.assert_array_equal(ds.T_train[:, 0], [1.5, 3.5])


def test_many_integer_values_are_regression_and_task_can_force(tmp_path):
    """More than 20 distinct integer targets mean regression; task= overrides the guess."""
    text = "x,t\n" + "".join(f"{i},{i * 3}\n" for i in range(25))
    p = write(tmp_path, text)
    assert load_all(p).task == "regression"
    small = write(tmp_path, "x,t\n0,1\n1,2\n2,1\n", name="s.csv")
    assert load_all(small, task="regression").task == "regression"
    assert load_all(small).task == "classification"


def test_multiple_target_columns_are_regression(tmp_path):
    """Several target columns give a multi-output regression, each column scaled on its own."""
    ds = load_all(write(tmp_path, "x,t1,t2\n0,0,10\n1,1,30\n2,0.5,20\n"), targets=["t1", "t2"])
    np.testing.assert_allclose(ds.T_train, [[0.1, 0.1], [0.9, 0.9], [0.5, 0.5]], atol=1e-15)


def test_standardise_and_minmax_fitted_on_training_rows(tmp_path):
    """Normalisation uses training rows only: train mean 0 / std 1, or train range [0, 1]."""
    rng = np.random.default_rng(3)
    X = rng.normal(5, 3, size=(50, 3))
    y = rng.integers(0, 2, 50)
    text = "".join(",".join(repr(float(v)) for v in row) + f",{c}\n"
                   for row, c in zip(X, y, strict=True))
    p = write(tmp_path, text)
    ds = load_csv(p, normalise="standardise", train_fraction=0.6, seed=1)
    np.testing.assert_allclose(ds.X_train.mean(axis=0), 0, atol=1e-12)
    np.testing.assert_allclose(ds.X_train.std(axis=0), 1, atol=1e-12)
    np.testing.assert_allclose(ds.input_norm.invert(ds.X_train), X[_train_rows(X, ds)], atol=1e-12)
    ds = load_csv(p, normalise="minmax", train_fraction=0.6, seed=1)
    np.testing.assert_allclose(ds.X_train.min(axis=0), 0, atol=1e-15)
    np.testing.assert_allclose(ds.X_train.max(axis=0), 1, atol=1e-15)


def _train_rows(X, ds):
    raw = ds.input_norm.invert(ds.X_train)
    return [int(np.argmin(np.abs(X - r).sum(axis=1))) for r in raw]


def test_split_keeps_file_order_and_is_seeded(tmp_path):
    """Train and test rows keep file order, partition the file, and depend only on the seed."""
    text = "".join(f"{i},{i % 2}\n" for i in range(40))
    p = write(tmp_path, text)
    a = load_all(p, train_fraction=0.75, seed=5)
    b = load_all(p, train_fraction=0.75, seed=5)
    c = load_all(p, train_fraction=0.75, seed=6)
    rows = a.X_train[:, 0]
    assert len(rows) == 30 and len(a.X_test) == 10
    assert np.all(np.diff(rows) > 0) and np.all(np.diff(a.X_test[:, 0]) > 0)
    assert sorted(np.concatenate([rows, a.X_test[:, 0]])) == list(range(40))
    np.testing.assert_array_equal(a.X_train, b.X_train)
    assert not np.array_equal(a.X_train, c.X_train)
    assert a.T_train.sum() == 15  # stratified: each class keeps 75 % of its rows


def test_spec_records_path_hash_and_options(tmp_path):
    """The spec names the file, its SHA-256 and the options, and is enough to reload it."""
    p = write(tmp_path, SIMPLE)
    ds = load_csv(p, normalise="minmax", seed=3)
    assert ds.spec["source"] == "csv"
    assert ds.spec["sha256"] == hashlib.sha256(p.read_bytes()).hexdigest()
    again = load_csv(ds.spec["path"], **ds.spec["options"])
    np.testing.assert_array_equal(again.X_train, ds.X_train)


def test_load_is_pure(tmp_path):
    """Loading never changes the file, and a failed load leaves it alone too."""
    p = write(tmp_path, SIMPLE)
    before = p.read_bytes()
    load_csv(p)
    with pytest.raises(BackpropStudioError):
        load_csv(p, targets="nope")
    assert p.read_bytes() == before
    assert sorted(x.name for x in tmp_path.iterdir()) == ["data.csv"]


# ---- refusals: each names the file and, where there is one, the line and column ----

@pytest.mark.parametrize("text, cls, message", [
    ("", FileFormatError, r"data.csv: the file is empty"),
    ("\n\n  \r\n", FileFormatError, r"data.csv: the file is empty"),
    ("a,b,c\n", FileFormatError, r"data.csv: no data rows below the header"),
    ("a,b,y\n1,2,0\n3,4\n", FileFormatError,
     r"data.csv, line 3: 2 fields, but the first row has 3"),
    ("a,b,y\n1,2,0\n3,4,1,9\n", FileFormatError, r"line 3: 4 fields"),
    ("1\n2\n", FileFormatError, r"only one column"),
    ("a,b,y\n1,2,0\n3,x7,1\n", DataError, r'line 3, column 2 \("b"\): \'x7\' is not a number'),
    ("1,2,0\n3,abc,1\n", DataError, r"data.csv, line 2, column 2: 'abc' is not a number"),
    ("a,b,y\n1,,0\n3,4,1\n", DataError, r'line 2, column 2 \("b"\): missing value'),
    ("a,b,y\n1,NA,0\n3,4,1\n", DataError, r"line 2, column 2 .*missing value \('NA'\)"),
    ("a,b,y\n1,nan,0\n3,4,1\n", DataError, r"line 2, column 2 .*missing value"),
    ("a,b,y\n1,inf,0\n3,4,1\n", DataError, r"line 2, column 2 .*'inf' is not a finite number"),
    ("a,b,y\n1,1_000,0\n3,4,1\n", DataError, r"line 2, column 2 .*'1_000' is not a number"),
    ("a,b,y\n1,2,\n3,4,1\n", DataError, r'line 2, column 3 \("y"\): missing value'),
    ("a,b,y\n1,2,?\n3,4,1\n", DataError, r"line 2, column 3 .*missing value"),
    ("a,b,y\n1,2,cat\n3,4,cat\n", DataError, r"single class \(cat\)"),
    ("a,b,y\n1,2,7\n3,4,7\n", DataError, r"single class \(7\)"),
])
def test_malformed_files_are_refused(tmp_path, text, cls, message):
    """Each malformed file is refused with the right error type and a located one-line message."""
    with pytest.raises(cls, match=message) as info:
        load_csv(write(tmp_path, text))
    assert "\n" not in str(info.value)


def test_not_utf8_is_refused_with_line(tmp_path):
    """Latin-1 bytes are refused naming the line where decoding failed."""
    with pytest.raises(FileFormatError, match=r"line 2: not UTF-8"):
        load_csv(write(tmp_path, "a,b,y\n1,2,caf\xe9\n".encode("latin-1")))


def test_binary_file_is_refused(tmp_path):
    """A file with NUL bytes is refused as binary."""
    with pytest.raises(FileFormatError, match="binary"):
        load_csv(write(tmp_path, b"a,b\x00,y\n1,2,3\n"))


def test_regression_target_must_be_numeric(tmp_path):
    """task='regression' with a text target names the cell."""
    with pytest.raises(DataError, match=r'line 3, column 2 \("t"\): \'high\' is not a number'):
        load_csv(write(tmp_path, "x,t\n1,0.5\n2,high\n"), task="regression")


def test_multi_target_must_be_numeric_and_not_classification(tmp_path):
    """Several target columns must be numbers and cannot be one classification label."""
    p = write(tmp_path, "x,t1,t2\n1,0.5,a\n2,1.5,b\n")
    with pytest.raises(DataError, match=r"line 2, column 3"):
        load_csv(p, targets=[1, 2])
    q = write(tmp_path, "x,t1,t2\n1,0,1\n2,1,0\n", name="q.csv")
    with pytest.raises(DataError, match="one label column"):
        load_csv(q, targets=[1, 2], task="classification")


@pytest.mark.parametrize("targets, message", [
    ("nope", r"no column named 'nope'; columns are a, b, label"),
    (5, r"target column 5 does not exist"),
    (-4, r"target column -4 does not exist"),
    (["a", "a"], r"given twice"),
    (["a", "b", "label"], r"no input columns"),
    ([], r"no target column"),
])
def test_bad_target_choice_is_refused(tmp_path, targets, message):
    """Unknown, out-of-range, repeated or all-column targets are refused with what is available."""
    with pytest.raises(DataError, match=message):
        load_csv(write(tmp_path, SIMPLE), targets=targets)


def test_a_wide_files_columns_are_named_on_one_readable_line(tmp_path):
    """An unknown target in a 785-column file (MNIST as CSV) names the first ten columns, …, and the
    last, not all 785."""
    header = ",".join([f"pixel{i}" for i in range(784)] + ["label"])
    p = write(tmp_path, header + "\n" + ",".join(["0"] * 785) + "\n", name="wide.csv")
    with pytest.raises(DataError) as info:
        load_csv(p, targets="digit")
    assert str(info.value).endswith("no column named 'digit'; columns are pixel0, pixel1, pixel2, pixel3, pixel4, "
                                    "pixel5, pixel6, pixel7, pixel8, pixel9, …, label")


@pytest.mark.parametrize("header, target", [
    ("label,p0,p1,p2", "label"),       # MNIST as CSV (Kaggle): the label first
    ("p0,Target,p1,p2", "Target"),     # any case, anywhere
    ("x,y,z,w", "w"),                  # "y" is not taken for the target: coordinates end with theirs
    ("label,p0,p1,class", "class"),    # the last column named so wins
    ("label,target,p0,p1", "p1"),      # two columns named so: no guess, the last column
])
def test_a_column_headed_as_the_target_is_the_default_target(tmp_path, header, target):
    """Without --target the target is the one column headed label, target or class (not last),
    else the last column; the other columns are the inputs, in their order."""
    rows = "".join(f"{i % 3},{i},{2 * i},{i % 2}\n" for i in range(12))
    names = header.split(",")
    ds = load_csv(write(tmp_path, header + "\n" + rows), normalise="none", train_fraction=1.0)
    assert ds.feature_names == [n for n in names if n != target]
    assert ds.spec["options"]["targets"] == [target]


def test_target_name_without_header_is_refused(tmp_path):
    """A target given by name needs a header row."""
    with pytest.raises(DataError, match="no header row"):
        load_csv(write(tmp_path, "1,2,0\n3,4,1\n"), targets="y")


def test_too_many_bytes_refused_before_reading(tmp_path, monkeypatch):
    """max_bytes is checked from the file size; the file is never opened."""
    p = write(tmp_path, SIMPLE)

    def no_open(*a, **k):
        raise AssertionError("opened")

    monkeypatch.setattr("builtins.open", no_open)
    with pytest.raises(FileTooLargeError, match="larger than the limit of 10 bytes"):
        load_csv(p, max_bytes=10)


def test_too_many_rows_and_columns_refused(tmp_path):
    """More data rows than max_rows, or more columns than max_cols, are refused."""
    p = write(tmp_path, SIMPLE)
    with pytest.raises(FileTooLargeError, match="data.csv: more than the limit of 3 data rows"):
        load_csv(p, max_rows=3)
    with pytest.raises(FileTooLargeError, match="more than the limit of 2 data rows"):
        load_csv(p, max_rows=2)
    with pytest.raises(FileTooLargeError, match="line 1: 3 columns, more than the limit of 2"):
        load_csv(p, max_cols=2)


@pytest.mark.parametrize("kw, message", [
    ({"normalise": "zscore"}, "normalise must be one of"),
    ({"task": "clustering"}, "task must be one of"),
    ({"header": "yes"}, "header must be one of"),
    ({"train_fraction": 0.0}, r"train fraction must be in \(0, 1\]"),
    ({"train_fraction": 1.5}, r"train fraction must be in \(0, 1\]"),
])
def test_bad_options_are_refused(tmp_path, kw, message):
    """Option values outside their allowed sets are refused."""
    with pytest.raises(DataError, match=message):
        load_csv(write(tmp_path, SIMPLE), **kw)


def test_softmax_output_for_regression_is_refused(tmp_path):
    """A softmax output cannot be trained on real-valued targets."""
    with pytest.raises(DataError, match="softmax"):
        load_csv(write(tmp_path, "x,t\n0,0.5\n1,1.5\n"), output_activation="softmax")


def test_missing_file_is_refused(tmp_path):
    """A path that does not exist is a clear error, not a traceback."""
    with pytest.raises(FileFormatError, match="file not found"):
        load_csv(tmp_path / "missing.csv")


@settings(max_examples=30, deadline=None)
@given(hnp.arrays(np.float64, st.tuples(st.integers(2, 6), st.integers(1, 4)),
                  elements=st.floats(-1e12, 1e12, allow_nan=False)),
       st.sampled_from([",", ";", "\t", " "]))
def test_any_numeric_table_loads_back_exactly(tmp_path_factory, X, sep):
    """Any finite table written with repr() and any delimiter loads back bit-exact, in order."""
    labels = np.arange(len(X)) % 2
    text = "".join(sep.join(repr(float(v)) for v in row) + f"{sep}{c}\n"
                   for row, c in zip(X, labels, strict=True))
    p = tmp_path_factory.mktemp("h") / "d.csv"
    p.write_text(text)
    ds = load_csv(p, normalise="none", train_fraction=1.0, header=False)
    assert ds.X_train.tobytes() == X.tobytes()
    np.testing.assert_array_equal(ds.T_train[:, 0], labels)


# ---- at scale (issue 13) ----

def test_european_export_end_to_end_with_header_and_labels(tmp_path):
    """'x1;x2;label' over decimal commas and text labels, CRLF and a BOM: the header is found and
    every value read with its decimal comma (the header detection used to miss it)."""
    text = "\ufeffx1;x2;label\r\n0,5;-1,25;cat\r\n1,5;2;dog\r\n-0,75;3,5;cat\r\n"
    ds = load_all(write(tmp_path, text))
    assert ds.feature_names == ["x1", "x2"] and ds.class_names == ["cat", "dog"]
    np.testing.assert_array_equal(ds.X_train, [[0.5, -1.25], [1.5, 2], [-0.75, 3.5]])


def test_old_mac_line_ends(tmp_path):
    """Lines ended by a lone '\\r' read like any others, line numbers included."""
    ds = load_all(write(tmp_path, "a,b,y\r1,2,0\r3,4,1\r"))
    np.testing.assert_array_equal(ds.X_train, [[1, 2], [3, 4]])
    with pytest.raises(DataError, match="line 3, column 1"):
        load_all(write(tmp_path, "a,b,y\r1,2,0\rx,4,1\r", name="bad.csv"))


def test_a_file_bigger_than_free_memory_is_refused_with_a_hint(tmp_path, monkeypatch):
    """The memory a load needs is estimated from the file's size and first lines before it is
    read; more than is free: refused with the amount and what to do."""
    from core.checks import memory

    p = write(tmp_path, "a,b,y\n" + "1,2,0\n3,4,1\n" * 5000)
    monkeypatch.setenv(memory.ENV_OVERRIDE, str(1024 * 1024))
    with pytest.raises(FileTooLargeError) as info:
        load_csv(p)
    message = str(info.value)
    assert message.startswith("data.csv: reading this") and "of memory" in message
    assert "close other programs" in message and "fewer rows" in message


def test_labels_are_codes_until_the_class_limit_is_checked(tmp_path, monkeypatch):
    """More distinct labels than MAX_CLASSES: refused before any one-hot array is built."""
    from core.data import csv_reader

    monkeypatch.setattr(csv_reader, "MAX_CLASSES", 3)
    p = write(tmp_path, "a,y\n" + "".join(f"{i},L{i % 4}\n" for i in range(20)))
    with pytest.raises(FileTooLargeError, match="4 different labels, more than the limit of 3"):
        load_csv(p)


def test_inputs_too_large_to_standardise_are_refused_by_cell(tmp_path, recwarn):
    """1e200 would overflow the standardisation; it is refused by line and column, no warning."""
    with pytest.raises(DataError, match=r"line 3, column 1 \(\"a\"\): '1e200' is too large"):
        load_csv(write(tmp_path, "a,b,y\n1,2,0\n1e200,3,1\n4,5,0\n"))
    assert not recwarn.list
