"""The layers of core/ and gui/ are kept by import-linter contracts (pyproject.toml): they hold now,
and breaking one makes `lint-imports` fail, so CI fails."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINT = Path(sys.executable).with_name("lint-imports")


def _lint(cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(LINT), "--config", "pyproject.toml"], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


def test_contracts_hold():
    """Every contract in pyproject.toml is kept by the code as it is."""
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" in result.stdout and " 0 broken" in result.stdout


def _lint_with(tmp_path: Path, module: str, line: str) -> subprocess.CompletedProcess:
    """lint-imports on a copy of the project in which `module` (a path under it) gained `line`."""
    for name in ("core", "gui"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    target = tmp_path / module
    target.write_text(target.read_text() + f"\n{line}  # noqa\n")
    return _lint(tmp_path)


def test_an_upward_import_breaks_the_layers(tmp_path):
    """A core module importing gui (a lower layer reaching up) makes lint-imports fail."""
    result = _lint_with(tmp_path, "core/engine/network.py", "import gui.window.menus")
    assert result.returncode != 0
    assert "core.engine.network" in result.stdout


def test_qt_in_core_breaks_a_contract(tmp_path):
    """A core module importing PySide6 makes lint-imports fail."""
    result = _lint_with(tmp_path, "core/data/synthetic.py", "import PySide6")
    assert result.returncode != 0
    assert "PySide6" in result.stdout
