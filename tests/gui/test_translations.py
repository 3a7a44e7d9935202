"""The UI's translation files: complete in fi and sv, current with the code, built into .qm.

When one of these fails after you added or changed a `self.tr("...")`, run
`make translations` and translate what it lists (tools/update_translations.py).
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

REPO_ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("update_translations", REPO_ROOT / "tools" / "update_translations.py")
tool = importlib.util.module_from_spec(_spec)
sys.modules.setdefault(_spec.name, tool)
_spec.loader.exec_module(tool)

TRANSLATED = ("fi", "sv")
HOW_TO_FIX = "run `make translations` and translate what it lists"


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory) -> dict[str, Path]:
    """The committed .ts files merged with the code as it is now (lupdate into copies)."""
    folder = tmp_path_factory.mktemp("ts")
    fresh = {}
    for language in tool.LANGUAGES:
        copy = folder / tool.ts_path(language).name
        shutil.copyfile(tool.ts_path(language), copy)
        tool.lupdate(language, copy)
        fresh[language] = copy
    return fresh


def _keys(messages) -> set[tuple[str, str, str, bool]]:
    return {(*message.key, message.numerus) for message in messages}


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_ui_string_has_a_finished_translation(language):
    messages = tool.messages(tool.ts_path(language))
    assert len(messages) > 50
    untranslated = [f"[{m.context}] {m.source!r} ({m.status or 'empty'})" for m in messages if not m.finished]
    assert not untranslated, f"untranslated in {language} ({HOW_TO_FIX}):\n" + "\n".join(untranslated)
    for message in messages:
        if message.numerus:
            assert len(message.translations) == 2, message  # one / many, for fi and sv alike


def test_english_has_the_plural_forms():
    plurals = {m.source: m for m in tool.messages(tool.ts_path("en"))}
    assert plurals["%n template(s)"].translations == ("%n template", "%n templates")
    assert all(message.finished for message in plurals.values()), HOW_TO_FIX


@pytest.mark.parametrize("language", tool.LANGUAGES)
def test_ts_files_are_up_to_date_with_the_code(language, regenerated):
    committed = _keys(tool.messages(tool.ts_path(language)))
    current = _keys(tool.messages(regenerated[language]))
    new = sorted(current - committed)
    gone = sorted(committed - current)
    assert not new and not gone, (f"promptlib_{language}.ts is out of date ({HOW_TO_FIX}); "
                                  f"new in the code: {new}; no longer in the code: {gone}")


@pytest.mark.parametrize("language", tool.LANGUAGES)
def test_qm_files_are_built_from_the_current_ts(language, tmp_path):
    built = tmp_path / f"promptlib_{language}.qm"
    tool.lrelease(tool.ts_path(language), built)
    committed = tool.qm_path(language)
    assert committed.exists(), f"{committed.name} is missing ({HOW_TO_FIX})"
    assert committed.read_bytes() == built.read_bytes(), f"{committed.name} is stale ({HOW_TO_FIX})"


@pytest.mark.parametrize(("language", "copy", "one", "many"), [
    ("fi", "Kopioi kehote", "1 kehotepohja", "5 kehotepohjaa"),
    ("sv", "Kopiera prompten", "1 promptmall", "5 promptmallar"),
    ("en", "Copy prompt", "1 template", "5 templates"),
])
def test_qm_loads_and_translates(qapp, language, copy, one, many):
    translator = QTranslator()
    assert translator.load(str(tool.qm_path(language)))
    assert (translator.translate("TemplatePane", "Copy prompt") or "Copy prompt") == copy
    plural = [translator.translate("MainWindow", "%n template(s)", "", n).replace("%n", str(n)) for n in (1, 5)]
    assert plural == [one, many]


_PLACE_MARKERS = re.compile(r"%(?:\d|n)")


def _accelerator(text: str) -> bool:
    return bool(re.search(r"&(?!&|[a-z]+;|#)", text.replace("&&", "")))


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_markers_accelerators_and_end_punctuation(language):
    problems = []
    for message in tool.messages(tool.ts_path(language)):
        for text in message.translations:
            if sorted(_PLACE_MARKERS.findall(text)) != sorted(_PLACE_MARKERS.findall(message.source)):
                problems.append(f"place markers differ: {message.source!r} -> {text!r}")
            if _accelerator(text) != _accelerator(message.source):
                problems.append(f"keyboard accelerator (&) lost or added: {message.source!r} -> {text!r}")
            if message.source[-1:] in ".:?" and text[-1:] != message.source[-1:]:
                problems.append(f"ending punctuation differs: {message.source!r} -> {text!r}")
    assert not problems, "\n".join(problems)


# -- every string the code translates is one lupdate found -------------------------------

def _tr_calls(path: Path):
    """(context, text, problem) for each tr()/translate() call in *path*."""
    found = []

    def visit(node: ast.AST, classes: list[str]) -> None:
        if isinstance(node, ast.ClassDef):
            classes = [*classes, node.name]
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            func = node.func
            where = f"{path.name}:{node.lineno}"
            if func.attr == "tr":
                text = node.args[0] if node.args else None
                if not (isinstance(func.value, ast.Name) and func.value.id == "self" and classes):
                    found.append((None, None, f"{where}: call self.tr() in a class, or "
                                              "QCoreApplication.translate('context', ...): "
                                              f"{ast.unparse(func.value)}.tr() is looked up under another context "
                                              "at run time than lupdate files it under"))
                elif not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                    found.append((None, None, f"{where}: tr() needs a string literal, lupdate cannot read "
                                              f"{ast.unparse(text) if text else 'nothing'}"))
                else:
                    found.append((classes[-1], text.value, None))
            elif func.attr == "translate" and isinstance(func.value, ast.Name) \
                    and func.value.id in ("QCoreApplication", "QApplication"):
                context, text = ([*node.args, None, None])[:2]
                if not all(isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in (context, text)):
                    found.append((None, None, f"{where}: translate() needs literal context and text"))
                elif len(node.args) > 3 and not isinstance(node.args[3], (ast.Name, ast.Constant)):
                    found.append((None, None, f"{where}: lupdate skips translate() whose count is an "
                                              "expression; put the count in a variable first"))
                else:
                    found.append((context.value, text.value, None))
        for child in ast.iter_child_nodes(node):
            visit(child, classes)

    visit(ast.parse(path.read_text(encoding="utf-8")), [])
    return found


def test_every_translated_string_in_the_code_is_in_the_ts_files():
    known = {(m.context, m.source) for m in tool.messages(tool.ts_path("fi"))}
    problems = []
    calls = 0
    for relative in tool.gui_sources():
        for context, text, problem in _tr_calls(REPO_ROOT / relative):
            calls += 1
            if problem:
                problems.append(problem)
            elif (context, text) not in known:
                problems.append(f"{relative}: [{context}] {text!r} is not in the .ts files ({HOW_TO_FIX})")
    assert calls > 50
    assert not problems, "\n".join(problems)
