"""What the compiled kernels and the trainer agree on, without importing numba: the integer codes
of activations and losses, the status codes a kernel returns, and whether numba is installed
(checked without importing it, which takes about a second). The one owner of all of these."""

from __future__ import annotations

import importlib.util

AVAILABLE = importlib.util.find_spec("numba") is not None

# activation codes (core/engine/activations.py names them) and loss codes (core/engine/losses.py)
SIGMOID, TANH, RELU, LINEAR, SOFTMAX = 0, 1, 2, 3, 4
ACTIVATION_CODES = {"sigmoid": SIGMOID, "tanh": TANH, "relu": RELU, "linear": LINEAR, "softmax": SOFTMAX}
SSE, CROSS_ENTROPY = 0, 1
LOSS_CODES = {"sse": SSE, "cross_entropy": CROSS_ENTROPY}

# what a kernel call ended with
OK, DIVERGED, TARGET_REACHED = 0, 1, 2

# An update whose |α δ| · max|a| (or an activation) exceeds this counts as divergence before it is
# applied, so the weights never become non-finite: the same bound on every path.
HUGE = 1e300
