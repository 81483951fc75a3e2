"""Tests for tools/translations.py: the catalogue is complete for the code as it is (CI fails on a
string without a Korean translation), and each check it makes catches what it is meant to."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tools import translations as tt

ROOT = Path(__file__).resolve().parents[2]

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>Demo</name>
    <message>
        <source>{source}</source>
        <translation{kind}>{translation}</translation>
    </message>
</context>
</TS>
"""


def _ts(tmp_path, source, translation, kind=""):
    path = tmp_path / "backprop_studio_ko.ts"
    path.write_text(TS.format(source=source, translation=translation, kind=kind), encoding="utf-8")
    return path


def test_the_catalogue_is_complete_and_correct_for_the_code():
    """lupdate into a temporary copy finds no new or vanished string; every Korean translation is
    finished and keeps its placeholders and symbols; English has every plural form; the .qm files
    are built from the current .ts (what `python tools/translations.py check` reports)."""
    assert tt.check() == []


def test_the_command_line_tool_reports_success():
    """`python tools/translations.py check` exits 0 and says so."""
    done = subprocess.run([sys.executable, "tools/translations.py", "check"], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0 and "translations complete" in done.stdout, done.stdout + done.stderr


def test_a_new_string_in_the_code_is_caught(tmp_path):
    """A tr() call added to the sources is a string the catalogue lacks."""
    for name in ("core", "gui"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "main.py", tmp_path)
    box = tmp_path / "gui" / "controls" / "speed_box.py"
    box.write_text(box.read_text().replace('self.tr("Speed")', 'self.tr("Speed of light")'))
    found = tt.stale(tt.ts_path("ko"), tmp_path)
    assert any("'Speed of light'" in f and "new in the code" in f for f in found), found
    assert any("[SpeedBox] 'Speed'" in f and "gone from the code" in f for f in found), found


def test_unfinished_and_empty_translations_are_caught(tmp_path):
    """A translation marked unfinished, or empty, is reported."""
    assert "not translated" in tt.problems(_ts(tmp_path, "Speed", "속도", ' type="unfinished"'))[0]
    assert "not translated" in tt.problems(_ts(tmp_path, "Speed", ""))[0]
    assert tt.problems(_ts(tmp_path, "Speed", "속도")) == []


def test_a_dropped_or_changed_placeholder_is_caught(tmp_path):
    """{name}, %n and %1 must come through a translation unchanged."""
    assert "placeholders" in tt.problems(_ts(tmp_path, "Loaded {file}", "불러왔습니다"))[0]
    assert "placeholders" in tt.problems(_ts(tmp_path, "Loaded {file}", "{파일}을 불러왔습니다"))[0]
    assert "placeholders" in tt.problems(_ts(tmp_path, "%1 of %2", "%2 중 %3"))[0]
    assert tt.problems(_ts(tmp_path, "Loaded {file}", "{file}을(를) 불러왔습니다")) == []


def test_a_dropped_or_changed_symbol_is_caught(tmp_path):
    """The derivation's symbols (E_n, w_kj, δ, α, E<sub>n</sub>) must stay exactly as they are."""
    for source, wrong in (("Learning rate α", "학습률 a"), ("the error E_n", "오차 E"),
                          ("weight w_kj", "가중치 w"), ("error signal δ", "오차 신호 d"),
                          ("its error E<sub>n</sub>", "오차 En")):
        found = tt.problems(_ts(tmp_path, source.replace("<", "&lt;"), wrong))
        assert found and "symbol" in found[0], (source, found)
    assert tt.problems(_ts(tmp_path, "weight w_kj and α", "가중치 w_kj와 α")) == []


def test_english_plural_forms_come_from_the_s_convention(tmp_path, monkeypatch):
    """update fills "%n input(s)" as "%n input" / "%n inputs" in the English catalogue."""
    en = tmp_path / "backprop_studio_en.ts"
    en.write_text(TS.format(source="%n input(s)", translation="", kind=' type="unfinished"').replace(
        "<message>", '<message numerus="yes">').replace('language="ko"', 'language="en"'), encoding="utf-8")
    monkeypatch.setattr(tt, "ts_path", lambda lang: tmp_path / f"backprop_studio_{lang}.ts")
    assert tt.english_plurals() == 1
    forms = [m[4] for m in tt.messages(en)]
    assert forms == [["%n input", "%n inputs"]]


def test_todo_and_apply_round_trip(tmp_path, monkeypatch):
    """todo lists what lacks a translation; apply writes a filled-in todo back as finished."""
    _ts(tmp_path, "Speed", "", ' type="unfinished"')
    monkeypatch.setattr(tt, "ts_path", lambda lang: tmp_path / f"backprop_studio_{lang}.ts")
    monkeypatch.setattr(tt, "LANGUAGES", {"ko": "한국어"})
    assert tt.todo() == {"ko": {"Demo": {"Speed": ""}}}
    assert tt.apply({"ko": {"Demo": {"Speed": "속도"}}}) == 1
    assert tt.todo() == {} and tt.problems(tmp_path / "backprop_studio_ko.ts") == []


def test_todo_prefills_a_source_known_elsewhere_and_apply_takes_any_context(tmp_path, monkeypatch):
    """A string translated in one context is offered for the same string in another; "*" fills
    a source text in every context."""
    path = tmp_path / "backprop_studio_ko.ts"
    path.write_text(TS.format(source="Reset", translation="재설정", kind="").replace(
        "</TS>", "<context><name>Other</name><message><source>Reset</source>"
        "<translation type=\"unfinished\"></translation></message>"
        "<message><source>Quit</source><translation type=\"unfinished\"></translation></message></context></TS>"),
        encoding="utf-8")
    monkeypatch.setattr(tt, "ts_path", lambda lang: tmp_path / f"backprop_studio_{lang}.ts")
    monkeypatch.setattr(tt, "LANGUAGES", {"ko": "한국어"})
    assert tt.todo() == {"ko": {"Other": {"Reset": "재설정", "Quit": ""}}}
    assert tt.apply({"ko": {"*": {"Quit": "끝내기"}}}) == 1
    assert tt.todo() == {"ko": {"Other": {"Reset": "재설정"}}}


def test_a_qm_laid_out_by_another_lrelease_still_passes_when_it_says_the_same(tmp_path, monkeypatch):
    """The .qm check reads the catalogue as Qt does when the bytes differ (another Qt version's
    lrelease): the committed .qm passes, an empty one does not."""
    assert tt._qm_matches(tt.qm_path("ko"), tt.ts_path("ko"), "ko")
    assert tt._qm_matches(tt.qm_path("en"), tt.ts_path("en"), "en")
    other = tmp_path / "other.ts"
    other.write_text(TS.format(source="Speed", translation="속도", kind=""), encoding="utf-8")
    empty = tmp_path / "empty.qm"
    tt.lrelease(other, empty)
    assert not tt._qm_matches(empty, tt.ts_path("ko"), "ko")
