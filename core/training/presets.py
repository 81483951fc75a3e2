"""A preset for every named data set: the network and the update rule that learn it, chosen when
the set is picked (the window's Data box, `train --dataset NAME`), shown, and overridable.

The seed's XOR keeps the seed's own 2-2-1 sigmoid net, ½ SSE, α = 0.5, in file order. The other
sets get hidden layers wide enough for their shape (a spiral needs two layers of 16), tanh hidden
units (zero-centred, so online updates do not all push one way), a smaller α, and a fresh order
each epoch. `reaches` and `within` state what the preset achieves with seed 1: test accuracy
(classification) or test R² (regression) of at least `reaches` after `within` samples;
tests/core/training/test_presets.py trains every set to check it and docs/presets.md lists them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Preset:
    """Network (hidden sizes, activations, loss) and update rule (α, shuffle) for one data set."""

    hidden: tuple[int, ...]
    hidden_activation: str
    alpha: float
    shuffle: bool
    output_activation: str = "sigmoid"
    loss: str = "sse"
    reaches: float = 0.9  # test accuracy, or R² for regression, with seed 1 ...
    within: int = 10_000  # ... after this many samples

    def describe(self) -> str:
        """One line for a label or --help, e.g. 'hidden 16, 16 (tanh), output sigmoid, α 0.1,
        shuffled each epoch'."""
        hidden = ", ".join(map(str, self.hidden)) or "none"
        order = "shuffled each epoch" if self.shuffle else "in file order"
        return (f"hidden {hidden} ({self.hidden_activation}), output {self.output_activation}, "
                f"α {self.alpha:g}, {order}")


SEED = Preset((2,), "sigmoid", 0.5, False, reaches=1.0, within=10_000)

PRESETS: dict[str, Preset] = {
    "xor": SEED,
    "xor-quadrants": Preset((8,), "tanh", 0.1, True, reaches=0.95, within=10_000),
    "circle": Preset((8,), "tanh", 0.1, True, reaches=0.9, within=10_000),
    "gaussians": Preset((4,), "tanh", 0.1, True, reaches=0.95, within=5_000),
    "moons": Preset((8,), "tanh", 0.1, True, reaches=0.95, within=20_000),
    "spiral": Preset((16, 16), "tanh", 0.1, True, reaches=0.95, within=50_000),
    # noise 0.1 relabels ~18 % of the board near the squares' edges: ~82 % is the best possible
    "checkerboard": Preset((16, 16, 16), "tanh", 0.03, True, reaches=0.72, within=200_000),
    "plane": Preset((4,), "tanh", 0.1, True, reaches=0.9, within=10_000),
    "multi-gaussian": Preset((16, 16), "relu", 0.1, True, reaches=0.7, within=200_000),
    "iris": Preset((4,), "tanh", 0.1, True, reaches=0.9, within=5_000),
    "digits": Preset((32,), "tanh", 0.1, True, reaches=0.9, within=10_000),
    # Nielsen's network.py net with the seed's rule, online: 92.7 % after one epoch of the real files
    # (bench/presets.py --mnist-dir); the seed's 784-2-10 stays near 28 %
    "mnist": Preset((30,), "sigmoid", 0.5, True, reaches=0.92, within=60_000),
}


def preset_for(name: str) -> Preset | None:
    """The preset of a named data set, or None (a CSV file: the seed's defaults apply)."""
    return PRESETS.get(name)
