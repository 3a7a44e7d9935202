"""The organisation policy file: where it is, what it sets, and safe handling of bad files."""

from __future__ import annotations

import json
import os
from pathlib import Path, PureWindowsPath

import pytest

from promptlib.core.policy import (
    SAFE_POLICY,
    AIService,
    Policy,
    TrustedPublisher,
    default_policy_path,
    load_policy,
    parse_policy,
    policy_path,
    policy_to_json,
)

FULL = {
    "approved_services": [{"name": "Copilot (organisation)", "url": "https://copilot.example.fi/"},
                          {"name": "Sisäinen AI", "url": "https://ai.kunta.example/chat"}],
    "allow_copy_anyway": False,
    "library_sources": [r"\\fileserver\promptlib", "https://intra.example.fi/promptlib/hr.json"],
    "allow_user_sources": False,
    "ai_rules_url": "https://intra.example.fi/ai-ohje",
    "ai_rules_title": "Kunnan tekoälyohje",
}


def write(tmp_path: Path, content: str | bytes) -> Path:
    path = tmp_path / "policy.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# -- where ---------------------------------------------------------------------------------

def test_machine_wide_paths_per_platform() -> None:
    assert default_policy_path("linux", {}) == Path("/etc/promptlib/policy.json")
    assert default_policy_path("darwin", {}) == Path("/Library/Application Support/promptlib/policy.json")
    windows = default_policy_path("win32", {"ProgramData": r"D:\ProgramData"})
    assert PureWindowsPath(str(windows)).parts[-2:] == ("promptlib", "policy.json")
    assert str(windows).startswith(r"D:\ProgramData")
    assert str(default_policy_path("win32", {})).startswith(r"C:\ProgramData")


def test_environment_variable_overrides_the_path(tmp_path: Path, monkeypatch) -> None:
    path = write(tmp_path, json.dumps({"allow_copy_anyway": False}))
    monkeypatch.setenv("PROMPTLIB_POLICY", str(path))
    assert policy_path() == path
    result = load_policy()
    assert result.path == path and result.found
    assert result.policy.allow_copy_anyway is False


# -- good files ------------------------------------------------------------------------------

def test_missing_file_gives_defaults_and_no_problems(tmp_path: Path) -> None:
    result = load_policy(tmp_path / "nowhere" / "policy.json")
    assert result.policy == Policy()
    assert result.problems == [] and not result.found
    assert result.policy.allow_copy_anyway is True and result.policy.allow_user_sources is True
    assert result.policy.approved_services == () and result.policy.library_sources == ()


def test_a_full_policy_is_read(tmp_path: Path) -> None:
    result = load_policy(write(tmp_path, json.dumps(FULL, ensure_ascii=False)))
    assert result.problems == []
    policy = result.policy
    assert policy.approved_services == (AIService("Copilot (organisation)", "https://copilot.example.fi/"),
                                        AIService("Sisäinen AI", "https://ai.kunta.example/chat"))
    assert policy.allow_copy_anyway is False and policy.allow_user_sources is False
    assert policy.library_sources == (r"\\fileserver\promptlib", "https://intra.example.fi/promptlib/hr.json")
    assert policy.ai_rules_url == "https://intra.example.fi/ai-ohje"
    assert policy.ai_rules_title == "Kunnan tekoälyohje"


def test_fields_left_out_keep_their_defaults(tmp_path: Path) -> None:
    result = load_policy(write(tmp_path, '{"ai_rules_url": "https://x.example/ai"}'))
    assert result.problems == []
    assert result.policy == Policy(ai_rules_url="https://x.example/ai")


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    result = load_policy(write(tmp_path, "\ufeff" + json.dumps({"allow_user_sources": False})))
    assert result.problems == [] and result.policy.allow_user_sources is False


# -- bad files: a clear message, safe settings, never an exception ------------------------------

@pytest.mark.parametrize("content, expected", [
    ("{not json", "not valid JSON"),
    ("", "not valid JSON"),
    (b"\xff\xfe{\x00}\x00", "not UTF-8"),
    ("[1, 2]", "must be a JSON object"),
    ('"text"', "must be a JSON object"),
    # A reviewer reads the first, the last would win: neither is taken.
    ('{"allow_copy_anyway": false,\n "allow_copy_anyway": true}',
     'line 2: duplicate key "allow_copy_anyway" at column 2 (at allow_copy_anyway)'),
])
def test_unusable_file_gives_safe_settings_and_one_message(tmp_path: Path, content, expected) -> None:
    path = write(tmp_path, content)
    result = load_policy(path)
    assert len(result.problems) == 1
    assert expected in result.problems[0] and str(path) in result.problems[0]
    assert result.policy == SAFE_POLICY
    assert result.policy.allow_copy_anyway is False and result.policy.allow_user_sources is False


