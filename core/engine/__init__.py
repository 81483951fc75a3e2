"""The engine: the network, its activations and losses, the flat weight layout (param_layout.py),
the reference backpropagation in the seed's symbols, mini-batches as matrix products (batch.py),
weight initialisation, sample order, hyperparameters; `compiled/` holds the numba kernels.

May import: numpy, core.checks, and its own modules (compiled/ may import numba). Nothing above it.
Tested in tests/core/engine/; activations.py and losses.py by finite differences in
test_backprop.py; hyperparams.py and weight_init.py in test_network.py and through the trainer.
"""
