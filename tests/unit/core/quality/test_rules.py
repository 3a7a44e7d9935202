"""Each rule on good and bad prompts in Finnish, Swedish and English.

Precision first: a "good" prompt here is one a careful curator would write, and the rule
must stay silent on it; a "bad" one lacks exactly what the rule is about.
"""

from __future__ import annotations

import pytest

from promptlib.core.quality import rules
from promptlib.core.quality.prose import Prose

ROLE_GOOD = {
    "fi": [
        "Toimi kokeneena HR-asiantuntijana. Kirjoita työpaikkailmoitus.",
        "Toimi kunnan tai hyvinvointialueen sosiaalisen median asiantuntijana. Kirjoita julkaisu.",
        "Olet kunnan viestintäsuunnittelija. Laadi tiedote.",
        "Roolisi on toimia talousjohtajan assistenttina. Tiivistä raportti.",
        "Kokeneena pöytäkirjanpitäjänä laadit pöytäkirjan muistiinpanoista.",
        "Sinä olet asiakaspalvelun kouluttaja. Kirjoita puhelinkäsikirjoitus.",
        "Kirjoita asukkaan näkökulmasta palaute kaavaluonnoksesta.",
    ],
    "sv": [
        "Du är HR-expert inom kommunsektorn. Skriv en platsannons.",
        "Agera som kommunikationsexpert på en kommun. Skriv ett pressmeddelande.",
        "Som erfaren mötessekreterare ska du skriva ett protokoll.",
        "Din roll är att bistå ekonomidirektören. Sammanfatta rapporten.",
        "Du arbetar som kundtjänstutbildare. Skriv ett samtalsmanus.",
        "Skriv ur invånarens perspektiv en respons på planutkastet.",
    ],
    "en": [
        "You are an experienced meeting secretary. Write the minutes.",
        "Act as an HR specialist in the Finnish municipal sector. Write a job description.",
        "As a communications officer at a municipality, draft a press release.",
        "Your role is to support the finance director. Summarise the report.",
        "You're a patient education specialist. Write a leaflet.",
        "Write from the perspective of a resident a reply to the zoning draft.",
    ],
}
ROLE_BAD = {
    "fi": [
        "Kirjoita tiedote uudesta kirjastosta. Pituus enintään 150 sanaa.",
        "Tiivistä alla oleva teksti luettelona. Jos olet epävarma, merkitse [TARKISTA].",
        "Laadi taulukko kustannuksista. Tarkastele asiaa kuormituksen näkökulmasta.",
        "Toimi näin: kirjoita vastaus luettelona.",
    ],
    "sv": [
        "Skriv ett pressmeddelande om det nya biblioteket. Högst 100 ord.",
        "Sammanfatta texten nedan i punktform. Om du är osäker, markera [KONTROLLERA].",
        "Gör en tabell över kostnaderna, sett ur ekonomins perspektiv.",
    ],
    "en": [
        "Write a press release about the new library. At most 150 words.",
        "Summarise the text below as a bulleted list. If you are unsure, mark it [CHECK].",
        "Draft a table of the costs. Consider them from the perspective of the budget.",
        "Act quickly: list the three main risks.",
        "As a result of the merger, write a notice to residents in at most 100 words.",
    ],
}

