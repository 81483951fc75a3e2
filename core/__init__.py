"""Backprop Studio's model layer: everything the window can do, without a display. Imports numpy (and,
in engine/compiled, numba) only, never Qt. Its packages, lowest layer first: checks, engine, data,
training and teaching, files, then studio and cli; a package may import only those below it
(import-linter contracts in pyproject.toml, checked by tests/test_import_contracts.py).
"""

__version__ = "0.1.0"
