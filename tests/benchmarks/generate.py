"""A synthetic, valid library pack of any size, with realistic words to search."""

from __future__ import annotations

import random

ROLES = ["hr", "communications", "finance", "documentation", "management", "customer-service",
         "social-health", "education"]
NOUNS = ["työpaikkailmoitus", "tiedote", "muistio", "päätösesitys", "pöytäkirja", "talousarvio",
         "perehdytyssuunnitelma", "asiakaskirje", "valitus", "koulutussuunnitelma", "kysely",
         "selkokielinen ohje", "somepäivitys", "poikkeamaraportti", "hankintailmoitus", "vuoronvaihto"]
ADJECTIVES = ["lyhyt", "virallinen", "selkeä", "kattava", "ystävällinen", "tiivis", "kiireellinen",
              "kuntalaisille suunnattu", "henkilöstölle suunnattu", "valtuustolle tarkoitettu"]


def generated_pack(count: int = 10_000, seed: int = 7, pack_id: str = "bench.generated",
                   id_prefix: str = "bench.t") -> dict:
    """*count* templates with ids `<id_prefix>00000`...; packs meant to be installed side by
    side (the scale run's ten) need their own *id_prefix*, else later ones replace them."""
    rng = random.Random(seed)
    templates = []
    for i in range(count):
        noun, adjective = rng.choice(NOUNS), rng.choice(ADJECTIVES)
        templates.append({
            "id": f"{id_prefix}{i:05d}",
            "language": "fi",
            "title": f"{adjective.capitalize()} {noun} {i}",
            "roles": [ROLES[i % len(ROLES)]],
            "tags": [noun.split()[0], f"aihe{i % 37}"],
            "summary": f"Luonnos: {adjective} {noun}, jonka käyttäjä tarkistaa ennen lähettämistä.",
            "body": ("Toimi kunta-alan asiantuntijana. Kirjoita {{ tone }} " + noun +
                     " aiheesta {{ topic }} kohderyhmälle {{ audience }}.\n"
                     "{% if details %}\nHuomioi nämä tiedot:\n{{ details }}\n{% endif %}\n"
                     "Pituus noin {{ length }} sanaa. Älä keksi faktoja; merkitse puuttuvat tiedot [TÄYDENNÄ]."),
            "variables": [
                {"name": "topic", "label": "Aihe", "type": "text", "required": True,
                 "help": "Mistä teksti kertoo?", "example": "uusi asiointipalvelu"},
                {"name": "audience", "label": "Kohderyhmä", "type": "text", "example": "kuntalaiset"},
                {"name": "tone", "label": "Sävy", "type": "choice", "choices": ["virallisen", "lämpimän"],
                 "default": "virallisen"},
                {"name": "length", "label": "Pituus", "type": "number", "min": 50, "max": 2000, "default": 300},
                {"name": "details", "label": "Lisätiedot", "type": "multiline"},
            ],
            "guidance": (f"## Milloin käyttää\n- Kun tarvitset: {noun}.\n\n## Älä syötä\n- Henkilötietoja.\n\n"
                         "## Tarkista vastauksesta\n- Faktat ja luvut.\n- Sävy.\n"),
            "data_policy": "no-personal-data",
        })
    return {"format": "promptlib-library", "format_version": 1, "id": pack_id,
            "name": "Generated benchmark pack", "version": "1.0.0", "publisher": "bench",
            "templates": templates}
