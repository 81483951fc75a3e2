"""The menu bar: File (sessions, weights, CSV data, pictures, error history, Quit), Training,
View (the Learn panel, backprop view, animation, old runs, language) and Help.

The File menu's actions themselves are gui/window/files/file_menu.py's `FileActions`.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from gui.i18n import language
from gui.window import dialogs
from gui.window.files.file_menu import WEIGHT_FORMATS, FileActions
from gui.window.files.recent_files import fill_menu
from gui.window.practice_actions import lesson_menu_actions


def _add(menu: QtWidgets.QMenu, slot, shortcut: str = "") -> QtGui.QAction:
    action = menu.addAction("")
    action.triggered.connect(slot)
    if shortcut:
        action.setShortcut(QtGui.QKeySequence(shortcut))
    return action


class Menus(QtCore.QObject):
    """The menu bar's menus and actions; `retranslate` sets every text in the current language."""

    def __init__(self, window, file_actions: FileActions):
        super().__init__(window)
        bar, fa, acts = window.menuBar(), file_actions, {}
        self.window, self.actions, self._fa = window, acts, fa
        self.file_menu = bar.addMenu("")
        acts["open_session"] = _add(self.file_menu, fa.open_session, "Ctrl+O")
        acts["save_session"] = _add(self.file_menu, fa.save_session, "Ctrl+S")
        self.recent_menu = recent = self.file_menu.addMenu("")
        recent.setObjectName("open_recent")
        recent.aboutToShow.connect(lambda: fill_menu(recent, fa.recent, fa.open_file))
        fill_menu(recent, fa.recent, fa.open_file)
        acts["open_recent"] = recent.menuAction()
        self.file_menu.addSeparator()
        acts.update(lesson_menu_actions(self.file_menu, window.practice))
        self.file_menu.addSeparator()
        acts["load_csv"] = _add(self.file_menu, fa.load_csv)
        acts["import_weights"] = _add(self.file_menu, fa.import_weights)
        self.export_menu = self.file_menu.addMenu("")
        for _label, ext in WEIGHT_FORMATS:
            acts[f"export_{ext}"] = _add(self.export_menu, lambda _=False, e=ext: fa.export_weights(e))
        self.export_menu.addSeparator()
        acts["export_torch"] = _add(self.export_menu, fa.export_torch)
        self.pictures_menu = self.file_menu.addMenu("")
        for which in ("graph", "plot"):
            for ext in ("png", "svg"):
                acts[f"{which}_{ext}"] = _add(self.pictures_menu,
                                              lambda _=False, w=which, e=ext: fa.export_picture(w, e))
        acts["export_history"] = _add(self.file_menu, fa.export_history)
        self.file_menu.addSeparator()
        acts["quit"] = _add(self.file_menu, window.close, "Ctrl+Q")

        self.edit_menu = bar.addMenu("")
        stack = window.studio.undo_stack
        acts["undo"] = stack.createUndoAction(window, "")
        acts["undo"].setShortcuts([QtGui.QKeySequence("Ctrl+Z")])
        acts["redo"] = stack.createRedoAction(window, "")
        acts["redo"].setShortcuts([QtGui.QKeySequence("Ctrl+Shift+Z"), QtGui.QKeySequence("Ctrl+Y")])
        self.edit_menu.addAction(acts["undo"])
        self.edit_menu.addAction(acts["redo"])

        self.train_menu = bar.addMenu("")
        for action in window.training_actions.all():
            self.train_menu.addAction(action)
        self.train_menu.addSeparator()
        self.train_menu.addAction(window.practice.your_turn)
        acts["your_turn"] = window.practice.your_turn

        self.view_menu = bar.addMenu("")
        learn = window.learn_dock.toggleViewAction()
        learn.setShortcut(QtGui.QKeySequence("Ctrl+L"))
        self.view_menu.addAction(learn)
        acts["learn_panel"] = learn
        for action in window.teaching_actions.all():
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        acts["clear_old_runs"] = _add(self.view_menu, window.studio.clear_old_runs)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        group = QtGui.QActionGroup(self)
        for code, name in language.LANGUAGES.items():
            action = self.language_menu.addAction(name)  # each language's name in itself: not translated
            action.setCheckable(True)
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _=False, c=code: window.set_language(c))
            acts[f"language_{code}"] = action

        self.help_menu = bar.addMenu("")
        acts["derivation"] = _add(self.help_menu, lambda: window.show_dialog(dialogs.derivation_dialog), "F1")
        acts["shortcuts"] = _add(self.help_menu, lambda: window.show_dialog(dialogs.shortcuts_dialog))
        acts["about"] = _add(self.help_menu, lambda: window.show_dialog(dialogs.about_dialog))
        self.retranslate()

    def retranslate(self) -> None:
        acts = self.actions
        self.file_menu.setTitle(self.tr("&File"))
        self.export_menu.setTitle(self.tr("Export weights as"))
        self.pictures_menu.setTitle(self.tr("Export picture"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.recent_menu.setTitle(self.tr("Open recent"))
        fill_menu(self.recent_menu, self._fa.recent, self._fa.open_file)
        stack = self.window.studio.undo_stack
        self.actions["undo"].setText(self.tr("Undo {what}").format(what=stack.undoText()).strip()
                                     if stack.canUndo() else self.tr("Undo"))
        self.actions["redo"].setText(self.tr("Redo {what}").format(what=stack.redoText()).strip()
                                     if stack.canRedo() else self.tr("Redo"))
        self.actions["undo"].setStatusTip(self.tr(
            "Go back to the weights and settings before the last reset, new init, edited weight, or data or "
            "network change"))
        self.actions["redo"].setStatusTip(self.tr("Do again what Undo took back"))
        self.train_menu.setTitle(self.tr("&Training"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        texts = {
            "open_session": (self.tr("Open session…"),
                             self.tr("Continue a saved session: network, data, weights and history")),
            "save_session": (self.tr("Save session…"),
                             self.tr("Save everything, to continue later exactly where you are")),
            "load_csv": (self.tr("Load CSV data…"), self.tr("Train on your own data from a CSV file")),
            "import_weights": (self.tr("Import weights…"), self.tr("Load weights saved as JSON or NPZ")),
            "export_history": (self.tr("Export error history as CSV…"), self.tr("Save the E plot's numbers")),
            "export_torch": (self.tr("PyTorch script (.py)…"),
                             self.tr("A script that rebuilds this network in PyTorch, checks it and trains on with "
                                     "the same rule (weights and data saved beside it)")),
            "quit": (self.tr("Quit"), ""),
            "learn_panel": (self.tr("Learn panel"),
                            self.tr("Show or hide the derivation, unit pictures, weights and metrics")),
            "clear_old_runs": (self.tr("Clear old runs"), self.tr("Remove the faded error curves of earlier runs")),
            "derivation": (self.tr("The derivation…"),
                           self.tr("The equations of backpropagation, as the seed writes them")),
            "shortcuts": (self.tr("Keyboard shortcuts…"), ""),
            "about": (self.tr("About Backprop Studio…"), ""),
        }
        for label, ext in WEIGHT_FORMATS:
            texts[f"export_{ext}"] = (self.tr("{format}…").format(format=label),
                                      self.tr("Save the current weights as {format}").format(format=label))
        for ext in ("png", "svg"):
            texts[f"graph_{ext}"] = (self.tr("Graph as {format}…").format(format=ext.upper()), "")
            texts[f"plot_{ext}"] = (self.tr("Plot as {format}…").format(format=ext.upper()), "")
        for name, (text, tip) in texts.items():
            acts[name].setText(text)
            acts[name].setStatusTip(tip)
            acts[name].setToolTip(tip or text.rstrip("…").replace("&", ""))
        for code in language.LANGUAGES:
            acts[f"language_{code}"].setChecked(code == language.current())
            acts[f"language_{code}"].setStatusTip(self.tr("Show the window in this language"))


def build_menus(window, file_actions: FileActions) -> dict[str, QtGui.QAction]:
    """Fill window's menu bar; returns the actions by name (for tests and shortcuts)."""
    window.menus = Menus(window, file_actions)
    return window.menus.actions
