"""Tests for core/data/downloads.py against a local HTTP server on 127.0.0.1 serving a small IDX
fixture (no network): fetched, verified and cached; a wrong checksum, Cancel or no server leave
nothing in the cache."""

from __future__ import annotations

import contextlib
import functools
import gzip
import hashlib
import http.server
import socket
import threading

import numpy as np
import pytest

from core.checks.errors import BackpropStudioError, Cancelled, FileFormatError
from core.data import downloads, make_dataset
from core.data.idx import idx_bytes

RNG = np.random.default_rng(5)
IMAGES = {"train": RNG.integers(0, 256, size=(30, 28, 28), dtype=np.uint8),
          "test": RNG.integers(0, 256, size=(10, 28, 28), dtype=np.uint8)}
LABELS = {"train": np.arange(30, dtype=np.uint8) % 10, "test": np.arange(10, dtype=np.uint8)}
FILES = {"train-images-idx3-ubyte.gz": gzip.compress(idx_bytes(IMAGES["train"]), mtime=0),
         "train-labels-idx1-ubyte.gz": gzip.compress(idx_bytes(LABELS["train"]), mtime=0),
         "t10k-images-idx3-ubyte.gz": gzip.compress(idx_bytes(IMAGES["test"]), mtime=0),
         "t10k-labels-idx1-ubyte.gz": gzip.compress(idx_bytes(LABELS["test"]), mtime=0)}


@pytest.fixture
def server(tmp_path):
    """A local HTTP server for the fixture files; yields (base URL, list of requested paths)."""
    root = tmp_path / "www"
    root.mkdir()
    for name, data in FILES.items():
        (root / name).write_bytes(data)
    requests = []

    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            requests.append(self.path)

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                            functools.partial(Handler, directory=str(root)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/", requests
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "user-data"
    monkeypatch.setenv(downloads.ENV_DIR, str(folder))
    monkeypatch.delenv(downloads.ENV_OFFLINE, raising=False)  # only 127.0.0.1 is asked
    return folder


def source(*mirrors, md5=None):
    parts = dict(zip(downloads.PARTS, FILES, strict=True))
    files = {part: (name, md5 or hashlib.md5(FILES[name]).hexdigest(), len(FILES[name]))
             for part, name in parts.items()}
    return downloads.Source("MNIST", tuple(mirrors), files, tuple(str(i) for i in range(10)))


def closed_port() -> int:
    with contextlib.closing(socket.socket()) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_fetched_verified_cached_and_read_as_pixels_over_255(server, cache, monkeypatch):
    """MNIST (download) through make_dataset: the four files land in the cache; inputs are the
    fixture's pixels / 255, one-hot labels, the official split; a second load asks no server."""
    url, requests = server
    monkeypatch.setitem(downloads.SOURCES, "mnist", source(url))
    seen = []
    ds = make_dataset("mnist", progress=lambda done, total: seen.append((done, total)))
    assert sorted(p.name for p in (cache / "mnist").iterdir()) == sorted(FILES)
    np.testing.assert_array_equal(ds.X_train, IMAGES["train"].reshape(30, -1) / 255.0)
    np.testing.assert_array_equal(ds.X_test, IMAGES["test"].reshape(10, -1) / 255.0)
    np.testing.assert_array_equal(ds.T_train.argmax(axis=1), LABELS["train"])
    assert ds.class_names == [str(i) for i in range(10)] and ds.n_outputs == 10
    assert seen[-1][0] == sum(map(len, FILES.values())) == seen[-1][1]
    assert len(requests) == 4
    again = make_dataset("mnist")
    assert len(requests) == 4 and np.array_equal(again.X_train, ds.X_train)
    assert ds.X_train.ctypes.data % 64 == 0  # the rows on cache lines, as training wants them (core/engine/aligned.py)


def test_checksum_mismatch_is_refused_and_nothing_kept(server, cache, monkeypatch):
    """A file whose MD5 differs from the published one is refused; the cache stays empty."""
    url, _ = server
    monkeypatch.setitem(downloads.SOURCES, "mnist", source(url, md5="0" * 32))
    with pytest.raises(FileFormatError, match="did not match its published checksum"):
        make_dataset("mnist")
    assert list((cache / "mnist").iterdir()) == []


def test_a_bad_mirror_is_skipped_for_the_next(server, cache, monkeypatch):
    """An unreachable first mirror: the second one serves the files."""
    url, _ = server
    monkeypatch.setitem(downloads.SOURCES, "mnist",
                        source(f"http://127.0.0.1:{closed_port()}/", url))
    assert make_dataset("mnist").X_train.shape == (30, 784)


def test_cancel_leaves_no_partial_cache(server, cache, monkeypatch):
    """Cancel during the third file: the two finished files and the temporary file are removed."""
    url, _ = server
    monkeypatch.setitem(downloads.SOURCES, "mnist", source(url))
    first_two = len(FILES["train-images-idx3-ubyte.gz"]) + len(FILES["train-labels-idx1-ubyte.gz"])

    def progress(done, total):
        if done > first_two:
            raise Cancelled()

    with pytest.raises(Cancelled):
        make_dataset("mnist", progress=progress)
    assert list((cache / "mnist").iterdir()) == []


def test_offline_gives_a_plain_sentence(cache, monkeypatch):
    """No server answering: one sentence asking whether the computer is online, naming the
    folder where the files can be put by hand; nothing cached."""
    monkeypatch.setitem(downloads.SOURCES, "mnist", source(f"http://127.0.0.1:{closed_port()}/"))
    with pytest.raises(BackpropStudioError) as info:
        make_dataset("mnist")
    message = str(info.value)
    assert "could not be downloaded" in message and "online" in message
    assert str(cache / "mnist") in message
    assert list((cache / "mnist").iterdir()) == []


def test_default_data_dir_follows_xdg(monkeypatch, tmp_path):
    """Without the override, the data folder is the one Qt's AppLocalDataLocation gives on Linux,
    $XDG_DATA_HOME/BackpropStudio/Backprop Studio; set_data_dir (what the window does) wins."""
    monkeypatch.delenv(downloads.ENV_DIR, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setattr(downloads.sys, "platform", "linux")
    assert downloads.data_dir() == tmp_path / "BackpropStudio" / "Backprop Studio"
    downloads.set_data_dir(tmp_path / "qt")
    try:
        assert downloads.data_dir() == tmp_path / "qt"
    finally:
        downloads.set_data_dir(None)
