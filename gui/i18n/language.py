"""The window's language, English or Korean: which one to start in, and switching at run time.

`choose` picks `--lang`, else the one remembered in the settings, else the system locale's
(Korean for ko_*). `apply` installs the compiled catalogue (core/translations/*.qm, built by
tools/translations.py) and Qt's own (standard buttons, file dialogs) as QTranslators: Qt then sends
every widget a LanguageChange event, and each view's `changeEvent` calls its `retranslate`, so
the switch takes effect at once, without a restart. core/ speaks the same language through
core.i18n (error messages, the derivation's sentences), set here too.

Hangul needs a font: `hangul_font_missing` tells whether the platform has none (a minimal Linux),
and the window then says once which package to install.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from core import i18n

LANGUAGES = i18n.LANGUAGES
FONT_PACKAGES = "fonts-noto-cjk, fonts-nanum"
_installed: list[QtCore.QTranslator] = []  # kept alive while installed


def choose(requested: str | None, remembered: str | None) -> str:
    """The language to start in: `--lang`, else the settings', else the system locale's."""
    for lang in (requested, remembered):
        if lang in LANGUAGES:
            return lang
    return i18n.language_of_locale(QtCore.QLocale.system().name())


def split_lang_option(argv: list[str]) -> tuple[str | None, list[str]]:
    """('ko', rest) for argv holding `--lang ko` or `--lang=ko`; (None, argv) without one.
    An unknown language is an error in plain words (SystemExit with the message)."""
    rest, lang = [], None
    args = iter(argv)
    for a in args:
        if a == "--lang" or a.startswith("--lang="):
            lang = a.partition("=")[2] if "=" in a else next(args, "")
            if lang not in LANGUAGES:
                raise SystemExit(i18n.translate(
                    "Language", "--lang must be one of: {choices} (got {value!r})").format(
                    choices=", ".join(LANGUAGES), value=lang))
        else:
            rest.append(a)
    return lang, rest


def current() -> str:
    return i18n.language()


def ensure_applied() -> None:
    """Install the current language's catalogue if none is yet (a window made without gui.app.run,
    as in tests): English needs its own too, for its plural forms ("1 sample", "2 samples")."""
    if not _installed:
        apply(current())


def apply(lang: str) -> None:
    """Speak `lang` from now on: translators swapped, every widget retranslated (by Qt's
    LanguageChange event), core's messages and number formats in the same language."""
    app = QtCore.QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    i18n.set_language(lang)
    QtCore.QLocale.setDefault(QtCore.QLocale(QtCore.QLocale.Language.Korean if lang == "ko"
                                             else QtCore.QLocale.Language.English))
    qt_dir = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{lang}", qt_dir), (i18n.qm_path(lang).stem, str(i18n.TRANSLATIONS))):
        translator = QtCore.QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    if not _installed:  # nothing to install: still tell the widgets (e.g. back to English)
        QtCore.QCoreApplication.postEvent(app, QtCore.QEvent(QtCore.QEvent.Type.LanguageChange))


def hangul_font_missing() -> bool:
    """True when no installed font covers Korean (Hangul shows as empty boxes)."""
    return not QtGui.QFontDatabase.families(QtGui.QFontDatabase.WritingSystem.Korean)


def missing_font_message() -> str:
    return QtCore.QCoreApplication.translate(
        "Language", "No Korean font is installed, so Hangul may show as empty boxes. Install one "
        "(on Debian or Ubuntu: sudo apt-get install {packages}) and restart Backprop Studio.").format(
        packages=" or ".join(FONT_PACKAGES.split(", ")))


def warn_once_if_no_font(window: QtWidgets.QMainWindow) -> bool:
    """In Korean without a Hangul font: say so (status bar and a dialog), once per run."""
    if current() != "ko" or not hangul_font_missing() or getattr(window, "_font_warned", False):
        return False
    window._font_warned = True
    # in English too: without a Hangul font the Korean sentence itself cannot be read
    english = ("No Korean font is installed, so Hangul may show as empty boxes. Install one (on Debian or "
               f"Ubuntu: sudo apt-get install {' or '.join(FONT_PACKAGES.split(', '))}) and restart.")
    window.report_problem("Korean font missing / 한글 글꼴 없음", f"{missing_font_message()}\n\n{english}")
    return True
