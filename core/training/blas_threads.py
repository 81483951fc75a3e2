"""One BLAS thread for the whole process.

The engine's matrices are small (a few hundred by a few hundred at most), so a second BLAS thread
never pays for itself; and OpenBLAS's idle threads spin for a while after every call. With the
trainer calling numpy between kernel chunks, that spinning thread took a whole core on a 2-core
machine (seen: 98 % CPU), slowing both the training thread and the window's thread.
"""

from __future__ import annotations

_done = False


def limit_blas_threads() -> None:
    """Limit numpy's BLAS (OpenBLAS, MKL, Accelerate, ...) to one thread; safe to call again."""
    global _done
    if _done:
        return
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")  # not a `with`: the limit stays
    _done = True
