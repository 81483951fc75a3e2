"""Tests for core/cli/arguments.py: the parser's subcommands and the options this layer owns."""

from core.cli.arguments import build_parser


def test_subcommands_and_defaults():
    """train, export and datasets parse; train's α, order, batch size, μ, λ and seed are left unsaid
    (None): the data set's preset fills α and the order (xor's is the seed's α 0.5, in order),
    core/cli/train.py's NEW_RUN the rest (online, seed 1), and a resumed session keeps its own."""
    p = build_parser()
    t = p.parse_args(["train"])
    assert (t.command, t.lr, t.shuffle, t.batch_size, t.momentum, t.l2, t.seed, t.export, t.session, t.force) == (
        "train", None, None, None, None, None, None, [], None, False)
    assert p.parse_args(["train", "--in-order"]).shuffle is False
    e = p.parse_args(["export", "a.json", "b.npz", "c.csv"])
    assert (e.command, e.source, e.outputs, e.force) == ("export", "a.json", ["b.npz", "c.csv"], False)
    assert p.parse_args(["datasets"]).command == "datasets"


def test_force_is_accepted_by_both_writing_commands():
    """--force (replace read-only outputs) is an option of train and of export."""
    p = build_parser()
    assert p.parse_args(["train", "--force", "--export", "w.json"]).force
    assert p.parse_args(["export", "a.json", "b.json", "--force"]).force
