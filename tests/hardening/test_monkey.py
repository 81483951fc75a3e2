"""A monkey at the window (gui/window/main_window.py and everything it holds): 2,000 seeded random user
actions while training runs — play, pause, steps, reset, new init, every control at random values
including its extremes, data sets and architectures, good and bad files through the patched file
dialogs, exports. Afterwards: no exception, no Qt warning (pytest's qt_log_level_fail), no
unexpected-problem dialog, and the engine trains with exactly the architecture and
hyperparameters the controls show."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import numpy as np
import pytest

from core.engine.hyperparams import Hyperparams
from core.engine.network import Network
from core.files.session import save_session
from core.files.weights import WeightsBundle, save_weights
from core.studio.experiment import Experiment, build_dataset, build_trainer
from core.studio.frame import FrameEvent
from gui.window import dialogs
from gui.window.files import file_actions as files
from gui.window.main_window import MainWindow
from gui.window.settings import Settings

ACTIONS = 2_000
SEED = 20_240_611
EXPECTED_TITLES = ("Could not", "Training diverged")  # refusals of bad files, a too-large α


def _files(tmp_path) -> tuple[list[str], list[str]]:
    """Good and bad files to open, and paths to save to (one in a folder that does not exist)."""
    good_csv = tmp_path / "good.csv"
    good_csv.write_text("x1,x2,label\n" + "".join(f"{i % 7},{(i * 3) % 5},{'ab'[i % 2]}\n"
                                                   for i in range(30)))
    (tmp_path / "bad.csv").write_bytes(b"\x00\xff junk \x89PNG")
    (tmp_path / "ragged.csv").write_text("a,b,c\n1,2\n3,4,5\n")
    (tmp_path / "huge-int.json").write_text('{"format": "backprop-studio-weights", "version": '
                                            + "9" * 5000 + "}")
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (tmp_path / "junk.npz").write_bytes(b"PK\x03\x04 not a zip")
    for name, sizes, acts in (("w221", (2, 2, 1), ("sigmoid", "sigmoid")),
                              ("w2331", (2, 3, 3, 1), ("tanh", "tanh", "sigmoid")),
                              ("w4_3", (4, 3), ("softmax",))):
        net = Network(sizes, acts, "sse" if acts[-1] != "softmax" else "cross_entropy")
        net.params[:] = np.linspace(-1, 1, net.n_params)
        for ext in ("json", "npz"):
            save_weights(tmp_path / f"{name}.{ext}", WeightsBundle.from_network(net))
    exp = Experiment(hp=Hyperparams(alpha=0.3, batch_size=2, momentum=0.5))
    ds = build_dataset(exp.data, exp.arch.output_activation)
    trainer = build_trainer(exp, ds)
    trainer.run(samples=50)
    save_session(tmp_path / "session.json", trainer, ds)
    wild = Experiment(hp=Hyperparams(alpha=5000.0, batch_size=5000, momentum=0.995))  # e.g. from the CLI
    save_session(tmp_path / "session-beyond-controls.json", build_trainer(wild, ds), ds)
    doc = json.loads((tmp_path / "session.json").read_text())
    doc["params"] = doc["params"][:-1]
    (tmp_path / "bad-session.json").write_text(json.dumps(doc))
    opens = [str(p) for p in sorted(tmp_path.iterdir()) if p.is_file()] + [str(tmp_path / "gone.csv"), ""]
    saves = [str(tmp_path / f"out.{ext}") for ext in ("json", "npz", "csv", "onnx", "png", "svg", "txt")]
    saves += [str(tmp_path / "no-such-folder" / "out.json"), str(tmp_path), ""]
    return opens, saves


def _extreme(rng: random.Random, lo: float, hi: float, log: bool = False) -> float:
    """lo, hi or a random value in between (log-uniform if `log`)."""
    pick = rng.random()
    if pick < 0.2:
        return lo
    if pick < 0.4:
        return hi
    return lo * (hi / lo) ** rng.random() if log else rng.uniform(lo, hi)


def _actions(w: MainWindow, opens: list[str], saves: list[str]):
    """(weight, name, action(rng)) for everything a user can do. Actions that rebuild the network
    (~0.1 s each, mostly the teaching views) are rarer (~170 of the 2,000), to fit the CI budget."""
    c, ta, fa = w.controls, w.training_actions, w.file_actions
    tb, nb, db = c.training_box, c.network_box, c.data_box

    def units(rng):
        spins = nb.unit_spins()
        if spins:
            rng.choice(spins).setValue(rng.choice([1, 2, 3, 4, 8, 16, 32, 512]))

    def combo(box):
        return lambda rng: box.setCurrentIndex(rng.randrange(box.count()))

    return [
        (10, "play/pause", lambda rng: ta.play.trigger()),
        (4, "step sample", lambda rng: ta.step_sample.trigger()),
        (3, "step epoch", lambda rng: ta.step_epoch.trigger()),
        (3, "reset", lambda rng: ta.reset.trigger()),
        (0.5, "new init", lambda rng: ta.new_init.trigger()),
        (8, "alpha box", lambda rng: tb.alpha.box.setValue(_extreme(rng, 1e-4, 1000.0, log=True))),
        (5, "alpha slider", lambda rng: tb.alpha.slider.setValue(
            rng.randint(tb.alpha.slider.minimum(), tb.alpha.slider.maximum()))),
        (5, "batch", lambda rng: tb.batch_spin.setValue(int(_extreme(rng, 1, 4096, log=True)))),
        (5, "momentum", lambda rng: tb.momentum_spin.setValue(_extreme(rng, 0.0, 0.99))),
        (5, "L2", lambda rng: tb.l2_spin.setValue(_extreme(rng, 0.0, 1.0))),
        (3, "shuffle", lambda rng: tb.shuffle_box.toggle()),
        (0.25, "init scheme", combo(tb.init_combo)),
        (0.25, "init r", lambda rng: tb.range_spin.setValue(_extreme(rng, 0.01, 10.0))),
        (0.25, "init seed", lambda rng: tb.seed_spin.setValue(rng.choice([0, 1, 7, 1_000_000]))),
        (0.5, "hidden layers", lambda rng: nb.layers_spin.setValue(rng.randint(0, 6))),
        (0.75, "units", units),
        (0.5, "hidden act.", combo(nb.hidden_combo)),
        (0.5, "output act.", combo(nb.output_combo)),
        (0.5, "loss", combo(nb.loss_combo)),
        (0.5, "data set", lambda rng: db.dataset_combo.setCurrentIndex(
            rng.randrange(db.dataset_combo.count()))),
        (0.25, "samples", lambda rng: db.samples_spin.setValue(int(_extreme(rng, 4, 2000, log=True)))),
        (0.25, "noise", lambda rng: db.noise_spin.setValue(_extreme(rng, 0.0, 1.0))),
        (0.25, "train %", lambda rng: db.train_spin.setValue(int(_extreme(rng, 10, 100)))),
        (0.25, "regenerate", lambda rng: db.regenerate_button.click()),
        (4, "speed", lambda rng: c.speed_box.slider.setValue(rng.randint(0, c.speed_box.slider.maximum()))),
        (0.5, "load CSV", lambda rng: fa.load_csv()),
        (0.5, "import weights", lambda rng: fa.import_weights()),
        (0.5, "open session", lambda rng: fa.open_session()),
        (0.5, "save session", lambda rng: fa.save_session()),
        (0.5, "export weights", lambda rng: fa.export_weights(rng.choice(["json", "npz", "csv", "onnx"]))),
        (0.15, "export picture", lambda rng: fa.export_picture(rng.choice(["graph", "plot"]),
                                                               rng.choice(["png", "svg"]))),
        (0.5, "export history", lambda rng: fa.export_history()),
    ]


def controls_state(w: MainWindow) -> tuple[tuple, tuple, str, Hyperparams]:
    """(sizes, activations, loss, hyperparameters) as the controls show them."""
    tb, nb = w.controls.training_box, w.controls.network_box
    ds = w.studio.dataset
    hidden = tuple(s.value() for s in nb.unit_spins())
    assert len(hidden) == nb.layers_spin.value()
    acts = (nb.hidden_combo.currentData(),) * len(hidden) + (nb.output_combo.currentData(),)
    hp = w.studio.experiment.hp.with_(
        alpha=tb.alpha.value(), batch_size=tb.batch_spin.value(), momentum=tb.momentum_spin.value(),
        l2=tb.l2_spin.value(), shuffle=tb.shuffle_box.isChecked())
    return (ds.n_inputs, *hidden, ds.n_outputs), acts, nb.loss_combo.currentData(), hp


def test_monkey_cannot_break_the_window(qtbot, tmp_path, monkeypatch):
    """2,000 random actions: nothing crashes, nothing unexpected is reported, and the engine's
    architecture and hyperparameters equal what the controls show."""
    opens, saves = _files(tmp_path)
    rng = random.Random(SEED)
    monkeypatch.setattr(files, "ask_open_path", lambda *a: rng.choice(opens))
    monkeypatch.setattr(files, "ask_save_path", lambda *a: rng.choice(saves))
    problems: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_problem", lambda parent, title, msg: problems.append((title, msg)))
    w = MainWindow(Settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.studio.frame is not None, timeout=5000)
    uncaught: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda t, e, tb: uncaught.append(e))

    actions = _actions(w, opens, saves)
    weights = [a[0] for a in actions]
    log = []
    for i in range(ACTIONS):
        _, name, act = rng.choices(actions, weights)[0]
        log.append(name)
        act(rng)
        if w.background.busy:  # a file read on the worker: the user watches its progress bar
            qtbot.waitUntil(lambda: not w.background.busy, timeout=20_000)
        if i % 25 == 0:
            qtbot.wait(1)  # let frames from the worker arrive, as they would between clicks

    w.studio.pause()
    sizes, acts, loss, hp = controls_state(w)

    def engine_matches():
        f = w.studio.frame
        return (f is not None and f.generation == w.studio._generation and not f.playing
                and f.snapshot.sizes == sizes and f.snapshot.activations == acts
                and f.snapshot.loss == loss and f.hp == hp)

    try:
        qtbot.waitUntil(engine_matches, timeout=10_000)
    except AssertionError:
        f = w.studio.frame
        pytest.fail(f"engine {f.snapshot.sizes} {f.snapshot.activations} {f.snapshot.loss} {f.hp} "
                    f"!= controls {sizes} {acts} {loss} {hp}; last actions {log[-8:]}")
    unexpected = [p for p in problems if not p[0].startswith(EXPECTED_TITLES)]
    assert not uncaught and not unexpected, (uncaught, unexpected[:5])
    assert len(set(log)) == len(actions)  # every kind of action was tried
    assert any(t.startswith("Could not") for t, _ in problems)  # bad files were refused, politely
    # and the window still trains
    before = w.studio.frame.snapshot.samples_seen
    w.controls.speed_box.set_speed(None)
    w.studio.play()
    qtbot.waitUntil(lambda: w.studio.frame.snapshot.samples_seen > before, timeout=5000)
    w.close()


def test_session_beyond_the_controls_range_trains_with_what_they_show(qtbot, tmp_path, monkeypatch):
    """α = 5000, batch 5000, momentum 0.995 (possible from the command line) cannot be shown: the
    engine then uses the clamped values the controls show, and the status bar says so."""
    _files(tmp_path)
    monkeypatch.setattr(files, "ask_open_path", lambda *a: str(tmp_path / "session-beyond-controls.json"))
    w = MainWindow(Settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(w)
    w.show()
    w.file_actions.open_session()
    qtbot.waitUntil(lambda: not w.background.busy, timeout=10_000)
    _, _, _, shown = controls_state(w)
    assert (shown.alpha, shown.batch_size, shown.momentum) == (1000.0, 4096, 0.99)
    qtbot.waitUntil(lambda: w.studio.frame is not None and w.studio.frame.generation == 1
                    and w.studio.frame.hp == shown, timeout=5000)
    qtbot.waitUntil(lambda: "α 5000 → 1000" in w.statusBar().currentMessage(), timeout=2000)
    w.close()


@pytest.mark.parametrize("action", ["load_csv", "import_weights", "open_session"])
def test_a_bad_file_changes_nothing(qtbot, tmp_path, monkeypatch, action):
    """Every bad file through every open action: refused in words, experiment and weights as before."""
    opens, _ = _files(tmp_path)
    bad = [p for p in opens
           if any(s in Path(p).name for s in ("bad", "ragged", "huge-int", "deep", "junk", "gone"))]
    assert len(bad) == 7
    problems = []
    monkeypatch.setattr(dialogs, "show_problem", lambda p, title, msg: problems.append(title))
    w = MainWindow(Settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(w)
    w.show()
    w.studio.step_epoch()
    qtbot.waitUntil(lambda: w.studio.frame is not None and w.studio.frame.snapshot.samples_seen == 4,
                    timeout=5000)
    before_exp, before_params = w.studio.experiment, w.studio.frame.snapshot.params.copy()
    for path in bad:
        monkeypatch.setattr(files, "ask_open_path", lambda *a, p=path: p)
        shown = len(problems)
        getattr(w.file_actions, action)()
        qtbot.waitUntil(lambda: not w.background.busy, timeout=10_000)
        said = len(problems) > shown or w.statusBar().currentMessage().startswith("Not changed")
        assert said, path
    w.studio.pause()
    qtbot.waitUntil(lambda: w.studio.frame.event is FrameEvent.PAUSED, timeout=5000)
    assert w.studio.experiment == before_exp and w.studio._generation == 0
    np.testing.assert_array_equal(w.studio.frame.snapshot.params, before_params)
    w.close()
