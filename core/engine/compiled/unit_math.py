"""What one unit computes, compiled: activations and their derivatives (from the stored activation,
as in core/engine/activations.py), a sample's cross-entropy from the output's net (as in
core/engine/losses.py), the end of an epoch; and numba's `njit` with the floating-point flags every
kernel uses (without numba's reference counting), where the compiled kernels are cached, and a
cache prefetch hint. Shared by the kernels in this package.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import shutil
import time
from pathlib import Path

from core.checks.validate import read_limited_bytes
from core.engine.compiled.codes import AVAILABLE, RELU, SIGMOID, TANH

SOURCE_LIMIT = 1 << 20  # a kernel module's source is a few kB; anything past 1 MB is not ours
STALE_DAYS = 7  # another version's kernels unused this long are deleted (prune_stale_kernels)
_KERNEL_DIR = re.compile(r"kernels-[0-9a-f]{16}")


def kernel_cache_dir(base: str | None, sources: Path | None = None) -> str:
    """Where numba caches this package's kernels: <base>/kernels-<hash of the package's sources>.

    numba stamps each function's cache with its own file's time and size, so a kernel whose callee
    in another file changed would load its old machine code (seen: an edited seed_pass.py ran as
    before inside seed_kernel.py's cached train_seed). Keyed on all the sources, any edit or
    upgrade compiles afresh. base: NUMBA_CACHE_DIR if set (the desktop bundle sets the user's
    cache), else this package's __pycache__ if writable, else numba's own per-user cache.
    sources: the package's folder (a test's copy)."""
    here = Path(__file__).resolve().parent if sources is None else sources
    digest = hashlib.sha256()
    for source in sorted(here.glob("*.py")):
        digest.update(source.name.encode())
        digest.update(read_limited_bytes(source, SOURCE_LIMIT))
    if base:
        root = Path(base)
    elif os.access(here, os.W_OK):
        root = here / "__pycache__"
    else:
        from numba.misc.appdirs import AppDirs

        root = Path(AppDirs(appname="numba", appauthor=False).user_cache_dir)
    return str(root / f"kernels-{digest.hexdigest()[:16]}")



def prune_stale_kernels(current: str, days: float = STALE_DAYS) -> list[str]:
    """Delete the kernels-<hash> folders beside `current` (other versions' or edits' compiled
    kernels, ~6 MB each) that no run has used for `days`: without this every upgrade leaves its
    machine code in the user's cache. A run marks its own folder used (its time is set to now).
    Only folders named like ours; a folder that another version still uses once a week or less is
    at worst compiled again. Errors are ignored (a read-only or vanished folder stays as it is).
    Returns the folders deleted."""
    here = Path(current)
    try:
        os.utime(here)
    except OSError:
        pass  # not made yet (the first compile makes it) or read-only
    cutoff = time.time() - days * 86400
    gone = []
    try:
        siblings = list(here.parent.iterdir())
    except OSError:
        return gone
    for folder in siblings:
        ours = _KERNEL_DIR.fullmatch(folder.name) and folder.is_dir() and not folder.is_symlink()
        if folder.name == here.name or not ours:
            continue
        try:
            newest = max([folder.stat().st_mtime, *(f.stat().st_mtime for f in folder.rglob("*"))])
        except OSError:
            continue
        if newest < cutoff:
            shutil.rmtree(folder, ignore_errors=True)
            if not folder.exists():
                gone.append(str(folder))
    return gone

if AVAILABLE:  # codes.py is the one place that says whether numba is there
    from llvmlite import binding as _llvm
    from llvmlite import ir as _ir
    from numba import config as _config
    from numba import njit as _numba_njit
    from numba import types

    def njit(*args, **kwargs):
        """numba's njit without its runtime (NRT). With it, every array a kernel holds (a row
        X[order[s]], W_ji[j], a slice) is reference-counted by an atomic add at its making and
        another at its end; a profile of the seed's online kernel put 22 % of its time there
        (docs/performance.md, "Reference counts"). The kernels allocate nothing and return no array
        to Python (seed_quads.group_rows returns rows to compiled callers only: returned to Python,
        an array would come back as its whole parent); the caller owns every array for the call,
        so a view inside is a plain pointer. (An array copy such as a[:] = b needs the runtime:
        write the loop.)"""
        kwargs.setdefault("_nrt", False)
        return _numba_njit(*args, **kwargs)
    from numba.core import cgutils
    from numba.extending import intrinsic

    # before any of this package's functions is decorated: numba reads it when it makes a cache
    _config.CACHE_DIR = kernel_cache_dir(_config.CACHE_DIR)
    prune_stale_kernels(_config.CACHE_DIR)

    # the prefetch intrinsic's name: LLVM 15 and later have opaque pointers
    _PREFETCH = "llvm.prefetch.p0" if _llvm.llvm_version_info[0] >= 15 else "llvm.prefetch.p0i8"

    @intrinsic
    def prefetch(typingctx, arr, idx):
        """Ask the CPU to bring the cache line of arr[idx] (a 1-d array) into its caches: a hint that
        neither waits nor faults. The kernels ask for the rows of the samples they will read next,
        which the shuffled order scatters over memory beyond the hardware prefetcher's reach."""
        sig = types.void(arr, idx)

        def codegen(context, builder, signature, args):
            ary = context.make_array(signature.args[0])(context, builder, args[0])
            ptr = cgutils.get_item_pointer(context, builder, signature.args[0], ary, [args[1]], wraparound=False)
            i8p = builder.bitcast(ptr, _ir.IntType(8).as_pointer())
            i32 = _ir.IntType(32)
            fnty = _ir.FunctionType(_ir.VoidType(), [i8p.type, i32, i32, i32])
            fn = cgutils.get_or_insert_function(builder.module, fnty, _PREFETCH)
            builder.call(fn, [i8p, i32(0), i32(3), i32(1)])  # read, keep in all cache levels, data
            return context.get_dummy_value()

        return sig, codegen
