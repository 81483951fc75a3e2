"""Tests for gui/i18n/language.py: the window starts in the locale's language, View ▸ Language
switches at once and is remembered, every string on screen is in the language chosen, and Korean
labels fit their widgets at the default window size."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from core import i18n
from gui.i18n import language

ROOT = Path(__file__).resolve().parents[3]
HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")
# Words that stay as they are in Korean: names (of the app, data sets, activations, file formats,
# people), units and keys. Anything else in Latin letters on a Korean screen is an untranslated string.
KEEP = set("""backprop studio english qt python mit ctrl shift space alt esc json npz csv onnx png svg tsv txt
sse rmse relu tanh sigmoid softmax linear glorot xavier he uci optdigits fisher iris digits xor quadrants circle
gaussians spiral moons checkerboard plane multi gaussian log net sub sup nbsp amp lt gt max min sum pip onnx dev
extra apt get sudo install fonts noto cjk nanum html next
mnist fashion pytorch torch
setosa versicolor virginica sepal petal length width pixel pca
label target class""".split())  # the data's own names (iris, digits; the CSV headers that name a target column)


SYMBOL = re.compile(r"(?:w|net|[hotxE])[ijkmnpd0-9]{1,3}")  # w_kj, net_j, h_j written without the subscript


def texts_of(widget: QtWidgets.QWidget) -> list[tuple[str, str]]:
    """(where, text) of every string a person can see or hover in `widget` and its children: labels,
    buttons, titles, combo items, tabs, tooltips, status tips, actions and menus, rich text."""
    out: list[tuple[str, str]] = []

    def add(obj, what, text):
        if text:
            out.append((f"{type(obj).__name__}({obj.objectName()}).{what}", text))

    widgets = [widget, *widget.findChildren(QtWidgets.QWidget)]
    actions = set(widget.findChildren(QtGui.QAction))
    for w in widgets:
        add(w, "toolTip", w.toolTip())
        add(w, "statusTip", w.statusTip())
        add(w, "windowTitle", w.windowTitle() if w.isWindow() or isinstance(w, QtWidgets.QDockWidget) else "")
        actions.update(w.actions())
        if isinstance(w, (QtWidgets.QLabel, QtWidgets.QAbstractButton)):
            add(w, "text", w.text())
        if isinstance(w, QtWidgets.QGroupBox):
            add(w, "title", w.title())
        if isinstance(w, QtWidgets.QMenu):
            add(w, "title", w.title())
        if isinstance(w, QtWidgets.QComboBox):
            for i in range(w.count()):
                add(w, f"item{i}", w.itemText(i))
                add(w, f"item{i}.toolTip", w.itemData(i, QtCore.Qt.ItemDataRole.ToolTipRole) or "")
        if isinstance(w, QtWidgets.QTabWidget):
            for i in range(w.count()):
                add(w, f"tab{i}", w.tabText(i))
                add(w, f"tab{i}.toolTip", w.tabToolTip(i))
        if isinstance(w, QtWidgets.QTextBrowser):
            add(w, "plainText", w.toPlainText())
        if isinstance(w, QtWidgets.QAbstractSpinBox):
            add(w, "suffix", getattr(w, "suffix", lambda: "")())
    for a in actions:
        for what in ("text", "toolTip", "statusTip", "iconText"):
            add(a, what, getattr(a, what)())
        if a.menu() is not None:
            add(a.menu(), "title", a.menu().title())
    return out


def in_other_language(text: str, lang: str) -> list[str]:
    """The words of `text` in the language that is not `lang` (symbols and names aside); [] if none."""
    plain = re.sub(r"<[^>]+>|&\w+;", " ", text)
    if lang == "en":
        return HANGUL.findall(plain.replace("한국어", ""))
    words = re.findall(r"[A-Za-z]{3,}", re.sub(r"\b[A-Za-z]_\w+|\bnet_\w+|\bE_n\b", " ", plain))
    return [w for w in words if w.lower() not in KEEP and not SYMBOL.fullmatch(w)]


WALK = r"""
import json, sys
from PySide6 import QtCore, QtWidgets
from gui import app as gui_app
from tests.gui.i18n.test_language import texts_of, in_other_language

app, window = gui_app.start([], sys.argv[1])
window.show()

def settle(ms=300):
    loop = QtCore.QEventLoop()
    QtCore.QTimer.singleShot(ms, loop.quit)
    loop.exec()

try:  # a lesson's own text (its title in File ▸ Lessons) is the lesson file's, in its author's language
    from core.files.lesson import bundled_lessons, read_lesson
    LESSON_TITLES = [read_lesson(p).title for p in bundled_lessons()]
except ImportError:
    LESSON_TITLES = []

