"""Writing what a run asked for: each output attempted on its own, each failure reported on one
line, and `export` (weights or a session's weights converted to other formats)."""

from __future__ import annotations

import sys
from collections.abc import Callable

from core.files.weights import WeightsBundle, check_weights_path, load_weights, save_weights
from core.i18n import translate


def write_all(outputs: list[tuple[str, Callable[[], object]]]) -> int:
    """Call each (path, write) in turn; print "saved PATH" or one error line. Returns the number of
    failures: one failing output (a missing folder, a read-only file) never stops the others."""
    from core.cli import one_line

    failed = 0
    for path, write in outputs:
        try:
            write()
        except Exception as exc:  # noqa: BLE001 - reported, and the next output still written
            failed += 1
            print(translate("Cli", "error: {message}").format(message=one_line(exc)), file=sys.stderr)
        else:
            print(translate("Cli", "saved {path}").format(path=path))
    if failed and len(outputs) > 1:
        print(translate("Cli", "error: {failed} of {count} outputs could not be written").format(
            failed=failed, count=len(outputs)), file=sys.stderr)
    return failed


def check_outputs(weights: list[str], session: str | None, force: bool) -> int:
    """Before any training: each weights path and the session path checked as its write will check
    it (the format its extension names, the folder, a read-only file), so that a long run is not
    spent only to find a name that cannot be written. One error line for each bad path; returns
    how many there were."""
    from core.cli import one_line
    from core.files.atomic_write import writable_target

    bad = 0
    for path, check in [(p, _weights_check(p)) for p in weights] + ([(session, writable_target)] if session else []):
        try:
            check(path, replace_read_only=force)
        except Exception as exc:  # noqa: BLE001 - reported as the write would report it
            bad += 1
            print(translate("Cli", "error: {message}").format(message=one_line(exc)), file=sys.stderr)
    return bad


def _weights_check(path: str):
    from core.files.atomic_write import writable_target

    return writable_target if path.lower().endswith(".py") else check_weights_path  # .py: the PyTorch script


def weights_output(path: str, bundle: WeightsBundle, force: bool, trainer=None):
    """(path, write) for a weights file; a .py path is the PyTorch script (core/files/
    torch_script.py), with the trainer's training data and rule beside it when there is one."""
    if path.lower().endswith(".py"):
        from core.files.torch_script import save_torch_script

        data = (trainer.data.X_train, trainer.data.T_train, trainer.hp) if trainer else ()
        return path, lambda: save_torch_script(path, bundle, *data)
    return path, lambda: save_weights(path, bundle, replace_read_only=force)


def cmd_export(args) -> int:
    bundle = read_bundle(args.source)
    trainer = _session_trainer(args.source) if any(
        p.lower().endswith(".py") for p in args.outputs) else None
    return 1 if write_all([weights_output(p, bundle, args.force, trainer)
                           for p in args.outputs]) else 0


def _session_trainer(path: str):
    """The Trainer of a session file (for its data and rule), or None for a weights file."""
    from core.files.kind import FileKind, kind_of
    from core.files.session import load_session

    return load_session(path)[0] if kind_of(path) is FileKind.SESSION else None


def read_bundle(path: str) -> WeightsBundle:
    """Weights from a weights file, or from a session file's trainer."""
    from core.checks.limits import MAX_FILE_BYTES
    from core.checks.validate import read_limited_bytes
    from core.files.session_container import is_container
    from core.files.weights_json import bundle_from_dict, parse_json

    if is_container(path):  # a session with its data in a zip (core/files/session_container.py)
        from core.files.session import load_session

        trainer, dataset = load_session(path)
        return WeightsBundle.from_trainer(trainer, dataset)
    if path.lower().endswith(".json"):
        from core.files.session import FORMAT as SESSION
        from core.files.session import session_from_dict

        doc = parse_json(read_limited_bytes(path, MAX_FILE_BYTES), path)
        if isinstance(doc, dict) and doc.get("format") == SESSION:
            trainer, dataset = session_from_dict(doc, path)
            return WeightsBundle.from_trainer(trainer, dataset)
        return bundle_from_dict(doc, path)  # parsed once: a large file is not read twice
    return load_weights(path)
