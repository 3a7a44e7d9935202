
import pytest

from promptlib.core import resources


def test_builtin_library_and_resources_are_found() -> None:
    assert any(resources.builtin_library_dir().glob("*.json")) or resources.builtin_library_dir().is_dir()
    assert resources.resource_path("icons/promptlib.svg").is_file()
    assert resources.resource_path("guide/good-prompts.fi.md").is_file()


@pytest.mark.parametrize("name", ["../pyproject.toml", "/etc/passwd", "guide/../../x", "", "a\\..\\b"])
def test_resource_names_must_stay_inside_resources(name: str) -> None:
    with pytest.raises(ValueError):
        resources.resource_path(name)
