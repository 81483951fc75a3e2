"""When the trainer may use the seed's own compiled loop (core/engine/compiled/seed_kernel.py); no numba needed."""

from __future__ import annotations


def is_seed_case(sizes, activations, loss, batch_size, momentum, l2) -> bool:
    """True when the seed's own rule is the whole update."""
    return (len(sizes) == 3 and tuple(activations) == ("sigmoid", "sigmoid") and loss == "sse"
            and batch_size == 1 and momentum == 0.0 and l2 == 0.0)  # fmt: skip


def seed_kernel_applies(sizes, activations, loss, batch_size, momentum, l2) -> bool:
    """True where the seed kernel runs: the seed's rule, or the seed's network with L2 decay alone
    (Δw = α (δ a − λ w): the kernel's one generalisation)."""
    return is_seed_case(sizes, activations, loss, batch_size, momentum, 0.0) and l2 >= 0.0
