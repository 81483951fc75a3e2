"""Limits that keep absurd requests from allocating: checked before any array is made."""

MAX_LAYERS = 16  # weight layers (hidden layers + 1)
MAX_LAYER_UNITS = 4096
MAX_PARAMETERS = 5_000_000
MAX_ALPHA = 1e4
MAX_SAMPLES = 5_000_000
MAX_FEATURES = 4096
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_JSON_DEPTH = 64  # lists and objects inside each other; our files need 6
# Parsing JSON costs memory per value, not per byte: a 199 MiB file of `{},{},...` needs 5 GB.
# Before parsing, the cost is estimated from counts of `[`, `{` and `,` (bytes per list, object and
# item, measured on CPython 3.11 and rounded up) and refused above 4 x the file's size + 200 MiB.
JSON_BYTES_PER_LIST = 88
JSON_BYTES_PER_OBJECT = 200
JSON_BYTES_PER_ITEM = 32
JSON_MEMORY_FACTOR = 4
JSON_MEMORY_SLACK = 200 * 1024 * 1024
MAX_NPZ_MEMBERS = 256  # arrays in a weights .npz; ours has at most 2 per layer + 12
MAX_ZIP_DIRECTORY_BYTES = 1 << 20  # the zip's table of contents, read before any member
