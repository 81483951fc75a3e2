"""The argparse parser of `python main.py train|export|datasets`: every option, its help and default."""

from __future__ import annotations

import argparse

from core.data import list_datasets
from core.engine.activations import ACTIVATIONS, HIDDEN_ACTIVATIONS
from core.engine.losses import LOSSES
from core.engine.weight_init import INIT_SCHEMES
from core.i18n import QT_TRANSLATE_NOOP, translate

FORCE_HELP = QT_TRANSLATE_NOOP("Cli", "replace read-only output files (without it they are refused)")


def build_parser() -> argparse.ArgumentParser:
    """The parser with the train, export and datasets subcommands (`args.command` names it)."""
    from core import __version__

    names = ", ".join(name for name, _ in list_datasets())
    p = argparse.ArgumentParser(prog="backprop-studio", description=translate(
        "Cli", "Watch a neural network learn by backpropagation. Without a subcommand the window opens; with "
        "one, it runs headless."))
    p.add_argument("--version", action="version", version=f"backprop-studio {__version__}",
                   help=translate("Cli", "show the version and exit"))
    sub = p.add_subparsers(dest="command", metavar="{train,export,datasets}")

    t = sub.add_parser("train", help=translate("Cli", "train a network and report (and save) the result"),
                       description=translate("Cli", "Train a network by backpropagation without the window."))
    data = t.add_argument_group(translate("Cli", "data"))
    src = data.add_mutually_exclusive_group()
    src.add_argument("--dataset", metavar="NAME", help=f"a named data set ({names}); default xor. "
                     "Its preset (network, α, shuffle; see docs/presets.md) applies to whatever "
                     "the options below leave unsaid")
    src.add_argument("--csv", metavar="PATH", help=translate("Cli", "a CSV file: numeric inputs, a target column"))
    data.add_argument("--target", action="append", metavar="COL",
                      help=translate("Cli", "CSV target column, name or 0-based index (default: a column headed "
                                            "label, target or class, else the last column)"))
    data.add_argument("--normalise", choices=("none", "standardise", "minmax"),
                      help=translate("Cli", "input normalisation (default: standardise for CSV, the set's own)"))
    data.add_argument("--no-target-scaling", action="store_true",
                      help=translate("Cli", "keep regression targets as they are"))
    data.add_argument("--train-fraction", type=float, metavar="F", help=translate("Cli", "share of rows to train on"))
    data.add_argument("--points", type=int, metavar="N", help=translate("Cli", "samples in a synthetic data set"))
    data.add_argument("--noise", type=float, metavar="X", help=translate("Cli", "noise of a synthetic data set"))

    net = t.add_argument_group(translate("Cli", "network"))
    net.add_argument("--hidden", action="append", metavar="N[,N...]",
                     help=translate("Cli", "hidden layer sizes, e.g. --hidden 4 --hidden 4 or --hidden 4,4 "
                                    "(default: the data set's preset; 2 for a CSV)"))
    net.add_argument("--activation", choices=HIDDEN_ACTIVATIONS, help=translate(
        "Cli", "hidden units (default: the preset's)"))
    net.add_argument("--output-activation", choices=ACTIVATIONS, help=translate(
        "Cli", "outputs (default: the preset's)"))
    net.add_argument("--loss", choices=LOSSES, help=translate("Cli", "error measure (default sse, the seed's 1/2 SSE)"))
    net.add_argument("--init", choices=INIT_SCHEMES, default="uniform", help=translate("Cli", "weight initialisation"))
    net.add_argument("--init-range", type=float, default=1.0, metavar="R",
                     help=translate("Cli", "uniform init draws from (-R, R) (default 1)"))
    net.add_argument("--weights", metavar="FILE", help=translate("Cli", "start from these weights (.json or .npz)"))
    net.add_argument("--resume", metavar="SESSION", help=translate("Cli", "continue a saved session"))

    tr = t.add_argument_group(translate("Cli", "training"))
    tr.add_argument("--lr", type=float, metavar="ALPHA",
                    help=translate("Cli", "learning rate (default: the preset's; 0.5 for xor and a CSV)"))
    # batch size, μ, λ and seed default to None: a resumed session keeps its own unless given
    # (core/cli/train.py's NEW_RUN fills them for a new run)
    tr.add_argument("--batch-size", type=int, default=None, metavar="B",
                    help=translate("Cli", "samples per update: 1 = the seed's online updates (default)"))
    tr.add_argument("--momentum", type=float, default=None, metavar="MU",
                    help=translate("Cli", "momentum μ in [0, 1): v ← μ v + α (G/B − λ W), W ← W + v (default 0)"))
    tr.add_argument("--l2", type=float, default=None, metavar="LAMBDA",
                    help=translate("Cli", "L2 weight decay λ, not on biases (default 0)"))
    tr.add_argument("--seed", type=int, default=None, metavar="N",
                    help=translate("Cli", "seed for init, data and order (1)"))
    order = tr.add_mutually_exclusive_group()
    order.add_argument("--shuffle", dest="shuffle", action="store_true",
                       help=translate("Cli", "a fresh random order each epoch (the preset's choice unless "
                            "--shuffle or --in-order is given)"))
    order.add_argument("--in-order", dest="shuffle", action="store_false",
                       help=translate("Cli", "samples in file order (xor's and a CSV's default)"))
    length = tr.add_mutually_exclusive_group()
    length.add_argument("--epochs", type=int, metavar="N", help=translate("Cli", "train N epochs (default 1000)"))
    length.add_argument("--samples", type=int, metavar="N", help=translate("Cli", "train N samples"))
    tr.add_argument("--target-error", type=float, metavar="E",
                    help=translate("Cli", "stop when an epoch's mean E falls below E"))
    out = t.add_argument_group(translate("Cli", "output"))
    out.add_argument("--export", action="append", default=[], metavar="FILE",
                     help=translate("Cli", "save weights; format by extension .json .npz .csv .onnx, or .py for "
                          "a PyTorch script with the weights and data beside it (repeatable)"))
    out.add_argument("--session", metavar="FILE", help=translate("Cli", "save a session to continue later"))
    out.add_argument("--session-data", choices=("embed", "reference"), default="embed",
                     help=translate("Cli", "a CSV's data in the session (default; big data as .npy in a zip), or "
                          "only its path and SHA-256 (keep the CSV beside the session)"))
    out.add_argument("--force", action="store_true", help=translate("Cli", FORCE_HELP))
    out.add_argument("--quiet", action="store_true", help=translate("Cli", "no progress lines"))
    t.set_defaults(shuffle=None)  # None: the preset's (or the session's) choice

    e = sub.add_parser("export", help=translate("Cli", "convert a weights or session file to other formats"),
                       description=translate("Cli", "Read weights (.json, .npz) or a session (.json) and write "
                                   "them as .json, .npz, .csv or .onnx, or as a PyTorch script (.py)."))
    e.add_argument("source", help=translate("Cli", "weights file (.json, .npz) or session file (.json)"))
    e.add_argument("outputs", nargs="+", metavar="OUTPUT", help=translate("Cli", "files to write"))
    e.add_argument("--force", action="store_true", help=translate("Cli", FORCE_HELP))

    sub.add_parser("datasets", help=translate("Cli", "list the named data sets"),
                   description=translate("Cli", "List the data sets --dataset accepts."))
    return p
