"""Lesson files: an experiment and a list of steps a teacher writes, the window runs (File ▸ Open Lesson).

A lesson (JSON, layout in docs/file-formats.md) holds the experiment — data, network,
hyperparameters, initialisation seed and, optionally, the initial weights — and steps, each a short
text, optional actions (play until E < x, step, select a weight, switch a view, set α, reset, ask a
practice question) and an optional check that must hold before Next. `read_lesson` checks
everything before anything is run, and says in one sentence (file, step, field) what is wrong.
The three bundled lessons are package data in core/files/lessons/, as the data sets are in
core/data/datasets/.
"""

from __future__ import annotations

import enum
import math
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from core.checks.errors import BackpropStudioError, FileFormatError, where
from core.checks.validate import read_limited_bytes
from core.data import DATASETS, make_dataset
from core.engine.hyperparams import Hyperparams
from core.engine.hyperparams import validate as validate_hp
from core.engine.network import check_architecture
from core.engine.weight_init import InitSpec
from core.files.weights_json import parse_json

FORMAT = "backprop-studio-lesson"
VERSION = 1
MAX_LESSON_BYTES = 2_000_000
MAX_STEPS = 200
BUNDLED = Path(__file__).resolve().parent / "lessons"  # package data, like core/data/datasets/
VIEWS = ("derivation", "units", "weights", "metrics", "backprop", "weights_view")


class Do(enum.Enum):
    """What a step's action does (the JSON's "do")."""

    PLAY = "play"  # until_E_below and/or max_epochs (one is required), optional speed (samples/s)
    STEP = "step"  # samples (default 1)
    SELECT_WEIGHT = "select_weight"  # layer (1..L), to (1..), from (0 = bias)
    SWITCH_VIEW = "switch_view"  # view: one of VIEWS
    PRACTICE = "practice"  # optional layer/to/from; apply_step (default true)
    SET_ALPHA = "set_alpha"  # alpha
    RESET = "reset"  # back to the initial weights, the run kept on the E plot
    CLEAR_OLD_RUNS = "clear_old_runs"


@dataclass(frozen=True)
class Action:
    do: Do
    args: dict = field(default_factory=dict)

    def weight(self) -> tuple[int, int, int] | None:
        """(l, to, frm) in Network.W terms (0-based, frm −1 = bias) from the seed's 1-based numbers."""
        if "layer" not in self.args:
            return None
        return self.args["layer"] - 1, self.args["to"] - 1, self.args["from"] - 1


@dataclass(frozen=True)
class Check:
    """All given conditions must hold. E is the last finished epoch's mean error."""

    E_below: float | None = None
    E_above: float | None = None
    epochs_at_least: int | None = None

    def holds(self, E: float, epochs: int) -> bool:
        if self.E_below is not None and not (math.isfinite(E) and E < self.E_below):
            return False
        if self.E_above is not None and not (math.isfinite(E) and E > self.E_above):
            return False
        return self.epochs_at_least is None or epochs >= self.epochs_at_least

    def describe(self) -> str:
        parts = []
        if self.E_below is not None:
            parts.append(f"E < {self.E_below:g}")
        if self.E_above is not None:
            parts.append(f"E > {self.E_above:g}")
        if self.epochs_at_least is not None:
            parts.append(f"at least {self.epochs_at_least:,} epochs")
        return " and ".join(parts)


@dataclass(frozen=True)
class Step:
    text: str
    actions: tuple[Action, ...] = ()
    check: Check | None = None


@dataclass(frozen=True)
class Lesson:
    """experiment: Experiment.to_dict() layout (core/studio/experiment.py); weights: per layer
    (W (to, from), b (to,)) or None to draw them from the init seed."""

    title: str
    summary: str
    experiment: dict
    weights: tuple | None
    steps: tuple[Step, ...]
    path: str = ""


def bundled_lessons() -> list[Path]:
    """The lessons shipped with the app, in their order (file names start with a number)."""
    return sorted(BUNDLED.glob("*.json"))


