"""The compiled hot loops: the seed's own 2-layer kernel and the general kernel, with the codes
(activations, losses, statuses) they share with the trainer and whether numba is available.

May import: numpy, numba, core.engine's codes. Tested in tests/core/engine/compiled/ (kernel ==
reference); codes.py and seed_kernel_case.py through test_kernel.py and test_seed_kernel.py.
"""
