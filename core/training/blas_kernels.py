"""Which OpenBLAS kernels numpy's matrix products use: the AVX-512 ones on AMD processors that
have AVX-512 but that numpy's OpenBLAS does not recognise.

numpy's wheels carry an OpenBLAS built for many processors that picks its kernels when it loads,
from the processor's family and model. A processor newer than that OpenBLAS (here an AMD EPYC of
family 26, Zen 5) is not recognised, and it falls back to its Haswell (AVX2) kernels, although
the processor runs AVX-512. Mini-batch training is its matrix products (core/engine/batch.py):
with the SkylakeX (AVX-512) kernels the products of a 784-100-10 batch of 128 ran about 1.5x
faster on the test machine (docs/performance.md). OpenBLAS reads the choice from the environment
variable OPENBLAS_CORETYPE when it loads, so this must run before numpy is first imported;
main.py and the benchmarks call it first thing. Nothing is changed if the variable is already
set, off Linux, or on a processor without AVX-512 (an Intel one with AVX-512 is recognised).
"""

from __future__ import annotations

import os


def choose_openblas_kernels(environ=os.environ, cpuinfo_path: str = "/proc/cpuinfo") -> str | None:
    """Set OPENBLAS_CORETYPE=SkylakeX for an AMD processor with AVX-512; return what was set."""
    if "OPENBLAS_CORETYPE" in environ:
        return None
    try:
        with open(cpuinfo_path, encoding="utf-8", errors="replace") as f:
            head = f.read(8192)  # the first processor's block is enough
    except OSError:
        return None
    flags = next((line.split(":", 1)[1].split() for line in head.splitlines() if line.startswith("flags")), [])
    if "AuthenticAMD" in head and "avx512f" in flags and "avx512dq" in flags and "avx512vl" in flags:
        environ["OPENBLAS_CORETYPE"] = "SkylakeX"
        return "SkylakeX"
    return None
