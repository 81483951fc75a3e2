"""Backprop Studio's Qt views: the window, its panels and the worker thread that feeds them.

Its packages, lowest layer first: drawing and studio, then the views (graph, plot, learn, controls),
then window, then app.py; each may import those below it and all of core (pyproject.toml's contracts).
"""
