"""Tests of core/studio/graph_state.py: the flat parameter buffer seen as per-layer grids."""

import numpy as np

from core.engine.network import Network
from core.studio.graph_state import GraphState


def test_grids_match_the_networks_W_and_b():
    """grid[l][:, :-1] is core's W[l] and grid[l][:, -1] its b[l], for a 3-4-2 net."""
    net = Network([3, 4, 2])
    net.params[:] = np.arange(net.n_params, dtype=float)
    st = GraphState(net.sizes, net.activations)
    st.update(net.params.copy())
    for l, g in enumerate(st.weight_grids()):
        assert np.array_equal(g[:, :-1], net.W[l]) and np.array_equal(g[:, -1], net.b[l])


def test_delta_is_given_or_the_change_since_last_update():
    """Without last_dW, Δ is params − previous params; a list of (to, from) arrays leaves biases NaN."""
    st = GraphState([2, 1], ["sigmoid"])
    assert st.delta_grids() is None  # nothing to compare with yet
    st.update(np.array([1.0, 2.0, 3.0]))
    st.update(np.array([1.5, 2.0, 2.0]))
    assert st.delta_grids()[0].tolist() == [[0.5, 0.0, -1.0]]
    st.update(np.array([1.5, 2.0, 2.0]), None, [np.array([[0.1, 0.2]])])
    d = st.delta_grids()[0]
    assert d[0, :2].tolist() == [0.1, 0.2] and np.isnan(d[0, 2])
    assert st.value_grids("gradient")[0].tolist() == [[0.1, 0.2, 0.0]]


def test_activations_of_another_architecture_are_ignored():
    """Activations whose sizes do not match the layers are dropped rather than crashing a paint."""
    st = GraphState([2, 2, 1], ["sigmoid", "sigmoid"])
    st.update(np.zeros(9), [np.zeros(3), np.zeros(2), np.zeros(1)])
    assert st.acts is None
    assert st.activation_range(1) == (0.0, 1.0)
