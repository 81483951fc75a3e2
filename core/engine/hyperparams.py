"""Training hyperparameters, validated in one place (the GUI, the CLI and sessions all use it)."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, replace

from core.checks.limits import MAX_ALPHA, MAX_SAMPLES
from core.i18n import translate


@dataclass(frozen=True)
class Hyperparams:
    """What the update rule uses. The defaults are the seed's: online (batch 1), no momentum, no L2.

    alpha: learning rate α. batch_size: samples whose gradients are averaged per update (1 is the
    seed's online rule). momentum μ and l2 λ generalise the update to
    G ← G + δ aᵀ for each sample, and once B samples are in:
    v ← μ v + α (G/B − λ W),  W ← W + v,  G ← 0   (biases get no decay),
    which with μ = λ = 0 and B = 1 is the seed's W ← W + α δ aᵀ (and v is then that last update).
    shuffle: visit samples in a fresh random order each epoch (seeded), else in file order.

    While a run goes on (core/training/trainer.py, every path alike):
    - a batch left half-filled is applied, with B its own sample count, at each epoch's end and
      whenever α, B, μ or λ changes — with the rule its samples were gathered under. So a changed
      α (or μ, λ) takes effect from the next sample on, and every update is one rule's;
    - v is kept through stretches of μ = 0 (it is then the last update), so momentum switched back
      on resumes from the latest update, whether λ was exactly 0 or not;
    - a new shuffle or order_seed applies from the next sample on: the epoch goes on from the same
      position in the new order (core/engine/order.py), so that one epoch may visit a sample twice.
    """

    alpha: float = 0.5
    batch_size: int = 1
    momentum: float = 0.0
    l2: float = 0.0
    shuffle: bool = False
    order_seed: int = 0

    def __post_init__(self):
        validate(self)

    def with_(self, **changes) -> Hyperparams:
        """A copy with some fields changed (validated)."""
        return replace(self, **changes)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> Hyperparams:
        known = {k: d[k] for k in cls.__dataclass_fields__ if k in d}
        return cls(**known)


def validate(hp: Hyperparams) -> None:
    """Raise ValueError with a plain message for any absurd value."""
    if not isinstance(hp.alpha, (int, float)) or not math.isfinite(hp.alpha):
        raise ValueError(translate(
            "Hyperparams", "learning rate α must be a finite number, got {alpha!r}").format(
            alpha=hp.alpha))
    if not 0 < hp.alpha <= MAX_ALPHA:
        raise ValueError(translate(
            "Hyperparams", "learning rate α must be in (0, {max_alpha:g}], got {alpha:g}").format(
            max_alpha=MAX_ALPHA, alpha=hp.alpha))
    if isinstance(hp.batch_size, bool) or int(hp.batch_size) != hp.batch_size or hp.batch_size < 1:
        raise ValueError(translate(
            "Hyperparams", "batch size must be a positive integer, got {batch_size!r}").format(
            batch_size=hp.batch_size))
    if hp.batch_size > MAX_SAMPLES:  # the kernel counts in int64; no data set is this large
        raise ValueError(translate(
            "Hyperparams", "batch size must be at most {max_samples:,}, got {batch_size:,}").format(
            max_samples=MAX_SAMPLES, batch_size=hp.batch_size))
    if not isinstance(hp.momentum, (int, float)) or not 0.0 <= hp.momentum < 1.0:
        raise ValueError(translate(
            "Hyperparams", "momentum must be in [0, 1), got {momentum!r}").format(
            momentum=hp.momentum))
    if not isinstance(hp.l2, (int, float)) or not math.isfinite(hp.l2) or not 0.0 <= hp.l2 <= 1.0:
        raise ValueError(translate("Hyperparams", "L2 weight decay must be in [0, 1], got {l2!r}").format(l2=hp.l2))
    if int(hp.order_seed) != hp.order_seed or not 0 <= hp.order_seed < 2**63:  # a uint64 hash key
        raise ValueError(translate(
            "Hyperparams", "order seed must be a non-negative integer, got {order_seed!r}").format(
            order_seed=hp.order_seed))
