"""Tests for core/engine/compiled/unit_math.py: a unit's activation, derivative and cross-entropy, compiled."""

import math

import numpy as np

from core.engine.compiled import unit_math as um
from core.engine.compiled.codes import LINEAR, RELU, SIGMOID, TANH


def test_kernel_sigmoid_at_extremes():
    """The kernel's σ is finite and exact at |net| = 1000."""
    assert um.activate(SIGMOID, 1000.0) == 1.0
    assert um.activate(SIGMOID, -1000.0) == 0.0
    assert math.isclose(um.activate(SIGMOID, 0.3), 1 / (1 + math.exp(-0.3)), rel_tol=1e-15)


def test_every_activation_and_derivative_propagates_nan():
    """A NaN net gives a NaN activation, and a NaN activation a NaN derivative, for every code: a ReLU
    that maps NaN to 0 would hide a diverging run behind a finite E_n."""
    for code in (SIGMOID, TANH, RELU, LINEAR):
        assert math.isnan(um.activate(code, math.nan)), code
        assert math.isnan(um.derivative(code, math.nan)), code


def test_cross_entropy_from_net_is_exact_at_any_net():
    """E_n from the output's net: softplus for a sigmoid, log-sum-exp for a softmax, exact where the
    outputs have rounded to 0 or 1, and NaN for a NaN net."""
    t = np.array([0.0, 1.0])
    assert um.cross_entropy(np.array([1000.0, 0.0]), t, True) == 1000.0
    assert um.cross_entropy(np.array([800.0, -800.0]), t, False) == 1600.0
    z = np.array([0.3, -1.2])
    sig = 1 / (1 + np.exp(-z))
    assert math.isclose(um.cross_entropy(z, t, False), -np.sum(t * np.log(sig) + (1 - t) * np.log(1 - sig)),
                        rel_tol=1e-14)  # fmt: skip
    soft = np.exp(z) / np.sum(np.exp(z))
    assert math.isclose(um.cross_entropy(z, t, True), -np.sum(t * np.log(soft)), rel_tol=1e-14)
    assert math.isnan(um.cross_entropy(np.array([math.nan, 0.0]), t, True))
    assert math.isnan(um.cross_entropy(np.array([math.nan, 0.0]), t, False))


def test_the_kernel_cache_is_keyed_on_every_source_of_the_package(tmp_path):
    """numba stamps a function's cache with its own file only: a caller whose callee in another
    file changed would run the old code. The cache folder is named by a hash of all the package's
    sources, so an edit anywhere (or an upgrade) compiles afresh; NUMBA_CACHE_DIR stays its root."""
    import shutil
    from pathlib import Path

    import numba

    package = Path(um.__file__).parent
    copy = tmp_path / "compiled"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    first = um.kernel_cache_dir(None, copy)
    assert Path(first).parent == copy / "__pycache__" and Path(first).name.startswith("kernels-")
    assert um.kernel_cache_dir(None, copy) == first
    callee = copy / "seed_pass.py"
    callee.write_text(callee.read_text() + "\n# an edit\n")
    assert um.kernel_cache_dir(None, copy) != first
    assert Path(um.kernel_cache_dir(str(tmp_path / "user"), copy)).parent == tmp_path / "user"
    # what the kernels use: this package's own sources
    assert Path(numba.config.CACHE_DIR).name == Path(um.kernel_cache_dir(None)).name


def test_other_versions_kernels_unused_for_a_week_are_deleted(tmp_path):
    """Each upgrade compiles into a new kernels-<hash> folder; the folders beside it that no run
    has used for STALE_DAYS go, and only those: a recent one, this run's own, and anything not
    named like ours stay. The folder in use is marked used."""
    import os
    import time

    old_time = time.time() - (um.STALE_DAYS + 1) * 86400

    def folder(name, when):  # as numba lays them out: the index files one folder down
        path = tmp_path / name
        (path / "compiled_0").mkdir(parents=True)
        (path / "compiled_0" / "loop.nbi").write_bytes(b"index")
        for p in (path / "compiled_0" / "loop.nbi", path / "compiled_0", path):
            os.utime(p, (when, when))
        return path

    current = folder("kernels-" + "a" * 16, old_time)
    stale = folder("kernels-" + "b" * 16, old_time)
    recent = folder("kernels-" + "c" * 16, time.time() - 86400)
    touched_inside = folder("kernels-" + "d" * 16, old_time)
    os.utime(touched_inside / "compiled_0" / "loop.nbi")  # a file written today: in use
    not_ours = folder("kernels-notahash", old_time)
    user_file = tmp_path / ("kernels-" + "e" * 16)
    user_file.write_text("a file, not a folder")
    os.utime(user_file, (old_time, old_time))

    assert um.prune_stale_kernels(str(current)) == [str(stale)]
    assert not stale.exists()
    assert current.exists() and recent.exists() and touched_inside.exists() and not_ours.exists()
    assert user_file.exists()
    assert current.stat().st_mtime > old_time + 86400  # marked used
    assert um.prune_stale_kernels(str(tmp_path / "missing" / ("kernels-" + "f" * 16))) == []


def test_every_kernel_is_compiled_without_numbas_reference_counting():
    """Each compiled function of core/engine/compiled runs without numba's runtime (NRT), whose
    atomic reference counts of every row and slice took a fifth of the online kernel's time."""
    import importlib
    import pkgutil

    from numba.core.registry import CPUDispatcher

    import core.engine.compiled as compiled

    seen = 0
    for info in pkgutil.iter_modules(compiled.__path__):
        module = importlib.import_module(f"core.engine.compiled.{info.name}")
        for name, obj in vars(module).items():
            if isinstance(obj, CPUDispatcher) and obj.py_func.__module__ == module.__name__:
                assert obj.targetoptions.get("_nrt") is False, f"{info.name}.{name}"
                seen += 1
    assert seen > 40  # the package's kernels, not an empty scan
