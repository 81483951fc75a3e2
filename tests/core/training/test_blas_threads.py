"""Tests for core/training/blas_threads.py: after the call numpy's BLAS runs on one thread, as threadpoolctl
(which reads the libraries' own thread counts) reports, and a second call changes nothing."""

from __future__ import annotations

import numpy as np
from threadpoolctl import threadpool_info

from core.training.blas_threads import limit_blas_threads


def test_blas_runs_on_one_thread():
    np.ones((64, 64)) @ np.ones((64, 64))  # numpy's BLAS is loaded
    blas = [lib for lib in threadpool_info() if lib["user_api"] == "blas"]
    assert blas, "numpy should have loaded a BLAS library"
    limit_blas_threads()
    limit_blas_threads()
    assert all(lib["num_threads"] == 1 for lib in threadpool_info() if lib["user_api"] == "blas")
    a = np.arange(12.0).reshape(3, 4)
    assert np.array_equal(a @ a.T, np.array([[14, 38, 62], [38, 126, 214], [62, 214, 366]]))
