"""Backprop Studio: `python main.py` opens the window; `python main.py train|export|datasets ...`
runs headless (see `python main.py --help`); `python main.py FILE` opens the window on a session,
weights or CSV file. The desktop bundle (packaging/) starts here too."""

from __future__ import annotations

import sys

SUBCOMMANDS = ("train", "export", "datasets", "-h", "--help", "--version")


def main(argv: list[str] | None = None) -> int:
    from core.user_dirs import prepare_frozen_app

    prepare_frozen_app()  # in the desktop bundle: numba's cache in the user's cache folder
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv and argv[0] in SUBCOMMANDS:
        from core.cli import main as cli_main

        return cli_main(argv)
    from gui.app import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
