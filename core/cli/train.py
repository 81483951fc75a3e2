"""`python main.py train`: build a trainer from the options (or a session), train it with bounded
progress output, report the figures and write the requested outputs."""

from __future__ import annotations

import sys
import time

import numpy as np

from core.checks.errors import DataError
from core.cli.outputs import check_outputs, weights_output, write_all
from core.data import class_indices, make_dataset
from core.engine.hyperparams import Hyperparams
from core.engine.network import Network
from core.engine.weight_init import InitSpec
from core.files.weights import WeightsBundle, check_compatible, load_weights
from core.i18n import translate
from core.training.blas_threads import limit_blas_threads
from core.training.presets import SEED, preset_for
from core.training.trainer import DIVERGED, RUNNING, StopConditions, Trainer

PROGRESS_INTERVAL = 0.1  # seconds between progress lines: at most ~10 lines a second


def cmd_train(args) -> int:
    if check_outputs(args.export, args.session, args.force):  # refused before the data is read
        return 1
    trainer, dataset = setup_training(args)
    n = trainer.n_train
    if args.samples is not None:
        total = args.samples
    else:
        total = (1000 if args.epochs is None else args.epochs) * n
    if total < 0:
        raise DataError(translate("Cli", "the number of epochs or samples must not be negative"))
    result = train(trainer, total, StopConditions(target_E=args.target_error), args.quiet)
    report(trainer, dataset, result)
    failed = write_all(outputs(args, trainer, dataset))
    if result is not None and result.status == DIVERGED:
        print(translate("Cli", "error: {message}").format(message=result.message), file=sys.stderr)
        return 1
    return 1 if failed else 0


def outputs(args, trainer: Trainer, dataset) -> list:
    """(path, write) for each --export and the --session, in the order given."""
    from core.files.session import save_session

    bundle = WeightsBundle.from_trainer(trainer, dataset)
    todo = [weights_output(path, bundle, args.force, trainer) for path in args.export]
    if args.session:
        embed = False if args.session_data == "reference" else None  # None: CSV data embedded
        todo.append((args.session, lambda: save_session(args.session, trainer, dataset, embed,
                                                        replace_read_only=args.force)))
    return todo


NEW_RUN = {"batch_size": 1, "momentum": 0.0, "l2": 0.0, "seed": 1}  # a new run's defaults


def setup_training(args) -> tuple[Trainer, object]:
    """Build (trainer, dataset) from the parsed options, refusing contradictions."""
    # the data set's preset fills what the options leave unsaid (weights still decide the network)
    preset = SEED if args.csv or args.resume else (preset_for(args.dataset or "xor") or SEED)
    if args.resume:
        if args.weights or args.dataset or args.csv or args.hidden:
            raise DataError(translate("Cli", "--resume takes data, network and weights from the session; "
                            "do not combine it with --dataset, --csv, --hidden or --weights"))
        from core.files.session import load_session

        notes: list[str] = []
        trainer, dataset = load_session(args.resume, notes=notes)
        for note in notes:  # e.g. which data file beside the session was read
            print(f"note: {note}", file=sys.stderr)
        # what the options leave unsaid continues as the session was trained
        was = trainer.hp
        given = {"alpha": args.lr, "batch_size": args.batch_size, "momentum": args.momentum, "l2": args.l2,
                 "shuffle": args.shuffle, "order_seed": args.seed}  # fmt: skip
        trainer.set_hyperparams(was.with_(**{k: v for k, v in given.items() if v is not None}))
        if args.batch_size is not None:
            _note_batch_size(trainer.hp.batch_size, len(dataset.X_train))
        return trainer, dataset
    for name, default in NEW_RUN.items():
        if getattr(args, name) is None:
            setattr(args, name, default)
    if args.seed < 0:
        raise DataError(translate("Cli", "--seed must be a non-negative integer"))
    hp = Hyperparams(alpha=preset.alpha if args.lr is None else args.lr,
                     batch_size=args.batch_size, momentum=args.momentum, l2=args.l2,
                     shuffle=preset.shuffle if args.shuffle is None else args.shuffle,
                     order_seed=args.seed)
    bundle = load_weights(args.weights) if args.weights else None
    hidden = parse_hidden(args.hidden)
    out_act = args.output_activation or (bundle.activations[-1] if bundle else
                                         preset.output_activation)
    dataset = load_data(args, out_act)
    if args.csv and args.shuffle is None:
        _note_sorted(dataset, args.csv)
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
        hidden = list(preset.hidden) if hidden is None else hidden
        acts = (args.activation or preset.hidden_activation,) * len(hidden) + (out_act,)
        net = Network((d, *hidden, m), acts, args.loss or preset.loss)
    init = InitSpec(args.init, args.init_range, args.seed)
    _note_batch_size(hp.batch_size, len(dataset.X_train))
    return Trainer(net, dataset, hp, init, initialise=bundle is None), dataset


def _note_batch_size(batch_size: int, n_train: int) -> None:
    """A batch larger than the training set is cut at each epoch's end: say so."""
    if batch_size > n_train:
        print(translate("Cli", "note: batch size {batch} is larger than the {n} training samples: every "
                        "update uses the whole epoch (full-batch gradient descent, B = {n})").format(
                            batch=f"{batch_size:,}", n=f"{n_train:,}"), file=sys.stderr)


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
                raise DataError(translate(
                    "Cli", "--hidden takes positive integers like 4 or 4,4, not {value!r}").format(
                    value=v))
            sizes.append(int(part))
    return sizes


