"""The window's hub: `Studio` (the current experiment, the training worker and the latest frame) and
the worker that runs the core Trainer on its own QThread, sending copies at a bounded rate.

May import: core, gui.drawing. Imported by the views and the window shell. Tested in
tests/gui/studio/ (worker.py and worker_handle.py together in test_worker.py; commands.py through
them).
"""
