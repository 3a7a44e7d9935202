"""Every problem a library file can have: a stable code, its parameters and its English message.

Validation, reading and fetching report a problem as `problem(location, code, **params)`.
The English message (what the CLI prints, `PATH:LOCATION: message`) is made here from
`MESSAGES`; the GUI words the same code in the UI language from the parameters
(`gui/problemtexts.py`) and shows the location as it is. A code is a contract between
the two: `tests/gui/test_problemtexts.py` fails when a code here has no GUI text.
"""

from __future__ import annotations

import re

from .errors import Problem, PromptlibError, RenderError

# Codes are stable: change a message's words freely, never a code's meaning.
MESSAGES: dict[str, str] = {
    # Fields
    "missing": "missing (required)",
    "not-string": "must be a string, not {kind}",
    "empty": "must not be empty",
    "too-long": "is {length} characters long; the limit is {limit}",
    "invisible-character": "contains an invisible, direction-changing or control character ({character}, "
                           "at character {position}); remove it",
    "direction-override": "contains a direction override or control character ({character}, at character "
                          "{position}), which would make the text show differently from what is pasted; remove it",
    "windows-device-id": "'{value}' is not a safe id: '{device}' is a device name on Windows, so the library "
                         "could not be exported there; choose another id",
    "bad-version": "'{value}' is not a version: ASCII digits and letters with '.', '-', '+', '_' or '~', at most "
                   "64 characters (e.g. 2026.11.0)",
    "too-many-tags": "has {count} template tags ({{ }}, {% %}, {# #}); the limit is {limit} a template",
    "too-many-pack-tags": "the pack has more than {limit} template tags in all (the limit); split it into several packs",
    "too-many-jinja-characters": "the pack has more than {limit} characters inside template tags of bodies beyond "
                                 "the simple forms ({{ name }}, {{ name | lower }}, {% if name %}...), the limit; "
                                 "simplify them or split the pack",
    "reserved-builtin-id": "'{id}' is the id of the built-in library '{name}' and is reserved for it; give this "
                           "library an id of its own (e.g. 'org.example.hr')",
    "no-library-files": "no .json library files in this folder",
    "install-failed": "could not be installed: {reason}",
    "source-not-allowed": "not checked: your organisation's policy allows only the library sources it sets",
    # Exporting and removing (core/library/exporting.py, installed.py)
    "export-unknown-role": "unknown role '{role}' (roles: {roles})",
    "no-own-templates": "you have no templates of your own yet",
    "no-such-library": "no library '{library}' (libraries: {libraries})",
    "no-template-in-selection": "no template {ids} in this selection",
    "nothing-to-export": "nothing to export: no templates match",
    "cannot-write": "cannot write {path}: {reason}",
    "builtin-not-removable": "'{library}' is a built-in library and cannot be removed",
    "not-installed": "no installed library '{library}' (installed: {installed})",
    # Rendering (core/render/renderer.py)
    "render-too-long": "the prompt would be longer than {limit} characters",
    "render-failed": "the template cannot be rendered: {detail}",
    "render-crashed": "the template cannot be rendered ({detail})",
    "render-too-deep": "the template cannot be rendered: it is nested too deeply or too large",
    "too-deep-to-check": "the file is nested too deeply to check",
    "check-crashed": "the file cannot be checked ({error})",
    "unsafe-id": "'{value}' is not a safe id (lowercase a-z, 0-9, '.', '_', '-'; "
                 "starts with a letter or digit, does not end with '.'; at most 100 characters)",
    "unknown-field": "unknown field",
    "not-string-list": "must be a list of strings, not {kind}",
    "too-many-entries": "has {count} entries; the limit is {limit}",
    "empty-entry": "must be a non-empty string",
    "entry-too-long": "is longer than {limit} characters",
    "not-list": "must be a list, not {kind}",
    "not-object": "must be an object, not {kind}",
    "not-bool": "must be true or false, not {kind}",
    # The pack
    "not-pack-object": "a library file must be a JSON object, not {kind}",
    "too-deep": "JSON is nested more than {limit} levels deep",
    "wrong-format": "must be \"{format}\" (is this a promptlib library file?)",
    "missing-format-version": "missing (required; this promptlib reads version {version})",
    "unsupported-format-version": "unsupported version {found}; this promptlib reads "
                                  "version {version} (is there a newer promptlib?)",
    "missing-templates": "missing or not a list",
    "too-many-templates": "{count} templates; the limit is {limit}",
    "duplicate-template": "duplicate template '{id}' in language '{language}' (first at templates[{first}])",
    "names-not-object": "must be an object of names by language "
                        "(e.g. {\"fi\": \"...\", \"sv\": \"...\", \"en\": \"...\"})",
    "unknown-language-key": "language must be one of {languages}",
    # Templates
    "unknown-language": "'{value}' is not one of {languages}",
    "no-roles": "needs at least one role",
    "unknown-role": "unknown role '{role}' (built-in roles: {roles}; declare others in the pack's \"roles\")",
    "unknown-data-policy": "must be one of {policies}",
    "lint-not-object": "must be an object like {\"waive\": [\"no-role\"], \"why\": \"...\"}, not {kind}",
    "lint-waive-not-list": "must be a non-empty list of lint rule ids",
    "unknown-lint-rule": "unknown lint rule '{rule}' (one of {rules})",
    "undeclared-variable": "uses variable '{name}' that is not declared in \"variables\"",
    "unused-variable": "declared variable '{name}' is never used in the body",
    # Bodies (core/render/sandbox.py)
    "body-syntax": "template syntax error: {detail}",
    "body-too-deep": "template is nested too deeply",
    "body-number-too-many-digits": "a number in the template has too many digits",
    "body-unreadable": "the template cannot be read: {detail}",
    "blocks-too-deep": "if blocks are nested more than {limit} levels deep",
    "expression-too-deep": "an expression is nested more than {limit} levels deep (a long chain of and/or/not, "
                           "filters or comparisons); split it into {% if %}/{% elif %} branches",
    "body-too-many-parts": "the template has more than {limit} parts; split it into smaller templates",
    "test-takes-no-arguments": "test '{name}' takes no arguments",
    "body-number-infinite": "a number in the template is too large (it would be infinite)",
    "body-number-too-large": "a number in the template is larger than {limit}",
    "filter-takes-no-arguments": "filter '{name}' takes no arguments, not {count}",
    "filter-too-many-arguments": "filter '{name}' takes at most {limit} argument(s), not {count}",
    "filter-argument-not-text": "filter '{name}' takes text as its argument, not {kind}",
    "compare-kinds": "'{op}' cannot compare {left} with {right} (template values are text: compare text with "
                     "text in quotes, e.g. tone == 'formal')",
    "membership-kinds": "'{op}' looks for text inside text, not {left} in {right}",
    "construct-not-allowed": "{construct} is not allowed in templates",
    "filter-not-allowed": "filter '{name}' is not allowed (allowed: {allowed})",
    "test-not-allowed": "test '{name}' is not allowed (allowed: {allowed})",
    "arguments-not-constant": "'{name}' arguments must be plain constants",
    "keyword-arguments": "'{name}' takes no keyword or spread arguments",
    "assignment": "assigning to a variable is not allowed in templates",
    # Variables
    "too-many-variables": "{count} variables; the limit is {limit}",
    "duplicate-variable": "duplicate variable name '{name}'",
    "bad-variable-name": "'{name}' is not a valid variable name "
                         "(lowercase letters, digits and _, not starting with a digit)",
    "reserved-variable-name": "'{name}' means something of its own in templates; rename the variable "
                              "(e.g. '{name}_value') in \"variables\" and in the body",
    "unknown-type": "unknown type '{type}' (one of {types})",
    "choices-not-allowed": "only choice variables have choices (type is '{type}')",
    "bounds-not-allowed": "only number variables have '{field}'",
    "no-choices": "a choice variable needs a non-empty list of choices",
    "repeated-choices": "choices must not repeat",
    "not-a-choice": "{value} is not one of the choices",
    "not-number": "must be a number, not {kind}",
    "unreasonable-number": "must be a finite number of reasonable size",
    "min-above-max": "min {min} is greater than max {max}",
    "outside-bounds": "{value} is outside min..max",
    "date-not-string": "must be a date string YYYY-MM-DD, not {kind}",
    "not-a-date": "'{value}' is not a date in the form YYYY-MM-DD",
    # What the store can save (core/library/encodable.py)
    "lone-surrogate": "contains a lone surrogate (character {position}) that cannot be saved as UTF-8 text",
    "number-too-large": "is a number too large to store",
    "key-not-string": "has a key {key} that is not a string",
    "not-json-value": "holds a {type}, which is not JSON",
    "unstorable": "the data cannot be stored as JSON",
    # The file (core/library/format.py, core/jsonbytes.py, core/library/fetch.py)
    "file-too-large": "file is {size} MB; the limit is {limit} MB",
    "larger-than-limit": "the library is larger than the {limit} MB limit",
    "is-folder": "is a folder, not a library file",
    "cannot-read": "cannot read the file: {reason}",
    "not-json-object": "a library file must be a JSON object with \"format\": \"{format}\", not {kind}",
    "utf16": "the file is UTF-16 text; save it as UTF-8",
    "not-utf8": "the file is not UTF-8 text (byte {byte}, 0x{hex}); save it as UTF-8",
    "empty-file": "the file is empty",
    "invalid-json": "not valid JSON at column {column}: {detail}",
    "duplicate-key": "duplicate key \"{key}\" at column {column} (at {path}); each key may appear only once "
                     "in an object, or the last one would silently win",
    "json-too-deep": "not valid JSON at column {column}: nested too deeply",
    "json-lone-surrogate": "not valid JSON at column {column}: a \\u escape is half of a "
                           "character (a lone surrogate): {detail}",
    "no-such-file": "no such file or folder",
    "no-such-source": "no such file or folder (is the network share connected?)",
    "address-refused": "refused: the address {reason}",
    "http-error": "the server answered {status} {reason}",
    "timeout": "no answer in {seconds} seconds",
    "cannot-connect": "cannot connect ({reason})",
    "download-failed": "download failed ({reason})",
    "not-regular-file": "is a device, a pipe or a socket, not a regular file",
    "invalid-http": "the server's answer is not valid HTTP ({reason})",
    "deadline": "no complete answer in {seconds} seconds (the time limit for reading a library)",
    "cut-short": "download failed: the connection ended after {received} of {expected} bytes",
    "builtin-unloadable": "cannot load built-in pack: {reason}",
    # Signatures (core/library/signing.py)
    "signature-unreadable": "cannot read the signature file: {reason}",
    "signature-damaged": "the signature file is damaged: {reason}; ask the library's publisher to publish it again",
    "signature-changed": "the file was changed after it was signed (its bytes do not match its signature); "
                         "do not use this copy, ask the library's publisher for a fresh one",
    "signature-other-file": "the signature beside this file is for another file ({signed_id} {signed_version}; "
                            "this file is {id} {version}): it was replaced after signing, or a new version is "
                            "being published; try again in a moment, else ask the library's publisher",
    "signature-wrong-key": "the signature was not made with the key of {publisher} (key {key_id}), the trusted "
                           "publisher it names; do not use this file",
    "signature-required-unsigned": "the library is not signed, and your organisation's policy accepts only "
                                   "libraries signed by a trusted publisher",
    "signature-required-untrusted": "the library is signed with key {key_id}, which is not a trusted publisher in "
                                    "your organisation's policy, and the policy accepts only libraries signed "
                                    "by a trusted publisher",
    "invalid-library": "invalid library",
}

_PARAMETER = re.compile(r"\{([a-z_]+)\}")


def fill(text: str, params: dict[str, str]) -> str:
    """*text* with each `{name}` of *params* replaced; other braces (JSON examples) stay."""
    return _PARAMETER.sub(lambda match: params.get(match.group(1), match.group(0)), text)


def problem(location: str, code: str, **params: object) -> Problem:
    """The problem *code* at *location*, its English message filled in from *params*."""
    values = {name: str(value) for name, value in params.items()}
    return Problem(location, fill(MESSAGES[code], values), code, tuple(values.items()))


def coded_error(code: str, *, kind: type[PromptlibError] = PromptlibError, **params: object) -> PromptlibError:
    """An error of *kind* whose message is *code*'s English, carrying the coded problem."""
    found = problem("", code, **params)
    error = kind(found.message)
    error.problem = found
    return error


def render_error(code: str, **params: object) -> RenderError:
    error = coded_error(code, kind=RenderError, **params)
    assert isinstance(error, RenderError)
    return error
