"""The Windows part of the PyInstaller spec, checked on any system.

The spec builds promptlib.exe (windowed) and promptlib-cli.exe (console) on Windows, each
with its own version information; that build runs only on a Windows runner
(packaging/windows/build-msi.ps1), so the version text is generated and parsed here.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

SPEC = Path(__file__).resolve().parents[2] / "packaging" / "pyinstaller" / "promptlib.spec"


def spec_function(name: str, namespace: dict) -> object:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    function = next(node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name == name)
    exec(compile(ast.Module(body=[function], type_ignores=[]), str(SPEC), "exec"), namespace)
    return namespace[name]


def test_each_windows_executable_gets_numeric_version_information_of_its_own(tmp_path: Path) -> None:
    version_file = spec_function("version_file", {"IS_WIN": True, "VERSION": "1.2.3", "re": re, "WORK": tmp_path})
    texts = {}
    for name in ("promptlib", "promptlib-cli"):
        texts[name] = Path(version_file(name, f"{name} description")).read_text(encoding="utf-8")
        ast.parse(texts[name], mode="eval")  # PyInstaller evaluates it as a VSVersionInfo(...) expression
        assert "filevers=(1, 2, 3, 0), prodvers=(1, 2, 3, 0)" in texts[name]
        assert f"StringStruct('OriginalFilename', '{name}.exe')" in texts[name]
        assert "StringStruct('ProductVersion', '1.2.3')" in texts[name]
    assert texts["promptlib"] != texts["promptlib-cli"]


def test_windows_build_is_one_windowed_and_one_console_executable() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert re.search(r'executable\("promptlib", console=False', text)
    assert re.search(r'executable\("promptlib-cli", console=True', text)
    keep = ast.literal_eval(re.search(r"KEEP_PLUGINS = (\{.*?\n\})", text, re.S).group(1))
    assert {"platforms/qwindows", "platforms/qoffscreen", "platforms/qxcb", "platforms/qwayland"} <= keep
    assert not any(plugin.startswith("platformthemes/") for plugin in keep)  # no GTK theme
