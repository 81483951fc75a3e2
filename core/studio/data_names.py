"""The names the data gives its inputs and outputs, for labels beside the graph's units: feature
names from a CSV header, class names (iris' species, digits 0–9), a regression target's column.

None where the data has nothing better than the units' own names (x₁, o₁): the synthetic sets'
x1, x2, a single output standing for the classes 0/1, or pixels of an image.
"""

from __future__ import annotations

COMPACT_INPUTS = 40  # the graph draws more inputs than this as an image or strip: no labels


def input_names(dataset) -> list[str] | None:
    """One name per input, or None."""
    names = list(dataset.feature_names)
    if len(names) > COMPACT_INPUTS or names == [f"x{i + 1}" for i in range(len(names))]:
        return None
    return names


def output_names(dataset) -> list[str] | None:
    """One name per output unit, or None. One sigmoid output for two classes is named after the
    class it stands for (o ≥ 0.5 means that class), unless the classes are just '0' and '1'."""
    m = dataset.n_outputs
    if dataset.task == "classification":
        classes = [str(c) for c in dataset.class_names or []]
        if m == 1:
            return None if classes in (["0", "1"], []) else [classes[1]]
        return classes if len(classes) == m else None
    targets = (dataset.spec or {}).get("options", {}).get("targets")
    if isinstance(targets, list) and len(targets) == m and all(isinstance(t, str) for t in targets):
        return targets
    return None
