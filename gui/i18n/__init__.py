"""The window's language: which one it starts in, the Qt translators, switching at run time and the
Hangul font check (`language.py`), and the one way a widget follows a switch (`retranslating.py`).
It may import Qt and core.i18n (the Qt-free catalogue reader) only, so every gui layer may use it;
tested in tests/gui/i18n/ (retranslating.py by the language walk in test_language.py)."""
