"""Ids from titles and names from placeholders: ASCII, safe, unique."""

from __future__ import annotations

from promptlib.core.library.validation import SAFE_ID, VARIABLE_NAME
from promptlib.core.owntemplates.ids import ascii_words, template_id_for, variable_name_for


def test_finnish_and_swedish_letters_fold_to_ascii_words() -> None:
    assert ascii_words("Päätösote – Åbo & Straße!") == ["paatosote", "abo", "strasse"]


def test_template_ids_follow_the_title_and_never_repeat() -> None:
    assert template_id_for("Työpaikkailmoitus (kopio)", ()) == "own.tyopaikkailmoitus-kopio"
    taken = {"own.kutsu", "own.kutsu-2"}
    assert template_id_for("Kutsu", taken) == "own.kutsu-3"
    assert template_id_for("", ()) == "own.template"
    long = template_id_for("sana " * 80, ())
    assert SAFE_ID.fullmatch(long) and len(long) <= 60


def test_variable_names_are_valid_unique_and_not_reserved() -> None:
    assert variable_name_for("vastaanottajan nimi", ()) == "vastaanottajan_nimi"
    assert variable_name_for("Mottagarens namn", ()) == "mottagarens_namn"
    assert variable_name_for("if", ()) == "if_value"
    assert variable_name_for("2026 budjetti", ()) == "field_2026_budjetti"
    assert variable_name_for("nimi", {"nimi"}) == "nimi_2"
    assert variable_name_for("!!!", ()) == "field"
    for text in ("Åäö", "x" * 200, "1", "the recipient's full name and title"):
        assert VARIABLE_NAME.fullmatch(variable_name_for(text, ()))
