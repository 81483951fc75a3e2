"""The main window: the network graph in the centre, the E plot below it, the controls on the left,
the Learn panel (derivation, what units learned, weights, metrics) on the right, the training and
teaching actions in the toolbar and the run's numbers in the status bar.

It owns the Studio (the model) and hands it to every view; it shuts the worker down on close.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from core.i18n import sentence
from core.studio.experiment import Experiment
from gui.controls import ControlPanel
from gui.graph.feed import GraphFeed
from gui.graph.view import NetworkGraphView
from gui.i18n import language
from gui.learn.panel import LearnPanel
from gui.plot.error_plot import ErrorPlot
from gui.studio.background import BackgroundJobs
from gui.studio.studio import SPEEDS, Studio
from gui.window import dialogs
from gui.window.actions import TrainingActions
from gui.window.app_icon import app_icon
from gui.window.files.drop import FileDropTarget
from gui.window.files.file_menu import FileActions
from gui.window.menus import build_menus
from gui.window.practice_actions import PracticeActions
from gui.window.settings import Settings, describe_problem
from gui.window.status_numbers import StatusNumbers
from gui.window.teaching_actions import TeachingActions

LEARN_MIN, LEARN_MAX_SHARE = 300, 0.4  # the Learn panel's width: pixels at least, share at most
DEFAULT_SPEED = 1000  # samples/s: the seed's XOR is learnt in about 5 s, slow enough to watch


class MainWindow(FileDropTarget, QtWidgets.QMainWindow):
    """Backprop Studio's window. `settings` decides where preferences are kept (tests: a tmp file)."""

    def __init__(self, settings: Settings | None = None, studio: Studio | None = None):
        language.ensure_applied()  # before any widget exists: no LanguageChange reaches a half-built window
        super().__init__()
        self.settings = settings or Settings()
        self.studio = studio or self._studio_from_settings()
        try:
            self._build()
        except BaseException:
            self.studio.shutdown(1000)  # never leave the training thread running behind a failure
            raise

    def _build(self) -> None:
        self._warmed_up = False
        self.setWindowTitle("Backprop Studio")  # the name, the same in every language
        self.setAcceptDrops(True)  # drop a session, weights or CSV file to open it
        self._status: tuple[str, str, int] = ("", "", 0)  # full text, shown text, timeout
        self.setWindowIcon(app_icon())
        self._dialogs: list[QtWidgets.QDialog] = []

        exp = self.studio.experiment
        self.graph_view = NetworkGraphView(self.studio.sizes, exp.arch.activations())
        self.error_plot = ErrorPlot(self.studio)
        self.controls = ControlPanel(self.studio)
        splitter = QtWidgets.QSplitter(QtCore.Qt.Orientation.Vertical)
        splitter.addWidget(self.graph_view)
        splitter.addWidget(self.error_plot)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self.setCentralWidget(splitter)
        dock = QtWidgets.QDockWidget(self)
        self.controls_dock = dock
        dock.setObjectName("controls")
        dock.setWidget(self.controls)
        dock.setFeatures(QtWidgets.QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(QtCore.Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self.learn_panel = LearnPanel(self.studio)
        self.learn_dock = QtWidgets.QDockWidget(self)
        self.learn_dock.setObjectName("learn")
        self.learn_dock.setWidget(self.learn_panel)
        self.learn_dock.setFeatures(QtWidgets.QDockWidget.DockWidgetFeature.DockWidgetMovable
                                    | QtWidgets.QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(QtCore.Qt.DockWidgetArea.RightDockWidgetArea, self.learn_dock)
        # every tab stays in view: titles shorten (…) rather than hide behind scroll arrows
        self.learn_panel.setUsesScrollButtons(False)
        self.learn_panel.setElideMode(QtCore.Qt.TextElideMode.ElideRight)
        self.learn_panel.tabBar().setStyleSheet("QTabBar::tab { padding: 4px 8px; }")  # 4 fit in 300 px
        self.graph_feed = GraphFeed(self.studio, self.graph_view, self.learn_panel.trace_for, self)

        self.training_actions = TrainingActions(self.studio, self, step=self._on_step_requested)
        self.teaching_actions = TeachingActions(self.graph_feed, self)
        toolbar = self.addToolBar("")
        self.toolbar = toolbar
        toolbar.setObjectName("training")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(QtCore.Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in self.training_actions.all():
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in self.teaching_actions.all():
            toolbar.addAction(action)
        toolbar.addWidget(self.teaching_actions.pace)
        self.practice = PracticeActions(self)
        toolbar.addSeparator()
        toolbar.addAction(self.practice.your_turn)
        self.file_actions = FileActions(self)
        self.menu_actions = build_menus(self, self.file_actions)
        self.controls.data_box.csv_requested.connect(self.file_actions.load_csv)
        self.controls.data_box.data_requested.connect(self.file_actions.load_data)
        self.background = BackgroundJobs(self)
        self.status_numbers = StatusNumbers(self.studio)
        self.statusBar().addPermanentWidget(self.status_numbers)
        # a long message is cut off beside the numbers: the whole of it shows on hover
        self.statusBar().messageChanged.connect(self._on_status_message_changed)

        self.studio.experiment_changed.connect(self._on_experiment_changed)
        self.studio.notice_posted.connect(self._on_notice_posted)
        self.studio.preparing_changed.connect(self._on_preparing_changed)
        self.studio.problem_reported.connect(self.report_problem)
        self.graph_view.weight_edited.connect(self.studio.edit_weight)
        self.graph_view.edge_selected.connect(self._on_edge_selected)
        self.graph_view.node_selected.connect(self._on_node_selected)
        self.learn_panel.edge_chosen.connect(self._on_edge_chosen)
        self.learn_panel.node_chosen.connect(self._on_node_chosen)
        self.graph_feed.phase_shown.connect(self._on_phase_shown)
        self.graph_feed.animation.finished.connect(self._on_animation_finished)
        self.retranslate()
        self._restore()
        if self.settings.unrestored:
            what = ", ".join(self._setting_label(k) for k in self.settings.unrestored)
            self.statusBar().showMessage(self.tr(
                "Saved settings not restored, defaults used: {what}.").format(what=what), 30000)
        else:
            self.statusBar().showMessage(self.tr("Press Space (or ▶ Play) to start training; → steps one "
                                                 "sample."), 10000)

    # ---- language ----
    def retranslate(self) -> None:
        """Every text the window itself owns, in the current language (the views do their own)."""
        self.controls_dock.setWindowTitle(self.tr("Controls"))
        self.learn_dock.setWindowTitle(self.tr("Learn"))
        self.toolbar.setWindowTitle(self.tr("Training"))

    def set_language(self, lang: str) -> None:
        """View ▸ Language: speak `lang` at once (every view retranslates) and remember it."""
        self.settings.set_value("language", lang)
        if lang != language.current():
            language.apply(lang)
            self.statusBar().clearMessage()
        language.warn_once_if_no_font(self)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange and hasattr(self, "menus"):
            self.retranslate()
            # widgets retranslate on their own LanguageChange; the window's helper QObjects (menus,
            # actions, background jobs) have no such event, so each one with a retranslate() is asked
            for helper in self.findChildren(QtCore.QObject):
                if not isinstance(helper, QtWidgets.QWidget) and callable(getattr(helper, "retranslate", None)):
                    helper.retranslate()
        super().changeEvent(event)

    # ---- public ----
    def report_problem(self, title: str, message: str) -> None:
        """Say what went wrong in plain words: in the status bar and in a dialog (one at a time:
        the same problem reported again while its dialog is open does not stack a second)."""
        if message.lower().startswith(title.lower()):  # "Training diverged: training diverged at …" says it twice
            self.show_status(sentence(message), 15000)
        else:
            self.show_status(self.tr("{title}: {message}").format(title=title, message=message), 15000)
        dialogs.show_problem(self, title, message)

    def show_status(self, text: str, ms: int = 10000) -> None:
        """A status-bar message, shortened with … to the room left of the run's numbers (the
        whole text is in the status bar's tooltip)."""
        bar = self.statusBar()
        room = bar.width() - self.status_numbers.sizeHint().width() - 60
        shown = bar.fontMetrics().elidedText(text, QtCore.Qt.TextElideMode.ElideRight, max(room, 120))
        self._status = (text, shown, ms)  # shortened again if the window is resized
        bar.showMessage(shown, ms)

    def show_dialog(self, make) -> QtWidgets.QDialog:
        dialog = make(self)
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _r, d=dialog: self._dialogs.remove(d))
        dialog.show()
        return dialog

    # ---- slots ----
    def _on_step_requested(self) -> None:
        self.practice.step_requested()

    def _on_edge_selected(self, l: int, to: int, frm: int) -> None:
        self.learn_panel.show_edge(l, to, frm)
        self.learn_panel.show_tab("derivation")

    def _on_node_selected(self, layer: int, unit: int) -> None:
        self.learn_panel.show_node(layer, unit)
        self.learn_panel.show_tab("derivation")

    def _on_edge_chosen(self, l: int, to: int, frm: int) -> None:
        """A weight picked in a Learn tab: mark it in the graph; the inspector explains it."""
        self.graph_view.select(edge=(l, to, frm))
        self.learn_panel.show_edge(l, to, frm)

    def _on_node_chosen(self, layer: int, unit: int) -> None:
        self.graph_view.select(node=(layer, unit))
        self.learn_panel.show_node(layer, unit)

    def _on_phase_shown(self, text: str) -> None:
        self.show_status(text, 10000)
        self.learn_panel.inspector.set_banner(text)

    def _on_animation_finished(self) -> None:
        self.learn_panel.inspector.set_banner("")

    def _on_experiment_changed(self, exp) -> None:
        self.graph_view.set_architecture(self.studio.sizes, exp.arch.activations())

    def _on_status_message_changed(self, text: str) -> None:
        full, shown, _ms = self._status
        self.statusBar().setToolTip(full if text and text == shown else text)  # the whole of a shortened one

    def _on_notice_posted(self, text: str) -> None:
        self.show_status(text, 10000)

    def _on_preparing_changed(self, busy: bool) -> None:
        if busy:  # shown until the loop is ready (the whole sentence is in the bar's tooltip)
            self.show_status(self.tr("Compiling the training loop (first use only)…"), 0)
        else:
            self.show_status(self.tr("The training loop is ready."), 5000)

    # ---- settings ----
    def _studio_from_settings(self) -> Studio:
        """The Studio on the saved experiment; on the seed's default if that no longer builds (a
        CSV moved or deleted, a network that does not fit its data)."""
        exp = self.settings.experiment()
        if exp != Experiment():
            try:
                return Studio(exp)
            except Exception as exc:  # noqa: BLE001 - a saved setup must never stop the app starting
                why = describe_problem(exc)
                if exp.data.csv_path:  # the file's name says enough in the status bar
                    why = why.replace(exp.data.csv_path, Path(exp.data.csv_path).name)
                self.settings.reject("experiment", why)
        return Studio(Experiment())

    def _setting_label(self, key: str) -> str:
        if key == "experiment":
            return self.tr("the last data and network ({why})").format(
                why=self.settings.unrestored[key])
        labels = {"geometry": self.tr("window size and place"), "window_state": self.tr("panel layout"),
                  "speed": self.tr("speed"), "language": self.tr("language"), "last_folder": self.tr("last folder")}
        return labels.get(key, key)

    def _restore(self) -> None:
        s = self.settings
        geometry = s.blob("geometry")
        if geometry is None or not self.restoreGeometry(geometry) or not self._fits_screen():
            if geometry is not None:
                s.reject("geometry", "not a window size and place that fits the screen")
            self.resize(1400, 880)
            self.resizeDocks([self.learn_dock], [430], QtCore.Qt.Orientation.Horizontal)
        state = s.blob("window_state")
        if state is not None and not self.restoreState(state):
            s.reject("window_state", "not a layout of this window's panels")
        self.error_plot.set_log(s.flag("plot/log_y", False))
        self.error_plot.set_x_unit(s.text("plot/x_unit", "samples", ("samples", "epochs")))
        speed = s.integer("speed", DEFAULT_SPEED, -1, max(v for v in SPEEDS if v is not None))
        if speed == 0:
            s.reject("speed", "0 samples/s")
            speed = DEFAULT_SPEED
        self.controls.speed_box.set_speed(None if speed < 0 else speed)
        teach = self.teaching_actions
        for action, key in ((teach.backprop, "learn/backprop_view"), (teach.animate, "learn/animate")):
            if s.flag(key, False) != action.isChecked():
                action.trigger()
        teach.pace.setCurrentIndex(s.integer("learn/pace", 1, 0, teach.pace.count() - 1))
        # first launch: "What units learned", the boundary and the guide, not an empty page
        self.learn_panel.setCurrentIndex(s.integer("learn/tab", 1, 0, self.learn_panel.count() - 1))
        s.text("last_folder", "")  # read when a file dialog opens; checked now, to say so at start

    def _fits_screen(self) -> bool:
        """The restored window is on a screen and not larger than twice its available area."""
        screen = QtGui.QGuiApplication.screenAt(self.geometry().center()) or self.screen()
        if screen is None:
            return True
        area = screen.availableGeometry()
        return 0 < self.width() <= 2 * area.width() and 0 < self.height() <= 2 * area.height()

    def _save(self) -> None:
        s = self.settings
        s.set_value("geometry", self.saveGeometry())
        s.set_value("window_state", self.saveState())
        s.set_experiment(self.studio.experiment)
        s.set_value("plot/log_y", self.error_plot.log_box.isChecked())
        s.set_value("plot/x_unit", self.error_plot.x_unit)
        s.set_value("speed", -1 if self.studio.speed is None else int(self.studio.speed))
        s.set_value("learn/backprop_view", self.teaching_actions.backprop.isChecked())
        s.set_value("learn/animate", self.teaching_actions.animate.isChecked())
        s.set_value("learn/pace", self.teaching_actions.pace.currentIndex())
        s.set_value("learn/tab", self.learn_panel.currentIndex())
        s.sync()

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        """The Learn panel keeps its share of the width (docks otherwise keep their pixels, and
        a window made larger gives everything to the graph)."""
        old, new = event.oldSize().width(), event.size().width()
        if old > 0 and new != old and self.learn_dock.isVisible() and not self.learn_dock.isFloating():
            share = self.learn_dock.width() / old
            width = round(min(max(share * new, LEARN_MIN), LEARN_MAX_SHARE * new))
            self.resizeDocks([self.learn_dock], [width], QtCore.Qt.Orientation.Horizontal)
        super().resizeEvent(event)
        text, shown, ms = self._status
        if text and self.statusBar().currentMessage() == shown:
            QtCore.QTimer.singleShot(0, lambda: self.show_status(text, ms))  # after the bar's resize

    def skip_warm_up(self) -> None:
        """Do not load the start-up setting's compiled loop after the first paint (a file given on
        the command line replaces that setting; its own loop is loaded when it first trains)."""
        self._warmed_up = True

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._warmed_up:  # first paint done: now the worker may spend a second on numba
            self._warmed_up = True
            self.studio.warm_up()

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        self._save()
        self.background.wait(2000)
        self.studio.shutdown(1000)
        super().closeEvent(event)