else:  # pragma: no cover - exercised only on machines without numba

    def njit(*args, **kwargs):
        def wrap(f):
            return f

        return wrap if not (args and callable(args[0])) else args[0]

    def prefetch(arr, idx):
        return None


# Let LLVM reassociate sums (vectorised dot products) and fuse multiply-adds; never assume away
# NaN or Inf, which the divergence check relies on. Results stay within 1e-12 of the reference.
FAST = {"reassoc", "contract", "nsz", "arcp"}
# A batch's gradient is summed sample by sample, in order, with these (no reassociation): each
# element's sum is then the same chain of multiply-adds wherever a call cuts the batch.
CHAIN = {"contract", "nsz", "arcp"}


@njit(nogil=True, cache=True, fastmath=FAST)
def activate(code, net):
    if code == SIGMOID:
        # σ(net) without overflow: exp only ever sees −|net|
        if net >= 0.0:
            return 1.0 / (1.0 + math.exp(-net))
        e = math.exp(net)
        return e / (1.0 + e)
    if code == TANH:
        return math.tanh(net)
    if code == RELU:
        return 0.0 if net <= 0.0 else net  # NaN stays NaN: a diverging net must not look finite
    return net  # LINEAR (softmax is done per layer)


@njit(nogil=True, cache=True, fastmath=FAST)
def derivative(code, a):
    """f'(net) from a = f(net): σ' = a (1 − a), tanh' = 1 − a², ReLU' = [a > 0], linear' = 1.

    A NaN a gives NaN, as in core/engine/activations.py."""
    if code == SIGMOID:
        return a * (1.0 - a)
    if code == TANH:
        return 1.0 - a * a
    if a != a:
        return a
    if code == RELU:
        return 1.0 if a > 0.0 else 0.0
    return 1.0


@njit(nogil=True, cache=True, fastmath=FAST)
def cross_entropy(z, t, softmax):
    """E_n from the output's net z: Σ t_k (lse − z_k) for softmax, else Σ t softplus(−z) + (1 − t) softplus(z)."""
    E = 0.0
    if softmax:
        top = 0
        for k in range(1, z.shape[0]):
            if z[k] > z[top]:
                top = k
        rest = 0.0
        for k in range(z.shape[0]):
            if k != top:
                rest += math.exp(z[k] - z[top])
        tail = math.log1p(rest)
        for k in range(z.shape[0]):
            E += t[k] * ((z[top] - z[k]) + tail)  # lse − z_k, a tiny loss keeping its precision
        return E
    for k in range(z.shape[0]):
        E += t[k] * softplus(-z[k]) + (1.0 - t[k]) * softplus(z[k])
    return E


@njit(nogil=True, cache=True, fastmath=FAST)
def softplus(z):
    """log(1 + exp(z)) = max(z, 0) + log1p(exp(−|z|)); NaN stays NaN."""
    return (z if z > 0.0 else 0.0) + math.log1p(math.exp(-abs(z)))


@njit(nogil=True, cache=True, fastmath=FAST)
def end_epoch(state, epoch_len, epoch_E_out, n_epochs, target_E):
    """Record the finished epoch's mean E_n and restart the epoch's sums; True if below target_E."""
    mean_E = state[1] / epoch_len
    epoch_E_out[n_epochs] = mean_E
    state[0] = 0.0
    state[1] = 0.0
    return n_epochs + 1, target_E >= 0.0 and mean_E < target_E


@njit(nogil=True, cache=True, fastmath=FAST)
def batch_length(chunk, s, B):
    """Samples of a batch from s: to the batch's end, the chunk's end or the epoch's end, whichever
    is first (chunk.state[2] samples of the batch are already in grad)."""
    left_in_epoch = int(chunk.epoch_len - chunk.state[0])
    return max(0, min(B - int(chunk.state[2]), chunk.order.shape[0] - s, left_in_epoch))


@njit(nogil=True, cache=True, fastmath=FAST)
def prefetch_part(a, b, part, parts):
    """Prefetch the part-th of `parts` equal slices of the cache lines of rows a and b (1-d, same
    length): spread over a pass, the next rows come in without a burst of misses at once."""
    lines = (a.shape[0] + 7) // 8  # 8 float64 per 64-byte line
    first = lines * part // parts
    last = lines * (part + 1) // parts
    for line in range(first, last):
        prefetch(a, line * 8)
        prefetch(b, line * 8)