def walk(lang):
    for name in ("derivation", "shortcuts", "about"):
        window.menu_actions[name].trigger()
    settle()
    found = []
    for top in QtWidgets.QApplication.topLevelWidgets():
        if top.isVisible():
            found += [(w, t[:80], bad) for w, t in texts_of(top)
                      if (bad := in_other_language(t, lang)) and not any(x in t for x in LESSON_TITLES)]
    inspector = window.learn_panel.inspector.plain_text()
    found += [("inspector", inspector[:80], bad)] if (bad := in_other_language(inspector, lang)) else []
    for d in list(window._dialogs):
        d.close()
    settle(100)
    return found

settle(800)
window.studio.step_sample()
settle(500)
window.graph_view.edge_selected.emit(1, 0, 1)
settle()
result = {"start": window.menu_actions["language_ko"].isChecked(), "ko": walk("ko"),
          "menu_ko": window.menuBar().actions()[0].text()}
window.menu_actions["language_en"].trigger()
settle()
result["en"] = walk("en")
result["menu_en"] = window.menuBar().actions()[0].text()
window.menu_actions["language_ko"].trigger()
settle()
result["ko_again"] = walk("ko")
result["remembered"] = window.settings.text("language", "")
# the views other data sets bring (a plane, images, regression), each Learn tab in turn, in Korean
result["data_sets"] = []
combo = window.controls.data_box.dataset_combo
for name in ("iris", "plane", "digits"):
    combo.setCurrentIndex(combo.findData(name))
    settle(1500)
    window.studio.step_sample()
    settle(500)
    for tab in range(window.learn_panel.count()):
        window.learn_panel.setCurrentIndex(tab)
        settle(400)
        result["data_sets"] += [(name, tab, *f) for f in walk("ko")]
window.close()
print(json.dumps(result, ensure_ascii=False))
"""


def test_korean_locale_opens_in_korean_and_switching_leaves_nothing_in_the_other_language(tmp_path):
    """Started with LANG=ko_KR.UTF-8 the whole window is Korean; View ▸ Language ▸ English and
    back again leave no string (label, button, tab, tooltip, menu, dialog, derivation) in the
    other language; nor do the views of other data sets (iris, plane, digits), tab by tab."""
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(LANG="ko_KR.UTF-8", QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", WALK, str(tmp_path / "s.ini")], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["start"] and result["menu_ko"] == "파일(&F)" and result["menu_en"] == "&File"
    assert result["ko"] == [], result["ko"][:40]
    assert result["en"] == [], result["en"][:10]
    assert result["ko_again"] == [], result["ko_again"][:10]
    assert result["data_sets"] == [], result["data_sets"][:10]
    assert result["remembered"] == "ko"


def test_the_walk_sees_untranslated_text():
    """The language check itself: English words on a Korean screen and Hangul on an English one
    are caught; symbols, names and placeholders are not."""
    assert in_other_language("Learning rate α", "ko")
    assert not in_other_language("학습률 α · E_n = ½ Σ (t_k − o_k)² · w<sub>kj</sub> · sigmoid, CSV", "ko")
    assert in_other_language("가중치", "en") and not in_other_language("Language: 한국어", "en")


def test_view_language_switches_at_once_and_is_remembered(window, qtbot, settings):
    """Choosing 한국어 retranslates menus, controls, tabs, the status numbers and core's messages
    without a restart, and the choice is saved; English brings every text back."""
    en_title = window.controls.data_box.title()
    window.menu_actions["language_ko"].trigger()
    qtbot.waitUntil(lambda: window.controls.data_box.title() == "데이터")
    assert window.menuBar().actions()[0].text() == "파일(&F)"
    assert window.learn_panel.tabText(0) == "유도 과정"
    assert window.training_actions.step_sample.text() == "샘플 한 개"
    assert i18n.language() == "ko" and settings.text("language", "") == "ko"
    assert i18n.translate("Notation", "hidden") == "은닉"
    window.menu_actions["language_en"].trigger()
    qtbot.waitUntil(lambda: window.controls.data_box.title() == en_title)
    assert window.learn_panel.tabText(0) == "Derivation" and settings.text("language", "") == "en"


def test_choose_prefers_the_option_then_the_settings_then_the_locale(monkeypatch):
    """--lang wins, then the remembered choice, then the system locale (Korean for ko_*)."""
    monkeypatch.setattr(QtCore.QLocale, "system", staticmethod(lambda: QtCore.QLocale("ko_KR")))
    assert language.choose(None, None) == "ko"
    assert language.choose(None, "en") == "en"
    assert language.choose("ko", "en") == "ko"
    monkeypatch.setattr(QtCore.QLocale, "system", staticmethod(lambda: QtCore.QLocale("de_DE")))
    assert language.choose(None, None) == "en"


def test_lang_option_is_taken_out_of_argv_and_checked():
    """`--lang ko` and `--lang=en` are read and removed; another language is a plain error."""
    assert language.split_lang_option(["--lang", "ko", "-style", "fusion"]) == ("ko", ["-style", "fusion"])
    assert language.split_lang_option(["--lang=en"]) == ("en", [])
    assert language.split_lang_option([]) == (None, [])
    with pytest.raises(SystemExit, match="en, ko"):
        language.split_lang_option(["--lang", "fr"])


def test_a_missing_hangul_font_is_said_once(window, monkeypatch):
    """Without a Hangul font, Korean brings one message naming the font packages, only once."""
    seen = []
    monkeypatch.setattr(language, "hangul_font_missing", lambda: True)
    monkeypatch.setattr(window, "report_problem", lambda title, message: seen.append(message))
    window.menu_actions["language_ko"].trigger()
    window.menu_actions["language_en"].trigger()
    window.menu_actions["language_ko"].trigger()
    assert len(seen) == 1 and "fonts-noto-cjk" in seen[0] and "fonts-nanum" in seen[0]


def _overflows(w: QtWidgets.QWidget) -> str | None:
    """Why `w`'s text does not fit in it, or None."""
    fm = w.fontMetrics()
    if isinstance(w, QtWidgets.QLabel) and w.text() and not w.wordWrap() \
            and w.textFormat() != QtCore.Qt.TextFormat.RichText and not QtGui.Qt.mightBeRichText(w.text()):
        need = fm.horizontalAdvance(w.text())
        if need > w.contentsRect().width() + 1:
            return f"label {w.text()!r} needs {need} px, has {w.contentsRect().width()}"
    if isinstance(w, (QtWidgets.QPushButton, QtWidgets.QCheckBox, QtWidgets.QToolButton)) and w.text():
        if w.sizeHint().width() > w.width() + 1:
            return f"{type(w).__name__} {w.text()!r} needs {w.sizeHint().width()} px, has {w.width()}"
    if isinstance(w, QtWidgets.QComboBox) and w.currentText():
        if w.minimumSizeHint().width() > w.width() + 1 and fm.horizontalAdvance(w.currentText()) + 30 > w.width():
            return f"combo {w.currentText()!r} is {w.width()} px wide"
    if isinstance(w, QtWidgets.QGroupBox) and w.title():
        if fm.horizontalAdvance(w.title()) + 16 > w.width():
            return f"group {w.title()!r} is {w.width()} px wide"
    if isinstance(w, QtWidgets.QTabBar):
        for i in range(w.count()):
            if fm.horizontalAdvance(w.tabText(i).replace("&", "")) > w.tabRect(i).width():
                return f"tab {w.tabText(i)!r} is cut"
    return None


