"""Backprop Studio: `python main.py` opens the window; `python main.py train|export|datasets ...`
runs headless (see `python main.py --help`); `python main.py FILE` opens the window on a session,
weights or CSV file. The desktop bundle (packaging/) starts here too. `--lang en|ko` first chooses
the language of either; without it the window uses the one last chosen or the system locale's, the
command line LANG's."""

from __future__ import annotations

import sys

SUBCOMMANDS = ("train", "export", "datasets", "-h", "--help", "--version")


def main(argv: list[str] | None = None) -> int:
    from core.user_dirs import prepare_frozen_app

    prepare_frozen_app()  # in the desktop bundle: numba's cache in the user's cache folder
    argv = sys.argv[1:] if argv is None else list(argv)
    lang_option = argv[:1] if argv and argv[0].startswith("--lang=") else []
    if argv and argv[0] == "--lang":
        lang_option = argv[:2]
    rest = argv[len(lang_option):]
    if rest and rest[0] in SUBCOMMANDS:
        from core import i18n
        from core.cli import main as cli_main

        if lang_option:
            lang = lang_option[0].partition("=")[2] or (lang_option[1] if len(lang_option) > 1 else "")
            if lang not in i18n.LANGUAGES:
                print(i18n.translate("Language", "--lang must be one of: {choices} (got {value!r})").format(
                    choices=", ".join(i18n.LANGUAGES), value=lang), file=sys.stderr)
                return 2
            i18n.set_language(lang)
        return cli_main(rest)
    from gui.app import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
