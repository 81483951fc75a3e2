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


def seed_batches_apply(sizes, activations, loss, batch_size) -> bool:
    """True where the seed's batch kernel runs: the seed's network with batches of 16 to 128 samples,
    any μ, λ. Smaller batches stay in the general kernel, whose sums do not depend on where a call
    starts; larger ones go to BLAS, which wins once a batch's inputs no longer fit the L2 cache
    (docs/performance.md: 0.88–1.01x at B = 256, 1.04–1.45x at B = 32–128)."""
    return is_seed_case(sizes, activations, loss, 1, 0.0, 0.0) and 16 <= batch_size <= 128
