"""The Help dialogs (the derivation, keyboard shortcuts, About) and the plain-words error dialog.

`install_excepthook` makes sure no traceback ever reaches the user: an unexpected exception in a
slot becomes a short dialog (and the traceback goes to stderr, for a bug report).
"""

from __future__ import annotations

import sys
import traceback

from PySide6 import QtCore, QtWidgets

import core

DERIVATION_HTML = """
<h2>How the network learns: backpropagation</h2>
<p>The seed's network has inputs x<sub>i</sub>, hidden units h<sub>j</sub> and outputs
o<sub>k</sub>; w<sub>ji</sub> is the weight from input i to hidden unit j, w<sub>kj</sub> from
hidden unit j to output k, and w<sub>j0</sub>, w<sub>k0</sub> are the biases.
σ(net) = 1&nbsp;/&nbsp;(1&nbsp;+&nbsp;e<sup>−net</sup>) is the sigmoid.</p>
<h3>Forward: from the inputs to the outputs</h3>
<p style="margin-left:20px">
net<sub>j</sub> = Σ<sub>i</sub> w<sub>ji</sub> x<sub>i</sub> + w<sub>j0</sub>,
&nbsp;&nbsp; h<sub>j</sub> = σ(net<sub>j</sub>)<br>
net<sub>k</sub> = Σ<sub>j</sub> w<sub>kj</sub> h<sub>j</sub> + w<sub>k0</sub>,
&nbsp;&nbsp; o<sub>k</sub> = σ(net<sub>k</sub>)</p>
<h3>The error of one sample n</h3>
<p style="margin-left:20px">
E<sub>n</sub> = ½ Σ<sub>k</sub> (t<sub>k</sub> − o<sub>k</sub>)<sup>2</sup></p>
<h3>Backward: each weight moves against its gradient, Δw = −α ∂E<sub>n</sub>/∂w</h3>
<p>Output weights, with σ′(net<sub>k</sub>) = o<sub>k</sub>(1 − o<sub>k</sub>):</p>
<p style="margin-left:20px">
Δw<sub>kj</sub> = α (t<sub>k</sub> − o<sub>k</sub>) o<sub>k</sub> (1 − o<sub>k</sub>)
h<sub>j</sub> = α δ<sub>k</sub> h<sub>j</sub>,
&nbsp;&nbsp; δ<sub>k</sub> = (t<sub>k</sub> − o<sub>k</sub>) o<sub>k</sub> (1 − o<sub>k</sub>)</p>
<p>Hidden weights: the output errors flow back through the w<sub>kj</sub>:</p>
<p style="margin-left:20px">
Δw<sub>ji</sub> = α [Σ<sub>k</sub> w<sub>kj</sub> δ<sub>k</sub>] h<sub>j</sub> (1 − h<sub>j</sub>)
x<sub>i</sub> = α δ<sub>j</sub> x<sub>i</sub>,
&nbsp;&nbsp; δ<sub>j</sub> = h<sub>j</sub> (1 − h<sub>j</sub>) Σ<sub>k</sub> w<sub>kj</sub>
δ<sub>k</sub></p>
<p>Biases are weights on a constant input 1: Δw<sub>k0</sub> = α δ<sub>k</sub>,
Δw<sub>j0</sub> = α δ<sub>j</sub>. The seed updates after every sample (online, batch size 1) with
α = 0.5.</p>
<h3>Beyond the seed</h3>
<p>More hidden layers repeat the hidden rule layer by layer (δ = f′(net) · Σ w δ<sub>next</sub>).
Other activations replace o(1 − o) by their own derivative f′. With cross-entropy and a sigmoid or
softmax output, δ<sub>k</sub> = t<sub>k</sub> − o<sub>k</sub>. Momentum μ and L2 λ change the
update to v ← μ v + α (δ a − λ w), w ← w + v.</p>
"""

SHORTCUTS = [
    ("Space", "Play / pause training"),
    ("→ (Right)", "Step: train exactly one sample, then pause"),
    ("Ctrl+→", "Step one epoch: train to the end of the current epoch, then pause"),
    ("Ctrl+R", "Reset: back to the same initial weights (same seed)"),
    ("Ctrl+Shift+R", "New initial weights (next seed)"),
    ("Ctrl+O / Ctrl+S", "Open / save a session"),
    ("Ctrl+Q", "Quit"),
    ("F1", "The derivation of backpropagation"),
]


def _text_dialog(parent, title: str, html: str, size=(640, 620)) -> QtWidgets.QDialog:
    dialog = QtWidgets.QDialog(parent)
    dialog.setWindowTitle(title)
    view = QtWidgets.QTextBrowser()
    view.setHtml(html)
    view.setOpenExternalLinks(True)
    buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QtWidgets.QVBoxLayout(dialog)
    layout.addWidget(view)
    layout.addWidget(buttons)
    dialog.resize(*size)
    return dialog


def derivation_dialog(parent=None) -> QtWidgets.QDialog:
    return _text_dialog(parent, "The derivation", DERIVATION_HTML)


def shortcuts_dialog(parent=None) -> QtWidgets.QDialog:
    rows = "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in SHORTCUTS)
    html = (f"<h3>Keyboard shortcuts</h3><table cellpadding='3'>{rows}</table>"
            "<p>When a number box has the keyboard focus, the arrow keys and Space edit the box; "
            "click on the graph or the plot first.</p>")
    return _text_dialog(parent, "Keyboard shortcuts", html, (480, 360))


def about_dialog(parent=None) -> QtWidgets.QDialog:
    html = (f"<h2>Backprop Studio {core.__version__}</h2>"
            "<p>Watch a neural network learn by backpropagation: every weight, every update, "
            "the error falling sample by sample.</p>"
            f"<p>Qt {QtCore.qVersion()}, Python {sys.version.split()[0]}. MIT licence.</p>")
    return _text_dialog(parent, "About Backprop Studio", html, (420, 260))


def show_problem(parent, title: str, message: str) -> None:
    """A modal message in plain words; the app and its state carry on afterwards."""
    box = QtWidgets.QMessageBox(parent)
    box.setIcon(QtWidgets.QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(message[:1].upper() + message[1:])
    box.open()  # not exec(): no nested event loop; the window keeps painting


def install_excepthook(window_getter) -> None:
    """Route uncaught exceptions to a plain dialog on the window (traceback to stderr only)."""

    def hook(exc_type, exc, tb):
        traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
        window = window_getter()
        if window is None or not isinstance(exc, Exception):
            return
        message = (f"Something went wrong: {exc}. The app carries on; what you were doing "
                   "may not have been done.")
        try:
            window.report_problem("Unexpected problem", message)
        except Exception:  # noqa: BLE001 - never let the hook itself raise
            pass

    sys.excepthook = hook
