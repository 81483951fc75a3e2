"""The network graph at the centre of the window: layout (pure geometry), edges in colour buckets,
units, captions, legend, tooltips, the step animation, and what feeds it each frame.

May import: gui.studio, gui.drawing, core. Tested in tests/gui/graph/; scene.py, paint.py, legend.py
tooltips.py and queries.py through test_view.py (the widget that owns them).
"""
