"""The error plot: E_n per sample, the epoch means, earlier runs, and its stepped axes.

May import: gui.studio, gui.drawing, core. Tested in tests/gui/plot/.
"""
