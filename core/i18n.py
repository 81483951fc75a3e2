"""What core/ says to a person (error messages, the derivation's sentences, the command line's
output) in their language, without Qt.

The catalogue is the window's own: the Qt Linguist files core/translations/backprop_studio_<lang>.ts,
which `python tools/translations.py build` compiles to the .qm files the window loads. Here they
are read directly with xml.etree, so one catalogue serves both, and `pyside6-lupdate` finds the
strings in core/ as it finds them in gui/: a call `translate("Context", "Source text")` looks to it
exactly like Qt's `QCoreApplication.translate`. Placeholders are `{name}`, filled by `.format` after
translation; a count is `%n` (plural forms: English has two, Korean one), written
`Context.tr(source, "", n)` because lupdate finds plurals only in calls named `tr`.

The language is the one `set_language` chose (the window does, from its settings or `--lang`), or
else the environment's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG: Korean for ko_*, else English).
Imports only the standard library; tested in tests/core/test_i18n.py.
"""

from __future__ import annotations

import functools
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

LANGUAGES = {"en": "English", "ko": "한국어"}  # code -> the language's name in itself
SOURCE_LANGUAGE = "en"
TRANSLATIONS = Path(__file__).resolve().parent / "translations"  # package data, in the wheel and the bundle
_ENV_VARS = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

_language: str | None = None


def ts_path(lang: str) -> Path:
    """The Qt Linguist source of language `lang`'s catalogue."""
    return TRANSLATIONS / f"backprop_studio_{lang}.ts"


def qm_path(lang: str) -> Path:
    """The compiled catalogue the window loads (built by tools/translations.py)."""
    return TRANSLATIONS / f"backprop_studio_{lang}.qm"


def language_of_locale(name: str | None) -> str:
    """'ko' for a Korean locale name ('ko', 'ko_KR.UTF-8', 'ko-KR'), 'en' for anything else."""
    code = (name or "").strip().split(":")[0].replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def language_of_environment(environ=None) -> str:
    """The language the POSIX locale variables ask for (the first one set wins, as in gettext)."""
    environ = os.environ if environ is None else environ
    for var in _ENV_VARS:
        value = environ.get(var, "")
        if value:
            return language_of_locale(value)
    return SOURCE_LANGUAGE


def set_language(lang: str | None) -> str:
    """Use `lang` ('en', 'ko') from now on; None goes back to the environment's. Returns it."""
    global _language
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; known: {', '.join(LANGUAGES)}")
    _language = lang
    return language()


def language() -> str:
    """The language in use: the one set, else the environment's."""
    return _language or language_of_environment()


def plural_index(lang: str, n: int) -> int:
    """Which numerus form of a message to use for the count n (Qt's rules for these languages)."""
    if lang == "ko":
        return 0  # Korean has one form: 입력 1개, 입력 2개
    return 0 if n == 1 else 1


@functools.cache
def catalogue(lang: str) -> dict[tuple[str, str, str], tuple[str, ...]]:
    """{(context, source, disambiguation): forms} of the finished translations in lang's .ts;
    one form for a plain message, one per plural form for a numerus one. {} if there is no file."""
    path = ts_path(lang)
    if not path.is_file():
        return {}
    out: dict[tuple[str, str, str], tuple[str, ...]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = tuple(f.text or "" for f in tr.iter("numerusform")) if message.get("numerus") \
                else (tr.text or "",)
            if any(forms):
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                out[key] = forms
    return out


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`source` in the current language (itself when no translation is known); with n ≥ 0, the
    plural form for n with %n replaced by n. Same arguments as QCoreApplication.translate."""
    lang = language()
    if lang == SOURCE_LANGUAGE and n < 0:
        return source  # English is the source language: only its plural forms need the catalogue
    forms = catalogue(lang).get((context, source, disambiguation or ""))
    if forms is None and n >= 0 and lang != SOURCE_LANGUAGE:
        lang, forms = SOURCE_LANGUAGE, catalogue(SOURCE_LANGUAGE).get((context, source, disambiguation or ""))
    text = source if forms is None else forms[min(plural_index(lang, n), len(forms) - 1)]
    return text.replace("%n", str(n)) if n >= 0 else text


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a string kept in a table for lupdate; `translate(context, source)` translates it later."""
    return source


class Context:
    """A translation context for code without Qt. Bound to a module-level name equal to the context,
    `CliText = Context("CliText")`, a call `CliText.tr("%n epoch(s)", "", n)` reads to lupdate as Qt's own
    `Cli.tr`, plural forms included (it extracts no plural from a bare `translate` call)."""

    def __init__(self, name: str):
        self.name = name

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(self.name, source, disambiguation, n)


PLACEHOLDER = re.compile(r"%n|%L?\d+|%\(\w+\)[sdr]|%[sdr]"  # Qt's and printf's
                         r"|(?<!\{)\{[A-Za-z_][A-Za-z_0-9]*(?:![rsa])?(?::[^{}]*)?\}(?!\})")  # str.format's


# argparse's own words, which the command line shows around ours ("usage:", "error:", ...)
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "), QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
)


def translate_argparse() -> None:
    """Have argparse speak the current language too. argparse words its messages through the
    module-level gettext function `argparse._` (looked up at each call), with no catalogue of its
    own for Korean; pointing that name at this catalogue (context "Argparse") translates them."""
    import argparse

    argparse._ = lambda text: translate("Argparse", text)


def placeholders(text: str) -> list[str]:
    """The placeholders of a message, sorted: %n, %1 … and {name} / {name:format} (for checks)."""
    return sorted(PLACEHOLDER.findall(text))


def sentence(message: str) -> str:
    """A message of core/'s (written lowercase, to follow a title or a file name) shown on its own:
    starting with a capital, unless it starts with a file name or path ('notes.json: …' stays as
    the file is called)."""
    first = message.split(maxsplit=1)[0] if message.strip() else ""
    if any(c in first for c in "./\\") or not first:
        return message
    return message[:1].upper() + message[1:]
