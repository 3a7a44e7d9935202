"""Group Policy: the registry layout the ADMX writes, read through a fake registry, and
merged over the policy file field by field."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from promptlib.core.grouppolicy import POLICY_KEY, read_policy_values
from promptlib.core.policy import DEFAULT, FILE, REGISTRY, AIService, TrustedPublisher, load_policy

HR_KEY = "promptlib-ed25519:" + "A" * 43 + "="   # 32 zero bytes: a well-formed key line


class FakeRegistry:
    """HKLM as a dict of key -> {value name: value}; `broken` keys raise as a denied read."""

    def __init__(self, keys: dict[str, dict[str, Any]], broken: tuple[str, ...] = ()) -> None:
        self.keys = keys
        self.broken = broken

    def values(self, key: str) -> dict[str, Any] | None:
        if key in self.broken:
            raise PermissionError("access denied")
        return self.keys.get(key)


def registry(top: dict[str, Any] | None = None, **subkeys: dict[str, Any]) -> FakeRegistry:
    keys = {POLICY_KEY: top or {}}
    keys.update({f"{POLICY_KEY}\\{name}": values for name, values in subkeys.items()})
    return FakeRegistry(keys)


def write_file(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "policy.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_no_registry_key_leaves_the_file_and_defaults(tmp_path: Path) -> None:
    path = write_file(tmp_path, {"allow_copy_anyway": False})
    result = load_policy(path, registry=FakeRegistry({}))
    assert result.policy.allow_copy_anyway is False
    assert result.sources["allow_copy_anyway"] == FILE
    assert result.sources["allow_user_sources"] == DEFAULT
    assert result.problems == []


def test_the_registry_wins_field_by_field(tmp_path: Path) -> None:
    path = write_file(tmp_path, {"allow_copy_anyway": True, "ai_rules_url": "https://file.example/ai"})
    result = load_policy(path, registry=registry({"allow_copy_anyway": 0}))
    assert result.policy.allow_copy_anyway is False            # from the registry
    assert result.policy.ai_rules_url == "https://file.example/ai"   # still from the file
    assert result.sources["allow_copy_anyway"] == REGISTRY
    assert result.sources["ai_rules_url"] == FILE


def test_dwords_texts_and_subkeys_become_the_policy(tmp_path: Path) -> None:
    reader = registry({"allow_user_sources": 0, "allow_copy_anyway": 1, "require_signed_sources": 1,
                       "ai_rules_url": "https://intra.example.fi/ai", "ai_rules_title": "Kunnan AI-ohje"},
                      library_sources={"2": r"\\srv\share\b", "1": "https://libs.example.fi/a.json",
                                       "10": r"\\srv\share\c"},
                      approved_services={"Copilot (kunta)": "https://copilot.example.fi/"},
                      trusted_publishers={"HR-tiimi": HR_KEY})
    result = load_policy(tmp_path / "missing.json", registry=reader)
    policy = result.policy
    assert policy.allow_user_sources is False and policy.allow_copy_anyway is True
    assert policy.library_sources == ("https://libs.example.fi/a.json", r"\\srv\share\b", r"\\srv\share\c")
    assert policy.approved_services == (AIService("Copilot (kunta)", "https://copilot.example.fi/"),)
    assert policy.ai_rules_title == "Kunnan AI-ohje"
    assert policy.trusted_publishers == (TrustedPublisher("HR-tiimi", HR_KEY),)
    assert policy.require_signed_sources is True
    assert set(result.sources.values()) == {REGISTRY}
    assert result.problems == []


@pytest.mark.parametrize("value", [2, -1, "1", "yes"])
def test_a_bad_flag_falls_back_to_no_and_names_the_registry_path(tmp_path: Path, value: Any) -> None:
    result = load_policy(tmp_path / "missing.json", registry=registry({"allow_copy_anyway": value}))
    assert result.policy.allow_copy_anyway is False
    assert len(result.problems) == 1
    assert result.problems[0].startswith(r"HKLM\SOFTWARE\Policies\promptlib\allow_copy_anyway: ")


def test_an_http_service_is_left_out_with_a_message(tmp_path: Path) -> None:
    reader = registry(approved_services={"Good": "https://good.example/", "Bad": "http://bad.example/"})
    result = load_policy(tmp_path / "missing.json", registry=reader)
    assert [s.name for s in result.policy.approved_services] == ["Good"]
    assert any(r"promptlib\approved_services" in p and "https" in p for p in result.problems)


def test_badly_named_source_values_and_unknown_values_are_reported(tmp_path: Path) -> None:
    reader = registry({"colour": 3}, library_sources={"1": "/srv/a", "first": "/srv/b"})
    result = load_policy(tmp_path / "missing.json", registry=reader)
    assert result.policy.library_sources == ("/srv/a",)
    assert any("colour: unknown policy value" in p for p in result.problems)
    assert any(r"library_sources\first" in p for p in result.problems)


def test_an_unreadable_registry_key_never_raises(tmp_path: Path) -> None:
    path = write_file(tmp_path, {"allow_copy_anyway": False})
    result = load_policy(path, registry=FakeRegistry({}, broken=(POLICY_KEY,)))
    assert result.policy.allow_copy_anyway is False          # the file still applies
    assert any("cannot be read" in p for p in result.problems)


def test_the_reader_gives_the_file_shape() -> None:
    values, where, problems = read_policy_values(registry({"allow_copy_anyway": 1},
                                                          library_sources={"1": "/srv/a"}))
    assert values == {"allow_copy_anyway": True, "library_sources": ["/srv/a"]}
    assert where["library_sources"] == r"HKLM\SOFTWARE\Policies\promptlib\library_sources"
    assert problems == []


@pytest.mark.parametrize("value", [2, -1, "1"])
def test_a_bad_require_signed_sources_falls_back_to_required(tmp_path: Path, value: Any) -> None:
    result = load_policy(tmp_path / "missing.json", registry=registry({"require_signed_sources": value}))
    assert result.policy.require_signed_sources is True   # the restrictive choice
    assert result.problems[0].startswith(r"HKLM\SOFTWARE\Policies\promptlib\require_signed_sources: ")


def test_a_publisher_with_a_bad_key_is_not_trusted_and_named(tmp_path: Path) -> None:
    reader = registry(trusted_publishers={"HR-tiimi": HR_KEY, "Talous": "promptlib-ed25519:AAAA"})
    result = load_policy(tmp_path / "missing.json", registry=reader)
    assert [p.name for p in result.policy.trusted_publishers] == ["HR-tiimi"]
    assert len(result.problems) == 1
    assert r"promptlib\trusted_publishers: " in result.problems[0] and "Talous is not trusted" in result.problems[0]
