"""The numbers behind the teaching views: one weight's derivation with the sample's numbers, its
factors and rendering, the seed's notation, the network's answer over a plane, and metrics.

May import: core.data, core.engine, core.checks. Tested in tests/core/teaching/;
derivation_factors.py through test_derivation.py.
"""
