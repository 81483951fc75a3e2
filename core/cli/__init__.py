"""The command line: `train`, `export` and `datasets`, everything the window does, without a display.

    python main.py train --dataset xor --hidden 2 --lr 0.5 --epochs 5000 --seed 1 --export xor.json
    python main.py export xor.json xor.onnx
    python main.py datasets

Progress goes to stderr (at most ~10 lines a second), final figures to stdout. Exit status 0 on
success, 1 with a one-line message on any refused input, failed output or diverged training, 2 on
bad usage. Every requested output is attempted even when an earlier one fails.

Modules: `arguments` (the parser), `train` (building and running a trainer, the report),
`outputs` (writing weights and sessions, one failure at a time, and `export`). May import core
layers below it (core.files and down), never Qt. Tested in tests/core/cli/.
"""

from __future__ import annotations

import sys

from core.checks.errors import BackpropStudioError


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 refused, failed or diverged, 2 usage)."""
    from core.cli import outputs, train
    from core.cli.arguments import build_parser
    from core.data import list_datasets

    parser = build_parser()
    try:
        args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as exc:  # --help, --version, or a usage error already printed
        return int(exc.code or 0)
    if args.command is None:
        parser.print_help()
        return 2
    commands = {"train": train.cmd_train, "export": outputs.cmd_export,
                "datasets": lambda _args: _print_datasets(list_datasets())}
    try:
        return commands[args.command](args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - one line for the user, whatever it is
        print(f"error: {one_line(exc)}", file=sys.stderr)
        return 1


def one_line(exc: BaseException) -> str:
    """The message for a refused input; a bug still gets one line, but says it is one."""
    if isinstance(exc, (BackpropStudioError, ValueError, OSError)):
        return " ".join(str(exc).split())
    if isinstance(exc, RecursionError):
        return "the input is nested too deeply to process"
    return f"unexpected {type(exc).__name__}: {' '.join(str(exc).split())} (please report this)"


def _print_datasets(names) -> int:
    from core.training.presets import preset_for

    for name, description in names:
        print(f"{name:16} {description}")
        preset = preset_for(name)
        if preset is not None:
            print(f"{'':16} preset: {preset.describe()}")
    return 0
