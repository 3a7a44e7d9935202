"""The UI language: Qt translators for promptlib's own strings and Qt's standard dialogs."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ..core.languages import LANGUAGES, normalise_language
from ..core.resources import resource_path

UI_LANGUAGES = LANGUAGES
_applied = {"language": "en"}  # what the last Translations.apply() chose; English before any


def ui_language() -> str:
    """The UI language now applied ("en" until a Translations applies one): for texts that
    come from data in several languages, such as a library's `names`."""
    return _applied["language"]


def system_ui_language() -> str:
    """Finnish where the system is Finnish or unknown; Swedish or English where the system says so."""
    for name in QLocale.system().uiLanguages():
        if code := normalise_language(name):
            return code
    return "fi"


class Translations:
    """Installs and swaps the translators. Widgets do not retranslate themselves: on a
    language change the composition root (app.py) rebuilds the main window."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.language = "en"
        self._installed: list[QTranslator] = []

    def apply(self, language: str | None) -> str:
        """Switch to *language* (None or unknown: the system's); returns the one applied.

        Installing or removing a translator sends every widget a LanguageChange event."""
        language = language if language in UI_LANGUAGES else system_ui_language()
        self.remove()
        own = QTranslator(self.app)
        # English is the source language; its .qm holds the plural forms ("1 template").
        if own.load(str(resource_path(f"translations/promptlib_{language}.qm"))):
            self._installed.append(own)
        if language != "en":
            qt = QTranslator(self.app)
            if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._installed.append(qt)
            # What qtbase lacks (Qt 6's file dialog says "&Look in:", which qtbase_fi has only
            # as "Look in:"). Installed later, so it is asked first.
            supplement = QTranslator(self.app)
            if supplement.load(str(resource_path(f"translations/qtsupplement_{language}.qm"))):
                self._installed.append(supplement)
        for translator in self._installed:
            self.app.installTranslator(translator)
        # Finland's conventions for numbers and dates in all three languages.
        QLocale.setDefault(QLocale({"fi": QLocale.Language.Finnish, "sv": QLocale.Language.Swedish,
                                    "en": QLocale.Language.English}[language], QLocale.Country.Finland))
        self.language = _applied["language"] = language
        return language

    def remove(self) -> None:
        """Back to the untranslated (English) source strings."""
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed.clear()
        _applied["language"] = "en"