TASK_GOOD = {
    "fi": [
        "Toimi viestijänä. Kirjoita tiedote.",
        "Olet HR-asiantuntija.\n\nTehtävä: laadi perehdytyssuunnitelma.",
        "Alla on muistiinpanot.\n- Tiivistä ne kolmeen kohtaan.",
        "Olet esihenkilön tuki ja kirjoitat henkilöstölle viestin muutoksesta.",
        "Lopuksi luettele avoimet kysymykset.",
        "Toimi kouluttajana ja laadi tietovisa.",
        "Toimi kielentarkastajana. Oikolue alla oleva teksti.",  # verbs beyond the first list (a review)
        "Olet kirjastonhoitaja. Suosittele kolme kirjaa.",
    ],
    "sv": [
        "Du är kommunikatör. Skriv ett pressmeddelande.",
        "Uppgift: sammanfatta protokollet.",
        "Som expert ska du granska texten.",
        "Agera som HR-expert och föreslå tre intervjufrågor.",
        "Du är språkgranskare. Korrekturläs texten nedan.",
        "Du är bibliotekarie. Rekommendera tre böcker.",
        "Läs materialet. Sedan gör en tabell.",
        "Du är utbildare. Du ska skriva ett quiz.",
    ],
    "en": [
        "You are a communications officer. Write a press release.",
        "Task: summarise the minutes.",
        "Act as an HR specialist and propose three interview questions.",
        "Please draft a reply to the resident.",
        "1. List the risks.\n2. Explain each.",
        "You are a trainer. You will write a quiz.",
        "Act as an editor. Proofread the text below and return a list of fixes.",
        "You are a librarian. Recommend three books.",
        "As an HR adviser, prepare an agenda for the discussion.",
    ],
}
TASK_BAD = {
    "fi": [
        "Olet kunnan viestintäsuunnittelija. Aihe: uusi kirjasto. Kohderyhmä: asukkaat.",
        "Toimi talousasiantuntijana.\n\nTalousarvio vuodelle 2026:\n{{ figures }}",
        "Olet HR-asiantuntija. Rekrytointi koskee sosiaaliohjaajan tehtävää, ja haku päättyy 15.12.",
        "Olet viestijä.\n\nMuuta huomioitavaa:\n{{ notes }}\n\nOta huomioon kohderyhmä. Enintään 150 sanaa.",
    ],
    "sv": [
        "Du är kommunikatör på en kommun. Ämne: det nya biblioteket. Målgrupp: invånarna.",
        "Agera som ekonomiexpert.\n\nBudgeten för 2026:\n{{ figures }}",
        "Du är HR-expert. Rekryteringen gäller en socialarbetare och ansökningstiden går ut den 15 december.",
        "Du är kommunikatör. Ämne: biblioteket. Ta hänsyn till målgruppen och håll tonen varm. Högst 150 ord.",
    ],
    "en": [
        "You are a communications officer at a municipality. Topic: the new library. Audience: residents.",
        "Act as a finance expert.\n\nThe budget for 2026:\n{{ figures }}",
        "You are an HR specialist. The recruitment is for a social worker, and applications close on 15 December.",
        "You are a communications officer. Topic: the library. Use plain language and make sure the tone is warm.",
    ],
}

FORMAT_GOOD = {
    "fi": [
        "Kirjoita tiedote, enintään 150 sanaa.",
        "Kokoa kustannukset taulukkona.",
        "Kirjoita ohje otsikoin.",
        "Tiivistä teksti noin puoleen sivuun.",
        "Luettele riskit.",
        "Palauta tulos JSON-muodossa.",
        "Kirjoita kolme vaihtoehtoista otsikkoa.",
    ],
    "sv": [
        "Skriv ett pressmeddelande på högst 100 ord.",
        "Sammanfatta texten i punktform.",
        "Gör en tabell över kostnaderna.",
        "Skriv anvisningen med mellanrubriker.",
        "Skriv en halv sida.",
        "Ge svaret som CSV.",
    ],
    "en": [
        "Write a press release of at most three paragraphs.",
        "Summarise the text as a bulleted list.",
        "Put the costs in a table.",
        "Write the guide with headings.",
        "Return the result as JSON.",
        "Write one page.",
    ],
}
FORMAT_BAD = {
    "fi": [
        "Toimi viestijänä. Kirjoita tiedote uudesta kirjastosta.",
        "Olet HR-asiantuntija. Laadi työpaikkailmoitus sosiaaliohjaajan tehtävään.",
        "Toimi talousasiantuntijana. Selitä talousarvion poikkeamat valtuutetuille selkeästi.",
        "Olet arkistonhoitaja. Kirjoita ohje; on vähintäänkin yhtä tärkeää, että se on ystävällinen.",
    ],
    "sv": [
        "Du är kommunikatör. Skriv ett pressmeddelande om det nya biblioteket.",
        "Agera som HR-expert. Skriv en platsannons för en socialarbetare.",
        "Du är ekonomiexpert. Förklara budgetavvikelserna tydligt för fullmäktige.",
        "Du är arkivarie. Skriv en anvisning; det är minst lika viktigt att den är vänlig.",
    ],
    "en": [
        "Act as a communications officer. Write a press release about the new library.",
        "You are an HR specialist. Draft a job advertisement for a social worker.",
        "You are a finance expert. Explain the budget variances clearly to councillors.",
        "You are an archivist. Write guidance that helps staff keep the records up to date.",
    ],
}

