"""Limits that keep absurd requests from allocating: checked before any array is made."""

MAX_LAYERS = 16  # weight layers (hidden layers + 1)
MAX_LAYER_UNITS = 4096
MAX_PARAMETERS = 5_000_000
MAX_ALPHA = 1e4
MAX_SAMPLES = 5_000_000
MAX_FEATURES = 4096
MAX_FILE_BYTES = 200 * 1024 * 1024
