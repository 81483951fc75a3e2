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
from core.engine import aligned
from core.engine.backprop import OptimizerState
from core.engine.hyperparams import Hyperparams
from core.engine.network import Network
from core.engine.param_layout import ParamLayout
from core.engine.weight_init import InitSpec
from core.files.atomic_write import atomic_write_text
from core.files.session_container import is_container, read_container, write_container
from core.files.weights import WeightsBundle, check_bundle
from core.files.weights_json import parse_json
from core.i18n import translate
from core.training.history import History
from core.training.trainer import Counters, Trainer

FORMAT = "backprop-studio-session"
VERSION = 2  # 2: the container (session_container.py); JSON sessions are still written as 1
JSON_VERSION = 1
# Embedded data with more numbers than this goes in the container (as JSON it would be ~20 bytes
# a number): 250,000 numbers are ~5 MB of JSON.
INLINE_VALUES = 250_000


def session_to_dict(trainer: Trainer, dataset: Dataset, embed_data: bool | None = None,
                    inline: bool = True) -> dict:
    """The JSON document for a trainer and the Dataset it trains on.

    embed_data: store the arrays in the file; None means "only for CSV data", whose file may move
    or change, while synthetic, bundled and downloaded sets are rebuilt from their recipe.
    inline: the arrays as JSON numbers; False leaves them out (for the container, which holds
    them as .npy files).
    """
    net = trainer.network
    if embed_data is None:
        embed_data = needs_embedding(dataset)
    bundle = check_bundle(WeightsBundle.from_network(net))
    c = trainer.counters
    return {
        "format": FORMAT,
        "version": JSON_VERSION,
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
        # arrays in the container are guarded by the zip's CRC-32 of each member; hashing 400 MB
        # again would double the time a big session takes to save and to open
        "dataset": {"spec": dataset.spec,
                    "fingerprint": None if embed_data and not inline else data_fingerprint(dataset),
                    "embedded": _dataset_to_dict(dataset, inline) if embed_data else None},
        "history": trainer.history.to_dict(),
    }


def needs_embedding(dataset: Dataset) -> bool:
    """True for data that cannot be rebuilt from its recipe alone (a CSV file may move or change)."""
    return dataset.spec.get("source") not in ("synthetic", "builtin", "download")


def save_session(path: str | os.PathLike, trainer: Trainer, dataset: Dataset,
                 embed_data: bool | None = None, *, replace_read_only: bool = False) -> Path:
    """Write the session to `path` (atomic; NaN and infinity refused).

    JSON, unless embedded data holds more than INLINE_VALUES numbers or the JSON would pass the
    limit it is read back with: then the compact container (core/files/session_container.py).
    Either way, what is written is what this version opens again.
    """
    embed = needs_embedding(dataset) if embed_data is None else embed_data
    values = sum(a.size for a in _arrays(dataset).values()) if embed else 0
    try:
        if values <= INLINE_VALUES:
            text = json.dumps(session_to_dict(trainer, dataset, embed), allow_nan=False,
                              separators=(",", ":"))
            if len(text) < MAX_FILE_BYTES:
                return atomic_write_text(path, text + "\n", replace_read_only=replace_read_only)
        doc = session_to_dict(trainer, dataset, embed, inline=False)
        doc["version"] = VERSION
        return write_container(path, doc, _arrays(dataset) if embed else {},
                               replace_read_only=replace_read_only)
    except ValueError as exc:
        raise DataError(where(path) + translate(
            "Session", "cannot save a non-finite number ({error})").format(
            error=exc)) from None


def load_session(path: str | os.PathLike, max_bytes: int = MAX_FILE_BYTES,
                 use_kernel: bool | None = None, notes: list | None = None,
                 data_files=(), progress=None) -> tuple[Trainer, Dataset]:
    """Read a session: a Trainer that continues exactly where the saved one stopped, and its data.

    A session that refers to its data by path reads only a file in `data_files` (ones the user
    picked) or one of that name beside the session; `notes` (a list) gets a sentence saying so.
    progress(done, total) gets the bytes of a container's arrays as they are read; it may raise
    core.checks.errors.Cancelled.
    """
    if is_container(path):
        doc, arrays = read_container(path, progress)
    else:
        doc, arrays = parse_json(read_limited_bytes(path, max_bytes), path), {}
    return session_from_dict(doc, path, use_kernel=use_kernel, arrays=arrays, notes=notes,
                             data_files=data_files)


