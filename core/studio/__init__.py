"""The window's state without Qt: the experiment (data recipe, architecture, hyperparameters), the stop
rule, the traced sample the teaching views explain, and what the graph shows. A script can drive it.

May import: core.files, core.training, core.teaching, core.data, core.engine, core.checks; never Qt.
Tested in tests/core/studio/; frame.py (a plain record) through tests/gui/studio/test_worker.py.
"""
