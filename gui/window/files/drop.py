"""Files dropped on the window: a session, weights or CSV file dropped anywhere is opened (the
first one, when several are dropped) through the File menu's `open_file`. A mixin of MainWindow,
which has `file_actions`; tested in tests/gui/window/files/test_recent_files.py.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui


class FileDropTarget:
    """Accepts drags that carry local files; `self.file_actions` opens the dropped one."""

    @staticmethod
    def _dropped_paths(event) -> list[str]:
        mime = event.mimeData()
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []

    def dragEnterEvent(self, event: QtGui.QDragEnterEvent) -> None:
        if self._dropped_paths(event):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QtGui.QDragMoveEvent) -> None:
        if self._dropped_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QtGui.QDropEvent) -> None:
        """A session, weights or CSV file dropped anywhere on the window is opened (the first one,
        when several are dropped)."""
        paths = self._dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            # after the drop returns: the file's dialogs must not run inside the drag
            QtCore.QTimer.singleShot(0, lambda p=paths[0]: self.file_actions.open_file(p))
