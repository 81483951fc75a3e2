"""The derivation inspector: the selected weight's update (or unit's δ) written out with the
current sample's numbers, as the seed writes it (core/teaching/derivation.py does the arithmetic).

Wire it to the network graph: edge_selected → show_edge, node_selected → show_node, and give it
each traced sample with set_trace. It keeps the selection across samples, so stepping through
the data shows the same rule with new numbers.
"""

from __future__ import annotations

from html import escape

from PySide6 import QtGui, QtWidgets

from core.teaching.derivation import derive_edge, derive_node
from core.teaching.notation import num
from gui.i18n.retranslating import Retranslating


class DerivationInspector(Retranslating, QtWidgets.QWidget):
    """Rich-text view of one derivation; `set_trace` gives the numbers, `show_*` the selection."""

    def __init__(self, parent=None, point_size: float = 12.0):
        super().__init__(parent)
        self._trace = None
        self._arch: tuple | None = None
        self._selection: tuple | None = None
        self._banner = ""
        self._sample_text = ""
        self._cover = ""
        self._browser = QtWidgets.QTextBrowser()
        self._browser.setOpenLinks(False)
        font = QtGui.QFont(self._browser.font())
        font.setPointSizeF(point_size)
        self._browser.setFont(font)
        self._browser.document().setDocumentMargin(10)
        # lines break between words only: Qt's default also breaks inside a word that does not
        # fit, which split "−4.43×10⁻⁴" into "−4.43×1" and "0⁻⁴" at 2× scaling
        self._browser.setWordWrapMode(QtGui.QTextOption.WrapMode.WordWrap)
        self._caption = QtWidgets.QLabel()
        self._caption.setWordWrap(True)
        self._caption.setStyleSheet("QLabel { color: #444; padding: 4px; }")
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self._browser, 1)
        lay.addWidget(self._caption)
        self.retranslate()

    def retranslate(self) -> None:
        self._caption.setText(self.tr(
            "<b>α</b> learning rate · <b>x<sub>i</sub></b> input · <b>h<sub>j</sub></b> hidden unit's "
            "output · <b>o<sub>k</sub></b> network output · <b>t<sub>k</sub></b> target · "
            "<b>w<sub>kj</sub></b> weight from h<sub>j</sub> to o<sub>k</sub> (w<sub>k0</sub>: bias) · "
            "<b>net</b> weighted sum into a unit · <b>δ</b> = −∂E<sub>n</sub>/∂net, the unit's error "
            "signal · <b>Δw</b> change of a weight for this one sample. Superscripts ⁽ˡ⁾ number the "
            "layers of deeper networks."))
        self._render()

    # ---- public interface ----
    def set_trace(self, trace, sizes, activations, loss: str, weights=None) -> None:
        """The sample to explain (a core.engine.backprop.SampleTrace) and the network it came from.

        `weights` (per-layer (to, from) arrays before the update) is only needed when the trace
        has no `weights_before` (Trainer.step_traced always fills it).
        """
        self._trace = trace
        self._arch = (tuple(sizes), tuple(activations), loss, weights)
        if self._selection is not None and not self._valid(self._selection):
            self._selection = None
        self._render()

    def show_edge(self, l: int, to: int, frm: int) -> None:
        """Explain weight W[l][to, frm] (frm == −1: the bias b[l][to])."""
        self._selection = ("edge", int(l), int(to), int(frm))
        self._render()

    def show_node(self, layer: int, unit: int) -> None:
        """Explain unit `unit` of layer `layer` (0 = inputs … L = outputs)."""
        self._selection = ("node", int(layer), int(unit))
        self._render()

    def set_sample_text(self, text: str) -> None:
        """The sentence naming the sample shown (the graph and status bar say the same)."""
        if text != self._sample_text:
            self._sample_text = text
            self._render()

    def sample_text(self) -> str:
        return self._sample_text

    def set_banner(self, text: str) -> None:
        """A line above the derivation (the step animation's current phase); "" removes it."""
        self._banner = text
        self._render()

    def set_cover(self, text: str) -> None:
        """Show `text` instead of the derivation ("" uncovers it): Practice mode hides the answers."""
        self._cover = text
        self._render()

    def clear(self) -> None:
        """Forget the selection and the trace (e.g. when the architecture changes)."""
        self._trace = self._arch = self._selection = None
        self._render()

    def has_selection(self) -> bool:
        return self._selection is not None

    def derivation(self):
        """The core.teaching.derivation.Derivation on screen, or None (nothing selected, no trace)."""
        return self._derivation

    def html(self) -> str:
        """The rich text being shown (what QTextBrowser got, before Qt rewrites it)."""
        return self._html

    def plain_text(self) -> str:
        return self._browser.toPlainText()

    # ---- drawing ----
    def _valid(self, sel) -> bool:
        sizes = self._arch[0]
        if sel[0] == "edge":
            _, l, to, frm = sel
            return 0 <= l < len(sizes) - 1 and to < sizes[l + 1] and frm < sizes[l]
        _, layer, unit = sel
        return 0 <= layer < len(sizes) and unit < sizes[layer]

    def _render(self) -> None:
        self._derivation = None
        if self._cover:
            self._html = f"<p style='color:#444; margin:12px'>{self._cover}</p>"
            self._browser.setHtml(self._html)
            return
        if self._selection is None:
            html = "<p style='color:#555'>" + self.tr(
                "Click a weight (an edge) or a unit (a node) in the network to see how backpropagation "
                "computes its change for the current sample, with the numbers in place.") + "</p>"
        elif self._trace is None:
            html = "<p style='color:#555'>" + self.tr(
                "Step one sample (“Step”) to see the numbers: the inspector shows the last sample the "
                "network learned from.") + "</p>"
        else:
            sizes, acts, loss, weights = self._arch
            if self._selection[0] == "edge":
                _, l, to, frm = self._selection
                d = derive_edge(self._trace, sizes, acts, loss, l, to, frm, weights)
            else:
                _, layer, unit = self._selection
                d = derive_node(self._trace, sizes, acts, loss, layer, unit, weights)
            self._derivation = d
            html = d.html() + self._sample_line()
        if self._sample_text:
            html = (f"<p style='color:#333; margin-bottom:4px'><b>{escape(self._sample_text)}"
                    "</b></p>" + html)
        if self._banner:
            html = (f"<p style='background:#eef3fb; color:#1d3f77; padding:4px'>{self._banner}"
                    "</p>" + html)
        self._html = html
        self._browser.setHtml(html)

    def _sample_line(self) -> str:
        t = self._trace
        row = getattr(t, "row", None)
        if row is not None:
            text = self.tr("Numbers from sample {n} (named at the top); its error E<sub>n</sub> = {E_n} before "
                           "the update.")
        else:
            text = self.tr("Numbers from this sample (named at the top); its error E<sub>n</sub> = {E_n} "
                           "before the update.")
        return ("<p style='color:#666; margin-top:8px'>" + text.format(n=(row or 0) + 1, E_n=num(t.E_n).html)
                + "</p>")
