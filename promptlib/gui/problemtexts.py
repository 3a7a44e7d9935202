"""Library problems in the UI language: one translated text per problem code.

Core reports each problem with a stable code and its parameters (`core/problems.py`);
the CLI prints core's English message, the app shows the text here, filled in from the
same parameters, after the technical location (file, template, field) as it is.
`tests/gui/test_problemtexts.py` fails when a code has no text here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.errors import LibraryError, Problem, PromptlibError
from ..core.problems import fill

translate = QCoreApplication.translate  # lupdate reads translate("context", "literal")


def texts() -> dict[str, str]:
    """Every code's text in the current UI language, `{name}` for its parameters."""
    return {
        "missing": translate("problemtexts",  "required, but missing"),
        "export-unknown-role": translate("problemtexts",
                              "unknown role “{role}” (roles: {roles})"),
        "no-own-templates": translate("problemtexts",
                              "you have no templates of your own yet"),
        "no-such-library": translate("problemtexts",
                              "there is no library “{library}” (libraries: {libraries})"),
        "no-template-in-selection": translate("problemtexts",
                              "the templates {ids} are not in this selection"),
        "nothing-to-export": translate("problemtexts",
                              "nothing to export: no templates match"),
        "cannot-write": translate("problemtexts",
                              "cannot write {path}: {reason}"),
        "builtin-not-removable": translate("problemtexts",
                              "“{library}” is a built-in library and cannot be removed"),
        "not-installed": translate("problemtexts",
                              "no library “{library}” is installed (installed: {installed})"),
        "render-too-long": translate("problemtexts",
                              "the prompt would be longer than {limit} characters"),
        "render-failed": translate("problemtexts",
                              "the template cannot be filled in: {detail}"),
        "render-crashed": translate("problemtexts",
                              "the template cannot be filled in ({detail})"),
        "render-too-deep": translate("problemtexts",
                              "the template cannot be filled in: it is nested too deeply or is too large"),
        "no-library-files": translate("problemtexts",
                              "there are no .json library files in this folder"),
        "install-failed": translate("problemtexts",
                              "could not be installed: {reason}"),
        "source-not-allowed": translate("problemtexts",
                              "not checked: your organisation's policy allows only the library sources it sets"),
        "too-deep-to-check": translate("problemtexts",
                              "the file is nested too deeply to be checked"),
        "not-regular-file": translate("problemtexts",
                              "is a device, a pipe or a socket, not a regular file"),
        "invalid-http": translate("problemtexts",
                              "the server's answer is not valid HTTP ({reason})"),
        "deadline": translate("problemtexts",
                              "no complete answer in {seconds} seconds (the time limit for reading a library)"),
        "cut-short": translate("problemtexts",
                              "the download broke off: the connection ended after {received} of {expected} bytes"),
        "bad-version": translate("problemtexts",
                              "“{value}” is not a version: ASCII digits and letters with “.”, “-”, “+”, “_” or “~”, at most "
                              "64 characters (e.g. 2026.11.0)"),
        "blocks-too-deep": translate("problemtexts",
                              "if blocks are nested more than {limit} levels deep"),
        "body-number-infinite": translate("problemtexts",
                              "a number in the template is too large (it would be infinite)"),
        "body-number-too-large": translate("problemtexts",
                              "a number in the template is larger than {limit}"),
        "body-number-too-many-digits": translate("problemtexts",
                              "a number in the template has too many digits"),
        "body-too-many-parts": translate("problemtexts",
                              "the template has more than {limit} parts; split it into smaller templates"),
        "body-unreadable": translate("problemtexts",
                              "the template cannot be read: {detail}"),
        "check-crashed": translate("problemtexts",
                              "the file cannot be checked ({error})"),
        "compare-kinds": translate("problemtexts",
                              "“{op}” cannot compare {left} with {right} (the values in a template are text: compare text "
                              "with text in quotes, e.g. tone == 'formal')"),
        "direction-override": translate("problemtexts",
                              "contains a text-direction or control character ({character}, at character {position}), which "
                              "would make the text look different from what is pasted; remove it"),
        "duplicate-key": translate("problemtexts",
                              "the key “{key}” appears twice (column {column}, at {path}); each key may appear only once in "
                              "an object, otherwise the last one would silently win"),
        "expression-too-deep": translate("problemtexts",
                              "an expression is nested more than {limit} levels deep (a long chain of and/or/not, filters or "
                              "comparisons); split it into {% if %}/{% elif %} branches"),
        "filter-argument-not-text": translate("problemtexts",
                              "the filter “{name}” takes text as its argument, not {kind}"),
        "filter-takes-no-arguments": translate("problemtexts",
                              "the filter “{name}” takes no arguments, but was given {count}"),
        "filter-too-many-arguments": translate("problemtexts",
                              "the filter “{name}” takes at most {limit} arguments, but was given {count}"),
        "invisible-character": translate("problemtexts",
                              "contains an invisible, text-direction or control character ({character}, at character "
                              "{position}); remove it"),
        "membership-kinds": translate("problemtexts",
                              "“{op}” looks for text inside text, not {left} in {right}"),
        "reserved-builtin-id": translate("problemtexts",
                              "“{id}” is the id of the built-in library “{name}” and is reserved for it; give this library an "
                              "id of its own (e.g. 'org.example.hr')"),
        "test-takes-no-arguments": translate("problemtexts",
                              "the test “{name}” takes no arguments"),
        "too-many-jinja-characters": translate("problemtexts",
                              "the library has more than {limit} characters inside the template tags of bodies beyond the "
                              "simple forms ({{ name }}, {{ name | lower }}, {% if name %}...); simplify them or split the "
                              "library"),
        "too-many-pack-tags": translate("problemtexts",
                              "the library has more than {limit} template tags in all; split it into several libraries"),
        "too-many-tags": translate("problemtexts",
                              "has {count} template tags ({{ }}, {% %}, {# #}); at most {limit} are allowed in one template"),
        "windows-device-id": translate("problemtexts",
                              "“{value}” is not a valid id: “{device}” is a device name on Windows, so the library could not "
                              "be exported there; choose another id"),
        "not-string": translate("problemtexts",  "must be text, not {kind}"),
        "empty": translate("problemtexts",  "must not be empty"),
        "too-long": translate("problemtexts",  "is {length} characters long; at most {limit} are allowed"),
        "unsafe-id": translate("problemtexts",  "“{value}” is not a valid id (lowercase a–z, digits, “.”, “_” and “-”; "
                                       "starts with a letter or digit; at most 100 characters)"),
        "unknown-field": translate("problemtexts",  "unknown field (a misspelt name?)"),
        "not-string-list": translate("problemtexts",  "must be a list of texts, not {kind}"),
        "too-many-entries": translate("problemtexts",  "has {count} entries; at most {limit} are allowed"),
        "empty-entry": translate("problemtexts",  "must be a text that is not empty"),
        "entry-too-long": translate("problemtexts",  "is longer than {limit} characters"),
        "not-list": translate("problemtexts",  "must be a list, not {kind}"),
        "not-object": translate("problemtexts",  "must be an object, not {kind}"),
        "not-bool": translate("problemtexts",  "must be true or false, not {kind}"),
        "not-pack-object": translate("problemtexts",  "a library file must be a JSON object, not {kind}"),
        "too-deep": translate("problemtexts",  "the JSON is nested more than {limit} levels deep"),
        "wrong-format": translate("problemtexts",  "must be “{format}” (is this a promptlib library file?)"),
        "missing-format-version": translate("problemtexts",  "missing; this version of promptlib reads format version {version}"),
        "unsupported-format-version": translate("problemtexts",  "format version {found} is not supported; this version of "
                                                        "promptlib reads version {version} (is a newer promptlib needed?)"),
        "missing-templates": translate("problemtexts",  "missing, or not a list"),
        "too-many-templates": translate("problemtexts",  "{count} templates; at most {limit} are allowed"),
        "duplicate-template": translate("problemtexts",  "the template “{id}” in the language “{language}” appears twice "
                                                "(first at templates[{first}])"),
        "names-not-object": translate("problemtexts",  "must be an object of names by language, "
                                              "e.g. {\"fi\": \"…\", \"sv\": \"…\", \"en\": \"…\"}"),
        "unknown-language-key": translate("problemtexts",  "the language must be one of {languages}"),
        "unknown-language": translate("problemtexts",  "“{value}” is not one of the languages {languages}"),
        "no-roles": translate("problemtexts",  "needs at least one role"),
        "unknown-role": translate("problemtexts",  "unknown role “{role}” (built-in roles: {roles}; declare other roles "
                                          "in the library's “roles”)"),
        "unknown-data-policy": translate("problemtexts",  "must be one of {policies}"),
        "lint-not-object": translate("problemtexts",
                                     "must be an object such as {\"waive\": [\"no-role\"], \"why\": \"...\"}, not {kind}"),
        "lint-waive-not-list": translate("problemtexts",  "must be a non-empty list of lint rule names"),
        "unknown-lint-rule": translate("problemtexts",  "unknown lint rule '{rule}' (one of {rules})"),
        "undeclared-variable": translate("problemtexts",  "uses the variable “{name}”, which is not declared in “variables”"),
        "unused-variable": translate("problemtexts",  "the declared variable “{name}” is not used in the body"),
        "body-syntax": translate("problemtexts",  "the template has a syntax error ({detail})"),
        "body-too-deep": translate("problemtexts",  "the template is nested too deeply"),
        "construct-not-allowed": translate("problemtexts",  "templates may not use this construct: {construct}"),
        "filter-not-allowed": translate("problemtexts",  "the filter “{name}” is not allowed (allowed: {allowed})"),
        "test-not-allowed": translate("problemtexts",  "the test “{name}” is not allowed"),
        "arguments-not-constant": translate("problemtexts",  "the arguments of “{name}” must be plain constants"),
        "keyword-arguments": translate("problemtexts",  "“{name}” takes no named or spread arguments"),
        "assignment": translate("problemtexts",  "templates may not assign to a variable"),
        "too-many-variables": translate("problemtexts",  "{count} variables; at most {limit} are allowed"),
        "duplicate-variable": translate("problemtexts",  "the variable name “{name}” appears twice"),
        "bad-variable-name": translate("problemtexts",  "“{name}” is not a valid variable name (lowercase letters, digits "
                                               "and _, not starting with a digit)"),
        "reserved-variable-name": translate("problemtexts",  "“{name}” is a reserved word in templates; choose another name"),
        "unknown-type": translate("problemtexts",  "unknown type “{type}” (one of {types})"),
        "choices-not-allowed": translate("problemtexts",  "only choice variables have choices (the type is “{type}”)"),
        "bounds-not-allowed": translate("problemtexts",  "only number variables have “{field}”"),
        "no-choices": translate("problemtexts",  "a choice variable needs a list of choices that is not empty"),
        "repeated-choices": translate("problemtexts",  "the same choice appears twice"),
        "not-a-choice": translate("problemtexts",  "{value} is not one of the choices"),
        "not-number": translate("problemtexts",  "must be a number, not {kind}"),
        "unreasonable-number": translate("problemtexts",  "must be a finite number of reasonable size"),
        "min-above-max": translate("problemtexts",  "the minimum {min} is greater than the maximum {max}"),
        "outside-bounds": translate("problemtexts",  "{value} is outside the minimum and maximum"),
        "date-not-string": translate("problemtexts",  "must be a date written YYYY-MM-DD, not {kind}"),
        "not-a-date": translate("problemtexts",  "“{value}” is not a date written YYYY-MM-DD"),
        "lone-surrogate": translate("problemtexts",  "contains a broken character (character {position}) that cannot be "
                                            "saved as UTF-8 text"),
        "number-too-large": translate("problemtexts",  "is a number too large to store"),
        "key-not-string": translate("problemtexts",  "has a key {key} that is not text"),
        "not-json-value": translate("problemtexts",  "holds a value of type {type}, which is not JSON"),
        "unstorable": translate("problemtexts",  "the data cannot be stored as JSON"),
        "file-too-large": translate("problemtexts",  "the file is {size} MB; at most {limit} MB is allowed"),
        "larger-than-limit": translate("problemtexts",  "the library is larger than the limit of {limit} MB"),
        "is-folder": translate("problemtexts",  "this is a folder, not a library file"),
        "cannot-read": translate("problemtexts",  "the file cannot be read ({reason})"),
        "not-json-object": translate("problemtexts",  "a library file must be a JSON object with "
                                             "\"format\": \"{format}\", not {kind}"),
        "utf16": translate("problemtexts",  "the file is saved as UTF-16 text; save it as UTF-8"),
        "not-utf8": translate("problemtexts",  "the file is not UTF-8 text (byte {byte}, 0x{hex}); save it as UTF-8"),
        "empty-file": translate("problemtexts",  "the file is empty"),
        "invalid-json": translate("problemtexts",  "not valid JSON at column {column} ({detail})"),
        "json-too-deep": translate("problemtexts",  "not valid JSON at column {column}: nested too deeply"),
        "json-lone-surrogate": translate("problemtexts",  "not valid JSON at column {column}: a \\u escape is half of a "
                                                 "character ({detail})"),
        "no-such-file": translate("problemtexts",  "no such file or folder"),
        "no-such-source": translate("problemtexts",  "no such file or folder (is the network drive connected?)"),
        "address-refused": translate("problemtexts",  "the address was refused ({reason})"),
        "http-error": translate("problemtexts",  "the server answered {status} {reason}"),
        "timeout": translate("problemtexts",  "no answer in {seconds} seconds"),
        "cannot-connect": translate("problemtexts",  "cannot connect ({reason})"),
        "download-failed": translate("problemtexts",  "the download failed ({reason})"),
        "builtin-unloadable": translate("problemtexts",  "a built-in library cannot be loaded ({reason})"),
        "invalid-library": translate("problemtexts",  "the library cannot be used"),
        "signature-unreadable": translate("problemtexts",  "the signature file cannot be read ({reason})"),
        # Not the reason: it is core's English, and the advice is the same whatever it is.
        "signature-damaged": translate("problemtexts",
                              "the signature file is damaged; ask the library's publisher to publish it again"),
        "signature-changed": translate("problemtexts",
                              "the file was changed after it was signed; do not use this copy, ask the "
                              "library's publisher for a fresh one"),
        "signature-other-file": translate("problemtexts",
                              "the signature beside this file is for another file ({signed_id} {signed_version}; "
                              "this file is {id} {version}): a new version may be being published; try again "
                              "in a moment, else ask the library's publisher"),
        "signature-wrong-key": translate("problemtexts",
                              "the signature was not made with the key of {publisher}, the trusted publisher it "
                              "names; do not use this file"),
        "signature-required-unsigned": translate("problemtexts",
                              "the library is not signed, and your organisation accepts only libraries signed "
                              "by a trusted publisher"),
        "signature-required-untrusted": translate("problemtexts",
                              "the library is signed with a key your organisation has not named as a trusted "
                              "publisher (key {key_id}), and your organisation accepts only libraries signed "
                              "by a trusted publisher"),
    }