def read_lesson(path: str | os.PathLike) -> Lesson:
    """Read and check a lesson file; raises FileFormatError naming the file and what is wrong."""
    raw = read_limited_bytes(path, MAX_LESSON_BYTES)
    return lesson_from_dict(parse_json(raw, path), path)


def lesson_from_dict(doc, path=None) -> Lesson:
    at = where(path)
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise FileFormatError(f"{at}not a lesson file (expected a JSON object with format {FORMAT!r})")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= VERSION:
        raise FileFormatError(f"{at}lesson version must be 1 to {VERSION}, not {version!r}")
    title = _text(doc, "title", at, "the lesson")
    summary = doc.get("summary", "")
    if not isinstance(summary, str):
        raise FileFormatError(f"{at}summary must be text")
    exp, sizes = _experiment(doc.get("experiment"), at)
    weights = _weights(doc["experiment"].get("weights"), sizes, at)
    steps = doc.get("steps")
    if not isinstance(steps, list) or not 1 <= len(steps) <= MAX_STEPS:
        raise FileFormatError(f"{at}steps must be a list of 1 to {MAX_STEPS} steps")
    parsed = tuple(_step(s, f"{at}step {n}: ", sizes) for n, s in enumerate(steps, 1))
    return Lesson(title, summary, exp, weights, parsed, str(path or ""))


def _text(d: dict, key: str, at: str, what: str) -> str:
    v = d.get(key)
    if not isinstance(v, str) or not v.strip():
        raise FileFormatError(f"{at}{what} needs a {key} (text)")
    return v


def _number(d: dict, key: str, at: str, low: float = -math.inf, high: float = math.inf,
            integer: bool = False):
    v = d.get(key)
    ok = isinstance(v, int) if integer else isinstance(v, (int, float))
    if not ok or isinstance(v, bool) or not math.isfinite(v) or not low <= v <= high:
        kind = "an integer" if integer else "a number"
        raise FileFormatError(f"{at}{key} must be {kind} from {low:g} to {high:g}, not {v!r}")
    return v


def _experiment(e, at: str) -> tuple[dict, tuple[int, ...]]:
    """The experiment in Experiment.to_dict() layout, checked; and the network's layer sizes."""
    if not isinstance(e, dict):
        raise FileFormatError(f"{at}experiment must be an object with data, network, hyperparams, init")
    try:
        data = dict(e.get("data", {}))
        name = data.get("name", "xor")
        if name not in DATASETS:
            raise ValueError(f"unknown data set {name!r}; a lesson uses one of {', '.join(DATASETS)}")
        unknown = set(data) - {"name", "n", "noise", "train_fraction", "seed"}
        if unknown:
            raise ValueError(f"data has unknown fields {sorted(unknown)} (a lesson uses a named data set)")
        net = dict(e.get("network", {}))
        arch = {"hidden": [int(n) for n in net.get("hidden", [2])],
                "hidden_activation": net.get("hidden_activation", "sigmoid"),
                "output_activation": net.get("output_activation", "sigmoid"),
                "loss": net.get("loss", "sse")}
        hp = Hyperparams.from_dict(e.get("hyperparams", {}))
        validate_hp(hp)
        init = InitSpec(**e.get("init", {}))
        ds = make_dataset(name, n=data.get("n"), noise=data.get("noise"), seed=int(data.get("seed", 0)),
                          train_fraction=data.get("train_fraction"), output_activation=arch["output_activation"])
        sizes = (ds.n_inputs, *arch["hidden"], ds.n_outputs)
        acts = (arch["hidden_activation"],) * len(arch["hidden"]) + (arch["output_activation"],)
        check_architecture(sizes, acts, arch["loss"])
    except (TypeError, ValueError, BackpropStudioError) as exc:
        raise FileFormatError(f"{at}experiment: {exc}") from None
    full = {"name": name, "n": data.get("n"), "noise": data.get("noise"), "train_fraction":
            data.get("train_fraction"), "seed": int(data.get("seed", 0)), "csv_path": None}
    return {"data": full, "arch": arch, "hp": hp.to_dict(), "init": {"scheme": init.scheme, "r": init.r,
                                                                      "seed": init.seed}}, sizes


