"""Files the app writes and reads: weights (JSON, NPZ, CSV, ONNX), sessions, and the one atomic writer.
Every loader checks what it reads before it allocates; nothing is ever unpickled.

May import: core.training, core.teaching, core.data, core.engine, core.checks. Tested in tests/core/files/.
"""
