"""Tests for core/studio/data_names.py: the names beside the graph's inputs and outputs."""

from __future__ import annotations

import numpy as np

from core.data import make_dataset
from core.data.assemble import assemble_classification
from core.data.csv_reader import load_csv
from core.studio.data_names import input_names, output_names


def test_named_sets():
    """Iris: its four measurements and three species; digits: classes 0–9, pixels unnamed;
    the synthetic sets' x1, x2 and single 0/1 output: no labels."""
    iris = make_dataset("iris")
    assert input_names(iris) == ["sepal_length_cm", "sepal_width_cm", "petal_length_cm",
                                 "petal_width_cm"]
    assert output_names(iris) == ["setosa", "versicolor", "virginica"]
    digits = make_dataset("digits")
    assert input_names(digits) is None and output_names(digits) == [str(d) for d in range(10)]
    xor = make_dataset("xor")
    assert input_names(xor) is None and output_names(xor) is None


def test_a_csvs_header_and_classes(tmp_path):
    """A CSV: its header names the inputs; one output for two classes is named after class 1;
    a regression output after its target column."""
    ds = assemble_classification(np.arange(8.0).reshape(4, 2), [0, 1, 0, 1], ["apple", "pear"],
                                 name="f", spec={}, feature_names=["weight_g", "height_cm"],
                                 train_fraction=1.0)
    assert input_names(ds) == ["weight_g", "height_cm"] and output_names(ds) == ["pear"]
    path = tmp_path / "r.csv"
    path.write_text("x,price\n" + "".join(f"{i},{i * 1.5}\n" for i in range(20)))
    assert output_names(load_csv(path)) == ["price"]