@pytest.mark.parametrize("nesting", ["[" * 100_000, "[" * 100_000 + "]" * 100_000, '{"a":' * 50_000])
def test_a_policy_nested_without_end_is_one_problem(tmp_path: Path, nesting: str) -> None:
    result = load_policy(write(tmp_path, nesting))
    assert result.policy == SAFE_POLICY and len(result.problems) == 1
    assert "nested too deeply" in result.problems[0] and "\n" not in result.problems[0]


@pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev/zero are POSIX")
def test_a_device_or_a_pipe_as_policy_is_refused_not_read_or_waited_for(tmp_path: Path) -> None:
    fifo = tmp_path / "policy.json"
    os.mkfifo(fifo)
    for path in (fifo, Path("/dev/zero")):
        result = load_policy(path)
        assert result.policy == SAFE_POLICY and result.found
        assert "not a regular file" in result.problems[0]


def test_a_folder_or_an_unreadable_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    folder = tmp_path / "policy.json"
    folder.mkdir()
    result = load_policy(folder)
    assert result.policy == SAFE_POLICY and "folder" in result.problems[0]


def test_huge_file_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, '{"library_sources": ["' + "x" * 1_100_000 + '"]}')
    result = load_policy(path)
    assert result.policy == SAFE_POLICY and "larger than" in result.problems[0]


@pytest.mark.parametrize("field, value", [
    ("allow_copy_anyway", "false"), ("allow_copy_anyway", 0), ("allow_copy_anyway", None),
    ("allow_user_sources", "no"), ("allow_user_sources", 1),
])
def test_a_bad_yes_no_setting_falls_back_to_no(field, value) -> None:
    policy, problems = parse_policy({field: value, "ai_rules_url": "https://ok.example/"})
    assert getattr(policy, field) is False
    assert len(problems) == 1 and field in problems[0] and "true or false" in problems[0]
    assert policy.ai_rules_url == "https://ok.example/"   # the other fields still apply


def test_unknown_field_is_reported_and_ignored() -> None:
    policy, problems = parse_policy({"allow_copy_anyway": True, "alow_user_sources": False})
    assert policy == Policy()
    assert len(problems) == 1 and "unknown field 'alow_user_sources'" in problems[0]


@pytest.mark.parametrize("url, why", [
    ("http://chat.example.fi", "https://"),
    ("ftp://chat.example.fi", "https://"),
    ("javascript:alert(1)", "https://"),
    ("chat.example.fi", "https://"),
    ("https://", "no host"),
    ("https://chat example.fi", "spaces"),
])
def test_services_need_https_links(url, why) -> None:
    policy, problems = parse_policy({"approved_services": [
        {"name": "Bad", "url": url}, {"name": "Good", "url": "https://good.example/"}]})
    assert policy.approved_services == (AIService("Good", "https://good.example/"),)
    assert len(problems) == 1 and "approved_services[0].url" in problems[0] and why in problems[0]


@pytest.mark.parametrize("services, where", [
    ({"name": "x", "url": "https://x.example"}, "must be a list"),
    (["https://x.example"], "approved_services[0] must be an object"),
    ([{"url": "https://x.example"}], "approved_services[0].name"),
    ([{"name": "  ", "url": "https://x.example"}], "approved_services[0].name"),
    ([{"name": "X"}], "approved_services[0].url"),
    ([{"name": "X", "url": 5}], "approved_services[0].url"),
])
def test_badly_shaped_services_are_reported(services, where) -> None:
    policy, problems = parse_policy({"approved_services": services})
    assert policy.approved_services == ()
    assert problems and where in problems[0]


def test_unknown_key_in_a_service_is_reported_but_the_service_kept() -> None:
    policy, problems = parse_policy({"approved_services": [
        {"name": "X", "url": "https://x.example", "icon": "x.png"}]})
    assert policy.approved_services == (AIService("X", "https://x.example"),)
    assert "icon" in problems[0]


def test_library_sources_keep_paths_and_https_links_only() -> None:
    policy, problems = parse_policy({"library_sources": [
        "/srv/promptlib", r"C:\Shared\promptlib", "http://intra.example/lib.json", 7, "",
        "https://intra.example/lib.json"]})
    assert policy.library_sources == ("/srv/promptlib", r"C:\Shared\promptlib", "https://intra.example/lib.json")
    assert len(problems) == 3
    assert "library_sources[2]" in problems[0] and "https://" in problems[0]
    policy, problems = parse_policy({"library_sources": "/srv/promptlib"})
    assert policy.library_sources == () and "must be a list" in problems[0]


def test_ai_rules_link_must_be_https() -> None:
    policy, problems = parse_policy({"ai_rules_url": "http://intra.example/ai", "ai_rules_title": "Ohje"})
    assert policy.ai_rules_url == ""
    assert any("ai_rules_url" in problem and "https://" in problem for problem in problems)
    policy, problems = parse_policy({"ai_rules_url": ["https://x.example"]})
    assert policy.ai_rules_url == "" and "must be a text" in problems[0]


