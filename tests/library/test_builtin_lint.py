"""The built-in library lints clean: no errors, and every hint fixed or waived with a reason."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from promptlib.core.library.format import read_pack_file
from promptlib.core.quality.lint import lint_pack

REPO_ROOT = Path(__file__).resolve().parents[2]
LIBRARY = REPO_ROOT / "library"
PACK_FILES = sorted(LIBRARY.glob("*.json"))


def test_no_unwaived_findings_in_the_built_in_library() -> None:
    findings = [finding for path in PACK_FILES for finding in lint_pack(read_pack_file(path), path=path.name)]
    assert len(PACK_FILES) >= 8
    assert not findings, "\n".join(f"{f.path}: {f.template} [{f.language}] {f.rule}: {f.message}" for f in findings)


def test_every_waiver_still_has_something_to_waive() -> None:
    """A waiver outliving its finding would hide the next, real one."""
    stale = []
    for path in PACK_FILES:
        data = read_pack_file(path)
        shown = {(f.template, f.language, f.rule) for f in lint_pack(data, include_waived=True) if f.waived}
        for template in data["templates"]:
            for rule in template.get("lint", {}).get("waive", ()):
                if (template["id"], template["language"], rule) not in shown:
                    stale.append(f"{path.name}: {template['id']} [{template['language']}] {rule}")
    assert not stale, "waivers with nothing to waive:\n" + "\n".join(stale)


def test_promptlib_lint_strict_passes_on_the_library() -> None:
    result = subprocess.run([sys.executable, "-m", "promptlib", "lint", "--strict", "--json", str(LIBRARY)],
                            capture_output=True, text=True, cwd=REPO_ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout) == {"findings": []}
