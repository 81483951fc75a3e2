"""Session files: everything needed to stop training and later continue bit-for-bit.

A session (JSON, layout in docs/file-formats.md) holds the architecture, init spec,
hyperparameters, all weights, the optimizer state (momentum velocity, the batch being filled), the
position in the current epoch and its running error sum, counters, history, and the data set:
its recipe (`spec`) always, plus the arrays themselves when they cannot be regenerated reliably
(CSV files, or on request). Sample order is a pure function of (order seed, epoch, position)
(core/engine/order.py), so there is no random-generator state to save; the init seed is kept so that
"reset" gives the same start. A SHA-256 fingerprint of the training data guards against a
regenerated data set that differs from the one trained on.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
from pathlib import Path

import numpy as np

from core.checks.errors import BackpropStudioError, DataError, FileFormatError, where
from core.checks.limits import MAX_FILE_BYTES
from core.checks.validate import read_limited_bytes
from core.data.dataset import Dataset, InputNorm, TargetScaling
from core.data.registry import dataset_from_spec
from core.engine.backprop import OptimizerState
from core.engine.hyperparams import Hyperparams
from core.engine.network import Network
from core.engine.param_layout import ParamLayout
from core.engine.weight_init import InitSpec
from core.files.atomic_write import atomic_write_text
from core.files.weights import WeightsBundle, check_bundle
from core.files.weights_json import parse_json
from core.training.history import History
from core.training.trainer import Counters, Trainer

FORMAT = "backprop-studio-session"
VERSION = 1


def session_to_dict(trainer: Trainer, dataset: Dataset, embed_data: bool | None = None) -> dict:
    """The JSON document for a trainer and the Dataset it trains on.

    embed_data: store the arrays in the file; None means "only for CSV data", whose file may move
    or change, while synthetic and bundled sets are rebuilt from their recipe.
    """
    net = trainer.network
    if embed_data is None:
        embed_data = dataset.spec.get("source") not in ("synthetic", "builtin")
    bundle = check_bundle(WeightsBundle.from_network(net))
    c = trainer.counters
    return {
        "format": FORMAT,
        "version": VERSION,
        "app_version": bundle.provenance["app_version"],
        "saved_at": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "architecture": {"sizes": list(net.sizes), "activations": list(net.activations),
                         "loss": net.loss},
        "init": {"scheme": trainer.init.scheme, "r": trainer.init.r, "seed": trainer.init.seed},
        "hyperparams": trainer.hp.to_dict(),
        "params": net.params.tolist(),
        "optimizer": {"velocity": trainer.opt.velocity.tolist(), "grad": trainer.opt.grad.tolist(),
                      "n_in_batch": int(trainer.opt.n_in_batch)},
        # epoch_state is [position in epoch, Σ E_n so far this epoch, samples in batch] (core/training/trainer.py)
        "progress": {"samples_seen": c.samples_seen, "epoch": c.epoch, "pos": c.pos,
                     "epoch_state": [float(v) for v in trainer.epoch_state],
                     "status": trainer.status, "message": trainer.message,
                     "last_E_n": _num(trainer.last_E_n), "last_epoch_E": _num(trainer.last_epoch_E),
                     "test_E": _num(trainer.test_E)},
        "rng": {"order": "counter-based: a pure function of (order_seed, epoch, position)",
                "order_seed": trainer.hp.order_seed, "init_seed": trainer.init.seed},
        "dataset": {"spec": dataset.spec, "fingerprint": data_fingerprint(dataset),
                    "embedded": _dataset_to_dict(dataset) if embed_data else None},
        "history": trainer.history.to_dict(),
    }


def save_session(path: str | os.PathLike, trainer: Trainer, dataset: Dataset,
                 embed_data: bool | None = None, *, replace_read_only: bool = False) -> Path:
    """Write the session to `path` (atomic; NaN and infinity refused)."""
    doc = session_to_dict(trainer, dataset, embed_data)
    try:
        text = json.dumps(doc, allow_nan=False, separators=(",", ":"))
    except ValueError as exc:
        raise DataError(f"{where(path)}cannot save a non-finite number ({exc})") from None
    return atomic_write_text(path, text + "\n", replace_read_only=replace_read_only)


def load_session(path: str | os.PathLike, max_bytes: int = MAX_FILE_BYTES,
                 use_kernel: bool | None = None) -> tuple[Trainer, Dataset]:
    """Read a session: a Trainer that continues exactly where the saved one stopped, and its data."""
    doc = parse_json(read_limited_bytes(path, max_bytes), path)
    return session_from_dict(doc, path, use_kernel=use_kernel)


def session_from_dict(doc, path=None, use_kernel: bool | None = None) -> tuple[Trainer, Dataset]:
    """Validate a parsed session document and rebuild (trainer, dataset)."""
    at = where(path)
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        found = doc.get("format") if isinstance(doc, dict) else type(doc).__name__
        raise FileFormatError(f"{at}not a session file (format {found!r}, expected {FORMAT!r})")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise FileFormatError(f"{at}session version must be a positive integer, not {version!r}")
    if version > VERSION:
        raise FileFormatError(f"{at}session file version {version} is newer than this app "
                              f"understands ({VERSION}); please update Backprop Studio")
    try:
        arch = doc["architecture"]
        sizes, acts, loss = tuple(arch["sizes"]), tuple(arch["activations"]), arch["loss"]
        skeleton = check_bundle(WeightsBundle(sizes, acts, loss, *_split_params(doc, sizes)), path)
        net = Network(skeleton.sizes, skeleton.activations, skeleton.loss)
        net.params[:] = _finite(doc["params"], "params", net.n_params, at)
        hp = Hyperparams.from_dict(doc["hyperparams"])
        init = InitSpec(**doc["init"])
        dataset = _load_dataset(doc["dataset"], at)
        trainer = Trainer(net, dataset, hp, init, use_kernel=use_kernel, initialise=False)
        opt = doc["optimizer"]
        trainer.opt = OptimizerState(_finite(opt["velocity"], "velocity", net.n_params, at),
                                     _finite(opt["grad"], "grad", net.n_params, at),
                                     _count(opt["n_in_batch"], "n_in_batch", at))
        p = doc["progress"]
        trainer.counters = Counters(_count(p["samples_seen"], "samples_seen", at),
                                    _count(p["epoch"], "epoch", at), _count(p["pos"], "pos", at))
        trainer.epoch_state[:] = _finite(p["epoch_state"], "epoch_state", 3, at)
        if trainer.counters.pos >= trainer.n_train or trainer.epoch_state[0] != trainer.counters.pos:
            raise FileFormatError(f"{at}the position in the epoch does not fit the data set")
        trainer.status, trainer.message = str(p["status"]), str(p["message"])
        trainer.last_E_n, trainer.last_epoch_E, trainer.test_E = (
            _nan(p["last_E_n"]), _nan(p["last_epoch_E"]), _nan(p["test_E"]))
        trainer.history = History.from_dict(doc["history"])
    except KeyError as exc:
        raise FileFormatError(f"{at}missing key {exc}") from None
    except BackpropStudioError as exc:
        if str(exc).startswith(at) or not at:
            raise
        raise type(exc)(f"{at}{exc}") from None
    except (TypeError, ValueError, OverflowError) as exc:  # OverflowError: int(1e400) and alike
        raise FileFormatError(f"{at}malformed session ({exc})") from None
    return trainer, dataset


def data_fingerprint(dataset: Dataset) -> str:
    """SHA-256 over the training and test arrays' float64 bytes (shapes included)."""
    h = hashlib.sha256()
    for a in (dataset.X_train, dataset.T_train, dataset.X_test, dataset.T_test):
        h.update(repr(a.shape).encode())
        h.update(np.ascontiguousarray(a, dtype="<f8").tobytes())
    return h.hexdigest()


