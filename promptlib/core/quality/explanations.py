"""What each prompt-quality rule means: severity, the CLI's message, a short explanation
in fi, sv and en, and the public guidance it comes from.

The rule ids are a contract (curators waive them in packs and match them in CI), so
they are listed once, in `library.validation.LINT_RULES`, and this table must have
exactly those keys (tests/unit/core/quality/test_explanations.py). The GUI shows the
explanations in the user's language; the CLI prints the English message.
"""

from __future__ import annotations

from typing import NamedTuple

ERROR, WARNING, HINT = "error", "warning", "hint"
SEVERITIES = (ERROR, WARNING, HINT)

# The rule id of a finding that is a validation error (not waivable).
INVALID = "invalid"

PROMPTING_GUIDE = ("Prompt Engineering Guide: Elements of a Prompt",
                   "https://www.promptingguide.ai/introduction/elements")
ATLAS = ("VILA-Lab/ATLAS: 26 prompting principles", "https://github.com/VILA-Lab/ATLAS")


class RuleText(NamedTuple):
    severity: str
    message: str  # English, for the CLI and the JSON output
    explanation: dict[str, str]  # by language: why it matters and what to do
    sources: tuple[tuple[str, str], ...]  # (title, https address)


RULE_TEXTS: dict[str, RuleText] = {
    "no-role": RuleText(
        HINT,
        "no role or point of view: say whom the AI should act as (\"Act as ...\", \"You are ...\")",
        {
            "fi": "Kehotteesta puuttuu rooli. Kerro alussa, kenenä tekoälyn pitää toimia, esimerkiksi "
                  "”Toimi kunnan viestinnän asiantuntijana.” Rooli ohjaa sävyä, sanastoa ja sitä, mitä "
                  "vastaus olettaa lukijan tietävän.",
            "sv": "Prompten saknar en roll. Säg i början vem AI:n ska agera som, till exempel ”Agera som "
                  "kommunikationsexpert på en kommun.” Rollen styr ton, ordval och vad svaret förutsätter "
                  "att läsaren vet.",
            "en": "The prompt gives no role. Say at the start whom the AI should act as, for example "
                  "\"Act as a communications specialist at a municipality.\" A role steers the tone, the "
                  "vocabulary and what the answer assumes the reader knows.",
        },
        (("ATLAS principle 16: assign a role to the model", ATLAS[1]), PROMPTING_GUIDE),
    ),
    "no-task": RuleText(
        WARNING,
        "no instruction: say what to produce with a verb (\"Write ...\", \"Summarise ...\", \"List ...\")",
        {
            "fi": "Kehotteesta puuttuu tehtävä. Kerro käskymuotoisella verbillä, mitä tekoälyn pitää tuottaa: "
                  "”Kirjoita”, ”Laadi”, ”Tiivistä”, ”Luettele”. Ilman tehtävää malli arvaa, mitä tiedoilla "
                  "halutaan tehdä.",
            "sv": "Prompten saknar en uppgift. Säg med ett verb i imperativ vad AI:n ska ta fram: ”Skriv”, "
                  "”Sammanfatta”, ”Föreslå”, ”Lista”. Utan uppgift gissar modellen vad uppgifterna ska "
                  "användas till.",
            "en": "The prompt has no instruction. Say with a verb what the AI should produce: \"Write\", "
                  "\"Draft\", \"Summarise\", \"List\". Without one the model guesses what to do with the "
                  "material.",
        },
        (("Prompt Engineering Guide: the instruction", PROMPTING_GUIDE[1]),
         ("ATLAS principles 9 and 25: state the task and its requirements", ATLAS[1])),
    ),
    "no-output-format": RuleText(
        HINT,
        "nothing says the form of the answer: give a length, a structure or a format "
        "(\"at most 150 words\", \"as a table\", \"with headings\")",
        {
            "fi": "Kehote ei kerro vastauksen muotoa. Kerro pituus (”enintään 150 sanaa”, ”noin puoli "
                  "sivua”), rakenne (”luettelona”, ”taulukkona”, ”otsikoin”) tai tiedostomuoto (JSON, CSV). "
                  "Silloin vastaus on valmiimpi käytettäväksi.",
            "sv": "Prompten säger inget om svarets form. Ange längd (”högst 100 ord”, ”en halv sida”), "
                  "struktur (”som punktlista”, ”i en tabell”, ”med rubriker”) eller format (JSON, CSV). "
                  "Då blir svaret lättare att använda som det är.",
            "en": "The prompt does not say what the answer should look like. Give a length (\"at most "
                  "three paragraphs\"), a structure (\"as a bulleted list\", \"as a table\", \"with "
                  "headings\") or a format (JSON, CSV), so the answer is ready to use.",
        },
        (("Prompt Engineering Guide: the output indicator", PROMPTING_GUIDE[1]),
         ("ATLAS principle 20: use output primers", ATLAS[1])),
    ),
    "undelimited-input": RuleText(
        WARNING,
        "a multi-line field is dropped into running text: put it after a label line ending in ':' "
        "or between delimiters (\"\"\", ---, <text>)",
        {
            "fi": "Monirivinen kenttä on keskellä virkettä. Kun liitetty teksti on erillään ohjeista "
                  "(otsikkorivi, joka päättyy kaksoispisteeseen, tai erottimet kuten \"\"\" tai ---), malli "
                  "ei sekoita aineistoa ohjeisiin eikä noudata aineistoon kirjoitettuja käskyjä.",
            "sv": "Ett flerradigt fält står mitt i löptexten. När inklistrad text hålls isär från "
                  "instruktionerna (en rubrikrad som slutar med kolon, eller avgränsare som \"\"\" eller ---) "
                  "blandar modellen inte ihop materialet med instruktionerna och följer inte uppmaningar i det.",
            "en": "A multi-line field sits in running text. When pasted material is set apart from the "
                  "instructions (a label line ending in a colon, or delimiters such as \"\"\" or ---), the "
                  "model does not mix it up with the instructions or obey instructions inside it.",
        },
        (("ATLAS principles 8 and 17: separate the input, use delimiters", ATLAS[1]),
         ("Prompt Engineering Guide: input data", PROMPTING_GUIDE[1])),
    ),
    "vague-wording": RuleText(
        HINT,
        "open-ended filler (\"etc.\", \"and so on\") leaves the model to guess: name what you mean",
        {
            "fi": "Avoin täyte kuten ”jne.”, ”yms.” tai ”tms.” jättää mallin arvaamaan, mitä muuta tarkoitat. "
                  "Luettele asiat, jotka haluat mukaan, tai kerro, millä perusteella niitä saa lisätä.",
            "sv": "Öppna utfyllnader som ”osv.”, ”m.m.” eller ”etc.” lämnar modellen att gissa vad mer du "
                  "menar. Räkna upp det du vill ha med, eller säg vad som avgör vad som får läggas till.",
            "en": "Open-ended fillers such as \"etc.\" or \"and so on\" leave the model to guess what else "
                  "you mean. List what you want included, or say what decides what may be added.",
        },
        (("ATLAS principle 25: state the requirements clearly", ATLAS[1]),),
    ),
}


def explanation(rule: str, language: str) -> str:
    """The rule's explanation in *language* (fi, sv or en), English if there is none."""
    texts = RULE_TEXTS[rule].explanation
    return texts.get(language) or texts["en"]
