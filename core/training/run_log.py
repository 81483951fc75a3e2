"""Finished runs kept for comparison on the error plot, each labelled by what changed.

A run's config is a plain dict, e.g. {"alpha": 0.5, "sizes": (2, 2, 1), "activations":
("sigmoid", "sigmoid"), "loss": "sse", "batch_size": 1, "momentum": 0, "dataset": "xor"}.
`describe_difference` turns two configs into "α 0.5→2, hidden 2→4"; `RunLog` keeps the last N.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

import numpy as np

# How each known key is named in a label; unknown keys keep their own name.
_NAMES = {"alpha": "α", "batch_size": "batch", "momentum": "momentum μ", "l2": "L2 λ",
          "loss": "loss", "dataset": "data", "init": "init", "seed": "seed", "shuffle": "shuffle",
          "order_seed": "order seed", "activations": "activation"}


def _fmt(v) -> str:
    if isinstance(v, float):
        return f"{v:g}"
    if isinstance(v, (list, tuple)):
        return "-".join(_fmt(x) for x in v)
    return str(v)


def _hidden(sizes) -> str:
    h = list(sizes)[1:-1]
    return "-".join(map(str, h)) if h else "none"


_LOSS_NAMES = {"sse": "½ SSE", "cross_entropy": "cross-entropy"}


def _changes(prev_config: dict, new_config: dict) -> list[tuple[str, str, str]]:
    """(name, old value, new value) of each setting that differs, in the user's words: the hidden
    and output activations apart, losses by their names, layer sizes as the hidden units."""
    parts = []
    for key in list(dict.fromkeys([*prev_config, *new_config])):
        old, new = prev_config.get(key), new_config.get(key)
        if _same(old, new):
            continue
        if key == "sizes" and old is not None and new is not None:
            if _hidden(old) != _hidden(new):
                parts.append(("hidden", _hidden(old), _hidden(new)))
            if list(old)[0] != list(new)[0] or list(old)[-1] != list(new)[-1]:
                parts.append(("layers", _fmt(old), _fmt(new)))
            continue
        if key == "activations" and old and new:
            if len(set(old)) == 1 and len(set(new)) == 1:  # every layer the same: one word
                if old[0] != new[0]:
                    parts.append(("activation", old[0], new[0]))
                continue  # only the number of layers changed: "hidden" says so
            old_h, new_h = sorted(set(old[:-1])), sorted(set(new[:-1]))
            if old_h != new_h:
                parts.append(("hidden activation", _fmt(old_h) or "none", _fmt(new_h) or "none"))
            if old[-1] != new[-1]:
                parts.append(("output activation", old[-1], new[-1]))
            continue
        if key == "loss":
            old, new = _LOSS_NAMES.get(old, old), _LOSS_NAMES.get(new, new)
        parts.append((_NAMES.get(key, key), _fmt(old), _fmt(new)))
    return parts


def describe_difference(prev_config: dict | None, new_config: dict) -> str:
    """What differs from prev_config to new_config, e.g. 'α 0.5→2, hidden 2→4'.

    'first run' without a previous config, 'same settings' when nothing differs.
    """
    if prev_config is None:
        return "first run"
    parts = [f"{name} {old}→{new}" for name, old, new in _changes(prev_config, new_config)]
    return ", ".join(parts) if parts else "same settings"


def describe_earlier(prev_config: dict, new_config: dict, most: int = 2) -> str:
    """The label of an earlier run's curve: its own value of what the current run changed, e.g.
    'α 0.5 (now 2)', 'loss ½ SSE (now cross-entropy)'; at most `most` changes, then '…'."""
    parts = [f"{name} {old} (now {new})" for name, old, new in _changes(prev_config, new_config)]
    if not parts:
        return "earlier run, same settings"
    return ", ".join(parts[:most]) + (", …" if len(parts) > most else "")


def _same(a, b) -> bool:
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return a == b


@dataclass(frozen=True)
class RunRecord:
    """One finished run: its label, config, and epoch numbers and mean E (copies, (n,) each)."""

    label: str
    config: dict
    epochs: np.ndarray
    E: np.ndarray


class RunLog:
    """The last `max_runs` finished runs, oldest first; each labelled against the one before."""

    def __init__(self, max_runs: int = 5):
        if max_runs < 1:
            raise ValueError("keep at least one run")
        self._runs: deque[RunRecord] = deque(maxlen=max_runs)
        self._last_config: dict | None = None

    def add(self, config: dict, epochs, E, label: str | None = None) -> RunRecord:
        """Record a finished run (arrays are copied); the label says what differs from the last."""
        epochs = np.array(epochs, dtype=np.float64, copy=True)
        E = np.array(E, dtype=np.float64, copy=True)
        if epochs.shape != E.shape or epochs.ndim != 1:
            raise ValueError("epochs and E must be 1-D arrays of the same length")
        if label is None:
            label = describe_difference(self._last_config, config)
        rec = RunRecord(label, dict(config), epochs, E)
        self._runs.append(rec)
        self._last_config = dict(config)
        return rec

    @property
    def runs(self) -> list[RunRecord]:
        return list(self._runs)

    def clear(self) -> None:
        self._runs.clear()
        self._last_config = None

    def __len__(self) -> int:
        return len(self._runs)
