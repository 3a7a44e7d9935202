"""Library problems in the UI language: every problem code core can report has a text
here, and the translations keep each text's parameters."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from promptlib.core.errors import LibraryError
from promptlib.core.problems import MESSAGES, problem
from promptlib.gui import problemtexts
from promptlib.gui.app import create_application
from promptlib.gui.translations import Translations

_TOOL = Path(__file__).resolve().parents[2] / "tools" / "update_translations.py"
_spec = importlib.util.spec_from_file_location("update_translations", _TOOL)
tool = sys.modules.get(_spec.name) or importlib.util.module_from_spec(_spec)
if _spec.name not in sys.modules:
    sys.modules[_spec.name] = tool
    _spec.loader.exec_module(tool)

_PARAMETER = re.compile(r"\{([a-z_]+)\}")


@pytest.fixture
def finnish(qapp):
    translations = Translations(create_application())
    translations.apply("fi")
    yield
    translations.remove()


def test_every_problem_code_has_a_gui_text():
    assert sorted(set(MESSAGES) - set(problemtexts.texts())) == []
    assert sorted(set(problemtexts.texts()) - set(MESSAGES)) == []


def test_each_gui_text_uses_the_parameters_of_its_code():
    for code, text in problemtexts.texts().items():
        assert set(_PARAMETER.findall(text)) <= set(_PARAMETER.findall(MESSAGES[code])), code


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_translations_keep_every_parameter(language):
    sources = {m.source: m for m in tool.messages(tool.ts_path(language)) if m.context == "problemtexts"}
    for text in problemtexts.texts().values():
        message = sources[text]
        assert set(_PARAMETER.findall(message.translations[0])) == set(_PARAMETER.findall(text)), text


def test_a_problem_is_shown_in_finnish_after_its_location(finnish):
    error = LibraryError("/share/team.json", [problem("templates[2].title", "not-string", kind="a number"),
                                              problem("templates[3].body line 1", "undeclared-variable", name="ghost")])
    lines = problemtexts.error_lines(error)
    assert lines == ["/share/team.json:templates[2].title: pitää olla tekstiä, ei luku",
                     "/share/team.json:templates[3].body line 1: käyttää muuttujaa ”ghost”, jota ei ole "
                     "esitelty kohdassa ”variables”"]
    assert problemtexts.error_summary(error) == lines[0] + " (muita: 1)"
    assert error.lines()[0] == "/share/team.json:templates[2].title: must be a string, not a number"  # the CLI


def test_an_unknown_code_falls_back_to_cores_message(finnish):
    assert problemtexts.problem_text(problem("", "missing")._replace(code="from-the-future")) == "missing (required)"
