"""The Learn panel and its tabs: the derivation inspector, what units learned (boundary, unit
pictures), the weights as Hinton squares, and the metrics.

May import: gui.studio, gui.drawing, core. Tested in tests/gui/learn/.
"""
