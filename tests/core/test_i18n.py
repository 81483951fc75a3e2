"""Tests for core/i18n.py: core's sentences in the language chosen (or LANG's), from the same
catalogue as the window, plural forms included, without Qt."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from core import i18n
from core.checks.errors import FileFormatError
from core.data.csv_reader import load_csv
from core.teaching.notation import T, sym, tformat

ROOT = Path(__file__).resolve().parents[2]


def test_the_environment_chooses_korean_for_ko_locales():
    """ko_KR.UTF-8, ko and ko-KR mean Korean; C, en_US and de_DE English; LANGUAGE comes first."""
    assert i18n.language_of_environment({"LANG": "ko_KR.UTF-8"}) == "ko"
    assert i18n.language_of_environment({"LANG": "en_US.UTF-8", "LC_ALL": "ko"}) == "ko"
    assert i18n.language_of_environment({"LANGUAGE": "en:ko", "LANG": "ko_KR.UTF-8"}) == "en"
    assert i18n.language_of_environment({"LANG": "C"}) == "en"
    assert i18n.language_of_environment({}) == "en"
    assert i18n.language_of_locale("ko-KR") == "ko" and i18n.language_of_locale("de_DE") == "en"


def test_set_language_overrides_and_refuses_unknown_ones():
    """set_language wins over the environment; None goes back to it; 'fr' is refused."""
    assert i18n.set_language("ko") == "ko" and i18n.language() == "ko"
    with pytest.raises(ValueError, match="en, ko"):
        i18n.set_language("fr")


def test_translate_gives_korean_with_the_placeholders_to_fill():
    """A core message comes back in Korean with its {placeholders} intact; English is the source."""
    source = "the weights are for a {arch} network, not {arch2}"
    assert i18n.translate("Weights", source) == source
    i18n.set_language("ko")
    ko = i18n.translate("Weights", source)
    assert ko != source and re.search("[가-힣]", ko)
    filled = ko.format(arch="2-2-1", arch2="2-3-1")
    assert "2-2-1" in filled and "2-3-1" in filled
    assert i18n.translate("Weights", "no such sentence") == "no such sentence"


def test_plural_forms_follow_each_language():
    """English says 1 epoch / 2 epochs, Korean has one form; %n becomes the number."""
    text = "stopped: reached the maximum of %n epoch(s)"
    assert i18n.translate("TrainerText", text, None, 1).endswith("of 1 epoch")
    assert i18n.translate("TrainerText", text, None, 5).endswith("of 5 epochs")
    i18n.set_language("ko")
    assert i18n.translate("TrainerText", text, None, 1) == "멈춤: 최대 1 에포크에 도달했습니다"
    assert i18n.plural_index("ko", 7) == 0 and i18n.plural_index("en", 1) == 0 and i18n.plural_index("en", 0) == 1


def test_a_user_error_from_core_is_in_korean(tmp_path):
    """A refused CSV file is explained in Korean, naming the file, when the language is Korean."""
    empty = tmp_path / "empty.csv"
    empty.write_text("\n\n")
    i18n.set_language("ko")
    with pytest.raises(FileFormatError, match=r"empty\.csv: 파일이 비어 있습니다"):
        load_csv(empty)


def test_tformat_puts_symbols_into_a_translated_sentence():
    """tformat fills Text symbols into the sentence as rich text and as plain unicode."""
    out = tformat("Weight {w}: {src} → <b>{dst}</b>", w=sym("w", "12"), src=T("bias"), dst=sym("o", "1"))
    assert out.html == "Weight w<sub>12</sub>: bias → <b>o<sub>1</sub></b>"
    assert out.plain == "Weight w₁₂: bias → o₁"


def test_placeholders_are_found_whatever_their_form():
    """%n, %1, {name}, {name!r} and {value:.3g} count as placeholders; {{ does not."""
    assert i18n.placeholders("%n of %1 {name} {v!r} {max:.3g} {{x}}") == sorted(
        ["%n", "%1", "{name}", "{v!r}", "{max:.3g}"])


def test_every_core_context_is_named_as_it_is_bound():
    """`Name = Context("Name")`: lupdate takes the context from the variable, core.i18n from the
    string, so the two must agree."""
    for path in (ROOT / "core").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) \
                    and getattr(node.value.func, "id", "") == "Context":
                assert node.targets[0].id == node.value.args[0].value, path


def test_core_reads_the_catalogue_without_qt():
    """core.i18n imports no Qt (the same catalogue, read as XML)."""
    code = "import sys, core.i18n as i; i.set_language('ko'); i.translate('Notation', 'hidden'); " \
           "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))])"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.stdout.strip() == "[]", done.stderr


@pytest.mark.parametrize("lang, words", [("ko_KR.UTF-8", ["데이터", "학습 샘플", "정확도"]),
                                         ("C.UTF-8", ["data xor", "training", "accuracy"])])
def test_the_command_line_follows_lang(lang, words):
    """`python main.py train` reports in Korean under LANG=ko_KR.UTF-8 and in English under C."""
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    done = subprocess.run([sys.executable, "main.py", "train", "--epochs", "3", "--quiet"], cwd=ROOT,
                          env={**env, "LANG": lang, "PYTHONPATH": str(ROOT)}, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    for w in words:
        assert w in done.stdout, done.stdout


def test_the_lang_option_overrides_lang_for_the_command_line():
    """`python main.py --lang ko datasets` lists the data sets in Korean whatever LANG says."""
    done = subprocess.run([sys.executable, "main.py", "--lang", "ko", "datasets"], cwd=ROOT,
                          env={**os.environ, "LANG": "C.UTF-8", "PYTHONPATH": str(ROOT)},
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "원문의 점 4개" in done.stdout, done.stdout + done.stderr


def test_argparse_speaks_korean_too():
    """Usage errors and --help come in Korean under a Korean LANG, argparse's own words included."""
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(LANG="ko_KR.UTF-8", PYTHONPATH=str(ROOT))
    bad = subprocess.run([sys.executable, "main.py", "train", "--lr", "x"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "오류: 인수 --lr: 잘못된 float 값: 'x'" in bad.stderr, bad.stderr
    helped = subprocess.run([sys.executable, "main.py", "train", "--help"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert helped.stdout.startswith("사용법:") and "학습률 (" in helped.stdout, helped.stdout[:300]


def test_a_message_shown_on_its_own_starts_with_a_capital_unless_it_starts_with_a_file_name():
    from core.i18n import sentence

    assert sentence("the file is empty") == "The file is empty"
    assert sentence("training diverged at sample 157") == "Training diverged at sample 157"
    assert sentence("/tmp/x.csv, line 3: a letter") == "/tmp/x.csv, line 3: a letter"
    assert sentence("notes.json: not a session file") == "notes.json: not a session file"
    assert sentence("") == "" and sentence("  ") == "  "
