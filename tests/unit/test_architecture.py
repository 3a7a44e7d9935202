"""The dependency rule (DESIGN.md §2): promptlib.core never imports Qt, the GUI or the CLI."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "promptlib" / "core"
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "promptlib.gui", "promptlib.cli")


def _imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            prefix = "." * node.level
            names.append(prefix + (node.module or ""))
    return names


def test_no_core_module_imports_qt_gui_or_cli() -> None:
    offenders = []
    for path in sorted(CORE.glob("*.py")):
        for name in _imports(path):
            resolved = "promptlib." + name.lstrip(".") if name.startswith("..") else name
            if any(resolved == bad or resolved.startswith(bad + ".") for bad in FORBIDDEN):
                offenders.append(f"{path.name}: {name}")
    assert offenders == []


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
        "for info in pkgutil.iter_modules(promptlib.core.__path__):\n"
        "    importlib.import_module('promptlib.core.' + info.name)\n"
        "from promptlib.core.workspace import Workspace\n"
        "ws = Workspace.open()\n"
        "assert len(ws.catalog) > 0\n"
        "print('core ok', len(ws.catalog))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("core ok")