def test_korean_labels_fit_their_widgets_at_the_default_window_size(window, qtbot):
    """At 1400 × 880 (the first start's size), in Korean, no label, button, check box, combo,
    group title or tab is cut off (measured with the Korean font when one is installed)."""
    window.menu_actions["language_ko"].trigger()
    qtbot.waitUntil(lambda: window.controls.data_box.title() == "데이터")
    window.resize(1400, 880)
    qtbot.wait(50)  # layouts settle on the next pass of the event loop
    cut = []
    for w in window.findChildren(QtWidgets.QWidget):
        if w.isVisible() and w.width() > 0 and (why := _overflows(w)):
            cut.append(why)
    assert not cut, cut


def test_the_fit_check_sees_a_cut_label(window, qtbot):
    """The measure itself: a button or label whose Korean text is longer than its widget is reported."""
    button = window.controls.data_box.regenerate_button
    button.setText("다시 만들기 " * 8)
    label = QtWidgets.QLabel("학습률 " * 30, window.controls.data_box)
    label.resize(60, 20)
    label.show()
    assert _overflows(button) and _overflows(label)


def test_counts_take_the_right_plural_form(window, qtbot):
    """'2 inputs → 1 output' (not '1 outputs') in English, '입력 2개 → 출력 1개' in Korean; the speed
    label says '1 sample/s' at the slowest step."""
    summary = window.controls.data_box.summary
    assert "2 inputs → 1 output (" in summary.text()
    window.controls.speed_box.slider.setValue(0)
    assert window.controls.speed_box.label.text() == "1 sample/s"
    window.menu_actions["language_ko"].trigger()
    qtbot.waitUntil(lambda: "입력 2개 → 출력 1개" in summary.text())
    assert window.controls.speed_box.label.text() == "초당 샘플 1개"
