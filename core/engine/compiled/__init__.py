"""The compiled hot loops: the seed's own 2-layer kernel (seed_kernel.py, its pass over W_ji in
seed_pass.py), its momentum loop four samples a pass (seed_quads.py) and its mini-batch loop
(seed_batches.py), the general kernel (kernel.py), momentum/L2 two samples per pass on other
networks (pairs.py) and their momentum four samples a pass (quads.py), built from one unit's maths and a
prefetch hint (unit_math.py) and one sample's pass through the layers (layers.py), with their
arguments named in buffers.py and the codes they share with the trainer in codes.py.

May import: numpy, numba, llvmlite (the prefetch intrinsic), core.engine's codes, core.checks (to
read its own sources, whose hash names the kernel cache). Tested in
tests/core/engine/compiled/ (kernel == reference); codes.py, seed_kernel_case.py, seed_pass.py,
buffers.py and layers.py through test_kernel.py, test_seed_kernel.py, test_seed_batches.py and
test_pairs.py.
"""
