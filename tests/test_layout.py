"""The layout stays easy to see: every module of core/ and gui/ has its test file in the mirrored
folder of tests/, or its package docstring says where it is tested; no folder directly holds more
than 12 modules."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_MODULES = 12


def _modules():
    for top in ("core", "gui"):
        for path in sorted((ROOT / top).rglob("*.py")):
            if path.name != "__init__.py":
                yield path


def test_every_module_has_a_test_or_says_where_it_is_tested():
    """tests/<package>/test_<module>.py exists, or the package docstring names the module."""
    missing = []
    for path in _modules():
        rel = path.relative_to(ROOT)
        mirrored = ROOT / "tests" / rel.parent / f"test_{rel.name}"
        doc = ast.get_docstring(ast.parse((path.parent / "__init__.py").read_text(encoding="utf-8"))) or ""
        if not mirrored.exists() and rel.name not in doc:
            missing.append(str(rel))
    assert not missing, f"no test file and no word in the package docstring: {missing}"


def test_every_package_says_what_it_is_for_and_may_import():
    """Each package's __init__ has a docstring saying what it may import."""
    for init in sorted(list((ROOT / "core").rglob("__init__.py")) + list((ROOT / "gui").rglob("__init__.py"))):
        if init.parent.name in ("core", "gui"):
            continue
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
        assert "import" in doc, f"{init.relative_to(ROOT)} does not say what it may import"


def test_no_folder_holds_more_than_twelve_modules():
    """A folder of more than 12 modules is asking to be split into packages."""
    for folder in [ROOT / "core", ROOT / "gui", *(p for p in (ROOT / "core").rglob("*") if p.is_dir()),
                   *(p for p in (ROOT / "gui").rglob("*") if p.is_dir())]:
        count = sum(1 for p in folder.glob("*.py") if p.name != "__init__.py")
        assert count <= MAX_MODULES, f"{folder.relative_to(ROOT)} holds {count} modules"
