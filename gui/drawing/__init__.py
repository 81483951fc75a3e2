"""What every view draws with: the one colour map, weight images (the input layer as a picture,
receptive fields), and the redraw pacer that keeps paints within a share of the GUI thread.

May import: core, Qt, pyqtgraph. The lowest layer of gui. Tested in tests/gui/drawing/.
"""