def load_data(args, output_activation: str):
    """The Dataset named by --dataset or --csv, made for the chosen output activation."""
    common = {"seed": args.seed, "output_activation": output_activation,
              "train_fraction": args.train_fraction}
    if args.csv:
        from core.data.csv_reader import load_csv
        from core.files.kind import refuse_weights_table

        refuse_weights_table(args.csv)
        if args.points is not None or args.noise is not None:
            raise DataError(translate("Cli", "--points and --noise are for synthetic data sets, not --csv"))
        targets = None
        if args.target:
            targets = [int(t) if t.lstrip("-").isdigit() else t for t in args.target]
            targets = targets[0] if len(targets) == 1 else targets
        return load_csv(args.csv, targets=targets, normalise=args.normalise or "standardise",
                        scale_targets=not args.no_target_scaling,
                        **{**common, "train_fraction": args.train_fraction or 0.8})
    if args.target:
        raise DataError(translate("Cli", "--target is for --csv files"))
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
            line = translate("Cli", "epoch {epoch}  samples {samples}  epoch-mean E {E}").format(
                epoch=c.epoch, samples=c.samples_seen, E=f"{trainer.last_epoch_E:.6g}")
            if np.isfinite(trainer.test_E):
                line += "  " + translate("Cli", "test E {E}").format(E=f"{trainer.test_E:.6g}")
            print(line, file=sys.stderr, flush=True)
        if result.status != RUNNING:
            break
    return result


def report(trainer: Trainer, dataset, result) -> None:
    """Final figures on stdout: network, data, counters, errors and accuracy."""
    with np.errstate(over="ignore", invalid="ignore"):  # a diverged net may overflow: inf is fine
        _report(trainer, dataset, result)


def _report(trainer: Trainer, dataset, result) -> None:
    net, c = trainer.network, trainer.counters
    print(translate("Cli", "network {shape} {activations} loss {loss}").format(
        shape="-".join(map(str, net.sizes)), activations="/".join(net.activations), loss=net.loss))
    print(translate("Cli", "data {name}: {train} training, {test} test samples").format(
        name=dataset.name, train=len(dataset.X_train), test=len(dataset.X_test)))
    print(translate("Cli", "epochs {epoch}  samples {samples}").format(epoch=c.epoch, samples=c.samples_seen))
    # with the final weights (the progress lines' E is the last epoch's mean, as it was trained)
    print(translate("Cli", "E train {E} (final weights)").format(E=f"{trainer.mean_error(trainer.X, trainer.T):.6g}"))
    if len(dataset.X_test):
        print(translate("Cli", "E test {E}").format(E=f"{trainer.mean_error(dataset.X_test, dataset.T_test):.6g}"))
    if dataset.task == "classification":
        parts = []
        for what, X, T in ((translate("Cli", "train {percent}"), dataset.X_train, dataset.T_train),
                           (translate("Cli", "test {percent}"), dataset.X_test, dataset.T_test)):
            if len(X):
                acc = np.mean(class_indices(net.forward(X)) == class_indices(T))
                parts.append(what.format(percent=f"{100 * acc:.1f}%"))
        print(translate("Cli", "accuracy {parts}").format(parts="  ".join(parts)))
    else:
        from core.teaching.metrics import r2

        parts = [what.format(value=f"{r2(net.forward(X), T, dataset.target_scaling):.3f}")
                 for what, X, T in ((translate("Cli", "train {value}"), dataset.X_train, dataset.T_train),
                                    (translate("Cli", "test {value}"), dataset.X_test, dataset.T_test)) if len(X)]
        print(translate("Cli", "R² {parts}").format(parts="  ".join(parts)))
    if result is not None and result.message and result.status != DIVERGED:  # that one is the error line
        print(result.message)


def _note_sorted(dataset, path: str) -> None:
    """Say so when a file's rows come sorted by their target and will be visited in that order."""
    from core.data.ordering import sorted_by_target

    found = sorted_by_target(dataset)
    if found is None:
        return
    how = (translate("Cli", "up to {count} rows of one class in a row").format(count=found.longest)
           if found.kind == "classes" else translate("Cli", "neighbouring rows have alike targets"))
    print(translate("Cli", "note: {path} is sorted by its target ({how}); online learning in that order forgets one "
                    "end for the other: --shuffle visits the rows in a new order each epoch").format(
              path=path, how=how), file=sys.stderr)


def _note_normalisation(bundle: WeightsBundle, dataset) -> None:
    norm = bundle.input_norm
    if norm is None or dataset.input_norm is None:
        return
    same = (norm.kind == dataset.input_norm.kind and np.allclose(norm.shift, dataset.input_norm.shift)
            and np.allclose(norm.scale, dataset.input_norm.scale))
    if not same:
        print(translate("Cli", "note: the weights were saved with {saved} input normalisation; the data now uses "
                        "{now} (as fitted now)").format(saved=norm.kind, now=dataset.input_norm.kind), file=sys.stderr)
