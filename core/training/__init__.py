"""Training: the Trainer that runs the engine in chunks with live hyperparameters and stop
conditions, the bounded error history, the log of finished runs, and BLAS thread control.

May import: core.engine, core.checks. Tested in tests/core/training/.
"""