def test_every_problem_names_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, json.dumps({"allow_copy_anyway": "no", "extra": 1}))
    result = load_policy(path)
    assert len(result.problems) == 2
    assert all(problem.startswith(f"{path}: ") for problem in result.problems)


def test_the_readme_example_is_a_valid_policy() -> None:
    readme = (Path(__file__).resolve().parents[3] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## For IT: the organisation policy file", 1)[1]
    example = section.split("```json", 1)[1].split("```", 1)[0]
    policy, problems = parse_policy(json.loads(example))
    assert problems == []
    assert policy.allow_copy_anyway is False and len(policy.approved_services) == 2
    assert policy.library_sources[0] == r"\\fileserver\promptlib\libraries"


# -- trusted publishers and signatures ------------------------------------------------------

HR_KEY = "promptlib-ed25519:" + "A" * 43 + "="   # 32 zero bytes: a well-formed key line


def test_trusted_publishers_and_required_signatures_are_read() -> None:
    policy, problems = parse_policy({"trusted_publishers": [{"name": " HR-tiimi ", "public_key": f" {HR_KEY}\n"}],
                                     "require_signed_sources": True})
    assert problems == []
    assert policy.trusted_publishers == (TrustedPublisher("HR-tiimi", HR_KEY),)
    assert policy.require_signed_sources is True
    assert policy_to_json(policy)["trusted_publishers"] == [{"name": "HR-tiimi", "public_key": HR_KEY}]


def test_by_default_no_publisher_is_trusted_and_signatures_are_not_required() -> None:
    assert Policy().trusted_publishers == () and Policy().require_signed_sources is False


@pytest.mark.parametrize("key, why", [
    ("promptlib-ed25519:AAAA", "holds 3 bytes"),
    ("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI", "does not start with promptlib-ed25519:"),
    ("promptlib-ed25519:" + "A" * 42 + "!=", "not valid base64"),
    (None, "must be a text"),
    ("promptlib-ed25519:" + "A" * 300, "longer than"),
])
def test_a_publisher_whose_key_is_bad_is_not_trusted(key, why) -> None:
    policy, problems = parse_policy({"trusted_publishers": [{"name": "Talous", "public_key": key},
                                                            {"name": "HR-tiimi", "public_key": HR_KEY}]})
    assert [p.name for p in policy.trusted_publishers] == ["HR-tiimi"]   # the others still apply
    assert len(problems) == 1
    assert "trusted_publishers[0].public_key" in problems[0] and why in problems[0]
    assert "Talous is not trusted" in problems[0]


@pytest.mark.parametrize("publishers, where", [
    ({"name": "HR-tiimi"}, "must be a list"),
    (["HR-tiimi"], "trusted_publishers[0] must be an object"),
    ([{"public_key": HR_KEY}], "trusted_publishers[0].name"),
    ([{"name": "HR\x1b[2J", "public_key": HR_KEY}], "control characters"),
])
def test_badly_shaped_publishers_are_reported_and_not_trusted(publishers, where) -> None:
    policy, problems = parse_policy({"trusted_publishers": publishers})
    assert policy.trusted_publishers == ()
    assert len(problems) == 1 and where in problems[0]


@pytest.mark.parametrize("value", ["false", 0, None, "yes"])
def test_a_bad_require_signed_sources_falls_back_to_required(value) -> None:
    policy, problems = parse_policy({"require_signed_sources": value})
    assert policy.require_signed_sources is True          # the restrictive choice, unlike the permissions
    assert len(problems) == 1 and "using true" in problems[0]


def test_an_unusable_file_requires_signed_libraries(tmp_path: Path) -> None:
    result = load_policy(write(tmp_path, "{not json"))
    assert result.policy.require_signed_sources is True and result.policy.trusted_publishers == ()
    assert "only libraries signed by a trusted publisher" in result.problems[0]


def test_a_publisher_whose_key_is_given_twice_trusts_no_one(tmp_path: Path) -> None:
    # IT reviews the first key; the second would silently win: the whole file is refused.
    other = "promptlib-ed25519:" + "B" * 43 + "="
    path = write(tmp_path, f'{{"trusted_publishers": [{{"name": "HR-tiimi", "public_key": "{HR_KEY}",\n'
                           f'                          "public_key": "{other}"}}]}}')
    result = load_policy(path)
    assert result.policy == SAFE_POLICY and result.policy.trusted_publishers == ()
    assert result.policy.require_signed_sources is True
    assert len(result.problems) == 1 and 'duplicate key "public_key"' in result.problems[0]
    assert "trusted_publishers[0].public_key" in result.problems[0]
