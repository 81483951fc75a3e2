"""Weights as one CSV file, one weight per row, for spreadsheets (export only; JSON is complete).

Layout (docs/file-formats.md): a header `layer,to,from,weight`, then for each weight layer l = 1..L
and each receiving unit `to` = 1..sizes[l], first its bias as `from` = 0 (the seed's w_j0, whose
input is always 1), then `from` = 1..sizes[l-1]. So the row `2,1,3,w` is the seed's w_kj for k = 1,
j = 3. Values use Python's round-trip repr, so they are exact. Normalisation and class names are not
in this format.
"""

from __future__ import annotations

import os
from pathlib import Path

from core.files.atomic_write import atomic_write_text
from core.files.weights import WeightsBundle, check_bundle

HEADER = "layer,to,from,weight"


def weights_csv_text(bundle: WeightsBundle) -> str:
    """The CSV text for `bundle` ('\\n' line ends)."""
    check_bundle(bundle)
    lines = [HEADER]
    for l, (W, b) in enumerate(zip(bundle.W, bundle.b, strict=True), start=1):
        for to in range(W.shape[0]):
            lines.append(f"{l},{to + 1},0,{float(b[to])!r}")
            lines.extend(f"{l},{to + 1},{frm + 1},{float(W[to, frm])!r}" for frm in range(W.shape[1]))
    return "\n".join(lines) + "\n"


def save_weights_csv(path: str | os.PathLike, bundle: WeightsBundle, *,
                     replace_read_only: bool = False) -> Path:
    """Write `bundle`'s weights and biases to `path` in the layout above."""
    return atomic_write_text(path, weights_csv_text(bundle), replace_read_only=replace_read_only)
