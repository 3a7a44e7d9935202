"""The tests mirror the source: every core module has its own test file at the same place
(promptlib/core/library/validation.py -> tests/unit/core/library/test_validation.py)."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CORE = REPO / "promptlib" / "core"


def test_every_core_module_has_its_own_test_file() -> None:
    modules = [path for path in CORE.rglob("*.py") if path.name != "__init__.py"]
    assert len(modules) > 20
    missing = []
    for module in modules:
        relative = module.relative_to(CORE)
        expected = REPO / "tests" / "unit" / "core" / relative.parent / f"test_{relative.name}"
        if not expected.is_file():
            missing.append(f"{module.relative_to(REPO)} -> {expected.relative_to(REPO)}")
    assert not missing, "core modules without a test file:\n" + "\n".join(missing)


def test_no_test_file_is_left_for_a_module_that_is_gone() -> None:
    """A test file named after a module must follow it when it moves or is renamed
    (files that test one aspect of a module, such as test_detection_corpus.py, start
    with their module's name)."""
    stems = {path.stem for path in CORE.rglob("*.py")}
    strays = []
    for test in (REPO / "tests" / "unit" / "core").rglob("test_*.py"):
        folder = CORE / test.parent.relative_to(REPO / "tests" / "unit" / "core")
        name = test.stem.removeprefix("test_")
        here = {path.stem for path in folder.glob("*.py")}
        if not any(name == stem or name.startswith(stem + "_") for stem in here):
            strays.append(str(test.relative_to(REPO)))
    assert stems and not strays, "test files whose module is not beside them in promptlib/core:\n" + "\n".join(strays)
