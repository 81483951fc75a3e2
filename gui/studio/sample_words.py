"""The one sentence that names the sample the window shows (core/studio/shown_sample.py), used by
the graph, the inspector and the status bar alike, so they can never disagree in words."""

from __future__ import annotations

from PySide6 import QtCore

from core.studio.shown_sample import ShownSample


def sample_line(s: ShownSample) -> str:
    """'sample 3 of 4: x = (1, 0), t = 1 (just trained); next: sample 4', or
    'next: sample 4 of 4: x = (1, 1), t = 0' (the sample whose activations are shown)."""
    tr = QtCore.QCoreApplication.translate
    t = s.t_text()
    scaled = s.t_scaled_text()
    if scaled is not None:  # the graph draws t as trained beside the output: say both
        t = tr("SampleWords", "{t} (scaled: {scaled})").format(t=t, scaled=scaled)
    if s.trained:
        return tr("SampleWords", "sample {i} of {n}: x = {x}, t = {t} (just trained); "
                  "next: sample {next}").format(i=s.row + 1, n=s.n, x=s.x_text(), t=t,
                                                next=s.next_row + 1)
    return tr("SampleWords", "next: sample {i} of {n}: x = {x}, t = {t}").format(
        i=s.row + 1, n=s.n, x=s.x_text(), t=t)


def short_line(s: ShownSample) -> str:
    """For the status bar: 'sample 3 of 4 (just trained)' or 'next: sample 4 of 4'."""
    tr = QtCore.QCoreApplication.translate
    if s.trained:
        return tr("SampleWords", "sample {i} of {n} (just trained)").format(i=s.row + 1, n=s.n)
    return tr("SampleWords", "next: sample {i} of {n}").format(i=s.row + 1, n=s.n)
