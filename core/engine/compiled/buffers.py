"""The arrays a compiled kernel call works on, grouped and named (numba takes NamedTuples as they
are): the network, the update rule, the chunk of samples, and scratch. Built here without importing
numba, so the trainer can hold them before the kernels are loaded."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from core.engine.compiled.codes import ACTIVATION_CODES, LOSS_CODES


class Net(NamedTuple):
    """The network as a kernel sees it; the arrays are the trainer's own, updated in place."""

    params: np.ndarray  # (n_params,) every layer's W then b, laid out by core/engine/param_layout.py
    velocity: np.ndarray  # (n_params,) momentum v, laid out alike
    grad: np.ndarray  # (n_params,) Σ δ aᵀ of the batch being filled, laid out alike
    sizes: np.ndarray  # (L + 1,) int64 units per layer, input first
    w_off: np.ndarray  # (L + 1,) int64 where layer l's W starts in the flat buffers
    b_off: np.ndarray  # (L + 1,) int64 where layer l's b starts
    acts: np.ndarray  # (L,) int64 activation codes (core/engine/compiled/codes.py)
    loss: int  # loss code


class Rule(NamedTuple):
    """The update rule in force for the whole call (core/engine/hyperparams.py)."""

    alpha: float
    batch_size: int
    momentum: float
    l2: float


class Chunk(NamedTuple):
    """The samples of one call and what it reports back.

    X (n, d), T (n, m): the training set. order (count,): rows to visit. epoch_len: samples per
    epoch. target_E: stop at an epoch whose mean E_n is below it (< 0: no target). state (3,):
    [position in the epoch, Σ E_n so far this epoch, samples in the unfinished batch], carried
    between calls. E_out (count,): each sample's E_n. epoch_E_out: each finished epoch's mean E_n.
    x_max (n,): max(1, max_i |x_i|) of each row of X (NaN for a row with a NaN), for the divergence
    bound on the first layer's update without a pass over the sample (core/engine/compiled/layers.py).
    """

    X: np.ndarray
    T: np.ndarray
    order: np.ndarray
    epoch_len: int
    target_E: float
    state: np.ndarray
    E_out: np.ndarray
    epoch_E_out: np.ndarray
    x_max: np.ndarray


def row_maxima(X: np.ndarray) -> np.ndarray:
    """Chunk.x_max of X: max(1, max_i |x_i|) per row, NaN where a row has a NaN."""
    if X.shape[1] == 0:
        return np.ones(X.shape[0])
    with np.errstate(invalid="ignore"):
        return np.maximum(np.max(np.abs(X), axis=1), 1.0)


class Scratch(NamedTuple):
    """Per-sample working space: unit l's values start at a_off[l] (layer 0 is the input).

    a, d: (rows, Σ sizes) activations and δ, a row per sample in flight: for the online loops
    (pairs.py, quads.py) this sample in row s % 2 and its neighbour in the other (two rows, or
    four); for the batch kernel (kernel.py) a batch's samples in one bank of rows and the last
    batch folded into the weights in the other. z (m,): the output's net, for an exact
    cross-entropy. pair (3, sizes[1]): the dot products the momentum kernel carries from one pass
    to the next (core/engine/compiled/pairs.py).
    """

    a_off: np.ndarray
    a: np.ndarray
    d: np.ndarray
    z: np.ndarray
    pair: np.ndarray


class SeedWeights(NamedTuple):
    """The seed's network in its own symbols, as views into a flat buffer (weights or velocity)."""

    W_ji: np.ndarray  # (p, d): W_ji[j, i] = w_ji
    w_j0: np.ndarray  # (p,)
    W_kj: np.ndarray  # (m, p): W_kj[k, j] = w_kj
    w_k0: np.ndarray  # (m,)


class SeedScratch(NamedTuple):
    """The seed kernel's working space (core/engine/compiled/seed_kernel.py): h (2, p), delta_k
    (2, m), delta_j (2, p) of a pair's first sample (row 0) and second (row 1); net_j (3, p): row 0
    the net_j of the sample being trained, rows 1 and 2 W_j · x and V_j · x of the pair's second
    sample."""

    h: np.ndarray
    delta_k: np.ndarray
    delta_j: np.ndarray
    net_j: np.ndarray


class SeedBatchScratch(NamedTuple):
    """The seed's batch kernel's working space (core/engine/compiled/seed_batches.py), a row per
    sample of a batch: net (R, p) the net_j, h (R, p), delta_k (R, m), delta_j (R, p); grad_rows
    (4, d): four rows of the batch's gradient of W_ji; fold (R, p): α δ_j / B of the last batch
    added to W_ji sample by sample (with μ = λ = 0), kept to give its velocity at the call's end."""

    net: np.ndarray
    h: np.ndarray
    delta_k: np.ndarray
    delta_j: np.ndarray
    grad_rows: np.ndarray
    fold: np.ndarray


def seed_batch_scratch(rows: int, d: int, p: int, m: int) -> SeedBatchScratch:
    return SeedBatchScratch(np.zeros((rows, p)), np.zeros((rows, p)), np.zeros((rows, m)), np.zeros((rows, p)),
                            np.zeros((4, d)), np.zeros((rows, p)))  # fmt: skip


def seed_weights(network, flat: np.ndarray) -> SeedWeights:
    """W_ji, w_j0, W_kj, w_k0 as views into `flat`, laid out like network.params."""
    W, b = network.layout.views(flat)
    return SeedWeights(W[0], b[0], W[-1], b[-1])


def seed_scratch(p: int, m: int, group: int = 2) -> SeedScratch:
    """For samples in groups of `group`: pairs (seed_kernel.py), or four (seed_quads.py: rows of
    net_j for the group's four D_k and the sample's own net_j)."""
    return SeedScratch(np.zeros((group, p)), np.zeros((group, m)), np.zeros((group, p)),
                       np.zeros((3 if group == 2 else group + 1, p)))  # fmt: skip


def make_net(network, velocity: np.ndarray, grad: np.ndarray) -> Net:
    """A kernel's view of a core.engine.network.Network and its optimiser's buffers (no copies)."""
    return Net(network.params, velocity, grad, np.asarray(network.sizes, dtype=np.int64),
               network.layout.w_off, network.layout.b_off,
               np.asarray([ACTIVATION_CODES[a] for a in network.activations], dtype=np.int64),
               LOSS_CODES[network.loss])  # fmt: skip


def make_scratch(sizes, rows: int = 2) -> Scratch:
    """rows: samples in flight at once (two, four for core/engine/compiled/quads.py, two banks of a
    batch's for kernel.py)."""
    a_off = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
    n = int(a_off[-1])
    return Scratch(a_off, np.zeros((rows, n)), np.zeros((rows, n)), np.zeros(int(sizes[-1])),
                   np.zeros((3, int(sizes[1]))))  # fmt: skip
