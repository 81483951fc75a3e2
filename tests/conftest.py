"""Shared test setup: Qt renders offscreen, so the suite runs on machines without a display."""

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(autouse=True)
def _english():
    """Every test starts in English whatever the machine's locale (tests of Korean switch to it)."""
    from core import i18n

    i18n.set_language("en")
    yield
    i18n.set_language("en")
# Downloaded data sets go to a throwaway folder, never the user's: a test that asks for MNIST by
# mistake fails offline instead of filling ~/.local/share (tests/core/data/test_downloads.py
# serves its own fixture).
if "BACKPROP_STUDIO_DATA_DIR" not in os.environ:
    import tempfile

    os.environ["BACKPROP_STUDIO_DATA_DIR"] = tempfile.mkdtemp(prefix="bps-test-data-")
# and no test reaches the internet: downloads are refused unless a test serves its own
os.environ.setdefault("BACKPROP_STUDIO_NO_DOWNLOADS", "1")

import pytest  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def _compiled_kernels_loaded():
    """Load (or, on a fresh checkout, compile: ~10-25 s on a busy 2-core machine) the numba kernels
    once before any test, so no test's timed wait for training includes the compilation."""
    from core.training.paths import warm_up_kernels

    warm_up_kernels()
