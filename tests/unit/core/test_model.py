"""The library's data objects: what a template and a pack hold, and library format v1 back."""

from __future__ import annotations

from pathlib import Path

from promptlib.core.library.format import load_pack
from promptlib.core.library.validation import validate_pack
from promptlib.core.model import Pack


def test_round_trip_to_dict_gives_back_the_same_templates(sample_pack_path: Path) -> None:
    pack = load_pack(sample_pack_path)
    exported = pack.to_dict()
    assert validate_pack(exported) == []
    again = Pack.from_dict(exported)
    assert again.templates == pack.templates
    assert again.to_dict() == exported
