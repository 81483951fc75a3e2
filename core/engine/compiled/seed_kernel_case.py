"""When the trainer may use the seed's own compiled loop (core/engine/compiled/seed_kernel.py); no numba needed."""

from __future__ import annotations


def is_seed_case(sizes, activations, loss, batch_size, momentum, l2) -> bool:
    """True when the seed's own rule is the whole update."""
    return (len(sizes) == 3 and tuple(activations) == ("sigmoid", "sigmoid") and loss == "sse"
            and batch_size == 1 and momentum == 0.0 and l2 == 0.0)  # fmt: skip
