"""Built-in job roles and their display names in the three UI languages."""

from __future__ import annotations

from dataclasses import dataclass, field

from .languages import LANGUAGES


@dataclass(frozen=True)
class Role:
    id: str
    names: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    def name(self, language: str) -> str:
        """The role's name in *language*, falling back through fi, sv, en, then the id."""
        for candidate in (language, *LANGUAGES):
            if self.names.get(candidate):
                return self.names[candidate]
        return self.id


BUILTIN_ROLES: dict[str, Role] = {
    role.id: role
    for role in (
        Role("hr", {"fi": "HR ja rekrytointi", "sv": "HR och rekrytering", "en": "HR and recruitment"}),
        Role("communications", {"fi": "Viestintä", "sv": "Kommunikation", "en": "Communications"}),
        Role("finance", {"fi": "Talous", "sv": "Ekonomi", "en": "Finance"}),
        Role("documentation", {"fi": "Asiakirjat ja kirjaaminen", "sv": "Dokument och protokoll",
                               "en": "Documents and records"}),
        Role("management", {"fi": "Johtaminen", "sv": "Ledarskap", "en": "Management"}),
        Role("customer-service", {"fi": "Asiakaspalvelu", "sv": "Kundtjänst", "en": "Customer service"}),
        Role("social-health", {"fi": "Sosiaali- ja terveyspalvelut", "sv": "Social- och hälsovård",
                               "en": "Social and health care"}),
        Role("education", {"fi": "Koulutus ja osaaminen", "sv": "Utbildning och kompetens",
                           "en": "Training and skills"}),
    )
}
