"""`promptlib policy`: what IT runs to check a workstation's effective policy."""

from __future__ import annotations

import json
import re

from promptlib.cli import main


def test_policy_json_shows_values_sources_and_problems(tmp_path, monkeypatch, capsys) -> None:
    path = tmp_path / "policy.json"
    path.write_text(json.dumps({"allow_copy_anyway": False, "ai_rules_url": "http://intra/ai"}), "utf-8")
    monkeypatch.setenv("PROMPTLIB_POLICY", str(path))
    assert main(["policy", "--json"]) == 1          # a problem: the http link
    shown = json.loads(capsys.readouterr().out)
    assert set(shown) == {"policy", "sources", "problems"}
    assert shown["policy"]["allow_copy_anyway"] is False
    assert shown["sources"]["allow_copy_anyway"] == "file"
    assert shown["sources"]["allow_user_sources"] == "default"
    assert len(shown["problems"]) == 1 and "ai_rules_url" in shown["problems"][0]


def test_policy_without_a_file_is_the_defaults(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("PROMPTLIB_POLICY", str(tmp_path / "none.json"))
    assert main(["policy"]) == 0
    out = capsys.readouterr().out
    assert "not found" in out and re.search(r"allow_copy_anyway +yes  \[default\]", out)
    assert re.search(r"require_signed_sources +no  \[default\]", out)