MULTILINE = {"notes": "multiline", "topic": "text"}
DELIMITED_GOOD = {
    "fi": [
        "Tiivistä muistiinpanot.\n\nMuistiinpanot:\n{{ notes }}\n\nKirjoita tiivistelmä.",
        "Tiivistä teksti:\n\"\"\"\n{{ notes }}\n\"\"\"",
        "Tiivistä alla oleva teksti.\n---\n{{ notes }}\n---",
        "Taustatiedot: {{ notes }}\n\nKirjoita tiedote aiheesta {{ topic }}.",
        "Tiivistä <teksti>{{ notes }}</teksti>",
        "{% if notes %}\nLisätiedot:\n{{ notes }}\n{% endif %}\nKirjoita tiedote.",
    ],
    "sv": [
        "Sammanfatta anteckningarna.\n\nAnteckningar:\n{{ notes }}",
        "Sammanfatta texten:\n\"\"\"\n{{ notes }}\n\"\"\"",
        "Bakgrund: {{ notes }}\n\nSkriv ett pressmeddelande om {{ topic }}.",
        "## Material\n{{ notes }}",
    ],
    "en": [
        "Summarise the notes.\n\nNotes:\n{{ notes }}",
        "Summarise the text below.\n```\n{{ notes }}\n```",
        "Background: {{ notes }}\n\nWrite a press release about {{ topic }}.",
        "Summarise <notes>{{ notes }}</notes>.",
    ],
}
DELIMITED_BAD = {
    "fi": [
        "Tiivistä seuraavat muistiinpanot {{ notes }} ja kirjoita niistä tiedote.",
        "Kirjoita tiedote.\n{{ topic }}\n{{ notes }}",
        "Muistiinpanot: {{ notes }} Kirjoita niistä tiedote.",
    ],
    "sv": [
        "Sammanfatta anteckningarna {{ notes }} och skriv ett pressmeddelande.",
        "Skriv ett pressmeddelande.\n{{ notes }}",
        "Anteckningar: {{ notes }} Skriv ett pressmeddelande av dem.",
    ],
    "en": [
        "Summarise the notes {{ notes }} and write a press release.",
        "Write a press release.\n{{ notes }}",
        "Notes: {{ notes }} Write a press release from them.",
    ],
}

VAGUE_GOOD = {
    "fi": [
        "Mainitse aukioloajat, osoite ja hinnat.",
        "Käytä konkreettisia verbejä, esim. valmistelee, tarkastaa.",
        "Vältä täytesanoja kuten ”jne.”.",
        "Mainitse mm. aukioloajat.",
    ],
    "sv": [
        "Nämn öppettider, adress och priser.",
        "Nämn bl.a. öppettiderna.",
        "Undvik utfyllnad som ”osv.”.",
    ],
    "en": [
        "Mention opening hours, address and prices.",
        "Mention e.g. the opening hours.",
        "Avoid fillers like \"etc.\".",
    ],
}
VAGUE_BAD = {
    "fi": [
        "Mainitse aukioloajat, osoite jne.",
        "Kerro palveluista, hinnoista yms.",
        "Mainitse tapahtumat tms. asiat.",
        "Kerro aukioloajoista ym. käytännöistä.",
        "Kerro hinnoista ja niin edelleen.",
    ],
    "sv": [
        "Nämn öppettider, adress osv.",
        "Berätta om tjänster, priser m.m.",
        "Berätta om priser och så vidare.",
        "Nämn öppettider etc.",
    ],
    "en": [
        "Mention opening hours, address etc.",
        "Describe the services, prices and so on.",
        "List the events and so forth.",
    ],
}


