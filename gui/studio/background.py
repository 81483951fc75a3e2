"""Long file work off the GUI thread: reading a big CSV or session, downloading MNIST.

`BackgroundJobs.start(title, fn, on_done)` runs fn(progress) on a QThread while the window keeps
painting and training; a progress bar (bytes) and a Cancel button sit in the status bar. The core
function reports through `progress(done, total)`, which only stores the two numbers (a timer on the
GUI thread shows them ten times a second: no signal per block) and raises Cancelled once Cancel
was pressed. The result comes back by a queued signal; a BackpropStudioError or OSError becomes the
usual plain-words dialog, and a Cancel a status-bar note. One job at a time: a new one cancels the
one under way.
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from core.checks.errors import BackpropStudioError, Cancelled


class _Job(QtCore.QThread):
    """fn(progress) on its own thread; its outcome leaves by the `ended` signal (queued)."""

    ended = QtCore.Signal(str, object)  # "done" | "failed" | "cancelled", result or message

    def __init__(self, fn, parent=None):
        super().__init__(parent)
        self._fn = fn
        self.done, self.total = 0, 0
        self.cancelled = False

    def progress(self, done: int, total: int) -> None:
        self.done, self.total = int(done), int(total)
        if self.cancelled:
            raise Cancelled()

    def run(self) -> None:
        try:
            result = self._fn(self.progress)
        except Cancelled:
            self.ended.emit("cancelled", None)
        except BackpropStudioError as exc:
            self.ended.emit("failed", str(exc))
        except OSError as exc:
            name = exc.filename or self.tr("the file")
            self.ended.emit("failed", f"{name}: {exc.strerror or exc}")
        except MemoryError:
            self.ended.emit("failed", self.tr("there is not enough memory for this; close other programs or use a "
                                              "smaller file"))
        else:
            self.ended.emit("done", result)


class BackgroundJobs(QtCore.QObject):
    """The status-bar progress bar and Cancel button, and the one job they show."""

    job_finished = QtCore.Signal(str)  # "done" | "failed" | "cancelled", after the callbacks ran

    def __init__(self, window: QtWidgets.QMainWindow):
        super().__init__(window)
        self._window = window
        self._job: _Job | None = None
        self._old: list[_Job] = []
        # label, bar and Cancel in one strip, put in the status bar only while a job runs (even
        # hidden, a button would make the status bar taller and move everything above it)
        self.strip = QtWidgets.QWidget()
        self.label = QtWidgets.QLabel()
        self.bar = QtWidgets.QProgressBar()
        self.bar.setMaximumWidth(220)
        self.bar.setMaximumHeight(18)
        self.bar.setTextVisible(True)
        self.cancel_button = QtWidgets.QToolButton()
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop reading; nothing changes"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QtWidgets.QHBoxLayout(self.strip)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.label, self.bar, self.cancel_button):
            layout.addWidget(w)
        self._timer = QtCore.QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._on_tick)

    def retranslate(self) -> None:
        """The button's words in the current language (the window calls this on a language change)."""
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop reading; nothing changes"))

    @property
    def busy(self) -> bool:
        return self._job is not None

    def start(self, title: str, fn, on_done, problem_title: str) -> None:
        """Run fn(progress) in the background; on_done(result) on the GUI thread when it succeeds;
        a failure is shown as a dialog titled `problem_title`."""
        if self._job is not None:
            self.cancel()
            self._old.append(self._job)  # kept until its thread ends
        job = _Job(fn, self)
        job.ended.connect(lambda outcome, value: self._on_ended(job, outcome, value, on_done,
                                                                problem_title))
        self._job = job
        self.label.setText(title)
        self.bar.setRange(0, 0)  # busy until the first numbers arrive
        self._window.statusBar().addPermanentWidget(self.strip)
        self.strip.show()
        self._timer.start()
        job.start()

    def cancel(self) -> None:
        """Ask the job under way to stop at its next progress report."""
        if self._job is not None:
            self._job.cancelled = True
            self.label.setText(self.tr("Cancelling…"))

    def wait(self, ms: int = 5000) -> bool:
        """Cancel and wait for every job's thread to end (on closing the window)."""
        self.cancel()
        jobs = [j for j in (self._job, *self._old) if j is not None]
        return all(j.wait(ms) for j in jobs)

    def _on_tick(self) -> None:
        job = self._job
        if job is None or job.total <= 0:
            return
        scale = max(1, job.total // 1_000_000)  # QProgressBar counts in int32
        self.bar.setRange(0, job.total // scale)
        self.bar.setValue(min(job.done, job.total) // scale)
        self.bar.setFormat(self.tr("{done} of {total} MB").format(
            done=f"{job.done / 1e6:.0f}", total=f"{job.total / 1e6:.0f}"))

    def _on_ended(self, job: _Job, outcome: str, value, on_done, problem_title: str) -> None:
        job.wait()
        if job is not self._job:  # a job replaced by a newer one: its result is not wanted
            if job in self._old:
                self._old.remove(job)
            return
        self._job = None
        self._timer.stop()
        self._window.statusBar().removeWidget(self.strip)
        if outcome == "done" and not job.cancelled:
            on_done(value)
        elif outcome == "failed":
            self._window.report_problem(problem_title, value)
        else:
            self._window.statusBar().showMessage(self.tr("Cancelled; nothing was changed."), 6000)
        self.job_finished.emit(outcome if not job.cancelled or outcome == "failed" else "cancelled")