def _load_dataset(d: dict, at: str) -> Dataset:
    if not isinstance(d, dict):
        raise FileFormatError(f"{at}'dataset' must be an object")
    dataset = _dataset_from_dict(d["embedded"]) if d.get("embedded") else dataset_from_spec(d["spec"])
    if data_fingerprint(dataset) != d["fingerprint"]:
        raise FileFormatError(f"{at}the data set rebuilt from its recipe differs from the one "
                              f"trained on")
    return dataset


def _dataset_to_dict(ds: Dataset) -> dict:
    return {"X_train": ds.X_train.tolist(), "T_train": ds.T_train.tolist(),
            "X_test": ds.X_test.tolist(), "T_test": ds.T_test.tolist(),
            "shapes": [list(a.shape) for a in (ds.X_train, ds.T_train, ds.X_test, ds.T_test)],
            "name": ds.name, "task": ds.task, "class_names": ds.class_names,
            "feature_names": ds.feature_names, "input_norm": ds.input_norm.to_dict(),
            "target_scaling": ds.target_scaling.to_dict() if ds.target_scaling else None,
            "spec": ds.spec}


def _dataset_from_dict(d: dict) -> Dataset:
    arrays = [np.asarray(d[k], dtype=np.float64).reshape(shape) for k, shape in
              zip(("X_train", "T_train", "X_test", "T_test"), d["shapes"], strict=True)]
    return Dataset(*arrays, name=d["name"], task=d["task"], class_names=d["class_names"],
                   feature_names=d["feature_names"], input_norm=InputNorm.from_dict(d["input_norm"]),
                   target_scaling=TargetScaling.from_dict(d["target_scaling"]), spec=d["spec"])


def _split_params(doc: dict, sizes) -> tuple[list, list]:
    """Per-layer W and b from the flat params list, for the shared weights validator."""
    try:
        return ParamLayout(sizes).views(np.asarray(doc["params"], dtype=np.float64))
    except ValueError as exc:
        raise FileFormatError(str(exc)) from None


def _finite(values, what: str, n: int, at: str) -> np.ndarray:
    a = np.asarray(values, dtype=np.float64).ravel()
    if a.size != n:
        raise FileFormatError(f"{at}{what} has {a.size} values, expected {n}")
    if not np.all(np.isfinite(a)):
        raise FileFormatError(f"{at}{what} has a non-finite value")
    return a


def _count(value, what: str, at: str) -> int:
    # 2**53: beyond it counters lose exactness as floats, and no run gets there
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 2**53:
        raise FileFormatError(f"{at}{what} must be a non-negative integer, not {value!r}")
    return value


def _num(x: float) -> float | None:
    return float(x) if np.isfinite(x) else None


def _nan(x) -> float:
    return float("nan") if x is None else float(x)
