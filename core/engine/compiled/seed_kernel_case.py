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


CACHE_BYTES = 1 << 20  # a core's L2 cache, about: 1 MiB on the machines measured (docs/performance.md)


def seed_batches_apply(sizes, activations, loss, batch_size) -> bool:
    """True where the seed's batch kernel runs: the seed's network with batches of 16 to 128 samples
    (any μ, λ) whose inputs and W_ji fit in a core's L2 cache together. Smaller batches stay in the
    general kernel, whose sums do not depend on where a call starts; beyond the cache BLAS's blocked
    products win (measured side by side: 1.04–1.45x for the kernel inside it, 0.88–1.03x outside)."""
    d, p = sizes[0], sizes[1] if len(sizes) > 1 else 0
    return (is_seed_case(sizes, activations, loss, 1, 0.0, 0.0) and 16 <= batch_size <= 128
            and (batch_size + p) * d * 8 <= CACHE_BYTES)  # fmt: skip
