"""Tests for core/training/blas_kernels.py: the AVX-512 kernels chosen only where they run, and
numpy's OpenBLAS loading them."""

import os
import subprocess
import sys

from core.training.blas_kernels import choose_openblas_kernels

AMD = "vendor_id\t: AuthenticAMD\ncpu family\t: 26\nflags\t\t: fpu sse2 avx2 avx512f avx512dq avx512vl\n"


def test_amd_with_avx512_gets_skylakex_kernels(tmp_path):
    """An AMD processor with AVX-512 gets OPENBLAS_CORETYPE=SkylakeX; without AVX-512, an Intel
    processor, or a variable already set, nothing changes."""
    cpu = tmp_path / "cpuinfo"
    cpu.write_text(AMD)
    env = {}
    assert choose_openblas_kernels(env, str(cpu)) == "SkylakeX" and env == {"OPENBLAS_CORETYPE": "SkylakeX"}
    env = {"OPENBLAS_CORETYPE": "Haswell"}
    assert choose_openblas_kernels(env, str(cpu)) is None and env["OPENBLAS_CORETYPE"] == "Haswell"
    cpu.write_text(AMD.replace(" avx512f avx512dq avx512vl", ""))
    assert choose_openblas_kernels({}, str(cpu)) is None
    cpu.write_text(AMD.replace("AuthenticAMD", "GenuineIntel"))
    assert choose_openblas_kernels({}, str(cpu)) is None
    assert choose_openblas_kernels({}, str(tmp_path / "missing")) is None


def test_main_chooses_before_numpy_loads():
    """Started through main.py, numpy's OpenBLAS runs the kernels chosen for this processor."""
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_CORETYPE"}
    code = ("import main, numpy, threadpoolctl, os; print(os.environ.get('OPENBLAS_CORETYPE'), "
            "[i.get('architecture') for i in threadpoolctl.threadpool_info()])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout
    chosen = choose_openblas_kernels({})
    assert out.split()[0] == str(chosen)
    if chosen:
        assert chosen in out.split(" ", 1)[1]
