"""Writing what a run asked for: each output attempted on its own, each failure reported on one
line, and `export` (weights or a session's weights converted to other formats)."""

from __future__ import annotations

import sys
from collections.abc import Callable

from core.files.weights import WeightsBundle, load_weights, save_weights


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
            print(f"error: {one_line(exc)}", file=sys.stderr)
        else:
            print(f"saved {path}")
    if failed and len(outputs) > 1:
        print(f"error: {failed} of {len(outputs)} outputs could not be written", file=sys.stderr)
    return failed


def weights_output(path: str, bundle: WeightsBundle, force: bool):
    return path, lambda: save_weights(path, bundle, replace_read_only=force)


def cmd_export(args) -> int:
    bundle = read_bundle(args.source)
    return 1 if write_all([weights_output(p, bundle, args.force) for p in args.outputs]) else 0


def read_bundle(path: str) -> WeightsBundle:
    """Weights from a weights file, or from a session file's trainer."""
    from core.checks.limits import MAX_FILE_BYTES
    from core.checks.validate import read_limited_bytes
    from core.files.weights_json import bundle_from_dict, parse_json

    if path.lower().endswith(".json"):
        from core.files.session import FORMAT as SESSION
        from core.files.session import session_from_dict

        doc = parse_json(read_limited_bytes(path, MAX_FILE_BYTES), path)
        if isinstance(doc, dict) and doc.get("format") == SESSION:
            trainer, dataset = session_from_dict(doc, path)
            return WeightsBundle.from_trainer(trainer, dataset)
        return bundle_from_dict(doc, path)  # parsed once: a large file is not read twice
    return load_weights(path)
