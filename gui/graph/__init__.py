"""The network graph at the centre of the window: layout (pure geometry), edges in colour buckets,
units, captions, legend, tooltips, the step animation, and what feeds it each frame.

May import: gui.studio, gui.drawing, core. Tested in tests/gui/graph/.
"""
