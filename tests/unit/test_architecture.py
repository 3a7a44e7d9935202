"""The dependency rule (docs/ARCHITECTURE.md, "Layers"): promptlib.core never imports Qt, the GUI
or the CLI, and the GUI never imports the CLI. `make lint` checks the same with import-linter
(and import circles); this test keeps the rule in `make test` too, and resolves every import,
relative ones in subpackages included, to its absolute name."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "promptlib"
QT = ("PySide6", "PyQt5", "PyQt6", "shiboken6")


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> list[str]:
    """Every module *path* imports (at any depth in the file), as absolute names."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                prefix = ".".join(base)
                target = f"{prefix}.{node.module}" if node.module else prefix
            else:
                target = node.module or ""
            names.append(target)
            names += [f"{target}.{alias.name}" for alias in node.names]
    return names


def _offenders(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        for name in imports_of(path):
            if any(name == bad or name.startswith(bad + ".") for bad in forbidden):
                found.append(f"{path.relative_to(PACKAGE)}: {name}")
    return found


def test_no_core_module_imports_qt_gui_or_cli() -> None:
    assert _offenders("core", (*QT, "promptlib.gui", "promptlib.cli")) == []


def test_the_gui_does_not_import_the_command_line() -> None:
    assert _offenders("gui", ("promptlib.cli",)) == []


def test_the_check_sees_relative_imports_in_subpackages() -> None:
    # The rule must resolve `from ...gui import x` inside core/library/, as the old check did not.
    path = PACKAGE / "core" / "library" / "format.py"
    names = imports_of(path)
    assert "promptlib.core.errors" in names and "promptlib.core.library.validation" in names


def test_core_imports_and_works_with_qt_unavailable() -> None:
    # A child interpreter where importing PySide6 fails, as on a machine without Qt.
    script = (
        "import sys, importlib, pkgutil\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('Qt blocked for this test')\n"
        "sys.meta_path.insert(0, Block())\n"
        "import promptlib.core\n"
        "for info in pkgutil.walk_packages(promptlib.core.__path__, 'promptlib.core.'):\n"
        "    importlib.import_module(info.name)\n"
        "from promptlib.core.workspace import Workspace\n"
        "ws = Workspace.open()\n"
        "assert len(ws.catalog) > 0\n"
        "print('core ok', len(ws.catalog))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("core ok")
