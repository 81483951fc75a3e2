"""The code itself, read as text: nothing a user opens can run code (no pickle, eval or exec,
np.load never unpickles), nothing written is non-standard JSON (allow_nan=False), and every
function that reads a file checks its size first (core.checks.validate)."""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted([*ROOT.glob("core/**/*.py"), *ROOT.glob("gui/**/*.py"), ROOT / "main.py"])
SIZE_CHECKS = {"check_file_size", "read_limited_bytes", "open_limited"}


@functools.cache
def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


def _name(node: ast.AST) -> str:
    """'np.load' for np.load(...), 'open' for open(...), '.read_bytes' for x.read_bytes()."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = node.value.id if isinstance(node.value, ast.Name) else ""
        return f"{base}.{node.attr}"
    return ""


def _calls(tree: ast.AST):
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call)]


def _keyword(call: ast.Call, name: str):
    for kw in call.keywords:
        if kw.arg == name and isinstance(kw.value, ast.Constant):
            return kw.value.value
    return "missing"


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(ROOT)}:{node.lineno}"


def test_sources_found():
    """The scan sees the project (a wrong root would make every other test here pass vacuously)."""
    names = {p.name for p in SOURCES}
    assert {"weights_npz.py", "session.py", "csv_reader.py", "main_window.py"} <= names


@pytest.mark.parametrize("module", ["pickle", "cPickle", "shelve", "marshal", "dill"])
def test_no_unpickling_module_is_imported(module):
    """No pickle (or its relatives) anywhere: a file a user opens can never run code."""
    found = []
    for path in SOURCES:
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.Import) and any(a.name.split(".")[0] == module for a in node.names):
                found.append(_where(path, node))
            if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == module:
                found.append(_where(path, node))
    assert not found


def test_no_eval_or_exec():
    """No eval(), exec() or compile() of text (QDialog.exec() is a method and not matched)."""
    found = [_where(p, c) for p in SOURCES for c in _calls(_tree(p))
             if isinstance(c.func, ast.Name) and c.func.id in ("eval", "exec", "compile")]
    assert not found


def test_every_np_load_refuses_pickles():
    """Every np.load passes allow_pickle=False explicitly."""
    loads = [(p, c) for p in SOURCES for c in _calls(_tree(p)) if _name(c.func) in ("np.load", "numpy.load")]
    assert loads, "np.load is used for .npz weights; the scan must see it"
    bad = [_where(p, c) for p, c in loads if _keyword(c, "allow_pickle") is not False]
    assert not bad


def test_every_json_dump_refuses_nan():
    """Every json.dump/json.dumps passes allow_nan=False: no file holds NaN or Infinity tokens."""
    bad = [_where(p, c) for p in SOURCES for c in _calls(_tree(p))
           if _name(c.func) in ("json.dump", "json.dumps") and _keyword(c, "allow_nan") is not False]
    assert not bad


READS = {"np.load", "np.loadtxt", "np.genfromtxt", "np.fromfile", "zipfile.ZipFile"}


def _is_read(call: ast.Call) -> bool:
    name = _name(call.func)
    if isinstance(call.func, ast.Attribute) and call.func.attr in ("read_bytes", "read_text"):
        return True
    if name == "open":  # open(path, mode): only reading modes count (os.open, os.fdopen are not open)
        mode = call.args[1].value if len(call.args) > 1 and isinstance(call.args[1], ast.Constant) \
            else _keyword(call, "mode")
        return mode == "missing" or "r" in str(mode)
    if name == "zipfile.ZipFile" and len(call.args) > 1 and isinstance(call.args[1], ast.Constant):
        return "r" in str(call.args[1].value)  # ZipFile(f, "w") writes
    if call.args and isinstance(call.args[0], ast.Call) and _name(call.args[0].func) == "io.StringIO":
        return False  # parsing text already in memory, not a file
    return name in READS


def test_every_file_read_is_preceded_by_a_size_check():
    """Each function that opens a file for reading first calls check_file_size or
    read_limited_bytes, so a 10 GB file is refused before a byte is read."""
    bad, reads = [], 0
    for path in SOURCES:
        for fn in ast.walk(_tree(path)):
            if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            calls = _calls(fn)
            checks = [c.lineno for c in calls if _name(c.func).split(".")[-1] in SIZE_CHECKS]
            for c in calls:
                if _is_read(c):
                    reads += 1
                    checked = any(line <= c.lineno for line in checks)
                    if fn.name not in ("read_limited_bytes", "open_limited") and not checked:
                        bad.append(f"{_where(path, c)} in {fn.name}()")
    assert reads >= 2, "the scan must see the loaders' reads"
    assert not bad