def _cases(good: dict, bad: dict) -> list:
    return ([pytest.param(language, text, False, id=f"good-{language}-{index}")
             for language, texts in good.items() for index, text in enumerate(texts)]
            + [pytest.param(language, text, True, id=f"bad-{language}-{index}")
               for language, texts in bad.items() for index, text in enumerate(texts)])


def _fires(rule, language: str, text: str, types=None) -> bool:
    return bool(rule(Prose(text), language, types or {}))


@pytest.mark.parametrize(("language", "text", "fires"), _cases(ROLE_GOOD, ROLE_BAD))
def test_no_role(language: str, text: str, fires: bool) -> None:
    assert _fires(rules.no_role, language, text) is fires


@pytest.mark.parametrize(("language", "text", "fires"), _cases(TASK_GOOD, TASK_BAD))
def test_no_task(language: str, text: str, fires: bool) -> None:
    assert _fires(rules.no_task, language, text) is fires


@pytest.mark.parametrize(("language", "text", "fires"), _cases(FORMAT_GOOD, FORMAT_BAD))
def test_no_output_format(language: str, text: str, fires: bool) -> None:
    assert _fires(rules.no_output_format, language, text) is fires


@pytest.mark.parametrize(("language", "text", "fires"), _cases(DELIMITED_GOOD, DELIMITED_BAD))
def test_undelimited_input(language: str, text: str, fires: bool) -> None:
    assert _fires(rules.undelimited_input, language, text, MULTILINE) is fires


@pytest.mark.parametrize(("language", "text", "fires"), _cases(VAGUE_GOOD, VAGUE_BAD))
def test_vague_wording(language: str, text: str, fires: bool) -> None:
    assert _fires(rules.vague_wording, language, text) is fires


def test_every_rule_has_enough_good_and_bad_cases_in_every_language() -> None:
    for good, bad in ((ROLE_GOOD, ROLE_BAD), (TASK_GOOD, TASK_BAD), (FORMAT_GOOD, FORMAT_BAD),
                      (DELIMITED_GOOD, DELIMITED_BAD), (VAGUE_GOOD, VAGUE_BAD)):
        for language in ("fi", "sv", "en"):
            assert len(good[language]) >= 3 and len(bad[language]) >= 3


def test_single_line_fields_are_not_judged_as_pasted_material() -> None:
    assert not _fires(rules.undelimited_input, "fi", "Kirjoita tiedote aiheesta {{ topic }} nyt.", MULTILINE)


def test_a_missing_element_points_where_the_fix_goes() -> None:
    text = "Kirjoita tiedote.\n\n"
    assert rules.no_role(Prose(text), "fi", {})[0].start == 0
    assert rules.no_output_format(Prose(text), "fi", {})[0].start == len("Kirjoita tiedote.")


def test_a_finding_in_the_text_points_at_the_words() -> None:
    text = "Kerro hinnoista, aukioloajoista jne. ja {{ notes }} tästä."
    (vague,) = rules.vague_wording(Prose(text), "fi", {})
    assert text[vague.start:vague.end] == "jne."
    (pasted,) = rules.undelimited_input(Prose(text), "fi", MULTILINE)
    assert text[pasted.start:pasted.end] == "{{ notes }}" and pasted.detail == "notes"


def test_words_inside_template_tags_are_not_read_as_prose() -> None:
    # "etc" and "kirjoita" here are a variable name and a condition, not the author's words.
    body = "Olet viestijä. {% if kirjoita %}Aihe: {{ etc }}{% endif %}"
    assert _fires(rules.no_task, "fi", body)
    assert not _fires(rules.vague_wording, "fi", body)
