"""Tests for packaging/payload.py (the build compresses libraries into _internal/payload) and
packaging/rth_payload.py (the bundle unpacks them into the user's cache), without building:
round trip against the original bytes, the checksum, an unwritable cache, and llvmlite routed to
the unpacked copy. The built bundle itself is checked by packaging/smoke_test.py."""

import _ctypes
import contextlib
import hashlib
import os
import shutil
import sys
import types
from pathlib import Path

import payload
import pytest
import rth_payload


def make_bundle(tmp_path: Path) -> tuple[Path, bytes]:
    internal = tmp_path / "_internal"
    lib = internal / "llvmlite" / "binding" / "libllvmlite.so"
    lib.parent.mkdir(parents=True)
    content = os.urandom(3000) + b"LLVM" * 100_000  # partly compressible, partly not
    lib.write_bytes(content)
    (internal / "libllvmlite.so").symlink_to(lib.relative_to(internal))
    (internal / "libother.so").write_bytes(b"kept")
    return internal, content


def test_compress_moves_the_library_into_the_payload_with_its_checksum(tmp_path):
    """The library leaves the bundle (with PyInstaller's link to it); the manifest holds its place,
    size and SHA-256 computed from the original bytes; other files stay."""
    internal, content = make_bundle(tmp_path)
    manifest = payload.compress(internal, {"llvmlite/binding/libllvmlite.so": "llvmlite"})
    assert manifest == {"libllvmlite.so": {"path": "llvmlite/binding/libllvmlite.so", "size": len(content),
                                           "sha256": hashlib.sha256(content).hexdigest(), "when": "llvmlite"}}
    assert not (internal / "llvmlite" / "binding" / "libllvmlite.so").exists()
    assert not os.path.lexists(internal / "libllvmlite.so")
    assert (internal / "libother.so").read_bytes() == b"kept"
    assert (internal / "payload" / "libllvmlite.so.xz").stat().st_size < len(content) / 2
    assert rth_payload.read_manifest(internal / "payload") == manifest


def test_compress_without_the_xz_tool_writes_the_same_format(tmp_path, monkeypatch):
    """Python's lzma writes what the runtime hook reads when no `xz` is installed."""
    monkeypatch.setattr(shutil, "which", lambda name: None)
    internal, content = make_bundle(tmp_path)
    manifest = payload.compress(internal, {"llvmlite/binding/*.so": "llvmlite"})
    got = rth_payload.unpack(internal / "payload", tmp_path / "cache", "libllvmlite.so", manifest["libllvmlite.so"])
    assert got.read_bytes() == content


def test_a_missing_library_stops_the_build(tmp_path):
    internal, _ = make_bundle(tmp_path)
    with pytest.raises(FileNotFoundError, match="libicudata"):
        payload.compress(internal, {"PySide6/Qt/lib/libicudata.so.*": "start"})


def test_unpack_once_into_a_folder_named_by_the_checksum(tmp_path):
    """The first call writes the original bytes (no .part left); a second finds them there."""
    internal, content = make_bundle(tmp_path)
    entry = payload.compress(internal, {"llvmlite/binding/libllvmlite.so": "llvmlite"})["libllvmlite.so"]
    cache = tmp_path / "cache"
    first = rth_payload.unpack(internal / "payload", cache, "libllvmlite.so", entry)
    assert first == cache / "lib" / hashlib.sha256(content).hexdigest()[:16] / "libllvmlite.so"
    assert first.read_bytes() == content
    assert os.listdir(first.parent) == ["libllvmlite.so"]
    (internal / "payload" / "libllvmlite.so.xz").unlink()  # not read again
    assert rth_payload.unpack(internal / "payload", cache, "libllvmlite.so", entry) == first


def test_a_damaged_payload_is_refused_in_one_sentence(tmp_path):
    internal, _ = make_bundle(tmp_path)
    entry = payload.compress(internal, {"llvmlite/binding/libllvmlite.so": "llvmlite"})["libllvmlite.so"]
    entry = dict(entry, sha256="0" * 64)
    with pytest.raises(rth_payload.PayloadError, match=r"^Backprop Studio's copy of libllvmlite.so is damaged"):
        rth_payload.unpack(internal / "payload", tmp_path / "cache", "libllvmlite.so", entry)
    assert not list((tmp_path / "cache").rglob("*.so*"))


def test_an_unwritable_cache_names_the_folder(tmp_path):
    """A cache 'folder' that is a file cannot be written by anyone (root included, as here)."""
    internal, _ = make_bundle(tmp_path)
    entry = payload.compress(internal, {"llvmlite/binding/libllvmlite.so": "llvmlite"})["libllvmlite.so"]
    cache = tmp_path / "cache"
    cache.write_text("not a folder")
    with pytest.raises(rth_payload.PayloadError) as error:
        rth_payload.unpack(internal / "payload", cache, "libllvmlite.so", entry)
    assert str(cache / "lib") in str(error.value) and "make that folder writable" in str(error.value)


def test_install_loads_start_libraries_and_routes_llvmlite_to_the_cache(tmp_path, monkeypatch):
    """A "start" library is unpacked and loaded at once; llvmlite's library is unpacked only when
    llvmlite.binding.ffi asks for it, and other resources keep llvmlite's own lookup."""
    real = Path(_ctypes.__file__)  # a shared library that loads anywhere Python runs
    internal, content = make_bundle(tmp_path)
    shutil.copyfile(real, internal / "libstart.so")
    manifest = payload.compress(internal, {"llvmlite/binding/libllvmlite.so": "llvmlite", "libstart.so": "start"})
    cache = tmp_path / "cache"
    before = list(sys.meta_path)
    rth_payload.install(internal / "payload", cache)
    try:
        start = rth_payload.target_path(cache, "libstart.so", manifest["libstart.so"])
        assert start.read_bytes() == real.read_bytes()
        llvm = rth_payload.target_path(cache, "libllvmlite.so", manifest["libllvmlite.so"])
        assert not llvm.exists()  # not at start
        finder = sys.meta_path[0]
        ffi = types.ModuleType("llvmlite.binding.ffi")
        ffi._importlib_resources_path = lambda package, resource: contextlib.nullcontext(Path("own") / resource)
        finder.patch(ffi)
        with ffi._importlib_resources_path("llvmlite.binding", "libllvmlite.so") as path:
            assert path == llvm and path.read_bytes() == content
        with ffi._importlib_resources_path("llvmlite.binding", "other.txt") as path:
            assert path == Path("own") / "other.txt"
        assert finder not in sys.meta_path  # done once patched
    finally:
        sys.meta_path[:] = before
