"""New from text: placeholders in pasted prompts become variables (fi, sv, en)."""

from __future__ import annotations

from promptlib.core.owntemplates.placeholders import propose_variables


def test_finnish_square_angle_and_curly_placeholders() -> None:
    proposal = propose_variables("Kirjoita kutsu [tapahtuman nimi] -tapahtumaan <päivämäärä>. Sävy: {sävy}.")
    assert proposal.body == "Kirjoita kutsu {{ tapahtuman_nimi }} -tapahtumaan {{ paivamaara }}. Sävy: {{ savy }}."
    assert [(v["name"], v["label"], v["type"]) for v in proposal.variables] == [
        ("tapahtuman_nimi", "Tapahtuman nimi", "text"), ("paivamaara", "Päivämäärä", "text"),
        ("savy", "Sävy", "text")]
    assert all(v["required"] for v in proposal.variables)


def test_swedish_placeholder_repeated_is_one_variable_and_pasted_text_is_multiline() -> None:
    proposal = propose_variables("Sammanfatta [Mötets namn].\nAnteckningar:\n[klistra in anteckningarna]\n"
                                 "Nämn [mötets namn] i rubriken.")
    assert [v["name"] for v in proposal.variables] == ["motets_namn", "klistra_in_anteckningarna"]
    assert proposal.body.count("{{ motets_namn }}") == 2
    assert proposal.variables[1]["type"] == "multiline"


def test_english_text_keeps_links_checkboxes_delimiters_json_and_template_tags() -> None:
    text = ('Act as an editor. See [the guide](https://example.org). [ ] done [x]\n<text>\n{{ notes }}\n</text>\n'
            'Answer as JSON like {"title": "..."}. {% if tone %}Tone: {{ tone | lower }}{% endif %} Topic: <topic>')
    proposal = propose_variables(text)
    assert proposal.body == text.replace("<topic>", "{{ topic }}")
    assert [v["name"] for v in proposal.variables] == ["notes", "tone", "topic"]
    assert [v["type"] for v in proposal.variables] == ["multiline", "text", "text"]
    assert propose_variables("Tausta:\n{{ tausta }}").variables[0]["type"] == "multiline"


def test_english_paste_placeholder_is_multiline_and_a_label_line_makes_one_so() -> None:
    proposal = propose_variables("Summarise the text below.\n<paste the report here>\nAudience:\n[who reads it]")
    assert [v["type"] for v in proposal.variables] == ["multiline", "multiline"]
    single = propose_variables("Write to [recipient] about [topic].")
    assert [v["type"] for v in single.variables] == ["text", "text"]


def test_text_without_placeholders_is_left_alone() -> None:
    text = "Tiivistä alla oleva teksti kolmeen kohtaan."
    assert propose_variables(text) == (text, [])
