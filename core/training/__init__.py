"""Training: the Trainer that runs the engine in chunks with live hyperparameters and stop
conditions (trainer.py), the paths a chunk goes through (paths.py), what a chunk takes and gives
(chunk.py, plain data tested through test_trainer.py), the bounded error history, the log of
finished runs, and BLAS thread control.

May import: core.engine, core.checks. Tested in tests/core/training/.
"""
