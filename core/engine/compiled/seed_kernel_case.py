"""When the trainer may use the seed's own compiled loop (core/engine/compiled/seed_kernel.py); no numba needed."""

from __future__ import annotations


def is_seed_case(sizes, activations, loss, batch_size, momentum, l2) -> bool:
    """True when the seed's own rule is the whole update."""
    return (len(sizes) == 3 and tuple(activations) == ("sigmoid", "sigmoid") and loss == "sse"
            and batch_size == 1 and momentum == 0.0 and l2 == 0.0)  # fmt: skip


def seed_kernel_applies(sizes, activations, loss, batch_size, momentum, l2) -> bool:
    """True where the seed kernel runs: the seed's network online, with the seed's rule or its
    generalisation by momentum and L2 decay (v ← μ v + α (δ a − λ w), w ← w + v)."""
    return is_seed_case(sizes, activations, loss, batch_size, 0.0, 0.0) and momentum >= 0.0 and l2 >= 0.0


def seed_batches_apply(sizes, activations, loss, batch_size, n_train) -> bool:
    """True where the seed's batch kernel runs: the seed's network with batches of 16 samples or
    more (any μ, λ; smaller ones stay in the general kernel, whose sums do not depend on where a
    call starts), a batch's scratch rows (at most the data set) no more than 4,096."""
    return (is_seed_case(sizes, activations, loss, 1, 0.0, 0.0) and batch_size >= 16
            and min(batch_size, n_train) <= 4096)  # fmt: skip
