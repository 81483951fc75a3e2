"""The GUI thread's side of the training worker: `WorkerHandle` starts the worker's QThread, sends it
commands (gui/studio/commands.py) through its queue, re-emits its frames on the GUI thread and stops it.
Tested with the worker in tests/gui/studio/test_worker.py.
"""

from __future__ import annotations

import sys

from PySide6 import QtCore

from core.studio.frame import Frame
from core.training.blas_threads import limit_blas_threads
from core.training.trainer import Trainer
from gui.studio import commands as cmd
from gui.studio.worker import GIL_SWITCH_S, TrainingWorker


class WorkerHandle(QtCore.QObject):
    """GUI-thread owner of one worker and its QThread: starts it, sends commands, stops it.

    Re-emits the worker's signals from the GUI thread (`frame_received`, `failed`), so anything
    connected here runs on the GUI thread whatever it is (lambda, function or method).
    """

    frame_received = QtCore.Signal(object)
    failed = QtCore.Signal(str)
    stopped = QtCore.Signal()
    preparing = QtCore.Signal(bool)  # a compiled loop is being loaded (True), then done (False)

    def __init__(self, trainer: Trainer, parent: QtCore.QObject | None = None):
        super().__init__(parent)
        self._thread = QtCore.QThread()
        self._thread.setObjectName("training")
        self._worker = TrainingWorker(trainer)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.loop)
        # Methods of this GUI-thread object: the connections are queued into the GUI thread.
        self._worker.frame_emitted.connect(self._on_frame_emitted)
        self._worker.failed.connect(self._on_failed)
        self._worker.preparing.connect(self._on_preparing)
        self._worker.finished.connect(self._on_finished)
        # Direct: quit() is thread-safe, and a queued call would wait for the GUI thread, which
        # may itself be blocked in stop()'s wait().
        self._worker.finished.connect(self._thread.quit, QtCore.Qt.ConnectionType.DirectConnection)
        self._running = False

    def start(self) -> None:
        # The kernel releases the GIL, but the trainer's Python between chunks needs it back; with
        # the default 5 ms switch interval a busy GUI thread can hold it that long each time.
        sys.setswitchinterval(min(sys.getswitchinterval(), GIL_SWITCH_S))
        limit_blas_threads()  # a spinning BLAS thread would take the GUI thread's core
        self._running = True
        self._thread.start()

    def send(self, command: cmd.Command) -> None:
        """Queue a command for the worker; it is handled before the next chunk."""
        self._worker.commands.put(command)

    @property
    def is_running(self) -> bool:
        return self._running and self._thread.isRunning()

    def stop(self, timeout_ms: int = 2000) -> bool:
        """Ask the loop to end and wait for the thread; True if it ended in time."""
        if not self._thread.isRunning():
            return True
        self._thread.requestInterruption()
        self._worker.commands.put(cmd.Stop())  # wakes a loop blocked on the queue
        ended = self._thread.wait(timeout_ms)
        self._running = False
        return ended

    @QtCore.Slot(object)
    def _on_frame_emitted(self, frame: Frame) -> None:
        self.frame_received.emit(frame)

    @QtCore.Slot(str)
    def _on_failed(self, message: str) -> None:
        self.failed.emit(message)

    @QtCore.Slot(bool)
    def _on_preparing(self, busy: bool) -> None:
        self.preparing.emit(busy)

    @QtCore.Slot()
    def _on_finished(self) -> None:
        self._running = False
        self.stopped.emit()