def _weights(w, sizes, at: str):
    if w is None:
        return None
    if not isinstance(w, list) or len(w) != len(sizes) - 1:
        raise FileFormatError(f"{at}weights must list {len(sizes) - 1} layers for a "
                              f"{'-'.join(map(str, sizes))} network")
    layers = []
    for l, layer in enumerate(w):
        shape = (sizes[l + 1], sizes[l])
        try:
            W = np.array(layer["W"], dtype=float)
            b = np.array(layer["b"], dtype=float)
        except (TypeError, KeyError, ValueError):
            raise FileFormatError(f"{at}weights layer {l + 1} needs W (rows of numbers) and b") from None
        if W.shape != shape or b.shape != (shape[0],):
            raise FileFormatError(f"{at}weights layer {l + 1}: W must be {shape[0]}x{shape[1]} and b "
                                  f"{shape[0]} numbers, not {W.shape} and {b.shape}")
        if not (np.isfinite(W).all() and np.isfinite(b).all()):
            raise FileFormatError(f"{at}weights layer {l + 1} holds a non-finite number")
        layers.append((W, b))
    return tuple(layers)


def _step(s, at: str, sizes) -> Step:
    if not isinstance(s, dict):
        raise FileFormatError(f"{at}a step must be an object with text")
    text = _text(s, "text", at, "the step")
    raw = s.get("action", [])
    raw = [raw] if isinstance(raw, dict) else raw
    if not isinstance(raw, list):
        raise FileFormatError(f"{at}action must be an object or a list of them")
    actions = tuple(_action(a, at, sizes) for a in raw)
    check = None
    if "check" in s:
        c = s["check"]
        if not isinstance(c, dict) or not c or set(c) - {"E_below", "E_above", "epochs_at_least"}:
            raise FileFormatError(f"{at}check must be an object of E_below, E_above, epochs_at_least")
        check = Check(_number(c, "E_below", at, 0) if "E_below" in c else None,
                      _number(c, "E_above", at, 0) if "E_above" in c else None,
                      _number(c, "epochs_at_least", at, 0, 10**9, True) if "epochs_at_least" in c else None)
    return Step(text, actions, check)


def _action(a, at: str, sizes) -> Action:
    if not isinstance(a, dict) or "do" not in a:
        raise FileFormatError(f"{at}an action must be an object with do")
    try:
        do = Do(a["do"])
    except ValueError:
        raise FileFormatError(f"{at}unknown action {a['do']!r}; one of "
                              f"{', '.join(d.value for d in Do)}") from None
    args: dict = {}
    if do is Do.PLAY:
        if "until_E_below" not in a and "max_epochs" not in a:
            raise FileFormatError(f"{at}play needs until_E_below or max_epochs, so that it ends")
        if "until_E_below" in a:
            args["until_E_below"] = _number(a, "until_E_below", at, 0)
        if "max_epochs" in a:
            args["max_epochs"] = _number(a, "max_epochs", at, 1, 10**7, True)
        if "speed" in a:
            args["speed"] = _number(a, "speed", at, 1, 1e7)
    elif do is Do.STEP:
        args["samples"] = _number(a, "samples", at, 1, 10**6, True) if "samples" in a else 1
    elif do is Do.SWITCH_VIEW:
        if a.get("view") not in VIEWS:
            raise FileFormatError(f"{at}view must be one of {', '.join(VIEWS)}, not {a.get('view')!r}")
        args["view"] = a["view"]
    elif do is Do.SET_ALPHA:
        args["alpha"] = _number(a, "alpha", at, 1e-12, 1e6)
    elif do in (Do.SELECT_WEIGHT, Do.PRACTICE):
        if do is Do.PRACTICE:
            args["apply_step"] = bool(a.get("apply_step", True))
        if do is Do.SELECT_WEIGHT or "layer" in a:
            L = len(sizes) - 1
            layer = _number(a, "layer", at, 1, L, True)
            args.update(layer=layer, to=_number(a, "to", at, 1, sizes[layer], True),
                        **{"from": _number(a, "from", at, 0, sizes[layer - 1], True)})
    return Action(do, args)
