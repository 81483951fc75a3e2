"""The command line: `train`, `export` and `datasets`, everything the window does, without a display.

    python main.py train --dataset xor --hidden 2 --lr 0.5 --epochs 5000 --seed 1 --export xor.json
    python main.py export xor.json xor.onnx
    python main.py datasets

Progress goes to stderr (at most ~10 lines a second), final figures to stdout. Exit status 0 on
success, 1 with a one-line message on any refused input or diverged training, 2 on bad usage.
"""

from __future__ import annotations

import argparse
import sys
import time

import numpy as np

from core.checks.errors import BackpropStudioError, DataError
from core.data import class_indices, list_datasets, make_dataset
from core.engine.activations import ACTIVATIONS, HIDDEN_ACTIVATIONS
from core.engine.hyperparams import Hyperparams
from core.engine.losses import LOSSES
from core.engine.network import Network
from core.engine.weight_init import INIT_SCHEMES, InitSpec
from core.files.weights import WeightsBundle, check_compatible, load_weights, save_weights
from core.training.blas_threads import limit_blas_threads
from core.training.trainer import DIVERGED, RUNNING, StopConditions, Trainer

PROGRESS_INTERVAL = 0.1  # seconds between progress lines: at most ~10 lines a second


def build_parser() -> argparse.ArgumentParser:
    """The argparse parser with the train, export and datasets subcommands."""
    from core import __version__

    names = ", ".join(name for name, _ in list_datasets())
    p = argparse.ArgumentParser(prog="backprop-studio", description=(
        "Watch a neural network learn by backpropagation. Without a subcommand the window "
        "opens; with one, it runs headless."))
    p.add_argument("--version", action="version", version=f"backprop-studio {__version__}")
    sub = p.add_subparsers(dest="command", metavar="{train,export,datasets}")

    t = sub.add_parser("train", help="train a network and report (and save) the result",
                       description="Train a network by backpropagation without the window.")
    data = t.add_argument_group("data")
    src = data.add_mutually_exclusive_group()
    src.add_argument("--dataset", metavar="NAME", help=f"a named data set ({names}); default xor")
    src.add_argument("--csv", metavar="PATH", help="a CSV file: numeric inputs, a target column")
    data.add_argument("--target", action="append", metavar="COL",
                      help="CSV target column, name or 0-based index (default: the last column)")
    data.add_argument("--normalise", choices=("none", "standardise", "minmax"),
                      help="input normalisation (default: standardise for CSV, the set's own)")
    data.add_argument("--no-target-scaling", action="store_true",
                      help="keep regression targets as they are")
    data.add_argument("--train-fraction", type=float, metavar="F", help="share of rows to train on")
    data.add_argument("--points", type=int, metavar="N", help="samples in a synthetic data set")
    data.add_argument("--noise", type=float, metavar="X", help="noise of a synthetic data set")

    net = t.add_argument_group("network")
    net.add_argument("--hidden", action="append", metavar="N[,N...]",
                     help="hidden layer sizes, e.g. --hidden 4 --hidden 4 or --hidden 4,4 (default 2)")
    net.add_argument("--activation", choices=HIDDEN_ACTIVATIONS, help="hidden units (default sigmoid)")
    net.add_argument("--output-activation", choices=ACTIVATIONS, help="outputs (default sigmoid)")
    net.add_argument("--loss", choices=LOSSES, help="error measure (default sse, the seed's 1/2 SSE)")
    net.add_argument("--init", choices=INIT_SCHEMES, default="uniform", help="weight initialisation")
    net.add_argument("--init-range", type=float, default=1.0, metavar="R",
                     help="uniform init draws from (-R, R) (default 1)")
    net.add_argument("--weights", metavar="FILE", help="start from these weights (.json or .npz)")
    net.add_argument("--resume", metavar="SESSION", help="continue a saved session")

    tr = t.add_argument_group("training")
    tr.add_argument("--lr", type=float, default=0.5, metavar="ALPHA", help="learning rate (0.5)")
    tr.add_argument("--batch-size", type=int, default=1, help="1 = the seed's online updates")
    tr.add_argument("--momentum", type=float, default=0.0)
    tr.add_argument("--l2", type=float, default=0.0, help="L2 weight decay")
    tr.add_argument("--seed", type=int, default=1, help="seed for init, data and order (1)")
    order = tr.add_mutually_exclusive_group()
    order.add_argument("--shuffle", dest="shuffle", action="store_true",
                       help="a fresh random order each epoch")
    order.add_argument("--in-order", dest="shuffle", action="store_false",
                       help="samples in file order (the default)")
    length = tr.add_mutually_exclusive_group()
    length.add_argument("--epochs", type=int, metavar="N", help="train N epochs (default 1000)")
    length.add_argument("--samples", type=int, metavar="N", help="train N samples")
    tr.add_argument("--target-error", type=float, metavar="E",
                    help="stop when an epoch's mean E falls below E")
    out = t.add_argument_group("output")
    out.add_argument("--export", action="append", default=[], metavar="FILE",
                     help="save weights; format by extension .json .npz .csv .onnx (repeatable)")
    out.add_argument("--session", metavar="FILE", help="save a session to continue later")
    out.add_argument("--quiet", action="store_true", help="no progress lines")
    t.set_defaults(func=cmd_train, shuffle=False)

    e = sub.add_parser("export", help="convert a weights or session file to other formats",
                       description="Read weights (.json, .npz) or a session (.json) and write "
                                   "them as .json, .npz, .csv or .onnx.")
    e.add_argument("source", help="weights file (.json, .npz) or session file (.json)")
    e.add_argument("outputs", nargs="+", metavar="OUTPUT", help="files to write")
    e.set_defaults(func=cmd_export)

    d = sub.add_parser("datasets", help="list the named data sets",
                       description="List the data sets --dataset accepts.")
    d.set_defaults(func=cmd_datasets)
    return p


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 refused or diverged, 2 usage)."""
    parser = build_parser()
    try:
        args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as exc:  # --help, --version, or a usage error already printed
        return int(exc.code or 0)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return args.func(args)
    except (BackpropStudioError, ValueError, OSError) as exc:
        print(f"error: {' '.join(str(exc).split())}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: still one line on the command line, but say it is one
        print(f"error: unexpected {type(exc).__name__}: {' '.join(str(exc).split())} "
              f"(please report this)", file=sys.stderr)
        return 1


def cmd_datasets(args) -> int:
    for name, description in list_datasets():
        print(f"{name:16} {description}")
    return 0


def cmd_export(args) -> int:
    bundle = read_bundle(args.source)
    for path in args.outputs:
        save_weights(path, bundle)
        print(f"saved {path}")
    return 0


def read_bundle(path: str) -> WeightsBundle:
    """Weights from a weights file, or from a session file's trainer."""
    from core.checks.limits import MAX_FILE_BYTES
    from core.checks.validate import read_limited_bytes
    from core.files.weights_json import parse_json

    if path.lower().endswith(".json"):
        from core.files.session import FORMAT as SESSION
        from core.files.session import session_from_dict

        doc = parse_json(read_limited_bytes(path, MAX_FILE_BYTES), path)
        if isinstance(doc, dict) and doc.get("format") == SESSION:
            trainer, dataset = session_from_dict(doc, path)
            return WeightsBundle.from_trainer(trainer, dataset)
    return load_weights(path)