def session_from_dict(doc, path=None, use_kernel: bool | None = None, arrays=None, notes=None,
                      data_files=()) -> tuple[Trainer, Dataset]:
    """Validate a parsed session document and rebuild (trainer, dataset)."""
    at = where(path)
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        found = doc.get("format") if isinstance(doc, dict) else type(doc).__name__
        raise FileFormatError(at + translate(
            "Session", "not a session file (format {found!r}, expected {format!r})").format(
            found=found, format=FORMAT))
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise FileFormatError(at + translate(
            "Session", "session version must be a positive integer, not {version!r}").format(
            version=version))
    if version > VERSION:
        raise FileFormatError(at + translate(
            "Session", "session file version {version} is newer than this app understands ({version2});"
            " please update Backprop Studio").format(version=version, version2=VERSION))
    try:
        arch = doc["architecture"]
        sizes, acts, loss = tuple(arch["sizes"]), tuple(arch["activations"]), arch["loss"]
        skeleton = check_bundle(WeightsBundle(sizes, acts, loss, *_split_params(doc, sizes)), path)
        net = Network(skeleton.sizes, skeleton.activations, skeleton.loss)
        net.params[:] = _finite(doc["params"], "params", net.n_params, at)
        hp = Hyperparams.from_dict(doc["hyperparams"])
        init = InitSpec(**doc["init"])
        dataset = _load_dataset(doc["dataset"], at, path, arrays or {}, notes, data_files)
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
            raise FileFormatError(at + translate("Session", "the position in the epoch does not fit the data set"))
        n_in = trainer.opt.n_in_batch
        if n_in >= hp.batch_size or n_in > trainer.counters.pos:  # a batch is applied when full, and at an epoch's end
            raise FileFormatError(at + translate(
                "Session", "the samples waiting in the unfinished batch ({count}) do not fit the batch size {size} "
                "and the position in the epoch").format(count=n_in, size=hp.batch_size))
        trainer.status, trainer.message = str(p["status"]), str(p["message"])
        trainer.last_E_n, trainer.last_epoch_E, trainer.test_E = (
            _nan(p["last_E_n"]), _nan(p["last_epoch_E"]), _nan(p["test_E"]))
        trainer.history = History.from_dict(doc["history"])
    except KeyError as exc:
        raise FileFormatError(at + translate("Session", "missing key {error}").format(error=exc)) from None
    except BackpropStudioError as exc:
        if str(exc).startswith(at) or not at:
            raise
        raise type(exc)(at + translate("Session", "{error}").format(error=exc)) from None
    except (TypeError, ValueError, OverflowError) as exc:  # OverflowError: int(1e400) and alike
        raise FileFormatError(at + translate("Session", "malformed session ({error})").format(error=exc)) from None
    return trainer, dataset


def data_fingerprint(dataset: Dataset) -> str:
    """SHA-256 over the training and test arrays' float64 bytes (shapes included)."""
    h = hashlib.sha256()
    for a in (dataset.X_train, dataset.T_train, dataset.X_test, dataset.T_test):
        h.update(repr(a.shape).encode())
        h.update(np.ascontiguousarray(a, dtype="<f8").tobytes())
    return h.hexdigest()


def _load_dataset(d: dict, at: str, path, arrays: dict, notes, data_files) -> Dataset:
    if not isinstance(d, dict):
        raise FileFormatError(at + translate("Session", "'dataset' must be an object"))
    if d.get("embedded"):
        dataset = _dataset_from_dict(d["embedded"], arrays)
    else:
        base = Path(path).resolve().parent if path is not None else None
        dataset = dataset_from_spec(d["spec"], base_dir=base, data_files=data_files, notes=notes)
    in_container = d.get("fingerprint") is None and isinstance(d.get("embedded"), dict) \
        and d["embedded"].get("arrays") == "npy"
    if not in_container and data_fingerprint(dataset) != d["fingerprint"]:
        raise FileFormatError(at + translate(
            "Session", "the data set rebuilt from its recipe differs from the one trained on"))
    return dataset


def _arrays(ds: Dataset) -> dict[str, np.ndarray]:
    return {k: getattr(ds, k) for k in ("X_train", "T_train", "X_test", "T_test")}


def _dataset_to_dict(ds: Dataset, inline: bool = True) -> dict:
    arrays = {k: a.tolist() for k, a in _arrays(ds).items()} if inline else {"arrays": "npy"}
    return {**arrays,
            "shapes": [list(a.shape) for a in (ds.X_train, ds.T_train, ds.X_test, ds.T_test)],
            "name": ds.name, "task": ds.task, "class_names": ds.class_names,
            "feature_names": ds.feature_names, "input_norm": ds.input_norm.to_dict(),
            "target_scaling": ds.target_scaling.to_dict() if ds.target_scaling else None,
            "spec": ds.spec}


def _dataset_from_dict(d: dict, stored: dict) -> Dataset:
    if d.get("arrays") == "npy":  # a container: the arrays are its .npy members
        missing = [k for k in ("X_train", "T_train", "X_test", "T_test") if k not in stored]
        if missing:
            raise FileFormatError(translate(
                "Session", "the container lacks data/{missing}.npy").format(
                missing=missing[0]))
        d = {**d, **stored}
    arrays = [np.asarray(d[k], dtype=np.float64).reshape(shape) for k, shape in
              zip(("X_train", "T_train", "X_test", "T_test"), d["shapes"], strict=True)]
    # the training inputs on a cache line (a container's already are), so that the trainer takes
    # them as they are instead of keeping a second, aligned copy: core/engine/aligned.py
    arrays[0] = aligned.contiguous(arrays[0])
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
        raise FileFormatError(at + translate(
            "Session", "{what} has {size} values, expected {n}").format(
            what=what, size=a.size, n=n))
    if not np.all(np.isfinite(a)):
        raise FileFormatError(at + translate("Session", "{what} has a non-finite value").format(what=what))
    return a


def _count(value, what: str, at: str) -> int:
    # 2**53: beyond it counters lose exactness as floats, and no run gets there
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 2**53:
        raise FileFormatError(at + translate(
            "Session", "{what} must be a non-negative integer, not {value!r}").format(
            what=what, value=value))
    return value


def _num(x: float) -> float | None:
    return float(x) if np.isfinite(x) else None


def _nan(x) -> float:
    return float("nan") if x is None else float(x)
