"""Tests for gui/window/help_page.py: the derivation walk-through, tied to the screen."""

from gui.window.help_page import HelpPage, help_html


def test_help_contains_both_update_rules_in_the_seeds_notation():
    """The final rules for w_kj and w_ji appear with sub/superscripts, as in the seed."""
    html = help_html()
    assert ("Δw<sub>kj</sub> = α (t<sub>k</sub> − o<sub>k</sub>) o<sub>k</sub> (1 − o<sub>k</sub>)"
            " h<sub>j</sub>") in html
    assert ("Δw<sub>ji</sub> = α x<sub>i</sub> h<sub>j</sub> (1 − h<sub>j</sub>) Σ<sub>k</sub> "
            "w<sub>kj</sub> o<sub>k</sub> (1 − o<sub>k</sub>) (t<sub>k</sub> − o<sub>k</sub>)") in html
    assert "E<sub>n</sub> = ½ Σ<sub>k</sub> (t<sub>k</sub> − o<sub>k</sub>)<sup>2</sup>" in html


def test_help_ties_symbols_to_the_screen(qtbot):
    """Each symbol is placed on screen: inputs left, hidden middle, outputs right, E_n the plot."""
    page = HelpPage()
    qtbot.addWidget(page)
    text = page.toPlainText()
    for phrase in ("on the left", "the middle column", "the column on the right", "error plot",
                   "legend", "inspector"):
        assert phrase in text, phrase