def cmd_train(args) -> int:
    trainer, dataset = setup_training(args)
    n = trainer.n_train
    if args.samples is not None:
        total = args.samples
    else:
        total = (1000 if args.epochs is None else args.epochs) * n
    if total < 0:
        raise DataError("the number of epochs or samples must not be negative")
    result = train(trainer, total, StopConditions(target_E=args.target_error), args.quiet)
    report(trainer, dataset, result)
    for path in args.export:
        save_weights(path, WeightsBundle.from_trainer(trainer, dataset))
        print(f"saved {path}")
    if args.session:
        from core.files.session import save_session

        save_session(args.session, trainer, dataset)
        print(f"saved {args.session}")
    if result is not None and result.status == DIVERGED:
        print(f"error: {result.message}", file=sys.stderr)
        return 1
    return 0


def setup_training(args) -> tuple[Trainer, object]:
    """Build (trainer, dataset) from the parsed options, refusing contradictions."""
    hp = Hyperparams(alpha=args.lr, batch_size=args.batch_size, momentum=args.momentum, l2=args.l2,
                     shuffle=args.shuffle, order_seed=args.seed)
    if args.resume:
        if args.weights or args.dataset or args.csv or args.hidden:
            raise DataError("--resume takes data, network and weights from the session; "
                            "do not combine it with --dataset, --csv, --hidden or --weights")
        from core.files.session import load_session

        notes: list[str] = []
        trainer, dataset = load_session(args.resume, notes=notes)
        for note in notes:  # e.g. which data file beside the session was read
            print(f"note: {note}", file=sys.stderr)
        trainer.set_hyperparams(hp)
        return trainer, dataset
    if args.seed < 0:
        raise DataError("--seed must be a non-negative integer")
    bundle = load_weights(args.weights) if args.weights else None
    hidden = parse_hidden(args.hidden)
    out_act = args.output_activation or (bundle.activations[-1] if bundle else "sigmoid")
    dataset = load_data(args, out_act)
    d, m = dataset.n_inputs, dataset.n_outputs
    if bundle is not None:
        acts = None
        if args.activation or args.output_activation:
            h = args.activation or bundle.activations[0]
            acts = (h,) * (len(bundle.sizes) - 2) + (out_act,)
        check_compatible(bundle, sizes=(d, *hidden, m) if hidden is not None else None,
                         activations=acts, loss=args.loss, n_inputs=d, n_outputs=m,
                         source=args.weights)
        _note_normalisation(bundle, dataset)
        net = bundle.to_network()
    else:
        hidden = [2] if hidden is None else hidden
        acts = (args.activation or "sigmoid",) * len(hidden) + (out_act,)
        net = Network((d, *hidden, m), acts, args.loss or "sse")
    init = InitSpec(args.init, args.init_range, args.seed)
    return Trainer(net, dataset, hp, init, initialise=bundle is None), dataset


