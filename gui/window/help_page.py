"""The built-in help page: the seed's derivation of backpropagation, in the window's language, with every symbol
tied to what is on screen. Plain Qt rich text (HTML with <sub>/<sup> and unicode), no TeX.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from gui.drawing.colormap import NEGATIVE_END, POSITIVE_END
from gui.i18n.retranslating import Retranslating

_RED = "rgb({},{},{})".format(*POSITIVE_END)
_BLUE = "rgb({},{},{})".format(*NEGATIVE_END)


def _eq(body: str) -> str:
    return (f"<p style='margin:6px 0 6px 28px; font-size:large'>{body}</p>")


def _sub(s: str, i: str) -> str:
    return f"{s}<sub>{i}</sub>"


x_i, h_j, o_k, t_k = _sub("x", "i"), _sub("h", "j"), _sub("o", "k"), _sub("t", "k")
w_kj, w_ji, w_k0, w_j0 = _sub("w", "kj"), _sub("w", "ji"), _sub("w", "k0"), _sub("w", "j0")
net_k, net_j, E_n = _sub("net", "k"), _sub("net", "j"), _sub("E", "n")
d_k, d_j = _sub("δ", "k"), _sub("δ", "j")


translate = QtCore.QCoreApplication.translate


def help_html() -> str:
    """The whole help page as rich text, in the current language. The symbols are filled in after
    translation ({x_i} …), so a translation keeps them exactly."""
    sym = dict(x_i=x_i, h_j=h_j, o_k=o_k, t_k=t_k, w_kj=w_kj, w_ji=w_ji, w_k0=w_k0, w_j0=w_j0,
               net_k=net_k, net_j=net_j, E_n=E_n, d_k=d_k, d_j=d_j, red=_RED, blue=_BLUE)
    eq = {
        "net_j": _eq(f"{net_j} = {_sub('w', 'j1')} x<sub>1</sub> + … + {w_ji} {x_i} + … + "
                     f"{_sub('w', 'jd')} x<sub>d</sub> + {w_j0}, &nbsp;&nbsp; {h_j} = σ({net_j})"),
        "net_k": _eq(f"{net_k} = Σ<sub>j</sub> {w_kj} {h_j} + {w_k0}, &nbsp;&nbsp; {o_k} = σ({net_k})"),
        "E_n": _eq(f"{E_n} = ½ Σ<sub>k</sub> ({t_k} − {o_k})<sup>2</sup>"),
        "rule": _eq(f"Δw = −α ∂{E_n}/∂w, &nbsp;&nbsp; w ← w + Δw"),
        "chain": _eq(f"∂{E_n}/∂{w_kj} = ∂{E_n}/∂{o_k} · ∂{o_k}/∂{net_k} · ∂{net_k}/∂{w_kj}"),
        "dw_kj": _eq(f"<b>Δ{w_kj} = α ({t_k} − {o_k}) {o_k} (1 − {o_k}) {h_j}</b>"),
        "dnet_j": _eq(f"∂{E_n}/∂{net_j} = −{h_j} (1 − {h_j}) Σ<sub>k</sub> {w_kj} {o_k} (1 − {o_k}) "
                      f"({t_k} − {o_k})"),
        "dw_ji": _eq(f"<b>Δ{w_ji} = α {x_i} {h_j} (1 − {h_j}) Σ<sub>k</sub> {w_kj} {o_k} (1 − {o_k}) "
                     f"({t_k} − {o_k})</b>"),
        "both_k": _eq(f"Δ{w_kj} = α {d_k} {h_j}, &nbsp; {d_k} = ({t_k} − {o_k}) {o_k} (1 − {o_k})"),
        "both_j": _eq(f"Δ{w_ji} = α {d_j} {x_i}, &nbsp; {d_j} = {h_j} (1 − {h_j}) Σ<sub>k</sub> {w_kj} {d_k}"),
    }
    sections = [
        translate("HelpPage", "<h2>How the network learns: backpropagation, step by step</h2>"
           "<p>This page follows the derivation the app is built on (one hidden layer, sigmoid "
           "units, squared error), and says where each symbol is on the screen. Click any weight "
           "or unit in the network and the <b>inspector</b> shows the same formulas with the "
           "numbers of the sample being learned.</p>"),
        translate("HelpPage", "<h3>1. What is on the screen</h3><ul>"
           "<li><b>{x_i}</b>: the inputs, the column of units on the <b>left</b> of the network "
           "(i = 1 … d).</li>"
           "<li><b>{h_j}</b>: the hidden units, the <b>middle</b> column (j = 1 … p).</li>"
           "<li><b>{o_k}</b>: the outputs, the column on the <b>right</b> (k = 1 … m); "
           "<b>{t_k}</b> is the target the output should have.</li>"
           "<li><b>{w_ji}</b>: the edges from inputs to hidden units; <b>{w_kj}</b>: the edges "
           "from hidden units to outputs. The first index is the unit the edge goes <i>to</i>. "
           "<b>{w_j0}</b>, <b>{w_k0}</b> are the biases: weights of an extra input fixed at 1.</li>"
           "<li>Edge colours (see the legend): <span style='color:{red}'><b>red</b></span> "
           "positive, <span style='color:{blue}'><b>blue</b></span> negative, grey near zero; the "
           "stronger the colour, the larger the weight. Units are filled from dark (low "
           "activation) to light (high).</li>"
           "<li><b>{E_n}</b>: the error on one sample, plotted in the <b>error plot</b>; the line "
           "per epoch is its mean over all samples.</li></ul>"),
        translate("HelpPage", "<h3>2. Forward pass: from inputs to outputs</h3>"
           "<p>Each hidden unit adds up its weighted inputs and squashes the sum with the sigmoid "
           "σ(z) = 1 / (1 + e<sup>−z</sup>):</p>{eq_net_j}"
           "<p>The outputs do the same with the hidden units as their inputs:</p>{eq_net_k}"
           "<p>and the error on this sample n compares outputs with targets:</p>{eq_E_n}"),
        translate("HelpPage", "<h3>3. Learning rule</h3>"
           "<p>Every weight moves a small step <b>down</b> the slope of {E_n}, scaled by the "
           "learning rate α (the α control):</p>{eq_rule}"),
        translate("HelpPage", "<h3>4. A hidden → output weight {w_kj}: the chain rule</h3>"
           "<p>{w_kj} changes {E_n} only through {net_k}, and {net_k} through {o_k}:</p>{eq_chain}"
           "<p>Each factor is simple:</p><ul>"
           "<li>∂{E_n}/∂{o_k} = −({t_k} − {o_k}) &nbsp; (only the k-th term of the sum depends "
           "on {o_k})</li>"
           "<li>∂{o_k}/∂{net_k} = {o_k} (1 − {o_k}) &nbsp; (the sigmoid's slope, read off its own "
           "output)</li>"
           "<li>∂{net_k}/∂{w_kj} = {h_j} &nbsp; (the signal the edge carries)</li></ul>"
           "<p>Multiplying and flipping the sign gives the update of a hidden → output edge:</p>{eq_dw_kj}"
           "<p>The part that belongs to the output unit is its <b>δ</b>: {d_k} = ({t_k} − "
           "{o_k}) {o_k} (1 − {o_k}) = −∂{E_n}/∂{net_k}, so Δ{w_kj} = α {d_k} {h_j}.</p>"),
        translate("HelpPage", "<h3>5. An input → hidden weight {w_ji}: one more link in the chain</h3>"
           "<p>{w_ji} changes {net_j}, which changes {h_j}, which reaches <i>every</i> output "
           "through the weights {w_kj}. So the error flows back along all those edges and adds "
           "up:</p>{eq_dnet_j}"
           "<p>with ∂h<sub>j</sub>/∂net<sub>j</sub> = h<sub>j</sub>(1 − h<sub>j</sub>), "
           "∂{net_k}/∂{h_j} = {w_kj} and ∂{o_k}/∂{net_k} = {o_k}(1 − {o_k}). Since "
           "∂{net_j}/∂{w_ji} = {x_i}:</p>{eq_dw_ji}"
           "<p>or, with the hidden unit's δ: {d_j} = {h_j} (1 − {h_j}) Σ<sub>k</sub> {w_kj} "
           "{d_k} and Δ{w_ji} = α {d_j} {x_i}. The sum uses the weights {w_kj} <i>before</i> this "
           "sample's update.</p>"),
        translate("HelpPage", "<h3>6. The two rules together</h3>{eq_both_k}{eq_both_j}"
           "<p>Every update is <b>α × (δ of the unit the edge goes to) × (signal on the edge)"
           "</b>. A weight whose input is 0 for a sample does not change on that sample; a unit "
           "stuck near 0 or 1 (σ′ ≈ 0) passes almost no error back.</p>"),
        translate("HelpPage", "<h3>7. Beyond the seed</h3><ul>"
           "<li><b>More hidden layers</b>: the same recursion, δ = f′(a) · Σ w δ<sub>next</sub>, "
           "layer by layer from the output back. Symbols get a layer number: h<sup>(2)</sup><sub>j"
           "</sub>, w<sup>(3)</sup><sub>kj</sub>.</li>"
           "<li><b>Other activations</b> swap the sigmoid's o (1 − o) for their own slope: "
           "tanh′ = 1 − a², ReLU′ = 1 if net &gt; 0 else 0, linear′ = 1.</li>"
           "<li><b>Cross-entropy</b> loss with a sigmoid or softmax output gives simply "
           "{d_k} = {t_k} − {o_k}: the o (1 − o) cancels.</li>"
           "<li><b>Batches, momentum, L2</b> change what is <i>applied</i>: a batch averages the "
           "samples' Δw before applying it; momentum adds a share of the previous step; L2 pulls "
           "every weight a little towards 0. The inspector shows the applied change when it "
           "differs.</li></ul>"),
        translate("HelpPage", "<h3>8. Other views (the Learn panel on the right, Ctrl+L)</h3><ul>"
           "<li><b>Derivation</b>: click an edge or a unit in the network; the update above, with "
           "the numbers of the current sample.</li>"
           "<li><b>Backprop view</b> (key B): edges coloured by this sample's Δw instead of w, units "
           "filled by their δ. With <b>Animate steps</b> (key A), → plays the forward pass layer by "
           "layer, then δ travelling back, then the update.</li>"
           "<li><b>Decision boundary</b> (What units learned): the output o for every point of the "
           "input plane; the black line is o = 0.5. Dots are the samples, coloured by class.</li>"
           "<li><b>Unit pictures</b>: what each hidden unit computes over the plane. Hidden units "
           "draw straight boundaries; the output combines them.</li>"
           "<li><b>Hinton diagram</b> (Weights): one square per weight, area ∝ |w|, colour = sign; "
           "click one to see its derivation.</li>"
           "<li><b>Metrics</b>: accuracy and the confusion matrix (classes), or RMSE and R² "
           "(numbers), on the training and the test set.</li></ul>"),
        translate("HelpPage", "<h3>9. Your turn: do the step yourself</h3>"
           "<p><b>Your turn</b> (key P) stops on the next sample after its forward pass and asks you "
           "for the numbers of one weight's update, in the order above: {d_k} then Δ{w_kj}, or "
           "Σ<sub>k</sub> {w_kj} {d_k}, {d_j} then Δ{w_ji}. An answer is right when it agrees with the "
           "engine's value to 3 significant digits. A wrong one is compared with the common mistakes "
           "(the slope {o_k}(1 − {o_k}) or {h_j}(1 − {h_j}) left out, ({o_k} − {t_k}) for ({t_k} − {o_k}), "
           "the updated {w_kj} in the sum, α forgotten, net used for {h_j}) and the hint names the "
           "factor; then the engine applies that very step. File ▸ Lessons has three guided lessons.</p>"),
    ]
    fill = {**sym, **{f"eq_{k}": v for k, v in eq.items()}}
    return "".join(section.format(**fill) for section in sections)


class HelpPage(Retranslating, QtWidgets.QTextBrowser):
    """A read-only page with the derivation walk-through (help_html)."""

    def __init__(self, parent=None, point_size: float = 12.0):
        super().__init__(parent)
        font = QtGui.QFont(self.font())
        font.setPointSizeF(point_size)
        self.setFont(font)
        self.document().setDocumentMargin(16)
        self.setOpenExternalLinks(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHtml(help_html())
