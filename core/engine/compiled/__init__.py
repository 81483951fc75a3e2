"""The compiled hot loops: the seed's own 2-layer kernel (seed_kernel.py), the general kernel
(kernel.py), momentum/L2 two samples per pass (pairs.py), built from one unit's maths
(unit_math.py) and one sample's pass through the layers (layers.py), with their arguments named
in buffers.py and the codes they share with the trainer in codes.py.

May import: numpy, numba, core.engine's codes. Tested in tests/core/engine/compiled/ (kernel ==
reference); codes.py, seed_kernel_case.py, buffers.py and layers.py through test_kernel.py,
test_seed_kernel.py and test_pairs.py.
"""