def parse_hidden(values: list[str] | None) -> list[int] | None:
    """['4', '3,2'] -> [4, 3, 2]; None stays None (not given); '0' or 'none' means no hidden layer."""
    if values is None:
        return None
    sizes = []
    for v in values:
        for part in v.replace(" ", "").split(","):
            if part.lower() in ("0", "none", ""):
                continue
            if not part.isdigit():
                raise DataError(f"--hidden takes positive integers like 4 or 4,4, not {v!r}")
            sizes.append(int(part))
    return sizes


def load_data(args, output_activation: str):
    """The Dataset named by --dataset or --csv, made for the chosen output activation."""
    common = {"seed": args.seed, "output_activation": output_activation,
              "train_fraction": args.train_fraction}
    if args.csv:
        from core.data.csv_reader import load_csv

        if args.points is not None or args.noise is not None:
            raise DataError("--points and --noise are for synthetic data sets, not --csv")
        targets = None
        if args.target:
            targets = [int(t) if t.lstrip("-").isdigit() else t for t in args.target]
            targets = targets[0] if len(targets) == 1 else targets
        return load_csv(args.csv, targets=targets, normalise=args.normalise or "standardise",
                        scale_targets=not args.no_target_scaling,
                        **{**common, "train_fraction": args.train_fraction or 0.8})
    if args.target:
        raise DataError("--target is for --csv files")
    ds = make_dataset(args.dataset or "xor", n=args.points, noise=args.noise,
                      normalise=args.normalise, scale_targets=not args.no_target_scaling, **common)
    return ds


def train(trainer: Trainer, total: int, stop: StopConditions, quiet: bool):
    """Train `total` samples in growing chunks, printing progress to stderr at a bounded rate."""
    limit_blas_threads()
    done, chunk, result = 0, trainer.n_train, None
    last_print = time.perf_counter()
    while done < total:
        t0 = time.perf_counter()
        result = trainer.run(samples=min(chunk, total - done), stop=stop)
        done += result.samples
        if time.perf_counter() - t0 < 0.02:
            chunk = min(chunk * 2, 1 << 22)  # fewer, larger calls while each is quick
        now = time.perf_counter()
        finished = done >= total or result.status != RUNNING
        if not quiet and (now - last_print >= PROGRESS_INTERVAL or finished):
            last_print = now
            c = trainer.counters
            test = f"  test E {trainer.test_E:.6g}" if np.isfinite(trainer.test_E) else ""
            print(f"epoch {c.epoch}  samples {c.samples_seen}  E {trainer.last_epoch_E:.6g}{test}",
                  file=sys.stderr, flush=True)
        if result.status != RUNNING:
            break
    return result


def report(trainer: Trainer, dataset, result) -> None:
    """Final figures on stdout: network, data, counters, errors and accuracy."""
    with np.errstate(over="ignore", invalid="ignore"):  # a diverged net may overflow: inf is fine
        _report(trainer, dataset, result)


def _report(trainer: Trainer, dataset, result) -> None:
    net, c = trainer.network, trainer.counters
    print(f"network {'-'.join(map(str, net.sizes))} {'/'.join(net.activations)} loss {net.loss}")
    print(f"data {dataset.name}: {len(dataset.X_train)} training, {len(dataset.X_test)} test samples")
    print(f"epochs {c.epoch}  samples {c.samples_seen}")
    print(f"E train {trainer.mean_error(trainer.X, trainer.T):.6g}")
    if len(dataset.X_test):
        print(f"E test {trainer.mean_error(dataset.X_test, dataset.T_test):.6g}")
    if dataset.task == "classification":
        parts = []
        for what, X, T in (("train", dataset.X_train, dataset.T_train),
                           ("test", dataset.X_test, dataset.T_test)):
            if len(X):
                acc = np.mean(class_indices(net.forward(X)) == class_indices(T))
                parts.append(f"{what} {100 * acc:.1f}%")
        print("accuracy " + "  ".join(parts))
    if result is not None and result.message:
        print(result.message)


def _note_normalisation(bundle: WeightsBundle, dataset) -> None:
    norm = bundle.input_norm
    if norm is None or dataset.input_norm is None:
        return
    same = (norm.kind == dataset.input_norm.kind and np.allclose(norm.shift, dataset.input_norm.shift)
            and np.allclose(norm.scale, dataset.input_norm.scale))
    if not same:
        print(f"note: the weights were saved with {norm.kind} input normalisation; the data now "
              f"uses {dataset.input_norm.kind} (as fitted now)", file=sys.stderr)
