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


def seed_quads_apply(sizes, activations, loss, batch_size, momentum, l2) -> bool:
    """True where the seed's momentum loop (core/engine/compiled/seed_quads.py) runs: the seed's
    network online with momentum and no L2 decay (with both, the seed kernel's pairs)."""
    return seed_kernel_applies(sizes, activations, loss, batch_size, momentum, l2) and momentum > 0.0 and l2 == 0.0


CACHE_BYTES = 1 << 20  # a core's L2 cache, about: 1 MiB on the machines measured (docs/performance.md)
SUB_BATCH = 32  # the batch kernel sweeps a larger batch's inputs this many samples at a time


def seed_batches_apply(sizes, activations, loss, batch_size) -> bool:
    """True where the seed's batch kernel runs: the seed's network with batches of 2 samples or
    more (any μ, λ): a batch of up to SUB_BATCH samples whatever the size of W_ji (one sweep over it
    a batch), a larger one when W_ji and the SUB_BATCH samples' inputs the kernel sweeps at a time
    fit in a core's L2 cache; beyond the cache BLAS's blocked products win. With momentum or decay
    its sums do not depend on where a call cuts a batch; with the seed's rule (μ = λ = 0) a whole
    batch is folded into W_ji sample by sample and a cut one applied as one sum, the same to
    rounding (docs/performance.md, "Folding the update"). Measured side by side
    (docs/performance.md), against OpenBLAS's AVX-512 kernels: 784-256-10 and 784-512-10 at B = 32
    1.1x BLAS, 784-100-10 at B = 128 1.0x, 784-256-10 at B = 128 0.9x."""
    d, p = sizes[0], sizes[1] if len(sizes) > 1 else 0
    fits = batch_size <= SUB_BATCH or (SUB_BATCH + p) * d * 8 <= CACHE_BYTES
    return is_seed_case(sizes, activations, loss, 1, 0.0, 0.0) and batch_size >= 2 and fits
