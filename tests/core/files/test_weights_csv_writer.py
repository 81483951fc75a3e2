"""Tests for core/files/weights_csv_writer.py: one row per weight in the documented layer,to,from order."""

import csv

import numpy as np

from core.engine.network import Network
from core.engine.weight_init import InitSpec
from core.files.weights import WeightsBundle
from core.files.weights_csv_writer import save_weights_csv


def test_every_weight_once_in_documented_order(tmp_path):
    """Rows run layer by layer, unit by unit, bias (from = 0) first, with exact values."""
    net = InitSpec(seed=3).apply(Network((3, 2, 2)))
    net.b[1][:] = [0.125, -1e-300]
    save_weights_csv(tmp_path / "w.csv", WeightsBundle.from_network(net))
    with open(tmp_path / "w.csv", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["layer", "to", "from", "weight"]
    body = [(int(a), int(b), int(c), float(w)) for a, b, c, w in rows[1:]]
    assert len(body) == 2 * (3 + 1) + 2 * (2 + 1)
    expected = []
    for l in range(2):
        for to in range(net.sizes[l + 1]):
            expected.append((l + 1, to + 1, 0, net.b[l][to]))
            expected += [(l + 1, to + 1, i + 1, net.W[l][to, i]) for i in range(net.sizes[l])]
    assert body == expected  # exact: floats written with repr


def test_seed_notation_w_kj(tmp_path):
    """Row (2, k, j) holds the seed's w_kj = W[1][k-1, j-1]; (2, k, 0) holds w_k0."""
    net = Network((2, 2, 1))
    net.W[1][0, 1] = 0.75
    net.b[1][0] = -0.5
    save_weights_csv(tmp_path / "w.csv", WeightsBundle.from_network(net))
    lines = (tmp_path / "w.csv").read_text().splitlines()
    assert "2,1,2,0.75" in lines and "2,1,0,-0.5" in lines
    assert np.all([line.count(",") == 3 for line in lines])
