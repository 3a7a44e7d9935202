"""The hostile corpus (tests/fixtures/hostile): every bad library file gets a located,
clear message, `validate` and `import` exit 1, and nothing at all is installed.

Files too big to commit (an oversized file, too many templates) are made here.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from promptlib.cli import main
from promptlib.core.errors import LibraryError
from promptlib.core.library.format import MAX_FILE_BYTES, load_pack
from promptlib.core.library.validation import MAX_BODY_CHARS, MAX_TEMPLATES
from promptlib.core.store.database import Store

HOSTILE = Path(__file__).resolve().parents[3] / "fixtures" / "hostile"

# file -> (location, words the message must contain). Location "" means the whole file.
EXPECTED = {
    "malformed_truncated.json": ("line 16", "not valid JSON at column 14: unexpected end of data"),
    "malformed_trailing_comma.json": ("line 7", "not valid JSON at column 24"),
    "malformed_single_quotes.json": ("line 1", "not valid JSON at column 2: unexpected character, expected a string key"),
    "malformed_nan.json": ("line 3", "not valid JSON"),
    "malformed_infinite_number.json": ("line 3", "number is infinity"),
    "empty.json": ("", "the file is empty"),
    "not_utf8_latin1.json": ("line 12", "the file is not UTF-8 text (byte 241, 0xe4); save it as UTF-8"),
    "not_utf8_utf16.json": ("byte 0", "the file is UTF-16 text; save it as UTF-8"),
    "lone_surrogate.json": ("line 12", "lone surrogate"),
    "top_level_list.json": ("", "a library file must be a JSON object"),
    "top_level_null.json": ("", "must be a JSON object with \"format\": \"promptlib-library\", not null"),
    "top_level_string.json": ("line 1", "not valid JSON"),
    "wrong_format.json": ("format", "must be \"promptlib-library\""),
    "missing_format.json": ("format", "is this a promptlib library file?"),
    "future_format_version.json": ("format_version", "unsupported version 2; this promptlib reads version 1"),
    "string_format_version.json": ("format_version", "unsupported version '1'"),
    "missing_pack_fields.json": ("name", "missing (required)"),
    "missing_template_fields.json": ("templates[0].title", "missing (required)"),
    "templates_not_a_list.json": ("templates", "must be a list, not an object"),
    "template_not_an_object.json": ("templates[1]", "must be an object, not a string"),
    "mistyped_title.json": ("templates[0].title", "must be a string, not a number"),
    "mistyped_roles.json": ("templates[0].roles", "must be a list of strings, not a string"),
    "mistyped_variables.json": ("templates[0].variables", "must be a list, not an object"),
    "mistyped_required.json": ("templates[0].variables[0].required", "must be true or false, not a string"),
    "unknown_field.json": ("templates[0].colour", "unknown field"),
    "unknown_role.json": ("templates[0].roles[0]", "unknown role 'astrology'"),
    "unknown_language.json": ("templates[0].language", "'de' is not one of fi, sv, en"),
    "no_roles.json": ("templates[0].roles", "needs at least one role"),
    "duplicate_template_ids.json": ("templates[1].id", "duplicate template 'hostile.t' in language 'fi' "
                                                       "(first at templates[0])"),
    "duplicate_variable_names.json": ("templates[0].variables[1].name", "duplicate variable name 'aihe'"),
    "unsafe_pack_id_traversal.json": ("id", "'../../etc/passwd' is not a safe id"),
    "unsafe_pack_id_spaces.json": ("id", "'Our Team Pack' is not a safe id"),
    "unsafe_template_id.json": ("templates[0].id", "'hr/../../secret' is not a safe id"),
    "unsafe_template_id_too_long.json": ("templates[0].id", "at most 100 characters"),
    "bad_variable_name_spaces.json": ("templates[0].variables[0].name", "'Job Title' is not a valid variable name"),
    "bad_variable_name_digit.json": ("templates[0].variables[0].name", "'1st' is not a valid variable name"),
    "reserved_variable_name.json": ("templates[0].variables[0].name", "'none' means something of its own in "
                                                                      "templates; rename the variable (e.g. 'none_value')"),
    "bad_variable_type.json": ("templates[0].variables[0].type", "unknown type 'file'"),
    "choice_default_outside_choices.json": ("templates[0].variables[0].default", "'kylmä' is not one of the choices"),
    "choice_without_choices.json": ("templates[0].variables[0].choices", "needs a non-empty list of choices"),
    "number_min_above_max.json": ("templates[0].variables[0].min", "min 10 is greater than max 1"),
    "bad_date_default.json": ("templates[0].variables[0].default", "'31.12.2026' is not a date"),
    "syntax_error_unclosed.json": ("templates[0].body line 1", "template syntax error"),
    "syntax_error_endif.json": ("templates[0].body line 3", "template syntax error: Unexpected end of template"),
    "undeclared_variable.json": ("templates[0].body", "uses variable 'salainen_kentta' that is not declared"),
    "declared_but_unused.json": ("templates[0].body", "declared variable 'aihe' is never used"),
    "include.json": ("templates[0].body line 1", "include is not allowed"),
    "import.json": ("templates[0].body line 1", "import is not allowed"),
    "extends.json": ("templates[0].body line 1", "extends is not allowed"),
    "sandbox_escape_class.json": ("templates[0].body line 1", "is not allowed"),
    "sandbox_escape_globals.json": ("templates[0].body line 1", "attribute access is not allowed"),
    "sandbox_escape_format.json": ("templates[0].body line 1", "function call is not allowed"),
    "huge_output_multiply.json": ("templates[0].body line 1", "multiplication is not allowed"),
    "huge_output_power.json": ("templates[0].body line 1", "power is not allowed"),
    "huge_output_center.json": ("templates[0].body line 1", "filter 'center' is not allowed"),
    "huge_output_format_width.json": ("templates[0].body line 1", "modulo is not allowed"),
    "hang_nested_loops.json": ("templates[0].body line 1", "for-loop is not allowed"),
    "hang_recursive_macro.json": ("templates[0].body line 1", "macro is not allowed"),
    "set_statement.json": ("templates[0].body line 1", "set is not allowed"),
    "disallowed_filter.json": ("templates[0].body line 1", "filter 'attr' is not allowed"),
    "deeply_nested_json.json": ("", "nested more than 64 levels deep"),
    "deeply_nested_json_parser.json": ("line 1", "nested too deeply"),
    "long_title.json": ("templates[0].title", "is 2001 characters long; the limit is 2000"),
    # What validates must render: each of these once crashed the renderer (or the validator).
    "render_nested_if_blocks.json": ("templates[0].body line 1", "if blocks are nested more than 20 levels deep"),
    "render_long_and_chain.json": ("templates[0].body line 1", "an expression is nested more than 32 levels deep"),
    "render_thousands_of_filters.json": ("templates[0].body line 1", "an expression is nested more than 32 levels"),
    "render_filter_argument.json": ("templates[0].body line 1", "filter 'lower' takes no arguments, not 1"),
    "render_default_three_arguments.json": ("templates[0].body line 1", "filter 'default' takes at most 2 argument(s)"),
    "render_test_argument.json": ("templates[0].body line 1", "test 'defined' takes no arguments"),
    "render_compare_with_number.json": ("templates[0].body line 1", "'>' cannot compare text with a number"),
    "render_compare_with_none.json": ("templates[0].body line 1", "'<' cannot compare text with none"),
    "render_infinite_float.json": ("templates[0].body line 1", "too large (it would be infinite)"),
    "render_huge_integer.json": ("templates[0].body line 1", "a number in the template has too many digits"),
    "render_compare_nothing.json": ("templates[0].body line 1", "'<' cannot compare nothing (an inline if "
                                                                "without else) or text with text"),
    # Text that would show other than it is, or forge lines in a terminal.
    "bidi_override_title.json": ("templates[0].title", "(U+202E RIGHT-TO-LEFT OVERRIDE, at character 14)"),
    "zero_width_title.json": ("templates[0].title", "(U+200B ZERO WIDTH SPACE, at character 10)"),
    "bidi_override_body.json": ("templates[0].body", "U+2067 RIGHT-TO-LEFT ISOLATE"),
    "control_character_label.json": ("templates[0].variables[0].label", "U+001B, a control character"),
    "line_break_in_pack_name.json": ("name", "U+000A, a control character, at character 9"),
    "windows_reserved_pack_id.json": ("id", "'con' is a device name on Windows"),
    "windows_reserved_template_id.json": ("templates[0].id", "'lpt1' is a device name on Windows"),
    "trailing_dot_id.json": ("templates[0].id", "does not end with '.'"),
    "non_ascii_version_digit.json": ("version", "'1.²' is not a version: ASCII digits"),
    "arabic_indic_version.json": ("version", "'\u0661.\u0660' is not a version"),
    "duplicate_keys.json": ("line 13", "duplicate key \"title\" at column 7 (at templates[0].title)"),
    "too_many_variables.json": ("templates[0].variables", "51 variables; the limit is 50"),
}


def expected_line(path: Path, location: str) -> str:
    return f"{path}:{location}: " if location else f"{path}: "


def test_the_corpus_and_the_expectations_match() -> None:
    assert sorted(p.name for p in HOSTILE.glob("*.json")) == sorted(EXPECTED)


@pytest.fixture
def home_with_a_library(isolated_home, sample_pack, sample_pack_path) -> bytes:
    """An installed library, so "nothing installed" also means "nothing changed"."""
    with Store(isolated_home) as store:
        store.install_packs([(sample_pack, {"source": str(sample_pack_path)})])
    return installed_files(isolated_home)


def installed_files(home: Path) -> bytes:
    """The index and every installed library file, as one value to compare."""
    return b"\0".join([(home / "libraries.json").read_bytes(),
                        *(p.name.encode() + p.read_bytes() for p in sorted((home / "libraries").iterdir()))])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_validate_reports_the_problem_where_it_is(capsys, name: str) -> None:
    path = HOSTILE / name
    location, words = EXPECTED[name]
    code = main(["validate", str(path)])
    out, err = capsys.readouterr()
    assert code == 1 and "Traceback" not in out + err
    assert any(line.startswith(expected_line(path, location)) and words in line for line in out.splitlines()), out


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_import_refuses_and_installs_nothing(capsys, isolated_home, home_with_a_library: bytes, name: str) -> None:
    path = HOSTILE / name
    location, words = EXPECTED[name]
    code = main(["import", str(path), "--yes"])
    out, err = capsys.readouterr()
    assert code == 1 and out == "" and "Traceback" not in err
    assert any(line.startswith(expected_line(path, location)) and words in line for line in err.splitlines()), err
    assert err.splitlines()[-1] == "promptlib: nothing was installed"
    assert installed_files(isolated_home) == home_with_a_library
    assert sorted(p.name for p in isolated_home.glob("**/*") if ".tmp-" in p.name) == []


def test_validate_a_folder_of_hostile_files_lists_each(capsys) -> None:
    code = main(["validate", str(HOSTILE)])
    out, err = capsys.readouterr()
    assert code == 1
    assert f"{len(EXPECTED)} file(s) invalid" in err
    assert all(any(line.startswith(f"{HOSTILE / name}:") for line in out.splitlines()) for name in EXPECTED)


# -- made here: too big to commit ------------------------------------------------------------

def test_an_oversized_file_is_refused_before_it_is_read(tmp_path: Path, capsys, isolated_home) -> None:
    path = tmp_path / "huge.json"
    with open(path, "wb") as handle:  # sparse: no disk space used
        handle.truncate(MAX_FILE_BYTES + 1024 * 1024)
    for command in (["validate", str(path)], ["import", str(path), "--yes"]):
        assert main(command) == 1
        out, err = capsys.readouterr()
        assert f"{path}: file is 21 MB; the limit is 20 MB" in out + err
    assert not (isolated_home / "libraries.json").exists()


def test_a_body_over_the_limit_is_refused_with_the_limit(tmp_path: Path, capsys) -> None:
    data = json.loads((HOSTILE / "undeclared_variable.json").read_text(encoding="utf-8"))
    data["templates"][0]["body"] = "x" * (MAX_BODY_CHARS + 1)
    data["templates"][0]["variables"] = []
    path = tmp_path / "long_body.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    assert (f"{path}:templates[0].body: is {MAX_BODY_CHARS + 1} characters long; the limit is {MAX_BODY_CHARS}"
            in capsys.readouterr().out)


def test_too_many_templates_is_refused_with_the_limit(tmp_path: Path, capsys, isolated_home) -> None:
    template = {"id": "t", "language": "fi", "title": "T", "roles": ["hr"], "body": "x"}
    data = {"format": "promptlib-library", "format_version": 1, "id": "many", "name": "Many",
            "version": "1", "publisher": "p",
            "templates": [dict(template, id=f"t{i}") for i in range(MAX_TEMPLATES + 1)]}
    path = tmp_path / "many.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(LibraryError) as raised:
        load_pack(path)
    assert raised.value.lines() == [f"{path}:templates: {MAX_TEMPLATES + 1} templates; the limit is {MAX_TEMPLATES}"]
    assert main(["import", str(path), "--yes"]) == 1
    assert not (isolated_home / "libraries.json").exists()


def test_a_folder_or_unreadable_file_is_a_clear_error(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "looks.json"
    folder.mkdir()
    assert main(["import", str(folder), "--yes"]) == 1
    assert f"{folder}: is a folder, not a library file" in capsys.readouterr().err
    if os.name == "posix" and os.geteuid() != 0:
        locked = tmp_path / "locked.json"
        locked.write_text("{}", encoding="utf-8")
        locked.chmod(0)
        assert main(["import", str(locked), "--yes"]) == 1
        assert "cannot read the file" in capsys.readouterr().err