def _kinds() -> dict[str, str]:
    """core.errors.describe_kind's words, which reach the texts as {kind}."""
    return {"an object": translate("problemtexts",  "an object"), "a list": translate("problemtexts",  "a list"),
            "a string": translate("problemtexts",  "text"), "true/false": translate("problemtexts",  "true/false"),
            "a number": translate("problemtexts",  "a number"), "null": translate("problemtexts",  "null")}


def problem_text(problem: Problem) -> str:
    """What is wrong, in the UI language (core's English message for an unknown code)."""
    text = texts().get(problem.code)
    if text is None:
        return problem.message
    values = problem.values
    if "kind" in values:
        values["kind"] = _kinds().get(values["kind"], values["kind"])
    return fill(text, values)


def problem_line(source: str, problem: Problem) -> str:
    """`SOURCE:LOCATION: text`, as the CLI prints it but in the UI language."""
    text = problem_text(problem)
    return f"{source}:{problem.location}: {text}" if problem.location else f"{source}: {text}"


def error_lines(error: LibraryError) -> list[str]:
    return [problem_line(error.source, problem) for problem in error.problems]


def error_summary(error: LibraryError) -> str:
    """The first problem and how many more: one line for the status bar."""
    if not error.problems:
        return f"{error.source}: {texts()['invalid-library']}"
    first = problem_line(error.source, error.problems[0])
    more = len(error.problems) - 1
    if more:
        first += " " + translate("problemtexts", "(and %n more)", "", more)
    return first


def error_text(error: PromptlibError) -> str:
    """An error from importing or exporting, in the UI language where promptlib words it:
    a library's problems one a line; other errors as core says them."""
    if isinstance(error, LibraryError):
        return "\n".join(error_lines(error))
    from ..core.library.importing import StalePlanError

    if isinstance(error, StalePlanError):
        return translate("problemtexts", "The installed libraries changed after this preview (another promptlib "
                                         "window?). Nothing was installed; please import again.")
    return error_message(error)


def error_message(error: PromptlibError) -> str:
    """An error in the UI language where core gave it a code (`PromptlibError.problem`):
    exporting, removing, rendering; else as core says it."""
    found = getattr(error, "problem", None)
    if found is None:
        return str(error)
    return f"{found.location}: {problem_text(found)}" if found.location else problem_text(found)
