"""Backprop Studio's model layer: the engine, data and files. Imports numpy (and numba) only, never Qt."""

__version__ = "0.1.0"
