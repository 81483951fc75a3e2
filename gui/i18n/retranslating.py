"""The one way a widget follows a change of language: `Retranslating` calls its `retranslate()` when
Qt sends QEvent.LanguageChange (gui/i18n/language.py installs the new catalogue, Qt tells every
widget). Tested through tests/gui/i18n/test_language.py, which switches languages in the window.
"""

from __future__ import annotations

from PySide6 import QtCore


class Retranslating:
    """A mixin for QWidget subclasses that set their texts in `retranslate()`; put it first among
    the bases so its changeEvent runs before Qt's."""

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
